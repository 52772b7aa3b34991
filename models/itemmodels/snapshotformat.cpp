#include "itemmodels/snapshotformat.h"

#include <QLocale>

namespace lifeboat::itemmodels {

SnapshotKind snapshotKind(const domain::Snapshot &s)
{
    if (s.status.value == domain::SnapshotStatus::Failed) return SnapshotKind::Failed;
    if (s.snapshotType.value == domain::SnapshotType::Fallback) return SnapshotKind::Fallback;
    switch (s.status.value) {
    case domain::SnapshotStatus::Queued:
    case domain::SnapshotStatus::InProgress: return SnapshotKind::Running;
    case domain::SnapshotStatus::Completed: return SnapshotKind::Completed;
    default: return SnapshotKind::Unknown;
    }
}

QString snapshotKindName(SnapshotKind k)
{
    switch (k) {
    case SnapshotKind::Completed: return QStringLiteral("Completed");
    case SnapshotKind::Running: return QStringLiteral("In progress");
    case SnapshotKind::Failed: return QStringLiteral("Failed");
    case SnapshotKind::Fallback: return QStringLiteral("Fallback");
    case SnapshotKind::Unknown: break;
    }
    return QStringLiteral("Other status");
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor snapshotKindColor(SnapshotKind k, const QPalette &palette)
{
    // Material-like 800 shades on light backgrounds, 300 shades on dark ones.
    const bool dark = isDarkPalette(palette);
    switch (k) {
    case SnapshotKind::Completed: return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case SnapshotKind::Running: return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case SnapshotKind::Failed: return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case SnapshotKind::Fallback: return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xc2, 0x6a, 0x00);
    case SnapshotKind::Unknown: break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QString dash()
{
    return QStringLiteral("—");
}

QString statusText(const domain::Tagged<domain::SnapshotStatus> &status)
{
    switch (status.value) {
    case domain::SnapshotStatus::Queued: return QStringLiteral("Queued");
    case domain::SnapshotStatus::InProgress: return QStringLiteral("In progress");
    case domain::SnapshotStatus::Completed: return QStringLiteral("Completed");
    case domain::SnapshotStatus::Failed: return QStringLiteral("Failed");
    case domain::SnapshotStatus::Unknown: break;
    }
    return status.isMissing() ? dash() : status.raw;
}

QString typeText(const domain::Tagged<domain::SnapshotType> &type)
{
    switch (type.value) {
    case domain::SnapshotType::Scheduled: return QStringLiteral("Scheduled");
    case domain::SnapshotType::OnDemand: return QStringLiteral("On-demand");
    case domain::SnapshotType::Fallback: return QStringLiteral("Fallback");
    case domain::SnapshotType::Unknown: break;
    }
    return type.isMissing() ? dash() : type.raw;
}

QString frequencyText(const domain::Tagged<domain::Frequency> &frequency)
{
    switch (frequency.value) {
    case domain::Frequency::Hourly: return QStringLiteral("Hourly");
    case domain::Frequency::Daily: return QStringLiteral("Daily");
    case domain::Frequency::Weekly: return QStringLiteral("Weekly");
    case domain::Frequency::Monthly: return QStringLiteral("Monthly");
    case domain::Frequency::Yearly: return QStringLiteral("Yearly");
    case domain::Frequency::OnDemand: return QStringLiteral("On-demand");
    case domain::Frequency::Unknown: break;
    }
    return frequency.isMissing() ? dash() : frequency.raw;
}

QString formatUtc(const QDateTime &t)
{
    if (!t.isValid()) return dash();
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString formatUtcShort(const QDateTime &t)
{
    if (!t.isValid()) return dash();
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString formatSize(qint64 bytes)
{
    if (bytes < 0) return dash();
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString formatCount(qint64 n)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);  // C omits group separators by default
    return c.toString(n);
}

domain::Snapshot snapshotFromFlex(const domain::FlexSnapshot &f)
{
    domain::Snapshot s;
    s.id = f.id;
    s.groupId = f.groupId;
    s.clusterName = f.clusterName;
    // The moment the data is from: the start, else the scheduled time.
    s.createdAt = f.startTime.isValid() ? f.startTime : f.scheduledTime;
    s.expiresAt = f.expiration;
    s.status.raw = f.status.raw;
    switch (f.status.value) {
    case domain::FlexJobStatus::Pending:
    case domain::FlexJobStatus::Queued: s.status.value = domain::SnapshotStatus::Queued; break;
    case domain::FlexJobStatus::Running: s.status.value = domain::SnapshotStatus::InProgress; break;
    case domain::FlexJobStatus::Completed: s.status.value = domain::SnapshotStatus::Completed; break;
    case domain::FlexJobStatus::Failed: s.status.value = domain::SnapshotStatus::Failed; break;
    case domain::FlexJobStatus::Unknown: s.status.value = domain::SnapshotStatus::Unknown; break;
    }
    s.snapshotType = domain::parseSnapshotType(QStringLiteral("scheduled"));
    s.frequencyType = domain::parseFrequency(QStringLiteral("daily"));
    s.storageSizeBytes = -1;
    s.mongodVersion = f.mongoDBVersion;
    s.type = QStringLiteral("flex");
    s.syncedAt = f.syncedAt;
    return s;
}

QList<domain::Snapshot> snapshotsFromFlex(const QList<domain::FlexSnapshot> &list)
{
    QList<domain::Snapshot> out;
    out.reserve(list.size());
    for (const domain::FlexSnapshot &f : list) out.append(snapshotFromFlex(f));
    return out;
}

}  // namespace lifeboat::itemmodels
