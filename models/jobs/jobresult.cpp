#include "jobs/jobresult.h"

#include "jobs/restore.h"

namespace lifeboat::jobs {

QString jobKindName(JobKind kind)
{
    switch (kind) {
    case JobKind::Sync: return QStringLiteral("sync");
    case JobKind::LoadEstate: return QStringLiteral("loadEstate");
    case JobKind::LoadClusterDetail: return QStringLiteral("loadClusterDetail");
    case JobKind::LoadProjects: return QStringLiteral("loadProjects");
    case JobKind::LoadClusters: return QStringLiteral("loadClusters");
    case JobKind::TakeSnapshot: return QStringLiteral("takeSnapshot");
    case JobKind::ValidateRestore: return QStringLiteral("validateRestore");
    case JobKind::StartRestore: return QStringLiteral("startRestore");
    case JobKind::WatchRestore: return QStringLiteral("watchRestore");
    case JobKind::CancelRestore: return QStringLiteral("cancelRestore");
    case JobKind::ListSnapshotNamespaces: return QStringLiteral("listSnapshotNamespaces");
    case JobKind::LoadRestores: return QStringLiteral("loadRestores");
    case JobKind::ReadPolicy: return QStringLiteral("readPolicy");
    case JobKind::ValidatePolicy: return QStringLiteral("validatePolicy");
    case JobKind::ApplyPolicy: return QStringLiteral("applyPolicy");
    case JobKind::ExpireSnapshot: return QStringLiteral("expireSnapshot");
    case JobKind::DeleteSnapshot: return QStringLiteral("deleteSnapshot");
    case JobKind::ReadCompliance: return QStringLiteral("readCompliance");
    case JobKind::ValidateCompliance: return QStringLiteral("validateCompliance");
    case JobKind::ApplyCompliance: return QStringLiteral("applyCompliance");
    case JobKind::DisableCompliance: return QStringLiteral("disableCompliance");
    }
    return {};
}

bool CacheScope::touchesCluster(const QString &g, const QString &c) const
{
    switch (kind) {
    case Kind::None: return false;
    case Kind::Estate: return true;
    case Kind::Project: return groupId == g;
    case Kind::Cluster:
    case Kind::Snapshots:
    case Kind::RestoreJobs: return groupId == g && clusterName == c;
    }
    return true;
}

CacheScope CacheScope::merged(const CacheScope &other) const
{
    if (other.isEmpty() || *this == other) return *this;
    if (isEmpty()) return other;
    if (kind == Kind::Estate || other.kind == Kind::Estate || groupId != other.groupId) return estate();
    const bool bothInOneCluster =
        kind != Kind::Project && other.kind != Kind::Project && clusterName == other.clusterName;
    return bothInOneCluster ? cluster(groupId, clusterName) : project(groupId);
}

void registerMetaTypes()
{
    qRegisterMetaType<JobId>("lifeboat::jobs::JobId");
    qRegisterMetaType<Estate>();
    qRegisterMetaType<ClusterDetail>();
    qRegisterMetaType<ProjectClusters>();
    qRegisterMetaType<SyncStats>();
    qRegisterMetaType<CacheScope>();
    qRegisterMetaType<TakeSnapshotOutcome>();
    qRegisterMetaType<JobResult>();
    qRegisterMetaType<RestoreRef>();
    qRegisterMetaType<RestoreValidation>();
    qRegisterMetaType<RestoreProgress>();
    qRegisterMetaType<QList<SnapshotDatabase>>();
    qRegisterMetaType<QList<RestoreRow>>();
}

}  // namespace lifeboat::jobs
