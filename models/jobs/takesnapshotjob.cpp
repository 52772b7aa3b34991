#include "jobs/takesnapshotjob.h"

#include "cache/cache.h"

namespace lifeboat::jobs {

using namespace lifeboat::atlas;
using namespace lifeboat::domain;

TakeSnapshotJob::TakeSnapshotJob(JobId id, QString groupId, QString clusterName, OnDemandSnapshotRequest request,
                                 const JobContext &context, QObject *parent)
    : MutationJob(id, JobKind::TakeSnapshot, targetKeyFor(groupId, clusterName), context, parent),
      m_groupId(std::move(groupId)), m_clusterName(std::move(clusterName)), m_request(std::move(request))
{}

QString TakeSnapshotJob::targetKeyFor(const QString &groupId, const QString &clusterName)
{
    return QStringLiteral("cluster/%1/%2/onDemandSnapshot").arg(groupId, clusterName);
}

QString TakeSnapshotJob::title() const
{
    return tr("Take a snapshot of %1").arg(m_clusterName);
}

QString TakeSnapshotJob::requestKey() const
{
    return MutationJob::requestKey() + QStringLiteral("|%1|").arg(m_request.retentionDays) + m_request.description;
}

void TakeSnapshotJob::validate()
{
    // The request's own fields are checked again once the compliance policy is known;
    // bounds that need no facts refuse at once, before any request.
    if (const Reasons local = onDemandRequestProblems(m_request, std::nullopt); !local.isEmpty()) {
        validated(local);
        return;
    }
    struct Facts {
        int waiting = 2;
        std::optional<Result<Cluster>> cluster;
        std::optional<Result<std::optional<CompliancePolicy>>> compliance;
    };
    auto facts = std::make_shared<Facts>();
    auto whenBoth = [this, facts] {
        if (--facts->waiting > 0) return;
        if (!facts->compliance->ok()) return finish(JobError::fromApi(facts->compliance->error));
        m_compliance = facts->compliance->value;
        if (!facts->cluster->ok()) return checkFlex(facts->cluster->error);
        m_cluster = facts->cluster->value;
        Reasons findings = onDemandSnapshotBlockers(m_cluster);
        findings += onDemandRequestProblems(m_request, m_compliance);
        if (!findings.isEmpty()) return validated(findings);
        listCurrent();
    };
    request<Cluster>([this](auto cb) { return m_ctx.client.getCluster(m_groupId, m_clusterName, cb); },
                     [facts, whenBoth](Result<Cluster> r) {
                         facts->cluster = std::move(r);
                         whenBoth();
                     });
    request<std::optional<CompliancePolicy>>(
        [this](auto cb) { return m_ctx.client.getCompliancePolicy(m_groupId, cb); },
        [facts, whenBoth](Result<std::optional<CompliancePolicy>> r) {
            facts->compliance = std::move(r);
            whenBoth();
        });
}

// Not a dedicated cluster: Atlas answers 400 CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API for a
// Flex one (older servers 404). Either way, ask the Flex API whether it is one.
void TakeSnapshotJob::checkFlex(const ApiError &clusterError)
{
    const bool maybeFlex =
        clusterError.kind == ErrorKind::NotFound || clusterError.errorCode == u"CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API";
    if (!maybeFlex) return finish(JobError::fromApi(clusterError));
    request<QList<FlexCluster>>([this](auto cb) { return m_ctx.client.listFlexClusters(m_groupId, cb); },
                                [this, clusterError](Result<QList<FlexCluster>> r) {
                                    if (!r.ok()) return finish(JobError::fromApi(r.error));
                                    for (const FlexCluster &f : r.value) {
                                        if (f.name == m_clusterName)
                                            return validated(onDemandSnapshotBlockersForFlex(f));
                                    }
                                    ApiError e = clusterError;
                                    e.kind = ErrorKind::NotFound;
                                    e.message = tr("No cluster named %1 in project %2.").arg(m_clusterName, m_groupId);
                                    finish(JobError::fromApi(e));
                                });
}

void TakeSnapshotJob::listCurrent()
{
    request<QList<Snapshot>>([this](auto cb) { return m_ctx.client.listSnapshotsFor(m_cluster, cb); },
                             [this](Result<QList<Snapshot>> r) {
                                 if (!r.ok()) return finish(JobError::fromApi(r.error));
                                 for (const Snapshot &s : r.value) m_seenBefore.insert(s.id);
                                 validated(onDemandSnapshotRunning(r.value));
                             });
}

void TakeSnapshotJob::send()
{
    if (!markSent()) return;
    request<Snapshot>(
        [this](auto cb) {
            return m_ctx.client.takeOnDemandSnapshot(m_groupId, m_clusterName, m_request.description,
                                                     m_request.retentionDays, cb);
        },
        [this](Result<Snapshot> r) {
            if (!r.ok()) return sendFailed(r.error);
            write(r.value, false);
        });
}

void TakeSnapshotJob::reconcile(const ApiError &lost)
{
    request<QList<Snapshot>>(
        [this](auto cb) { return m_ctx.client.listSnapshotsFor(m_cluster, cb); },
        [this, lost](Result<QList<Snapshot>> r) {
            if (!r.ok()) {
                ApiError e = lost;
                e.message = tr("The answer to the snapshot request was lost (%1) and the snapshots could not be read "
                               "again (%2), so it is not known whether Atlas took it. Nothing was sent twice; the "
                               "next sync shows it if it was taken.")
                                .arg(lost.message, r.error.message);
                return finish(JobError::fromApi(e));
            }
            for (const Snapshot &s : r.value) {
                if (m_seenBefore.contains(s.id) || s.snapshotType.value != SnapshotType::OnDemand) continue;
                if (s.description != m_request.description) continue;
                return write(s, true);
            }
            ApiError e = lost;
            e.message = tr("The answer to the snapshot request was lost (%1); the snapshots read again show that "
                           "Atlas did not take it. Nothing was sent twice; try again.")
                            .arg(lost.message);
            finish(JobError::fromApi(e));
        });
}

void TakeSnapshotJob::write(const Snapshot &snapshot, bool confirmedByReread)
{
    Snapshot s = snapshot;
    s.groupId = m_groupId;
    s.clusterName = m_clusterName;
    if (!m_ctx.cache.upsertSnapshot(m_groupId, m_clusterName, s, QDateTime::currentDateTimeUtc())) {
        JobError e = cacheError(tr("the new snapshot"));
        e.message += u' ' + tr("Atlas took the snapshot (%1); the next sync shows it.").arg(s.id);
        return finish(e);
    }
    TakeSnapshotOutcome outcome;
    outcome.snapshot = s;
    outcome.confirmedByReread = confirmedByReread;
    succeeded(QVariant::fromValue(outcome), CacheScope::snapshots(m_groupId, m_clusterName));
}

}  // namespace lifeboat::jobs
