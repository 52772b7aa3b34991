#include "itemmodels/snapshotformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace lifeboat::itemmodels {

namespace {
// The translation context of these free functions (lupdate reads it from here).
class SnapshotFormat {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::itemmodels::SnapshotFormat)
};
}  // namespace

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
    case SnapshotKind::Completed: return SnapshotFormat::tr("Completed");
    case SnapshotKind::Running: return SnapshotFormat::tr("In progress");
    case SnapshotKind::Failed: return SnapshotFormat::tr("Failed");
    case SnapshotKind::Fallback: return SnapshotFormat::tr("Fallback");
    case SnapshotKind::Unknown: break;
    }
    return SnapshotFormat::tr("Other status");
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
    case domain::SnapshotStatus::Queued: return SnapshotFormat::tr("Queued");
    case domain::SnapshotStatus::InProgress: return SnapshotFormat::tr("In progress");
    case domain::SnapshotStatus::Completed: return SnapshotFormat::tr("Completed");
    case domain::SnapshotStatus::Failed: return SnapshotFormat::tr("Failed");
    case domain::SnapshotStatus::Unknown: break;
    }
    return status.isMissing() ? dash() : status.raw;
}

QString typeText(const domain::Tagged<domain::SnapshotType> &type)
{
    switch (type.value) {
    case domain::SnapshotType::Scheduled: return SnapshotFormat::tr("Scheduled");
    case domain::SnapshotType::OnDemand: return SnapshotFormat::tr("On-demand");
    case domain::SnapshotType::Fallback: return SnapshotFormat::tr("Fallback");
    case domain::SnapshotType::Unknown: break;
    }
    return type.isMissing() ? dash() : type.raw;
}

QString frequencyText(const domain::Tagged<domain::Frequency> &frequency)
{
    switch (frequency.value) {
    case domain::Frequency::Hourly: return SnapshotFormat::tr("Hourly");
    case domain::Frequency::Daily: return SnapshotFormat::tr("Daily");
    case domain::Frequency::Weekly: return SnapshotFormat::tr("Weekly");
    case domain::Frequency::Monthly: return SnapshotFormat::tr("Monthly");
    case domain::Frequency::Yearly: return SnapshotFormat::tr("Yearly");
    case domain::Frequency::OnDemand: return SnapshotFormat::tr("On-demand");
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
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString formatCount(qint64 n)
{
    QLocale l;
    l.setNumberOptions(QLocale::DefaultNumberOptions);  // C omits group separators by default
    return l.toString(n);
}

QString formatNumber(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString providerName(const QString &raw)
{
    const QString p = raw.toUpper();
    if (p == u"AWS") return SnapshotFormat::tr("AWS");
    if (p == u"AZURE") return SnapshotFormat::tr("Azure");
    if (p == u"GCP") return SnapshotFormat::tr("Google Cloud");
    if (p == u"TENANT" || p == u"FLEX") return SnapshotFormat::tr("shared");
    return raw;
}

QString regionName(const QString &raw)
{
    if (raw.isEmpty()) return {};
    // Atlas names regions in capitals with underscores ("EASTERN_US", "US_EAST_1"); cloud
    // consoles write them in lower case with hyphens ("us-east-1").
    static const QHash<QString, const char *> words{
        {QStringLiteral("EASTERN_US"),
         QT_TRANSLATE_NOOP("lifeboat::itemmodels::SnapshotFormat", "Eastern US (South Carolina)")},
        {QStringLiteral("US_EAST_4"),
         QT_TRANSLATE_NOOP("lifeboat::itemmodels::SnapshotFormat", "Eastern US (Virginia)")},
        {QStringLiteral("CENTRAL_US"), QT_TRANSLATE_NOOP("lifeboat::itemmodels::SnapshotFormat", "Central US (Iowa)")},
        {QStringLiteral("WESTERN_US"),
         QT_TRANSLATE_NOOP("lifeboat::itemmodels::SnapshotFormat", "Western US (Oregon)")},
        {QStringLiteral("WESTERN_EUROPE"),
         QT_TRANSLATE_NOOP("lifeboat::itemmodels::SnapshotFormat", "Western Europe (Belgium)")},
        {QStringLiteral("EUROPE_WEST_3"),
         QT_TRANSLATE_NOOP("lifeboat::itemmodels::SnapshotFormat", "Europe (Frankfurt)")},
        {QStringLiteral("US_EAST_1"),
         QT_TRANSLATE_NOOP("lifeboat::itemmodels::SnapshotFormat", "US East (N. Virginia)")},
        {QStringLiteral("US_EAST_2"), QT_TRANSLATE_NOOP("lifeboat::itemmodels::SnapshotFormat", "US East (Ohio)")},
        {QStringLiteral("US_WEST_2"), QT_TRANSLATE_NOOP("lifeboat::itemmodels::SnapshotFormat", "US West (Oregon)")},
        {QStringLiteral("EU_WEST_1"), QT_TRANSLATE_NOOP("lifeboat::itemmodels::SnapshotFormat", "Europe (Ireland)")},
        {QStringLiteral("EU_CENTRAL_1"),
         QT_TRANSLATE_NOOP("lifeboat::itemmodels::SnapshotFormat", "Europe (Frankfurt)")},
        {QStringLiteral("AP_SOUTHEAST_2"),
         QT_TRANSLATE_NOOP("lifeboat::itemmodels::SnapshotFormat", "Asia Pacific (Sydney)")},
        {QStringLiteral("EUROPE_WEST"),
         QT_TRANSLATE_NOOP("lifeboat::itemmodels::SnapshotFormat", "West Europe (Netherlands)")},
        {QStringLiteral("EUROPE_NORTH"),
         QT_TRANSLATE_NOOP("lifeboat::itemmodels::SnapshotFormat", "North Europe (Ireland)")},
    };
    const auto it = words.constFind(raw.toUpper());
    if (it != words.cend()) return SnapshotFormat::tr(*it);
    return raw.toLower().replace(u'_', u'-');
}

QString placeName(const QString &provider, const QString &region)
{
    const QString p = providerName(provider), r = regionName(region);
    if (r.isEmpty()) return p;
    if (p.isEmpty()) return r;
    return SnapshotFormat::tr("%1, %2", "provider, region").arg(p, r);
}

QString encryptionKeyText(const QString &masterKeyUUID, const QString &provider)
{
    const QString p = provider.toUpper();
    const bool known = !p.isEmpty() && p != u"NONE";
    if (masterKeyUUID.isEmpty())
        return known ? SnapshotFormat::tr("the cluster's %1 key (no key id reported)").arg(keyProviderName(p))
                     : SnapshotFormat::tr("none (no customer key)");
    return known ? SnapshotFormat::tr("%1 key %2").arg(keyProviderName(p), masterKeyUUID)
                 : SnapshotFormat::tr("customer key %1").arg(masterKeyUUID);
}

QString configServerText(const QString &configServerType)
{
    const QString t = configServerType.toUpper();
    if (t == u"DEDICATED") return SnapshotFormat::tr("dedicated config servers");
    if (t == u"EMBEDDED") return SnapshotFormat::tr("config server embedded in a shard");
    if (t.isEmpty()) return {};
    return SnapshotFormat::tr("config servers: %1").arg(configServerType);
}

QString keyProviderName(const QString &provider)
{
    const QString p = provider.toUpper();
    if (p == u"AWS") return SnapshotFormat::tr("AWS KMS");
    if (p == u"AZURE") return SnapshotFormat::tr("Azure Key Vault");
    if (p == u"GCP") return SnapshotFormat::tr("Google Cloud KMS");
    return provider;
}

QString retentionText(domain::RetentionUnit unit, int value)
{
    switch (unit) {
    case domain::RetentionUnit::Days: return SnapshotFormat::tr("%n day(s)", nullptr, value);
    case domain::RetentionUnit::Weeks: return SnapshotFormat::tr("%n week(s)", nullptr, value);
    case domain::RetentionUnit::Months: return SnapshotFormat::tr("%n month(s)", nullptr, value);
    case domain::RetentionUnit::Years: return SnapshotFormat::tr("%n year(s)", nullptr, value);
    case domain::RetentionUnit::Unknown: break;
    }
    return QString::number(value);
}

QString policyItemText(const domain::PolicyItem &i)
{
    using domain::Frequency;
    QString when;
    switch (i.frequency) {
    case Frequency::Hourly: when = SnapshotFormat::tr("Every %n hour(s)", nullptr, i.interval); break;
    case Frequency::Daily: when = SnapshotFormat::tr("Every day"); break;
    case Frequency::Weekly:
        // Atlas counts weekdays from Monday = 1.
        when = i.interval >= 1 && i.interval <= 7 ? SnapshotFormat::tr("Every %1").arg(QLocale().dayName(i.interval))
                                                  : SnapshotFormat::tr("Weekly (day %1)").arg(i.interval);
        break;
    case Frequency::Monthly:
        when = i.interval == 40 ? SnapshotFormat::tr("Last day of every month")
                                : SnapshotFormat::tr("Day %1 of every month").arg(i.interval);
        break;
    case Frequency::Yearly:
        when = SnapshotFormat::tr("1 %1 every year", "day 1 of the month")
                   .arg(QLocale().monthName(qBound(1, i.interval, 12)));
        break;
    case Frequency::OnDemand: when = SnapshotFormat::tr("On demand"); break;
    case Frequency::Unknown: when = SnapshotFormat::tr("Other schedule"); break;
    }
    return SnapshotFormat::tr("%1 — kept %2").arg(when, retentionText(i.unit, i.value));
}

QString policyItemsText(const QStringList &ids, const QList<domain::PolicyItem> &items)
{
    QStringList out;
    for (const QString &id : ids) {
        bool found = false;
        for (const domain::PolicyItem &i : items) {
            if (i.id != id) continue;
            out << policyItemText(i);
            found = true;
            break;
        }
        // A policy item since removed from the schedule: its id is all that is known.
        if (!found) out << SnapshotFormat::tr("a policy item no longer in the schedule (%1)").arg(id);
    }
    return out.join(u'\n');
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
