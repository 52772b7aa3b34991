#pragma once
// Backup health: the one rule the navigator, the Overview, the CLI and the estate
// summary ask. Pure: facts in, a state and the reasons out. Reasons are values (an
// enum and numbers), never text: views word them with tr() (itemmodels' healthText()).
#include "domain/cluster.h"
#include "domain/policy.h"
#include "domain/restorejob.h"
#include "domain/schedule.h"
#include "domain/snapshot.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace lifeboat::domain {

// Ordered by how bad it is, except Unknown (nothing synced yet to judge by).
enum class HealthState { Unknown, Ok, Warning, Critical, Unprotected };

enum class HealthReason {
    NeverSynced,          // Unknown: the cluster's backups were never looked at
    FreeTier,             // Unprotected: M0 has no cloud backup
    BackupOff,            // Unprotected: Cloud Backup is turned off
    NoCompletedSnapshot,  // Critical: nothing to restore from
    LatestFailed,         // Warning: the newest snapshot failed
    LatestFallback,       // Warning: the newest good snapshot is a fallback (may be inconsistent)
    Late,                 // Warning, Critical from kCriticalMissedRuns missed runs on: older than the schedule promises
    LastRestoreFailed,    // Warning
    LastExportFailed,     // Warning
};

enum class ClusterKind { Dedicated, FreeTier, Flex };

// What the rule looks at; healthFacts() below fills it from the cached values, the
// cache's estate summary fills it with aggregate queries.
struct HealthFacts {
    ClusterKind kind = ClusterKind::Dedicated;
    bool synced = false;  // the cluster's snapshots (or schedule) were synced at least once
    bool backupEnabled = true;
    QDateTime lastGood;  // newest completed snapshot
    bool lastGoodIsFallback = false;
    QDateTime latestAt;  // newest snapshot of any status (on-demand ones included)
    SnapshotStatus latestStatus = SnapshotStatus::Unknown;
    qint64 promisedSeconds = 0;  // the schedule's most frequent interval; 0: it promises nothing known
    bool lastRestoreFailed = false;
    QDateTime lastRestoreAt;
    bool lastExportFailed = false;  // no export jobs are cached yet: always false for now
    friend bool operator==(const HealthFacts &, const HealthFacts &) = default;
};

struct HealthFinding {
    HealthReason reason;
    HealthState raises;
    QDateTime at;                // the snapshot / restore it is about, when there is one
    qint64 ageSeconds = 0;       // Late: how old the last good snapshot is
    qint64 promisedSeconds = 0;  // Late: the schedule's interval
};

struct BackupHealth {
    HealthState state = HealthState::Unknown;
    QList<HealthFinding> findings;  // worst first; empty when Ok
    bool has(HealthReason r) const;
};

// A snapshot this much past the promised interval is late (it may take a while to run).
inline constexpr qint64 kLateGraceSeconds = 3600;
// Late by this many promised runs (and the grace) is Critical rather than a Warning.
inline constexpr int kCriticalMissedRuns = 3;
// Flex clusters take one snapshot a day.
inline constexpr qint64 kFlexIntervalSeconds = 86400;

// The interval the most frequent policy item promises (hourly: its hours; daily 24 h,
// weekly 7 d, monthly 31 d, yearly 366 d); 0 for no items.
qint64 promisedIntervalSeconds(const QList<PolicyItem> &items);

// Rank for "raises": Unknown < Ok < Warning < Critical < Unprotected.
int healthRank(HealthState s);

BackupHealth backupHealth(const HealthFacts &facts, const QDateTime &now);

HealthFacts healthFacts(const Cluster &cluster, const QList<Snapshot> &snapshots,
                        const std::optional<BackupSchedule> &schedule, const QList<RestoreJob> &restoreJobs,
                        bool synced);
HealthFacts healthFacts(const FlexCluster &cluster, const QList<FlexSnapshot> &snapshots,
                        const QList<FlexRestoreJob> &restoreJobs, bool synced);

// A Flex job status as a snapshot status (Pending and Running count as in progress).
SnapshotStatus snapshotStatusOf(FlexJobStatus s);

}  // namespace lifeboat::domain
