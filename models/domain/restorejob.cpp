#include "domain/restorejob.h"

#include <algorithm>
#include <cmath>

namespace lifeboat::domain {

RestoreState restoreState(const RestoreJob &job, const QDateTime &now)
{
    if (job.id.isEmpty()) return RestoreState::Unknown;
    if (job.cancelled) return RestoreState::Cancelled;
    if (job.failed) return RestoreState::Failed;
    if (job.expired) return RestoreState::Expired;
    if (job.isDownload()) {
        const bool ready = job.deliveryUrlCount > 0 || job.finishedAt.isValid();
        if (ready && job.expiresAt.isValid() && now.isValid() && now > job.expiresAt) return RestoreState::Expired;
        if (job.deliveryUrlCount > 0) return RestoreState::DownloadReady;
    }
    if (job.finishedAt.isValid()) return RestoreState::Finished;
    return RestoreState::Running;
}

QString restoreStateName(RestoreState state)
{
    switch (state) {
    case RestoreState::Queued: return QStringLiteral("queued");
    case RestoreState::Running: return QStringLiteral("running");
    case RestoreState::Finished: return QStringLiteral("finished");
    case RestoreState::Failed: return QStringLiteral("failed");
    case RestoreState::Cancelled: return QStringLiteral("cancelled");
    case RestoreState::Expired: return QStringLiteral("expired");
    case RestoreState::DownloadReady: return QStringLiteral("downloadReady");
    case RestoreState::Unknown: break;
    }
    return QStringLiteral("unknown");
}

bool isEnded(RestoreState state)
{
    switch (state) {
    case RestoreState::Finished:
    case RestoreState::Failed:
    case RestoreState::Cancelled:
    case RestoreState::Expired:
    case RestoreState::DownloadReady: return true;
    case RestoreState::Queued:
    case RestoreState::Running:
    case RestoreState::Unknown: break;
    }
    return false;
}

RestoreState restoreState(const CollectionRestoreJob &job)
{
    switch (job.state.value) {
    case CollectionRestoreState::Initializing: return RestoreState::Queued;
    case CollectionRestoreState::InProgress:
    case CollectionRestoreState::Finalizing: return RestoreState::Running;
    case CollectionRestoreState::Successful: return RestoreState::Finished;
    case CollectionRestoreState::Canceled: return RestoreState::Cancelled;
    case CollectionRestoreState::Failed: return RestoreState::Failed;
    case CollectionRestoreState::Unknown: break;
    }
    return RestoreState::Unknown;
}

RestoreState restoreState(const FlexRestoreJob &job)
{
    switch (job.status.value) {
    case FlexJobStatus::Pending:
    case FlexJobStatus::Queued: return RestoreState::Queued;
    case FlexJobStatus::Running: return RestoreState::Running;
    case FlexJobStatus::Failed: return RestoreState::Failed;
    case FlexJobStatus::Completed: return job.isDownload() ? RestoreState::DownloadReady : RestoreState::Finished;
    case FlexJobStatus::Unknown: break;
    }
    return RestoreState::Unknown;
}

std::optional<qint64> estimateRestoreSeconds(const QList<PastRestore> &past, qint64 bytes)
{
    if (bytes <= 0) return std::nullopt;
    QList<PastRestore> usable;
    for (const PastRestore &p : past)
        if (p.bytes > 0 && p.seconds > 0) usable.append(p);
    if (usable.isEmpty()) return std::nullopt;
    QList<PastRestore> similar;
    for (const PastRestore &p : usable)
        if (p.bytes * 4 >= bytes && p.bytes <= bytes * 4) similar.append(p);
    const QList<PastRestore> &use = similar.isEmpty() ? usable : similar;
    double sumBytes = 0, sumSeconds = 0;
    for (const PastRestore &p : use) {
        sumBytes += double(p.bytes);
        sumSeconds += double(p.seconds);
    }
    return std::max<qint64>(1, qint64(std::ceil(double(bytes) * sumSeconds / sumBytes)));
}

QString writeStrategyName(WriteStrategy s)
{
    return s == WriteStrategy::OverwriteExisting ? QStringLiteral("OVERWRITE_EXISTING") : QStringLiteral("CREATE_NEW");
}

QString indexStrategyName(IndexStrategy s)
{
    switch (s) {
    case IndexStrategy::None: return QStringLiteral("NONE");
    case IndexStrategy::AllExceptTtl: return QStringLiteral("ALL_EXCEPT_TTL");
    case IndexStrategy::All: break;
    }
    return QStringLiteral("ALL");
}

std::optional<WriteStrategy> parseWriteStrategy(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    if (t == QLatin1String("CREATE_NEW")) return WriteStrategy::CreateNew;
    if (t == QLatin1String("OVERWRITE_EXISTING")) return WriteStrategy::OverwriteExisting;
    return std::nullopt;
}

std::optional<IndexStrategy> parseIndexStrategy(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    if (t == QLatin1String("ALL")) return IndexStrategy::All;
    if (t == QLatin1String("NONE")) return IndexStrategy::None;
    if (t == QLatin1String("ALL_EXCEPT_TTL")) return IndexStrategy::AllExceptTtl;
    return std::nullopt;
}

}  // namespace lifeboat::domain
