// The SQLite cache: schema from nothing, reopen, replace/upsert, corruption recovery.
#include "atlas/mapping.h"
#include "cache/cache.h"
#include "cache/migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat::atlas;
using namespace lifeboat::domain;
using namespace lifeboat::cache;

namespace {

const QDateTime kT1(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
const QDateTime kT2(QDate(2024, 5, 2), QTime(12, 0), Qt::UTC);

Snapshot snap(const QString &id, const QDateTime &created, const QString &status = QStringLiteral("completed"))
{
    Snapshot s;
    s.id = id;
    s.createdAt = created;
    s.expiresAt = created.addDays(7);
    s.status = parseSnapshotStatus(status);
    s.snapshotType = parseSnapshotType(QStringLiteral("scheduled"));
    s.frequencyType = parseFrequency(QStringLiteral("daily"));
    s.policyItems = {QStringLiteral("item-1")};
    s.storageSizeBytes = 1000 + created.date().day();
    s.mongodVersion = QStringLiteral("8.0.4");
    s.copyRegions = {QStringLiteral("US_WEST_2")};
    s.type = QStringLiteral("replicaSet");
    s.replicaSetName = QStringLiteral("rs0");
    s.cloudProvider = QStringLiteral("AWS");
    return s;
}

QStringList ids(const QList<Snapshot> &list)
{
    QStringList out;
    for (const auto &s : list) out.append(s.id);
    return out;
}

}  // namespace

class TestCache : public QObject {
    Q_OBJECT
private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("cache.sqlite")); }
    // The marker as a session that never closed the cache leaves it.
    void leaveUnclean() const
    {
        QFile marker(Cache::markerPath(dbPath()));
        QVERIFY(marker.open(QIODevice::WriteOnly | QIODevice::Truncate));
        marker.write("open\n");
    }
    // The old GROUP BY over every snapshot, the summary table's reference.
    static QList<ClusterBackupSummary> aggregate(const QString &path)
    {
        Database db;
        if (!db.open(path, true)) return {};
        QList<ClusterBackupSummary> out;
        Statement s = db.prepare(QStringLiteral(
            "SELECT group_id, cluster_name, count(*), max(synced_at), max(created_at) FROM snapshots GROUP BY 1, 2 "
            "ORDER BY 1, 2"));
        while (s.next()) {
            ClusterBackupSummary c;
            c.groupId = s.text(0);
            c.clusterName = s.text(1);
            c.snapshotCount = int(s.integer(2));
            c.snapshotsSyncedAt = s.dateTime(3);
            c.health.latestAt = s.dateTime(4);
            Statement good = db.prepare(QStringLiteral(
                "SELECT max(created_at) FROM snapshots WHERE group_id = ? AND cluster_name = ? AND lower(status) = "
                "'completed'"));
            good.bind(1, c.groupId).bind(2, c.clusterName);
            if (good.next()) c.health.lastGood = good.dateTime(0);
            out.append(c);
        }
        return out;
    }
    static void compareSummaries(Cache &cache, const QString &path)
    {
        QList<ClusterBackupSummary> kept;
        for (const ClusterBackupSummary &c : cache.clusterBackupSummaries())
            if (c.snapshotCount > 0) kept.append(c);  // schedules and restores make rows too
        const QList<ClusterBackupSummary> want = aggregate(path);
        QCOMPARE(kept.size(), want.size());
        for (int i = 0; i < want.size(); ++i) {
            QCOMPARE(kept[i].groupId, want[i].groupId);
            QCOMPARE(kept[i].clusterName, want[i].clusterName);
            QCOMPARE(kept[i].snapshotCount, want[i].snapshotCount);
            QCOMPARE(kept[i].snapshotsSyncedAt, want[i].snapshotsSyncedAt);
            QCOMPARE(kept[i].health.latestAt, want[i].health.latestAt);
            QCOMPARE(kept[i].health.lastGood, want[i].health.lastGood);
        }
    }
    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void migratesFromEmpty()
    {
        Cache cache;
        QVERIFY2(cache.open(dbPath()), qPrintable(cache.lastError()));
        QVERIFY(!cache.wasRebuilt());
        QCOMPARE(cache.schemaVersion(), latestSchemaVersion());
        QVERIFY(latestSchemaVersion() >= 1);
        QVERIFY(cache.integrityCheck());
        QVERIFY(cache.organizations().isEmpty());
        QVERIFY(cache.snapshots(QStringLiteral("g"), QStringLiteral("c")).isEmpty());

        Database raw;
        QVERIFY(raw.open(dbPath(), true));
        QCOMPARE(raw.scalarText(QStringLiteral("PRAGMA journal_mode")).value_or(QString()), QStringLiteral("wal"));
        for (const char *table : {"orgs", "projects", "clusters", "flex_clusters", "snapshots", "flex_snapshots",
                                  "schedules", "compliance_policies", "restore_jobs", "sync_marks"}) {
            const auto n =
                raw.scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                                  .arg(QLatin1String(table)));
            QVERIFY2(n.value_or(0) == 1, table);
        }
    }

    void reopenKeepsDataAndIntegrity()
    {
        {
            Cache cache;
            QVERIFY(cache.open(dbPath()));
            QVERIFY(cache.replaceOrganizations({{QStringLiteral("o1"), QStringLiteral("Acme"), false, {}}}, kT1));
            QVERIFY(cache.replaceProjects(
                {{QStringLiteral("g1"), QStringLiteral("o1"), QStringLiteral("Prod"), 3, kT1.addYears(-1), {}}}, kT1));
            QVERIFY(cache.replaceSnapshots(QStringLiteral("g1"), QStringLiteral("c"), {snap("a", kT1)}, kT1));
        }
        Cache again;
        QVERIFY(again.open(dbPath()));
        QVERIFY(!again.wasRebuilt());
        QVERIFY(again.integrityCheck());
        QCOMPARE(again.schemaVersion(), latestSchemaVersion());
        const auto orgs = again.organizations();
        QCOMPARE(orgs.size(), 1);
        QCOMPARE(orgs.first().name, QStringLiteral("Acme"));
        QCOMPARE(orgs.first().syncedAt, kT1);
        const auto projects = again.projects(QStringLiteral("o1"));
        QCOMPARE(projects.size(), 1);
        QCOMPARE(projects.first().clusterCount, 3);
        QCOMPARE(projects.first().created, kT1.addYears(-1));
        QVERIFY(again.projects(QStringLiteral("other-org")).isEmpty());
        QCOMPARE(again.projects().size(), 1);
        QCOMPARE(again.snapshotCount(QStringLiteral("g1"), QStringLiteral("c")), 1);
    }

    void snapshotsRoundTrip()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        Snapshot s = snap("sh1", kT1);
        s.type = QStringLiteral("shardedCluster");
        s.configServerType = QStringLiteral("EMBEDDED");
        s.members = {{QStringLiteral("m1"), QStringLiteral("AWS"), QStringLiteral("shard0")},
                     {QStringLiteral("m2"), QStringLiteral("AWS"), QStringLiteral("shard1")}};
        s.snapshotIds = {QStringLiteral("m1"), QStringLiteral("m2")};
        s.masterKeyUUID = QStringLiteral("key-1");
        // Lists are stored as JSON text: quotes, backslashes, control and non-ASCII characters survive.
        s.copyRegions = {QStringLiteral("US_EAST_1"), QStringLiteral("we\"ird\\re\tgion\u00e9")};
        s.description = QStringLiteral("before upgrade");
        s.status = parseSnapshotStatus(QStringLiteral("ARCHIVING"));  // unknown: kept raw
        QVERIFY(cache.replaceSnapshots(QStringLiteral("g"), QStringLiteral("c"), {s}, kT1));
        const auto got = cache.snapshots(QStringLiteral("g"), QStringLiteral("c"));
        QCOMPARE(got.size(), 1);
        const Snapshot &r = got.first();
        QCOMPARE(r.id, s.id);
        QCOMPARE(r.groupId, QStringLiteral("g"));
        QCOMPARE(r.clusterName, QStringLiteral("c"));
        QCOMPARE(r.createdAt, s.createdAt);
        QCOMPARE(r.expiresAt, s.expiresAt);
        QCOMPARE(r.status.value, SnapshotStatus::Unknown);
        QCOMPARE(r.status.raw, QStringLiteral("ARCHIVING"));
        QCOMPARE(r.snapshotType.value, SnapshotType::Scheduled);
        QCOMPARE(r.frequencyType.value, lifeboat::domain::Frequency::Daily);
        QCOMPARE(r.policyItems, s.policyItems);
        QCOMPARE(r.storageSizeBytes, s.storageSizeBytes);
        QCOMPARE(r.copyRegions, s.copyRegions);
        QCOMPARE(r.members, s.members);
        QCOMPARE(r.snapshotIds, s.snapshotIds);
        QCOMPARE(r.masterKeyUUID, s.masterKeyUUID);
        QCOMPARE(r.description, s.description);
        QCOMPARE(r.configServerType, s.configServerType);
        QVERIFY(r.isShardedCluster());
        QCOMPARE(r.syncedAt, kT1);
    }

    void replaceRemovesVanishedAndUpsertDoesNot()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        const QString g = QStringLiteral("g"), c = QStringLiteral("c"), other = QStringLiteral("other");
        QVERIFY(cache.replaceSnapshots(g, c, {snap("a", kT1.addDays(-2)), snap("b", kT1.addDays(-1)), snap("x", kT1)},
                                       kT1));
        QVERIFY(cache.replaceSnapshots(g, other, {snap("o", kT1)}, kT1));
        QCOMPARE(ids(cache.snapshots(g, c)), QStringList({"x", "b", "a"}));  // newest first

        // Full sync: "a" expired on the server, "b" changed, "n" is new.
        QVERIFY(cache.replaceSnapshots(g, c,
                                       {snap("b", kT1.addDays(-1), QStringLiteral("failed")), snap("x", kT1),
                                        snap("n", kT2, QStringLiteral("inProgress"))},
                                       kT2));
        const auto after = cache.snapshots(g, c);
        QCOMPARE(ids(after), QStringList({"n", "x", "b"}));
        QCOMPARE(after.at(2).status.value, SnapshotStatus::Failed);
        QCOMPARE(after.at(2).syncedAt, kT2);
        QCOMPARE(ids(cache.snapshots(g, other)), QStringList({"o"}));  // other cluster untouched

        // Incremental: adds and updates, removes nothing.
        QVERIFY(cache.upsertSnapshots(g, c, {snap("n", kT2, QStringLiteral("completed")), snap("z", kT2.addSecs(60))},
                                      kT2));
        const auto inc = cache.snapshots(g, c);
        QCOMPARE(ids(inc), QStringList({"z", "n", "x", "b"}));
        QCOMPARE(inc.at(1).status.value, SnapshotStatus::Completed);

        // A full sync that returns nothing empties the cluster.
        QVERIFY(cache.replaceSnapshots(g, c, {}, kT2));
        QCOMPARE(cache.snapshotCount(g, c), 0);
        QCOMPARE(cache.snapshotCount(g, other), 1);
    }

    void migratesAnOlderSchemaKeepingData()
    {
        {
            // A cache as the first release left it: step 1 only, with a row in it.
            Database raw;
            QVERIFY(raw.open(dbPath(), false));
            QVERIFY(raw.exec(QString::fromUtf8(migrations().first().sql)));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO orgs (id, name, is_deleted, synced_at) VALUES ('o1', 'Old', 0, %1)")
                    .arg(kT1.toMSecsSinceEpoch())));
        }
        QVERIFY(latestSchemaVersion() > 1);
        Cache cache;
        QVERIFY2(cache.open(dbPath()), qPrintable(cache.lastError()));
        QVERIFY(!cache.wasRebuilt());
        QCOMPARE(cache.schemaVersion(), latestSchemaVersion());
        QCOMPARE(cache.organizations().size(), 1);
        QCOMPARE(cache.organizations().first().name, QStringLiteral("Old"));
        QVERIFY(cache.replaceOrganizations({}, kT2));  // the new table is usable
        QCOMPARE(cache.listSyncedAt(Cache::scopeOrganizations()), kT2);
        QVERIFY(cache.integrityCheck());
    }

    void listSyncMarks()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        const QString g = QStringLiteral("g"), c = QStringLiteral("c");
        QVERIFY(!cache.listSyncedAt(Cache::scopeSnapshots(g, c)).isValid());  // never checked
        QVERIFY(cache.replaceSnapshots(g, c, {}, kT1));                       // checked: none
        QCOMPARE(cache.listSyncedAt(Cache::scopeSnapshots(g, c)), kT1);
        QVERIFY(!cache.listSyncedAt(Cache::scopeSnapshots(g, QStringLiteral("other"))).isValid());
        QVERIFY(cache.upsertSnapshots(g, c, {snap("a", kT2)}, kT2));  // partial: no new mark
        QCOMPARE(cache.listSyncedAt(Cache::scopeSnapshots(g, c)), kT1);
        QVERIFY(cache.replaceClusters(g, {}, kT2));
        QCOMPARE(cache.listSyncedAt(Cache::scopeClusters(g)), kT2);
        QVERIFY(cache.replaceRestoreJobs(g, c, {}, kT2));
        QCOMPARE(cache.listSyncedAt(Cache::scopeRestoreJobs(g, c)), kT2);
        QVERIFY(cache.replaceProjects({}, kT1));
        QCOMPARE(cache.listSyncedAt(Cache::scopeProjects()), kT1);
        QVERIFY(cache.replaceFlexClusters(g, {}, kT1));
        QCOMPARE(cache.listSyncedAt(Cache::scopeFlexClusters(g)), kT1);
        QVERIFY(cache.removeCluster(g, c));
        QVERIFY(!cache.listSyncedAt(Cache::scopeSnapshots(g, c)).isValid());
        QVERIFY(!cache.listSyncedAt(Cache::scopeRestoreJobs(g, c)).isValid());
        QCOMPARE(cache.listSyncedAt(Cache::scopeClusters(g)), kT2);  // the cluster list itself stays
    }

    void clustersAndFlex()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        Cluster a;
        a.id = QStringLiteral("id-a");
        a.name = QStringLiteral("Alpha");
        a.clusterType = parseClusterType(QStringLiteral("SHARDED"));
        a.mongoDBVersion = QStringLiteral("7.0.12");
        a.mongoDBMajorVersion = QStringLiteral("7.0");
        a.featureCompatibilityVersion = QStringLiteral("6.0");
        a.featureCompatibilityVersionExpirationDate = kT2;
        a.backupEnabled = true;
        a.pitEnabled = true;
        a.encryptionAtRestProvider = QStringLiteral("AZURE");
        a.stateName = parseClusterState(QStringLiteral("IDLE"));
        a.configServerType = QStringLiteral("DEDICATED");
        a.createDate = kT1;
        a.shardCount = 3;
        a.providerName = QStringLiteral("AZURE");
        a.regionName = QStringLiteral("US_EAST_2");
        a.instanceSize = QStringLiteral("M40");
        Cluster b;
        b.name = QStringLiteral("Free");
        b.instanceSize = QStringLiteral("M0");
        b.providerName = QStringLiteral("TENANT");
        b.backingProviderName = QStringLiteral("AWS");
        b.standardSrv = QStringLiteral("mongodb+srv://free.ab1cd.mongodb.net");
        QVERIFY(cache.replaceClusters(QStringLiteral("g"), {a, b}, kT1));
        QVERIFY(cache.replaceClusters(QStringLiteral("g2"), {b}, kT1));
        auto got = cache.clusters(QStringLiteral("g"));
        QCOMPARE(got.size(), 2);
        const Cluster &r = got.first();
        QCOMPARE(r.name, QStringLiteral("Alpha"));
        QCOMPARE(r.groupId, QStringLiteral("g"));
        QVERIFY(r.isSharded());
        QCOMPARE(r.shardCount, 3);
        QCOMPARE(r.featureCompatibilityVersion, QStringLiteral("6.0"));
        QCOMPARE(r.featureCompatibilityVersionExpirationDate, kT2);
        QVERIFY(r.backupEnabled && r.pitEnabled);
        QCOMPARE(r.encryptionAtRestProvider, QStringLiteral("AZURE"));
        QCOMPARE(r.stateName.value, ClusterState::Idle);
        QCOMPARE(r.instanceSize, QStringLiteral("M40"));
        QVERIFY(got.at(1).isFreeTier());
        QCOMPARE(got.at(1).backingProviderName, QStringLiteral("AWS"));
        QCOMPARE(got.at(1).standardSrv, b.standardSrv);

        QVERIFY(cache.replaceClusters(QStringLiteral("g"), {b}, kT2));  // Alpha deleted on the server
        got = cache.clusters(QStringLiteral("g"));
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().syncedAt, kT2);
        QCOMPARE(cache.clusters(QStringLiteral("g2")).size(), 1);

        FlexCluster f;
        f.name = QStringLiteral("Flex0");
        f.backingProviderName = QStringLiteral("GCP");
        f.diskSizeGB = 5.5;
        f.stateName = parseClusterState(QStringLiteral("creating"));
        QVERIFY(cache.replaceFlexClusters(QStringLiteral("g"), {f}, kT1));
        const auto flex = cache.flexClusters(QStringLiteral("g"));
        QCOMPARE(flex.size(), 1);
        QCOMPARE(flex.first().diskSizeGB, 5.5);
        QCOMPARE(flex.first().stateName.value, ClusterState::Creating);
        QVERIFY(cache.replaceFlexClusters(QStringLiteral("g"), {}, kT2));
        QVERIFY(cache.flexClusters(QStringLiteral("g")).isEmpty());

        FlexSnapshot fs;
        fs.id = QStringLiteral("fs1");
        fs.scheduledTime = kT1;
        fs.finishTime = kT1.addSecs(90);
        fs.status = parseFlexJobStatus(QStringLiteral("COMPLETED"));
        QVERIFY(cache.replaceFlexSnapshots(QStringLiteral("g"), QStringLiteral("Flex0"), {fs}, kT1));
        const auto fsnaps = cache.flexSnapshots(QStringLiteral("g"), QStringLiteral("Flex0"));
        QCOMPARE(fsnaps.size(), 1);
        QCOMPARE(fsnaps.first().finishTime, kT1.addSecs(90));
        QCOMPARE(fsnaps.first().status.value, FlexJobStatus::Completed);
    }

    void scheduleAndCompliance()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        const auto sched =
            mapping::schedule(*mapping::parseObject(R"({"clusterId": "cid", "clusterName": "c", "referenceHourOfDay": 4,
                "referenceMinuteOfHour": 30, "restoreWindowDays": 2, "nextSnapshot": "2024-05-03T04:30:00Z",
                "autoExportEnabled": true, "policies": [{"id": "p1", "policyItems": [
                  {"id": "i1", "frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 2},
                  {"id": "i2", "frequencyType": "weekly", "frequencyInterval": 7, "retentionUnit": "weeks", "retentionValue": 4}]}],
                "copySettings": [{"cloudProvider": "AWS", "regionName": "US_WEST_2", "zoneId": "z",
                  "frequencies": ["DAILY", "WEEKLY"], "shouldCopyOplogs": true}]})",
                                                    nullptr),
                              QStringLiteral("g"));
        QVERIFY(!cache.schedule(QStringLiteral("g"), QStringLiteral("c")).has_value());
        QVERIFY(cache.upsertSchedule(QStringLiteral("g"), QStringLiteral("c"), sched, kT1));
        const auto got = cache.schedule(QStringLiteral("g"), QStringLiteral("c"));
        QVERIFY(got.has_value());
        QCOMPARE(got->clusterId, QStringLiteral("cid"));
        QCOMPARE(got->referenceHourOfDay, 4);
        QCOMPARE(got->referenceMinuteOfHour, 30);
        QCOMPARE(got->restoreWindowDays, 2);
        QCOMPARE(got->nextSnapshot, QDateTime(QDate(2024, 5, 3), QTime(4, 30), Qt::UTC));
        QVERIFY(got->autoExportEnabled);
        QCOMPARE(got->policies.size(), 1);
        QCOMPARE(got->policies.first().id, QStringLiteral("p1"));
        const auto items = got->allItems();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).id, QStringLiteral("i1"));
        QCOMPARE(items.at(0).interval, 6);
        QCOMPARE(items.at(1).frequency, lifeboat::domain::Frequency::Weekly);
        QCOMPARE(items.at(1).unit, lifeboat::domain::RetentionUnit::Weeks);
        QCOMPARE(got->copySettings.size(), 1);
        QCOMPARE(got->copySettings.first().frequencies, QStringList({"DAILY", "WEEKLY"}));
        QCOMPARE(got->syncedAt, kT1);

        // Compliance: unknown, then known absent, then present.
        QVERIFY(!cache.compliancePolicyCheckedAt(QStringLiteral("g")).isValid());
        QVERIFY(cache.setCompliancePolicy(QStringLiteral("g"), std::nullopt, kT1));
        QVERIFY(!cache.compliancePolicy(QStringLiteral("g")).has_value());
        QCOMPARE(cache.compliancePolicyCheckedAt(QStringLiteral("g")), kT1);
        CompliancePolicy p;
        p.authorizedEmail = QStringLiteral("owner@example.com");
        p.pitEnabled = true;
        p.restoreWindowDays = 3;
        p.state = parseComplianceState(QStringLiteral("ACTIVE"));
        p.onDemandPolicyItem = items.at(0);
        p.scheduledPolicyItems = items;
        QVERIFY(cache.setCompliancePolicy(QStringLiteral("g"), p, kT2));
        const auto cp = cache.compliancePolicy(QStringLiteral("g"));
        QVERIFY(cp.has_value());
        QCOMPARE(cp->authorizedEmail, p.authorizedEmail);
        QVERIFY(cp->pitEnabled);
        QCOMPARE(cp->restoreWindowDays, 3);
        QCOMPARE(cp->state.value, ComplianceState::Active);
        QVERIFY(cp->onDemandPolicyItem.has_value());
        QCOMPARE(cp->onDemandPolicyItem->id, QStringLiteral("i1"));
        QCOMPARE(cp->scheduledPolicyItems.size(), 2);
        QCOMPARE(cp->syncedAt, kT2);
    }

    void restoreJobsWithoutDownloadLinks()
    {
        {
            Cache cache;
            QVERIFY(cache.open(dbPath()));
            const auto job = mapping::restoreJob(
                *mapping::parseObject(R"({"id": "r1", "snapshotId": "s1", "deliveryType": "download",
                    "deliveryUrl": ["https:\/\/dl.example\/x?signature=TOPSECRETSIG"], "oplogTs": 1714550400,
                    "oplogInc": 3, "timestamp": "2024-05-01T00:00:00Z",
                    "components": [{"replicaSetName": "rs0", "downloadUrl": "https:\/\/dl.example\/y?signature=TOPSECRETSIG"}]})",
                                      nullptr),
                QStringLiteral("g"), QStringLiteral("c"));
            QVERIFY(cache.replaceRestoreJobs(QStringLiteral("g"), QStringLiteral("c"), {job}, kT1));
            const auto got = cache.restoreJobs(QStringLiteral("g"), QStringLiteral("c"));
            QCOMPARE(got.size(), 1);
            QCOMPARE(got.first().deliveryType.value, DeliveryType::Download);
            QCOMPARE(got.first().oplogTs.value_or(0), Q_INT64_C(1714550400));
            QCOMPARE(got.first().oplogInc.value_or(0), 3);
            QVERIFY(!got.first().pointInTimeUTCSeconds.has_value());
            QCOMPARE(got.first().componentReplicaSets, QStringList({"rs0"}));
            QVERIFY(got.first().isRunning());
            QVERIFY(cache.replaceRestoreJobs(QStringLiteral("g"), QStringLiteral("c"), {}, kT2));
            QVERIFY(cache.restoreJobs(QStringLiteral("g"), QStringLiteral("c")).isEmpty());
            QVERIFY(cache.replaceRestoreJobs(QStringLiteral("g"), QStringLiteral("c"), {job}, kT2));
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(dbPath() + suffix);
            if (!f.open(QIODevice::ReadOnly)) continue;
            QVERIFY2(!f.readAll().contains("TOPSECRETSIG"), "a download link reached the cache file");
        }
    }

    void removeCluster()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        Cluster c;
        c.name = QStringLiteral("c");
        QVERIFY(cache.replaceClusters(QStringLiteral("g"), {c}, kT1));
        QVERIFY(cache.replaceSnapshots(QStringLiteral("g"), QStringLiteral("c"), {snap("a", kT1)}, kT1));
        QVERIFY(cache.upsertSchedule(QStringLiteral("g"), QStringLiteral("c"), BackupSchedule(), kT1));
        QVERIFY(cache.removeCluster(QStringLiteral("g"), QStringLiteral("c")));
        QVERIFY(cache.clusters(QStringLiteral("g")).isEmpty());
        QCOMPARE(cache.snapshotCount(QStringLiteral("g"), QStringLiteral("c")), 0);
        QVERIFY(!cache.schedule(QStringLiteral("g"), QStringLiteral("c")).has_value());
    }

    void summaryEqualsTheAggregateAfterEveryWrite()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        const QString g = QStringLiteral("g"), a = QStringLiteral("a"), b = QStringLiteral("b");
        QList<Snapshot> list;
        for (int i = 0; i < 20; ++i) list.append(snap(QStringLiteral("s%1").arg(i), kT1.addSecs(i * 3600)));
        list[19].status = parseSnapshotStatus(QStringLiteral("failed"));  // the newest is not a good one
        QVERIFY(cache.replaceSnapshots(g, a, list, kT1));
        QVERIFY(cache.replaceSnapshots(g, b, list.mid(0, 5), kT1));
        compareSummaries(cache, dbPath());
        QVERIFY(cache.upsertSnapshots(g, a, {snap(QStringLiteral("new"), kT2.addDays(3))}, kT2));  // a new newest
        compareSummaries(cache, dbPath());
        QVERIFY(cache.upsertSnapshot(g, b, snap(QStringLiteral("s0"), kT1, QStringLiteral("failed")), kT2));
        compareSummaries(cache, dbPath());
        QVERIFY(cache.removeSnapshot(g, a, QStringLiteral("new")));
        compareSummaries(cache, dbPath());
        // Expired snapshots leave the next full list: the summary follows.
        QVERIFY(cache.replaceSnapshots(g, a, list.mid(10), kT2));
        compareSummaries(cache, dbPath());
        SyncedCluster synced;
        synced.groupId = g;
        synced.clusterName = b;
        synced.newest = snap(QStringLiteral("newest-b"), kT2.addDays(1));
        synced.syncedAt = kT2.addSecs(60);
        QVERIFY(cache.writeSyncedCluster(synced));
        compareSummaries(cache, dbPath());
        QVERIFY(cache.replaceSnapshots(g, b, {}, kT2));  // every snapshot gone: no summary row left
        compareSummaries(cache, dbPath());
        QVERIFY(cache.removeCluster(g, a));
        compareSummaries(cache, dbPath());
        QVERIFY(aggregate(dbPath()).isEmpty());
    }

    void summaryIsFilledByTheMigration()
    {
        {
            Database db;
            QVERIFY(db.open(dbPath(), false));
            for (const Migration &m : migrations()) {
                if (m.version > 5) break;
                QVERIFY(db.exec(QString::fromUtf8(m.sql)));
            }
            QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 5")));
            QVERIFY(db.exec(QStringLiteral(
                "INSERT INTO snapshots (group_id, cluster_name, id, created_at, status, synced_at) VALUES "
                "('g', 'a', 'x', 1000, 'completed', 5), ('g', 'a', 'y', 2000, 'failed', 6), "
                "('g', 'b', 'z', 3000, 'completed', 7)")));
        }
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        QVERIFY(!cache.wasRebuilt());
        compareSummaries(cache, dbPath());
        QCOMPARE(cache.clusterBackupSummaries().size(), 2);
    }

    void cleanCloseSkipsTheCheckAndUncleanRunsIt()
    {
        {
            Cache cache;
            QVERIFY(cache.open(dbPath()));
            QVERIFY(!cache.checkedAtOpen());  // a new file: nothing to check
            QVERIFY(cache.replaceSnapshots(QStringLiteral("g"), QStringLiteral("c"), {snap("a", kT1)}, kT1));
        }
        {
            Cache cache;
            QVERIFY(cache.open(dbPath()));
            QVERIFY(!cache.checkedAtOpen());  // closed cleanly last time
            Cache second;                     // a second write connection never checks
            QVERIFY(second.open(dbPath(), Cache::Mode::ReadWrite, Cache::Check::Never));
            QVERIFY(!second.checkedAtOpen());
        }
        leaveUnclean();
        {
            Cache cache;
            QVERIFY(cache.open(dbPath()));
            QVERIFY(cache.checkedAtOpen());
            QVERIFY(!cache.wasRebuilt());
            QCOMPARE(cache.snapshotCount(QStringLiteral("g"), QStringLiteral("c")), 1);
        }
        {
            Cache cache;  // that session closed cleanly again
            QVERIFY(cache.open(dbPath()));
            QVERIFY(!cache.checkedAtOpen());
        }
        QVERIFY(QFile::remove(Cache::markerPath(dbPath())));  // a file from before the marker existed
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        QVERIFY(cache.checkedAtOpen());
    }

    void aFileChangedBehindTheCacheIsChecked()
    {
        {
            Cache cache;
            QVERIFY(cache.open(dbPath()));
            QVERIFY(cache.replaceSnapshots(QStringLiteral("g"), QStringLiteral("c"), {snap("a", kT1)}, kT1));
        }
        {
            QFile f(dbPath());
            QVERIFY(f.open(QIODevice::Append));
            f.write(QByteArray(4096, char(0x5A)));  // a page of garbage after a clean close
        }
        Cache cache;
        QVERIFY2(cache.open(dbPath()), qPrintable(cache.lastError()));
        QVERIFY(cache.checkedAtOpen());
        QVERIFY(!cache.wasRebuilt());  // checked, and SQLite ignores what lies past its pages
        QCOMPARE(cache.snapshotCount(QStringLiteral("g"), QStringLiteral("c")), 1);
    }

    void damageAfterACleanCloseIsStillReported()
    {
        {
            Cache cache;
            QVERIFY(cache.open(dbPath()));
            QList<Snapshot> many;
            for (int i = 0; i < 500; ++i) many.append(snap(QStringLiteral("s%1").arg(i), kT1.addSecs(i * 3600)));
            QVERIFY(cache.replaceSnapshots(QStringLiteral("g"), QStringLiteral("c"), many, kT1));
        }
        const QDateTime stamp = QFileInfo(dbPath()).lastModified();
        {
            QFile f(dbPath());
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() - 4096 + 8);  // one leaf page of snapshot rows: the schema still reads
            f.write(QByteArray(64, char(0xA5)));
            f.close();
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(stamp, QFileDevice::FileModificationTime));  // rot the marker cannot see
        }
        {
            Cache cache;
            QVERIFY(cache.open(dbPath()));
            QVERIFY(!cache.checkedAtOpen());
            QVERIFY(!cache.quickCheck());  // the check in the background finds it...
        }
        Cache cache;  // ...and so the next start checks and rebuilds
        QVERIFY(cache.open(dbPath()));
        QVERIFY(cache.checkedAtOpen());
        QVERIFY(cache.wasRebuilt());
    }

    void garbageFileIsRebuilt()
    {
        {
            QFile f(dbPath());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        Cache cache;
        QVERIFY2(cache.open(dbPath()), qPrintable(cache.lastError()));
        QVERIFY(cache.wasRebuilt());
        QVERIFY(!cache.rebuildReason().isEmpty());
        QCOMPARE(cache.movedAsidePath(), dbPath() + QStringLiteral(".corrupt"));
        QVERIFY(QFile::exists(cache.movedAsidePath()));
        QCOMPARE(cache.schemaVersion(), latestSchemaVersion());
        QVERIFY(cache.integrityCheck());
        QVERIFY(cache.replaceOrganizations({{QStringLiteral("o"), QStringLiteral("n"), false, {}}}, kT1));
        QCOMPARE(cache.organizations().size(), 1);
    }

    void damagedPagesAreRebuilt()
    {
        {
            Cache cache;
            QVERIFY(cache.open(dbPath()));
            QList<Snapshot> many;
            for (int i = 0; i < 500; ++i) many.append(snap(QStringLiteral("s%1").arg(i), kT1.addSecs(i * 3600)));
            QVERIFY(cache.replaceSnapshots(QStringLiteral("g"), QStringLiteral("c"), many, kT1));
        }  // closing the last connection checkpoints the WAL into the file
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY2(size > 8 * 4096, "expected a multi-page database");
        // Scribble over every page after the schema page (interior b-tree pages included).
        for (qint64 pos = 4096; pos + 4096 <= size; pos += 4096) {
            f.seek(pos + 8);
            f.write(QByteArray(64, char(0xA5)));
        }
        f.close();
        leaveUnclean();  // as a crash during a write leaves it: the next open checks

        Cache cache;
        QVERIFY2(cache.open(dbPath()), qPrintable(cache.lastError()));
        QVERIFY(cache.wasRebuilt());
        QVERIFY(cache.integrityCheck());
        QCOMPARE(cache.snapshotCount(QStringLiteral("g"), QStringLiteral("c")), 0);
    }

    void newerSchemaIsRebuilt()
    {
        {
            Cache cache;
            QVERIFY(cache.open(dbPath()));
        }
        {
            Database raw;
            QVERIFY(raw.open(dbPath(), false));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 5)));
        }
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        QVERIFY(cache.wasRebuilt());
        QVERIFY(cache.rebuildReason().contains(QStringLiteral("newer")));
        QCOMPARE(cache.schemaVersion(), latestSchemaVersion());
    }

    void readOnlySecondConnection()
    {
        Cache writer;
        QVERIFY(writer.open(dbPath()));
        QVERIFY(writer.replaceSnapshots(QStringLiteral("g"), QStringLiteral("c"), {snap("a", kT1)}, kT1));
        Cache reader;
        QVERIFY2(reader.open(dbPath(), Cache::Mode::ReadOnly), qPrintable(reader.lastError()));
        QCOMPARE(reader.snapshotCount(QStringLiteral("g"), QStringLiteral("c")), 1);
        QVERIFY(writer.upsertSnapshots(QStringLiteral("g"), QStringLiteral("c"), {snap("b", kT2)}, kT2));
        QCOMPARE(reader.snapshotCount(QStringLiteral("g"), QStringLiteral("c")), 2);  // sees committed writes
        QVERIFY(!reader.replaceOrganizations({}, kT1));                               // and cannot write
    }

    void readOnlyNeverTouchesACorruptFile()
    {
        {
            QFile f(dbPath());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("definitely not sqlite");
        }
        Cache reader;
        QVERIFY(!reader.open(dbPath(), Cache::Mode::ReadOnly));
        QVERIFY(!reader.lastError().isEmpty());
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("definitely not sqlite"));
    }

    void unwritableLocationFailsCleanly()
    {
        Cache cache;
        QVERIFY(!cache.open(m_dir->filePath(QStringLiteral("no/such/dir/cache.sqlite"))));
        QVERIFY(!cache.lastError().isEmpty());
        QVERIFY(!cache.isOpen());
        QVERIFY(cache.organizations().isEmpty());  // reads on a closed cache are empty, not a crash
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
