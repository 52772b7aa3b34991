#include "itemmodels/restoreentry.h"

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
