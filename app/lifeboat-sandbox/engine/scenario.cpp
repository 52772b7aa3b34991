#include "scenario.h"

#include "clock.h"
#include "simulator.h"
#include "state.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace sandbox {

QByteArray demoScenario()
{
    QFile f(QStringLiteral(":/sandbox/scenarios/demo.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

namespace {

struct ScenarioError {
    QString message;
};

[[noreturn]] void fail(const QString &message)
{
    throw ScenarioError{message};
}

QString requireString(const QJsonObject &o, const char *key, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        fail(QStringLiteral("%1: \"%2\" must be a non-empty string").arg(where, QLatin1String(key)));
    return v.toString();
}

QString optString(const QJsonObject &o, const char *key, const QString &fallback, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) return fallback;
    if (!v.isString()) fail(QStringLiteral("%1: \"%2\" must be a string").arg(where, QLatin1String(key)));
    return v.toString();
}

int optInt(const QJsonObject &o, const char *key, int fallback, int min, int max, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) return fallback;
    if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < min || v.toInt() > max)
        fail(QStringLiteral("%1: \"%2\" must be a whole number from %3 to %4")
                 .arg(where, QLatin1String(key))
                 .arg(min)
                 .arg(max));
    return v.toInt();
}

bool optBool(const QJsonObject &o, const char *key, bool fallback, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) return fallback;
    if (!v.isBool()) fail(QStringLiteral("%1: \"%2\" must be true or false").arg(where, QLatin1String(key)));
    return v.toBool();
}

QJsonArray optArray(const QJsonObject &o, const char *key, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) return {};
    if (!v.isArray()) fail(QStringLiteral("%1: \"%2\" must be a list").arg(where, QLatin1String(key)));
    return v.toArray();
}

QJsonObject asObject(const QJsonValue &v, const QString &where)
{
    if (!v.isObject()) fail(QStringLiteral("%1 must be an object").arg(where));
    return v.toObject();
}

// Organization and project names as the contract allows them.
void requireAtlasName(const QString &name, const QString &where)
{
    static const QRegularExpression re(QStringLiteral("^[\\p{L}\\p{N}\\-_.(),:&@+']{1,64}$"));
    if (!re.match(name).hasMatch())
        fail(QStringLiteral("%1: \"%2\" is not a valid name (letters, digits and -_.(),:&@+' only, at most 64)")
                 .arg(where, name));
}

void requireOneOf(const QString &value, const QStringList &allowed, const QString &where)
{
    if (!allowed.contains(value))
        fail(QStringLiteral("%1: \"%2\" is not one of %3").arg(where, value, allowed.join(QLatin1String(", "))));
}

// Any MongoDB version MAJOR.MINOR.PATCH (MAJOR.MINOR is taken too), past or future: a scenario
// may rehearse a 3.6 cluster or a 12.1 one.
QString requireVersion(const QString &version, const QString &where)
{
    static const QRegularExpression re(
        QStringLiteral("^(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})(\\.(0|[1-9][0-9]{0,4}))?$"));
    if (!re.match(version).hasMatch())
        fail(QStringLiteral("%1: \"mongoDBVersion\" must be MAJOR.MINOR.PATCH (e.g. 8.0.4), not \"%2\"")
                 .arg(where, version));
    return version;
}

QString uuidFrom(const QString &text)
{
    // A stable UUID (v5-like) so the same scenario and seed give the same keys.
    const QByteArray h = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).left(16);
    return QUuid::fromRfc4122(h).toString(QUuid::WithoutBraces);
}

class Loader {
public:
    Loader(State &state, Simulator &sim, const QDateTime &now) : m_state(state), m_sim(sim), m_now(now) {}

    void load(const QJsonObject &root)
    {
        m_historyDays = optInt(root, "historyDays", 30, 0, 3660, QStringLiteral("scenario"));
        const QJsonArray orgs = optArray(root, "organizations", QStringLiteral("scenario"));
        if (orgs.isEmpty()) fail(QStringLiteral("scenario: \"organizations\" must list at least one organization"));
        for (int i = 0; i < orgs.size(); ++i) loadOrg(asObject(orgs[i], QStringLiteral("organizations[%1]").arg(i)));
        const QJsonArray keys = optArray(root, "apiKeys", QStringLiteral("scenario"));
        const QJsonArray accounts = optArray(root, "serviceAccounts", QStringLiteral("scenario"));
        if (keys.isEmpty() || accounts.isEmpty())
            fail(QStringLiteral("scenario: needs at least one entry in \"apiKeys\" and in \"serviceAccounts\""));
        for (int i = 0; i < keys.size(); ++i)
            loadCredential(asObject(keys[i], QStringLiteral("apiKeys[%1]").arg(i)), Kind::ApiKey, i);
        for (int i = 0; i < accounts.size(); ++i)
            loadCredential(asObject(accounts[i], QStringLiteral("serviceAccounts[%1]").arg(i)), Kind::ServiceAccount,
                           i);

        m_sim.runUntil(m_now);  // the scheduled history
        for (const auto &p : m_pendingRestores) addRestoreJob(p.cluster, p.spec, p.where);
        for (const auto &p : m_pendingExports) addExportJob(p.cluster, p.spec, p.where);
    }

private:
    struct Pending {
        QString cluster;
        QJsonObject spec;
        QString where;
    };

    QDateTime daysAgo(double days) const { return m_now.addSecs(-qint64(days * 86400.0)); }

    Record put(Kind kind, const QString &groupId, const QString &parent, const QJsonObject &body,
               const QDateTime &sortTime, const QString &idField = QStringLiteral("id"))
    {
        Record r{body.value(idField).toString(), groupId, parent, body, isoTime(sortTime).toLatin1()};
        m_state.put(r, kind);
        return r;
    }

    void loadOrg(const QJsonObject &o)
    {
        const QString name = requireString(o, "name", QStringLiteral("organization"));
        const QString where = QStringLiteral("organization \"%1\"").arg(name);
        requireAtlasName(name, where);
        m_orgId = m_state.newId(daysAgo(2000));
        put(Kind::Org, QString(), QString(),
            QJsonObject{
                {QStringLiteral("id"), m_orgId}, {QStringLiteral("name"), name}, {QStringLiteral("isDeleted"), false}},
            daysAgo(2000));
        const QJsonArray projects = optArray(o, "projects", where);
        for (int i = 0; i < projects.size(); ++i)
            loadProject(asObject(projects[i], QStringLiteral("%1 projects[%2]").arg(where).arg(i)));
    }

    void loadProject(const QJsonObject &p)
    {
        const QString name = requireString(p, "name", QStringLiteral("project"));
        const QString where = QStringLiteral("project \"%1\"").arg(name);
        requireAtlasName(name, where);
        if (m_projectIds.contains(name)) fail(QStringLiteral("%1 is listed twice").arg(where));
        const QDateTime created = daysAgo(1500).addSecs(60 * m_projectIds.size());  // keeps the listed order
        m_groupId = m_state.newId(created);
        m_projectIds.insert(name, m_groupId);
        put(Kind::Project, m_groupId, QString(),
            QJsonObject{{QStringLiteral("id"), m_groupId},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("orgId"), m_orgId},
                        {QStringLiteral("created"), isoTime(created)},
                        {QStringLiteral("clusterCount"), 0},
                        {QStringLiteral("withDefaultAlertsSettings"), true}},
            created);
        const QJsonArray buckets = optArray(p, "exportBuckets", where);
        for (int i = 0; i < buckets.size(); ++i)
            loadBucket(asObject(buckets[i], QStringLiteral("%1 exportBuckets[%2]").arg(where).arg(i)));
        const QJsonArray clusters = optArray(p, "clusters", where);
        for (int i = 0; i < clusters.size(); ++i)
            loadClusterSpec(asObject(clusters[i], QStringLiteral("%1 clusters[%2]").arg(where).arg(i)));
        const QJsonArray flex = optArray(p, "flexClusters", where);
        for (int i = 0; i < flex.size(); ++i)
            loadFlex(asObject(flex[i], QStringLiteral("%1 flexClusters[%2]").arg(where).arg(i)));
        if (p.contains(QLatin1String("compliancePolicy")))
            loadCompliance(
                asObject(p.value(QLatin1String("compliancePolicy")), where + QStringLiteral(" compliancePolicy")));
    }

    void loadBucket(const QJsonObject &b)
    {
        const QString name = requireString(b, "bucketName", QStringLiteral("export bucket"));
        const QString where = QStringLiteral("export bucket \"%1\"").arg(name);
        const QString provider = optString(b, "cloudProvider", QStringLiteral("AWS"), where);
        requireOneOf(provider, {QStringLiteral("AWS"), QStringLiteral("AZURE"), QStringLiteral("GCP")},
                     where + QStringLiteral(" cloudProvider"));
        const QDateTime created = daysAgo(400);
        QJsonObject body{{QStringLiteral("_id"), m_state.newId(created)},
                         {QStringLiteral("bucketName"), name},
                         {QStringLiteral("cloudProvider"), provider}};
        if (provider == u"AWS") {
            body.insert(QLatin1String("iamRoleId"), m_state.newId(created));
            body.insert(QLatin1String("region"), optString(b, "region", QStringLiteral("US_EAST_1"), where));
            body.insert(QLatin1String("requirePrivateNetworking"),
                        optBool(b, "requirePrivateNetworking", false, where));
        } else {
            body.insert(QLatin1String("roleId"), m_state.newId(created));
        }
        if (provider == u"AZURE") {
            body.insert(QLatin1String("serviceUrl"), requireString(b, "serviceUrl", where));
            body.insert(QLatin1String("tenantId"), optString(b, "tenantId", uuidFrom(name), where));
        }
        m_bucketsByProject[m_groupId].insert(name, body.value(QLatin1String("_id")).toString());
        put(Kind::ExportBucket, m_groupId, QString(), body, created, QStringLiteral("_id"));
    }

    void loadClusterSpec(const QJsonObject &c)
    {
        const QString name = requireString(c, "name", QStringLiteral("cluster"));
        const int count = optInt(c, "count", 1, 1, 10000, QStringLiteral("cluster \"%1\"").arg(name));
        for (int i = 1; i <= count; ++i)
            loadCluster(c, count == 1 ? name : QStringLiteral("%1-%2").arg(name).arg(i, 2, 10, QLatin1Char('0')));
    }

    QJsonObject policyItem(const QJsonObject &i, const QString &where, bool onDemand = false)
    {
        const QString freq = onDemand ? QStringLiteral("ondemand") : requireString(i, "frequencyType", where);
        if (!onDemand)
            requireOneOf(freq,
                         {QStringLiteral("hourly"), QStringLiteral("daily"), QStringLiteral("weekly"),
                          QStringLiteral("monthly"), QStringLiteral("yearly")},
                         where + QStringLiteral(" frequencyType"));
        int interval = optInt(i, "frequencyInterval", onDemand ? 0 : 1, 0, 40, where);
        if (freq == u"hourly" && !QList<int>{1, 2, 4, 6, 8, 12}.contains(interval))
            fail(QStringLiteral("%1: an hourly item runs every 1, 2, 4, 6, 8 or 12 hours").arg(where));
        if (freq == u"weekly" && (interval < 1 || interval > 7))
            fail(QStringLiteral("%1: a weekly item names a day from 1 (Monday) to 7 (Sunday)").arg(where));
        if (freq == u"monthly" && !(interval == 40 || (interval >= 1 && interval <= 28)))
            fail(QStringLiteral("%1: a monthly item names a day from 1 to 28, or 40 for the last day").arg(where));
        if (freq == u"yearly" && (interval < 1 || interval > 12))
            fail(QStringLiteral("%1: a yearly item names a month from 1 to 12").arg(where));
        const QString unit = requireString(i, "retentionUnit", where);
        requireOneOf(
            unit, {QStringLiteral("days"), QStringLiteral("weeks"), QStringLiteral("months"), QStringLiteral("years")},
            where + QStringLiteral(" retentionUnit"));
        const int value = optInt(i, "retentionValue", -1, 1, 100000, where);
        if (value < 1) fail(QStringLiteral("%1: \"retentionValue\" is required").arg(where));
        return QJsonObject{{QStringLiteral("id"), m_state.newId(m_now)},
                           {QStringLiteral("frequencyType"), freq},
                           {QStringLiteral("frequencyInterval"), interval},
                           {QStringLiteral("retentionUnit"), unit},
                           {QStringLiteral("retentionValue"), value}};
    }

    void loadCluster(const QJsonObject &c, const QString &name)
    {
        const QString where = QStringLiteral("cluster \"%1\"").arg(name);
        if (m_clusters.contains(m_groupId + u'/' + name))
            fail(QStringLiteral("%1 is listed twice in its project").arg(where));
        const QString tier = requireString(c, "tier", where);
        static const QStringList tiers = {QStringLiteral("M0"),  QStringLiteral("M10"), QStringLiteral("M20"),
                                          QStringLiteral("M30"), QStringLiteral("M40"), QStringLiteral("M50"),
                                          QStringLiteral("M60"), QStringLiteral("M80")};
        requireOneOf(tier, tiers, where + QStringLiteral(" tier"));
        const QString provider = optString(c, "provider", QStringLiteral("AWS"), where);
        requireOneOf(provider, {QStringLiteral("AWS"), QStringLiteral("AZURE"), QStringLiteral("GCP")},
                     where + QStringLiteral(" provider"));
        const QString type = optString(c, "clusterType", QStringLiteral("REPLICASET"), where);
        requireOneOf(type, {QStringLiteral("REPLICASET"), QStringLiteral("SHARDED")},
                     where + QStringLiteral(" clusterType"));
        const QString version = requireVersion(requireString(c, "mongoDBVersion", where), where);
        const QString major = version.section(u'.', 0, 1);
        const bool m0 = tier == u"M0";
        const QDateTime created = daysAgo(optInt(c, "createdDaysAgo", 365, 0, 10000, where));
        const QString id = m_state.newId(created);
        const QString ear = optString(c, "encryptionAtRestProvider", QStringLiteral("NONE"), where);
        requireOneOf(ear,
                     {QStringLiteral("NONE"), QStringLiteral("AWS"), QStringLiteral("AZURE"), QStringLiteral("GCP")},
                     where + QStringLiteral(" encryptionAtRestProvider"));
        QJsonObject body{{QStringLiteral("id"), id},
                         {QStringLiteral("groupId"), m_groupId},
                         {QStringLiteral("name"), name},
                         {QStringLiteral("instanceSize"), tier},
                         {QStringLiteral("provider"), provider},
                         {QStringLiteral("region"), optString(c, "region", QStringLiteral("US_EAST_1"), where)},
                         {QStringLiteral("mongoDBVersion"), version},
                         {QStringLiteral("mongoDBMajorVersion"), major},
                         {QStringLiteral("featureCompatibilityVersion"), optString(c, "fcv", major, where)},
                         {QStringLiteral("backupEnabled"), !m0 && optBool(c, "backupEnabled", true, where)},
                         {QStringLiteral("pitEnabled"), !m0 && optBool(c, "pitEnabled", false, where)},
                         {QStringLiteral("encryptionAtRestProvider"), m0 ? QStringLiteral("NONE") : ear},
                         {QStringLiteral("clusterType"), type},
                         {QStringLiteral("shards"), type == u"SHARDED" ? optInt(c, "shards", 2, 1, 70, where) : 1},
                         {QStringLiteral("configServerType"),
                          type == u"SHARDED" ? optString(c, "configServerType", QStringLiteral("DEDICATED"), where)
                                             : QStringLiteral("EMBEDDED")},
                         {QStringLiteral("stateName"), QStringLiteral("IDLE")},
                         {QStringLiteral("paused"), false},
                         {QStringLiteral("createdAt"), isoTime(created)},
                         {QStringLiteral("diskSizeGB"), m0 ? 0.5 : optInt(c, "diskSizeGB", 40, 10, 4096, where)},
                         {QStringLiteral("replicaSetPrefix"),
                          QStringLiteral("atlas-%1")
                              .arg(QString::fromLatin1(
                                  QCryptographicHash::hash(id.toLatin1(), QCryptographicHash::Sha1).toHex().left(6)))},
                         {QStringLiteral("zoneId"), m_state.newId(created)}};
        if (c.contains(QLatin1String("fcvPinnedDaysAhead"))) {
            // A pin has a start and an expiry (Atlas pins for at most four weeks): the start is
            // the sandbox's own field ("fcvPinnedAt", never rendered), what the server's FCV
            // check of a snapshot reads.
            const int ahead = optInt(c, "fcvPinnedDaysAhead", 30, 1, 365, where);
            const int ago = optInt(c, "fcvPinnedDaysAgo", qMax(0, 28 - ahead), 0, 10000, where);
            body.insert(QLatin1String("featureCompatibilityVersionExpirationDate"), isoTime(daysAgo(-ahead)));
            body.insert(QLatin1String("fcvPinnedAt"), isoTime(daysAgo(ago)));
        } else if (c.contains(QLatin1String("fcvPinnedDaysAgo"))) {
            fail(QStringLiteral("%1: \"fcvPinnedDaysAgo\" needs \"fcvPinnedDaysAhead\" (the pin's expiry)").arg(where));
        }
        // The customer key of an encrypted cluster, whichever provider holds it; its snapshots carry it.
        if (ear != u"NONE" && !m0) body.insert(QLatin1String("masterKeyUUID"), Simulator::masterKeyFor(id, ear));
        QJsonArray specIds;
        for (int s = 0; s < body.value(QLatin1String("shards")).toInt(); ++s) specIds.append(m_state.newId(created));
        body.insert(QLatin1String("replicationSpecIds"), specIds);
        if (!m0) {
            const QJsonObject sched =
                asObject(c.value(QLatin1String("schedule")).isUndefined() ? QJsonValue(QJsonObject())
                                                                          : c.value(QLatin1String("schedule")),
                         where + QStringLiteral(" schedule"));
            QJsonArray items;
            const QJsonArray specs = optArray(sched, "policyItems", where);
            for (int i = 0; i < specs.size(); ++i)
                items.append(
                    policyItem(asObject(specs[i], where), QStringLiteral("%1 policyItems[%2]").arg(where).arg(i)));
            QJsonArray copies;
            const QJsonArray copySpecs = optArray(sched, "copySettings", where);
            for (int i = 0; i < copySpecs.size(); ++i) {
                QJsonObject cs = asObject(copySpecs[i], where + QStringLiteral(" copySettings"));
                cs.insert(QLatin1String("zoneId"), body.value(QLatin1String("zoneId")));
                cs.insert(QLatin1String("replicationSpecId"), specIds.first());
                copies.append(cs);
            }
            body.insert(
                QLatin1String("schedule"),
                QJsonObject{
                    {QStringLiteral("referenceHourOfDay"), optInt(sched, "referenceHourOfDay", 18, 0, 23, where)},
                    {QStringLiteral("referenceMinuteOfHour"), optInt(sched, "referenceMinuteOfHour", 0, 0, 59, where)},
                    {QStringLiteral("restoreWindowDays"), optInt(sched, "restoreWindowDays", 7, 1, 365, where)},
                    {QStringLiteral("policies"), QJsonArray{QJsonObject{{QStringLiteral("id"), m_state.newId(created)},
                                                                        {QStringLiteral("policyItems"), items}}}},
                    {QStringLiteral("copySettings"), copies},
                    {QStringLiteral("autoExportEnabled"), false},
                    {QStringLiteral("useOrgAndGroupNamesInExportPrefix"), false}});
        }
        const QDateTime start = qMax(created, daysAgo(m_historyDays));
        body.insert(QLatin1String("clock"), isoTime(start));
        const Record cluster = put(Kind::Cluster, m_groupId, QString(), body, created);
        m_clusters.insert(m_groupId + u'/' + name, id);
        bumpClusterCount();

        // On-demand snapshots spread over the history; only unexpired ones stay.
        const int onDemand = optInt(c, "onDemandSnapshots", 0, 0, 1000, where);
        for (int i = 0; i < onDemand && !m0; ++i) {
            const QDateTime at = daysAgo(double(m_historyDays) * (i + 1) / (onDemand + 1) + 0.3);
            if (at < created) continue;
            const QDateTime expires = at.addDays(i % 2 == 0 ? 400 : 21);
            if (expires <= m_now) continue;
            m_sim.addSnapshot(cluster, at, m_now, QJsonObject(), QStringLiteral("onDemand"),
                              QStringLiteral("completed"), expires,
                              i % 2 == 0 ? QStringLiteral("Before release %1").arg(i + 1)
                                         : QStringLiteral("Pre-migration checkpoint"));
        }
        const QJsonArray restores = optArray(c, "restoreJobs", where);
        for (int i = 0; i < restores.size(); ++i)
            m_pendingRestores.append(
                {id, asObject(restores[i], where), QStringLiteral("%1 restoreJobs[%2]").arg(where).arg(i)});
        const QJsonArray exports = optArray(c, "exportJobs", where);
        for (int i = 0; i < exports.size(); ++i)
            m_pendingExports.append(
                {id, asObject(exports[i], where), QStringLiteral("%1 exportJobs[%2]").arg(where).arg(i)});
        const QJsonArray archives = optArray(c, "onlineArchives", where);
        for (int i = 0; i < archives.size(); ++i)
            addArchive(name, asObject(archives[i], where), QStringLiteral("%1 onlineArchives[%2]").arg(where).arg(i));
    }

    void bumpClusterCount()
    {
        Record p = *m_state.find(Kind::Project, m_groupId);
        p.body.insert(QLatin1String("clusterCount"), p.body.value(QLatin1String("clusterCount")).toInt() + 1);
        m_state.put(p, Kind::Project);
    }

    const Record *clusterById(const QString &id) const { return m_state.find(Kind::Cluster, id); }

    // The latest completed snapshot of `cluster` taken before `at`, if the history still has one.
    QString snapshotBefore(const Record &cluster, const QDateTime &at)
    {
        const QString name = cluster.body.value(QLatin1String("name")).toString();
        for (const Record *s : m_state.list(Kind::Snapshot, cluster.groupId, name))
            if (s->sortKey < isoTime(at).toLatin1() &&
                s->body.value(QLatin1String("status")).toString() == u"completed")
                return s->id;
        return m_state.newId(at.addSecs(-6 * 3600));  // long expired
    }

    void addEvent(const QString &groupId, const QString &type, const QDateTime &at, const QString &cluster)
    {
        QJsonObject e{{QStringLiteral("id"), m_state.newId(at)}, {QStringLiteral("created"), isoTime(at)},
                      {QStringLiteral("eventTypeName"), type},   {QStringLiteral("groupId"), groupId},
                      {QStringLiteral("orgId"), m_orgId},        {QStringLiteral("isGlobalAdmin"), false}};
        put(Kind::Event, groupId, cluster, e, at);
    }

    void addRestoreJob(const QString &clusterId, const QJsonObject &spec, const QString &where)
    {
        const Record cluster = *clusterById(clusterId);
        const QString name = cluster.body.value(QLatin1String("name")).toString();
        const QString delivery = optString(spec, "deliveryType", QStringLiteral("automated"), where);
        requireOneOf(delivery, {QStringLiteral("automated"), QStringLiteral("download"), QStringLiteral("pointInTime")},
                     where + QStringLiteral(" deliveryType"));
        const QString outcome = optString(spec, "outcome", QStringLiteral("completed"), where);
        requireOneOf(outcome,
                     {QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("cancelled"),
                      QStringLiteral("inProgress")},
                     where + QStringLiteral(" outcome"));
        const QDateTime at = daysAgo(optInt(spec, "daysAgo", 1, 0, 3650, where) + 0.2);
        QJsonObject job{{QStringLiteral("id"), m_state.newId(at)},
                        {QStringLiteral("deliveryType"), delivery},
                        {QStringLiteral("timestamp"), isoTime(at)},
                        {QStringLiteral("snapshotId"), snapshotBefore(cluster, at)},
                        {QStringLiteral("cancelled"), outcome == u"cancelled"},
                        {QStringLiteral("failed"), outcome == u"failed"},
                        {QStringLiteral("expired"), false}};
        if (delivery != u"download") {
            const QString projectName = optString(spec, "targetProject", QString(), where);
            const QString target = projectName.isEmpty() ? cluster.groupId : m_projectIds.value(projectName);
            if (target.isEmpty()) fail(QStringLiteral("%1: no project named \"%2\"").arg(where, projectName));
            job.insert(QLatin1String("targetGroupId"), target);
            job.insert(QLatin1String("targetClusterName"), optString(spec, "targetCluster", name, where));
        }
        if (delivery == u"pointInTime") {
            const QDateTime pit = at.addSecs(-3 * 3600);
            job.insert(QLatin1String("pointInTimeUTCSeconds"), qint64(pit.toSecsSinceEpoch()));
        }
        const QString prefix = cluster.body.value(QLatin1String("replicaSetPrefix")).toString();
        QJsonArray components;
        const int shards = cluster.body.value(QLatin1String("shards")).toInt(1);
        for (int s = 0; s < shards; ++s) {
            QJsonObject m{{QStringLiteral("replicaSetName"), QStringLiteral("%1-shard-%2").arg(prefix).arg(s)}};
            if (delivery == u"download" && outcome == u"completed")
                m.insert(QLatin1String("downloadUrl"),
                         QStringLiteral("https://restore-%1.sandbox.invalid/%2/restore-%1.tar.gz")
                             .arg(job.value(QLatin1String("id")).toString(),
                                  m.value(QLatin1String("replicaSetName")).toString()));
            components.append(m);
        }
        job.insert(QLatin1String("components"), components);
        if (outcome != u"inProgress") job.insert(QLatin1String("finishedAt"), isoTime(at.addSecs(1500)));
        if (delivery == u"download") {
            const QDateTime expires = at.addDays(2);
            job.insert(QLatin1String("expiresAt"), isoTime(expires));
            job.insert(QLatin1String("expired"), expires <= m_now);
            QJsonArray urls;
            for (const auto &m : components)
                if (m.toObject().contains(QLatin1String("downloadUrl")))
                    urls.append(m.toObject().value(QLatin1String("downloadUrl")));
            job.insert(QLatin1String("deliveryUrl"), urls);
        }
        put(Kind::RestoreJob, cluster.groupId, name, job, at);
        addEvent(cluster.groupId, QStringLiteral("CPS_RESTORE_REQUESTED_AUDIT"), at, name);
        if (outcome == u"completed" || outcome == u"failed")
            addEvent(cluster.groupId,
                     outcome == u"completed" ? QStringLiteral("CPS_RESTORE_SUCCESSFUL")
                                             : QStringLiteral("CPS_RESTORE_FAILED"),
                     at.addSecs(1500), name);
    }

    void addExportJob(const QString &clusterId, const QJsonObject &spec, const QString &where)
    {
        const Record cluster = *clusterById(clusterId);
        const QString name = cluster.body.value(QLatin1String("name")).toString();
        const QString bucket = requireString(spec, "bucket", where);
        const QString bucketId = m_bucketsByProject.value(cluster.groupId).value(bucket);
        if (bucketId.isEmpty())
            fail(QStringLiteral("%1: no export bucket \"%2\" in the cluster's project").arg(where, bucket));
        const QString stateName = optString(spec, "state", QStringLiteral("Successful"), where);
        requireOneOf(stateName,
                     {QStringLiteral("Cancelled"), QStringLiteral("Failed"), QStringLiteral("InProgress"),
                      QStringLiteral("Queued"), QStringLiteral("Successful")},
                     where + QStringLiteral(" state"));
        const QDateTime at = daysAgo(optInt(spec, "daysAgo", 1, 0, 3650, where) + 0.1);
        const QString snapshot = snapshotBefore(cluster, at);
        // No "prefix": the contract's pattern for it is a literal template no real value matches.
        QJsonObject job{{QStringLiteral("id"), m_state.newId(at)},    {QStringLiteral("createdAt"), isoTime(at)},
                        {QStringLiteral("exportBucketId"), bucketId}, {QStringLiteral("snapshotId"), snapshot},
                        {QStringLiteral("state"), stateName},         {QStringLiteral("customData"), QJsonArray()}};
        const int total = 12;
        const int done = stateName == u"Successful"   ? total
                         : stateName == u"InProgress" ? 5
                         : stateName == u"Queued"     ? 0
                                                      : 3;
        job.insert(QLatin1String("exportStatus"), QJsonObject{{QStringLiteral("exportedCollections"), done},
                                                              {QStringLiteral("totalCollections"), total}});
        if (stateName == u"Successful" || stateName == u"Failed" || stateName == u"Cancelled")
            job.insert(QLatin1String("finishedAt"), isoTime(at.addSecs(2400)));
        if (stateName == u"Failed")
            job.insert(
                QLatin1String("stateReason"),
                QJsonObject{{QStringLiteral("errorCode"), QStringLiteral("EXPORT_BUCKET_ACCESS_DENIED")},
                            {QStringLiteral("message"), QStringLiteral("Access to the export bucket was denied.")}});
        put(Kind::ExportJob, cluster.groupId, name, job, at);
    }

    void addArchive(const QString &clusterName, const QJsonObject &spec, const QString &where)
    {
        const QString db = requireString(spec, "dbName", where);
        const QString coll = requireString(spec, "collName", where);
        const QJsonObject crit = asObject(spec.value(QLatin1String("criteria")), where + QStringLiteral(" criteria"));
        const QString type = requireString(crit, "type", where + QStringLiteral(" criteria"));
        requireOneOf(type, {QStringLiteral("DATE"), QStringLiteral("CUSTOM")},
                     where + QStringLiteral(" criteria type"));
        QJsonObject criteria{{QStringLiteral("type"), type}};
        if (type == u"DATE") {
            criteria.insert(QLatin1String("dateField"), requireString(crit, "dateField", where));
            criteria.insert(QLatin1String("dateFormat"),
                            optString(crit, "dateFormat", QStringLiteral("ISODATE"), where));
            criteria.insert(QLatin1String("expireAfterDays"), optInt(crit, "expireAfterDays", 90, 1, 100000, where));
        } else {
            criteria.insert(QLatin1String("query"), requireString(crit, "query", where));
        }
        QJsonArray fields;
        if (type == u"DATE")
            fields.append(QJsonObject{{QStringLiteral("fieldName"), criteria.value(QLatin1String("dateField"))},
                                      {QStringLiteral("fieldType"), QStringLiteral("date")},
                                      {QStringLiteral("order"), 0}});
        const QJsonArray pf = optArray(spec, "partitionFields", where);
        for (int i = 0; i < pf.size(); ++i) {
            const QJsonObject f = asObject(pf[i], where + QStringLiteral(" partitionFields"));
            fields.append(
                QJsonObject{{QStringLiteral("fieldName"), requireString(f, "fieldName", where)},
                            {QStringLiteral("fieldType"), optString(f, "fieldType", QStringLiteral("string"), where)},
                            {QStringLiteral("order"), fields.size()}});
        }
        const QString state = optString(spec, "state", QStringLiteral("ACTIVE"), where);
        requireOneOf(state,
                     {QStringLiteral("PENDING"), QStringLiteral("ACTIVE"), QStringLiteral("PAUSING"),
                      QStringLiteral("PAUSED"), QStringLiteral("DELETED"), QStringLiteral("ORPHANED")},
                     where + QStringLiteral(" state"));
        const QDateTime at = daysAgo(120);
        QJsonObject a{
            {QStringLiteral("_id"), m_state.newId(at)},
            {QStringLiteral("clusterName"), clusterName},
            {QStringLiteral("dbName"), db},
            {QStringLiteral("collName"), coll},
            {QStringLiteral("collectionType"), QStringLiteral("STANDARD")},
            {QStringLiteral("criteria"), criteria},
            {QStringLiteral("groupId"), m_groupId},
            {QStringLiteral("partitionFields"), fields},
            {QStringLiteral("paused"), optBool(spec, "paused", state == u"PAUSED", where)},
            {QStringLiteral("state"), state},
            {QStringLiteral("schedule"), spec.contains(QLatin1String("schedule"))
                                             ? asObject(spec.value(QLatin1String("schedule")), where)
                                             : QJsonObject{{QStringLiteral("type"), QStringLiteral("DEFAULT")}}}};
        if (spec.contains(QLatin1String("dataExpirationDays")))
            a.insert(QLatin1String("dataExpirationRule"),
                     QJsonObject{
                         {QStringLiteral("expireAfterDays"), optInt(spec, "dataExpirationDays", 365, 7, 9215, where)}});
        put(Kind::OnlineArchive, m_groupId, clusterName, a, at, QStringLiteral("_id"));
    }

    void loadFlex(const QJsonObject &f)
    {
        const QString name = requireString(f, "name", QStringLiteral("flex cluster"));
        const QString where = QStringLiteral("flex cluster \"%1\"").arg(name);
        const QDateTime created = daysAgo(optInt(f, "createdDaysAgo", 30, 0, 10000, where));
        const QString provider = optString(f, "backingProviderName", QStringLiteral("AWS"), where);
        requireOneOf(provider, {QStringLiteral("AWS"), QStringLiteral("AZURE"), QStringLiteral("GCP")},
                     where + QStringLiteral(" backingProviderName"));
        const QString id = m_state.newId(created);
        const QString host = QStringLiteral("%1.%2.mongodb.net").arg(name, id.right(5));
        QJsonObject body{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("groupId"), m_groupId},
            {QStringLiteral("clusterType"), QStringLiteral("REPLICASET")},
            {QStringLiteral("createDate"), isoTime(created)},
            {QStringLiteral("mongoDBVersion"),
             requireVersion(optString(f, "mongoDBVersion", QStringLiteral("8.0.9"), where), where)},
            {QStringLiteral("providerSettings"),
             QJsonObject{
                 {QStringLiteral("backingProviderName"), provider},
                 {QStringLiteral("diskSizeGB"), 5.0},
                 {QStringLiteral("providerName"), QStringLiteral("FLEX")},
                 {QStringLiteral("regionName"), optString(f, "regionName", QStringLiteral("US_EAST_1"), where)}}},
            {QStringLiteral("backupSettings"), QJsonObject{{QStringLiteral("enabled"), true}}},
            {QStringLiteral("connectionStrings"),
             QJsonObject{{QStringLiteral("standardSrv"), QString(QStringLiteral("mongodb+srv://") + host)}}},
            {QStringLiteral("stateName"), QStringLiteral("IDLE")},
            {QStringLiteral("terminationProtectionEnabled"), false},
            {QStringLiteral("versionReleaseSystem"), QStringLiteral("LTS")},
            {QStringLiteral("tags"), QJsonArray()},
            {QStringLiteral("clock"), isoTime(qMax(created, daysAgo(qMin(m_historyDays, 9))))}};
        const Record flex = put(Kind::FlexCluster, m_groupId, QString(), body, created);
        bumpClusterCount();
        const QJsonArray restores = optArray(f, "restoreJobs", where);
        for (int i = 0; i < restores.size(); ++i) {
            const QJsonObject spec = asObject(restores[i], where);
            const QString w = QStringLiteral("%1 restoreJobs[%2]").arg(where).arg(i);
            const QString outcome = optString(spec, "outcome", QStringLiteral("COMPLETED"), w);
            requireOneOf(outcome,
                         {QStringLiteral("PENDING"), QStringLiteral("QUEUED"), QStringLiteral("RUNNING"),
                          QStringLiteral("FAILED"), QStringLiteral("COMPLETED")},
                         w + QStringLiteral(" outcome"));
            const QString delivery = optString(spec, "deliveryType", QStringLiteral("RESTORE"), w);
            requireOneOf(delivery, {QStringLiteral("RESTORE"), QStringLiteral("DOWNLOAD")},
                         w + QStringLiteral(" deliveryType"));
            const QDateTime at = daysAgo(optInt(spec, "daysAgo", 1, 0, 3650, w) + 0.25);
            QJsonObject job{{QStringLiteral("id"), m_state.newId(at)},
                            {QStringLiteral("deliveryType"), delivery},
                            {QStringLiteral("instanceName"), name},
                            {QStringLiteral("projectId"), m_groupId},
                            {QStringLiteral("restoreScheduledDate"), isoTime(at)},
                            {QStringLiteral("snapshotFinishedDate"), isoTime(at.addSecs(-20000))},
                            {QStringLiteral("snapshotId"), m_state.newId(at.addSecs(-20000))},
                            {QStringLiteral("status"), outcome},
                            {QStringLiteral("expirationDate"), isoTime(at.addSecs(6 * 3600))}};
            if (delivery == u"RESTORE") {
                job.insert(QLatin1String("targetDeploymentItemName"), name);
                job.insert(QLatin1String("targetProjectId"), m_groupId);
            } else {
                job.insert(QLatin1String("snapshotUrl"),
                           QStringLiteral("https://flex-%1.sandbox.invalid/snapshot.tar.gz")
                               .arg(job.value(QLatin1String("id")).toString()));
            }
            if (outcome == u"COMPLETED" || outcome == u"FAILED")
                job.insert(QLatin1String("restoreFinishedDate"), isoTime(at.addSecs(600)));
            put(Kind::FlexRestoreJob, m_groupId, name, job, at);
        }
        Q_UNUSED(flex);
    }

    void loadCompliance(const QJsonObject &c)
    {
        const QString where = QStringLiteral("compliancePolicy");
        const QDateTime at = daysAgo(optInt(c, "enabledDaysAgo", 30, 0, 3650, where));
        const QString email = requireString(c, "authorizedEmail", where);
        QJsonArray items;
        const QJsonArray specs = optArray(c, "scheduledPolicyItems", where);
        for (int i = 0; i < specs.size(); ++i)
            items.append(
                policyItem(asObject(specs[i], where), QStringLiteral("%1 scheduledPolicyItems[%2]").arg(where).arg(i)));
        QJsonObject body{
            {QStringLiteral("projectId"), m_groupId},
            {QStringLiteral("authorizedEmail"), email},
            {QStringLiteral("authorizedUserFirstName"), requireString(c, "authorizedUserFirstName", where)},
            {QStringLiteral("authorizedUserLastName"), requireString(c, "authorizedUserLastName", where)},
            {QStringLiteral("copyProtectionEnabled"), optBool(c, "copyProtectionEnabled", false, where)},
            {QStringLiteral("encryptionAtRestEnabled"), optBool(c, "encryptionAtRestEnabled", false, where)},
            {QStringLiteral("pitEnabled"), optBool(c, "pitEnabled", false, where)},
            {QStringLiteral("restoreWindowDays"), optInt(c, "restoreWindowDays", 0, 0, 365, where)},
            {QStringLiteral("scheduledPolicyItems"), items},
            {QStringLiteral("state"), QStringLiteral("ACTIVE")},
            {QStringLiteral("deletable"), optBool(c, "deletable", false, where)},  // MongoDB Support approved
            {QStringLiteral("updatedDate"), isoTime(at)},
            {QStringLiteral("updatedUser"), email}};
        if (c.contains(QLatin1String("onDemandPolicyItem")))
            body.insert(QLatin1String("onDemandPolicyItem"),
                        policyItem(asObject(c.value(QLatin1String("onDemandPolicyItem")), where),
                                   where + QStringLiteral(" onDemandPolicyItem"), true));
        Record r{m_groupId, m_groupId, QString(), body, isoTime(at).toLatin1()};
        m_state.put(r, Kind::Compliance);
    }

    void loadCredential(const QJsonObject &o, Kind kind, int index)
    {
        const bool key = kind == Kind::ApiKey;
        const QString where =
            QStringLiteral("%1[%2]").arg(QLatin1String(key ? "apiKeys" : "serviceAccounts")).arg(index);
        const QString id = requireString(o, key ? "publicKey" : "clientId", where);
        const QString secret = requireString(o, key ? "privateKey" : "clientSecret", where);
        static const QStringList orgRoles = {QStringLiteral("ORG_OWNER"), QStringLiteral("ORG_READ_ONLY"),
                                             QStringLiteral("ORG_MEMBER")};
        static const QStringList groupRoles = {QStringLiteral("GROUP_OWNER"),
                                               QStringLiteral("GROUP_BACKUP_MANAGER"),
                                               QStringLiteral("GROUP_BACKUP_CREATOR"),
                                               QStringLiteral("GROUP_BACKUP_RECOVERY_OPERATOR"),
                                               QStringLiteral("GROUP_BACKUP_EXPORT_OPERATOR"),
                                               QStringLiteral("GROUP_READ_ONLY"),
                                               QStringLiteral("GROUP_DATA_ACCESS_ADMIN"),
                                               QStringLiteral("GROUP_CLUSTER_MANAGER")};
        const QString orgRole = optString(o, "orgRole", QStringLiteral("ORG_MEMBER"), where);
        requireOneOf(orgRole, orgRoles, where + QStringLiteral(" orgRole"));
        QJsonObject roles;
        const QJsonObject specRoles = o.value(QLatin1String("projectRoles")).toObject();
        for (auto it = specRoles.begin(); it != specRoles.end(); ++it) {
            const QString groupId = m_projectIds.value(it.key());
            if (groupId.isEmpty()) fail(QStringLiteral("%1: no project named \"%2\"").arg(where, it.key()));
            requireOneOf(it.value().toString(), groupRoles, where + QStringLiteral(" projectRoles"));
            roles.insert(groupId, it.value());
        }
        QJsonObject body{{QStringLiteral("id"), id},
                         {QStringLiteral("secret"), secret},
                         {QStringLiteral("orgId"), m_orgId},
                         {QStringLiteral("orgRole"), orgRole},
                         {QStringLiteral("projectRoles"), roles},
                         {QStringLiteral("description"), o.value(QLatin1String(key ? "description" : "name"))},
                         {QStringLiteral("accessListRequired"), optBool(o, "accessListRequired", false, where)},
                         {QStringLiteral("order"), index}};
        Record r{id, QString(), QString(), body, QString::number(999999 - index).rightJustified(6, u'0').toLatin1()};
        m_state.put(r, kind);
    }

    State &m_state;
    Simulator &m_sim;
    QDateTime m_now;
    int m_historyDays = 30;
    QString m_orgId, m_groupId;
    QHash<QString, QString> m_projectIds, m_clusters;
    QHash<QString, QHash<QString, QString>> m_bucketsByProject;
    QList<Pending> m_pendingRestores, m_pendingExports;
};

}  // namespace

bool loadScenario(const QByteArray &json, const QDateTime &now, State &state, Simulator &sim, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QStringLiteral("the scenario is not a JSON object (%1 at offset %2)")
                         .arg(pe.errorString())
                         .arg(pe.offset);
        return false;
    }
    try {
        // Ids and the simulator's dice count from here, so runs agree (see State::newId).
        state.setMeta(QStringLiteral("epoch"), QString::number(now.toSecsSinceEpoch()));
        Loader loader(state, sim, now);
        loader.load(doc.object());
    } catch (const ScenarioError &e) {
        if (error) *error = e.message;
        return false;
    }
    return true;
}

}  // namespace sandbox
