#pragma once
// The policy jobs, in the mutation shape (mutationjob.h):
//   ApplyPolicyJob      validate: the cluster, its schedule, the compliance policy and the
//                       snapshots read fresh, domain::checkPolicyChange and policyImpact; for an
//                       apply: PATCH the schedule once; a lost answer is reconciled by reading
//                       the schedule again (never a second PATCH); then the schedule and the
//                       snapshots are read again and compared with what was asked;
//   SnapshotChangeJob   change a snapshot's expiry or delete it: the snapshot and the compliance
//                       policy read fresh, domain::checkSnapshotRetention / checkSnapshotDelete,
//                       sent once, a lost answer reconciled by listing the snapshots again.
#include "jobs/mutationjob.h"
#include "jobs/policy.h"

namespace lifeboat::jobs {

class ApplyPolicyJob : public MutationJob {
    Q_OBJECT
public:
    // validateOnly: the kind is ValidatePolicy and nothing is sent.
    ApplyPolicyJob(JobId id, QString groupId, QString clusterName, domain::PolicyChange change, bool validateOnly,
                   const JobContext &context, QObject *parent = nullptr);
    QString title() const override;
    QString requestKey() const override;  // the same edit: the same request
    static QString targetKeyFor(const QString &groupId, const QString &clusterName, bool validateOnly);

protected:
    void validate() override;
    void send() override;
    void reconcile(const atlas::ApiError &lost) override;

private:
    void factsRead();
    void readBack(const domain::BackupSchedule &answered, bool confirmedByReread);

    QString m_groupId, m_clusterName;
    domain::PolicyChange m_change;
    bool m_validateOnly;
    domain::Cluster m_cluster;
    PolicyValidation m_validation;
};

class SnapshotChangeJob : public MutationJob {
    Q_OBJECT
public:
    SnapshotChangeJob(JobId id, SnapshotChange change, const JobContext &context, QObject *parent = nullptr);
    QString title() const override;
    QString requestKey() const override;
    static QString targetKeyFor(const SnapshotChange &change);

protected:
    void validate() override;
    void send() override;
    void reconcile(const atlas::ApiError &lost) override;

private:
    void done(const std::optional<domain::Snapshot> &after, bool confirmedByReread);

    SnapshotChange m_change;
    domain::Cluster m_cluster;
    domain::Snapshot m_snapshot;
    domain::Findings m_findings;
};

// The schedule read fresh (and cached): what an editor starts from; payload BackupSchedule.
class ReadPolicyJob : public Job {
    Q_OBJECT
public:
    ReadPolicyJob(JobId id, QString groupId, QString clusterName, const JobContext &context, QObject *parent = nullptr);
    QString title() const override;

protected:
    void run() override;

private:
    QString m_groupId, m_clusterName;
};

// An edit as asked, with the ids Atlas gave its new items (matched by their fields), so it
// compares with the schedule read back.
domain::BackupSchedule withNewItemIds(domain::BackupSchedule asked, const domain::BackupSchedule &got);

}  // namespace lifeboat::jobs
