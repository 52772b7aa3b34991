// The cache by entity: one row codec per entity covers every column of its table, every
// entity round-trips with every field set, single-row mutations touch one row, a synced
// cluster is one transaction, and the summary queries aggregate what the health rule needs.
#include "cache/cache.h"
#include "cache/rows.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat::domain;
using namespace lifeboat::cache;

namespace {

const QDateTime kT1(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
const QDateTime kT2(QDate(2024, 5, 2), QTime(12, 0), Qt::UTC);
const QString kG = QStringLiteral("g1");
const QString kC = QStringLiteral("main");

template <typename E, typename Parse>
Tagged<E> tagged(const char *raw, Parse parse)
{
    return parse(QLatin1String(raw));
}

Snapshot snap(const QString &id, const QDateTime &created, const char *status = "completed",
              const char *type = "scheduled")
{
    Snapshot s;
    s.id = id;
    s.createdAt = created;
    s.expiresAt = created.addDays(7);
    s.status = parseSnapshotStatus(QLatin1String(status));
    s.snapshotType = parseSnapshotType(QLatin1String(type));
    s.frequencyType = parseFrequency(QStringLiteral("hourly"));
    s.policyItems = {QStringLiteral("item-1"), QStringLiteral("item-2")};
    s.storageSizeBytes = 123456789012LL;
    s.mongodVersion = QStringLiteral("8.0.4");
    s.masterKeyUUID = QStringLiteral("key-1");
    s.copyRegions = {QStringLiteral("US_WEST_2")};
    s.description = QStringLiteral("before \"upgrade\"");
    s.replicaSetName = QStringLiteral("rs0");
    s.type = QStringLiteral("shardedCluster");
    s.cloudProvider = QStringLiteral("AWS");
    s.configServerType = QStringLiteral("EMBEDDED");
    s.members = {{QStringLiteral("m1"), QStringLiteral("AWS"), QStringLiteral("shard0")}};
    s.snapshotIds = {QStringLiteral("m1")};
    return s;
}

RestoreJob job(const QString &id, const QDateTime &at, bool failed = false)
{
    RestoreJob j;
    j.id = id;
    j.groupId = kG;
    j.clusterName = kC;
    j.snapshotId = QStringLiteral("s1");
    j.deliveryType = parseDeliveryType(QStringLiteral("pointInTime"));
    j.targetClusterName = QStringLiteral("target");
    j.targetGroupId = QStringLiteral("g2");
    j.failed = failed;
    j.expiresAt = at.addDays(1);
    j.finishedAt = at.addSecs(600);
    j.timestamp = at;
    j.pointInTimeUTCSeconds = 1714564800;
    j.oplogTs = 1714564801;
    j.oplogInc = 7;
    j.componentReplicaSets = {QStringLiteral("rs0"), QStringLiteral("rs1")};
    return j;
}

BackupSchedule schedule(int hours)
{
    BackupSchedule b;
    b.clusterId = QStringLiteral("cid");
    b.referenceHourOfDay = 4;
    b.referenceMinuteOfHour = 30;
    b.restoreWindowDays = 2;
    b.nextSnapshot = kT2;
    b.autoExportEnabled = true;
    b.exportPolicy = {QStringLiteral("bucket-1"), QStringLiteral("monthly")};
    b.policies = {{QStringLiteral("p1"),
                   {{QStringLiteral("i1"), Frequency::Hourly, hours, RetentionUnit::Days, 2},
                    {QStringLiteral("i2"), Frequency::Weekly, 7, RetentionUnit::Weeks, 4}}}};
    b.copySettings = {
        {QStringLiteral("AWS"), QStringLiteral("US_WEST_2"), QStringLiteral("z"), {QStringLiteral("DAILY")}, true}};
    return b;
}

QStringList ids(const QList<Snapshot> &list)
{
    QStringList out;
    for (const auto &s : list) out.append(s.id);
    return out;
}

template <typename T>
QSet<QString> codecColumns(const RowCodec<T> &codec)
{
    const QStringList c = codec.columns();
    return QSet<QString>(c.cbegin(), c.cend());
}

}  // namespace

class TestCacheRows : public QObject {
    Q_OBJECT
private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("cache.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;

    QSet<QString> tableColumns(const QString &table)
    {
        Database db;
        if (!db.open(dbPath(), true)) return {};
        QSet<QString> out;
        Statement s = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (s.next()) out.insert(s.text(1));
        return out;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void everyColumnHasOneCodecField()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        QCOMPARE(codecColumns(organizationRows()), tableColumns(QStringLiteral("orgs")));
        QCOMPARE(codecColumns(projectRows()), tableColumns(QStringLiteral("projects")));
        QCOMPARE(codecColumns(clusterRows()), tableColumns(QStringLiteral("clusters")));
        QCOMPARE(codecColumns(flexClusterRows()), tableColumns(QStringLiteral("flex_clusters")));
        QCOMPARE(codecColumns(snapshotRows()), tableColumns(QStringLiteral("snapshots")));
        QCOMPARE(codecColumns(flexSnapshotRows()), tableColumns(QStringLiteral("flex_snapshots")));
        QCOMPARE(codecColumns(scheduleRows()), tableColumns(QStringLiteral("schedules")));
        QCOMPARE(codecColumns(complianceRows()), tableColumns(QStringLiteral("compliance_policies")));
        QCOMPARE(codecColumns(restoreJobRows()), tableColumns(QStringLiteral("restore_jobs")));
        QCOMPARE(codecColumns(flexRestoreJobRows()), tableColumns(QStringLiteral("flex_restore_jobs")));
        // One list drives both statements, with named parameters.
        const QString insert = snapshotRows().insertSql();
        QVERIFY(insert.contains(QStringLiteral(":master_key_uuid")) && !insert.contains(u'?'));
        QVERIFY(snapshotRows().selectSql(QString()).contains(QStringLiteral("master_key_uuid")));
    }

    void organizationsProjectsClustersRoundTrip()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        QVERIFY(cache.replaceOrganizations({{QStringLiteral("o1"), QStringLiteral("Org"), true, {}}}, kT1));
        const auto orgs = cache.organizations();
        QCOMPARE(orgs.size(), 1);
        QCOMPARE(orgs[0].id, QStringLiteral("o1"));
        QCOMPARE(orgs[0].name, QStringLiteral("Org"));
        QVERIFY(orgs[0].isDeleted);
        QCOMPARE(orgs[0].syncedAt, kT1);

        QVERIFY(cache.replaceProjects({{kG, QStringLiteral("o1"), QStringLiteral("prod"), 7, kT2, {}}}, kT1));
        const auto projects = cache.projects(QStringLiteral("o1"));
        QCOMPARE(projects.size(), 1);
        QCOMPARE(projects[0].id, kG);
        QCOMPARE(projects[0].orgId, QStringLiteral("o1"));
        QCOMPARE(projects[0].name, QStringLiteral("prod"));
        QCOMPARE(projects[0].clusterCount, 7);
        QCOMPARE(projects[0].created, kT2);
        QCOMPARE(cache.projects(QStringLiteral("other")).size(), 0);
        QCOMPARE(cache.projects().size(), 1);

        Cluster c;
        c.id = QStringLiteral("cid");
        c.name = kC;
        c.clusterType = parseClusterType(QStringLiteral("SHARDED"));
        c.mongoDBVersion = QStringLiteral("8.0.4");
        c.mongoDBMajorVersion = QStringLiteral("8.0");
        c.featureCompatibilityVersion = QStringLiteral("7.0");
        c.featureCompatibilityVersionExpirationDate = kT2;
        c.backupEnabled = true;
        c.pitEnabled = true;
        c.encryptionAtRestProvider = QStringLiteral("AZURE");
        c.stateName = parseClusterState(QStringLiteral("IDLE"));
        c.configServerType = QStringLiteral("DEDICATED");
        c.paused = true;
        c.createDate = kT1;
        c.shardCount = 3;
        c.providerName = QStringLiteral("AWS");
        c.backingProviderName = QStringLiteral("GCP");
        c.regionName = QStringLiteral("US_EAST_1");
        c.instanceSize = QStringLiteral("M30");
        c.standardSrv = QStringLiteral("mongodb+srv://main.example.net");
        QVERIFY(cache.replaceClusters(kG, {c}, kT1));
        const auto clusters = cache.clusters(kG);
        QCOMPARE(clusters.size(), 1);
        const Cluster &r = clusters[0];
        QCOMPARE(r.groupId, kG);
        QCOMPARE(r.id, c.id);
        QCOMPARE(r.name, c.name);
        QCOMPARE(r.clusterType, c.clusterType);
        QCOMPARE(r.mongoDBVersion, c.mongoDBVersion);
        QCOMPARE(r.mongoDBMajorVersion, c.mongoDBMajorVersion);
        QCOMPARE(r.featureCompatibilityVersion, c.featureCompatibilityVersion);
        QCOMPARE(r.featureCompatibilityVersionExpirationDate, c.featureCompatibilityVersionExpirationDate);
        QCOMPARE(r.backupEnabled, c.backupEnabled);
        QCOMPARE(r.pitEnabled, c.pitEnabled);
        QCOMPARE(r.encryptionAtRestProvider, c.encryptionAtRestProvider);
        QCOMPARE(r.stateName, c.stateName);
        QCOMPARE(r.configServerType, c.configServerType);
        QCOMPARE(r.paused, c.paused);
        QCOMPARE(r.createDate, c.createDate);
        QCOMPARE(r.shardCount, c.shardCount);
        QCOMPARE(r.providerName, c.providerName);
        QCOMPARE(r.backingProviderName, c.backingProviderName);
        QCOMPARE(r.regionName, c.regionName);
        QCOMPARE(r.instanceSize, c.instanceSize);
        QCOMPARE(r.standardSrv, c.standardSrv);
        QCOMPARE(r.syncedAt, kT1);

        FlexCluster f;
        f.id = QStringLiteral("fid");
        f.name = QStringLiteral("flexy");
        f.mongoDBVersion = QStringLiteral("8.0.1");
        f.stateName = parseClusterState(QStringLiteral("CREATING"));
        f.backingProviderName = QStringLiteral("AZURE");
        f.regionName = QStringLiteral("US_EAST_2");
        f.diskSizeGB = 5.5;
        f.backupEnabled = false;
        f.terminationProtectionEnabled = true;
        f.createDate = kT2;
        QVERIFY(cache.replaceFlexClusters(kG, {f}, kT2));
        const auto flex = cache.flexClusters(kG);
        QCOMPARE(flex.size(), 1);
        QCOMPARE(flex[0].groupId, kG);
        QCOMPARE(flex[0].id, f.id);
        QCOMPARE(flex[0].name, f.name);
        QCOMPARE(flex[0].mongoDBVersion, f.mongoDBVersion);
        QCOMPARE(flex[0].stateName, f.stateName);
        QCOMPARE(flex[0].backingProviderName, f.backingProviderName);
        QCOMPARE(flex[0].regionName, f.regionName);
        QCOMPARE(flex[0].diskSizeGB, f.diskSizeGB);
        QCOMPARE(flex[0].backupEnabled, f.backupEnabled);
        QCOMPARE(flex[0].terminationProtectionEnabled, f.terminationProtectionEnabled);
        QCOMPARE(flex[0].createDate, f.createDate);
        QCOMPARE(flex[0].syncedAt, kT2);
    }

    void snapshotsSchedulesCompliancePoliciesRestoreJobsRoundTrip()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        const Snapshot s = snap(QStringLiteral("s1"), kT1);
        QVERIFY(cache.replaceSnapshots(kG, kC, {s}, kT2));
        const Snapshot r = cache.snapshots(kG, kC).value(0);
        QCOMPARE(r.id, s.id);
        QCOMPARE(r.groupId, kG);
        QCOMPARE(r.clusterName, kC);
        QCOMPARE(r.createdAt, s.createdAt);
        QCOMPARE(r.expiresAt, s.expiresAt);
        QCOMPARE(r.status, s.status);
        QCOMPARE(r.snapshotType, s.snapshotType);
        QCOMPARE(r.frequencyType, s.frequencyType);
        QCOMPARE(r.policyItems, s.policyItems);
        QCOMPARE(r.storageSizeBytes, s.storageSizeBytes);
        QCOMPARE(r.mongodVersion, s.mongodVersion);
        QCOMPARE(r.masterKeyUUID, s.masterKeyUUID);
        QCOMPARE(r.copyRegions, s.copyRegions);
        QCOMPARE(r.description, s.description);
        QCOMPARE(r.replicaSetName, s.replicaSetName);
        QCOMPARE(r.type, s.type);
        QCOMPARE(r.cloudProvider, s.cloudProvider);
        QCOMPARE(r.configServerType, s.configServerType);
        QCOMPARE(r.members, s.members);
        QCOMPARE(r.snapshotIds, s.snapshotIds);
        QCOMPARE(r.syncedAt, kT2);

        FlexSnapshot fs;
        fs.id = QStringLiteral("f1");
        fs.scheduledTime = kT1;
        fs.startTime = kT1.addSecs(10);
        fs.finishTime = kT1.addSecs(600);
        fs.expiration = kT2.addDays(8);
        fs.mongoDBVersion = QStringLiteral("8.0.1");
        fs.status = parseFlexJobStatus(QStringLiteral("COMPLETED"));
        QVERIFY(cache.replaceFlexSnapshots(kG, QStringLiteral("flexy"), {fs}, kT2));
        const FlexSnapshot rf = cache.flexSnapshots(kG, QStringLiteral("flexy")).value(0);
        QCOMPARE(rf.id, fs.id);
        QCOMPARE(rf.groupId, kG);
        QCOMPARE(rf.clusterName, QStringLiteral("flexy"));
        QCOMPARE(rf.scheduledTime, fs.scheduledTime);
        QCOMPARE(rf.startTime, fs.startTime);
        QCOMPARE(rf.finishTime, fs.finishTime);
        QCOMPARE(rf.expiration, fs.expiration);
        QCOMPARE(rf.mongoDBVersion, fs.mongoDBVersion);
        QCOMPARE(rf.status, fs.status);
        QCOMPARE(rf.syncedAt, kT2);

        const BackupSchedule b = schedule(6);
        QVERIFY(cache.upsertSchedule(kG, kC, b, kT2));
        const auto rb = cache.schedule(kG, kC);
        QVERIFY(rb);
        QCOMPARE(rb->groupId, kG);
        QCOMPARE(rb->clusterName, kC);
        QCOMPARE(rb->clusterId, b.clusterId);
        QCOMPARE(rb->referenceHourOfDay, b.referenceHourOfDay);
        QCOMPARE(rb->referenceMinuteOfHour, b.referenceMinuteOfHour);
        QCOMPARE(rb->restoreWindowDays, b.restoreWindowDays);
        QCOMPARE(rb->nextSnapshot, b.nextSnapshot);
        QCOMPARE(rb->autoExportEnabled, b.autoExportEnabled);
        QCOMPARE(rb->exportPolicy, b.exportPolicy);
        QCOMPARE(rb->policies.size(), 1);
        QCOMPARE(rb->policies[0].id, QStringLiteral("p1"));
        QCOMPARE(rb->allItems().size(), 2);
        QCOMPARE(rb->allItems()[0].interval, 6);
        QCOMPARE(rb->allItems()[1].unit, RetentionUnit::Weeks);
        QCOMPARE(rb->copySettings.size(), 1);
        QCOMPARE(rb->copySettings[0].frequencies, b.copySettings[0].frequencies);
        QVERIFY(rb->copySettings[0].shouldCopyOplogs);
        QCOMPARE(rb->syncedAt, kT2);

        CompliancePolicy p;
        p.authorizedEmail = QStringLiteral("a@b.c");
        p.authorizedUserFirstName = QStringLiteral("Ada");
        p.authorizedUserLastName = QStringLiteral("L");
        p.copyProtectionEnabled = true;
        p.encryptionAtRestEnabled = true;
        p.pitEnabled = true;
        p.deletable = true;
        p.restoreWindowDays = 3;
        p.onDemandPolicyItem = PolicyItem{QStringLiteral("od"), Frequency::OnDemand, 0, RetentionUnit::Days, 5};
        p.scheduledPolicyItems = {{QStringLiteral("d"), Frequency::Daily, 1, RetentionUnit::Days, 7}};
        p.state = parseComplianceState(QStringLiteral("ACTIVE"));
        p.updatedDate = kT1;
        p.updatedUser = QStringLiteral("ada");
        QVERIFY(cache.setCompliancePolicy(kG, p, kT2));
        const auto rp = cache.compliancePolicy(kG);
        QVERIFY(rp);
        QCOMPARE(rp->projectId, kG);
        QCOMPARE(rp->authorizedEmail, p.authorizedEmail);
        QCOMPARE(rp->authorizedUserFirstName, p.authorizedUserFirstName);
        QCOMPARE(rp->authorizedUserLastName, p.authorizedUserLastName);
        QVERIFY(rp->copyProtectionEnabled && rp->encryptionAtRestEnabled && rp->pitEnabled && rp->deletable);
        QCOMPARE(rp->restoreWindowDays, 3);
        QVERIFY(rp->onDemandPolicyItem);
        QCOMPARE(rp->onDemandPolicyItem->value, 5);
        QCOMPARE(rp->scheduledPolicyItems.size(), 1);
        QCOMPARE(rp->state, p.state);
        QCOMPARE(rp->updatedDate, p.updatedDate);
        QCOMPARE(rp->updatedUser, p.updatedUser);
        QCOMPARE(rp->syncedAt, kT2);
        QVERIFY(cache.setCompliancePolicy(kG, std::nullopt, kT2));
        QVERIFY(!cache.compliancePolicy(kG));
        QCOMPARE(cache.compliancePolicyCheckedAt(kG), kT2);

        const RestoreJob j = job(QStringLiteral("j1"), kT1, true);
        QVERIFY(cache.replaceRestoreJobs(kG, kC, {j}, kT2));
        const RestoreJob rj = cache.restoreJobs(kG, kC).value(0);
        QCOMPARE(rj.id, j.id);
        QCOMPARE(rj.groupId, kG);
        QCOMPARE(rj.clusterName, kC);
        QCOMPARE(rj.snapshotId, j.snapshotId);
        QCOMPARE(rj.deliveryType, j.deliveryType);
        QCOMPARE(rj.targetClusterName, j.targetClusterName);
        QCOMPARE(rj.targetGroupId, j.targetGroupId);
        QCOMPARE(rj.cancelled, j.cancelled);
        QCOMPARE(rj.expired, j.expired);
        QCOMPARE(rj.failed, j.failed);
        QCOMPARE(rj.expiresAt, j.expiresAt);
        QCOMPARE(rj.finishedAt, j.finishedAt);
        QCOMPARE(rj.timestamp, j.timestamp);
        QCOMPARE(rj.pointInTimeUTCSeconds, j.pointInTimeUTCSeconds);
        QCOMPARE(rj.oplogTs, j.oplogTs);
        QCOMPARE(rj.oplogInc, j.oplogInc);
        QCOMPARE(rj.componentReplicaSets, j.componentReplicaSets);
        QCOMPARE(rj.syncedAt, kT2);
    }

    void singleRowMutations()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        QVERIFY(cache.replaceSnapshots(kG, kC, {snap(QStringLiteral("a"), kT1), snap(QStringLiteral("b"), kT2)}, kT1));

        // Upsert one: a new row joins, the others stay as they were.
        Snapshot c = snap(QStringLiteral("c"), kT2.addSecs(60), "inProgress", "onDemand");
        QVERIFY(cache.upsertSnapshot(kG, kC, c, kT2));
        QCOMPARE(ids(cache.snapshots(kG, kC)),
                 (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
        c.status = parseSnapshotStatus(QStringLiteral("completed"));
        QVERIFY(cache.upsertSnapshot(kG, kC, c, kT2));
        QCOMPARE(cache.snapshots(kG, kC).value(0).status.value, SnapshotStatus::Completed);
        QCOMPARE(cache.snapshotCount(kG, kC), 3);

        // Set an expiry: that row's expiry only.
        const QDateTime later = kT2.addDays(30);
        QVERIFY(cache.setSnapshotExpiry(kG, kC, QStringLiteral("b"), later));
        const auto after = cache.snapshots(kG, kC);
        QCOMPARE(after.value(1).id, QStringLiteral("b"));
        QCOMPARE(after.value(1).expiresAt, later);
        QCOMPARE(after.value(1).syncedAt, kT1);
        QCOMPARE(after.value(2).expiresAt, kT1.addDays(7));
        QVERIFY(!cache.setSnapshotExpiry(kG, kC, QStringLiteral("nope"), later));
        QVERIFY(cache.lastError().contains(QStringLiteral("nope")));

        // Remove one.
        QVERIFY(cache.removeSnapshot(kG, kC, QStringLiteral("a")));
        QCOMPARE(ids(cache.snapshots(kG, kC)), (QStringList{QStringLiteral("c"), QStringLiteral("b")}));
        QVERIFY(cache.removeSnapshot(kG, kC, QStringLiteral("a")));  // already gone: nothing to do
        QCOMPARE(cache.snapshotCount(kG, QStringLiteral("other")), 0);

        // Upsert a restore job: keyed by its own group, cluster and id.
        QVERIFY(cache.replaceRestoreJobs(kG, kC, {job(QStringLiteral("j1"), kT1)}, kT1));
        RestoreJob j2 = job(QStringLiteral("j2"), kT2);
        j2.finishedAt = QDateTime();
        QVERIFY(cache.upsertRestoreJob(j2, kT2));
        auto jobs = cache.restoreJobs(kG, kC);
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs[0].id, QStringLiteral("j2"));
        QVERIFY(jobs[0].isRunning());
        j2.finishedAt = kT2.addSecs(300);
        QVERIFY(cache.upsertRestoreJob(j2, kT2));
        jobs = cache.restoreJobs(kG, kC);
        QCOMPARE(jobs.size(), 2);
        QVERIFY(!jobs[0].isRunning());
        QCOMPARE(jobs[1].id, QStringLiteral("j1"));
    }

    void aSyncedClusterIsOneTransaction()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        SyncedCluster first{
            kG,
            kC,
            QList<Snapshot>{snap(QStringLiteral("a"), kT1), snap(QStringLiteral("b"), kT1.addSecs(3600))},
            std::nullopt,
            schedule(6),
            {job(QStringLiteral("j1"), kT1)},
            kT1,
            std::nullopt,
            std::nullopt};
        QVERIFY2(cache.writeSyncedCluster(first), qPrintable(cache.lastError()));
        QCOMPARE(cache.listSyncedAt(Cache::scopeSnapshots(kG, kC)), kT1);

        // The snapshots and the schedule are written, then a restore job fails (no id: NOT NULL):
        // nothing of this cluster's write may stay.
        RestoreJob broken = job(QString(), kT2);
        SyncedCluster second{kG,           kC,           QList<Snapshot>{snap(QStringLiteral("c"), kT2)},
                             std::nullopt, schedule(12), {job(QStringLiteral("j2"), kT2), broken},
                             kT2,          std::nullopt, std::nullopt};
        QVERIFY(!cache.writeSyncedCluster(second));
        QVERIFY2(cache.lastError().contains(QStringLiteral("restore jobs")), qPrintable(cache.lastError()));
        QCOMPARE(ids(cache.snapshots(kG, kC)), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
        QCOMPARE(cache.schedule(kG, kC)->allItems().value(0).interval, 6);
        QCOMPARE(cache.restoreJobs(kG, kC).size(), 1);
        QCOMPARE(cache.restoreJobs(kG, kC).value(0).id, QStringLiteral("j1"));
        QCOMPARE(cache.listSyncedAt(Cache::scopeSnapshots(kG, kC)), kT1);

        // The same write without the broken job lands whole.
        second.restoreJobs.removeLast();
        QVERIFY2(cache.writeSyncedCluster(second), qPrintable(cache.lastError()));
        QCOMPARE(ids(cache.snapshots(kG, kC)), QStringList{QStringLiteral("c")});
        QCOMPARE(cache.schedule(kG, kC)->allItems().value(0).interval, 12);
        QCOMPARE(cache.restoreJobs(kG, kC).value(0).id, QStringLiteral("j2"));
        QCOMPARE(cache.listSyncedAt(Cache::scopeSnapshots(kG, kC)), kT2);

        // An incremental write refreshes only the newest and keeps the rest.
        SyncedCluster third{kG,           kC, std::nullopt, snap(QStringLiteral("d"), kT2.addSecs(60)),
                            std::nullopt, {}, kT2,          std::nullopt,
                            std::nullopt};
        QVERIFY(cache.writeSyncedCluster(third));
        QCOMPARE(ids(cache.snapshots(kG, kC)), (QStringList{QStringLiteral("d"), QStringLiteral("c")}));
        QCOMPARE(cache.schedule(kG, kC)->allItems().value(0).interval, 12);
        QVERIFY(cache.restoreJobs(kG, kC).isEmpty());
    }

    void aSyncedFlexClusterWithItsRestoresIsOneTransaction()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        const QString flex = QStringLiteral("flexy");
        FlexSnapshot fs;
        fs.id = QStringLiteral("fs1");
        fs.scheduledTime = kT1;
        fs.status = parseFlexJobStatus(QStringLiteral("COMPLETED"));
        FlexRestoreJob done;
        done.id = QStringLiteral("fr1");
        done.snapshotId = fs.id;
        done.targetDeploymentItemName = QStringLiteral("flex-target");
        done.targetProjectId = QStringLiteral("g2");
        done.status = parseFlexJobStatus(QStringLiteral("COMPLETED"));
        done.deliveryType = QStringLiteral("RESTORE");
        done.restoreScheduledDate = kT1;
        done.restoreFinishedDate = kT1.addSecs(600);
        done.expirationDate = kT1.addSecs(6 * 3600);
        done.snapshotFinishedDate = kT1.addSecs(-3600);
        FlexRestoreJob running = done;
        running.id = QStringLiteral("fr2");
        running.status = parseFlexJobStatus(QStringLiteral("RUNNING"));
        running.restoreScheduledDate = kT2;
        running.restoreFinishedDate = QDateTime();
        QVERIFY2(cache.writeSyncedFlexCluster({kG, flex, {fs}, {done, running}, kT1}), qPrintable(cache.lastError()));

        // Round trip, newest first, every field.
        const QList<FlexRestoreJob> got = cache.flexRestoreJobs(kG, flex);
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0].id, QStringLiteral("fr2"));
        QVERIFY(got[0].isRunning());
        QVERIFY(!got[0].restoreFinishedDate.isValid());
        const FlexRestoreJob &r = got[1];
        QCOMPARE(r.groupId, kG);
        QCOMPARE(r.clusterName, flex);
        QCOMPARE(r.snapshotId, QStringLiteral("fs1"));
        QCOMPARE(r.targetDeploymentItemName, QStringLiteral("flex-target"));
        QCOMPARE(r.targetProjectId, QStringLiteral("g2"));
        QCOMPARE(r.status.value, FlexJobStatus::Completed);
        QCOMPARE(r.deliveryType, QStringLiteral("RESTORE"));
        QCOMPARE(r.restoreScheduledDate, kT1);
        QCOMPARE(r.restoreFinishedDate, kT1.addSecs(600));
        QCOMPARE(r.expirationDate, kT1.addSecs(6 * 3600));
        QCOMPARE(r.snapshotFinishedDate, kT1.addSecs(-3600));
        QCOMPARE(r.syncedAt, kT1);
        QCOMPARE(cache.listSyncedAt(Cache::scopeFlexRestoreJobs(kG, flex)), kT1);
        QVERIFY(cache.restoreJobs(kG, flex).isEmpty());  // not in the dedicated table

        // A broken job (no id: NOT NULL) after new snapshots: nothing of the write stays.
        FlexSnapshot fs2 = fs;
        fs2.id = QStringLiteral("fs2");
        FlexRestoreJob broken = done;
        broken.id = QString();
        QVERIFY(!cache.writeSyncedFlexCluster({kG, flex, {fs2}, {broken}, kT2}));
        QVERIFY2(cache.lastError().contains(QStringLiteral("flex restore jobs")), qPrintable(cache.lastError()));
        QCOMPARE(cache.flexSnapshots(kG, flex).value(0).id, QStringLiteral("fs1"));
        QCOMPARE(cache.flexRestoreJobs(kG, flex).size(), 2);

        // The next full list replaces the cached one; removing the cluster forgets its jobs.
        QVERIFY(cache.writeSyncedFlexCluster({kG, flex, {fs2}, {done}, kT2}));
        QCOMPARE(cache.flexRestoreJobs(kG, flex).size(), 1);
        QCOMPARE(cache.flexSnapshots(kG, flex).value(0).id, QStringLiteral("fs2"));
        QVERIFY(cache.removeCluster(kG, flex));
        QVERIFY(cache.flexRestoreJobs(kG, flex).isEmpty());
        QVERIFY(!cache.listSyncedAt(Cache::scopeFlexRestoreJobs(kG, flex)).isValid());
    }

    void summariesAggregateWhatTheHealthRuleNeeds()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        QVERIFY(cache.replaceSnapshots(kG, kC,
                                       {snap(QStringLiteral("old"), kT1),
                                        snap(QStringLiteral("fb"), kT1.addSecs(3600), "completed", "fallback"),
                                        snap(QStringLiteral("bad"), kT2, "failed")},
                                       kT2));
        QVERIFY(cache.upsertSchedule(kG, kC, schedule(4), kT2));
        RestoreJob running = job(QStringLiteral("r2"), kT2);
        running.finishedAt = QDateTime();
        QVERIFY(cache.replaceRestoreJobs(kG, kC, {job(QStringLiteral("r1"), kT1, true), running}, kT2));
        QVERIFY(cache.upsertSchedule(kG, QStringLiteral("empty"), schedule(6), kT1));

        const auto all = cache.clusterBackupSummaries();
        QCOMPARE(all.size(), 2);
        const ClusterBackupSummary &empty = all[0];
        QCOMPARE(empty.clusterName, QStringLiteral("empty"));
        QCOMPARE(empty.snapshotCount, 0);
        QCOMPARE(empty.syncedAt(), kT1);  // no snapshots: the schedule's time
        const ClusterBackupSummary &m = all[1];
        QCOMPARE(m.groupId, kG);
        QCOMPARE(m.clusterName, kC);
        QCOMPARE(m.snapshotCount, 3);
        QCOMPARE(m.snapshotsSyncedAt, kT2);
        QCOMPARE(m.health.lastGood, kT1.addSecs(3600));
        QVERIFY(m.health.lastGoodIsFallback);
        QCOMPARE(m.health.latestAt, kT2);
        QCOMPARE(m.health.latestStatus, SnapshotStatus::Failed);
        QCOMPARE(m.health.promisedSeconds, 4 * 3600);
        QVERIFY(m.restoreRunning);
        QVERIFY(!m.health.lastRestoreFailed);  // the newest restore (still running) did not fail
        QCOMPARE(m.health.lastRestoreAt, kT2);

        Cluster c;
        c.backupEnabled = true;
        c.instanceSize = QStringLiteral("M10");
        const HealthFacts f = m.factsFor(c);
        QVERIFY(f.synced);
        QCOMPARE(f.kind, ClusterKind::Dedicated);
        const BackupHealth h = backupHealth(f, kT2.addSecs(600));
        QVERIFY(h.has(HealthReason::LatestFailed));
        QVERIFY(h.has(HealthReason::LatestFallback));
        QVERIFY(h.has(HealthReason::Late));  // 23 h since the last good one, every 4 h promised

        FlexSnapshot done, now;
        done.id = QStringLiteral("f1");
        done.scheduledTime = kT1;
        done.finishTime = kT1.addSecs(900);
        done.status = parseFlexJobStatus(QStringLiteral("COMPLETED"));
        now.id = QStringLiteral("f2");
        now.scheduledTime = kT2;
        now.status = parseFlexJobStatus(QStringLiteral("RUNNING"));
        QVERIFY(cache.replaceFlexSnapshots(kG, QStringLiteral("flexy"), {done, now}, kT2));
        const auto flex = cache.flexBackupSummaries();
        QCOMPARE(flex.size(), 1);
        QCOMPARE(flex[0].snapshotCount, 2);
        QCOMPARE(flex[0].health.lastGood, kT1.addSecs(900));
        QCOMPARE(flex[0].health.latestAt, kT2);
        QCOMPARE(flex[0].health.latestStatus, SnapshotStatus::InProgress);
        FlexCluster fc;
        QCOMPARE(flex[0].factsFor(fc).kind, ClusterKind::Flex);
        QCOMPARE(flex[0].factsFor(fc).promisedSeconds, kFlexIntervalSeconds);
        QVERIFY(!flex[0].restoreRunning);
        QVERIFY(!flex[0].health.lastRestoreFailed);

        // Its restores: the newest one failed (an older one finished), another is still queued.
        FlexRestoreJob older, failed, queued;
        older.id = QStringLiteral("r1");
        older.restoreScheduledDate = kT1;
        older.status = parseFlexJobStatus(QStringLiteral("COMPLETED"));
        failed.id = QStringLiteral("r2");
        failed.restoreScheduledDate = kT2;
        failed.status = parseFlexJobStatus(QStringLiteral("FAILED"));
        queued.id = QStringLiteral("r3");
        queued.restoreScheduledDate = kT1.addSecs(60);
        queued.status = parseFlexJobStatus(QStringLiteral("QUEUED"));
        QVERIFY2(cache.writeSyncedFlexCluster({kG, QStringLiteral("flexy"), {done, now}, {older, failed, queued}, kT2}),
                 qPrintable(cache.lastError()));
        const auto withRestores = cache.flexBackupSummaries();
        QCOMPARE(withRestores.size(), 1);
        QVERIFY(withRestores[0].restoreRunning);
        QVERIFY(withRestores[0].health.lastRestoreFailed);
        QCOMPARE(withRestores[0].health.lastRestoreAt, kT2);
        QVERIFY(backupHealth(withRestores[0].factsFor(fc), kT2).has(HealthReason::LastRestoreFailed));
    }
};

QTEST_GUILESS_MAIN(TestCacheRows)
#include "tst_cache_rows.moc"
