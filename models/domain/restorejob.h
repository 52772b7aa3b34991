#pragma once
// A restore job of a dedicated cluster.
#include "domain/tagged.h"
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace lifeboat::domain {

// DiskBackupSnapshotRestoreJob. Download URLs are deliberately not kept: they are
// bearer links to backup data and must not land in the cache.
struct RestoreJob {
    QString id;
    QString groupId;
    QString clusterName;
    QString snapshotId;
    Tagged<DeliveryType> deliveryType;
    QString targetClusterName;
    QString targetGroupId;
    bool cancelled = false;
    bool expired = false;
    bool failed = false;
    QDateTime expiresAt;
    QDateTime finishedAt;
    QDateTime timestamp;
    std::optional<qint64> pointInTimeUTCSeconds;
    std::optional<qint64> oplogTs;
    std::optional<qint64> oplogInc;
    QStringList componentReplicaSets;
    QDateTime syncedAt;

    bool isRunning() const { return !cancelled && !expired && !failed && !finishedAt.isValid(); }
};

}  // namespace lifeboat::domain

namespace lifeboat::domain {

// FlexBackupRestoreJob20241113: a restore (or download) of a Flex snapshot. Its own
// value, not a RestoreJob: Flex reports one status word where dedicated jobs carry
// cancelled/expired/failed flags. The snapshotUrl is not kept (a bearer link).
struct FlexRestoreJob {
    QString id;
    QString groupId;      // the project of the source cluster
    QString clusterName;  // the source Flex cluster (instanceName)
    QString snapshotId;
    QString targetDeploymentItemName;
    QString targetProjectId;
    Tagged<FlexJobStatus> status;
    QString deliveryType;  // RESTORE or DOWNLOAD, as served
    QDateTime restoreScheduledDate;
    QDateTime restoreFinishedDate;
    QDateTime expirationDate;
    QDateTime snapshotFinishedDate;
    QDateTime syncedAt;

    bool isRunning() const
    {
        return status.value == FlexJobStatus::Pending || status.value == FlexJobStatus::Queued ||
               status.value == FlexJobStatus::Running;
    }
    bool isDownload() const { return deliveryType.compare(QLatin1String("DOWNLOAD"), Qt::CaseInsensitive) == 0; }
};

}  // namespace lifeboat::domain
