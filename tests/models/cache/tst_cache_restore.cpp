// The cache's restore side (migration 5): FCV pins recorded from synced clusters (and the
// start rule), collection restore jobs, the first sighting of every restore job kept across
// syncs, restores by target, every restore whose end was not seen, past restores for the
// estimate, the local audit log; a v4 file migrates with its rows kept; no download link
// has a column.
#include "cache/cache.h"
#include "cache/migrations.h"
#include "cache/rows.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat::domain;
using namespace lifeboat::cache;

namespace {

const QDateTime kT1(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
const QDateTime kT2 = kT1.addDays(1);
const QDateTime kT3 = kT1.addDays(2);
const QString kG = QStringLiteral("g1");

Cluster cluster(const QString &name, const QString &fcv = {}, const QDateTime &expiry = {})
{
    Cluster c;
    c.id = name + QStringLiteral("-id");
    c.groupId = kG;
    c.name = name;
    c.mongoDBVersion = QStringLiteral("8.0.4");
    c.mongoDBMajorVersion = QStringLiteral("8.0");
    c.featureCompatibilityVersion = fcv;
    c.featureCompatibilityVersionExpirationDate = expiry;
    c.backupEnabled = true;
    return c;
}

RestoreJob restore(const QString &id, const QString &source, const QString &target, const char *type = "automated")
{
    RestoreJob j;
    j.id = id;
    j.groupId = kG;
    j.clusterName = source;
    j.snapshotId = QStringLiteral("s1");
    j.deliveryType = parseDeliveryType(QLatin1String(type));
    j.targetGroupId = QLatin1String(type) == QLatin1String("download") ? QString() : kG;
    j.targetClusterName = QLatin1String(type) == QLatin1String("download") ? QString() : target;
    j.timestamp = kT1;
    return j;
}

CollectionRestoreJob collectionJob(const QString &id, const char *state, const QString &target = QStringLiteral("dst"))
{
    CollectionRestoreJob j;
    j.id = id;
    j.groupId = kG;
    j.clusterName = QStringLiteral("src");
    j.snapshotId = QStringLiteral("s1");
    j.pointInTimeUTCSeconds = 1790000000;
    j.oplogTs = 1790000001;
    j.oplogInc = 3;
    j.targetGroupId = kG;
    j.targetClusterName = target;
    j.state = parseCollectionRestoreState(QLatin1String(state));
    j.createdAt = kT1;
    j.finishedAt = kT1.addSecs(900);
    j.errorMessage = QStringLiteral("namespace \"shop.x\" failed");
    j.restoredDocuments = 1234;
    j.totalDocuments = 5678;
    j.writeStrategy = QStringLiteral("OVERWRITE_EXISTING");
    j.indexStrategy = QStringLiteral("ALL_EXCEPT_TTL");
    return j;
}

template <typename T>
QSet<QString> codecColumns(const RowCodec<T> &codec)
{
    const QStringList c = codec.columns();
    return QSet<QString>(c.cbegin(), c.cend());
}

QStringList jobIds(const QList<RunningRestore> &list)
{
    QStringList out;
    for (const auto &r : list) out.append(r.jobId);
    return out;
}

}  // namespace

class TestCacheRestore : public QObject {
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

    void everyNewColumnHasOneCodecFieldAndNoLinkIsStored()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        QCOMPARE(cache.schemaVersion(), latestSchemaVersion());
        QCOMPARE(codecColumns(restoreJobRows()), tableColumns(QStringLiteral("restore_jobs")));
        QCOMPARE(codecColumns(collectionRestoreJobRows()), tableColumns(QStringLiteral("collection_restore_jobs")));
        QCOMPARE(codecColumns(fcvPinRows()), tableColumns(QStringLiteral("fcv_pins")));
        QCOMPARE(codecColumns(restoreAuditRows()), tableColumns(QStringLiteral("restore_audit")));
        for (const char *table : {"restore_jobs", "flex_restore_jobs", "collection_restore_jobs"})
            for (const QString &column : tableColumns(QLatin1String(table)))
                QVERIFY2(!column.contains(QLatin1String("url")) || column == QLatin1String("delivery_url_count"),
                         qPrintable(column));
    }

    void aVersion4FileMigratesKeepingItsRestoreJobs()
    {
        {
            Database db;
            QVERIFY(db.open(dbPath(), false));
            for (const Migration &m : migrations()) {
                if (m.version > 4) break;
                QVERIFY(db.exec(QString::fromUtf8(m.sql)));
            }
            QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 4")));
            QVERIFY(db.exec(QStringLiteral("INSERT INTO restore_jobs (group_id, cluster_name, id, delivery_type, "
                                           "target_cluster_name, target_group_id, synced_at) VALUES ('g1', 'src', "
                                           "'old', 'automated', 'dst', 'g1', 1000)")));
        }
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        QVERIFY(!cache.wasRebuilt());
        QCOMPARE(cache.schemaVersion(), latestSchemaVersion());
        const QList<RestoreJob> jobs = cache.restoreJobs(kG, QStringLiteral("src"));
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().id, QStringLiteral("old"));
        QVERIFY(!jobs.first().firstSeenAt.isValid());
        QCOMPARE(jobs.first().deliveryUrlCount, 0);
        // it never ended: a restart follows it
        QCOMPARE(jobIds(cache.runningRestores()), QStringList{QStringLiteral("old")});
    }

    void aPinFirstSeenPinnedHasNoStart()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        const QDateTime expiry = kT1.addDays(20);
        QVERIFY(cache.replaceClusters(kG, {cluster(QStringLiteral("a"), QStringLiteral("7.0"), expiry)}, kT1));
        QList<FcvPin> pins = cache.fcvPins(kG, QStringLiteral("a"));
        QCOMPARE(pins.size(), 1);
        QCOMPARE(pins.first().fcv, QStringLiteral("7.0"));
        QCOMPARE(pins.first().expiry, expiry);
        QCOMPARE(pins.first().firstSeen, kT1);
        QVERIFY(!pins.first().start.isValid());
        QCOMPARE(pins.first().groupId, kG);
        QCOMPARE(pins.first().clusterName, QStringLiteral("a"));
        // seen again: still one pin, first sighting kept
        QVERIFY(cache.replaceClusters(kG, {cluster(QStringLiteral("a"), QStringLiteral("7.0"), expiry)}, kT2));
        pins = cache.fcvPins(kG, QStringLiteral("a"));
        QCOMPARE(pins.size(), 1);
        QCOMPARE(pins.first().firstSeen, kT1);
        // the domain reads it as inferred: expiry - 28 days
        const auto fcv = snapshotFcv(pins, expiry.addDays(-28));
        QVERIFY(fcv && fcv->inferred);
        QVERIFY(!snapshotFcv(pins, expiry.addDays(-28).addSecs(-1)));
    }

    void aPinSeenToBeginHasItsStart()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        QVERIFY(cache.replaceClusters(kG, {cluster(QStringLiteral("a"))}, kT1));  // unpinned
        QVERIFY(cache.fcvPins(kG, QStringLiteral("a")).isEmpty());
        const QDateTime expiry = kT2.addDays(28);
        QVERIFY(cache.replaceClusters(kG, {cluster(QStringLiteral("a"), QStringLiteral("7.0"), expiry)}, kT2));
        QList<FcvPin> pins = cache.fcvPins(kG, QStringLiteral("a"));
        QCOMPARE(pins.size(), 1);
        QCOMPARE(pins.first().start, kT2);
        const auto fcv = snapshotFcv(pins, kT2);
        QVERIFY(fcv && !fcv->inferred);
        QVERIFY(!snapshotFcv(pins, kT2.addSecs(-1)));
        // the pin extended (same FCV, later expiry): the same row, its start kept
        const QDateTime later = expiry.addDays(5);
        QVERIFY(cache.replaceClusters(kG, {cluster(QStringLiteral("a"), QStringLiteral("7.0"), later)}, kT3));
        pins = cache.fcvPins(kG, QStringLiteral("a"));
        QCOMPARE(pins.size(), 1);
        QCOMPARE(pins.first().start, kT2);
        QCOMPARE(pins.first().expiry, later);
        // unpinned, then pinned to another FCV later: a second pin with its own start
        QVERIFY(cache.replaceClusters(kG, {cluster(QStringLiteral("a"))}, kT3.addDays(40)));
        QVERIFY(cache.replaceClusters(kG, {cluster(QStringLiteral("a"), QStringLiteral("8.0"), kT3.addDays(60))},
                                      kT3.addDays(41)));
        pins = cache.fcvPins(kG, QStringLiteral("a"));
        QCOMPARE(pins.size(), 2);
        QCOMPARE(pins.last().fcv, QStringLiteral("8.0"));
        QCOMPARE(pins.last().start, kT3.addDays(41));
    }

    void aSyncedClusterRecordsItsPinAndCollectionRestores()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        SyncedCluster s;
        s.groupId = kG;
        s.clusterName = QStringLiteral("src");
        s.syncedAt = kT1;
        s.cluster = cluster(QStringLiteral("src"), QStringLiteral("7.0"), kT1.addDays(3));
        s.collectionRestoreJobs = QList<CollectionRestoreJob>{collectionJob(QStringLiteral("c1"), "IN_PROGRESS")};
        QVERIFY(cache.writeSyncedCluster(s));
        QCOMPARE(cache.fcvPins(kG, QStringLiteral("src")).size(), 1);
        const QList<CollectionRestoreJob> jobs = cache.collectionRestoreJobs(kG, QStringLiteral("src"));
        QCOMPARE(jobs.size(), 1);
        const CollectionRestoreJob &r = jobs.first();
        const CollectionRestoreJob w = collectionJob(QStringLiteral("c1"), "IN_PROGRESS");
        QCOMPARE(r.id, w.id);
        QCOMPARE(r.groupId, kG);
        QCOMPARE(r.clusterName, QStringLiteral("src"));
        QCOMPARE(r.snapshotId, w.snapshotId);
        QCOMPARE(r.pointInTimeUTCSeconds, w.pointInTimeUTCSeconds);
        QCOMPARE(r.oplogTs, w.oplogTs);
        QCOMPARE(r.oplogInc, w.oplogInc);
        QCOMPARE(r.targetGroupId, w.targetGroupId);
        QCOMPARE(r.targetClusterName, w.targetClusterName);
        QCOMPARE(r.state, w.state);
        QCOMPARE(r.createdAt, w.createdAt);
        QCOMPARE(r.finishedAt, w.finishedAt);
        QCOMPARE(r.errorMessage, w.errorMessage);
        QCOMPARE(r.restoredDocuments, w.restoredDocuments);
        QCOMPARE(r.totalDocuments, w.totalDocuments);
        QCOMPARE(r.writeStrategy, w.writeStrategy);
        QCOMPARE(r.indexStrategy, w.indexStrategy);
        QCOMPARE(r.firstSeenAt, kT1);
        QCOMPARE(r.syncedAt, kT1);
        QCOMPARE(cache.listSyncedAt(Cache::scopeCollectionRestoreJobs(kG, QStringLiteral("src"))), kT1);
        // a later full list without it removes it; a list absent (nullopt) leaves the table alone
        s.syncedAt = kT2;
        s.collectionRestoreJobs.reset();
        QVERIFY(cache.writeSyncedCluster(s));
        QCOMPARE(cache.collectionRestoreJobs(kG, QStringLiteral("src")).size(), 1);
        s.collectionRestoreJobs = QList<CollectionRestoreJob>{};
        QVERIFY(cache.writeSyncedCluster(s));
        QVERIFY(cache.collectionRestoreJobs(kG, QStringLiteral("src")).isEmpty());
    }

    void theFirstSightingOfARestoreJobIsKept()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        // started by Lifeboat: the job carries its own firstSeenAt
        RestoreJob started = restore(QStringLiteral("r1"), QStringLiteral("src"), QStringLiteral("dst"));
        started.firstSeenAt = kT1;
        started.snapshotSizeBytes = 5'000'000'000LL;
        started.kindNote = QStringLiteral("started by Lifeboat");
        QVERIFY(cache.upsertRestoreJob(started, kT1.addSecs(5)));
        // the next sync's list has no firstSeenAt (Atlas has none): it is kept
        RestoreJob listed = restore(QStringLiteral("r1"), QStringLiteral("src"), QStringLiteral("dst"));
        listed.snapshotSizeBytes = 5'000'000'000LL;
        RestoreJob other = restore(QStringLiteral("r2"), QStringLiteral("src"), QStringLiteral("dst"), "download");
        other.deliveryUrlCount = 2;
        QVERIFY(cache.replaceRestoreJobs(kG, QStringLiteral("src"), {listed, other}, kT2));
        const QList<RestoreJob> jobs = cache.restoreJobs(kG, QStringLiteral("src"));
        QCOMPARE(jobs.size(), 2);
        for (const RestoreJob &j : jobs) {
            if (j.id == QLatin1String("r1")) {
                QCOMPARE(j.firstSeenAt, kT1);
                QCOMPARE(j.snapshotSizeBytes, 5'000'000'000LL);
            } else {
                QCOMPARE(j.firstSeenAt, kT2);  // first seen in this sync
                QCOMPARE(j.deliveryUrlCount, 2);
            }
        }
        // a later single-row write does not move it either
        listed.finishedAt = kT3;
        QVERIFY(cache.upsertRestoreJob(listed, kT3));
        QCOMPARE(cache.restoreJobs(kG, QStringLiteral("src")).value(0).firstSeenAt.isValid(), true);
        for (const RestoreJob &j : cache.restoreJobs(kG, QStringLiteral("src")))
            if (j.id == QLatin1String("r1")) QCOMPARE(j.firstSeenAt, kT1);
    }

    void restoresByTargetAndTheOnesStillRunning()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        RestoreJob running = restore(QStringLiteral("run"), QStringLiteral("src"), QStringLiteral("dst"));
        running.firstSeenAt = kT2;
        RestoreJob finished = restore(QStringLiteral("done"), QStringLiteral("src"), QStringLiteral("dst"));
        finished.finishedAt = kT2;
        RestoreJob cancelled = restore(QStringLiteral("cxl"), QStringLiteral("src"), QStringLiteral("dst"));
        cancelled.cancelled = true;
        RestoreJob preparing = restore(QStringLiteral("dl-wait"), QStringLiteral("src"), {}, "download");
        preparing.firstSeenAt = kT1;
        RestoreJob ready = restore(QStringLiteral("dl-ready"), QStringLiteral("src"), {}, "download");
        ready.deliveryUrlCount = 1;
        RestoreJob elsewhere = restore(QStringLiteral("else"), QStringLiteral("other"), QStringLiteral("dst"));
        elsewhere.finishedAt = kT3;
        QVERIFY(
            cache.replaceRestoreJobs(kG, QStringLiteral("src"), {running, finished, cancelled, preparing, ready}, kT3));
        QVERIFY(cache.replaceRestoreJobs(kG, QStringLiteral("other"), {elsewhere}, kT3));
        QVERIFY(cache.replaceCollectionRestoreJobs(
            kG, QStringLiteral("src"),
            {collectionJob(QStringLiteral("c-run"), "INITIALIZING"),
             collectionJob(QStringLiteral("c-ok"), "SUCCESSFUL"),
             collectionJob(QStringLiteral("c-new"), "SOMETHING_NEW", QStringLiteral("third"))},
            kT3));
        SyncedFlexCluster flex;
        flex.groupId = kG;
        flex.clusterName = QStringLiteral("flexy");
        flex.syncedAt = kT3;
        FlexRestoreJob f1;
        f1.id = QStringLiteral("f-run");
        f1.targetDeploymentItemName = QStringLiteral("dst");
        f1.targetProjectId = kG;
        f1.status = parseFlexJobStatus(QStringLiteral("RUNNING"));
        f1.deliveryType = QStringLiteral("RESTORE");
        f1.restoreScheduledDate = kT1.addSecs(60);
        FlexRestoreJob f2 = f1;
        f2.id = QStringLiteral("f-done");
        f2.status = parseFlexJobStatus(QStringLiteral("COMPLETED"));
        flex.restoreJobs = {f1, f2};
        QVERIFY(cache.writeSyncedFlexCluster(flex));

        QSet<QString> onto;
        for (const RestoreJob &j : cache.restoreJobsOnto(kG, QStringLiteral("dst"))) onto.insert(j.id);
        QCOMPARE(onto, (QSet<QString>{QStringLiteral("run"), QStringLiteral("done"), QStringLiteral("cxl"),
                                      QStringLiteral("else")}));
        for (const RestoreJob &j : cache.restoreJobsOnto(kG, QStringLiteral("dst")))
            if (j.id == QLatin1String("else")) QCOMPARE(j.clusterName, QStringLiteral("other"));
        QCOMPARE(cache.collectionRestoreJobsOnto(kG, QStringLiteral("dst")).size(), 2);
        QCOMPARE(cache.collectionRestoreJobsOnto(kG, QStringLiteral("third")).size(), 1);
        QCOMPARE(cache.flexRestoreJobsOnto(kG, QStringLiteral("dst")).size(), 2);
        QCOMPARE(cache.flexRestoreJobsOnto(kG, QStringLiteral("dst")).value(0).clusterName, QStringLiteral("flexy"));

        const QList<RunningRestore> live = cache.runningRestores();
        QSet<QString> liveIds;
        for (const RunningRestore &r : live) liveIds.insert(r.jobId);
        QCOMPARE(liveIds, (QSet<QString>{QStringLiteral("run"), QStringLiteral("dl-wait"), QStringLiteral("c-run"),
                                         QStringLiteral("c-new"), QStringLiteral("f-run")}));
        for (const RunningRestore &r : live) {
            if (r.jobId == QLatin1String("c-run")) {
                QCOMPARE(r.family, RestoreFamily::Collection);
                QCOMPARE(r.clusterName, QStringLiteral("src"));
                QCOMPARE(r.targetClusterName, QStringLiteral("dst"));
            }
            if (r.jobId == QLatin1String("f-run")) {
                QCOMPARE(r.family, RestoreFamily::Flex);
                QCOMPARE(r.clusterName, QStringLiteral("flexy"));
                QCOMPARE(r.targetClusterName, QStringLiteral("dst"));
            }
            if (r.jobId == QLatin1String("run")) QCOMPARE(r.family, RestoreFamily::Dedicated);
        }
        QCOMPARE(live.first().jobId, QStringLiteral("dl-wait"));  // oldest first (kT1)

        // the cluster removed: its restores and pins go too
        QVERIFY(cache.recordFcvPin(cluster(QStringLiteral("src"), QStringLiteral("7.0"), kT3), kT3));
        QCOMPARE(cache.fcvPins(kG, QStringLiteral("src")).size(), 1);
        QVERIFY(cache.removeCluster(kG, QStringLiteral("src")));
        QVERIFY(cache.collectionRestoreJobs(kG, QStringLiteral("src")).isEmpty());
        QVERIFY(cache.fcvPins(kG, QStringLiteral("src")).isEmpty());
        QCOMPARE(jobIds(cache.runningRestores()), QStringList{QStringLiteral("f-run")});
    }

    void pastRestoresFeedTheEstimate()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        RestoreJob a = restore(QStringLiteral("a"), QStringLiteral("src"), QStringLiteral("dst"));
        a.firstSeenAt = kT1;
        a.finishedAt = kT1.addSecs(1000);
        a.snapshotSizeBytes = 10'000'000'000LL;
        RestoreJob failed = a;
        failed.id = QStringLiteral("f");
        failed.failed = true;
        RestoreJob unsized = a;
        unsized.id = QStringLiteral("u");
        unsized.snapshotSizeBytes = 0;
        RestoreJob download = a;
        download.id = QStringLiteral("d");
        download.deliveryType = parseDeliveryType(QStringLiteral("download"));
        QVERIFY(cache.replaceRestoreJobs(kG, QStringLiteral("src"), {a, failed, unsized, download}, kT2));
        const QList<PastRestore> past = cache.pastRestores();
        QCOMPARE(past.size(), 1);
        QCOMPARE(past.first().bytes, 10'000'000'000LL);
        QCOMPARE(past.first().seconds, 1000);
        QCOMPARE(estimateRestoreSeconds(past, 20'000'000'000LL), std::optional<qint64>(2000));
    }

    void theAuditLogAppendsAndAmends()
    {
        Cache cache;
        QVERIFY(cache.open(dbPath()));
        RestoreAuditEntry e;
        e.at = kT1;
        e.profile = QStringLiteral("prod");
        e.kind = restoreKindName(RestoreKind::PointInTime);
        e.sourceGroupId = kG;
        e.sourceClusterName = QStringLiteral("src");
        e.targetGroupId = kG;
        e.targetClusterName = QStringLiteral("dst");
        e.pit = QStringLiteral("utc:1790000000");
        e.reason = QStringLiteral("ticket 42: \"bad deploy\"");
        e.outcome = QStringLiteral("starting");
        const qint64 first = cache.appendRestoreAudit(e);
        QVERIFY(first > 0);
        e.at = kT2;
        e.outcome = QStringLiteral("refused");
        const qint64 second = cache.appendRestoreAudit(e);
        QVERIFY(second > first);
        QVERIFY(cache.setRestoreAuditOutcome(first, QStringLiteral("started"), QStringLiteral("job-1")));
        QVERIFY(cache.setRestoreAuditOutcome(first, QStringLiteral("finished")));  // the job id stays
        QVERIFY(!cache.setRestoreAuditOutcome(999, QStringLiteral("x")));
        const QList<RestoreAuditEntry> log = cache.restoreAudit();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).seq, second);
        QCOMPARE(log.at(0).outcome, QStringLiteral("refused"));
        const RestoreAuditEntry &r = log.at(1);
        QCOMPARE(r.seq, first);
        QCOMPARE(r.at, kT1);
        QCOMPARE(r.profile, e.profile);
        QCOMPARE(r.kind, QStringLiteral("pointInTime"));
        QCOMPARE(r.sourceClusterName, e.sourceClusterName);
        QCOMPARE(r.targetClusterName, e.targetClusterName);
        QCOMPARE(r.pit, e.pit);
        QCOMPARE(r.reason, e.reason);
        QCOMPARE(r.jobId, QStringLiteral("job-1"));
        QCOMPARE(r.outcome, QStringLiteral("finished"));
        QCOMPARE(cache.restoreAudit(1).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCacheRestore)
#include "tst_cache_restore.moc"
