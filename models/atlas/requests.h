#pragma once
// What the write operations send: the request bodies as values. mapping::toJson()
// turns them into the JSON Atlas expects; the operations in ops/ send them.
#include "domain/ondemandsnapshot.h"
#include "domain/types.h"

#include <QString>
#include <optional>

namespace lifeboat::atlas {

// POST .../backup/snapshots (DiskBackupOnDemandSnapshotRequest): the domain's value.
using domain::OnDemandSnapshotRequest;

// PATCH .../backup/schedule (DiskBackupSnapshotSchedule20240805): the schedule's
// editable fields as they should be. Policy and item ids are sent as they are, so
// Atlas keeps them.
struct ScheduleUpdate {
    domain::BackupSchedule schedule;
    bool updateSnapshots = false;  // apply the retention change to existing snapshots
};

// POST .../backup/restoreJobs (DiskBackupSnapshotRestoreJob).
struct RestoreRequest {
    domain::DeliveryType deliveryType = domain::DeliveryType::Automated;
    QString snapshotId;         // automated and download; empty for a point in time
    QString targetClusterName;  // automated and point in time
    QString targetGroupId;
    // Point in time: one of the two, never both (domain rule, checked before).
    std::optional<qint64> pointInTimeUTCSeconds;
    std::optional<qint64> oplogTs;
    std::optional<qint64> oplogInc;
};

}  // namespace lifeboat::atlas
