// Domain -> JSON: the request bodies of the write side, checked field by field against
// the contract's names and read back through the JSON -> domain direction.
#include "atlas/mapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using namespace lifeboat::atlas;
using namespace lifeboat::domain;

namespace {
QJsonObject reparse(const QJsonObject &o)
{
    // What goes over the wire, read back: proves the bytes are JSON and keep every field.
    QString error;
    const auto back = mapping::parseObject(mapping::compact(o), &error);
    if (!back) qFatal("body does not parse back: %s", qPrintable(error));
    return *back;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

// The contract's verdict on a request body (validate.py --strict, the upstream
// multiversion spec): "" when valid, else its complaint. Skipped without python3-jsonschema.
QString contractProblem(const char *operationId, const char *version, const QJsonObject &body)
{
    const QString dir = QStringLiteral(LIFEBOAT_OPENAPI_DIR);
    QTemporaryFile f;
    if (!f.open()) return QStringLiteral("cannot write a temporary file");
    f.write(mapping::compact(body));
    f.flush();
    QProcess p;
    p.start(QStringLiteral("python3"),
            {dir + QStringLiteral("/validate.py"), dir + QStringLiteral("/atlas-backup-api.upstream-multiversion.json"),
             QStringLiteral("--strict"), QStringLiteral("--request"), QStringLiteral("--op"),
             QLatin1String(operationId), QStringLiteral("--version"), QLatin1String(version), f.fileName()});
    if (!p.waitForFinished(60000)) return QStringLiteral("validate.py did not finish");
    if (p.exitCode() == 0) return QString();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}
#define QVERIFY_CONTRACT(op, version, body)                                                                            \
    do {                                                                                                               \
        const QString why = contractProblem(op, version, body);                                                        \
        QVERIFY2(                                                                                                      \
            why.isEmpty(),                                                                                             \
            qPrintable(                                                                                                \
                QStringLiteral("%1: %2 %3").arg(QLatin1String(op), why, QString::fromUtf8(mapping::compact(body)))));  \
    } while (0)
}  // namespace

class TestAtlasMappingWrite : public QObject {
    Q_OBJECT
private slots:
    void onDemandSnapshotBody()
    {
        const QJsonObject o =
            reparse(mapping::toJson(OnDemandSnapshotRequest{QStringLiteral("before the upgrade"), 3}));
        QCOMPARE(sortedKeys(o), (QStringList{QStringLiteral("description"), QStringLiteral("retentionInDays")}));
        QCOMPARE(o.value(QLatin1String("description")).toString(), QStringLiteral("before the upgrade"));
        QCOMPARE(o.value(QLatin1String("retentionInDays")).toInt(), 3);
        // Text is sent as it is: quotes and non-ASCII survive the JSON encoding.
        const QString odd = QStringLiteral("\"quoted\" — Ünïcode\n");
        QCOMPARE(
            reparse(mapping::toJson(OnDemandSnapshotRequest{odd, 1})).value(QLatin1String("description")).toString(),
            odd);
    }

    void policyItemRoundTrip_data()
    {
        QTest::addColumn<int>("frequency");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("frequencyText");
        QTest::addColumn<QString>("unitText");
        QTest::newRow("hourly") << int(Frequency::Hourly) << 6 << int(RetentionUnit::Days) << 2 << "hourly"
                                << "days";
        QTest::newRow("daily") << int(Frequency::Daily) << 1 << int(RetentionUnit::Days) << 7 << "daily"
                               << "days";
        QTest::newRow("weekly") << int(Frequency::Weekly) << 7 << int(RetentionUnit::Weeks) << 4 << "weekly"
                                << "weeks";
        QTest::newRow("monthly last day")
            << int(Frequency::Monthly) << 40 << int(RetentionUnit::Months) << 12 << "monthly"
            << "months";
        QTest::newRow("yearly") << int(Frequency::Yearly) << 12 << int(RetentionUnit::Years) << 3 << "yearly"
                                << "years";
    }
    void policyItemRoundTrip()
    {
        QFETCH(int, frequency);
        QFETCH(int, interval);
        QFETCH(int, unit);
        QFETCH(int, value);
        QFETCH(QString, frequencyText);
        QFETCH(QString, unitText);
        PolicyItem item{QStringLiteral("5f1a00000000000000000001"), Frequency(frequency), interval, RetentionUnit(unit),
                        value};
        const QJsonObject o = reparse(mapping::toJson(item));
        QCOMPARE(o.value(QLatin1String("frequencyType")).toString(), frequencyText);
        QCOMPARE(o.value(QLatin1String("retentionUnit")).toString(), unitText);
        QCOMPARE(o.value(QLatin1String("frequencyInterval")).toInt(), interval);
        QCOMPARE(o.value(QLatin1String("retentionValue")).toInt(), value);
        const PolicyItem back = mapping::policyItem(o);
        QCOMPARE(back.id, item.id);
        QCOMPARE(int(back.frequency), frequency);
        QCOMPARE(back.interval, interval);
        QCOMPARE(int(back.unit), unit);
        QCOMPARE(back.value, value);
    }

    void newPolicyItemSendsNoId()
    {
        // A new item has no id yet: Atlas gives it one. An empty "id" would be refused.
        const QJsonObject o = mapping::toJson(PolicyItem{{}, Frequency::Daily, 1, RetentionUnit::Days, 7});
        QVERIFY(!o.contains(QLatin1String("id")));
    }

    void scheduleUpdateRoundTrip()
    {
        BackupSchedule s;
        s.groupId = QStringLiteral("g1");
        s.clusterId = QStringLiteral("read-only-id");
        s.clusterName = QStringLiteral("Cluster0");
        s.nextSnapshot = QDateTime(QDate(2026, 1, 1), QTime(3, 0), Qt::UTC);
        s.referenceHourOfDay = 3;
        s.referenceMinuteOfHour = 45;
        s.restoreWindowDays = 5;
        s.autoExportEnabled = true;
        s.exportPolicy = {QStringLiteral("bucket-1"), QStringLiteral("monthly")};
        s.useOrgAndGroupNamesInExportPrefix = true;
        s.extraRetention = {{Frequency::Monthly, 400}};
        SchedulePolicy p;
        p.id = QStringLiteral("policy-1");
        p.policyItems = {{QStringLiteral("i-hourly"), Frequency::Hourly, 6, RetentionUnit::Days, 7},
                         {QStringLiteral("i-daily"), Frequency::Daily, 1, RetentionUnit::Days, 14},
                         {{}, Frequency::Weekly, 6, RetentionUnit::Weeks, 8}};
        s.policies = {p};
        s.copySettings = {{QStringLiteral("AWS"),
                           QStringLiteral("EU_WEST_1"),
                           QStringLiteral("zone-1"),
                           {QStringLiteral("DAILY"), QStringLiteral("ON_DEMAND")},
                           true}};

        const QJsonObject o = reparse(mapping::toJson(ScheduleUpdate{s, true}));
        // Only writable fields: the read-only ones (clusterId, clusterName, nextSnapshot, links) are not sent.
        QCOMPARE(sortedKeys(o),
                 (QStringList{QStringLiteral("autoExportEnabled"), QStringLiteral("copySettings"),
                              QStringLiteral("export"), QStringLiteral("extraRetentionSettings"),
                              QStringLiteral("policies"), QStringLiteral("referenceHourOfDay"),
                              QStringLiteral("referenceMinuteOfHour"), QStringLiteral("restoreWindowDays"),
                              QStringLiteral("updateSnapshots"), QStringLiteral("useOrgAndGroupNamesInExportPrefix")}));
        QCOMPARE(o.value(QLatin1String("updateSnapshots")).toBool(), true);

        const BackupSchedule back = mapping::schedule(o, QStringLiteral("g1"));
        QCOMPARE(back.referenceHourOfDay, 3);
        QCOMPARE(back.referenceMinuteOfHour, 45);
        QCOMPARE(back.restoreWindowDays, 5);
        QCOMPARE(back.autoExportEnabled, true);
        QCOMPARE(back.policies.size(), 1);
        QCOMPARE(back.policies[0].id, QStringLiteral("policy-1"));  // ids kept on every edit
        QCOMPARE(back.policies[0].policyItems.size(), 3);
        QCOMPARE(back.policies[0].policyItems[0].id, QStringLiteral("i-hourly"));
        QCOMPARE(back.policies[0].policyItems[1].value, 14);
        QCOMPARE(back.policies[0].policyItems[2].id, QString());
        QCOMPARE(int(back.policies[0].policyItems[2].frequency), int(Frequency::Weekly));
        QCOMPARE(back.copySettings.size(), 1);
        QCOMPARE(back.copySettings[0].regionName, QStringLiteral("EU_WEST_1"));
        QCOMPARE(back.copySettings[0].zoneId, QStringLiteral("zone-1"));
        QCOMPARE(back.copySettings[0].frequencies, (QStringList{QStringLiteral("DAILY"), QStringLiteral("ON_DEMAND")}));
        QCOMPARE(back.copySettings[0].shouldCopyOplogs, true);
        QCOMPARE(back.exportPolicy, s.exportPolicy);
        QCOMPARE(back.extraRetention, s.extraRetention);
        QCOMPARE(back.useOrgAndGroupNamesInExportPrefix, true);

        // Auto export off: no export object; a removed copy region whose copies go.
        s.autoExportEnabled = false;
        ScheduleUpdate u{s, false, {s.copySettings.first()}};
        const QJsonObject off = reparse(mapping::toJson(u));
        QVERIFY(!off.contains(QLatin1String("export")));
        const QJsonArray gone = off.value(QLatin1String("deleteCopiedBackups")).toArray();
        QCOMPARE(gone.size(), 1);
        QCOMPARE(gone.first().toObject().value(QLatin1String("regionName")).toString(), QStringLiteral("EU_WEST_1"));
        QCOMPARE(gone.first().toObject().value(QLatin1String("zoneId")).toString(), QStringLiteral("zone-1"));
    }

    void complianceBody()
    {
        CompliancePolicy p;
        p.projectId = QStringLiteral("g1");
        p.authorizedEmail = QStringLiteral(" legal@example.com ");
        p.authorizedUserFirstName = QStringLiteral("Ada");
        p.authorizedUserLastName = QStringLiteral("Lovelace");
        p.pitEnabled = true;
        p.restoreWindowDays = 3;
        p.scheduledPolicyItems = {{QStringLiteral("read-only-id"), Frequency::Daily, 1, RetentionUnit::Days, 7}};
        p.state = parseComplianceState(QStringLiteral("ACTIVE"));
        p.updatedUser = QStringLiteral("someone");
        const QJsonObject o = reparse(mapping::toJson(ComplianceUpdate{p, false}));
        // Read-only fields are not sent, nor an unused on-demand item (an empty one is refused).
        QCOMPARE(sortedKeys(o),
                 (QStringList{QStringLiteral("authorizedEmail"), QStringLiteral("authorizedUserFirstName"),
                              QStringLiteral("authorizedUserLastName"), QStringLiteral("copyProtectionEnabled"),
                              QStringLiteral("encryptionAtRestEnabled"), QStringLiteral("pitEnabled"),
                              QStringLiteral("projectId"), QStringLiteral("restoreWindowDays"),
                              QStringLiteral("scheduledPolicyItems")}));
        QCOMPARE(o.value(QLatin1String("authorizedEmail")).toString(), QStringLiteral("legal@example.com"));
        p.onDemandPolicyItem = PolicyItem{{}, Frequency::Daily, 5, RetentionUnit::Days, 14};
        const QJsonObject d =
            reparse(mapping::toJson(ComplianceUpdate{p, true})).value(QLatin1String("onDemandPolicyItem")).toObject();
        QCOMPARE(d.value(QLatin1String("frequencyType")).toString(), QStringLiteral("ondemand"));
        QCOMPARE(d.value(QLatin1String("frequencyInterval")).toInt(), 0);
        QCOMPARE(d.value(QLatin1String("retentionValue")).toInt(), 14);
        const CompliancePolicy back = mapping::compliancePolicy(o, QStringLiteral("g1"));
        QCOMPARE(back.scheduledPolicyItems.size(), 1);
        QCOMPARE(back.restoreWindowDays, 3);
        QVERIFY(
            !o.value(QLatin1String("scheduledPolicyItems")).toArray().first().toObject().contains(QLatin1String("id")));
    }

    void restoreBodies()
    {
        RestoreRequest automated;
        automated.snapshotId = QStringLiteral("snap-1");
        automated.targetClusterName = QStringLiteral("Target");
        automated.targetGroupId = QStringLiteral("g2");
        QJsonObject o = reparse(mapping::toJson(automated));
        QCOMPARE(sortedKeys(o), (QStringList{QStringLiteral("deliveryType"), QStringLiteral("snapshotId"),
                                             QStringLiteral("targetClusterName"), QStringLiteral("targetGroupId")}));
        QCOMPARE(o.value(QLatin1String("deliveryType")).toString(), QStringLiteral("automated"));

        RestoreRequest download;
        download.deliveryType = DeliveryType::Download;
        download.snapshotId = QStringLiteral("snap-2");
        download.targetClusterName = QStringLiteral("ignored");
        o = reparse(mapping::toJson(download));
        QCOMPARE(sortedKeys(o), (QStringList{QStringLiteral("deliveryType"), QStringLiteral("snapshotId")}));
        QCOMPARE(o.value(QLatin1String("deliveryType")).toString(), QStringLiteral("download"));

        RestoreRequest pit;
        pit.deliveryType = DeliveryType::PointInTime;
        pit.targetClusterName = QStringLiteral("Target");
        pit.targetGroupId = QStringLiteral("g2");
        pit.pointInTimeUTCSeconds = 1767225600;
        o = reparse(mapping::toJson(pit));
        QCOMPARE(o.value(QLatin1String("deliveryType")).toString(), QStringLiteral("pointInTime"));
        QCOMPARE(o.value(QLatin1String("pointInTimeUTCSeconds")).toInteger(), 1767225600);
        QVERIFY(!o.contains(QLatin1String("oplogTs")));
        QVERIFY(!o.contains(QLatin1String("snapshotId")));

        RestoreRequest oplog = pit;
        oplog.pointInTimeUTCSeconds.reset();
        oplog.oplogTs = 1767225600;
        oplog.oplogInc = 17;
        o = reparse(mapping::toJson(oplog));
        QCOMPARE(o.value(QLatin1String("oplogTs")).toInteger(), 1767225600);
        QCOMPARE(o.value(QLatin1String("oplogInc")).toInteger(), 17);
        QVERIFY(!o.contains(QLatin1String("pointInTimeUTCSeconds")));

        // Both forms set: only the date-time goes (the contract allows one form).
        RestoreRequest both = pit;
        both.oplogTs = 1767225600;
        both.oplogInc = 3;
        o = reparse(mapping::toJson(both));
        QVERIFY(o.contains(QLatin1String("pointInTimeUTCSeconds")));
        QVERIFY(!o.contains(QLatin1String("oplogTs")) && !o.contains(QLatin1String("oplogInc")));
        // Half an oplog timestamp is not sent.
        RestoreRequest half = pit;
        half.pointInTimeUTCSeconds.reset();
        half.oplogTs = 1767225600;
        QVERIFY(!reparse(mapping::toJson(half)).contains(QLatin1String("oplogTs")));

        // Every body as the contract's schema (ids in its 24-hex form).
        RestoreRequest valid = automated;
        valid.snapshotId = QStringLiteral("5f1a00000000000000000001");
        valid.targetGroupId = QStringLiteral("5f1a00000000000000000002");
        QVERIFY_CONTRACT("createGroupClusterBackupRestoreJob", "2023-01-01", mapping::toJson(valid));
        RestoreRequest validPit = pit;
        validPit.targetGroupId = valid.targetGroupId;
        QVERIFY_CONTRACT("createGroupClusterBackupRestoreJob", "2023-01-01", mapping::toJson(validPit));
        RestoreRequest validOplog = oplog;
        validOplog.targetGroupId = valid.targetGroupId;
        QVERIFY_CONTRACT("createGroupClusterBackupRestoreJob", "2023-01-01", mapping::toJson(validOplog));
        RestoreRequest validDownload = download;
        validDownload.snapshotId = valid.snapshotId;
        QVERIFY_CONTRACT("createGroupClusterBackupRestoreJob", "2023-01-01", mapping::toJson(validDownload));

        // What Atlas answers (the same schema) reads back into the domain's RestoreJob.
        QJsonObject answer = reparse(mapping::toJson(oplog));
        answer.insert(QLatin1String("id"), QStringLiteral("job-1"));
        const RestoreJob job = mapping::restoreJob(answer, QStringLiteral("g1"), QStringLiteral("Source"));
        QCOMPARE(job.id, QStringLiteral("job-1"));
        QCOMPARE(job.deliveryType.value, DeliveryType::PointInTime);
        QCOMPARE(job.targetClusterName, QStringLiteral("Target"));
        QCOMPARE(job.oplogTs, std::optional<qint64>(1767225600));
        QCOMPARE(job.oplogInc, std::optional<qint64>(17));
        QVERIFY(!job.pointInTimeUTCSeconds);
    }

    void collectionRestoreBodies()
    {
        CollectionRestoreRequest r;
        r.snapshotId = QStringLiteral("5f1a00000000000000000001");
        r.targetClusterName = QStringLiteral("Target");
        r.targetGroupId = QStringLiteral("5f1a00000000000000000002");
        r.writeStrategy = QStringLiteral("OVERWRITE_EXISTING");
        r.indexStrategy = QStringLiteral("ALL_EXCEPT_TTL");
        r.databases = {{QStringLiteral("sales"), QString()}};
        r.collections = {{QStringLiteral("crm.contacts"), QStringLiteral("crm.contacts_restored")}};
        r.collectionSuffix = QStringLiteral("_r");
        QJsonObject o = reparse(mapping::toJson(r));
        QCOMPARE(sortedKeys(o), (QStringList{QStringLiteral("collectionSuffix"), QStringLiteral("collections"),
                                             QStringLiteral("databases"), QStringLiteral("indexStrategy"),
                                             QStringLiteral("snapshotId"), QStringLiteral("targetClusterName"),
                                             QStringLiteral("targetGroupId"), QStringLiteral("writeStrategy")}));
        const QJsonObject db = o.value(QLatin1String("databases")).toArray().first().toObject();
        QCOMPARE(sortedKeys(db), QStringList{QStringLiteral("sourceNamespace")});  // same name: no target sent
        const QJsonObject coll = o.value(QLatin1String("collections")).toArray().first().toObject();
        QCOMPARE(coll.value(QLatin1String("targetNamespace")).toString(), QStringLiteral("crm.contacts_restored"));
        QVERIFY_CONTRACT("createGroupClusterCollectionRestoreJob", "2025-03-12", o);

        // A point in time: Atlas spells it pointInTimeUtcSeconds here; never with the snapshot.
        CollectionRestoreRequest pit = r;
        pit.snapshotId.clear();
        pit.pointInTimeUtcSeconds = 1767225600;
        pit.oplogTs = 1767225600;  // both forms set: only the date-time goes
        pit.oplogInc = 2;
        o = reparse(mapping::toJson(pit));
        QCOMPARE(o.value(QLatin1String("pointInTimeUtcSeconds")).toInteger(), 1767225600);
        QVERIFY(!o.contains(QLatin1String("pointInTimeUTCSeconds")));
        QVERIFY(!o.contains(QLatin1String("snapshotId")) && !o.contains(QLatin1String("oplogTs")));
        QVERIFY_CONTRACT("createGroupClusterCollectionRestoreJob", "2025-03-12", o);
        CollectionRestoreRequest oplog = pit;
        oplog.pointInTimeUtcSeconds.reset();
        o = reparse(mapping::toJson(oplog));
        QCOMPARE(o.value(QLatin1String("oplogInc")).toInteger(), 2);
        QVERIFY(!o.contains(QLatin1String("pointInTimeUtcSeconds")));
        QVERIFY_CONTRACT("createGroupClusterCollectionRestoreJob", "2025-03-12", o);
        // A snapshot wins over a point in time.
        CollectionRestoreRequest snapAndPit = r;
        snapAndPit.pointInTimeUtcSeconds = 1767225600;
        o = reparse(mapping::toJson(snapAndPit));
        QVERIFY(o.contains(QLatin1String("snapshotId")) && !o.contains(QLatin1String("pointInTimeUtcSeconds")));

        // The answer reads back: the job's own fields, and a state as Atlas spells it.
        QJsonObject answer = reparse(mapping::toJson(r));
        answer.insert(QLatin1String("id"), QStringLiteral("5f1a000000000000000000aa"));
        answer.insert(QLatin1String("state"), QStringLiteral("IN_PROGRESS"));
        answer.insert(QLatin1String("createdAt"), QStringLiteral("2026-12-01T10:00:00Z"));
        answer.insert(QLatin1String("restoredDocuments"), 10);
        answer.insert(QLatin1String("totalDocuments"), 40);
        const CollectionRestoreJob job =
            mapping::collectionRestoreJob(answer, QStringLiteral("g1"), QStringLiteral("Source"));
        QCOMPARE(job.id, QStringLiteral("5f1a000000000000000000aa"));
        QCOMPARE(job.clusterName, QStringLiteral("Source"));
        QCOMPARE(job.targetClusterName, QStringLiteral("Target"));
        QCOMPARE(job.writeStrategy, QStringLiteral("OVERWRITE_EXISTING"));
        QCOMPARE(job.indexStrategy, QStringLiteral("ALL_EXCEPT_TTL"));
        QCOMPARE(job.restoredDocuments, 10);
        QCOMPARE(job.totalDocuments, 40);
        QCOMPARE(job.createdAt, QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
        QVERIFY(job.isRunning());
        answer.insert(QLatin1String("state"), QStringLiteral("SUCCESSFUL"));
        QVERIFY(!mapping::collectionRestoreJob(answer, {}, {}).isRunning());

        const CollectionRestoreNamespaceState ns = mapping::collectionRestoreNamespaceState(
            {{QLatin1String("sourceNamespace"), QStringLiteral("crm.contacts")},
             {QLatin1String("effectiveTargetNamespace"), QStringLiteral("crm.contacts_1")},
             {QLatin1String("state"), QStringLiteral("successful")},
             {QLatin1String("restoredDocuments"), 5},
             {QLatin1String("indexStatus"), QJsonObject{{QLatin1String("state"), QStringLiteral("FAILED")},
                                                        {QLatin1String("errorMessage"), QStringLiteral("dup key")}}}});
        QCOMPARE(ns.sourceNamespace, QStringLiteral("crm.contacts"));
        QCOMPARE(ns.effectiveTargetNamespace, QStringLiteral("crm.contacts_1"));
        QCOMPARE(ns.state, QStringLiteral("SUCCESSFUL"));
        QCOMPARE(ns.restoredDocuments, 5);
        QCOMPARE(ns.indexState, QStringLiteral("FAILED"));
        QCOMPARE(ns.indexErrorMessage, QStringLiteral("dup key"));
    }

    void flexBodies()
    {
        FlexRestoreRequest r;
        r.snapshotId = QStringLiteral("5f1a00000000000000000001");
        r.targetDeploymentItemName = QStringLiteral("flex-target");
        QJsonObject o = reparse(mapping::toJson(r));
        QCOMPARE(sortedKeys(o),
                 (QStringList{QStringLiteral("snapshotId"), QStringLiteral("targetDeploymentItemName")}));
        QVERIFY_CONTRACT("createGroupFlexClusterBackupRestoreJob", "2024-11-13", o);
        r.targetProjectId = QStringLiteral("5f1a00000000000000000002");
        o = reparse(mapping::toJson(r));
        QCOMPARE(o.value(QLatin1String("targetProjectId")).toString(), r.targetProjectId);
        QVERIFY_CONTRACT("createGroupFlexClusterBackupRestoreJob", "2024-11-13", o);
        QVERIFY_CONTRACT("downloadGroupFlexClusterBackup", "2024-11-13",
                         (QJsonObject{{QLatin1String("snapshotId"), r.snapshotId}}));
    }

    // The links of a download reach the caller: deliveryUrl[], each shard's
    // components[].downloadUrl and the private-endpoint links, each once.
    void downloadLinks()
    {
        const QJsonObject o{
            {QLatin1String("deliveryUrl"), QJsonArray{QStringLiteral("https://dl/1"), QStringLiteral("https://dl/1")}},
            {QLatin1String("privateDownloadDeliveryUrls"),
             QJsonArray{QJsonObject{{QLatin1String("deliveryUrl"), QStringLiteral("https://vpce/1")},
                                    {QLatin1String("endpointId"), QStringLiteral("vpce-0123456789abcdef0")}}}},
            {QLatin1String("components"),
             QJsonArray{QJsonObject{{QLatin1String("replicaSetName"), QStringLiteral("shard-0")},
                                    {QLatin1String("downloadUrl"), QStringLiteral("https://dl/s0")}},
                        QJsonObject{{QLatin1String("replicaSetName"), QStringLiteral("shard-1")},
                                    {QLatin1String("downloadUrl"), QStringLiteral("https://dl/s1")},
                                    {QLatin1String("privateDownloadDeliveryUrls"),
                                     QJsonArray{QJsonObject{
                                         {QLatin1String("deliveryUrl"), QStringLiteral("https://vpce/s1")}}}}}}}};
        const DownloadLinks links = mapping::downloadLinks(o);
        QCOMPARE(links.urls, (QStringList{QStringLiteral("https://dl/1"), QStringLiteral("https://dl/s0"),
                                          QStringLiteral("https://dl/s1")}));
        QCOMPARE(links.privateUrls, (QStringList{QStringLiteral("https://vpce/1"), QStringLiteral("https://vpce/s1")}));
        QVERIFY(mapping::downloadLinks({}).isEmpty());
        // The domain's job keeps the shards, never a link.
        const RestoreJob job = mapping::restoreJob(o, QStringLiteral("g"), QStringLiteral("c"));
        QCOMPARE(job.componentReplicaSets, (QStringList{QStringLiteral("shard-0"), QStringLiteral("shard-1")}));
    }
};

QTEST_GUILESS_MAIN(TestAtlasMappingWrite)
#include "tst_atlas_mapping_write.moc"
