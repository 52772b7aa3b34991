#include "atlas/mapping.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace lifeboat::atlas::mapping {

namespace {

QJsonValue field(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key);
}

QJsonObject object(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isObject() ? v.toObject() : QJsonObject();
}

QJsonArray array(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isArray() ? v.toArray() : QJsonArray();
}

QString upper(const QString &s)
{
    return s.trimmed().toUpper();
}

}  // namespace

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error) *error = QStringLiteral("malformed JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error) *error = QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

std::optional<Page> parsePage(const QByteArray &body, QString *error)
{
    const auto obj = parseObject(body, error);
    if (!obj) return std::nullopt;
    const QJsonValue results = obj->value(QLatin1String("results"));
    Page page;
    if (results.isArray()) {
        page.results = results.toArray();
    } else if (!results.isNull()) {  // missing or another type: not a page at all
        if (error) *error = QStringLiteral("expected a paginated list with a \"results\" array");
        return std::nullopt;
    }
    page.totalCount = optionalInteger(*obj, QLatin1String("totalCount"));
    return page;
}

QString text(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = field(o, key);
    if (v.isString()) return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d);
    }
    if (v.isBool()) return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString();
}

std::optional<qint64> optionalInteger(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = field(o, key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::abs(d) < 9.0e18) return qint64(d);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok) return n;
    }
    return std::nullopt;
}

qint64 integer(const QJsonObject &o, QLatin1StringView key, qint64 fallback)
{
    return optionalInteger(o, key).value_or(fallback);
}

double number(const QJsonObject &o, QLatin1StringView key, double fallback)
{
    const QJsonValue v = field(o, key);
    if (v.isDouble()) return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok) return d;
    }
    return fallback;
}

bool boolean(const QJsonObject &o, QLatin1StringView key, bool fallback)
{
    const QJsonValue v = field(o, key);
    if (v.isBool()) return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == u"true") return true;
        if (s == u"false") return false;
    }
    if (v.isDouble()) return v.toDouble() != 0;
    return fallback;
}

QDateTime dateTime(const QJsonValue &v)
{
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid()) t = QDateTime::fromString(s, Qt::ISODate);
        if (!t.isValid()) return QDateTime();
        if (t.timeSpec() == Qt::LocalTime) t.setTimeSpec(Qt::UTC);  // no offset given: Atlas means UTC
        return t.toUTC();
    }
    if (v.isDouble()) {  // epoch seconds or milliseconds, seen in older answers
        const double d = v.toDouble();
        if (!std::isfinite(d) || d <= 0) return QDateTime();
        return d < 1e11 ? QDateTime::fromSecsSinceEpoch(qint64(d), Qt::UTC)
                        : QDateTime::fromMSecsSinceEpoch(qint64(d), Qt::UTC);
    }
    return QDateTime();
}

QStringList textList(const QJsonObject &o, QLatin1StringView key)
{
    QStringList out;
    for (const QJsonValue &v : array(o, key)) {
        if (v.isString()) out.append(v.toString());
    }
    return out;
}

Organization organization(const QJsonObject &o)
{
    Organization org;
    org.id = text(o, QLatin1String("id"));
    org.name = text(o, QLatin1String("name"));
    org.isDeleted = boolean(o, QLatin1String("isDeleted"));
    return org;
}

Project project(const QJsonObject &o)
{
    Project p;
    p.id = text(o, QLatin1String("id"));
    p.orgId = text(o, QLatin1String("orgId"));
    p.name = text(o, QLatin1String("name"));
    p.clusterCount = integer(o, QLatin1String("clusterCount"));
    p.created = dateTime(o.value(QLatin1String("created")));
    return p;
}

ExportBucket exportBucket(const QJsonObject &o)
{
    ExportBucket b;
    b.id = text(o, QLatin1String("_id"));
    b.bucketName = text(o, QLatin1String("bucketName"));
    b.cloudProvider = text(o, QLatin1String("cloudProvider"));
    return b;
}

Cluster cluster(const QJsonObject &o)
{
    Cluster c;
    c.id = text(o, QLatin1String("id"));
    c.groupId = text(o, QLatin1String("groupId"));
    c.name = text(o, QLatin1String("name"));
    c.clusterType = parseClusterType(text(o, QLatin1String("clusterType")));
    c.mongoDBVersion = text(o, QLatin1String("mongoDBVersion"));
    c.mongoDBMajorVersion = text(o, QLatin1String("mongoDBMajorVersion"));
    c.featureCompatibilityVersion = text(o, QLatin1String("featureCompatibilityVersion"));
    c.featureCompatibilityVersionExpirationDate =
        dateTime(o.value(QLatin1String("featureCompatibilityVersionExpirationDate")));
    c.backupEnabled = boolean(o, QLatin1String("backupEnabled"));
    c.pitEnabled = boolean(o, QLatin1String("pitEnabled"));
    c.encryptionAtRestProvider = upper(text(o, QLatin1String("encryptionAtRestProvider")));
    c.stateName = parseClusterState(text(o, QLatin1String("stateName")));
    c.configServerType = upper(text(o, QLatin1String("configServerType")));
    c.paused = boolean(o, QLatin1String("paused"));
    c.createDate = dateTime(o.value(QLatin1String("createDate")));
    c.standardSrv = text(object(o, QLatin1String("connectionStrings")), QLatin1String("standardSrv"));

    const QJsonArray specs = array(o, QLatin1String("replicationSpecs"));
    c.shardCount = int(specs.size());
    for (const QJsonValue &sv : specs) {
        const QString zone = text(sv.toObject(), QLatin1String("zoneId"));
        if (!zone.isEmpty() && !c.zoneIds.contains(zone)) c.zoneIds.append(zone);
    }
    // Provider, region and tier come from the highest-priority region of the first shard.
    if (!specs.isEmpty() && specs.first().isObject()) {
        QJsonObject best;
        qint64 bestPriority = -1;
        for (const QJsonValue &rv : array(specs.first().toObject(), QLatin1String("regionConfigs"))) {
            if (!rv.isObject()) continue;
            const QJsonObject r = rv.toObject();
            const qint64 prio = integer(r, QLatin1String("priority"), 0);
            if (prio > bestPriority) {
                bestPriority = prio;
                best = r;
            }
        }
        c.providerName = upper(text(best, QLatin1String("providerName")));
        c.backingProviderName = upper(text(best, QLatin1String("backingProviderName")));
        c.regionName = text(best, QLatin1String("regionName"));
        c.instanceSize = upper(text(object(best, QLatin1String("electableSpecs")), QLatin1String("instanceSize")));
        if (c.instanceSize.isEmpty())
            c.instanceSize =
                upper(text(object(best, QLatin1String("effectiveElectableSpecs")), QLatin1String("instanceSize")));
    }
    return c;
}

FlexCluster flexCluster(const QJsonObject &o)
{
    FlexCluster f;
    f.id = text(o, QLatin1String("id"));
    f.groupId = text(o, QLatin1String("groupId"));
    f.name = text(o, QLatin1String("name"));
    f.mongoDBVersion = text(o, QLatin1String("mongoDBVersion"));
    f.stateName = parseClusterState(text(o, QLatin1String("stateName")));
    const QJsonObject provider = object(o, QLatin1String("providerSettings"));
    f.backingProviderName = upper(text(provider, QLatin1String("backingProviderName")));
    f.regionName = text(provider, QLatin1String("regionName"));
    f.diskSizeGB = number(provider, QLatin1String("diskSizeGB"));
    f.backupEnabled = boolean(object(o, QLatin1String("backupSettings")), QLatin1String("enabled"), true);
    f.terminationProtectionEnabled = boolean(o, QLatin1String("terminationProtectionEnabled"));
    f.createDate = dateTime(o.value(QLatin1String("createDate")));
    return f;
}

Snapshot snapshot(const QJsonObject &o, const QString &groupId, const QString &clusterName)
{
    Snapshot s;
    s.id = text(o, QLatin1String("id"));
    s.groupId = groupId;
    s.clusterName = clusterName;
    s.createdAt = dateTime(o.value(QLatin1String("createdAt")));
    s.expiresAt = dateTime(o.value(QLatin1String("expiresAt")));
    s.status = parseSnapshotStatus(text(o, QLatin1String("status")));
    s.snapshotType = parseSnapshotType(text(o, QLatin1String("snapshotType")));
    s.frequencyType = parseFrequency(text(o, QLatin1String("frequencyType")));
    s.policyItems = textList(o, QLatin1String("policyItems"));
    s.storageSizeBytes = integer(o, QLatin1String("storageSizeBytes"));
    s.mongodVersion = text(o, QLatin1String("mongodVersion"));
    s.masterKeyUUID = text(o, QLatin1String("masterKeyUUID"));
    s.copyRegions = textList(o, QLatin1String("copyRegions"));
    s.description = text(o, QLatin1String("description"));
    s.replicaSetName = text(o, QLatin1String("replicaSetName"));
    s.type = text(o, QLatin1String("type"));
    s.cloudProvider = upper(text(o, QLatin1String("cloudProvider")));
    s.configServerType = upper(text(o, QLatin1String("configServerType")));
    s.snapshotIds = textList(o, QLatin1String("snapshotIds"));
    for (const QJsonValue &mv : array(o, QLatin1String("members"))) {
        if (!mv.isObject()) continue;
        const QJsonObject m = mv.toObject();
        s.members.append({text(m, QLatin1String("id")), upper(text(m, QLatin1String("cloudProvider"))),
                          text(m, QLatin1String("replicaSetName"))});
    }
    return s;
}

FlexSnapshot flexSnapshot(const QJsonObject &o, const QString &groupId, const QString &clusterName)
{
    FlexSnapshot s;
    s.id = text(o, QLatin1String("id"));
    s.groupId = groupId;
    s.clusterName = clusterName;
    s.scheduledTime = dateTime(o.value(QLatin1String("scheduledTime")));
    s.startTime = dateTime(o.value(QLatin1String("startTime")));
    s.finishTime = dateTime(o.value(QLatin1String("finishTime")));
    s.expiration = dateTime(o.value(QLatin1String("expiration")));
    s.mongoDBVersion = text(o, QLatin1String("mongoDBVersion"));
    s.status = parseFlexJobStatus(text(o, QLatin1String("status")));
    return s;
}

PolicyItem policyItem(const QJsonObject &o)
{
    PolicyItem item;
    item.id = text(o, QLatin1String("id"));
    item.frequency = parseFrequency(text(o, QLatin1String("frequencyType"))).value;
    item.interval = int(integer(o, QLatin1String("frequencyInterval")));
    item.unit = parseRetentionUnit(text(o, QLatin1String("retentionUnit"))).value;
    item.value = int(integer(o, QLatin1String("retentionValue")));
    return item;
}

BackupSchedule schedule(const QJsonObject &o, const QString &groupId)
{
    BackupSchedule s;
    s.groupId = groupId;
    s.clusterId = text(o, QLatin1String("clusterId"));
    s.clusterName = text(o, QLatin1String("clusterName"));
    s.referenceHourOfDay = int(integer(o, QLatin1String("referenceHourOfDay")));
    s.referenceMinuteOfHour = int(integer(o, QLatin1String("referenceMinuteOfHour")));
    s.restoreWindowDays = int(integer(o, QLatin1String("restoreWindowDays")));
    s.nextSnapshot = dateTime(o.value(QLatin1String("nextSnapshot")));
    s.autoExportEnabled = boolean(o, QLatin1String("autoExportEnabled"));
    const QJsonObject exp = o.value(QLatin1String("export")).toObject();
    s.exportPolicy.exportBucketId = text(exp, QLatin1String("exportBucketId"));
    s.exportPolicy.frequencyType = text(exp, QLatin1String("frequencyType")).toLower();
    s.useOrgAndGroupNamesInExportPrefix = boolean(o, QLatin1String("useOrgAndGroupNamesInExportPrefix"));
    for (const QJsonValue &ev : array(o, QLatin1String("extraRetentionSettings"))) {
        const QJsonObject e = ev.toObject();
        s.extraRetention.append({parseFrequency(text(e, QLatin1String("frequencyType"))).value,
                                 int(integer(e, QLatin1String("retentionDays")))});
    }
    for (const QJsonValue &pv : array(o, QLatin1String("policies"))) {
        if (!pv.isObject()) continue;
        const QJsonObject p = pv.toObject();
        SchedulePolicy policy;
        policy.id = text(p, QLatin1String("id"));
        policy.policyItems = mapArray<PolicyItem>(array(p, QLatin1String("policyItems")), policyItem);
        s.policies.append(policy);
    }
    for (const QJsonValue &cv : array(o, QLatin1String("copySettings"))) {
        if (!cv.isObject()) continue;
        const QJsonObject c = cv.toObject();
        CopySetting copy;
        copy.cloudProvider = upper(text(c, QLatin1String("cloudProvider")));
        copy.regionName = text(c, QLatin1String("regionName"));
        copy.zoneId = text(c, QLatin1String("zoneId"));
        copy.frequencies = textList(c, QLatin1String("frequencies"));
        copy.shouldCopyOplogs = boolean(c, QLatin1String("shouldCopyOplogs"));
        s.copySettings.append(copy);
    }
    return s;
}

CompliancePolicy compliancePolicy(const QJsonObject &o, const QString &groupId)
{
    CompliancePolicy p;
    p.projectId = text(o, QLatin1String("projectId"));
    if (p.projectId.isEmpty()) p.projectId = groupId;
    p.authorizedEmail = text(o, QLatin1String("authorizedEmail"));
    p.authorizedUserFirstName = text(o, QLatin1String("authorizedUserFirstName"));
    p.authorizedUserLastName = text(o, QLatin1String("authorizedUserLastName"));
    p.copyProtectionEnabled = boolean(o, QLatin1String("copyProtectionEnabled"));
    p.encryptionAtRestEnabled = boolean(o, QLatin1String("encryptionAtRestEnabled"));
    p.pitEnabled = boolean(o, QLatin1String("pitEnabled"));
    p.deletable = boolean(o, QLatin1String("deletable"));
    p.restoreWindowDays = int(integer(o, QLatin1String("restoreWindowDays")));
    const QJsonValue onDemand = o.value(QLatin1String("onDemandPolicyItem"));
    if (onDemand.isObject()) p.onDemandPolicyItem = policyItem(onDemand.toObject());
    p.scheduledPolicyItems = mapArray<PolicyItem>(array(o, QLatin1String("scheduledPolicyItems")), policyItem);
    p.state = parseComplianceState(text(o, QLatin1String("state")));
    p.updatedDate = dateTime(o.value(QLatin1String("updatedDate")));
    p.updatedUser = text(o, QLatin1String("updatedUser"));
    return p;
}

RestoreJob restoreJob(const QJsonObject &o, const QString &groupId, const QString &clusterName)
{
    RestoreJob j;
    j.id = text(o, QLatin1String("id"));
    j.groupId = groupId;
    j.clusterName = clusterName;
    j.snapshotId = text(o, QLatin1String("snapshotId"));
    j.deliveryType = parseDeliveryType(text(o, QLatin1String("deliveryType")));
    j.targetClusterName = text(o, QLatin1String("targetClusterName"));
    j.targetGroupId = text(o, QLatin1String("targetGroupId"));
    j.cancelled = boolean(o, QLatin1String("cancelled"));
    j.expired = boolean(o, QLatin1String("expired"));
    j.failed = boolean(o, QLatin1String("failed"));
    j.expiresAt = dateTime(o.value(QLatin1String("expiresAt")));
    j.finishedAt = dateTime(o.value(QLatin1String("finishedAt")));
    j.timestamp = dateTime(o.value(QLatin1String("timestamp")));
    j.pointInTimeUTCSeconds = optionalInteger(o, QLatin1String("pointInTimeUTCSeconds"));
    j.oplogTs = optionalInteger(o, QLatin1String("oplogTs"));
    j.oplogInc = optionalInteger(o, QLatin1String("oplogInc"));
    for (const QJsonValue &cv : array(o, QLatin1String("components"))) {
        if (cv.isObject()) j.componentReplicaSets.append(text(cv.toObject(), QLatin1String("replicaSetName")));
    }
    return j;
}

FlexRestoreJob flexRestoreJob(const QJsonObject &o, const QString &groupId, const QString &clusterName)
{
    FlexRestoreJob j;
    j.id = text(o, QLatin1String("id"));
    j.groupId = groupId;
    j.clusterName = clusterName;
    j.snapshotId = text(o, QLatin1String("snapshotId"));
    j.targetDeploymentItemName = text(o, QLatin1String("targetDeploymentItemName"));
    j.targetProjectId = text(o, QLatin1String("targetProjectId"));
    j.status = parseFlexJobStatus(text(o, QLatin1String("status")));
    j.deliveryType = upper(text(o, QLatin1String("deliveryType")));
    j.restoreScheduledDate = dateTime(o.value(QLatin1String("restoreScheduledDate")));
    j.restoreFinishedDate = dateTime(o.value(QLatin1String("restoreFinishedDate")));
    j.expirationDate = dateTime(o.value(QLatin1String("expirationDate")));
    j.snapshotFinishedDate = dateTime(o.value(QLatin1String("snapshotFinishedDate")));
    return j;
}

CollectionRestoreJob collectionRestoreJob(const QJsonObject &o, const QString &groupId, const QString &clusterName)
{
    CollectionRestoreJob j;
    j.id = text(o, QLatin1String("id"));
    j.groupId = groupId;
    j.clusterName = clusterName;
    j.snapshotId = text(o, QLatin1String("snapshotId"));
    j.targetGroupId = text(o, QLatin1String("targetGroupId"));
    j.targetClusterName = text(o, QLatin1String("targetClusterName"));
    j.state = parseCollectionRestoreState(text(o, QLatin1String("state")));
    j.pointInTimeUTCSeconds = optionalInteger(o, QLatin1String("pointInTimeUtcSeconds"));
    j.oplogTs = optionalInteger(o, QLatin1String("oplogTs"));
    j.oplogInc = optionalInteger(o, QLatin1String("oplogInc"));
    j.createdAt = dateTime(o.value(QLatin1String("createdAt")));
    j.finishedAt = dateTime(o.value(QLatin1String("finishedAt")));
    j.errorMessage = text(o, QLatin1String("errorMessage"));
    j.restoredDocuments = integer(o, QLatin1String("restoredDocuments"));
    j.totalDocuments = integer(o, QLatin1String("totalDocuments"));
    j.writeStrategy = upper(text(o, QLatin1String("writeStrategy")));
    j.indexStrategy = upper(text(o, QLatin1String("indexStrategy")));
    return j;
}

CollectionRestoreNamespaceState collectionRestoreNamespaceState(const QJsonObject &o)
{
    CollectionRestoreNamespaceState s;
    s.sourceNamespace = text(o, QLatin1String("sourceNamespace"));
    s.targetNamespace = text(o, QLatin1String("targetNamespace"));
    s.effectiveTargetNamespace = text(o, QLatin1String("effectiveTargetNamespace"));
    s.state = upper(text(o, QLatin1String("state")));
    s.restoredDocuments = integer(o, QLatin1String("restoredDocuments"));
    s.totalDocuments = integer(o, QLatin1String("totalDocuments"));
    const QJsonObject index = object(o, QLatin1String("indexStatus"));
    s.indexState = upper(text(index, QLatin1String("state")));
    s.indexErrorMessage = text(index, QLatin1String("errorMessage"));
    return s;
}

DownloadLinks downloadLinks(const QJsonObject &o)
{
    DownloadLinks links;
    auto add = [](QStringList &to, const QString &url) {
        if (!url.isEmpty() && !to.contains(url)) to.append(url);
    };
    auto addPrivate = [&](const QJsonObject &holder) {
        for (const QJsonValue &pv : array(holder, QLatin1String("privateDownloadDeliveryUrls")))
            if (pv.isObject()) add(links.privateUrls, text(pv.toObject(), QLatin1String("deliveryUrl")));
    };
    for (const QString &u : textList(o, QLatin1String("deliveryUrl"))) add(links.urls, u);
    addPrivate(o);
    for (const QJsonValue &cv : array(o, QLatin1String("components"))) {
        if (!cv.isObject()) continue;
        add(links.urls, text(cv.toObject(), QLatin1String("downloadUrl")));
        addPrivate(cv.toObject());
    }
    return links;
}

}  // namespace lifeboat::atlas::mapping

namespace lifeboat::atlas::mapping {

QString deliveryTypeName(DeliveryType type)
{
    switch (type) {
    case DeliveryType::Automated: return QStringLiteral("automated");
    case DeliveryType::Download: return QStringLiteral("download");
    case DeliveryType::PointInTime: return QStringLiteral("pointInTime");
    case DeliveryType::Unknown: break;
    }
    return QString();
}

QByteArray compact(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject toJson(const OnDemandSnapshotRequest &request)
{
    QJsonObject o;
    o.insert(QLatin1String("description"), request.description);
    o.insert(QLatin1String("retentionInDays"), request.retentionDays);
    return o;
}

QJsonObject toJson(const PolicyItem &item)
{
    QJsonObject o;
    if (!item.id.isEmpty()) o.insert(QLatin1String("id"), item.id);
    o.insert(QLatin1String("frequencyType"), frequencyName(item.frequency));
    o.insert(QLatin1String("frequencyInterval"), item.interval);
    o.insert(QLatin1String("retentionUnit"), retentionUnitName(item.unit));
    o.insert(QLatin1String("retentionValue"), item.value);
    return o;
}

QJsonObject toJson(const ScheduleUpdate &update)
{
    const BackupSchedule &s = update.schedule;
    QJsonObject o;
    o.insert(QLatin1String("referenceHourOfDay"), s.referenceHourOfDay);
    o.insert(QLatin1String("referenceMinuteOfHour"), s.referenceMinuteOfHour);
    o.insert(QLatin1String("restoreWindowDays"), s.restoreWindowDays);
    o.insert(QLatin1String("autoExportEnabled"), s.autoExportEnabled);
    o.insert(QLatin1String("updateSnapshots"), update.updateSnapshots);
    QJsonArray policies;
    for (const SchedulePolicy &p : s.policies) {
        QJsonObject policy;
        if (!p.id.isEmpty()) policy.insert(QLatin1String("id"), p.id);
        QJsonArray items;
        for (const PolicyItem &i : p.policyItems) items.append(toJson(i));
        policy.insert(QLatin1String("policyItems"), items);
        policies.append(policy);
    }
    o.insert(QLatin1String("policies"), policies);
    QJsonArray copies;
    for (const CopySetting &c : s.copySettings) {
        QJsonObject copy;
        copy.insert(QLatin1String("cloudProvider"), c.cloudProvider);
        copy.insert(QLatin1String("regionName"), c.regionName);
        if (!c.zoneId.isEmpty()) copy.insert(QLatin1String("zoneId"), c.zoneId);
        copy.insert(QLatin1String("frequencies"), QJsonArray::fromStringList(c.frequencies));
        copy.insert(QLatin1String("shouldCopyOplogs"), c.shouldCopyOplogs);
        copies.append(copy);
    }
    o.insert(QLatin1String("copySettings"), copies);
    if (s.autoExportEnabled)
        o.insert(QLatin1String("export"), QJsonObject{{QLatin1String("exportBucketId"), s.exportPolicy.exportBucketId},
                                                      {QLatin1String("frequencyType"), s.exportPolicy.frequencyType}});
    o.insert(QLatin1String("useOrgAndGroupNamesInExportPrefix"), s.useOrgAndGroupNamesInExportPrefix);
    QJsonArray extra;
    for (const ExtraRetention &e : s.extraRetention)
        extra.append(QJsonObject{{QLatin1String("frequencyType"), frequencyName(e.frequency)},
                                 {QLatin1String("retentionDays"), e.retentionDays}});
    o.insert(QLatin1String("extraRetentionSettings"), extra);
    if (!update.deleteCopiedBackups.isEmpty()) {
        QJsonArray gone;
        for (const CopySetting &c : update.deleteCopiedBackups) {
            QJsonObject d{{QLatin1String("cloudProvider"), c.cloudProvider},
                          {QLatin1String("regionName"), c.regionName}};
            if (!c.zoneId.isEmpty()) d.insert(QLatin1String("zoneId"), c.zoneId);
            gone.append(d);
        }
        o.insert(QLatin1String("deleteCopiedBackups"), gone);
    }
    return o;
}

QJsonObject toJson(const ComplianceUpdate &update)
{
    const CompliancePolicy &p = update.policy;
    QJsonObject o;
    o.insert(QLatin1String("projectId"), p.projectId);
    o.insert(QLatin1String("authorizedEmail"), p.authorizedEmail.trimmed());
    o.insert(QLatin1String("authorizedUserFirstName"), p.authorizedUserFirstName.trimmed());
    o.insert(QLatin1String("authorizedUserLastName"), p.authorizedUserLastName.trimmed());
    o.insert(QLatin1String("copyProtectionEnabled"), p.copyProtectionEnabled);
    o.insert(QLatin1String("encryptionAtRestEnabled"), p.encryptionAtRestEnabled);
    o.insert(QLatin1String("pitEnabled"), p.pitEnabled);
    if (p.pitEnabled) o.insert(QLatin1String("restoreWindowDays"), p.restoreWindowDays);
    // Left out when unused: an empty on-demand item is refused (AKO PR #2331).
    if (p.onDemandPolicyItem) {
        PolicyItem d = *p.onDemandPolicyItem;
        d.id.clear();  // read-only
        d.frequency = Frequency::OnDemand;
        d.interval = 0;
        o.insert(QLatin1String("onDemandPolicyItem"), toJson(d));
    }
    QJsonArray items;
    for (PolicyItem i : p.scheduledPolicyItems) {
        i.id.clear();  // read-only in BackupComplianceScheduledPolicyItem
        items.append(toJson(i));
    }
    o.insert(QLatin1String("scheduledPolicyItems"), items);
    return o;
}

QJsonObject toJson(const RestoreRequest &request)
{
    QJsonObject o;
    o.insert(QLatin1String("deliveryType"), deliveryTypeName(request.deliveryType));
    if (!request.snapshotId.isEmpty()) o.insert(QLatin1String("snapshotId"), request.snapshotId);
    if (request.deliveryType != DeliveryType::Download) {
        o.insert(QLatin1String("targetClusterName"), request.targetClusterName);
        o.insert(QLatin1String("targetGroupId"), request.targetGroupId);
    }
    // One form of a point in time, never both (the contract and Atlas refuse both): a
    // date-time wins; an oplog timestamp goes only as the pair.
    if (request.pointInTimeUTCSeconds) {
        o.insert(QLatin1String("pointInTimeUTCSeconds"), qint64(*request.pointInTimeUTCSeconds));
    } else if (request.oplogTs && request.oplogInc) {
        o.insert(QLatin1String("oplogTs"), qint64(*request.oplogTs));
        o.insert(QLatin1String("oplogInc"), qint64(*request.oplogInc));
    }
    return o;
}

namespace {
QJsonArray namespaces(const QList<RestoreNamespace> &list)
{
    QJsonArray out;
    for (const RestoreNamespace &n : list) {
        QJsonObject o;
        o.insert(QLatin1String("sourceNamespace"), n.sourceNamespace);
        if (!n.targetNamespace.isEmpty()) o.insert(QLatin1String("targetNamespace"), n.targetNamespace);
        out.append(o);
    }
    return out;
}
}  // namespace

QJsonObject toJson(const CollectionRestoreRequest &request)
{
    QJsonObject o;
    // A snapshot or a point in time, and of a point in time one form: never both (the
    // contract's oneOf). A snapshot wins over a point in time; a date-time over an oplog
    // timestamp. The domain refuses a plan that names both before it gets here.
    if (!request.snapshotId.isEmpty()) {
        o.insert(QLatin1String("snapshotId"), request.snapshotId);
    } else if (request.pointInTimeUtcSeconds) {
        o.insert(QLatin1String("pointInTimeUtcSeconds"), qint64(*request.pointInTimeUtcSeconds));
    } else if (request.oplogTs && request.oplogInc) {
        o.insert(QLatin1String("oplogTs"), qint64(*request.oplogTs));
        o.insert(QLatin1String("oplogInc"), qint64(*request.oplogInc));
    }
    o.insert(QLatin1String("targetClusterName"), request.targetClusterName);
    o.insert(QLatin1String("targetGroupId"), request.targetGroupId);
    o.insert(QLatin1String("writeStrategy"), request.writeStrategy);
    o.insert(QLatin1String("indexStrategy"), request.indexStrategy);
    if (!request.databases.isEmpty()) o.insert(QLatin1String("databases"), namespaces(request.databases));
    if (!request.collections.isEmpty()) o.insert(QLatin1String("collections"), namespaces(request.collections));
    if (!request.databaseSuffix.isEmpty()) o.insert(QLatin1String("databaseSuffix"), request.databaseSuffix);
    if (!request.collectionSuffix.isEmpty()) o.insert(QLatin1String("collectionSuffix"), request.collectionSuffix);
    return o;
}

QJsonObject toJson(const FlexRestoreRequest &request)
{
    QJsonObject o;
    o.insert(QLatin1String("snapshotId"), request.snapshotId);
    o.insert(QLatin1String("targetDeploymentItemName"), request.targetDeploymentItemName);
    if (!request.targetProjectId.isEmpty()) o.insert(QLatin1String("targetProjectId"), request.targetProjectId);
    return o;
}

}  // namespace lifeboat::atlas::mapping
