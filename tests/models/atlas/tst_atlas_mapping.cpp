// JSON -> value types: the shapes in the contract, and what real Atlas sends besides.
// (moc reads "//" inside raw strings as a comment, hence the JSON-escaped "\/" in URLs.)
#include "atlas/mapping.h"

#include <QJsonDocument>
#include <QTest>

using namespace lifeboat::atlas;
using namespace lifeboat::domain;
using lifeboat::domain::Frequency;
using lifeboat::domain::RetentionUnit;

namespace {
QJsonObject obj(const char *json)
{
    QString error;
    const auto o = mapping::parseObject(QByteArray(json), &error);
    if (!o) qFatal("test JSON does not parse: %s", qPrintable(error));
    return *o;
}
}  // namespace

class TestAtlasMapping : public QObject {
    Q_OBJECT
private slots:
    void replicaSetSnapshot()
    {
        const auto s = mapping::snapshot(obj(R"({
            "id": "65a1", "createdAt": "2024-05-01T10:00:00Z", "expiresAt": "2024-05-08T10:00:00.123Z",
            "status": "completed", "snapshotType": "scheduled", "frequencyType": "daily",
            "policyItems": ["p1", "p2"], "storageSizeBytes": 123456789012, "mongodVersion": "8.0.4",
            "masterKeyUUID": "0b1e-uuid", "copyRegions": ["US_EAST_1", "EU_WEST_1"], "description": "nightly",
            "replicaSetName": "Cluster0-shard-0", "type": "replicaSet", "cloudProvider": "AWS",
            "links": [{"rel": "self", "href": "x"}]})"),
                                         QStringLiteral("g1"), QStringLiteral("Cluster0"));
        QCOMPARE(s.id, QStringLiteral("65a1"));
        QCOMPARE(s.groupId, QStringLiteral("g1"));
        QCOMPARE(s.clusterName, QStringLiteral("Cluster0"));
        QCOMPARE(s.createdAt, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(s.expiresAt, QDateTime(QDate(2024, 5, 8), QTime(10, 0, 0, 123), Qt::UTC));
        QCOMPARE(s.status.value, SnapshotStatus::Completed);
        QCOMPARE(s.snapshotType.value, SnapshotType::Scheduled);
        QCOMPARE(s.frequencyType.value, Frequency::Daily);
        QCOMPARE(s.policyItems, QStringList({"p1", "p2"}));
        QCOMPARE(s.storageSizeBytes, Q_INT64_C(123456789012));
        QCOMPARE(s.mongodVersion, QStringLiteral("8.0.4"));
        QCOMPARE(s.masterKeyUUID, QStringLiteral("0b1e-uuid"));
        QCOMPARE(s.copyRegions, QStringList({"US_EAST_1", "EU_WEST_1"}));
        QCOMPARE(s.description, QStringLiteral("nightly"));
        QCOMPARE(s.replicaSetName, QStringLiteral("Cluster0-shard-0"));
        QCOMPARE(s.cloudProvider, QStringLiteral("AWS"));
        QVERIFY(!s.isShardedCluster());
        QVERIFY(s.members.isEmpty());
    }

    void shardedSnapshotWithMembers()
    {
        const auto s = mapping::snapshot(obj(R"({
            "id": "sh1", "type": "shardedCluster", "configServerType": "embedded", "status": "inProgress",
            "snapshotIds": ["a", "b"],
            "members": [{"id": "a", "cloudProvider": "gcp", "replicaSetName": "rs0"},
                        {"id": "b", "cloudProvider": "GCP", "replicaSetName": "rs1"}, 42, null]})"),
                                         {}, {});
        QVERIFY(s.isShardedCluster());
        QCOMPARE(s.configServerType, QStringLiteral("EMBEDDED"));
        QCOMPARE(s.status.value, SnapshotStatus::InProgress);
        QCOMPARE(s.members.size(), 2);  // the non-object entries are skipped
        QCOMPARE(s.members.at(0), (SnapshotMember{"a", "GCP", "rs0"}));
        QCOMPARE(s.members.at(1).replicaSetName, QStringLiteral("rs1"));
        QCOMPARE(s.snapshotIds, QStringList({"a", "b"}));
    }

    void nullsEverywhere()
    {
        const auto s = mapping::snapshot(obj(R"({
            "id": "n1", "createdAt": null, "expiresAt": null, "status": null, "snapshotType": null,
            "frequencyType": null, "policyItems": null, "storageSizeBytes": null, "mongodVersion": null,
            "copyRegions": null, "members": null, "description": null})"),
                                         {}, {});
        QCOMPARE(s.id, QStringLiteral("n1"));
        QVERIFY(!s.createdAt.isValid());
        QVERIFY(!s.expiresAt.isValid());
        QCOMPARE(s.status.value, SnapshotStatus::Unknown);
        QVERIFY(s.status.isMissing());
        QCOMPARE(s.frequencyType.value, Frequency::Unknown);
        QCOMPARE(s.storageSizeBytes, 0);
        QVERIFY(s.policyItems.isEmpty());
        QVERIFY(s.description.isEmpty());

        const auto c = mapping::cluster(obj(R"({"name": "c", "replicationSpecs": null, "backupEnabled": null,
                                                 "pitEnabled": null, "paused": null, "clusterType": null})"));
        QCOMPARE(c.name, QStringLiteral("c"));
        QCOMPARE(c.shardCount, 0);
        QVERIFY(!c.backupEnabled);
        QVERIFY(c.providerName.isEmpty());
    }

    void missingOptionalFields()
    {
        const auto s = mapping::snapshot(obj(R"({"id": "m1"})"), QStringLiteral("g"), QStringLiteral("c"));
        QCOMPARE(s.id, QStringLiteral("m1"));
        QVERIFY(s.status.isMissing());
        QVERIFY(s.masterKeyUUID.isEmpty());
        const auto sch = mapping::schedule(obj(R"({"policies": [{"policyItems": [{}]}]})"), QStringLiteral("g"));
        QCOMPARE(sch.policies.size(), 1);
        QCOMPARE(sch.allItems().size(), 1);
        QCOMPARE(sch.allItems().first().frequency, Frequency::Unknown);
        QVERIFY(!sch.nextSnapshot.isValid());
        const auto p = mapping::project(obj("{}"));
        QVERIFY(p.id.isEmpty());
        QCOMPARE(p.clusterCount, 0);
    }

    void unknownValuesAreKeptRaw()
    {
        const auto s = mapping::snapshot(obj(R"({"status": "archiving", "snapshotType": "continuous",
                                                  "frequencyType": "fortnightly", "newField": {"x": 1}})"),
                                         {}, {});
        QCOMPARE(s.status.value, SnapshotStatus::Unknown);
        QCOMPARE(s.status.raw, QStringLiteral("archiving"));
        QVERIFY(!s.status.isMissing());
        QCOMPARE(s.snapshotType.raw, QStringLiteral("continuous"));
        QCOMPARE(s.frequencyType.value, Frequency::Unknown);
        QCOMPARE(s.frequencyType.raw, QStringLiteral("fortnightly"));

        const auto c = mapping::cluster(obj(R"({"clusterType": "MULTICLOUD_MESH", "stateName": "MIGRATING"})"));
        QCOMPARE(c.clusterType.value, ClusterType::Unknown);
        QCOMPARE(c.clusterType.raw, QStringLiteral("MULTICLOUD_MESH"));
        QCOMPARE(c.stateName.raw, QStringLiteral("MIGRATING"));
    }

    void caseDifferences_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<int>("expected");
        QTest::newRow("lower") << "completed" << int(SnapshotStatus::Completed);
        QTest::newRow("upper") << "COMPLETED" << int(SnapshotStatus::Completed);
        QTest::newRow("camel") << "inProgress" << int(SnapshotStatus::InProgress);
        QTest::newRow("snake upper") << "IN_PROGRESS" << int(SnapshotStatus::InProgress);
        QTest::newRow("padded") << " Failed " << int(SnapshotStatus::Failed);
        QTest::newRow("unknown") << "done" << int(SnapshotStatus::Unknown);
    }
    void caseDifferences()
    {
        QFETCH(QString, raw);
        QFETCH(int, expected);
        QCOMPARE(int(parseSnapshotStatus(raw).value), expected);
        QCOMPARE(parseSnapshotStatus(raw).raw, raw);  // shown as sent
    }

    void enumCaseAcrossTypes()
    {
        QCOMPARE(parseSnapshotType(QStringLiteral("ON_DEMAND")).value, SnapshotType::OnDemand);
        QCOMPARE(parseSnapshotType(QStringLiteral("onDemand")).value, SnapshotType::OnDemand);
        QCOMPARE(parseFrequency(QStringLiteral("HOURLY")).value, Frequency::Hourly);
        QCOMPARE(parseFrequency(QStringLiteral("onDemand")).value, Frequency::OnDemand);
        QCOMPARE(parseRetentionUnit(QStringLiteral("DAYS")).value, RetentionUnit::Days);
        QCOMPARE(parseClusterType(QStringLiteral("replicaSet")).value, ClusterType::ReplicaSet);
        QCOMPARE(parseClusterType(QStringLiteral("GEOSHARDED")).value, ClusterType::GeoSharded);
        QCOMPARE(parseDeliveryType(QStringLiteral("POINT_IN_TIME")).value, DeliveryType::PointInTime);
        QCOMPARE(parseFlexJobStatus(QStringLiteral("completed")).value, FlexJobStatus::Completed);
    }

    void numbersAndBooleansSentAsStrings()
    {
        const auto s = mapping::snapshot(obj(R"({"storageSizeBytes": "2048", "id": 17})"), {}, {});
        QCOMPARE(s.storageSizeBytes, 2048);
        QCOMPARE(s.id, QStringLiteral("17"));
        const auto c = mapping::cluster(obj(R"({"backupEnabled": "true", "pitEnabled": "FALSE", "paused": 1})"));
        QVERIFY(c.backupEnabled);
        QVERIFY(!c.pitEnabled);
        QVERIFY(c.paused);
    }

    void dateTimes_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
        QTest::newRow("Z") << QJsonValue("2024-01-02T03:04:05Z") << t;
        QTest::newRow("ms") << QJsonValue("2024-01-02T03:04:05.000Z") << t;
        QTest::newRow("offset") << QJsonValue("2024-01-02T05:04:05+02:00") << t;
        QTest::newRow("no zone means UTC") << QJsonValue("2024-01-02T03:04:05") << t;
        QTest::newRow("epoch seconds") << QJsonValue(double(t.toSecsSinceEpoch())) << t;
        QTest::newRow("epoch ms") << QJsonValue(double(t.toMSecsSinceEpoch())) << t;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QDateTime();
        QTest::newRow("garbage") << QJsonValue("yesterday") << QDateTime();
        QTest::newRow("object") << QJsonValue(QJsonObject()) << QDateTime();
    }
    void dateTimes()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QDateTime, expected);
        const QDateTime got = mapping::dateTime(value);
        QCOMPARE(got.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(got, expected);
            QCOMPARE(got.timeSpec(), Qt::UTC);
        }
    }

    void dedicatedCluster()
    {
        const auto c = mapping::cluster(obj(R"({
            "id": "c1", "groupId": "g1", "name": "Prod", "clusterType": "REPLICASET",
            "mongoDBVersion": "8.0.4", "mongoDBMajorVersion": "8.0", "featureCompatibilityVersion": "7.0",
            "featureCompatibilityVersionExpirationDate": "2025-01-01T00:00:00Z",
            "backupEnabled": true, "pitEnabled": true, "encryptionAtRestProvider": "aws",
            "stateName": "IDLE", "paused": false, "createDate": "2023-06-01T00:00:00Z",
            "replicationSpecs": [{"id": "r1", "zoneName": "Zone 1", "regionConfigs": [
                {"providerName": "AWS", "regionName": "EU_WEST_1", "priority": 6,
                 "electableSpecs": {"instanceSize": "M30", "nodeCount": 2}},
                {"providerName": "AWS", "regionName": "US_EAST_1", "priority": 7,
                 "electableSpecs": {"instanceSize": "M30", "nodeCount": 3}}]}]})"));
        QCOMPARE(c.id, QStringLiteral("c1"));
        QCOMPARE(c.groupId, QStringLiteral("g1"));
        QCOMPARE(c.clusterType.value, ClusterType::ReplicaSet);
        QCOMPARE(c.featureCompatibilityVersion, QStringLiteral("7.0"));
        QVERIFY(c.featureCompatibilityVersionExpirationDate.isValid());
        QVERIFY(c.backupEnabled);
        QVERIFY(c.pitEnabled);
        QCOMPARE(c.encryptionAtRestProvider, QStringLiteral("AWS"));
        QCOMPARE(c.stateName.value, ClusterState::Idle);
        QCOMPARE(c.shardCount, 1);
        QCOMPARE(c.providerName, QStringLiteral("AWS"));
        QCOMPARE(c.regionName, QStringLiteral("US_EAST_1"));  // highest priority region
        QCOMPARE(c.instanceSize, QStringLiteral("M30"));
        QVERIFY(!c.isFreeTier());
        QVERIFY(!c.isSharded());
    }

    void shardedCluster()
    {
        const auto c = mapping::cluster(obj(R"({"clusterType": "SHARDED", "configServerType": "DEDICATED",
            "replicationSpecs": [
              {"regionConfigs": [{"providerName": "GCP", "regionName": "CENTRAL_US", "priority": 7,
                                  "electableSpecs": {"instanceSize": "m40"}}]},
              {"regionConfigs": [{"providerName": "GCP", "regionName": "CENTRAL_US", "priority": 7}]},
              {"regionConfigs": []}]})"));
        QVERIFY(c.isSharded());
        QCOMPARE(c.shardCount, 3);
        QCOMPARE(c.configServerType, QStringLiteral("DEDICATED"));
        QCOMPARE(c.instanceSize, QStringLiteral("M40"));
        QCOMPARE(c.providerName, QStringLiteral("GCP"));
    }

    void freeTierCluster()
    {
        // (The connection string is outside the raw string: moc reads "//" there as a comment.)
        const QByteArray json = QByteArray("{\"connectionStrings\": {\"standardSrv\": \"mongodb+srv:/") +
                                "/free.ab1cd.mongodb.net\"}, " +
                                R"("name": "Free", "clusterType": "REPLICASET", "backupEnabled": false,
            "replicationSpecs": [{"regionConfigs": [{"providerName": "TENANT", "backingProviderName": "AWS",
              "regionName": "US_EAST_1", "priority": 7, "electableSpecs": {"instanceSize": "M0"}}]}]})";
        const auto c = mapping::cluster(obj(json.constData()));
        QCOMPARE(c.providerName, QStringLiteral("TENANT"));
        QCOMPARE(c.backingProviderName, QStringLiteral("AWS"));
        QCOMPARE(c.instanceSize, QStringLiteral("M0"));
        QCOMPARE(c.standardSrv, QStringLiteral("mongodb+srv://free.ab1cd.mongodb.net"));
        QVERIFY(c.isFreeTier());
    }

    void flexCluster()
    {
        const auto f = mapping::flexCluster(obj(R"({"id": "f1", "groupId": "g", "name": "Flex0",
            "mongoDBVersion": "8.0.3", "stateName": "IDLE", "createDate": "2024-12-01T00:00:00Z",
            "providerSettings": {"backingProviderName": "AZURE", "providerName": "FLEX", "regionName": "US_EAST_2",
                                 "diskSizeGB": 5.0},
            "backupSettings": {"enabled": true}, "terminationProtectionEnabled": true})"));
        QCOMPARE(f.name, QStringLiteral("Flex0"));
        QCOMPARE(f.backingProviderName, QStringLiteral("AZURE"));
        QCOMPARE(f.regionName, QStringLiteral("US_EAST_2"));
        QCOMPARE(f.diskSizeGB, 5.0);
        QVERIFY(f.backupEnabled);
        QVERIFY(f.terminationProtectionEnabled);
        QCOMPARE(f.stateName.value, ClusterState::Idle);
    }

    void flexSnapshot()
    {
        const auto s = mapping::flexSnapshot(obj(R"({"id": "fs1", "status": "COMPLETED",
            "scheduledTime": "2025-01-01T00:00:00Z", "startTime": "2025-01-01T00:00:01Z",
            "finishTime": "2025-01-01T00:02:00Z", "expiration": "2025-01-09T00:00:00Z", "mongoDBVersion": "8.0.3"})"),
                                             QStringLiteral("g"), QStringLiteral("Flex0"));
        QCOMPARE(s.status.value, FlexJobStatus::Completed);
        QCOMPARE(s.clusterName, QStringLiteral("Flex0"));
        QCOMPARE(s.finishTime, QDateTime(QDate(2025, 1, 1), QTime(0, 2), Qt::UTC));
        QVERIFY(s.expiration.isValid());
    }

    void schedule()
    {
        const auto s = mapping::schedule(obj(R"({"clusterId": "c1", "clusterName": "Prod",
            "referenceHourOfDay": 3, "referenceMinuteOfHour": 45, "restoreWindowDays": 7,
            "nextSnapshot": "2024-05-02T03:45:00Z", "autoExportEnabled": true,
            "policies": [{"id": "pol1", "policyItems": [
              {"id": "i1", "frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 2},
              {"id": "i2", "frequencyType": "DAILY", "frequencyInterval": 1, "retentionUnit": "DAYS", "retentionValue": 7},
              {"id": "i3", "frequencyType": "monthly", "frequencyInterval": 40, "retentionUnit": "months", "retentionValue": 12}]}],
            "copySettings": [{"cloudProvider": "aws", "regionName": "US_WEST_2", "zoneId": "z1",
                              "frequencies": ["DAILY"], "shouldCopyOplogs": true}]})"),
                                         QStringLiteral("g1"));
        QCOMPARE(s.groupId, QStringLiteral("g1"));
        QCOMPARE(s.clusterName, QStringLiteral("Prod"));
        QCOMPARE(s.referenceHourOfDay, 3);
        QCOMPARE(s.referenceMinuteOfHour, 45);
        QCOMPARE(s.restoreWindowDays, 7);
        QVERIFY(s.autoExportEnabled);
        QCOMPARE(s.policies.size(), 1);
        QCOMPARE(s.policies.first().id, QStringLiteral("pol1"));
        const auto items = s.allItems();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).frequency, Frequency::Hourly);
        QCOMPARE(items.at(0).interval, 6);
        QCOMPARE(items.at(1).frequency, Frequency::Daily);
        QCOMPARE(items.at(1).unit, RetentionUnit::Days);
        QCOMPARE(items.at(2).interval, 40);
        const auto &d = items.at(2);
        QCOMPARE(d.id, QStringLiteral("i3"));
        QCOMPARE(d.frequency, Frequency::Monthly);
        QCOMPARE(d.unit, RetentionUnit::Months);
        QCOMPARE(d.value, 12);
        QCOMPARE(s.copySettings.size(), 1);
        QCOMPARE(s.copySettings.first().cloudProvider, QStringLiteral("AWS"));
        QVERIFY(s.copySettings.first().shouldCopyOplogs);
    }

    void compliancePolicy()
    {
        const auto p = mapping::compliancePolicy(obj(R"({"authorizedEmail": "a@b.c",
            "authorizedUserFirstName": "Ada", "authorizedUserLastName": "L", "copyProtectionEnabled": true,
            "encryptionAtRestEnabled": false, "pitEnabled": true, "restoreWindowDays": 3, "state": "ACTIVE",
            "onDemandPolicyItem": {"frequencyType": "ondemand", "frequencyInterval": 0, "retentionUnit": "days",
                                   "retentionValue": 3},
            "scheduledPolicyItems": [{"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days",
                                      "retentionValue": 7}],
            "updatedDate": "2024-01-01T00:00:00Z", "updatedUser": "a@b.c"})"),
                                                 QStringLiteral("g9"));
        QCOMPARE(p.projectId, QStringLiteral("g9"));  // from the path when the body lacks it
        QCOMPARE(p.state.value, ComplianceState::Active);
        QVERIFY(p.copyProtectionEnabled);
        QVERIFY(p.pitEnabled);
        QVERIFY(p.onDemandPolicyItem.has_value());
        QCOMPARE(p.onDemandPolicyItem->frequency, Frequency::OnDemand);
        QCOMPARE(p.scheduledPolicyItems.size(), 1);
        QCOMPARE(p.scheduledPolicyItems.first().value, 7);
    }

    void restoreJob()
    {
        const auto j = mapping::restoreJob(obj(R"({"id": "r1", "snapshotId": "s1", "deliveryType": "pointInTime",
            "targetClusterName": "Stage", "targetGroupId": "g2", "cancelled": false, "failed": null,
            "pointInTimeUTCSeconds": 1714550400, "timestamp": "2024-05-01T08:00:00Z",
            "deliveryUrl": ["https:\/\/secret.example\/download?token=abc"],
            "components": [{"replicaSetName": "rs0", "downloadUrl": "https:\/\/secret"}]})"),
                                           QStringLiteral("g1"), QStringLiteral("Prod"));
        QCOMPARE(j.deliveryType.value, DeliveryType::PointInTime);
        QCOMPARE(j.targetClusterName, QStringLiteral("Stage"));
        QCOMPARE(j.pointInTimeUTCSeconds.value_or(0), Q_INT64_C(1714550400));
        QVERIFY(!j.oplogTs.has_value());
        QVERIFY(j.isRunning());
        QCOMPARE(j.componentReplicaSets, QStringList({"rs0"}));
        const auto done = mapping::restoreJob(obj(R"({"finishedAt": "2024-05-01T09:00:00Z"})"), {}, {});
        QVERIFY(!done.isRunning());
    }

    void organizationsAndProjects()
    {
        const auto o = mapping::organization(obj(R"({"id": "o1", "name": "Acme", "isDeleted": false})"));
        QCOMPARE(o.name, QStringLiteral("Acme"));
        const auto p = mapping::project(obj(R"({"id": "g1", "orgId": "o1", "name": "Prod", "clusterCount": 4,
                                                 "created": "2022-02-02T00:00:00Z"})"));
        QCOMPARE(p.orgId, QStringLiteral("o1"));
        QCOMPARE(p.clusterCount, 4);
        QVERIFY(p.created.isValid());
    }

    void malformedJson()
    {
        QString error;
        QVERIFY(!mapping::parseObject("{\"id\": ", &error));
        QVERIFY(error.contains(QStringLiteral("malformed")));
        QVERIFY(!mapping::parseObject("[1,2]", &error));
        QVERIFY(!mapping::parseObject("", &error));
        QVERIFY(!mapping::parseObject("<html>502 Bad Gateway</html>", &error));
    }

    void truncatedBodiesNeverCrash()
    {
        // Every prefix of a real answer either parses or is refused; none crashes.
        const QByteArray body = R"({"results": [{"id": "a", "createdAt": "2024-05-01T10:00:00Z", "status": "completed",
            "members": [{"id": "m", "cloudProvider": "AWS", "replicaSetName": "rs"}], "policyItems": ["p"],
            "storageSizeBytes": 12}], "totalCount": 1, "links": []})";
        int parsed = 0;
        for (int n = 0; n <= body.size(); ++n) {
            QString error;
            if (const auto page = mapping::parsePage(body.left(n), &error)) {
                ++parsed;
                for (const QJsonValue &v : page->results) mapping::snapshot(v.toObject(), {}, {});
            } else {
                QVERIFY(!error.isEmpty());
            }
        }
        QCOMPARE(parsed, 1);  // only the whole body
    }

    void pages()
    {
        QString error;
        auto page = mapping::parsePage(R"({"results": [{"id": "a"}, {"id": "b"}], "totalCount": 7})", &error);
        QVERIFY(page.has_value());
        QCOMPARE(page->results.size(), 2);
        QCOMPARE(page->totalCount.value_or(-1), 7);
        page = mapping::parsePage(R"({"results": []})", &error);
        QVERIFY(page.has_value());
        QVERIFY(!page->totalCount.has_value());
        page = mapping::parsePage(R"({"results": null, "totalCount": null})", &error);
        QVERIFY(page.has_value());
        QVERIFY(page->results.isEmpty());
        QVERIFY(!mapping::parsePage(R"({"id": "not a page"})", &error));
        QVERIFY(!mapping::parsePage(R"({"results": {"id": 1}})", &error));
        QVERIFY(!mapping::parsePage(R"({"results": [)", &error));
    }
};

QTEST_GUILESS_MAIN(TestAtlasMapping)
#include "tst_atlas_mapping.moc"
