// Domain -> JSON: the request bodies of the write side, checked field by field against
// the contract's names and read back through the JSON -> domain direction.
#include "atlas/mapping.h"

#include <QJsonArray>
#include <QJsonDocument>
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
        QCOMPARE(sortedKeys(o), (QStringList{QStringLiteral("autoExportEnabled"), QStringLiteral("copySettings"),
                                             QStringLiteral("policies"), QStringLiteral("referenceHourOfDay"),
                                             QStringLiteral("referenceMinuteOfHour"),
                                             QStringLiteral("restoreWindowDays"), QStringLiteral("updateSnapshots")}));
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
};

QTEST_GUILESS_MAIN(TestAtlasMappingWrite)
#include "tst_atlas_mapping_write.moc"
