#pragma once
// "Take snapshot now": an on-demand snapshot of a dedicated cluster.
//   validate: the cluster, the project's compliance policy and the current snapshots,
//             read fresh; refused for M0, Flex, backup off, an on-demand snapshot already
//             queued or in progress, a retention out of bounds (domain/ondemandsnapshot.h);
//   send:     POST .../backup/snapshots once;
//   reconcile after a lost answer: list the snapshots again and look for an on-demand
//             one with our description that was not there before the send;
//   write:    upsert that one snapshot; the scope is the cluster's snapshots.
#include "domain/ondemandsnapshot.h"
#include "jobs/mutationjob.h"

#include <QSet>

namespace lifeboat::jobs {

class TakeSnapshotJob : public MutationJob {
    Q_OBJECT
public:
    TakeSnapshotJob(JobId id, QString groupId, QString clusterName, domain::OnDemandSnapshotRequest request,
                    const JobContext &context, QObject *parent = nullptr);

    QString title() const override;
    QString requestKey() const override;  // same cluster, description and retention: the same request
    static QString targetKeyFor(const QString &groupId, const QString &clusterName);

protected:
    void validate() override;
    void send() override;
    void reconcile(const atlas::ApiError &lost) override;

private:
    void checkFlex(const atlas::ApiError &clusterError);
    void listCurrent();
    void write(const domain::Snapshot &snapshot, bool confirmedByReread);

    QString m_groupId, m_clusterName;
    domain::OnDemandSnapshotRequest m_request;
    domain::Cluster m_cluster;
    std::optional<domain::CompliancePolicy> m_compliance;
    QSet<QString> m_seenBefore;  // snapshot ids listed before the send
};

}  // namespace lifeboat::jobs
