#pragma once
// What the write operations send: the request bodies as values. mapping::toJson()
// turns them into the JSON Atlas expects; the operations in ops/ send them.
#include "domain/ondemandsnapshot.h"
#include "domain/types.h"

#include <QList>
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
    bool updateSnapshots = false;                    // apply the retention change to existing snapshots
    QList<domain::CopySetting> deleteCopiedBackups;  // removed copy regions whose copies go too
};

// PUT .../backupCompliancePolicy (DataProtectionSettings20231001).
struct ComplianceUpdate {
    domain::CompliancePolicy policy;
    bool overwriteBackupPolicies = true;  // Atlas's default: raise cluster policies below the floor
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

// One namespace of a collection restore (ApiAtlasRestoreNamespaceView): "db" or
// "db.coll"; an empty target keeps the source's name.
struct RestoreNamespace {
    QString sourceNamespace;
    QString targetNamespace;
    friend bool operator==(const RestoreNamespace &, const RestoreNamespace &) = default;
};

// POST .../collectionRestoreJobs (ApiAtlasCollectionRestoreJobRequest, 2025-03-12).
// Either snapshotId or a point in time (pointInTimeUtcSeconds, or oplogTs + oplogInc).
struct CollectionRestoreRequest {
    QString snapshotId;
    std::optional<qint64> pointInTimeUtcSeconds;  // note Atlas's spelling here: "Utc"
    std::optional<qint64> oplogTs;
    std::optional<qint64> oplogInc;
    QString targetClusterName;
    QString targetGroupId;
    QString writeStrategy = QStringLiteral("CREATE_NEW");  // CREATE_NEW | OVERWRITE_EXISTING
    QString indexStrategy = QStringLiteral("ALL");         // ALL | NONE | ALL_EXCEPT_TTL
    QList<RestoreNamespace> databases;                     // <= 100
    QList<RestoreNamespace> collections;                   // <= 100
    QString databaseSuffix;
    QString collectionSuffix;
};

// POST /flexClusters/{name}/backup/restoreJobs (FlexBackupRestoreJobCreate20241113).
struct FlexRestoreRequest {
    QString snapshotId;
    QString targetDeploymentItemName;  // the target cluster (Flex or dedicated)
    QString targetProjectId;           // empty: the source's project
};

}  // namespace lifeboat::atlas
