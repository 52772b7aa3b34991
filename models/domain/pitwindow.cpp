#include "domain/pitwindow.h"

namespace lifeboat::domain {

std::optional<PitWindow> pitWindow(const Cluster &cluster, const std::optional<BackupSchedule> &schedule,
                                   const QList<Snapshot> &snapshots, const QDateTime &now)
{
    if (!cluster.pitEnabled || !cluster.backupEnabled || !schedule || schedule->restoreWindowDays <= 0)
        return std::nullopt;
    QDateTime oldest;
    for (const Snapshot &s : snapshots) {
        if (s.status.value == SnapshotStatus::Completed && s.createdAt.isValid() &&
            (!oldest.isValid() || s.createdAt < oldest))
            oldest = s.createdAt;
    }
    if (!oldest.isValid() || oldest > now) return std::nullopt;  // nothing to replay the oplog on yet
    QDateTime from = now.addDays(-schedule->restoreWindowDays);
    if (oldest > from) from = oldest;
    return PitWindow{from, now};
}

}  // namespace lifeboat::domain
