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
