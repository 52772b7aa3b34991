#pragma once
// The point-in-time restore window of a cluster: computed here only.
#include "domain/cluster.h"
#include "domain/schedule.h"
#include "domain/snapshot.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace lifeboat::domain {

struct PitWindow {
    QDateTime from;  // the earliest moment a restore can go back to
    QDateTime to;    // now
};

// nullopt when the cluster has no continuous backup (PIT off, no schedule, no window
// days). Otherwise [now - restoreWindowDays, now], starting no earlier than the oldest
// completed snapshot: the oplog is replayed on top of a snapshot.
std::optional<PitWindow> pitWindow(const Cluster &cluster, const std::optional<BackupSchedule> &schedule,
                                   const QList<Snapshot> &snapshots, const QDateTime &now);

}  // namespace lifeboat::domain
