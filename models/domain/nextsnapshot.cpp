#include "domain/nextsnapshot.h"

namespace lifeboat::domain {

NextSnapshot nextScheduledSnapshot(bool backupEnabled, const std::optional<BackupSchedule> &schedule,
                                   const QList<Snapshot> &snapshots, const QDateTime &now)
{
    if (!backupEnabled) return {NextSnapshot::State::BackupOff, {}};
    QDateTime running;
    for (const Snapshot &s : snapshots) {
        const bool unfinished =
            s.status.value == SnapshotStatus::Queued || s.status.value == SnapshotStatus::InProgress;
        // An on-demand run is not the schedule's promise.
        if (unfinished && s.snapshotType.value != SnapshotType::OnDemand &&
            (!running.isValid() || s.createdAt > running))
            running = s.createdAt;
    }
    if (running.isValid()) return {NextSnapshot::State::InProgress, running};
    if (!schedule) return {NextSnapshot::State::NoSchedule, {}};
    if (schedule->nextSnapshot.isValid() && schedule->nextSnapshot >= now)
        return {NextSnapshot::State::Scheduled, schedule->nextSnapshot};
    const auto next =
        nextSnapshotTime(schedule->allItems(), now, schedule->referenceHourOfDay, schedule->referenceMinuteOfHour);
    if (!next) return {NextSnapshot::State::NoSchedule, {}};
    return {NextSnapshot::State::Scheduled, *next};
}

}  // namespace lifeboat::domain
