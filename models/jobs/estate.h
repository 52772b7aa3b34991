#pragma once
// The values jobs hand to views: what the navigator shows (Estate) and what one
// cluster's pages show (ClusterDetail). Plain copies, safe to pass between threads.
#include "domain/health.h"
#include "domain/types.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace lifeboat::jobs {

using JobId = quint64;

struct ClusterSummary {  // one row of the navigator
    // For Flex only the fields both kinds share (name, ids, version, state, backup, dates);
    // the Flex values themselves are in `flex`.
    domain::Cluster cluster;
    bool isFlex = false;
    std::optional<domain::FlexCluster> flex;  // set exactly when isFlex
    domain::HealthFacts health;               // what domain::backupHealth() judges (aggregates from the cache)
    QDateTime lastGoodSnapshot;               // newest completed snapshot, invalid if none
    int snapshotCount = 0;
    bool restoreRunning = false;  // a restore job without finishedAt, not cancelled/failed/expired
    QDateTime syncedAt;           // when this cluster's snapshots were last synced (invalid: never)
};

struct ProjectSummary {
    domain::Project project;
    bool compliancePolicy = false;
    QList<ClusterSummary> clusters;
    QDateTime syncedAt;
};

struct OrgSummary {
    domain::Organization org;
    QList<ProjectSummary> projects;
};

struct Estate {
    QList<OrgSummary> orgs;
    QDateTime syncedAt;
    bool fromCache = true;
};

struct ClusterDetail {
    QString groupId, clusterName;
    bool isFlex = false;
    domain::Cluster cluster;                  // for Flex: only the fields both kinds share
    std::optional<domain::FlexCluster> flex;  // set exactly when isFlex
    std::optional<domain::BackupSchedule> schedule;
    std::optional<domain::CompliancePolicy> compliance;
    QList<domain::Snapshot> snapshots;
    QList<domain::FlexSnapshot> flexSnapshots;
    QList<domain::RestoreJob> restoreJobs;          // dedicated clusters
    QList<domain::FlexRestoreJob> flexRestoreJobs;  // Flex clusters, newest first
    QDateTime syncedAt;
};

// What a sync did, for the CLI, tests and benchmarks.
struct SyncStats {
    int projects = 0;
    int clusters = 0;              // clusters (and flex clusters) whose backups were looked at
    int snapshotListsFetched = 0;  // full snapshot lists downloaded
    int snapshotListsSkipped = 0;  // unchanged by the probe: not downloaded
    int snapshotsWritten = 0;
    int snapshotsFetched = 0;  // snapshot objects downloaded (lists and probes)
    int requests = 0;          // HTTP exchanges, retries included
    int failedClusters = 0;
    qint64 elapsedMs = 0;
};

// What one project holds in the cache (clusters list of the CLI).
struct ProjectClusters {
    QString groupId;
    QList<domain::Cluster> clusters;
    QList<domain::FlexCluster> flexClusters;
    QHash<QString, domain::BackupHealth> health;  // by cluster name, judged from the cached snapshots
};

}  // namespace lifeboat::jobs

Q_DECLARE_METATYPE(lifeboat::jobs::ClusterSummary)
Q_DECLARE_METATYPE(lifeboat::jobs::ProjectSummary)
Q_DECLARE_METATYPE(lifeboat::jobs::OrgSummary)
Q_DECLARE_METATYPE(lifeboat::jobs::Estate)
Q_DECLARE_METATYPE(lifeboat::jobs::ClusterDetail)
Q_DECLARE_METATYPE(lifeboat::jobs::SyncStats)
Q_DECLARE_METATYPE(lifeboat::jobs::ProjectClusters)
