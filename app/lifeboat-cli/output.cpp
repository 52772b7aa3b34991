#include "output.h"

#include <QJsonDocument>

namespace lifeboat::cli {

using namespace lifeboat::domain;

QJsonValue isoTime(const QDateTime &t)
{
    if (!t.isValid()) return QJsonValue::Null;
    return t.toUTC().toString(Qt::ISODate);
}

namespace {
void putText(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty()) o.insert(QLatin1String(key), value);
}
}  // namespace

QJsonObject projectJson(const Project &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("orgId"), p.orgId},
            {QStringLiteral("clusterCount"), p.clusterCount},
            {QStringLiteral("created"), isoTime(p.created)}};
}

QJsonObject clusterJson(const Cluster &c)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("groupId"), c.groupId},
                  {QStringLiteral("clusterType"), c.clusterType.raw},
                  {QStringLiteral("instanceSize"), c.instanceSize},
                  {QStringLiteral("providerName"), c.providerName},
                  {QStringLiteral("regionName"), c.regionName},
                  {QStringLiteral("mongoDBVersion"), c.mongoDBVersion},
                  {QStringLiteral("mongoDBMajorVersion"), c.mongoDBMajorVersion},
                  {QStringLiteral("backupEnabled"), c.backupEnabled},
                  {QStringLiteral("pitEnabled"), c.pitEnabled},
                  {QStringLiteral("stateName"), c.stateName.raw},
                  {QStringLiteral("paused"), c.paused},
                  {QStringLiteral("createDate"), isoTime(c.createDate)},
                  {QStringLiteral("kind"), c.isFreeTier() ? QStringLiteral("free") : QStringLiteral("dedicated")}};
    putText(o, "backingProviderName", c.backingProviderName);
    putText(o, "encryptionAtRestProvider", c.encryptionAtRestProvider);
    putText(o, "configServerType", c.configServerType);
    putText(o, "featureCompatibilityVersion", c.featureCompatibilityVersion);
    if (c.featureCompatibilityVersionExpirationDate.isValid())
        o.insert(QStringLiteral("featureCompatibilityVersionExpirationDate"),
                 isoTime(c.featureCompatibilityVersionExpirationDate));
    if (c.isSharded()) o.insert(QStringLiteral("numShards"), c.shardCount);
    return o;
}

QJsonObject flexClusterJson(const FlexCluster &f)
{
    return {
        {QStringLiteral("id"), f.id},
        {QStringLiteral("name"), f.name},
        {QStringLiteral("groupId"), f.groupId},
        {QStringLiteral("mongoDBVersion"), f.mongoDBVersion},
        {QStringLiteral("stateName"), f.stateName.raw},
        {QStringLiteral("createDate"), isoTime(f.createDate)},
        {QStringLiteral("terminationProtectionEnabled"), f.terminationProtectionEnabled},
        {QStringLiteral("providerSettings"), QJsonObject{{QStringLiteral("providerName"), QStringLiteral("FLEX")},
                                                         {QStringLiteral("backingProviderName"), f.backingProviderName},
                                                         {QStringLiteral("regionName"), f.regionName},
                                                         {QStringLiteral("diskSizeGB"), f.diskSizeGB}}},
        {QStringLiteral("backupSettings"), QJsonObject{{QStringLiteral("enabled"), f.backupEnabled}}},
        {QStringLiteral("kind"), QStringLiteral("flex")}};
}

QJsonObject snapshotJson(const Snapshot &s)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("createdAt"), isoTime(s.createdAt)},
                  {QStringLiteral("expiresAt"), isoTime(s.expiresAt)},
                  {QStringLiteral("status"), s.status.raw},
                  {QStringLiteral("snapshotType"), s.snapshotType.raw},
                  {QStringLiteral("frequencyType"), s.frequencyType.raw},
                  {QStringLiteral("policyItems"), QJsonArray::fromStringList(s.policyItems)},
                  {QStringLiteral("storageSizeBytes"), s.storageSizeBytes},
                  {QStringLiteral("mongodVersion"), s.mongodVersion},
                  {QStringLiteral("copyRegions"), QJsonArray::fromStringList(s.copyRegions)},
                  {QStringLiteral("type"), s.type}};
    putText(o, "masterKeyUUID", s.masterKeyUUID);
    putText(o, "description", s.description);
    putText(o, "replicaSetName", s.replicaSetName);
    putText(o, "cloudProvider", s.cloudProvider);
    putText(o, "configServerType", s.configServerType);
    if (!s.members.isEmpty()) {
        QJsonArray members;
        for (const SnapshotMember &m : s.members)
            members.append(QJsonObject{{QStringLiteral("id"), m.id},
                                       {QStringLiteral("cloudProvider"), m.cloudProvider},
                                       {QStringLiteral("replicaSetName"), m.replicaSetName}});
        o.insert(QStringLiteral("members"), members);
    }
    if (!s.snapshotIds.isEmpty()) o.insert(QStringLiteral("snapshotIds"), QJsonArray::fromStringList(s.snapshotIds));
    return o;
}

QJsonObject flexSnapshotJson(const FlexSnapshot &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("scheduledTime"), isoTime(s.scheduledTime)},
            {QStringLiteral("startTime"), isoTime(s.startTime)},
            {QStringLiteral("finishTime"), isoTime(s.finishTime)},
            {QStringLiteral("expiration"), isoTime(s.expiration)},
            {QStringLiteral("mongoDBVersion"), s.mongoDBVersion},
            {QStringLiteral("status"), s.status.raw}};
}

QByteArray listDocument(const QJsonArray &results)
{
    const QJsonObject doc{{QStringLiteral("results"), results}, {QStringLiteral("totalCount"), results.size()}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QString Table::render() const
{
    QList<int> widths;
    for (const QString &h : m_headers) widths.append(int(h.size()));
    for (const QStringList &row : m_rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row.at(i).size()));
    }
    auto line = [&](const QStringList &cells) -> QString {  // not a QStringBuilder over the local
        QString out;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            const bool last = i == widths.size() - 1;
            if (m_right.contains(i))
                out += cell.rightJustified(widths.at(i));
            else
                out += last ? cell : cell.leftJustified(widths.at(i));
            if (!last) out += QStringLiteral("  ");
        }
        while (out.endsWith(u' ')) out.chop(1);
        return out + u'\n';
    };
    QString out = line(m_headers);
    for (const QStringList &row : m_rows) out += line(row);
    return out;
}

namespace {
const char *stateWord(HealthState s)
{
    switch (s) {
    case HealthState::Unknown: return "unknown";
    case HealthState::Ok: return "ok";
    case HealthState::Warning: return "warning";
    case HealthState::Critical: return "critical";
    case HealthState::Unprotected: return "unprotected";
    }
    return "unknown";
}

const char *reasonWord(HealthReason r)
{
    switch (r) {
    case HealthReason::NeverSynced: return "never synced";
    case HealthReason::FreeTier: return "no cloud backup (M0)";
    case HealthReason::BackupOff: return "backup off";
    case HealthReason::NoCompletedSnapshot: return "no completed snapshot";
    case HealthReason::LatestFailed: return "latest snapshot failed";
    case HealthReason::LatestFallback: return "latest snapshot is a fallback";
    case HealthReason::Late: return "late";
    case HealthReason::LastRestoreFailed: return "last restore failed";
    case HealthReason::LastExportFailed: return "last export failed";
    }
    return "";
}
}  // namespace

QString healthCell(const BackupHealth &h)
{
    if (h.findings.isEmpty()) return QLatin1String(stateWord(h.state));
    const HealthFinding &worst = h.findings.first();
    QString reason = QLatin1String(reasonWord(worst.reason));
    if (worst.reason == HealthReason::Late) reason += QStringLiteral(" (") + duration(worst.ageSeconds) + u')';
    return QLatin1String(stateWord(h.state)) + QStringLiteral(": ") + reason;
}

QJsonObject healthJson(const BackupHealth &h)
{
    QJsonArray reasons;
    for (const HealthFinding &f : h.findings) reasons.append(QLatin1String(reasonWord(f.reason)));
    return {{QStringLiteral("state"), QLatin1String(stateWord(h.state))}, {QStringLiteral("reasons"), reasons}};
}

QString humanSize(qint64 bytes)
{
    const char *units[] = {"B", "KB", "MB", "GB", "TB", "PB"};
    double v = double(bytes);
    int u = 0;
    while (v >= 1000 && u < 5) {
        v /= 1000;
        ++u;
    }
    return u == 0 ? QStringLiteral("%1 B").arg(bytes)
                  : QStringLiteral("%1 %2").arg(v, 0, 'f', 1).arg(QLatin1String(units[u]));
}

QString shortTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString age(const QDateTime &t, const QDateTime &now)
{
    return duration(t.secsTo(now));
}

QString duration(qint64 seconds)
{
    const RoundedDuration d = roundedDuration(seconds);  // nearest unit, not down
    switch (d.unit) {
    case DurationUnit::Seconds: return QStringLiteral("%1 s").arg(d.value);
    case DurationUnit::Minutes: return QStringLiteral("%1 min").arg(d.value);
    case DurationUnit::Hours: return QStringLiteral("%1 h").arg(d.value);
    case DurationUnit::Days: return d.value == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(d.value);
    case DurationUnit::Months: break;
    }
    return d.value == 1 ? QStringLiteral("1 month") : QStringLiteral("%1 months").arg(d.value);
}

}  // namespace lifeboat::cli
