#pragma once
// The local SQLite cache of what Lifeboat has seen on the server: the one place
// state is written. One Cache object is one connection, used from one thread: the
// worker owns the read-write one; views may open a second, read-only one (WAL lets
// it read while the worker writes). Never stores secrets.
//
// Opening is cheap on purpose (it is on the way to the first window): the integrity
// check runs only when the last session did not close the cache cleanly, or the file
// changed since (a marker file beside it says which). The estate summary per cluster is
// a table kept up to date in the same transaction as the snapshot rows it sums.
#include "cache/rows.h"
#include "cache/sqlite.h"
#include "domain/health.h"
#include "domain/restore.h"
#include "domain/types.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace lifeboat::cache {

using namespace lifeboat::domain;

// One cluster's aggregates for the estate summary, computed by SQL over its rows.
// `health` holds the snapshot and restore facts; the caller sets kind, backupEnabled
// and synced from the cluster row (the cache does not join the two kinds of cluster).
struct ClusterBackupSummary {
    QString groupId;
    QString clusterName;
    int snapshotCount = 0;
    QDateTime snapshotsSyncedAt;  // newest synced_at of its snapshot rows (invalid: none)
    QDateTime scheduleSyncedAt;   // when its schedule was written (invalid: never)
    bool restoreRunning = false;
    HealthFacts health;

    // When this cluster's backups were last synced: its snapshots, else its schedule.
    QDateTime syncedAt() const { return snapshotsSyncedAt.isValid() ? snapshotsSyncedAt : scheduleSyncedAt; }
    // The facts for domain::backupHealth, completed from the cluster row.
    HealthFacts factsFor(const Cluster &c) const;
    HealthFacts factsFor(const FlexCluster &f) const;
};

// What one synced cluster writes: one call, one transaction (cache::Cache::writeSyncedCluster).
struct SyncedCluster {
    QString groupId;
    QString clusterName;
    std::optional<QList<Snapshot>> fullList;  // replaces the cached list
    std::optional<Snapshot> newest;           // or refreshes just the newest (an incremental sync)
    std::optional<BackupSchedule> schedule;
    QList<RestoreJob> restoreJobs;  // the full list: replaces the cached one
    QDateTime syncedAt;
    // The cluster as just read: when its FCV is pinned, the pin is recorded (fcv_pins).
    std::optional<Cluster> cluster = std::nullopt;
    // The full list of its collection restore jobs (source = this cluster), when fetched.
    std::optional<QList<CollectionRestoreJob>> collectionRestoreJobs = std::nullopt;
};

// A restore whose end Lifeboat has not seen (Cache::runningRestores): what a restart
// resumes following. The families match jobs::RestoreRef::Kind.
enum class RestoreFamily { Dedicated, Collection, Flex };
struct RunningRestore {
    RestoreFamily family = RestoreFamily::Dedicated;
    QString groupId;      // the source cluster's project
    QString clusterName;  // the source cluster
    QString jobId;
    QString targetGroupId;
    QString targetClusterName;
    QDateTime firstSeenAt;
};

// What one synced Flex cluster writes, in one transaction: its snapshots and restore jobs,
// each the full list (replacing the cached one).
struct SyncedFlexCluster {
    QString groupId;
    QString clusterName;
    QList<FlexSnapshot> snapshots;
    QList<FlexRestoreJob> restoreJobs;
    QDateTime syncedAt;
};

class Cache {
public:
    enum class Mode { ReadWrite, ReadOnly };
    // When open() runs PRAGMA quick_check. IfUnclean: after an unclean shutdown (or a change
    // made behind the cache's back); this connection then owns the clean-shutdown marker.
    // Never: a further connection of a process whose first one checked.
    enum class Check { IfUnclean, Always, Never };

    Cache() = default;
    ~Cache() { close(); }
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    // Opens (creating if needed), checks integrity and migrates. In ReadWrite mode a
    // corrupt, unreadable or too-new file is moved aside and rebuilt empty; the
    // data comes back with the next sync. False only if even that fails.
    bool open(const QString &path, Mode mode = Mode::ReadWrite, Check check = Check::IfUnclean);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString lastError() const { return m_error; }
    int lastErrorCode() const { return m_db.lastCode(); }  // SQLite's code of the last failure (jobs type it)

    bool wasRebuilt() const { return !m_rebuildReason.isEmpty(); }
    QString rebuildReason() const { return m_rebuildReason; }
    QString movedAsidePath() const { return m_movedAside; }
    int schemaVersion();
    bool integrityCheck();                            // PRAGMA integrity_check says ok
    bool checkedAtOpen() const { return m_checked; }  // open() ran quick_check
    // PRAGMA quick_check now (the worker runs it in the background when open() did not);
    // a failure is logged and marks the file, so the next open checks it and rebuilds.
    bool quickCheck();
    // The marker beside the cache file: present while a session has it open.
    static QString markerPath(const QString &cachePath) { return cachePath + QStringLiteral("-session"); }
    Database &database() { return m_db; }  // the same connection, for the reader's own queries

    // --- Writes: each call is one transaction; `syncedAt` stamps every row written. Every
    // entity has one row codec (cache/rows.h): its column list drives INSERT and SELECT. ---
    // replace*: the full list for that scope; rows no longer in it are removed.
    bool replaceOrganizations(const QList<Organization> &orgs, const QDateTime &syncedAt);
    bool replaceProjects(const QList<Project> &projects, const QDateTime &syncedAt);
    bool replaceClusters(const QString &groupId, const QList<Cluster> &clusters, const QDateTime &syncedAt);
    bool replaceFlexClusters(const QString &groupId, const QList<FlexCluster> &clusters, const QDateTime &syncedAt);
    bool replaceSnapshots(const QString &groupId, const QString &clusterName, const QList<Snapshot> &snapshots,
                          const QDateTime &syncedAt);
    // Adds or updates only these snapshots (an incremental sync).
    bool upsertSnapshots(const QString &groupId, const QString &clusterName, const QList<Snapshot> &snapshots,
                         const QDateTime &syncedAt);
    bool replaceFlexSnapshots(const QString &groupId, const QString &clusterName, const QList<FlexSnapshot> &snapshots,
                              const QDateTime &syncedAt);
    bool upsertSchedule(const QString &groupId, const QString &clusterName, const BackupSchedule &schedule,
                        const QDateTime &syncedAt);
    // nullopt records that the project has no compliance policy.
    bool setCompliancePolicy(const QString &groupId, const std::optional<CompliancePolicy> &policy,
                             const QDateTime &syncedAt);
    bool replaceRestoreJobs(const QString &groupId, const QString &clusterName, const QList<RestoreJob> &jobs,
                            const QDateTime &syncedAt);
    // Forgets a cluster and everything under it (deleted on the server).
    bool removeCluster(const QString &groupId, const QString &clusterName);
    // A synced cluster's snapshots, schedule and restore jobs in one transaction: all or nothing.
    bool writeSyncedCluster(const SyncedCluster &cluster);
    // A synced Flex cluster's snapshots and restore jobs in one transaction: all or nothing.
    bool writeSyncedFlexCluster(const SyncedFlexCluster &cluster);

    // --- Single-row writes for mutations (a job's result), one transaction each. ---
    bool upsertSnapshot(const QString &groupId, const QString &clusterName, const Snapshot &snapshot,
                        const QDateTime &syncedAt);
    bool removeSnapshot(const QString &groupId, const QString &clusterName, const QString &snapshotId);
    // False (and lastError) when the cache holds no such snapshot.
    bool setSnapshotExpiry(const QString &groupId, const QString &clusterName, const QString &snapshotId,
                           const QDateTime &expiresAt);
    // Keyed by the job's own groupId, clusterName and id. A restore job's first_seen_at is
    // kept from its first write (a job's own firstSeenAt, else that write's syncedAt); later
    // writes never move it.
    bool upsertRestoreJob(const RestoreJob &job, const QDateTime &syncedAt);
    bool upsertCollectionRestoreJob(const CollectionRestoreJob &job, const QDateTime &syncedAt);
    bool replaceCollectionRestoreJobs(const QString &groupId, const QString &clusterName,
                                      const QList<CollectionRestoreJob> &jobs, const QDateTime &syncedAt);
    bool upsertFlexRestoreJob(const FlexRestoreJob &job, const QDateTime &syncedAt);
    // Records the cluster's FCV pin if it is pinned (and not recorded yet). The pin's start is
    // this sighting when Lifeboat saw the cluster unpinned before, else unknown; a pin to the
    // same FCV whose expiry moved is the same pin extended (its start is kept).
    bool recordFcvPin(const Cluster &cluster, const QDateTime &seenAt);
    // The local restore audit log: returns the entry's seq (0 on failure).
    qint64 appendRestoreAudit(const RestoreAuditEntry &entry);
    // Amends an entry (its outcome, the job id once known).
    bool setRestoreAuditOutcome(qint64 seq, const QString &outcome, const QString &jobId = QString());

    // When the list of a scope was last replaced in full (invalid: never). Scopes:
    // scopeOrganizations(), scopeProjects(), scopeClusters(g), ... below.
    QDateTime listSyncedAt(const QString &scope);
    static QString scopeOrganizations() { return QStringLiteral("orgs"); }
    static QString scopeProjects() { return QStringLiteral("projects"); }
    static QString scopeClusters(const QString &g) { return QStringLiteral("clusters/") + g; }
    static QString scopeFlexClusters(const QString &g) { return QStringLiteral("flexClusters/") + g; }
    static QString scopeSnapshots(const QString &g, const QString &c)
    {
        return QStringLiteral("snapshots/%1/%2").arg(g, c);
    }
    static QString scopeFlexSnapshots(const QString &g, const QString &c)
    {
        return QStringLiteral("flexSnapshots/%1/%2").arg(g, c);
    }
    static QString scopeRestoreJobs(const QString &g, const QString &c)
    {
        return QStringLiteral("restoreJobs/%1/%2").arg(g, c);
    }
    static QString scopeFlexRestoreJobs(const QString &g, const QString &c)
    {
        return QStringLiteral("flexRestoreJobs/%1/%2").arg(g, c);
    }
    static QString scopeCollectionRestoreJobs(const QString &g, const QString &c)
    {
        return QStringLiteral("collectionRestoreJobs/%1/%2").arg(g, c);
    }

    // --- Reads ---
    QList<Organization> organizations();
    QList<Project> projects(const QString &orgId = QString());  // all when orgId is empty
    QList<Cluster> clusters(const QString &groupId);
    QList<FlexCluster> flexClusters(const QString &groupId);
    QList<Snapshot> snapshots(const QString &groupId, const QString &clusterName);  // newest first
    int snapshotCount(const QString &groupId, const QString &clusterName);
    QList<FlexSnapshot> flexSnapshots(const QString &groupId, const QString &clusterName);
    std::optional<BackupSchedule> schedule(const QString &groupId, const QString &clusterName);
    std::optional<CompliancePolicy> compliancePolicy(const QString &groupId);
    // When the compliance policy of the project was last checked (invalid: never).
    QDateTime compliancePolicyCheckedAt(const QString &groupId);
    QList<RestoreJob> restoreJobs(const QString &groupId, const QString &clusterName);
    QList<FlexRestoreJob> flexRestoreJobs(const QString &groupId, const QString &clusterName);  // newest first
    // Restores whose source is this cluster, newest first.
    QList<CollectionRestoreJob> collectionRestoreJobs(const QString &groupId, const QString &clusterName);
    // Restores whose TARGET is this cluster (any source), newest first: the running-restore
    // rule and the PIT blackout read these.
    QList<RestoreJob> restoreJobsOnto(const QString &targetGroupId, const QString &targetClusterName);
    QList<CollectionRestoreJob> collectionRestoreJobsOnto(const QString &targetGroupId,
                                                          const QString &targetClusterName);
    QList<FlexRestoreJob> flexRestoreJobsOnto(const QString &targetGroupId, const QString &targetClusterName);
    // Every restore whose end Lifeboat has not seen, of all three families, oldest first.
    QList<RunningRestore> runningRestores();
    // The FCV pins recorded for a cluster, oldest expiry first.
    QList<FcvPin> fcvPins(const QString &groupId, const QString &clusterName);
    // Finished whole-cluster restores with a known size and duration (first seen → finished),
    // newest first, for domain::estimateRestoreSeconds.
    QList<PastRestore> pastRestores(int limit = 50);
    // The audit log, newest first.
    QList<RestoreAuditEntry> restoreAudit(int limit = 200);

    // --- Aggregates (a few GROUP BY queries, not a row per snapshot) ---
    // Every dedicated (or M0) cluster that has snapshots, a schedule or restore jobs cached.
    QList<ClusterBackupSummary> clusterBackupSummaries();
    // The same over the Flex tables (promisedSeconds is Flex's day).
    QList<ClusterBackupSummary> flexBackupSummaries();

private:
    // Ok; Damaged: the file must be rebuilt; Failed: leave the file alone (busy, no access).
    enum class Outcome { Ok, Damaged, Failed };
    Outcome openChecked(const QString &path, Mode mode, bool check, QString *problem);
    bool needsCheck(const QString &path, Check check) const;
    void markOpen();
    void markClean();
    bool lastErrorMeansDamage() const;
    Outcome migrate(QString *problem);
    bool rebuild(const QString &path, const QString &reason);
    bool fail(const QString &what);
    bool removeMissing(const QString &table, const QString &scopeWhere, const QStringList &scopeValues,
                       const QStringList &keepIds);
    bool mark(const QString &scope, const QDateTime &syncedAt);
    void restoreSummaries(QHash<QPair<QString, QString>, ClusterBackupSummary> &out);
    // Recomputes one cluster's snapshot_summaries row, inside the caller's transaction.
    bool refreshSnapshotSummary(const QString &groupId, const QString &clusterName);
    // Inside the caller's transaction:
    bool writeSnapshotRows(const QString &groupId, const QString &clusterName, const QList<Snapshot> &snapshots,
                           const QDateTime &syncedAt);
    bool replaceSnapshotRows(const QString &groupId, const QString &clusterName, const QList<Snapshot> &snapshots,
                             const QDateTime &syncedAt);
    bool writeScheduleRow(const QString &groupId, const QString &clusterName, const BackupSchedule &schedule,
                          const QDateTime &syncedAt);
    bool replaceRestoreJobRows(const QString &groupId, const QString &clusterName, const QList<RestoreJob> &jobs,
                               const QDateTime &syncedAt);
    bool replaceCollectionRestoreJobRows(const QString &groupId, const QString &clusterName,
                                         const QList<CollectionRestoreJob> &jobs, const QDateTime &syncedAt);
    bool recordFcvPinRow(const QString &groupId, const Cluster &cluster, const QDateTime &seenAt);
    QHash<QString, QDateTime> firstSeen(const QString &table, const QString &groupId, const QString &clusterName);
    bool replaceFlexSnapshotRows(const QString &groupId, const QString &clusterName,
                                 const QList<FlexSnapshot> &snapshots, const QDateTime &syncedAt);
    bool replaceFlexRestoreJobRows(const QString &groupId, const QString &clusterName,
                                   const QList<FlexRestoreJob> &jobs, const QDateTime &syncedAt);

    Database m_db;
    QString m_path;
    QString m_error;
    QString m_rebuildReason;
    QString m_movedAside;
    bool m_ownsMarker = false;
    bool m_checked = false;
};

}  // namespace lifeboat::cache
