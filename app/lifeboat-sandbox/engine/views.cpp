#include "views.h"

#include "clock.h"
#include "domain/policy.h"
#include "state.h"

#include <QJsonArray>

namespace sandbox {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// The member hosts as Atlas names them: a replica set's three nodes, or for a sharded
// cluster the mongos routers (port 27016) on the first shard's hosts.
QStringList memberHosts(const QJsonObject &c)
{
    const bool sharded = str(c, "clusterType") == u"SHARDED";
    QStringList hosts;
    for (int i = 0; i < 3; ++i)
        hosts << QStringLiteral("%1-shard-00-%2.%3.mongodb.net:%4")
                     .arg(str(c, "name"), QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0')), str(c, "id").right(5))
                     .arg(sharded ? 27016 : 27017);
    return hosts;
}

QJsonObject connectionStrings(const QJsonObject &c)
{
    const bool sharded = str(c, "clusterType") == u"SHARDED";
    QString options = QStringLiteral("ssl=true&authSource=admin");
    if (!sharded) options += QStringLiteral("&replicaSet=%1-shard-0").arg(str(c, "replicaSetPrefix"));
    return QJsonObject{
        {QStringLiteral("standard"), QStringLiteral("mongodb://%1/?%2").arg(memberHosts(c).join(u','), options)},
        {QStringLiteral("standardSrv"),
         QStringLiteral("mongodb+srv://%1.%2.mongodb.net").arg(str(c, "name"), str(c, "id").right(5))}};
}

// Fields every version shares.
QJsonObject common(const QJsonObject &c)
{
    const bool sharded = str(c, "clusterType") == u"SHARDED";
    QJsonObject o{
        {QStringLiteral("id"), c.value(QLatin1String("id"))},
        {QStringLiteral("groupId"), c.value(QLatin1String("groupId"))},
        {QStringLiteral("name"), c.value(QLatin1String("name"))},
        {QStringLiteral("clusterType"), c.value(QLatin1String("clusterType"))},
        {QStringLiteral("backupEnabled"), c.value(QLatin1String("backupEnabled"))},
        {QStringLiteral("pitEnabled"), c.value(QLatin1String("pitEnabled"))},
        {QStringLiteral("encryptionAtRestProvider"), c.value(QLatin1String("encryptionAtRestProvider"))},
        {QStringLiteral("mongoDBMajorVersion"), c.value(QLatin1String("mongoDBMajorVersion"))},
        {QStringLiteral("mongoDBVersion"), c.value(QLatin1String("mongoDBVersion"))},
        {QStringLiteral("featureCompatibilityVersion"), c.value(QLatin1String("featureCompatibilityVersion"))},
        {QStringLiteral("createDate"), c.value(QLatin1String("createdAt"))},
        {QStringLiteral("paused"), c.value(QLatin1String("paused"))},
        {QStringLiteral("stateName"), c.value(QLatin1String("stateName"))},
        {QStringLiteral("terminationProtectionEnabled"), false},
        {QStringLiteral("versionReleaseSystem"), QStringLiteral("LTS")},
        {QStringLiteral("rootCertType"), QStringLiteral("ISRGROOTX1")},
        {QStringLiteral("diskWarmingMode"), QStringLiteral("FULLY_WARMED")},
        {QStringLiteral("globalClusterSelfManagedSharding"), false},
        {QStringLiteral("connectionStrings"), connectionStrings(c)},
        {QStringLiteral("labels"), QJsonArray()},
        {QStringLiteral("tags"), QJsonArray()}};
    if (c.contains(QLatin1String("featureCompatibilityVersionExpirationDate")))
        o.insert(QLatin1String("featureCompatibilityVersionExpirationDate"),
                 c.value(QLatin1String("featureCompatibilityVersionExpirationDate")));
    if (sharded) {
        o.insert(QLatin1String("configServerType"), c.value(QLatin1String("configServerType")));
        o.insert(QLatin1String("configServerManagementMode"), str(c, "configServerType") == u"DEDICATED"
                                                                  ? QStringLiteral("FIXED_TO_DEDICATED")
                                                                  : QStringLiteral("ATLAS_MANAGED"));
    }
    return o;
}

QJsonObject regionConfig(const QJsonObject &c, bool withDisk)
{
    const bool m0 = str(c, "instanceSize") == u"M0";
    QJsonObject specs{{QStringLiteral("instanceSize"), c.value(QLatin1String("instanceSize"))}};
    if (!m0) specs.insert(QLatin1String("nodeCount"), 3);
    if (withDisk && !m0) specs.insert(QLatin1String("diskSizeGB"), c.value(QLatin1String("diskSizeGB")).toDouble());
    QJsonObject rc{{QStringLiteral("providerName"), m0 ? QStringLiteral("TENANT") : str(c, "provider")},
                   {QStringLiteral("regionName"), c.value(QLatin1String("region"))},
                   {QStringLiteral("priority"), 7},
                   {QStringLiteral("electableSpecs"), specs}};
    if (m0)
        rc.insert(QLatin1String("backingProviderName"), c.value(QLatin1String("provider")));
    else
        rc.insert(QLatin1String("readOnlySpecs"),
                  QJsonObject{{QStringLiteral("instanceSize"), c.value(QLatin1String("instanceSize"))},
                              {QStringLiteral("nodeCount"), 0}});
    return rc;
}

QJsonObject render20240805(const QJsonObject &c)
{
    QJsonObject o = common(c);
    QJsonArray specs;
    const QJsonArray ids = c.value(QLatin1String("replicationSpecIds")).toArray();
    for (const auto &id : ids)
        specs.append(QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("zoneId"), c.value(QLatin1String("zoneId"))},
                                 {QStringLiteral("zoneName"), QStringLiteral("Zone 1")},
                                 {QStringLiteral("regionConfigs"), QJsonArray{regionConfig(c, true)}}});
    o.insert(QLatin1String("replicationSpecs"), specs);
    o.insert(QLatin1String("replicaSetScalingStrategy"), QStringLiteral("WORKLOAD_TYPE"));
    o.insert(QLatin1String("redactClientLogData"), false);
    return o;
}

QJsonObject render20230201(const QJsonObject &c)
{
    QJsonObject o = common(c);
    if (str(c, "instanceSize") != u"M0")
        o.insert(QLatin1String("diskSizeGB"), c.value(QLatin1String("diskSizeGB")).toDouble());
    const QJsonArray ids = c.value(QLatin1String("replicationSpecIds")).toArray();
    o.insert(QLatin1String("replicationSpecs"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), ids.isEmpty() ? QJsonValue(str(c, "id")) : ids.first()},
                                    {QStringLiteral("numShards"), qMax<qsizetype>(1, ids.size())},
                                    {QStringLiteral("zoneId"), c.value(QLatin1String("zoneId"))},
                                    {QStringLiteral("zoneName"), QStringLiteral("Zone 1")},
                                    {QStringLiteral("regionConfigs"), QJsonArray{regionConfig(c, false)}}}});
    o.insert(QLatin1String("replicaSetScalingStrategy"), QStringLiteral("WORKLOAD_TYPE"));
    return o;
}

QJsonObject render20230101(const QJsonObject &c)
{
    QJsonObject o = common(c);
    o.remove(QLatin1String("labels"));
    o.remove(QLatin1String("tags"));
    const bool m0 = str(c, "instanceSize") == u"M0";
    const int shards = c.value(QLatin1String("shards")).toInt(1);
    if (!m0) o.insert(QLatin1String("diskSizeGB"), c.value(QLatin1String("diskSizeGB")).toDouble());
    o.insert(QLatin1String("numShards"), shards);
    o.insert(QLatin1String("replicationFactor"), 3);
    o.insert(QLatin1String("providerBackupEnabled"), c.value(QLatin1String("backupEnabled")));
    QJsonObject settings{{QStringLiteral("providerName"), m0 ? QStringLiteral("TENANT") : str(c, "provider")},
                         {QStringLiteral("instanceSizeName"), c.value(QLatin1String("instanceSize"))},
                         {QStringLiteral("regionName"), c.value(QLatin1String("region"))}};
    if (m0) settings.insert(QLatin1String("backingProviderName"), c.value(QLatin1String("provider")));
    o.insert(QLatin1String("providerSettings"), settings);
    const QJsonObject region{{QStringLiteral("electableNodes"), m0 ? 3 : 3},
                             {QStringLiteral("priority"), 7},
                             {QStringLiteral("readOnlyNodes"), 0},
                             {QStringLiteral("analyticsNodes"), 0}};
    const QJsonArray ids = c.value(QLatin1String("replicationSpecIds")).toArray();
    o.insert(QLatin1String("replicationSpecs"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), ids.isEmpty() ? QJsonValue(str(c, "id")) : ids.first()},
                                    {QStringLiteral("numShards"), shards},
                                    {QStringLiteral("zoneName"), QStringLiteral("Zone 1")},
                                    {QStringLiteral("regionsConfig"), QJsonObject{{str(c, "region"), region}}}}});
    const QJsonObject cs = connectionStrings(c);
    o.insert(QLatin1String("mongoURI"),
             QString(QStringLiteral("mongodb://") + memberHosts(c).join(u',')));  // options are in mongoURIWithOptions
    o.insert(QLatin1String("srvAddress"), cs.value(QLatin1String("standardSrv")));
    return o;
}

}  // namespace

QJsonObject renderCluster(const Record &cluster, const QString &version)
{
    if (version == u"2023-01-01") return render20230101(cluster.body);
    if (version == u"2023-02-01") return render20230201(cluster.body);
    return render20240805(cluster.body);
}

QJsonObject renderSchedule(const Record &cluster, const QString &version, const QDateTime &now)
{
    const QJsonObject &c = cluster.body;
    QJsonObject s = c.value(QLatin1String("schedule")).toObject();
    s.insert(QLatin1String("clusterId"), c.value(QLatin1String("id")));
    s.insert(QLatin1String("clusterName"), c.value(QLatin1String("name")));
    QList<lifeboat::domain::PolicyItem> items;
    for (const auto &p : s.value(QLatin1String("policies")).toArray())
        for (const auto &i : p.toObject().value(QLatin1String("policyItems")).toArray()) {
            const QJsonObject o = i.toObject();
            items.append({str(o, "id"), lifeboat::domain::frequencyFromName(str(o, "frequencyType")),
                          o.value(QLatin1String("frequencyInterval")).toInt(),
                          lifeboat::domain::retentionUnitFromName(str(o, "retentionUnit")),
                          o.value(QLatin1String("retentionValue")).toInt()});
        }
    if (c.value(QLatin1String("backupEnabled")).toBool()) {
        const auto next =
            lifeboat::domain::nextSnapshotTime(items, now, s.value(QLatin1String("referenceHourOfDay")).toInt(),
                                               s.value(QLatin1String("referenceMinuteOfHour")).toInt());
        if (next) s.insert(QLatin1String("nextSnapshot"), isoTime(*next));
    }
    s.insert(QLatin1String("copyPolicyItemsEnabled"), s.value(QLatin1String("copyPolicyItemsEnabled")).toBool());
    if (version != u"2023-01-01")
        s.insert(QLatin1String("autoCopySettingsEnabled"), s.value(QLatin1String("autoCopySettingsEnabled")).toBool());
    else
        s.remove(QLatin1String("autoCopySettingsEnabled"));  // not a field of the old shape
    QJsonArray copies;
    for (const auto &v : s.value(QLatin1String("copySettings")).toArray()) {
        QJsonObject cs = v.toObject();
        if (version == u"2023-01-01")
            cs.remove(QLatin1String("zoneId"));  // the old shape names the replication spec
        else
            cs.remove(QLatin1String("replicationSpecId"));
        copies.append(cs);
    }
    s.insert(QLatin1String("copySettings"), copies);
    s.insert(QLatin1String("extraRetentionSettings"), s.value(QLatin1String("extraRetentionSettings")).toArray());
    return s;
}

}  // namespace sandbox
