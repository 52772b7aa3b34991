#include "itemmodels/restoreentry.h"

#include <QHash>

namespace lifeboat::itemmodels {

using namespace lifeboat::domain;

RestoreFacts restoreSourceFacts(const jobs::ClusterDetail &d, const QString &snapshotId, const QDateTime &now)
{
    RestoreFacts f;
    f.now = now;
    if (d.isFlex)
        f.sourceFlex = d.flex;
    else
        f.source = d.cluster;
    for (const auto &s : d.snapshots)
        if (s.id == snapshotId) f.snapshot = s;
    for (const auto &s : d.flexSnapshots)
        if (s.id == snapshotId) f.flexSnapshot = s;
    f.sourceSchedule = d.schedule;
    f.sourceSnapshots = d.snapshots;
    // The restores Lifeboat has seen onto the source (from its own snapshots): the blackout.
    for (const auto &j : d.restoreJobs)
        if (j.targetClusterName == d.clusterName && (j.targetGroupId.isEmpty() || j.targetGroupId == d.groupId))
            f.restoresOntoSource << j;
    return f;
}

RestorePlan restoreSourcePlan(const jobs::ClusterDetail &d, RestoreKind kind, const QString &snapshotId)
{
    RestorePlan p;
    p.kind = kind;
    p.sourceGroupId = d.groupId;
    p.sourceClusterName = d.clusterName;
    p.sourceIsFlex = d.isFlex;
    p.snapshotId = kind == RestoreKind::PointInTime ? QString() : snapshotId;
    return p;
}

}  // namespace lifeboat::itemmodels

namespace lifeboat::itemmodels {

namespace {

// The refusals that stand whatever the target and whatever snapshot the wizard ends on.
bool blocksKind(const Finding &f)
{
    using namespace restorecode;
    static const QStringList codes{
        kFreeTierSource, kBackupOff,    kFlexKind, kPitNotEnabled, kFallbackCollectionRestore,
        kRoleMissing,    kSourceMissing};
    return f.severity == Severity::Refuse && codes.contains(f.code) && f.field != restorefield::kTarget;
}

bool aboutTarget(const Finding &f)
{
    return f.code == restorecode::kTargetMissing || f.field == restorefield::kTarget;
}

}  // namespace

Findings restoreKindBlockers(const jobs::ClusterDetail &source, RestoreKind kind, const QString &snapshotId,
                             const QDateTime &now)
{
    RestorePlan plan = restoreSourcePlan(source, kind, snapshotId);
    // A moment just before now, so the point-in-time rules speak about the cluster (is its
    // continuous backup on?) rather than about a moment nobody chose yet.
    if (kind == RestoreKind::PointInTime) plan.pit.utcSeconds = now.toSecsSinceEpoch() - 60;
    const RestoreFacts facts = restoreSourceFacts(source, snapshotId, now);
    Findings out;
    for (const Finding &f : checkRestore(plan, facts))
        if (blocksKind(f)) out << f;
    return out;
}

Findings restoreSourceFindings(const RestorePlan &plan, const RestoreFacts &facts)
{
    RestorePlan p = plan;
    p.targetGroupId.clear();
    p.targetClusterName.clear();
    RestoreFacts f = facts;
    f.target.reset();
    f.targetFlex.reset();
    Findings out;
    for (const Finding &finding : checkRestore(p, f))
        if (!aboutTarget(finding)) out << finding;
    return out;
}

QList<QPair<QDateTime, QDateTime>> restoreBlackouts(const RestoreFacts &facts)
{
    QList<QPair<QDateTime, QDateTime>> out;
    for (const PitBlackout &b : pitBlackouts(facts.restoresOntoSource, facts.sourceSnapshots, facts.now))
        out.append({b.from, b.until});
    return out;
}

std::optional<qint64> restoreEstimateSeconds(const jobs::ClusterDetail &source, const QString &snapshotId)
{
    QHash<QString, qint64> sizes;
    for (const auto &s : source.snapshots) sizes.insert(s.id, s.storageSizeBytes);
    QList<PastRestore> past;
    for (const auto &j : source.restoreJobs) {
        const QDateTime begun = j.firstSeenAt.isValid() ? j.firstSeenAt : j.timestamp;
        if (!j.finishedAt.isValid() || !begun.isValid() || j.failed || j.cancelled) continue;
        const qint64 bytes = j.snapshotSizeBytes > 0 ? j.snapshotSizeBytes : sizes.value(j.snapshotId);
        past.append({bytes, begun.secsTo(j.finishedAt)});
    }
    qint64 bytes = sizes.value(snapshotId);
    if (bytes <= 0) {
        // A point-in-time restore starts from the newest completed snapshot before the moment.
        for (const auto &s : source.snapshots)
            if (s.status.value == SnapshotStatus::Completed) bytes = std::max(bytes, s.storageSizeBytes);
    }
    return estimateRestoreSeconds(past, bytes);
}

}  // namespace lifeboat::itemmodels
