// The Backup Compliance Policy over real HTTP: enabling with and without overwriting the
// clusters' policies, its own settings checks, PIT and encryption requirements, an enabled
// policy that only grows, every prohibition it puts on schedules and snapshots, disabling only
// in an empty project (or once Support approved), its states moving with the clock and the
// events; every answer checked against the contract.
#include "policytestutil.h"

#include <QRegularExpression>

using namespace policytest;

namespace {

const char *const kScenario = R"({
  "historyDays": 20,
  "organizations": [{"name": "acme", "projects": [
    {"name": "prod", "clusters": [
      {"name": "rs", "tier": "M10", "mongoDBVersion": "8.0.4", "createdDaysAgo": 60,
       "schedule": {"referenceHourOfDay": 6, "restoreWindowDays": 7, "policyItems": [
         {"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 2},
         {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7},
         {"frequencyType": "weekly", "frequencyInterval": 6, "retentionUnit": "weeks", "retentionValue": 4}]}},
      {"name": "low", "tier": "M10", "mongoDBVersion": "8.0.4", "createdDaysAgo": 60,
       "schedule": {"referenceHourOfDay": 6, "policyItems": [
         {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 3}]}},
      {"name": "pit", "tier": "M10", "mongoDBVersion": "8.0.4", "pitEnabled": true, "createdDaysAgo": 60,
       "schedule": {"referenceHourOfDay": 6, "restoreWindowDays": 2, "policyItems": [
         {"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 3},
         {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7}]}},
      {"name": "off", "tier": "M10", "mongoDBVersion": "8.0.4", "backupEnabled": false, "createdDaysAgo": 60,
       "schedule": {"referenceHourOfDay": 6, "policyItems": [
         {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7}]}},
      {"name": "free", "tier": "M0", "mongoDBVersion": "8.0.4"}]},
    {"name": "vault", "clusters": [
      {"name": "sealed", "tier": "M10", "mongoDBVersion": "8.0.4", "encryptionAtRestProvider": "AWS",
       "schedule": {"policyItems": [
         {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7}]}}]},
    {"name": "locked",
     "compliancePolicy": {"authorizedEmail": "legal@acme.example", "authorizedUserFirstName": "Ada",
                          "authorizedUserLastName": "Moreau", "pitEnabled": true, "restoreWindowDays": 2,
                          "copyProtectionEnabled": true, "enabledDaysAgo": 30,
                          "onDemandPolicyItem": {"retentionUnit": "days", "retentionValue": 7},
                          "scheduledPolicyItems": [
         {"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 2},
         {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7},
         {"frequencyType": "weekly", "frequencyInterval": 6, "retentionUnit": "weeks", "retentionValue": 4}]},
     "clusters": [
      {"name": "main", "tier": "M10", "mongoDBVersion": "8.0.4", "pitEnabled": true, "createdDaysAgo": 60,
       "schedule": {"referenceHourOfDay": 6, "restoreWindowDays": 2,
                    "copySettings": [{"cloudProvider": "AWS", "regionName": "US_WEST_2", "frequencies": ["DAILY"]}],
                    "policyItems": [
         {"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 2},
         {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 8},
         {"frequencyType": "weekly", "frequencyInterval": 6, "retentionUnit": "weeks", "retentionValue": 4},
         {"frequencyType": "weekly", "frequencyInterval": 3, "retentionUnit": "weeks", "retentionValue": 5}]}},
      {"name": "shard", "tier": "M30", "mongoDBVersion": "8.0.4", "clusterType": "SHARDED", "shards": 2,
       "pitEnabled": true, "createdDaysAgo": 60,
       "schedule": {"referenceHourOfDay": 6, "restoreWindowDays": 2, "policyItems": [
         {"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 2},
         {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7},
         {"frequencyType": "weekly", "frequencyInterval": 6, "retentionUnit": "weeks", "retentionValue": 4}]}}]},
    {"name": "empty",
     "compliancePolicy": {"authorizedEmail": "legal@acme.example", "authorizedUserFirstName": "Ada",
                          "authorizedUserLastName": "Moreau", "scheduledPolicyItems": [
         {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7}]}},
    {"name": "approved",
     "compliancePolicy": {"authorizedEmail": "legal@acme.example", "authorizedUserFirstName": "Ada",
                          "authorizedUserLastName": "Moreau", "deletable": true, "scheduledPolicyItems": [
         {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7}]},
     "clusters": [
      {"name": "kept", "tier": "M10", "mongoDBVersion": "8.0.4", "createdDaysAgo": 60,
       "schedule": {"referenceHourOfDay": 6, "policyItems": [
         {"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 2},
         {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7}]}}]}]}],
  "apiKeys": [
    {"publicKey": "owner", "privateKey": "owner-secret", "orgRole": "ORG_OWNER"},
    {"publicKey": "manager", "privateKey": "manager-secret",
     "projectRoles": {"prod": "GROUP_BACKUP_MANAGER", "locked": "GROUP_BACKUP_MANAGER", "empty": "GROUP_BACKUP_MANAGER"}},
    {"publicKey": "projowner", "privateKey": "projowner-secret", "projectRoles": {"vault": "GROUP_OWNER"}}],
  "serviceAccounts": [{"clientId": "mdb_sa_id_acme", "clientSecret": "mdb_sa_sk_acme", "orgRole": "ORG_OWNER"}]
})";

const QString kV24 = QStringLiteral("2024-08-05");
const QString kV1 = QStringLiteral("2023-01-01");
const QString kBcpV = QStringLiteral("2023-10-01");
const QString kGroup = QStringLiteral("/api/atlas/v2/groups/{groupId}");
const QString kBcp = kGroup + QStringLiteral("/backupCompliancePolicy");
const QString kCluster = kGroup + QStringLiteral("/clusters/{clusterName}");
const QString kSchedule = kCluster + QStringLiteral("/backup/schedule");
const QString kSnapshot = kCluster + QStringLiteral("/backup/snapshots/{snapshotId}");
const QString kSharded = kCluster + QStringLiteral("/backup/snapshots/shardedCluster/{snapshotId}");

QString code(const Response &r)
{
    return r.json().value("errorCode").toString();
}

QString tagOf(const QJsonObject &snapshot)
{
    const QJsonArray tags = snapshot.value("policyItems").toArray();
    return tags.isEmpty() ? QString() : tags.first().toString();
}

QJsonObject representative()
{
    return QJsonObject{{"authorizedEmail", "legal@acme.example"},
                       {"authorizedUserFirstName", "Ada"},
                       {"authorizedUserLastName", "Moreau"}};
}

}  // namespace

class SandboxComplianceTest : public QObject {
    Q_OBJECT

    Fixture fx;

    Response put(const QString &project, const QJsonObject &body, const QString &query = QString(),
                 const QString &version = kBcpV, const QString &key = QStringLiteral("owner"))
    {
        return fx.as(key, "PUT", fx.group(project) + QStringLiteral("/backupCompliancePolicy") + query, compact(body),
                     version, kBcp);
    }
    Response disable(const QString &project, const QString &key = QStringLiteral("owner"))
    {
        return fx.as(key, "DELETE", fx.group(project) + QStringLiteral("/backupCompliancePolicy"), QByteArray(),
                     QStringLiteral("2024-11-13"), kBcp);
    }
    Response policy(const QString &project)
    {
        return fx.as(QStringLiteral("owner"), "GET", fx.group(project) + QStringLiteral("/backupCompliancePolicy"),
                     QByteArray(), kBcpV, kBcp);
    }
    // The policy as a PUT body (read-only fields left out).
    QJsonObject current(const QString &project)
    {
        QJsonObject o = policy(project).json();
        for (const char *k : {"state", "updatedDate", "updatedUser", "deletable"}) o.remove(k);
        QJsonArray items;
        for (const auto &v : o.value("scheduledPolicyItems").toArray()) {
            QJsonObject i = v.toObject();
            i.remove("id");
            items.append(i);
        }
        o.insert("scheduledPolicyItems", items);
        if (o.contains("onDemandPolicyItem")) {
            QJsonObject d = o.value("onDemandPolicyItem").toObject();
            d.remove("id");
            o.insert("onDemandPolicyItem", d);
        }
        return o;
    }
    static QJsonObject withFloor(QJsonObject body, const QJsonArray &items)
    {
        body.insert("scheduledPolicyItems", items);
        return body;
    }
    // Replaces the scheduled item of `frequency` (the first one) with `replacement`, or drops it.
    static QJsonObject replaced(QJsonObject body, const char *frequency, const QJsonObject &replacement = {})
    {
        QJsonArray items;
        bool done = false;
        for (const auto &v : body.value("scheduledPolicyItems").toArray()) {
            if (!done && v.toObject().value("frequencyType").toString() == QLatin1String(frequency)) {
                done = true;
                if (!replacement.isEmpty()) items.append(replacement);
                continue;
            }
            items.append(v);
        }
        body.insert("scheduledPolicyItems", items);
        return body;
    }
    QJsonObject schedule(const QString &project, const QString &cluster)
    {
        return fx.get(fx.cluster(project, cluster) + QStringLiteral("/backup/schedule"), kV24).json();
    }
    static QJsonArray itemsOf(const QJsonObject &sched)
    {
        return sched.value("policies").toArray().first().toObject().value("policyItems").toArray();
    }
    static QJsonObject itemOf(const QJsonObject &sched, const char *frequency)
    {
        for (const auto &v : itemsOf(sched))
            if (v.toObject().value("frequencyType").toString() == QLatin1String(frequency)) return v.toObject();
        return {};
    }
    Response patch(const QString &project, const QString &cluster, const QJsonArray &items,
                   const QJsonObject &extra = {})
    {
        const QString pid =
            schedule(project, cluster).value("policies").toArray().first().toObject().value("id").toString();
        QJsonObject b{{"policies", QJsonArray{QJsonObject{{"id", pid}, {"policyItems", items}}}}};
        for (auto it = extra.begin(); it != extra.end(); ++it) b.insert(it.key(), it.value());
        return fx.as("owner", "PATCH", fx.cluster(project, cluster) + QStringLiteral("/backup/schedule"), compact(b),
                     kV24, kSchedule);
    }
    QJsonObject clusterOf(const QString &project, const QString &cluster)
    {
        return fx.get(fx.cluster(project, cluster), kV24).json();
    }
    QJsonArray snapshots(const QString &project, const QString &cluster, bool sharded = false)
    {
        return fx.list(fx.cluster(project, cluster) + (sharded ? QStringLiteral("/backup/snapshots/shardedClusters")
                                                               : QStringLiteral("/backup/snapshots")));
    }
    QJsonObject completed(const QString &project, const QString &cluster, bool sharded = false,
                          const QString &type = QStringLiteral("scheduled"))
    {
        for (const auto &v : snapshots(project, cluster, sharded))
            if (v.toObject().value("status").toString() == u"completed" &&
                v.toObject().value("snapshotType").toString() == type)
                return v.toObject();
        return {};
    }
    Response retain(const QString &project, const QString &cluster, const QString &id, int days)
    {
        return fx.as("owner", "PATCH", fx.cluster(project, cluster) + QStringLiteral("/backup/snapshots/") + id,
                     compact(QJsonObject{{"retentionUnit", "DAYS"}, {"retentionValue", days}}), kV1, kSnapshot);
    }
    // The snapshot's retention in whole days (its expiry from its creation).
    static int daysKept(const QJsonObject &s) { return int(timeOf(s, "createdAt").daysTo(timeOf(s, "expiresAt"))); }

    QJsonObject enablingFloor() const
    {
        return withFloor(representative(), {item("hourly", 4, "days", 3), item("daily", 1, "days", 10),
                                            item("weekly", 6, "weeks", 4), item("monthly", 40, "months", 6)});
    }

private slots:
    void init() { QVERIFY(fx.start(kScenario)); }
    void cleanup() { fx.stop(); }

    void enableWithOverwriteRaisesEveryPolicy()
    {
        const QJsonObject rsBefore = schedule("prod", "rs"), lowBefore = schedule("prod", "low");
        QCOMPARE(policy("prod").status, 404);
        QCOMPARE(put("prod", enablingFloor(), QString(), kBcpV, QStringLiteral("manager")).status, 403);
        QJsonObject body = enablingFloor();
        body.insert("onDemandPolicyItem", item("ondemand", 0, "days", 3));
        const QDateTime at = fx.engine->now();
        const Response r = put("prod", body);
        QCOMPARE(r.status, 200);
        const QJsonObject p = r.json();
        QCOMPARE(p.value("state").toString(), QStringLiteral("ENABLING"));
        QCOMPARE(p.value("projectId").toString(), fx.groups.value("prod"));
        QCOMPARE(p.value("updatedUser").toString(), QStringLiteral("owner@api-keys.sandbox.invalid"));
        QCOMPARE(timeOf(p, "updatedDate"), at);
        QCOMPARE(p.value("deletable").toBool(), false);
        const QRegularExpression hex(QStringLiteral("^[0-9a-f]{24}$"));
        for (const auto &v : p.value("scheduledPolicyItems").toArray())
            QVERIFY(hex.match(v.toObject().value("id").toString()).hasMatch());
        QVERIFY(hex.match(p.value("onDemandPolicyItem").toObject().value("id").toString()).hasMatch());

        // rs: hourly and daily raised in place (ids kept), weekly already enough, monthly added.
        const QJsonObject rs = schedule("prod", "rs");
        QCOMPARE(itemOf(rs, "hourly").value("id"), itemOf(rsBefore, "hourly").value("id"));
        QCOMPARE(itemOf(rs, "hourly").value("frequencyInterval").toInt(), 4);
        QCOMPARE(itemOf(rs, "hourly").value("retentionValue").toInt(), 3);
        QCOMPARE(itemOf(rs, "daily").value("id"), itemOf(rsBefore, "daily").value("id"));
        QCOMPARE(itemOf(rs, "daily").value("retentionValue").toInt(), 10);
        QCOMPARE(itemOf(rs, "weekly"), itemOf(rsBefore, "weekly"));
        QCOMPARE(itemOf(rs, "monthly").value("retentionUnit").toString(), QStringLiteral("months"));
        QCOMPARE(itemOf(rs, "monthly").value("retentionValue").toInt(), 6);
        QCOMPARE(itemOf(rs, "monthly").value("frequencyInterval").toInt(), 40);
        // low: its daily item raised, the missing frequencies added.
        const QJsonObject low = schedule("prod", "low");
        QCOMPARE(itemOf(low, "daily").value("id"), itemOf(lowBefore, "daily").value("id"));
        QCOMPARE(itemOf(low, "daily").value("retentionValue").toInt(), 10);
        QCOMPARE(itemsOf(low).size(), 4);
        QCOMPARE(itemOf(low, "hourly").value("frequencyInterval").toInt(), 4);
        // off: Cloud Backup turned on, snapshots from now on only.
        QVERIFY(clusterOf("prod", "off").value("backupEnabled").toBool());
        QCOMPARE(fx.get(fx.cluster("prod", "free") + QStringLiteral("/backup/schedule")).status, 400);

        // ENABLING for five simulated minutes, then ACTIVE, with the events.
        fx.engine->advanceBy(299);
        QCOMPARE(policy("prod").json().value("state").toString(), QStringLiteral("ENABLING"));
        fx.engine->advanceBy(1);
        QCOMPARE(policy("prod").json().value("state").toString(), QStringLiteral("ACTIVE"));
        const QStringList events = fx.events("prod");
        QVERIFY(events.contains(QStringLiteral("CPS_DATA_PROTECTION_ENABLE_REQUESTED")));
        QCOMPARE(timeOf(fx.eventOf("prod", QStringLiteral("CPS_DATA_PROTECTION_ENABLED")), "created"), at.addSecs(300));
        QCOMPARE(
            fx.eventOf("prod", QStringLiteral("CPS_DATA_PROTECTION_ENABLE_REQUESTED")).value("publicKey").toString(),
            QStringLiteral("owner"));
        QVERIFY(events.count(QStringLiteral("CPS_SNAPSHOT_SCHEDULE_UPDATED_AUDIT")) >= 3);  // rs, low, off
        fx.engine->advanceBy(24 * 3600);
        const QJsonArray offSnaps = snapshots("prod", "off");
        QVERIFY(!offSnaps.isEmpty());
        for (const auto &v : offSnaps) QVERIFY(timeOf(v.toObject(), "createdAt") > at);
    }

    void enableWithoutOverwriteRefusesPoliciesBelowTheFloor()
    {
        const QJsonObject rsBefore = schedule("prod", "rs");
        const Response r = put("prod", enablingFloor(), QStringLiteral("?overwriteBackupPolicies=false"));
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), QStringLiteral("BACKUP_POLICIES_NOT_MEETING_BACKUP_COMPLIANCE_POLICY_REQUIREMENTS"));
        QVERIFY2(r.json().value("detail").toString().contains(QStringLiteral("rs")) &&
                     r.json().value("detail").toString().contains(QStringLiteral("low")),
                 r.body.constData());
        QCOMPARE(policy("prod").status, 404);
        QCOMPARE(schedule("prod", "rs").value("policies"), rsBefore.value("policies"));
        QCOMPARE(code(put("prod", enablingFloor(), QStringLiteral("?overwriteBackupPolicies=maybe"))),
                 QStringLiteral("INVALID_QUERY_PARAMETER"));
        QJsonObject mismatch = enablingFloor();
        mismatch.insert("projectId", fx.groups.value("vault"));
        QCOMPARE(code(put("prod", mismatch)), QStringLiteral("GROUP_MISMATCH"));
        // "low" keeps its daily snapshots 3 days: a floor of 4 is above it, 3 is met.
        const QJsonObject four = withFloor(representative(), {item("daily", 1, "days", 4)});
        QCOMPARE(code(put("prod", four, QStringLiteral("?overwriteBackupPolicies=false"))),
                 QStringLiteral("BACKUP_POLICIES_NOT_MEETING_BACKUP_COMPLIANCE_POLICY_REQUIREMENTS"));
        const QJsonObject three = withFloor(representative(), {item("daily", 1, "days", 3)});
        const Response ok = put("prod", three, QStringLiteral("?overwriteBackupPolicies=false"), kV1);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.header("Sunset"), QByteArray("2027-07-01"));
        QCOMPARE(schedule("prod", "rs").value("policies"), rsBefore.value("policies"));
        QCOMPARE(itemsOf(schedule("prod", "low")).size(), 1);
        QVERIFY(clusterOf("prod", "off").value("backupEnabled").toBool());  // Cloud Backup is on either way
    }

    void itsOwnSettingsAreChecked()
    {
        const QString bad = QStringLiteral("BACKUP_COMPLIANCE_POLICY_SETTINGS_INVALID");
        QCOMPARE(code(put("prod", withFloor(representative(), {item("hourly", 3, "days", 3)}))), bad);
        QCOMPARE(code(put("prod", withFloor(representative(), {item("weekly", 6, "days", 6)}))), bad);
        QCOMPARE(
            code(put("prod", withFloor(representative(), {item("daily", 1, "days", 7), item("daily", 1, "days", 8)}))),
            bad);
        QCOMPARE(
            code(put("prod", withFloor(representative(), {item("daily", 1, "days", 8), item("weekly", 6, "days", 7)}))),
            bad);
        QJsonObject onDemand = withFloor(representative(), {item("daily", 1, "days", 3)});
        onDemand.insert("onDemandPolicyItem", item("ondemand", 0, "days", 0));
        QCOMPARE(code(put("prod", onDemand)), bad);
        QJsonObject pit = withFloor(representative(), {item("daily", 1, "days", 3)});
        pit.insert("pitEnabled", true);
        pit.insert("restoreWindowDays", 1);
        QCOMPARE(code(put("prod", pit)), bad);  // no hourly item
        pit = withFloor(pit, {item("hourly", 6, "days", 3), item("daily", 1, "days", 3)});
        pit.insert("restoreWindowDays", 4);
        QCOMPARE(code(put("prod", pit)), bad);  // longer than the hourly retention
        pit.insert("restoreWindowDays", 0);
        QCOMPARE(code(put("prod", pit)), bad);
        QJsonObject noName =
            withFloor(QJsonObject{{"authorizedEmail", "legal@acme.example"}}, {item("daily", 1, "days", 3)});
        QCOMPARE(code(put("prod", noName)), QStringLiteral("MISSING_ATTRIBUTE"));  // 2023-10-01 wants the names
        QJsonObject badMail = representative();
        badMail.insert("authorizedEmail", "legal");
        QCOMPARE(code(put("prod", badMail)), QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(policy("prod").status, 404);
        QCOMPARE(put("prod", noName, QString(), kV1).status, 200);  // the older version only needs the e-mail
    }

    void pitRequirementTurnsOnContinuousBackup()
    {
        QJsonObject body = withFloor(representative(), {item("hourly", 6, "days", 3), item("daily", 1, "days", 3)});
        body.insert("pitEnabled", true);
        body.insert("restoreWindowDays", 3);
        // "low" has no hourly item: refused unless the policies may be overwritten.
        QCOMPARE(code(put("prod", body, QStringLiteral("?overwriteBackupPolicies=false"))),
                 QStringLiteral("BACKUP_POLICIES_NOT_MEETING_BACKUP_COMPLIANCE_POLICY_REQUIREMENTS"));
        QCOMPARE(put("prod", body).status, 200);
        for (const char *name : {"rs", "low", "pit", "off"}) {
            QVERIFY2(clusterOf("prod", name).value("pitEnabled").toBool(), name);
            QCOMPARE(schedule("prod", name).value("restoreWindowDays").toInt(), 3);
            QVERIFY(!itemOf(schedule("prod", name), "hourly").isEmpty());
        }
        QCOMPARE(itemOf(schedule("prod", "low"), "hourly").value("retentionValue").toInt(), 3);
        QVERIFY(!clusterOf("prod", "free").value("pitEnabled").toBool());
        // Continuous backup on, the clusters' own schedules now need their hourly item.
        fx.engine->advanceBy(300);
        const QJsonObject rs = schedule("prod", "rs");
        QCOMPARE(code(patch("prod", "rs", {itemOf(rs, "daily"), itemOf(rs, "weekly")})),
                 QStringLiteral("INVALID_BACKUP_POLICY"));
    }

    void encryptionAtRestRequirement()
    {
        QJsonObject body = withFloor(representative(), {item("daily", 1, "days", 3)});
        body.insert("encryptionAtRestEnabled", true);
        const Response r = put("prod", body);
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), QStringLiteral("ENCRYPTION_AT_REST_NOT_ENABLED"));
        QCOMPARE(policy("prod").status, 404);
        // Every cluster of "vault" is encrypted; its project owner may enable the policy.
        const Response ok = put("vault", body, QString(), kBcpV, QStringLiteral("projowner"));
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.json().value("encryptionAtRestEnabled").toBool());
        QCOMPARE(ok.json().value("updatedUser").toString(), QStringLiteral("projowner@api-keys.sandbox.invalid"));
    }

    void anEnabledPolicyOnlyGrows()
    {
        const QJsonObject seeded = policy("locked").json();
        QCOMPARE(seeded.value("state").toString(), QStringLiteral("ACTIVE"));
        const QJsonObject base = current("locked");
        QCOMPARE(put("locked", base, QString(), kBcpV, QStringLiteral("manager")).status, 403);
        QCOMPARE(disable("locked", QStringLiteral("manager")).status, 403);
        const Response same = put("locked", base);
        QCOMPARE(same.status, 200);
        QCOMPARE(same.json().value("state").toString(), QStringLiteral("UPDATING"));
        QCOMPARE(same.json().value("scheduledPolicyItems"), seeded.value("scheduledPolicyItems"));  // ids kept
        QCOMPARE(same.json().value("onDemandPolicyItem"), seeded.value("onDemandPolicyItem"));
        const QString pending = QStringLiteral("CANNOT_UPDATE_BACKUP_COMPLIANCE_POLICY_SETTINGS_WITH_PENDING_ACTION");
        QCOMPARE(code(put("locked", base)), pending);
        QCOMPARE(code(disable("locked")), pending);
        fx.engine->advanceBy(300);
        QCOMPARE(policy("locked").json().value("state").toString(), QStringLiteral("ACTIVE"));
        QVERIFY(fx.events("locked").contains(QStringLiteral("CPS_DATA_PROTECTION_UPDATED")));

        const QString lower = QStringLiteral("CANNOT_DECREASE_BACKUP_COMPLIANCE_POLICY_ITEM");
        const QString remove = QStringLiteral("CANNOT_REMOVE_BACKUP_COMPLIANCE_POLICY_ITEM");
        QCOMPARE(code(put("locked", replaced(base, "daily", item("daily", 1, "days", 6)))), lower);
        QCOMPARE(code(put("locked", replaced(base, "weekly", item("weekly", 6, "days", 27)))), lower);
        QCOMPARE(code(put("locked", replaced(base, "hourly", item("hourly", 8, "days", 2)))), lower);
        QCOMPARE(code(put("locked", replaced(base, "weekly"))), remove);
        QJsonObject noOnDemand = base;
        noOnDemand.remove("onDemandPolicyItem");
        QCOMPARE(code(put("locked", noOnDemand)), remove);
        QJsonObject shorterOnDemand = base;
        shorterOnDemand.insert("onDemandPolicyItem", item("ondemand", 0, "days", 6));
        QCOMPARE(code(put("locked", shorterOnDemand)), lower);
        QJsonObject noPit = base;
        noPit.insert("pitEnabled", false);
        QCOMPARE(code(put("locked", noPit)), QStringLiteral("CANNOT_DISABLE_PIT_WITH_BACKUUP_COMPLIANCE_POLICY"));
        QJsonObject shorterWindow = base;
        shorterWindow.insert("restoreWindowDays", 1);
        QCOMPARE(code(put("locked", shorterWindow)),
                 QStringLiteral("CANNOT_DECREASE_PIT_WINDOW_WITH_BACKUP_COMPLIANCE_POLICY"));
        QCOMPARE(policy("locked").json().value("scheduledPolicyItems"), seeded.value("scheduledPolicyItems"));

        // Equal is not lower (28 days are 4 weeks); growing is allowed and raises the clusters.
        QCOMPARE(put("locked", replaced(base, "weekly", item("weekly", 6, "days", 28))).status, 200);
        fx.engine->advanceBy(300);
        QJsonObject grown =
            replaced(replaced(base, "hourly", item("hourly", 4, "days", 3)), "daily", item("daily", 1, "days", 9));
        grown.insert("restoreWindowDays", 3);
        grown.insert("onDemandPolicyItem", item("ondemand", 0, "days", 8));
        grown.insert("copyProtectionEnabled", false);  // not among the prohibitions
        const Response g = put("locked", grown);
        QCOMPARE(g.status, 200);
        for (const char *name : {"main", "shard"}) {
            const QJsonObject s = schedule("locked", name);
            QCOMPARE(itemOf(s, "hourly").value("frequencyInterval").toInt(), 4);
            QCOMPARE(itemOf(s, "hourly").value("retentionValue").toInt(), 3);
            QVERIFY(itemOf(s, "daily").value("retentionValue").toInt() >= 9);
            QCOMPARE(s.value("restoreWindowDays").toInt(), 3);
        }
    }

    void schedulesUnderThePolicy()
    {
        const QString below = QStringLiteral("BACKUP_POLICIES_NOT_MEETING_BACKUP_COMPLIANCE_POLICY_REQUIREMENTS");
        const QJsonObject s = schedule("locked", "main");
        QJsonObject h = itemOf(s, "hourly"), d = itemOf(s, "daily"), w1, w2;
        for (const auto &v : itemsOf(s))
            if (v.toObject().value("frequencyType").toString() == u"weekly")
                (v.toObject().value("frequencyInterval").toInt() == 6 ? w1 : w2) = v.toObject();
        auto with = [](QJsonObject i, const char *field, int value) {
            i.insert(QLatin1String(field), value);
            return i;
        };
        // The daily floor is 7 days: 7 is met, 6 is not.
        QCOMPARE(code(patch("locked", "main", {h, with(d, "retentionValue", 6), w1, w2})), below);
        d = with(d, "retentionValue", 7);
        QCOMPARE(patch("locked", "main", {h, d, w1, w2}).status, 200);
        // The hourly floor runs every 6 h: every 4 h meets it, every 8 h does not.
        QCOMPARE(code(patch("locked", "main", {with(h, "frequencyInterval", 8), d, w1, w2})), below);
        h = with(h, "frequencyInterval", 4);
        QCOMPARE(patch("locked", "main", {h, d, w1, w2}).status, 200);
        // The weekly floor (4 weeks): without a weekly item it is not met.
        QCOMPARE(code(patch("locked", "main", {h, d})), below);
        // w2 (Wednesdays, 5 weeks) tags snapshots: left out with deleteSnapshots, they would go.
        const QString w2id = w2.value("id").toString();
        QList<QJsonObject> ofW2;
        for (const auto &v : snapshots("locked", "main"))
            if (tagOf(v.toObject()) == w2id) ofW2 << v.toObject();
        QVERIFY(!ofW2.isEmpty());
        QCOMPARE(code(patch("locked", "main", {h, d, w1}, {{"deleteSnapshots", true}})),
                 QStringLiteral("CANNOT_DELETE_SNAPSHOT_WITH_BACKUP_COMPLIANCE_POLICY"));
        // Shorter (still above the floor): for future snapshots only, never with updateSnapshots.
        QCOMPARE(code(patch("locked", "main", {h, d, w1, with(w2, "retentionValue", 4)}, {{"updateSnapshots", true}})),
                 QStringLiteral("CANNOT_DECREASE_SNAPSHOT_RETENTION_WITH_BACKUP_COMPLIANCE_POLICY"));
        QCOMPARE(patch("locked", "main", {h, d, w1, with(w2, "retentionValue", 4)}).status, 200);
        for (const QJsonObject &o : ofW2)
            QCOMPARE(timeOf(fx.get(fx.cluster("locked", "main") + QStringLiteral("/backup/snapshots/") +
                                   o.value("id").toString())
                                .json(),
                            "expiresAt"),
                     timeOf(o, "expiresAt"));
        // Longer, with updateSnapshots: the existing ones are kept longer too.
        QCOMPARE(patch("locked", "main", {h, d, w1, with(w2, "retentionValue", 6)}, {{"updateSnapshots", true}}).status,
                 200);
        for (const QJsonObject &o : ofW2)
            QCOMPARE(timeOf(fx.get(fx.cluster("locked", "main") + QStringLiteral("/backup/snapshots/") +
                                   o.value("id").toString())
                                .json(),
                            "expiresAt"),
                     timeOf(o, "createdAt").addDays(42));
        // The restore window: the policy requires 2 days.
        QCOMPARE(code(patch("locked", "main", {h, d, w1, w2}, {{"restoreWindowDays", 1}})),
                 QStringLiteral("CANNOT_DECREASE_PIT_WINDOW_WITH_BACKUP_COMPLIANCE_POLICY"));
        QCOMPARE(patch("locked", "main", {h, d, w1, w2}, {{"restoreWindowDays", 2}}).status, 200);
        // Either weekly item meets the weekly floor: w1 may go (its snapshots stay).
        QCOMPARE(patch("locked", "main", {h, d, w2}).status, 200);
        QCOMPARE(code(fx.as("owner", "DELETE", fx.cluster("locked", "main") + QStringLiteral("/backup/schedule"),
                            QByteArray(), kV24, kSchedule)),
                 below);
        // Copies are kept when their region goes (copyProtectionEnabled).
        QCOMPARE(code(patch("locked", "main", {h, d, w2},
                            {{"copySettings", QJsonArray()},
                             {"deleteCopiedBackups",
                              QJsonArray{QJsonObject{{"cloudProvider", "AWS"}, {"regionName", "US_WEST_2"}}}}})),
                 QStringLiteral("CANNOT_DELETE_COPY_SNAPSHOT_WITH_BACKUP_COMPLIANCE_POLICY_ENABLED"));
        QCOMPARE(patch("locked", "main", {h, d, w2}, {{"copySettings", QJsonArray()}}).status, 200);
        QCOMPARE(snapshots("locked", "main").first().toObject().value("copyRegions").toArray(),
                 QJsonArray{"US_WEST_2"});
        // Extra retention belongs to a compliance policy.
        const QJsonArray extra{QJsonObject{{"frequencyType", "DAILY"}, {"retentionDays", 30}}};
        QCOMPARE(patch("locked", "main", {h, d, w2}, {{"extraRetentionSettings", extra}}).status, 200);
        QCOMPARE(schedule("locked", "main").value("extraRetentionSettings").toArray(), extra);
        QCOMPARE(code(patch("locked", "main", {h, d, w2},
                            {{"extraRetentionSettings",
                              QJsonArray{QJsonObject{{"frequencyType", "DAILY"}, {"retentionDays", 0}}}}})),
                 QStringLiteral("VALIDATION_ERROR"));
    }

    void snapshotsUnderThePolicy()
    {
        const QString noDelete = QStringLiteral("CANNOT_DELETE_SNAPSHOT_WITH_BACKUP_COMPLIANCE_POLICY");
        const QString noShorter = QStringLiteral("CANNOT_DECREASE_SNAPSHOT_RETENTION_WITH_BACKUP_COMPLIANCE_POLICY");
        const QJsonObject rs = completed("locked", "main");
        const QString rsId = rs.value("id").toString();
        QCOMPARE(
            code(fx.as("owner", "DELETE", fx.cluster("locked", "main") + QStringLiteral("/backup/snapshots/") + rsId,
                       QByteArray(), kV1, kSnapshot)),
            noDelete);
        const QJsonObject sh = completed("locked", "shard", true);
        QCOMPARE(code(fx.as("owner", "DELETE",
                            fx.cluster("locked", "shard") + QStringLiteral("/backup/snapshots/shardedCluster/") +
                                sh.value("id").toString(),
                            QByteArray(), kV1, kSharded)),
                 noDelete);
        // A scheduled snapshot: shorter is refused, the same or longer is not.
        const int kept = daysKept(rs);
        QCOMPARE(code(retain("locked", "main", rsId, kept - 1)), noShorter);
        QCOMPARE(retain("locked", "main", rsId, kept).status, 200);
        QCOMPARE(retain("locked", "main", rsId, kept + 5).status, 200);
        QCOMPARE(code(retain("locked", "main", rsId, kept + 4)), noShorter);
        QCOMPARE(code(retain("locked", "shard", sh.value("id").toString(), daysKept(sh) - 1)), noShorter);
        // An on-demand snapshot under a policy with an on-demand item: no shorter either.
        QCOMPARE(fx.as("owner", "POST", fx.cluster("locked", "main") + QStringLiteral("/backup/snapshots"),
                       R"({"retentionInDays": 10})")
                     .status,
                 200);
        fx.engine->advanceBy(3600);
        const QJsonObject od = completed("locked", "main", false, QStringLiteral("onDemand"));
        QCOMPARE(code(retain("locked", "main", od.value("id").toString(), 9)), noShorter);
        QCOMPARE(retain("locked", "main", od.value("id").toString(), 11).status, 200);
        // Under a policy without one ("approved"), an on-demand snapshot may be shortened; a scheduled one may not.
        QCOMPARE(fx.as("owner", "POST", fx.cluster("approved", "kept") + QStringLiteral("/backup/snapshots"),
                       R"({"retentionInDays": 10})")
                     .status,
                 200);
        fx.engine->advanceBy(3600);
        const QJsonObject free = completed("approved", "kept", false, QStringLiteral("onDemand"));
        QCOMPARE(retain("approved", "kept", free.value("id").toString(), 5).status, 200);
        const QJsonObject scheduled = completed("approved", "kept");
        QCOMPARE(code(retain("approved", "kept", scheduled.value("id").toString(), daysKept(scheduled) - 1)),
                 noShorter);
        QCOMPARE(code(fx.as("owner", "DELETE",
                            fx.cluster("approved", "kept") + QStringLiteral("/backup/snapshots/") +
                                free.value("id").toString(),
                            QByteArray(), kV1, kSnapshot)),
                 noDelete);
    }

    void disableOnlyInAnEmptyProject()
    {
        QCOMPARE(disable("prod").status, 404);
        const Response locked = disable("locked");
        QCOMPARE(locked.status, 400);
        QCOMPARE(code(locked), QStringLiteral("CANNOT_DISABLE_BACKUP_COMPLIANCE_POLICY"));
        QCOMPARE(policy("locked").json().value("state").toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(disable("empty", QStringLiteral("manager")).status, 403);
        // An empty project: DISABLING for five minutes, then gone.
        const QDateTime at = fx.engine->now();
        const Response ok = disable("empty");
        QCOMPARE(ok.status, 204);
        QVERIFY(ok.body.isEmpty());
        const QJsonObject disabling = policy("empty").json();
        QCOMPARE(disabling.value("state").toString(), QStringLiteral("DISABLING"));
        QCOMPARE(disabling.value("updatedUser").toString(), QStringLiteral("owner@api-keys.sandbox.invalid"));
        const QString pending = QStringLiteral("CANNOT_UPDATE_BACKUP_COMPLIANCE_POLICY_SETTINGS_WITH_PENDING_ACTION");
        QCOMPARE(code(disable("empty")), pending);
        QCOMPARE(code(put("empty", current("empty"))), pending);
        fx.engine->advanceBy(299);
        QCOMPARE(policy("empty").json().value("state").toString(), QStringLiteral("DISABLING"));
        fx.engine->advanceBy(1);
        QCOMPARE(policy("empty").status, 404);
        QCOMPARE(disable("empty").status, 404);
        const QStringList events = fx.events("empty");
        QVERIFY(events.indexOf(QStringLiteral("CPS_DATA_PROTECTION_DISABLE_REQUESTED")) <
                events.indexOf(QStringLiteral("CPS_DATA_PROTECTION_DISABLED")));
        QCOMPARE(timeOf(fx.eventOf("empty", QStringLiteral("CPS_DATA_PROTECTION_DISABLED")), "created"),
                 at.addSecs(300));
        // Enabled again from scratch: ENABLING.
        const Response again = put("empty", withFloor(representative(), {item("daily", 1, "days", 7)}));
        QCOMPARE(again.json().value("state").toString(), QStringLiteral("ENABLING"));

        // Once MongoDB Support approved it (deletable), a project with clusters can disable it too;
        // then its snapshots and schedule are free again.
        QVERIFY(policy("approved").json().value("deletable").toBool());
        QCOMPARE(disable("approved").status, 204);
        fx.engine->advanceBy(300);
        QCOMPARE(policy("approved").status, 404);
        const QString sid = completed("approved", "kept").value("id").toString();
        QCOMPARE(fx.as("owner", "DELETE", fx.cluster("approved", "kept") + QStringLiteral("/backup/snapshots/") + sid,
                       QByteArray(), kV1, kSnapshot)
                     .status,
                 204);
        QCOMPARE(fx.as("owner", "DELETE", fx.cluster("approved", "kept") + QStringLiteral("/backup/schedule"),
                       QByteArray(), kV24, kSchedule)
                     .status,
                 200);
    }

    void answersValidateAgainstTheContract()
    {
        QVERIFY(fx.recorder.size() > 40);
        const QString failures = fx.recorder.validate();
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
    }
};

QTEST_GUILESS_MAIN(SandboxComplianceTest)
#include "tst_sandbox_compliance.moc"
