#pragma once
// A restore job of a dedicated cluster.
#include "domain/tagged.h"
#include <QDateTime>
#include <QList>
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
    QDateTime firstSeenAt;         // when Lifeboat first saw it (Atlas has no createdAt); the blackout starts here
    qint64 snapshotSizeBytes = 0;  // the source snapshot's size when known (estimates)
    QString kindNote;              // free text the client keeps (e.g. "started by Lifeboat")
    int deliveryUrlCount = 0;      // how many download links Atlas served; the links are never kept

    bool isRunning() const { return !cancelled && !expired && !failed && !finishedAt.isValid(); }
    bool isDownload() const { return deliveryType.value == DeliveryType::Download; }
};

// Derived: Atlas's restore jobs have no status field. Cancelled, failed, expired win in that
// order; a finished download with links still inside expiresAt is DownloadReady; a download
// whose expiresAt passed is Expired; an unfinished job is Running (Atlas does not say when a
// dedicated job leaves its queue). Unknown: a job without an id.
enum class RestoreState { Queued, Running, Finished, Failed, Cancelled, Expired, DownloadReady, Unknown };
RestoreState restoreState(const RestoreJob &job, const QDateTime &now);
QString restoreStateName(RestoreState state);  // "queued", "running", "finished", ... (stable, JSON)
bool isEnded(RestoreState state);              // Finished, Failed, Cancelled, Expired, DownloadReady

// One finished restore and how long it took, for estimates.
struct PastRestore {
    qint64 bytes = 0;
    qint64 seconds = 0;
};
// The expected duration of a restore of `bytes`: the throughput of the past restores of
// similar size (within a factor of 4; all of them when none is), scaled to `bytes`.
// nullopt when there is nothing to go on (no past restore with bytes and seconds > 0).
std::optional<qint64> estimateRestoreSeconds(const QList<PastRestore> &past, qint64 bytes);

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

namespace lifeboat::domain {

// The two strategies of a collection restore, as the API spells them.
enum class WriteStrategy { CreateNew, OverwriteExisting };  // "CREATE_NEW" / "OVERWRITE_EXISTING"
enum class IndexStrategy { All, None, AllExceptTtl };       // "ALL" / "NONE" / "ALL_EXCEPT_TTL"
QString writeStrategyName(WriteStrategy s);
QString indexStrategyName(IndexStrategy s);
std::optional<WriteStrategy> parseWriteStrategy(const QString &text);  // case-insensitive
std::optional<IndexStrategy> parseIndexStrategy(const QString &text);

// ApiAtlasCollectionRestoreJob (2025-03-12): a restore of chosen databases/collections.
struct CollectionRestoreJob {
    QString id;
    QString groupId;      // the source cluster's project
    QString clusterName;  // the source cluster
    QString snapshotId;   // empty for a PIT collection restore
    std::optional<qint64> pointInTimeUTCSeconds;
    std::optional<qint64> oplogTs;
    std::optional<qint64> oplogInc;
    QString targetGroupId;
    QString targetClusterName;
    Tagged<CollectionRestoreState> state;  // INITIALIZING ... FAILED
    QDateTime createdAt;
    QDateTime finishedAt;
    QString errorMessage;
    qint64 restoredDocuments = 0;
    qint64 totalDocuments = 0;  // may start as an estimate
    QString writeStrategy;      // as served: "CREATE_NEW" / "OVERWRITE_EXISTING"
    QString indexStrategy;      // "ALL" / "NONE" / "ALL_EXCEPT_TTL"
    QDateTime firstSeenAt;
    QDateTime syncedAt;

    // Running until a final state; an unknown state counts as running (its end was not seen).
    bool isRunning() const
    {
        return state.value != CollectionRestoreState::Successful && state.value != CollectionRestoreState::Canceled &&
               state.value != CollectionRestoreState::Failed;
    }
};
RestoreState restoreState(const CollectionRestoreJob &job);
RestoreState restoreState(const FlexRestoreJob &job);

}  // namespace lifeboat::domain
