#pragma once
// When the next scheduled snapshot comes: computed here only.
#include "domain/schedule.h"
#include "domain/snapshot.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace lifeboat::domain {

struct NextSnapshot {
    enum class State {
        BackupOff,   // nothing is taken
        NoSchedule,  // no schedule (or no policy item) known
        InProgress,  // a run is queued or going on now: `at` is when it started
        Scheduled,   // `at` is when the next run starts
    };
    State state = State::NoSchedule;
    QDateTime at;
};

// An in-progress (or queued) scheduled snapshot counts as the next one. Otherwise the
// server's nextSnapshot when it is still ahead, else the policy items' next firing.
NextSnapshot nextScheduledSnapshot(bool backupEnabled, const std::optional<BackupSchedule> &schedule,
                                   const QList<Snapshot> &snapshots, const QDateTime &now);

}  // namespace lifeboat::domain
