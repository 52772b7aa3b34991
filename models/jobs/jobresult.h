#pragma once
// The values every job ends with: its kind, a typed error, a payload (a value type
// in a QVariant) and the scope of the cache it changed. Safe to pass between threads.
#include "domain/snapshot.h"
#include "jobs/estate.h"
#include "jobs/joberror.h"

#include <QMetaType>
#include <QVariant>

namespace lifeboat::jobs {

enum class JobKind {
    Sync,                    // payload SyncStats
    LoadEstate,              // payload Estate
    LoadClusterDetail,       // payload ClusterDetail
    LoadProjects,            // payload QList<domain::Project>
    LoadClusters,            // payload ProjectClusters
    TakeSnapshot,            // payload TakeSnapshotOutcome
    ValidateRestore,         // payload RestoreValidation (jobs/restore.h)
    StartRestore,            // payload RestoreRef; a refusal by the pre-flight carries RestoreValidation
    WatchRestore,            // payload RestoreProgress (the last look); progress through JobRunner::restoreProgress
    CancelRestore,           // payload RestoreProgress (the job as read after the cancel)
    ListSnapshotNamespaces,  // payload QList<SnapshotDatabase>
    LoadRestores,            // payload QList<RestoreRow>
    ReadPolicy,              // payload domain::BackupSchedule (read fresh)
    ValidatePolicy,          // payload PolicyValidation (jobs/policy.h)
    ApplyPolicy,             // payload PolicyOutcome; a refusal by the checks carries PolicyValidation
    ExpireSnapshot,          // payload SnapshotChangeOutcome
    DeleteSnapshot,          // payload SnapshotChangeOutcome
    ReadCompliance,          // payload ComplianceRead (jobs/compliance.h; read fresh)
    ValidateCompliance,      // payload ComplianceValidation
    ApplyCompliance,         // payload ComplianceOutcome; a refusal by the checks carries ComplianceValidation
    DisableCompliance,       // payload ComplianceOutcome; a refusal by the checks carries ComplianceValidation
};
QString jobKindName(JobKind kind);  // "sync", ... stable, for keys, logs and JSON

// Which part of the cache a job wrote, so a view reloads only that.
struct CacheScope {
    enum class Kind {
        None,         // nothing was written
        Estate,       // orgs, projects and possibly everything under them
        Project,      // one project's clusters, compliance policy and what is under them
        Cluster,      // one cluster's row, schedule, snapshots and restore jobs
        Snapshots,    // one cluster's snapshots only
        RestoreJobs,  // one cluster's restore jobs only
    };
    Kind kind = Kind::None;
    QString groupId, clusterName;

    static CacheScope estate() { return {Kind::Estate, {}, {}}; }
    static CacheScope project(const QString &g) { return {Kind::Project, g, {}}; }
    static CacheScope cluster(const QString &g, const QString &c) { return {Kind::Cluster, g, c}; }
    static CacheScope snapshots(const QString &g, const QString &c) { return {Kind::Snapshots, g, c}; }
    static CacheScope restoreJobs(const QString &g, const QString &c) { return {Kind::RestoreJobs, g, c}; }

    bool isEmpty() const { return kind == Kind::None; }
    // A change here may touch what the navigator shows (lists, tiers, backup flags).
    bool touchesEstate() const { return kind == Kind::Estate || kind == Kind::Project || kind == Kind::Cluster; }
    // A change here may touch the pages of cluster (g, c).
    bool touchesCluster(const QString &g, const QString &c) const;
    // The narrowest scope that covers both.
    CacheScope merged(const CacheScope &other) const;
    friend bool operator==(const CacheScope &, const CacheScope &) = default;
};

// How a sync runs (see syncjob.h).
struct SyncOptions {
    int maxInFlight = 4;                         // tasks (mostly clusters) running at once
    qint64 fullRefreshAfterSeconds = 24 * 3600;  // refetch a full list at least this often
    bool incremental = true;                     // false: always fetch full lists
    // How a restore is followed (watchRestore): the first poll after this, then each
    // interval 1.5 times the last, up to the maximum; reads that fail for a passing reason
    // (429, 5xx, a dropped connection) are tried again this many times in a row.
    int restorePollFirstMs = 2000;
    int restorePollMaxMs = 30000;
    int restoreReadFailuresTolerated = 20;
};

// What "take snapshot now" ended with.
struct TakeSnapshotOutcome {
    domain::Snapshot snapshot;  // as Atlas answered (queued, usually), and as cached
    // The answer to the POST was lost (timeout, dropped connection) and the snapshot was
    // found by reading the server's list again: it was taken once, not sent twice.
    bool confirmedByReread = false;
};

struct JobResult {
    JobId id = 0;
    JobKind kind = JobKind::Sync;
    JobError error;
    QVariant payload;
    CacheScope changed;  // None when nothing was written
    bool ok() const { return !error.isError(); }
    bool cacheChanged() const { return !changed.isEmpty(); }
    SyncStats syncStats() const { return payload.value<SyncStats>(); }
};

// Registers the types above for queued signals; JobRunner calls it.
void registerMetaTypes();

}  // namespace lifeboat::jobs

Q_DECLARE_METATYPE(lifeboat::jobs::CacheScope)
Q_DECLARE_METATYPE(lifeboat::jobs::TakeSnapshotOutcome)
Q_DECLARE_METATYPE(lifeboat::jobs::JobResult)
