// The sandbox's request-body checker against the contract's own validator: for request
// bodies of the backup write operations (right ones and wrong ones), both must agree.
#include "engine/bodycheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Case {
    const char *operationId;
    const char *version;
    const char *body;
};

// Right and wrong bodies; the verdict comes from validate.py, not from this list.
const Case kCases[] = {
    {"takeGroupClusterBackupSnapshots", "2023-01-01", R"({"description": "x", "retentionInDays": 3})"},
    {"takeGroupClusterBackupSnapshots", "2023-01-01", R"({"retentionInDays": 0})"},
    {"takeGroupClusterBackupSnapshots", "2023-01-01", R"({"retentionInDays": 10000000000})"},
    {"takeGroupClusterBackupSnapshots", "2023-01-01", R"({"retentionInDays": 2.0, "description": null})"},
    {"takeGroupClusterBackupSnapshots", "2023-01-01", R"({"retentionInDays": 2, "colour": "red"})"},
    {"updateGroupClusterBackupSchedule", "2024-08-05",
     R"({"referenceHourOfDay": 3, "referenceMinuteOfHour": 30, "restoreWindowDays": 2, "updateSnapshots": true,
         "policies": [{"id": "32b6e34b3d91647abb20e7b8", "policyItems": [
            {"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 7},
            {"frequencyType": "monthly", "frequencyInterval": 40, "retentionUnit": "months", "retentionValue": 12}]}]})"},
    {"updateGroupClusterBackupSchedule", "2024-08-05",
     R"({"policies": [{"id": "32b6e34b3d91647abb20e7b8", "policyItems": [
            {"frequencyType": "minutely", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 7}]}]})"},
    {"updateGroupClusterBackupSchedule", "2024-08-05",
     R"({"policies": [{"id": "32b6e34b3d91647abb20e7b8", "policyItems": [
            {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7, "every": 2}]}]})"},
    {"updateGroupClusterBackupSchedule", "2024-08-05", R"({"referenceHourOfDay": "3"})"},
    {"updateGroupClusterBackupSchedule", "2024-08-05", R"({"referenceHourOfDay": 24})"},
    {"updateGroupClusterBackupSchedule", "2024-08-05",
     R"({"copySettings": [{"cloudProvider": "AWS", "regionName": "US_WEST_2", "zoneId": "32b6e34b3d91647abb20e7b8",
                           "shouldCopyOplogs": false, "frequencies": ["DAILY"]}]})"},
    {"updateGroupClusterBackupSchedule", "2023-01-01", R"({"referenceHourOfDay": 3, "autoExportEnabled": false})"},
    {"createGroupBackupExportBucket", "2024-05-30",
     R"({"cloudProvider": "AWS", "bucketName": "exports", "iamRoleId": "32b6e34b3d91647abb20e7b8"})"},
    {"createGroupBackupExportBucket", "2024-05-30", R"({"cloudProvider": "AWS", "bucketName": "exports"})"},
    {"createGroupBackupExportBucket", "2024-05-30",
     R"({"cloudProvider": "GCP", "bucketName": "exports", "roleId": "32b6e34b3d91647abb20e7b8"})"},
    {"createGroupBackupExportBucket", "2024-05-30",
     R"({"cloudProvider": "GCP", "bucketName": "exports", "iamRoleId": "32b6e34b3d91647abb20e7b8"})"},
    {"createGroupBackupExportBucket", "2024-05-30",
     R"({"cloudProvider": "AZURE", "roleId": "32b6e34b3d91647abb20e7b8",
         "serviceUrl": "https://account.blob.core.windows.net/exports"})"},
    {"createGroupBackupExportBucket", "2024-05-30", R"({"cloudProvider": "IBM", "bucketName": "exports"})"},
    {"createGroupBackupExportBucket", "2024-05-30",
     R"({"cloudProvider": "AWS", "bucketName": "ex", "iamRoleId": "not-an-id"})"},
    {"createGroupBackupExportBucket", "2023-01-01",
     R"({"cloudProvider": "AWS", "bucketName": "exports", "iamRoleId": "32b6e34b3d91647abb20e7b8"})"},
    {"createGroupClusterOnlineArchive", "2023-01-01",
     R"({"dbName": "ledger", "collName": "entries", "criteria": {"type": "DATE", "dateField": "bookedAt", "expireAfterDays": 365},
         "partitionFields": [{"fieldName": "accountId", "order": 1}]})"},
    {"createGroupClusterOnlineArchive", "2023-01-01",
     R"({"dbName": "ledger", "collName": "entries", "criteria": {"type": "CUSTOM", "query": "{}"}})"},
    {"createGroupClusterOnlineArchive", "2023-01-01",
     R"({"dbName": "ledger", "collName": "entries", "criteria": {"type": "CUSTOM", "query": "{}", "expireAfterDays": 3}})"},
    {"createGroupClusterOnlineArchive", "2023-01-01",
     R"({"dbName": "ledger", "collName": "entries", "criteria": {"type": "DATE", "dateField": "at", "dateFormat": "ROMAN"}})"},
    {"createGroupClusterBackupRestoreJob", "2023-01-01",
     R"({"deliveryType": "automated", "snapshotId": "32b6e34b3d91647abb20e7b8", "targetClusterName": "target",
         "targetGroupId": "32b6e34b3d91647abb20e7b8"})"},
    {"createGroupClusterBackupRestoreJob", "2023-01-01",
     R"({"deliveryType": "pointInTime", "pointInTimeUTCSeconds": 1700000000, "targetClusterName": "target",
         "targetGroupId": "32b6e34b3d91647abb20e7b8"})"},
    {"createGroupClusterBackupRestoreJob", "2023-01-01",
     R"({"deliveryType": "teleport", "snapshotId": "32b6e34b3d91647abb20e7b8"})"},
    {"createGroupClusterBackupRestoreJob", "2023-01-01", R"({"snapshotId": "32b6e34b3d91647abb20e7b8"})"},
    {"updateGroupClusterBackupSnapshot", "2023-01-01", R"({"retentionUnit": "DAYS", "retentionValue": 3})"},
    {"updateGroupClusterBackupSnapshot", "2023-01-01", R"({"retentionUnit": "days", "retentionValue": 3})"},
    {"createGroupClusterBackupExport", "2023-01-01",
     R"({"exportBucketId": "32b6e34b3d91647abb20e7b8", "snapshotId": "32b6e34b3d91647abb20e7b8",
         "customData": [{"key": "k", "value": "v"}]})"},
    {"createGroupClusterBackupExport", "2023-01-01",
     R"({"exportBucketId": "32b6e34b3d91647abb20e7b8", "customData": [{"key": 1}]})"},
    {"updateGroupBackupCompliancePolicy", "2023-10-01",
     R"({"authorizedEmail": "a@example.com", "authorizedUserFirstName": "Ada", "authorizedUserLastName": "Moreau",
         "copyProtectionEnabled": true, "scheduledPolicyItems": [
            {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7}],
         "onDemandPolicyItem": {"frequencyType": "ondemand", "frequencyInterval": 0, "retentionUnit": "days", "retentionValue": 3}})"},
    {"updateGroupBackupCompliancePolicy", "2023-10-01", R"({"authorizedEmail": "a@example.com"})"},
    {"updateGroupBackupCompliancePolicy", "2023-10-01",
     R"({"authorizedEmail": "nobody", "authorizedUserFirstName": "Ada", "authorizedUserLastName": "Moreau"})"},
    {"updateGroupBackupCompliancePolicy", "2023-10-01",
     R"({"authorizedEmail": "a@example.com", "authorizedUserFirstName": "Ada", "authorizedUserLastName": "Moreau"})"},
    {"createGroupClusterCollectionRestoreJob", "2025-03-12",
     R"({"snapshotId": "32b6e34b3d91647abb20e7b8", "targetClusterName": "target", "targetGroupId": "32b6e34b3d91647abb20e7b8",
         "collections": [{"database": "db", "collection": "c"}], "indexStrategy": "ALL"})"},
    {"createGroupClusterCollectionRestoreJob", "2025-03-12", R"({"indexStrategy": "SOME"})"},
    {"createGroupFlexClusterBackupRestoreJob", "2024-11-13",
     R"({"snapshotId": "32b6e34b3d91647abb20e7b8", "targetDeploymentItemName": "t", "targetProjectId": "32b6e34b3d91647abb20e7b8"})"},
    {"createGroupFlexClusterBackupRestoreJob", "2024-11-13", R"({"snapshotId": 5})"},
};

}  // namespace

class BodyCheckTest : public QObject {
    Q_OBJECT

private slots:
    void contractIsEmbedded()
    {
        const auto &c = sandbox::SchemaChecker::contract();
        QVERIFY(!c.requestSchema(QStringLiteral("takeGroupClusterBackupSnapshots"), QStringLiteral("2023-01-01"))
                     .isEmpty());
        // A served version newer than the request's picks the newest request version before it.
        QVERIFY(!c.requestSchema(QStringLiteral("takeGroupClusterBackupSnapshots"), QStringLiteral("2025-03-12"))
                     .isEmpty());
        QVERIFY(
            c.requestSchema(QStringLiteral("listGroupClusterBackupSnapshots"), QStringLiteral("2023-01-01")).isEmpty());
    }

    void fieldPathsNameTheWrongField()
    {
        const auto &c = sandbox::SchemaChecker::contract();
        const QJsonObject schema =
            c.requestSchema(QStringLiteral("updateGroupClusterBackupSchedule"), QStringLiteral("2024-08-05"));
        const QJsonObject body =
            QJsonDocument::fromJson(R"({"policies": [{"id": "32b6e34b3d91647abb20e7b8", "policyItems": [
            {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 7},
            {"frequencyType": "yearly", "frequencyInterval": 1, "retentionUnit": "eons", "retentionValue": 7, "x": 1}]}]})")
                .object();
        const auto found = c.check(body, schema);
        QStringList fields;
        for (const auto &v : found) fields << v.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("policies[0].policyItems[1].retentionUnit"),
                                      QStringLiteral("policies[0].policyItems[1].x")}));
        QCOMPARE(found.first().kind, sandbox::FieldViolation::Kind::Enum);
        QCOMPARE(found.last().kind, sandbox::FieldViolation::Kind::Unknown);
        // readOnly fields are ignored, not refused (clusterId, links, nextSnapshot are the server's).
        const QJsonObject readOnly =
            QJsonDocument::fromJson(R"({"clusterId": "32b6e34b3d91647abb20e7b8", "clusterName": "c0",
            "links": [{"rel": "self"}], "nextSnapshot": "2026-01-01T00:00:00Z", "policies": []})")
                .object();
        const auto ro = c.check(readOnly, schema);
        QVERIFY2(ro.isEmpty(), ro.isEmpty() ? "" : qPrintable(ro.first().field + u' ' + ro.first().description));
    }

    void agreesWithTheContractsValidator()
    {
        const QString openapi = QStringLiteral(LIFEBOAT_OPENAPI_DIR);
        const QString spec = openapi + QStringLiteral("/atlas-backup-api.upstream-multiversion.json");
        QTemporaryDir dir;
        QJsonArray entries;
        QList<bool> ours;
        for (const Case &k : kCases) {
            const QString file = QStringLiteral("req-%1.json").arg(entries.size());
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(k.body);
            f.close();
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(k.body, &pe);
            QVERIFY2(pe.error == QJsonParseError::NoError, k.body);
            const auto &c = sandbox::SchemaChecker::contract();
            const QJsonObject schema = c.requestSchema(QLatin1String(k.operationId), QLatin1String(k.version));
            QVERIFY2(!schema.isEmpty(), k.operationId);
            ours << c.check(doc.object(), schema).isEmpty();
            entries.append(QJsonObject{{"file", file},
                                       {"kind", "request"},
                                       {"operationId", k.operationId},
                                       {"api_version", k.version},
                                       {"method", "X"},
                                       {"path_template", ""}});
        }
        // Manifest rows name the operation by method and path: look them up from the contract.
        QFile sf(spec);
        QVERIFY(sf.open(QIODevice::ReadOnly));
        const QJsonObject paths = QJsonDocument::fromJson(sf.readAll()).object().value("paths").toObject();
        for (int i = 0; i < entries.size(); ++i) {
            QJsonObject e = entries[i].toObject();
            for (auto p = paths.begin(); p != paths.end(); ++p) {
                const QJsonObject item = p.value().toObject();
                for (auto m = item.begin(); m != item.end(); ++m)
                    if (m.value().toObject().value("operationId") == e.value("operationId")) {
                        e.insert("method", m.key().toUpper());
                        e.insert("path_template", p.key());
                    }
            }
            entries[i] = e;
        }
        QFile m(dir.filePath(QStringLiteral("manifest.json")));
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write(QJsonDocument(QJsonObject{{"entries", entries}}).toJson());
        m.close();
        // --strict: an unknown field is an error, as the sandbox refuses it.
        QProcess p;
        p.start(QStringLiteral("python3"), {openapi + QStringLiteral("/validate.py"), spec, QStringLiteral("--strict"),
                                            QStringLiteral("--manifest"), m.fileName(), QStringLiteral("--report-json"),
                                            dir.filePath(QStringLiteral("report.json"))});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QFile rf(dir.filePath(QStringLiteral("report.json")));
        QVERIFY(rf.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(rf.readAll()).object().value("rows").toArray();
        QCOMPARE(rows.size(), entries.size());
        int valid = 0, invalid = 0;
        QStringList disagree;
        for (int i = 0; i < rows.size(); ++i) {
            const QString result = rows[i].toObject().value("result").toString();
            QVERIFY2(result == u"PASS" || result == u"FAIL", qPrintable(result + u' ' + QLatin1String(kCases[i].body)));
            const bool theirs = result == u"PASS";
            (theirs ? valid : invalid)++;
            if (theirs != ours[i])
                disagree << QStringLiteral("%1 %2: contract says %3, sandbox %4: %5")
                                .arg(QLatin1String(kCases[i].operationId), QLatin1String(kCases[i].version),
                                     theirs ? QStringLiteral("valid") : QStringLiteral("invalid"),
                                     ours[i] ? QStringLiteral("valid") : QStringLiteral("invalid"),
                                     QLatin1String(kCases[i].body));
        }
        QVERIFY2(disagree.isEmpty(), qPrintable(disagree.join(u'\n')));
        QVERIFY(valid >= 10 && invalid >= 10);
    }
};

QTEST_GUILESS_MAIN(BodyCheckTest)
#include "tst_sandbox_bodycheck.moc"
