#pragma once
// The restore jobs (restore-plan.md §3). Every family (dedicated, collection, Flex) goes
// through the same jobs; RestoreRef::Kind says which API a job talks to.
//   RestoreStartJob   validate (facts read fresh, domain::checkRestore), then for a start:
//                     the typed name, send the POST once, reconcile a lost answer by listing
//                     the restore jobs again (never a second POST), cache, audit log;
//   WatchRestoreJob   polls the job until its end, backing off; each change to the cache,
//                     download links only in the payload; passing failures are read again;
//   CancelRestoreJob  DELETE (dedicated; Atlas has no cancel for the other families);
//   NamespacesJob     the databases and collections of a snapshot;
//   LoadRestoresJob   every restore the cache holds.
#include "jobs/mutationjob.h"
#include "jobs/restore.h"

#include <QSet>

class QTimer;

namespace lifeboat::jobs {

class RestoreStartJob : public MutationJob {
    Q_OBJECT
public:
    // validateOnly: the kind is ValidateRestore and nothing is sent.
    RestoreStartJob(JobId id, domain::RestorePlan plan, QString typedTargetName, QString reason, bool validateOnly,
                    const JobContext &context, QObject *parent = nullptr);

    QString title() const override;
    QString requestKey() const override;  // the same plan (and typed name): the same request
    static QString targetKeyFor(const domain::RestorePlan &plan, bool validateOnly);
    static QString planKey(const domain::RestorePlan &plan);

protected:
    void validate() override;
    void send() override;
    void reconcile(const atlas::ApiError &lost) override;

private:
    void gather();
    void factsReady();
    void written(const RestoreRef &ref, const QString &jobId);
    void audit(const QString &outcome, const QString &jobId);

    domain::RestorePlan m_plan;
    QString m_typed, m_reason;
    bool m_validateOnly;
    domain::RestoreFacts m_facts;
    RestoreValidation m_validation;
    QSet<QString> m_seenBefore;  // job ids on the source before the send
};

class WatchRestoreJob : public Job {
    Q_OBJECT
public:
    WatchRestoreJob(JobId id, RestoreRef ref, const JobContext &context, QObject *parent = nullptr);
    ~WatchRestoreJob() override;
    QString title() const override;
    static QString targetKeyFor(const RestoreRef &ref);

protected:
    void run() override;
    void onCancelled() override;

private:
    void poll();
    void schedule();
    void readFailed(const atlas::ApiError &error);
    void look(const RestoreProgress &p, const QString &signature);

    RestoreRef m_ref;
    QTimer *m_timer = nullptr;
    int m_intervalMs;
    int m_failures = 0;
    QString m_lastSignature;
    RestoreProgress m_last;
};

class CancelRestoreJob : public Job {
    Q_OBJECT
public:
    CancelRestoreJob(JobId id, RestoreRef ref, const JobContext &context, QObject *parent = nullptr);
    QString title() const override;

protected:
    void run() override;

private:
    RestoreRef m_ref;
};

class NamespacesJob : public Job {
    Q_OBJECT
public:
    NamespacesJob(JobId id, QString groupId, QString clusterName, QString snapshotId, const JobContext &context,
                  QObject *parent = nullptr);
    QString title() const override;

protected:
    void run() override;

private:
    QString m_groupId, m_clusterName, m_snapshotId;
    QList<SnapshotDatabase> m_databases;
    int m_waiting = 0;
};

class LoadRestoresJob : public Job {
    Q_OBJECT
public:
    LoadRestoresJob(JobId id, QString groupId, QString clusterName, const JobContext &context,
                    QObject *parent = nullptr);
    QString title() const override;
    bool usesNetwork() const override { return false; }

protected:
    void run() override;

private:
    QString m_groupId, m_clusterName;
};

// The restores whose end Lifeboat has not seen, from the cache, as rows (only ref and
// target set): what resumeFollowing() turns into watches.
class UnfinishedRestoresJob : public Job {
    Q_OBJECT
public:
    UnfinishedRestoresJob(JobId id, const JobContext &context, QObject *parent = nullptr);
    QString title() const override;
    bool usesNetwork() const override { return false; }

protected:
    void run() override;
};

}  // namespace lifeboat::jobs
