// The backup policy's write side over real HTTP: PATCH and DELETE backup/schedule in both
// versions (every refusal on both sides of its boundary, ids kept across edits, updateSnapshots
// and deleteSnapshots, copy settings, auto export, the simulator following the new items),
// a snapshot's retention and deletion for replica sets and sharded clusters, the roles, the
// events, the apply-then-fail faults; every answer checked against the contract.
#include "policytestutil.h"
#include "rawhttp.h"

#include <QRegularExpression>
#include <QSet>

using namespace policytest;

namespace {

const char *const kScenario = R"({
  "historyDays": 20,
  "organizations": [{"name": "acme", "projects": [
    {"name": "prod",
     "exportBuckets": [{"bucketName": "exports", "cloudProvider": "AWS", "region": "US_EAST_1"}],
     "clusters": [
      {"name": "rs", "tier": "M10", "mongoDBVersion": "8.0.4", "createdDaysAgo": 60,
       "schedule": {"referenceHourOfDay": 6, "referenceMinuteOfHour": 0, "restoreWindowDays": 2,
                    "policyItems": [
                      {"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 2},
                      {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7},
                      {"frequencyType": "weekly", "frequencyInterval": 6, "retentionUnit": "weeks", "retentionValue": 4}]}},
      {"name": "pit", "tier": "M10", "mongoDBVersion": "8.0.4", "pitEnabled": true, "createdDaysAgo": 60,
       "schedule": {"referenceHourOfDay": 6, "restoreWindowDays": 2,
                    "policyItems": [
                      {"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 3},
                      {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7}]}},
      {"name": "sh", "tier": "M30", "mongoDBVersion": "8.0.4", "clusterType": "SHARDED", "shards": 2,
       "createdDaysAgo": 60,
       "schedule": {"referenceHourOfDay": 6,
                    "policyItems": [
                      {"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 2},
                      {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7}]}},
      {"name": "gcp", "tier": "M10", "mongoDBVersion": "8.0.4", "provider": "GCP", "region": "CENTRAL_US",
       "schedule": {"policyItems": [
                      {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7}]}},
      {"name": "free", "tier": "M0", "mongoDBVersion": "8.0.4"}]},
    {"name": "other",
     "exportBuckets": [{"bucketName": "theirs", "cloudProvider": "AWS", "region": "US_EAST_1"}],
     "clusters": [{"name": "elsewhere", "tier": "M10", "mongoDBVersion": "8.0.4"}]}]}],
  "apiKeys": [
    {"publicKey": "owner", "privateKey": "owner-secret", "orgRole": "ORG_OWNER"},
    {"publicKey": "manager", "privateKey": "manager-secret", "projectRoles": {"prod": "GROUP_BACKUP_MANAGER"}},
    {"publicKey": "creator", "privateKey": "creator-secret", "projectRoles": {"prod": "GROUP_BACKUP_CREATOR"}},
    {"publicKey": "reader", "privateKey": "reader-secret", "orgRole": "ORG_READ_ONLY"}],
  "serviceAccounts": [{"clientId": "mdb_sa_id_acme", "clientSecret": "mdb_sa_sk_acme", "orgRole": "ORG_OWNER"}]
})";

const QString kV24 = QStringLiteral("2024-08-05");
const QString kV1 = QStringLiteral("2023-01-01");
const QString kGroup = QStringLiteral("/api/atlas/v2/groups/{groupId}");
const QString kCluster = kGroup + QStringLiteral("/clusters/{clusterName}");
const QString kSchedule = kCluster + QStringLiteral("/backup/schedule");
const QString kSnapshot = kCluster + QStringLiteral("/backup/snapshots/{snapshotId}");
const QString kSharded = kCluster + QStringLiteral("/backup/snapshots/shardedCluster/{snapshotId}");

QString tagOf(const QJsonObject &snapshot)
{
    const QJsonArray tags = snapshot.value("policyItems").toArray();
    return tags.isEmpty() ? QString() : tags.first().toString();
}

}  // namespace

class SandboxPolicyTest : public QObject {
    Q_OBJECT

    Fixture fx;

    QString path(const QString &cluster, const QString &project = QStringLiteral("prod")) const
    {
        return fx.cluster(project, cluster);
    }
    QJsonObject schedule(const QString &cluster, const QString &version = kV24)
    {
        return fx.get(path(cluster) + QStringLiteral("/backup/schedule"), version).json();
    }
    Response patch(const QString &cluster, const QJsonObject &body, const QString &version = kV24,
                   const QString &key = QStringLiteral("owner"))
    {
        return fx.as(key, "PATCH", path(cluster) + QStringLiteral("/backup/schedule"), compact(body), version,
                     kSchedule);
    }
    Response removeAll(const QString &cluster, const QString &version = kV24,
                       const QString &key = QStringLiteral("owner"))
    {
        return fx.as(key, "DELETE", path(cluster) + QStringLiteral("/backup/schedule"), QByteArray(), version,
                     kSchedule);
    }
    // A PATCH body with these items (and the cluster's policy id).
    QJsonObject withItems(const QString &cluster, const QJsonArray &items)
    {
        const QString pid = schedule(cluster).value("policies").toArray().first().toObject().value("id").toString();
        return QJsonObject{{"policies", QJsonArray{QJsonObject{{"id", pid}, {"policyItems", items}}}}};
    }
    QJsonArray itemsOf(const QJsonObject &sched)
    {
        return sched.value("policies").toArray().first().toObject().value("policyItems").toArray();
    }
    QString idOf(const QJsonObject &sched, const char *frequency)
    {
        for (const auto &v : itemsOf(sched))
            if (v.toObject().value("frequencyType").toString() == QLatin1String(frequency))
                return v.toObject().value("id").toString();
        return {};
    }
    QJsonArray snapshots(const QString &cluster, bool sharded = false)
    {
        return fx.list(path(cluster) + (sharded ? QStringLiteral("/backup/snapshots/shardedClusters")
                                                : QStringLiteral("/backup/snapshots")));
    }
    QJsonObject completedSnapshot(const QString &cluster, bool sharded = false, const QString &tag = QString())
    {
        for (const auto &v : snapshots(cluster, sharded))
            if (v.toObject().value("status").toString() == u"completed" &&
                (tag.isEmpty() || tagOf(v.toObject()) == tag))
                return v.toObject();
        return {};
    }
    // Expects the PATCH of `items` alone to be refused with `code`, or accepted when `code` is empty.
    void expectItems(const QString &cluster, const QJsonArray &items, const QString &code, int line)
    {
        const Response r = patch(cluster, withItems(cluster, items));
        const QString what =
            QStringLiteral("line %1: %2 %3").arg(line).arg(r.status).arg(QString::fromUtf8(r.body.left(300)));
        if (code.isEmpty())
            QVERIFY2(r.status == 200, qPrintable(what));
        else
            QVERIFY2(r.status == 400 && r.json().value("errorCode").toString() == code, qPrintable(what));
    }

private slots:
    void init() { QVERIFY(fx.start(kScenario)); }
    void cleanup() { fx.stop(); }

    void intervalsOnBothSidesOfTheirBoundaries()
    {
        const QString bad = QStringLiteral("INVALID_BACKUP_POLICY");
        for (int h : {1, 2, 4, 6, 8, 12}) expectItems("rs", {item("hourly", h, "days", 2)}, QString(), __LINE__);
        for (int h : {3, 5, 7, 24}) expectItems("rs", {item("hourly", h, "days", 2)}, bad, __LINE__);
        expectItems("rs", {item("hourly", 0, "days", 2)}, QStringLiteral("INVALID_ENUM_VALUE"), __LINE__);
        expectItems("rs", {item("daily", 1, "days", 7)}, QString(), __LINE__);
        expectItems("rs", {item("daily", 2, "days", 7)}, bad, __LINE__);
        for (int d : {1, 7}) expectItems("rs", {item("weekly", d, "weeks", 4)}, QString(), __LINE__);
        expectItems("rs", {item("weekly", 8, "weeks", 4)}, bad, __LINE__);
        for (int d : {1, 28, 40}) expectItems("rs", {item("monthly", d, "months", 12)}, QString(), __LINE__);
        // 29 is outside the contract's enum: the body check refuses it before the policy rules.
        expectItems("rs", {item("monthly", 29, "months", 12)}, QStringLiteral("INVALID_ENUM_VALUE"), __LINE__);
        for (int m : {1, 12}) expectItems("rs", {item("yearly", m, "years", 1)}, QString(), __LINE__);
        expectItems("rs", {item("yearly", 13, "years", 1)}, bad, __LINE__);
        expectItems("rs", {item("ondemand", 1, "days", 1)}, bad, __LINE__);
        const Response r = patch("rs", withItems("rs", {item("hourly", 3, "days", 2)}));
        QVERIFY2(r.json().value("detail").toString().contains(QStringLiteral("1, 2, 4, 6, 8 or 12")),
                 r.body.constData());
    }

    void retentionIsAtLeastOneFrequencyUnit()
    {
        const QString bad = QStringLiteral("INVALID_BACKUP_POLICY");
        expectItems("rs", {item("hourly", 6, "days", 1)}, QString(), __LINE__);
        expectItems("rs", {item("hourly", 6, "days", 0)}, bad, __LINE__);
        expectItems("rs", {item("daily", 1, "days", 1)}, QString(), __LINE__);
        expectItems("rs", {item("daily", 1, "days", 0)}, bad, __LINE__);
        expectItems("rs", {item("weekly", 6, "days", 7)}, QString(), __LINE__);
        expectItems("rs", {item("weekly", 6, "days", 6)}, bad, __LINE__);
        expectItems("rs", {item("weekly", 6, "weeks", 1)}, QString(), __LINE__);
        // A month is a twelfth of a year (30.44 days): 31 days or 5 weeks hold one, 30 days or 4 weeks do not.
        expectItems("rs", {item("monthly", 40, "months", 1)}, QString(), __LINE__);
        expectItems("rs", {item("monthly", 40, "days", 31)}, QString(), __LINE__);
        expectItems("rs", {item("monthly", 40, "days", 30)}, bad, __LINE__);
        expectItems("rs", {item("monthly", 40, "weeks", 5)}, QString(), __LINE__);
        expectItems("rs", {item("monthly", 40, "weeks", 4)}, bad, __LINE__);
        // A year is 365.25 days: 12 months, 53 weeks or 366 days hold one.
        expectItems("rs", {item("yearly", 12, "years", 1)}, QString(), __LINE__);
        expectItems("rs", {item("yearly", 12, "months", 12)}, QString(), __LINE__);
        expectItems("rs", {item("yearly", 12, "months", 11)}, bad, __LINE__);
        expectItems("rs", {item("yearly", 12, "weeks", 53)}, QString(), __LINE__);
        expectItems("rs", {item("yearly", 12, "weeks", 52)}, bad, __LINE__);
        expectItems("rs", {item("yearly", 12, "days", 366)}, QString(), __LINE__);
        expectItems("rs", {item("yearly", 12, "days", 365)}, bad, __LINE__);
    }

    void lessFrequentItemsKeepAtLeastAsLong()
    {
        const QString bad = QStringLiteral("INVALID_BACKUP_POLICY");
        expectItems("rs", {item("daily", 1, "days", 14), item("weekly", 6, "weeks", 2)}, QString(), __LINE__);
        expectItems("rs", {item("daily", 1, "days", 15), item("weekly", 6, "weeks", 2)}, bad, __LINE__);
        expectItems("rs", {item("hourly", 6, "days", 8), item("weekly", 6, "weeks", 1)}, bad, __LINE__);
        expectItems("rs", {item("daily", 1, "days", 30), item("monthly", 40, "months", 1)}, QString(), __LINE__);
        expectItems("rs", {item("daily", 1, "days", 31), item("monthly", 40, "months", 1)}, bad, __LINE__);
        expectItems("rs", {item("monthly", 40, "months", 12), item("yearly", 12, "years", 1)}, QString(), __LINE__);
        expectItems("rs", {item("monthly", 40, "months", 13), item("yearly", 12, "years", 1)}, bad, __LINE__);
        // The order of the items in the body does not matter.
        expectItems("rs", {item("weekly", 6, "weeks", 2), item("daily", 1, "days", 15)}, bad, __LINE__);
    }

    void atMostOneHourlyAndOneDailyItem()
    {
        const QString bad = QStringLiteral("INVALID_BACKUP_POLICY");
        expectItems("rs", {item("hourly", 6, "days", 2), item("hourly", 12, "days", 2)}, bad, __LINE__);
        expectItems("rs", {item("daily", 1, "days", 7), item("daily", 1, "days", 8)}, bad, __LINE__);
        expectItems("rs", {item("weekly", 6, "weeks", 4), item("weekly", 3, "weeks", 4)}, QString(), __LINE__);
        expectItems("rs", {item("monthly", 1, "months", 2), item("monthly", 40, "months", 2)}, QString(), __LINE__);
    }

    void referenceTimeAndRestoreWindow()
    {
        auto with = [&](const char *field, int value, const QString &cluster = QStringLiteral("rs")) {
            QJsonObject b = withItems(cluster, itemsOf(schedule(cluster)));
            b.insert(QLatin1String(field), value);
            return patch(cluster, b);
        };
        QCOMPARE(with("referenceHourOfDay", 0).status, 200);
        QCOMPARE(with("referenceHourOfDay", 23).json().value("referenceHourOfDay").toInt(), 23);
        QCOMPARE(with("referenceHourOfDay", 24).json().value("errorCode").toString(),
                 QStringLiteral("INVALID_REFERENCE_HOUR_OF_DAY"));
        QCOMPARE(with("referenceHourOfDay", -1).json().value("errorCode").toString(),
                 QStringLiteral("INVALID_REFERENCE_HOUR_OF_DAY"));
        QCOMPARE(with("referenceMinuteOfHour", 59).json().value("referenceMinuteOfHour").toInt(), 59);
        QCOMPARE(with("referenceMinuteOfHour", 60).json().value("errorCode").toString(),
                 QStringLiteral("INVALID_REFERENCE_MINUTE_OF_HOUR"));
        QCOMPARE(with("restoreWindowDays", 0).json().value("errorCode").toString(),
                 QStringLiteral("INVALID_RESTORE_WINDOW"));
        QCOMPARE(with("restoreWindowDays", 1).status, 200);
        // Without continuous backup the window is not bound by the hourly retention (2 days here).
        QCOMPARE(with("restoreWindowDays", 5).status, 200);
        // With it, the window fits in the hourly item's retention (3 days on "pit").
        QCOMPARE(with("restoreWindowDays", 3, QStringLiteral("pit")).json().value("restoreWindowDays").toInt(), 3);
        QCOMPARE(with("restoreWindowDays", 4, QStringLiteral("pit")).json().value("errorCode").toString(),
                 QStringLiteral("INVALID_RESTORE_WINDOW"));
        // Shortening the hourly retention below the window is refused the same way.
        expectItems("pit", {item("hourly", 6, "days", 2), item("daily", 1, "days", 7)},
                    QStringLiteral("INVALID_RESTORE_WINDOW"), __LINE__);
        expectItems("pit", {item("hourly", 6, "days", 3), item("daily", 1, "days", 7)}, QString(), __LINE__);
    }

    void continuousBackupNeedsAnHourlyItem()
    {
        const Response r = patch("pit", withItems("pit", {item("daily", 1, "days", 7)}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value("errorCode").toString(), QStringLiteral("INVALID_BACKUP_POLICY"));
        QVERIFY2(r.json().value("detail").toString().contains(
                     QStringLiteral("Continuous Cloud Backup cannot be on without an hourly policy item")),
                 r.body.constData());
        const Response del = removeAll("pit");
        QCOMPARE(del.json().value("errorCode").toString(), QStringLiteral("INVALID_BACKUP_POLICY"));
        QCOMPARE(itemsOf(schedule("pit")).size(), 2);
        // Without continuous backup, DELETE removes every item and keeps the policy's id.
        const QString pid = schedule("rs").value("policies").toArray().first().toObject().value("id").toString();
        for (const QString &v : {kV24, kV1}) {
            const Response ok = removeAll("rs", v);
            QCOMPARE(ok.status, 200);
            QCOMPARE(itemsOf(ok.json()).size(), 0);
            QCOMPARE(ok.json().value("policies").toArray().first().toObject().value("id").toString(), pid);
            QVERIFY(!ok.json().contains("nextSnapshot"));
        }
        QCOMPARE(fx.events("prod").count(QStringLiteral("CPS_SNAPSHOT_SCHEDULE_UPDATED_AUDIT")), 2);
        QCOMPARE(removeAll("free").json().value("errorCode").toString(),
                 QStringLiteral("TENANT_CLUSTER_NOT_SUPPORTED"));
    }

    void idsAreKeptAcrossEdits()
    {
        const QJsonObject before = schedule("rs");
        const QString pid = before.value("policies").toArray().first().toObject().value("id").toString();
        const QString hourly = idOf(before, "hourly"), daily = idOf(before, "daily"), weekly = idOf(before, "weekly");
        // Update daily in place, keep hourly, leave weekly out, add a monthly item.
        const Response r =
            patch("rs", QJsonObject{{"policies", QJsonArray{QJsonObject{
                                                     {"id", pid},
                                                     {"policyItems", QJsonArray{item("hourly", 6, "days", 2, hourly),
                                                                                item("daily", 1, "days", 10, daily),
                                                                                item("monthly", 40, "months", 2)}}}}}});
        QCOMPARE(r.status, 200);
        const QJsonObject after = r.json();
        QCOMPARE(after.value("policies").toArray().first().toObject().value("id").toString(), pid);
        QCOMPARE(idOf(after, "hourly"), hourly);
        QCOMPARE(idOf(after, "daily"), daily);
        QVERIFY(idOf(after, "weekly").isEmpty());
        const QString monthly = idOf(after, "monthly");
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$")).match(monthly).hasMatch());
        QVERIFY(monthly != hourly && monthly != daily && monthly != weekly);
        for (const auto &v : itemsOf(after))
            if (v.toObject().value("id").toString() == daily)
                QCOMPARE(v.toObject().value("retentionValue").toInt(), 10);
        // The answer sent back as it is (2023-01-01 this time) changes nothing.
        QJsonObject again = after;
        for (const char *readOnly : {"clusterId", "clusterName", "nextSnapshot", "links", "autoCopySettingsEnabled"})
            again.remove(readOnly);
        again.remove("copySettings");
        const Response same = patch("rs", again, kV1);
        QCOMPARE(same.status, 200);
        QCOMPARE(itemsOf(same.json()), itemsOf(after));
        QCOMPARE(schedule("rs", kV1).value("policies"), after.value("policies"));
        // The removed item's snapshots stay until they expire.
        bool weeklyLeft = false;
        for (const auto &s : snapshots("rs")) weeklyLeft |= tagOf(s.toObject()) == weekly;
        QVERIFY(weeklyLeft);

        // Ids that are not the cluster's.
        QJsonObject body = withItems("rs", {item("daily", 1, "days", 7)});
        QJsonObject p = body.value("policies").toArray().first().toObject();
        p.insert("id", QStringLiteral("0123456789abcdef01234567"));
        body.insert("policies", QJsonArray{p});
        QCOMPARE(patch("rs", body).json().value("errorCode").toString(), QStringLiteral("INVALID_POLICY_ID"));
        const QString otherPolicy =
            schedule("pit").value("policies").toArray().first().toObject().value("id").toString();
        p.insert("id", otherPolicy);
        body.insert("policies", QJsonArray{p});
        QCOMPARE(patch("rs", body).json().value("errorCode").toString(), QStringLiteral("INVALID_POLICY_ID"));
        expectItems("rs", {item("daily", 1, "days", 7, idOf(schedule("pit"), "daily"))},
                    QStringLiteral("INVALID_POLICY_ITEM_ID"), __LINE__);
        expectItems("rs", {item("daily", 1, "days", 7, daily), item("weekly", 6, "weeks", 4, daily)},
                    QStringLiteral("INVALID_POLICY_ITEM_ID"), __LINE__);
        expectItems("rs", {item("weekly", 6, "weeks", 4, daily)}, QStringLiteral("INVALID_FREQUENCY_TYPE_CHANGE"),
                    __LINE__);
        expectItems("rs", {}, QStringLiteral("INVALID_NUM_OF_POLICY_ITEMS"), __LINE__);
        QCOMPARE(patch("rs", QJsonObject{{"policies", QJsonArray()}}).json().value("errorCode").toString(),
                 QStringLiteral("INVALID_NUM_OF_POLICIES"));
        QCOMPARE(patch("rs", QJsonObject{{"referenceHourOfDay", 3}}).json().value("errorCode").toString(),
                 QStringLiteral("MISSING_ATTRIBUTE"));  // policies is required by the contract
        QCOMPARE(patch("nope", body).json().value("errorCode").toString(), QStringLiteral("CLUSTER_NOT_FOUND"));
        QCOMPARE(patch("free", body).json().value("errorCode").toString(),
                 QStringLiteral("TENANT_CLUSTER_NOT_SUPPORTED"));
    }

    void fieldsLeftOutStay()
    {
        QJsonObject b = withItems("rs", itemsOf(schedule("rs")));
        b.insert("referenceHourOfDay", 9);
        b.insert("referenceMinuteOfHour", 30);
        b.insert("restoreWindowDays", 4);
        b.insert("copySettings", QJsonArray{QJsonObject{{"cloudProvider", "AWS"},
                                                        {"regionName", "US_WEST_2"},
                                                        {"zoneId", zoneOf("rs")},
                                                        {"frequencies", QJsonArray{"DAILY"}}}});
        QCOMPARE(patch("rs", b).status, 200);
        const Response r = patch("rs", withItems("rs", {item("daily", 1, "days", 9)}));
        QCOMPARE(r.status, 200);
        const QJsonObject s = r.json();
        QCOMPARE(s.value("referenceHourOfDay").toInt(), 9);
        QCOMPARE(s.value("referenceMinuteOfHour").toInt(), 30);
        QCOMPARE(s.value("restoreWindowDays").toInt(), 4);
        QCOMPARE(s.value("copySettings").toArray().size(), 1);
        QCOMPARE(s.value("copySettings").toArray().first().toObject().value("regionName").toString(),
                 QStringLiteral("US_WEST_2"));
        QCOMPARE(itemsOf(s).size(), 1);
        // The next snapshot follows the new reference time: the daily item at 09:30.
        QCOMPARE(timeOf(s, "nextSnapshot"), QDateTime(startTime().date(), QTime(9, 30), Qt::UTC));
    }

    void updateSnapshotsMovesTheRightExpiries()
    {
        const QJsonObject before = schedule("rs");
        const QString hourly = idOf(before, "hourly"), daily = idOf(before, "daily"), weekly = idOf(before, "weekly");
        // One daily snapshot gets its own retention first: updateSnapshots leaves it alone.
        const QJsonObject own = completedSnapshot("rs", false, daily);
        QVERIFY(!own.isEmpty());
        const Response set =
            fx.as("owner", "PATCH", path("rs") + QStringLiteral("/backup/snapshots/") + own.value("id").toString(),
                  R"({"retentionUnit": "DAYS", "retentionValue": 30})", kV1, kSnapshot);
        QCOMPARE(set.status, 200);
        QHash<QString, QDateTime> was;
        for (const auto &v : snapshots("rs"))
            was.insert(v.toObject().value("id").toString(), timeOf(v.toObject(), "expiresAt"));

        // Without updateSnapshots nothing moves.
        QJsonObject b = withItems("rs", {item("hourly", 6, "days", 2, hourly), item("daily", 1, "days", 9, daily),
                                         item("weekly", 6, "weeks", 4, weekly)});
        QCOMPARE(patch("rs", b).status, 200);
        for (const auto &v : snapshots("rs"))
            QCOMPARE(timeOf(v.toObject(), "expiresAt"), was.value(v.toObject().value("id").toString()));

        // With it: the daily item's snapshots (retention changed 9 -> 10 days) expire at createdAt + 10 days;
        // the one set on its own, the hourly and the weekly ones keep theirs.
        b = withItems("rs", {item("hourly", 6, "days", 2, hourly), item("daily", 1, "days", 10, daily),
                             item("weekly", 6, "weeks", 4, weekly)});
        b.insert("updateSnapshots", true);
        QCOMPARE(patch("rs", b).status, 200);
        int moved = 0;
        for (const auto &v : snapshots("rs")) {
            const QJsonObject s = v.toObject();
            const QString id = s.value("id").toString();
            if (tagOf(s) == daily && id != own.value("id").toString()) {
                QCOMPARE(timeOf(s, "expiresAt"), timeOf(s, "createdAt").addDays(10));
                ++moved;
            } else {
                QCOMPARE(timeOf(s, "expiresAt"), was.value(id));
            }
        }
        QVERIFY(moved >= 4);
        // Shortening with updateSnapshots: hourly snapshots older than a day are gone at once.
        b = withItems("rs", {item("hourly", 6, "days", 1, hourly), item("daily", 1, "days", 10, daily),
                             item("weekly", 6, "weeks", 4, weekly)});
        b.insert("updateSnapshots", true);
        QCOMPARE(patch("rs", b).status, 200);
        int hourlyLeft = 0;
        for (const auto &v : snapshots("rs"))
            if (tagOf(v.toObject()) == hourly) {
                QVERIFY(timeOf(v.toObject(), "createdAt") > fx.engine->now().addDays(-1));
                ++hourlyLeft;
            }
        QVERIFY(hourlyLeft > 0);
    }

    void deleteSnapshotsRemovesTheLeftOutItemsSnapshots()
    {
        const QJsonObject before = schedule("rs");
        const QString hourly = idOf(before, "hourly"), daily = idOf(before, "daily"), weekly = idOf(before, "weekly");
        int weeklies = 0;
        for (const auto &v : snapshots("rs")) weeklies += tagOf(v.toObject()) == weekly;
        QVERIFY(weeklies > 0);
        QJsonObject b = withItems("rs", {item("hourly", 6, "days", 2, hourly), item("daily", 1, "days", 7, daily)});
        b.insert("deleteSnapshots", true);
        QCOMPARE(patch("rs", b).status, 200);
        for (const auto &v : snapshots("rs")) QVERIFY(tagOf(v.toObject()) != weekly);
        QCOMPARE(fx.events("prod").count(QStringLiteral("CPS_SNAPSHOT_DELETED_AUDIT")), weeklies);
    }

    void newSnapshotsFollowTheNewItems()
    {
        const QJsonObject before = schedule("rs");
        // 06:00 on 25 Nov: the 06:00 slots are taken; every 6 h from 06:00 the next is at 12:00.
        QCOMPARE(timeOf(before, "nextSnapshot"), QDateTime(startTime().date(), QTime(12, 0), Qt::UTC));
        const QString hourly = idOf(before, "hourly");
        const Response r = patch("rs", withItems("rs", {item("hourly", 2, "days", 2, hourly),
                                                        item("daily", 1, "days", 7, idOf(before, "daily"))}));
        QCOMPARE(r.status, 200);
        QCOMPARE(timeOf(r.json(), "nextSnapshot"), QDateTime(startTime().date(), QTime(8, 0), Qt::UTC));
        fx.engine->advanceBy(4 * 3600 + 300);
        QList<QDateTime> times;
        for (const auto &v : snapshots("rs"))
            if (timeOf(v.toObject(), "createdAt") > startTime().addSecs(600)) {
                QCOMPARE(tagOf(v.toObject()), hourly);
                times << timeOf(v.toObject(), "createdAt");
            }
        QCOMPARE(times.size(), 2);  // 08:00 and 10:00 (each a little late)

        // Emptied, then given a new item a day later: snapshots start from then, none for the idle day.
        QCOMPARE(removeAll("rs").status, 200);
        fx.engine->advanceBy(24 * 3600);
        const int count = int(snapshots("rs").size());
        const QDateTime patchedAt = fx.engine->now();
        const Response fresh = patch("rs", withItems("rs", {item("hourly", 1, "days", 2)}));
        QCOMPARE(fresh.status, 200);
        const QString id = idOf(fresh.json(), "hourly");
        QVERIFY(id != hourly);
        fx.engine->advanceBy(3 * 3600 + 300);
        const QJsonArray after = snapshots("rs");
        int newOnes = 0;
        for (const auto &v : after)
            if (timeOf(v.toObject(), "createdAt") > patchedAt) {
                QCOMPARE(tagOf(v.toObject()), id);
                ++newOnes;
            }
        QCOMPARE(newOnes, 3);
        QVERIFY(after.size() <= count + 3);  // older ones may have expired meanwhile, none were added for the idle day
    }

    void copySettingsPerVersion()
    {
        const QString zone = zoneOf("rs");
        const QJsonArray items = itemsOf(schedule("rs"));
        auto copy = [&](const QJsonObject &setting, const QString &version = kV24) {
            QJsonObject b = withItems("rs", items);
            b.insert("copySettings", QJsonArray{setting});
            return patch("rs", b, version);
        };
        QJsonObject west{{"cloudProvider", "AWS"},
                         {"regionName", "US_WEST_2"},
                         {"zoneId", zone},
                         {"frequencies", QJsonArray{"HOURLY", "DAILY"}}};
        const Response ok = copy(west);
        QCOMPARE(ok.status, 200);
        const QJsonObject cs = ok.json().value("copySettings").toArray().first().toObject();
        QCOMPARE(cs.value("zoneId").toString(), zone);
        QVERIFY(!cs.contains("replicationSpecId"));
        const QJsonObject old = schedule("rs", kV1).value("copySettings").toArray().first().toObject();
        QVERIFY(!old.contains("zoneId"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$"))
                    .match(old.value("replicationSpecId").toString())
                    .hasMatch());
        // Refusals.
        auto code = [](const Response &r) { return r.json().value("errorCode").toString(); };
        QJsonObject c = west;
        c.insert("regionName", "MARS_1");
        QCOMPARE(code(copy(c)), QStringLiteral("INVALID_REGION"));
        c.insert("regionName", "CENTRAL_US");  // a GCP region
        QCOMPARE(code(copy(c)), QStringLiteral("INVALID_REGION"));
        c = west;
        c.insert("cloudProvider", "GCP");
        QCOMPARE(code(copy(c)), QStringLiteral("INVALID_REGION"));
        c = west;
        c.insert("regionName", "US_EAST_1");  // the cluster's own
        QCOMPARE(code(copy(c)), QStringLiteral("INVALID_REGION"));
        c = west;
        c.insert("zoneId", QStringLiteral("0123456789abcdef01234567"));
        QCOMPARE(code(copy(c)), QStringLiteral("VALIDATION_ERROR"));
        c = west;
        c.remove("zoneId");
        QCOMPARE(code(copy(c)), QStringLiteral("MISSING_ATTRIBUTE"));  // the contract requires it in 2024-08-05
        c = west;
        c.insert("shouldCopyOplogs", true);  // "rs" has no continuous backup
        QCOMPARE(code(copy(c)), QStringLiteral("INVALID_BACKUP_POLICY"));
        c = west;
        c.remove("zoneId");
        c.insert("replicationSpecId", QStringLiteral("0123456789abcdef01234567"));
        QCOMPARE(code(copy(c, kV1)), QStringLiteral("VALIDATION_ERROR"));
        c.insert("replicationSpecId", old.value("replicationSpecId"));
        QCOMPARE(copy(c, kV1).status, 200);
        c.insert("zoneId", zone);
        QCOMPARE(code(copy(c, kV1)), QStringLiteral("INVALID_ATTRIBUTE"));  // not a field of the 2023-01-01 shape
        QCOMPARE(copy(west).status, 200);

        // New snapshots are copied there.
        fx.engine->advanceBy(7 * 3600);
        const QJsonArray now = snapshots("rs");
        QCOMPARE(now.first().toObject().value("copyRegions").toArray(), QJsonArray{"US_WEST_2"});
        // Removing the region with deleteCopiedBackups takes it off every snapshot; naming a
        // region that stays a copy setting is refused.
        QJsonObject b = withItems("rs", items);
        b.insert("deleteCopiedBackups",
                 QJsonArray{QJsonObject{{"cloudProvider", "AWS"}, {"regionName", "US_WEST_2"}, {"zoneId", zone}}});
        QCOMPARE(code(patch("rs", b)), QStringLiteral("VALIDATION_ERROR"));
        b.insert("copySettings", QJsonArray());
        QCOMPARE(patch("rs", b).status, 200);
        for (const auto &v : snapshots("rs")) QVERIFY(v.toObject().value("copyRegions").toArray().isEmpty());
        // A GCP cluster copies to GCP regions.
        QJsonObject g = withItems("gcp", itemsOf(schedule("gcp")));
        g.insert(
            "copySettings",
            QJsonArray{QJsonObject{{"cloudProvider", "GCP"}, {"regionName", "EASTERN_US"}, {"zoneId", zoneOf("gcp")}}});
        QCOMPARE(patch("gcp", g).status, 200);
    }

    void autoExportAndExtraRetention()
    {
        QString bucket, theirs;
        for (const auto &v :
             fx.list(fx.group("prod") + QStringLiteral("/backup/exportBuckets"), QStringLiteral("2024-05-30")))
            bucket = v.toObject().value("_id").toString();
        for (const auto &v :
             fx.list(fx.group("other") + QStringLiteral("/backup/exportBuckets"), QStringLiteral("2024-05-30")))
            theirs = v.toObject().value("_id").toString();
        QVERIFY(!bucket.isEmpty() && !theirs.isEmpty());
        auto code = [](const Response &r) { return r.json().value("errorCode").toString(); };
        QJsonObject b = withItems("rs", itemsOf(schedule("rs")));
        b.insert("autoExportEnabled", true);
        QCOMPARE(code(patch("rs", b)), QStringLiteral("MISSING_ATTRIBUTE"));
        b.insert("export", QJsonObject{{"exportBucketId", theirs}, {"frequencyType", "monthly"}});
        const Response notOurs = patch("rs", b);
        QCOMPARE(notOurs.status, 404);
        QCOMPARE(code(notOurs), QStringLiteral("EXPORT_BUCKET_NOT_FOUND"));
        b.insert("export", QJsonObject{{"exportBucketId", bucket}, {"frequencyType", "monthly"}});
        const Response ok = patch("rs", b);
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.json().value("autoExportEnabled").toBool());
        QCOMPARE(ok.json().value("export").toObject().value("exportBucketId").toString(), bucket);
        QCOMPARE(ok.json().value("export").toObject().value("frequencyType").toString(), QStringLiteral("monthly"));
        b.insert("export", QJsonObject{{"frequencyType", "weekly"}});
        QCOMPARE(code(patch("rs", b)), QStringLiteral("INVALID_ENUM_VALUE"));  // monthly or yearly only
        b.insert("export", QJsonObject{{"frequencyType", "yearly"}});
        const Response yearly = patch("rs", b);
        QCOMPARE(yearly.json().value("export").toObject().value("exportBucketId").toString(), bucket);  // kept
        QCOMPARE(yearly.json().value("export").toObject().value("frequencyType").toString(), QStringLiteral("yearly"));
        b.insert("autoExportEnabled", false);
        QVERIFY(!patch("rs", b).json().value("autoExportEnabled").toBool());
        // Extra retention belongs to a compliance policy (tst_sandbox_compliance has one).
        QJsonObject e = withItems("rs", itemsOf(schedule("rs")));
        e.insert("extraRetentionSettings", QJsonArray{QJsonObject{{"frequencyType", "DAILY"}, {"retentionDays", 30}}});
        QCOMPARE(code(patch("rs", e)), QStringLiteral("INVALID_BACKUP_POLICY"));
        e.insert("extraRetentionSettings", QJsonArray());
        QCOMPARE(patch("rs", e).status, 200);
    }

    void rolesAndVersions()
    {
        const QJsonObject body = withItems("rs", itemsOf(schedule("rs")));
        QCOMPARE(patch("rs", body, kV24, QStringLiteral("manager")).status, 200);
        for (const QString &key : {QStringLiteral("creator"), QStringLiteral("reader")}) {
            const Response r = patch("rs", body, kV24, key);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.json().value("errorCode").toString(), QStringLiteral("USER_UNAUTHORIZED"));
            QCOMPARE(removeAll("rs", kV24, key).status, 403);
            const QString sid = completedSnapshot("rs").value("id").toString();
            QCOMPARE(fx.as(key, "PATCH", path("rs") + QStringLiteral("/backup/snapshots/") + sid,
                           R"({"retentionUnit": "DAYS", "retentionValue": 9})")
                         .status,
                     403);
            QCOMPARE(fx.as(key, "DELETE", path("rs") + QStringLiteral("/backup/snapshots/") + sid).status, 403);
        }
        QCOMPARE(itemsOf(schedule("rs")).size(), 3);
        const Response old = patch("rs", body, kV1);
        QCOMPARE(old.status, 200);
        QCOMPARE(old.header("Sunset"), QByteArray("2027-07-01"));
        QVERIFY(old.header("Content-Type").startsWith("application/vnd.atlas.2023-01-01+json"));
        QVERIFY(!old.json().contains("autoCopySettingsEnabled"));
        const Response neu = patch("rs", body, QStringLiteral("2025-03-12"));  // resolves to 2024-08-05
        QVERIFY(neu.header("Content-Type").startsWith("application/vnd.atlas.2024-08-05+json"));
        QVERIFY(neu.json().contains("autoCopySettingsEnabled"));
        QVERIFY(neu.header("Sunset").isEmpty());
        // Events name the API key that made the change.
        const QJsonObject e = fx.eventOf("prod", QStringLiteral("CPS_SNAPSHOT_SCHEDULE_UPDATED_AUDIT"));
        QCOMPARE(e.value("publicKey").toString(), QStringLiteral("owner"));
    }

    void snapshotRetentionAndDeletion()
    {
        auto code = [](const Response &r) { return r.json().value("errorCode").toString(); };
        const QJsonObject snap = completedSnapshot("rs");
        const QString sp = path("rs") + QStringLiteral("/backup/snapshots/") + snap.value("id").toString();
        auto retain = [&](const QString &p, const char *body, const QString &pattern = kSnapshot) {
            return fx.as("owner", "PATCH", p, body, kV1, pattern);
        };
        const Response r = retain(sp, R"({"retentionUnit": "WEEKS", "retentionValue": 6})");
        QCOMPARE(r.status, 200);
        QCOMPARE(timeOf(r.json(), "expiresAt"), timeOf(snap, "createdAt").addDays(42));
        QCOMPARE(timeOf(fx.get(sp).json(), "expiresAt"), timeOf(snap, "createdAt").addDays(42));
        QCOMPARE(timeOf(retain(sp, R"({"retentionUnit": "MONTHS", "retentionValue": 2})").json(), "expiresAt"),
                 timeOf(snap, "createdAt").addMonths(2));
        QCOMPARE(code(retain(sp, R"({"retentionUnit": "DAYS", "retentionValue": 0})")),
                 QStringLiteral("BACKUP_SNAPSHOT_RETENTION_VALUE_INVALID"));
        QCOMPARE(code(retain(sp, R"({"retentionUnit": "days", "retentionValue": 3})")),
                 QStringLiteral("INVALID_ENUM_VALUE"));  // the contract spells the units in capitals
        QCOMPARE(code(retain(sp, R"({"retentionUnit": "YEARS", "retentionValue": 101})")),
                 QStringLiteral("EXPIRATION_DATE_EXCEEDS_MAX"));
        // An old snapshot kept a day from its creation would already be gone.
        QJsonObject oldest;
        for (const auto &v : snapshots("rs"))
            if (v.toObject().value("status").toString() == u"completed") oldest = v.toObject();
        QVERIFY(timeOf(oldest, "createdAt") < fx.engine->now().addDays(-2));
        QCOMPARE(code(retain(path("rs") + QStringLiteral("/backup/snapshots/") + oldest.value("id").toString(),
                             R"({"retentionUnit": "DAYS", "retentionValue": 1})")),
                 QStringLiteral("EXPIRATION_DATE_IN_PAST"));
        QCOMPARE(
            fx.eventOf("prod", QStringLiteral("CPS_SNAPSHOT_RETENTION_MODIFIED_AUDIT")).value("publicKey").toString(),
            QStringLiteral("owner"));
        // The clock honours a moved expiry: kept 2 months, it outlives its hourly siblings.
        fx.engine->advanceBy(3 * 24 * 3600);
        QCOMPARE(fx.get(sp).status, 200);

        // Queued or in progress: neither changed nor deleted.
        const Response taken =
            fx.as("owner", "POST", path("rs") + QStringLiteral("/backup/snapshots"), R"({"retentionInDays": 3})");
        QCOMPARE(taken.status, 200);
        const QString queued = path("rs") + QStringLiteral("/backup/snapshots/") + taken.json().value("id").toString();
        QCOMPARE(code(retain(queued, R"({"retentionUnit": "DAYS", "retentionValue": 5})")),
                 QStringLiteral("CANNOT_MODIFY_IN_PROGRESS_SNAPSHOT_RETENTION"));
        QCOMPARE(code(fx.as("owner", "DELETE", queued, QByteArray(), kV1, kSnapshot)),
                 QStringLiteral("CANNOT_DELETE_IN_PROGRESS_SNAPSHOT"));
        fx.engine->advanceBy(3600);
        QCOMPARE(retain(queued, R"({"retentionUnit": "DAYS", "retentionValue": 5})").status, 200);

        // Deleted: 204, then not found; a sharded id on the replica set route is not found either.
        const Response gone = fx.as("owner", "DELETE", sp, QByteArray(), kV1, kSnapshot);
        QCOMPARE(gone.status, 204);
        QVERIFY(gone.body.isEmpty());
        QCOMPARE(fx.get(sp).status, 404);
        const Response again = fx.as("owner", "DELETE", sp, QByteArray(), kV1, kSnapshot);
        QCOMPARE(again.status, 404);
        QCOMPARE(code(again), QStringLiteral("SNAPSHOT_NOT_FOUND"));
        QCOMPARE(code(retain(sp, R"({"retentionUnit": "DAYS", "retentionValue": 5})")),
                 QStringLiteral("SNAPSHOT_NOT_FOUND"));
        QCOMPARE(fx.events("prod").count(QStringLiteral("CPS_SNAPSHOT_DELETED_AUDIT")), 1);
        // Another cluster's snapshot through this cluster's path.
        const QString pitSnap = completedSnapshot("pit").value("id").toString();
        QCOMPARE(fx.as("owner", "DELETE", path("rs") + QStringLiteral("/backup/snapshots/") + pitSnap, QByteArray(),
                       kV1, kSnapshot)
                     .status,
                 404);

        // Sharded: the retention through the snapshot route (answered in the replica set shape),
        // deletion only through the sharded route.
        const QJsonObject shard = completedSnapshot("sh", true);
        const QString id = shard.value("id").toString();
        const Response sr = retain(path("sh") + QStringLiteral("/backup/snapshots/") + id,
                                   R"({"retentionUnit": "DAYS", "retentionValue": 20})");
        QCOMPARE(sr.status, 200);
        QCOMPARE(sr.json().value("type").toString(), QStringLiteral("shardedCluster"));
        QVERIFY(!sr.json().contains("members"));
        const QJsonObject stored = fx.get(path("sh") + QStringLiteral("/backup/snapshots/shardedCluster/") + id).json();
        QCOMPARE(timeOf(stored, "expiresAt"), timeOf(shard, "createdAt").addDays(20));
        QCOMPARE(stored.value("members").toArray().size(), shard.value("members").toArray().size());
        QCOMPARE(fx.as("owner", "DELETE", path("sh") + QStringLiteral("/backup/snapshots/") + id, QByteArray(), kV1,
                       kSnapshot)
                     .status,
                 404);
        const QString rsOnSharded = completedSnapshot("rs").value("id").toString();
        QCOMPARE(fx.as("owner", "DELETE",
                       path("rs") + QStringLiteral("/backup/snapshots/shardedCluster/") + rsOnSharded, QByteArray(),
                       kV1, kSharded)
                     .status,
                 404);
        const Response sgone =
            fx.as("owner", "DELETE", path("sh") + QStringLiteral("/backup/snapshots/shardedCluster/") + id,
                  QByteArray(), kV1, kSharded);
        QCOMPARE(sgone.status, 204);
        QCOMPARE(fx.get(path("sh") + QStringLiteral("/backup/snapshots/shardedCluster/") + id).status, 404);
        QCOMPARE(fx.as("manager", "DELETE",
                       path("sh") + QStringLiteral("/backup/snapshots/shardedCluster/") +
                           completedSnapshot("sh", true).value("id").toString())
                     .status,
                 204);
    }

    void aSnapshotARestoreReadsIsNotDeleted()
    {
        const QString id = completedSnapshot("rs").value("id").toString();
        const Response job = fx.as("owner", "POST", path("rs") + QStringLiteral("/backup/restoreJobs"),
                                   compact(QJsonObject{{"deliveryType", "automated"},
                                                       {"snapshotId", id},
                                                       {"targetClusterName", "pit"},
                                                       {"targetGroupId", fx.groups.value("prod")}}));
        QCOMPARE(job.status, 200);
        const QString sp = path("rs") + QStringLiteral("/backup/snapshots/") + id;
        const Response refused = fx.as("owner", "DELETE", sp, QByteArray(), kV1, kSnapshot);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value("errorCode").toString(), QStringLiteral("SNAPSHOT_IN_USE_BY_RESTORE"));
        fx.engine->advanceBy(3600);  // the restore ends
        QCOMPARE(fx.as("owner", "DELETE", sp, QByteArray(), kV1, kSnapshot).status, 204);
    }

    void faultsApplyThenLoseTheAnswer()
    {
        // Raw HTTP, one request per connection and a bearer token: QNetworkAccessManager would
        // resend a request whose reused connection was reset before any answer.
        const QByteArray bearer = token();
        QVERIFY(!bearer.isEmpty());
        auto raw = [&](const QByteArray &method, const QString &p, const QByteArray &body) {
            const QByteArray bytes = method + ' ' + p.toUtf8() +
                                     " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/vnd.atlas.2024-08-05+json\r\n"
                                     "Content-Type: application/vnd.atlas.2024-08-05+json\r\nAuthorization: Bearer " +
                                     bearer + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
                                     body;
            return rawhttp::exchange(fx.engine->baseUrl(), bytes);
        };
        const QJsonObject before = schedule("rs");
        sandbox::Fault reset;
        reset.kind = sandbox::Fault::Kind::ResetAfterApply;
        reset.pathContains = QStringLiteral("/backup/schedule");
        reset.method = QStringLiteral("PATCH");
        fx.engine->addFault(reset);
        QJsonObject b = withItems("rs", itemsOf(before));
        b.insert("referenceHourOfDay", 2);
        // A refused PATCH passes through untouched (it applied nothing); the fault waits for one that applies.
        QJsonObject wrong = b;
        wrong.insert("referenceHourOfDay", 30);
        QCOMPARE(raw("PATCH", path("rs") + QStringLiteral("/backup/schedule"), compact(wrong)).status, 400);
        const rawhttp::Response lost = raw("PATCH", path("rs") + QStringLiteral("/backup/schedule"), compact(b));
        QCOMPARE(lost.status, 0);
        QVERIFY(lost.closed);
        // Applied once: the schedule shows it, one event; the next PATCH is answered.
        QCOMPARE(schedule("rs").value("referenceHourOfDay").toInt(), 2);
        QCOMPARE(fx.events("prod").count(QStringLiteral("CPS_SNAPSHOT_SCHEDULE_UPDATED_AUDIT")), 1);
        b.insert("referenceHourOfDay", 3);
        QCOMPARE(raw("PATCH", path("rs") + QStringLiteral("/backup/schedule"), compact(b)).status, 200);
        QCOMPARE(fx.events("prod").count(QStringLiteral("CPS_SNAPSHOT_SCHEDULE_UPDATED_AUDIT")), 2);

        sandbox::Fault unavailable;
        unavailable.kind = sandbox::Fault::Kind::StatusAfterApply;
        unavailable.status = 503;
        unavailable.retryAfterSeconds = 1;
        unavailable.pathContains = QStringLiteral("/backup/snapshots/");
        fx.engine->addFault(unavailable);
        const QJsonObject snap = completedSnapshot("rs");
        const QString sp = path("rs") + QStringLiteral("/backup/snapshots/") + snap.value("id").toString();
        const Response failed =
            fx.as("owner", "PATCH", sp, R"({"retentionUnit": "DAYS", "retentionValue": 12})", kV1, kSnapshot);
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.json().value("errorCode").toString(), QStringLiteral("UNEXPECTED_ERROR"));
        QCOMPARE(failed.header("Retry-After"), QByteArray("1"));
        QCOMPARE(timeOf(fx.get(sp).json(), "expiresAt"), timeOf(snap, "createdAt").addDays(12));
        QCOMPARE(fx.events("prod").count(QStringLiteral("CPS_SNAPSHOT_RETENTION_MODIFIED_AUDIT")), 1);
        QCOMPARE(fx.as("owner", "PATCH", sp, R"({"retentionUnit": "DAYS", "retentionValue": 12})").status, 200);
    }

    void answersValidateAgainstTheContract()
    {
        QVERIFY(fx.recorder.size() > 40);
        const QString failures = fx.recorder.validate();
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
    }

private:
    QByteArray token()
    {
        QNetworkAccessManager nam;
        const sandbox::Credentials c = fx.engine->adminCredentials();
        const QByteArray basic = "Basic " + (c.clientId + u':' + c.clientSecret).toUtf8().toBase64();
        const Response r = send(nam, "POST", fx.url(QStringLiteral("/api/oauth/token")),
                                {{"Authorization", basic}, {"Content-Type", "application/x-www-form-urlencoded"}},
                                "grant_type=client_credentials");
        return r.json().value("access_token").toString().toUtf8();
    }
    QString zoneOf(const QString &cluster)
    {
        return fx.get(path(cluster), kV24)
            .json()
            .value("replicationSpecs")
            .toArray()
            .first()
            .toObject()
            .value("zoneId")
            .toString();
    }
};

QTEST_GUILESS_MAIN(SandboxPolicyTest)
#include "tst_sandbox_policy.moc"
