// The worker layer against the in-process sandbox: a full sync of the demo estate,
// an incremental re-sync, a day later, cancellation, retried faults, a dead server.
// Every signal must reach the test's own thread.
#include "atlas/client.h"
#include "cache/cache.h"
#include "engine/engine.h"
#include "jobs/jobrunner.h"
#include "jobs/syncjob.h"  // the incremental rule, unit-tested here

#include <QEventLoop>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

using namespace lifeboat;
using namespace lifeboat::atlas;
using namespace lifeboat::domain;
using namespace lifeboat::jobs;

namespace {

template <typename T>
std::optional<Result<T>> await(std::function<void(Client::Callback<T>)> start, int timeoutMs = 20000)
{
    std::optional<Result<T>> got;
    QEventLoop loop;
    start([&](Result<T> r) {
        got = std::move(r);
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!got) loop.exec();
    return got;
}

// Every row of every table, as text; `withSyncTimes` false leaves out synced_at.
QStringList dumpCache(const QString &path, bool withSyncTimes)
{
    QStringList out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return {"open failed"};
    for (const char *table : {"orgs", "projects", "clusters", "flex_clusters", "snapshots", "flex_snapshots",
                              "schedules", "compliance_policies", "restore_jobs", "flex_restore_jobs"}) {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, QByteArray("SELECT * FROM ").append(table).constData(), -1, &st, nullptr);
        QStringList rows;
        while (st && sqlite3_step(st) == SQLITE_ROW) {
            QStringList cols;
            for (int i = 0; i < sqlite3_column_count(st); ++i) {
                if (!withSyncTimes && qstrcmp(sqlite3_column_name(st, i), "synced_at") == 0) continue;
                const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
                cols.append(t ? QString::fromUtf8(t) : QStringLiteral("<null>"));
            }
            rows.append(QLatin1String(table) + u'|' + cols.join(u'|'));
        }
        sqlite3_finalize(st);
        rows.sort();
        out += rows;
    }
    sqlite3_close(db);
    return out;
}

// A JobRunner with every signal watched: results kept, thread checked.
class Watched : public QObject {
public:
    JobRunner runner;
    QHash<JobId, JobResult> results;
    QList<QPair<bool, QString>> connection;
    QList<Estate> estates;
    QList<ClusterDetail> details;
    int progressCount = 0;
    int lastDone = 0;
    int cacheChanges = 0;
    QList<CacheScope> scopes;
    int wrongThread = 0;
    QHash<JobId, QString> started;

    Watched()
    {
        auto check = [this] {
            if (QThread::currentThread() != thread()) ++wrongThread;
        };
        connect(&runner, &JobRunner::jobStarted, this, [this, check](JobId id, const QString &title) {
            check();
            started.insert(id, title);
        });
        connect(&runner, &JobRunner::jobProgress, this, [this, check](JobId, int done, int total, const QString &step) {
            check();
            ++progressCount;
            lastDone = done;
            if (qEnvironmentVariableIsSet("JOBS_TRACE")) qInfo("progress %d/%d %s", done, total, qPrintable(step));
            if (done > total) ++wrongThread;  // not a thread issue, but must not happen either
        });
        connect(&runner, &JobRunner::jobResult, this, [this, check](const JobResult &r) {
            check();
            results.insert(r.id, r);
        });
        connect(&runner, &JobRunner::jobFinished, this, [check](JobId, bool, const QString &) { check(); });
        connect(&runner, &JobRunner::connectionChanged, this, [this, check](bool online, const QString &m) {
            check();
            connection.append({online, m});
        });
        connect(&runner, &JobRunner::estateLoaded, this, [this, check](const Estate &e) {
            check();
            estates.append(e);
        });
        connect(&runner, &JobRunner::clusterDetailLoaded, this, [this, check](const ClusterDetail &d) {
            check();
            details.append(d);
        });
        connect(&runner, &JobRunner::cacheChanged, this, [this, check](const CacheScope &scope) {
            check();
            ++cacheChanges;
            scopes.append(scope);
        });
    }

    // Runs the event loop (the sandbox lives in it too) until job `id` ends.
    std::optional<JobResult> wait(JobId id, int timeoutMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (!results.contains(id) && t.elapsed() < timeoutMs) QTest::qWait(5);
        if (!results.contains(id)) return std::nullopt;
        return results.value(id);
    }
};

}  // namespace

class TestJobsSync : public QObject {
    Q_OBJECT
private:
    sandbox::Engine m_engine;
    QTemporaryDir m_dir;

    ClientOptions options(const QUrl &base = {}) const
    {
        ClientOptions o;
        o.baseUrl = base.isEmpty() ? m_engine.baseUrl() : base;
        const auto admin = m_engine.adminCredentials();
        o.credentials = Credentials::apiKey(admin.publicKey, admin.privateKey);
        // The demo keeps 40-70 snapshots a cluster; 10 a page gives several pages per
        // list, as thousands of snapshots do at 500 a page on a real estate.
        o.itemsPerPage = 10;
        o.retry.maxAttempts = 4;
        o.retry.baseDelayMs = 100;
        o.retry.timeScale = 0.05;
        o.transferTimeoutMs = 10000;
        return o;
    }

    QString cachePath(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }

    // The API's own view: for every backed-up cluster, its snapshot ids.
    QHash<QString, QSet<QString>> apiSnapshotIds(int *projectCount, int *clusterCount)
    {
        Client client(options());
        QHash<QString, QSet<QString>> out;
        const auto projects = await<QList<Project>>([&](auto cb) { client.listProjects(cb); });
        if (!projects || !projects->ok()) return out;
        *projectCount = int(projects->value.size());
        *clusterCount = 0;
        for (const Project &p : projects->value) {
            const auto clusters = await<QList<Cluster>>([&](auto cb) { client.listClusters(p.id, cb); });
            const auto flex = await<QList<FlexCluster>>([&](auto cb) { client.listFlexClusters(p.id, cb); });
            if (!clusters || !flex) return {};
            *clusterCount += int(clusters->value.size() + flex->value.size());
            for (const Cluster &c : clusters->value) {
                if (c.isFreeTier()) continue;
                const auto snaps = await<QList<Snapshot>>([&](auto cb) {
                    if (c.isSharded())
                        client.listShardedSnapshots(p.id, c.name, cb);
                    else
                        client.listSnapshots(p.id, c.name, cb);
                });
                QSet<QString> ids;
                for (const Snapshot &s : snaps->value) ids.insert(s.id);
                out.insert(p.id + u'/' + c.name, ids);
            }
            for (const FlexCluster &f : flex->value) {
                const auto snaps =
                    await<QList<FlexSnapshot>>([&](auto cb) { client.listFlexSnapshots(p.id, f.name, cb); });
                QSet<QString> ids;
                for (const FlexSnapshot &s : snaps->value) ids.insert(s.id);
                out.insert(p.id + u'/' + f.name, ids);
            }
        }
        return out;
    }

    QHash<QString, QSet<QString>> cachedSnapshotIds(const QString &path)
    {
        cache::Cache c;
        if (!c.open(path, cache::Cache::Mode::ReadOnly)) return {};
        QHash<QString, QSet<QString>> out;
        for (const Project &p : c.projects()) {
            for (const Cluster &cl : c.clusters(p.id)) {
                if (cl.isFreeTier()) continue;
                QSet<QString> ids;
                for (const Snapshot &s : c.snapshots(p.id, cl.name)) ids.insert(s.id);
                out.insert(p.id + u'/' + cl.name, ids);
            }
            for (const FlexCluster &f : c.flexClusters(p.id)) {
                QSet<QString> ids;
                for (const FlexSnapshot &s : c.flexSnapshots(p.id, f.name)) ids.insert(s.id);
                out.insert(p.id + u'/' + f.name, ids);
            }
        }
        return out;
    }

    void compareWithApi(const QString &path)
    {
        int projects = 0, clusters = 0;
        const auto api = apiSnapshotIds(&projects, &clusters);
        QVERIFY(!api.isEmpty());
        const auto cached = cachedSnapshotIds(path);
        QCOMPARE(cached.keys().size(), api.keys().size());
        for (auto it = api.cbegin(); it != api.cend(); ++it) {
            QVERIFY2(cached.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(cached.value(it.key()).size(), it.value().size());
            QVERIFY2(cached.value(it.key()) == it.value(), qPrintable(it.key()));
        }
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("JOBS_TRACE")) spdlog::set_level(spdlog::level::debug);
        QVERIFY(m_dir.isValid());
        sandbox::EngineOptions eo;
        eo.speed = 0;  // the clock moves only when the test says so
        // JOBS_START_AT=ISO-TIME starts the sandbox at that moment (to sweep the time of day by hand).
        if (qEnvironmentVariableIsSet("JOBS_START_AT"))
            eo.startAt = QDateTime::fromString(qEnvironmentVariable("JOBS_START_AT"), Qt::ISODate);
        QString error;
        QVERIFY2(m_engine.start(eo, &error), qPrintable(error));
    }

    void init() { m_engine.clearFaults(); }

    void incrementalRule()
    {
        SnapshotFingerprint f;
        f.count = 10;
        f.newestId = QStringLiteral("n");
        f.newestStatus = QStringLiteral("completed");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        f.oldestSyncedAt = now.addSecs(-60);
        QVERIFY(snapshotListUnchanged(f, 10, QStringLiteral("n"), false, now, 3600));
        QVERIFY(!snapshotListUnchanged(f, 11, QStringLiteral("m"), false, now, 3600));                // one more
        QVERIFY(!snapshotListUnchanged(f, 10, QStringLiteral("m"), false, now, 3600));                // one in, one out
        QVERIFY(!snapshotListUnchanged(f, 9, QStringLiteral("n"), false, now, 3600));                 // one expired
        QVERIFY(!snapshotListUnchanged(f, 10, QStringLiteral("n"), true, now, 3600));                 // policy edited
        QVERIFY(!snapshotListUnchanged(f, 10, QStringLiteral("n"), false, now.addSecs(7200), 3600));  // too old
        f.unfinishedOthers = 1;
        QVERIFY(!snapshotListUnchanged(f, 10, QStringLiteral("n"), false, now, 3600));
    }

    void fullSyncMatchesTheApi()
    {
        const QString path = cachePath(QStringLiteral("full"));
        Watched w;
        w.runner.start(options(), path);
        const quint64 before = m_engine.requestCount();
        const JobId id = w.runner.syncAll();
        const auto r = w.wait(id);
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error.message));
        QVERIFY(r->syncStats().snapshotsWritten > 300);
        QCOMPARE(r->syncStats().snapshotListsSkipped, 0);
        QVERIFY(w.started.contains(id));
        QVERIFY(w.progressCount > 10);
        QVERIFY(w.cacheChanges >= 1);
        QCOMPARE(w.connection.size(), 1);
        QVERIFY(w.connection.first().first);
        qInfo("full sync: %lld requests, %d snapshots, %lld ms", qint64(m_engine.requestCount() - before),
              r->syncStats().snapshotsWritten, r->syncStats().elapsedMs);
        compareWithApi(path);

        // The navigator's view of the same cache.
        const JobId e = w.runner.loadEstate();
        QVERIFY(w.wait(e).has_value());
        QCOMPARE(w.estates.size(), 1);
        const Estate estate = w.estates.first();
        QCOMPARE(estate.orgs.size(), 1);
        int projects = 0, clusters = 0, flex = 0, m0 = 0, withGood = 0, snapshots = 0;
        bool shield = false;
        for (const ProjectSummary &p : estate.orgs.first().projects) {
            ++projects;
            shield = shield || p.compliancePolicy;
            for (const ClusterSummary &c : p.clusters) {
                ++clusters;
                flex += c.isFlex;
                m0 += c.cluster.isFreeTier();
                withGood += c.lastGoodSnapshot.isValid();
                if (c.snapshotCount > 0) QVERIFY2(c.lastGoodSnapshot.isValid(), qPrintable(c.cluster.name));
                snapshots += c.snapshotCount;
                if (!c.cluster.isFreeTier()) QVERIFY2(c.syncedAt.isValid(), qPrintable(c.cluster.name));
            }
        }
        int apiProjects = 0, apiClusters = 0;
        const auto api = apiSnapshotIds(&apiProjects, &apiClusters);
        int apiSnapshots = 0;
        for (const auto &ids : api) apiSnapshots += int(ids.size());
        QCOMPARE(projects, apiProjects);
        QCOMPARE(clusters, apiClusters);
        QCOMPARE(snapshots, apiSnapshots);
        QVERIFY(flex >= 1);
        QVERIFY(m0 >= 1);
        QVERIFY(withGood >= clusters - m0 - 3);  // a year of history: nearly every cluster has a good one
        QVERIFY(shield);

        // One cluster's detail.
        const ProjectSummary &p0 = estate.orgs.first().projects.first();
        const ClusterSummary *backed = nullptr;
        for (const ClusterSummary &c : p0.clusters) {
            if (!c.isFlex && !c.cluster.isFreeTier()) backed = &c;
        }
        QVERIFY(backed);
        const JobId d = w.runner.loadClusterDetail(p0.project.id, backed->cluster.name);
        const auto dr = w.wait(d);
        QVERIFY(dr && dr->ok());
        QCOMPARE(w.details.size(), 1);
        QCOMPARE(w.details.first().snapshots.size(), backed->snapshotCount);
        QVERIFY(w.details.first().schedule.has_value());
        QVERIFY(w.details.first().syncedAt.isValid());

        // Every Flex cluster's restore jobs arrive in the cache as the Flex API lists them,
        // and its detail carries them (the demo estate has at least one).
        Client client(options());
        int flexRestores = 0;
        for (const ProjectSummary &p : estate.orgs.first().projects) {
            for (const ClusterSummary &c : p.clusters) {
                if (!c.isFlex) continue;
                const auto api = await<QList<FlexRestoreJob>>(
                    [&](auto cb) { client.listFlexRestoreJobs(p.project.id, c.cluster.name, cb); });
                QVERIFY(api && api->ok());
                QSet<QString> apiIds;
                for (const FlexRestoreJob &j : api->value) apiIds.insert(j.id);
                w.details.clear();
                const auto fr = w.wait(w.runner.loadClusterDetail(p.project.id, c.cluster.name));
                QVERIFY(fr && fr->ok());
                QCOMPARE(w.details.size(), 1);
                const ClusterDetail &fd = w.details.first();
                QVERIFY(fd.isFlex);
                QVERIFY(fd.restoreJobs.isEmpty());
                QSet<QString> cachedIds;
                for (const FlexRestoreJob &j : fd.flexRestoreJobs) {
                    cachedIds.insert(j.id);
                    QCOMPARE(j.clusterName, c.cluster.name);
                    QVERIFY(j.restoreScheduledDate.isValid());
                    QVERIFY(j.status.isKnown());
                }
                QVERIFY2(cachedIds == apiIds, qPrintable(c.cluster.name));
                flexRestores += int(cachedIds.size());
            }
        }
        QVERIFY(flexRestores >= 1);

        const JobId missing = w.runner.loadClusterDetail(p0.project.id, QStringLiteral("no-such-cluster"));
        const auto mr = w.wait(missing);
        QVERIFY(mr && !mr->ok());
        QVERIFY(!mr->error.message.isEmpty());
        QCOMPARE(w.wrongThread, 0);
    }

    void resyncWithNothingChangedIsCheap()
    {
        const QString path = cachePath(QStringLiteral("resync"));
        Watched w;
        w.runner.start(options(), path);
        quint64 before = m_engine.requestCount();
        const auto full = w.wait(w.runner.syncAll());
        QVERIFY(full && full->ok());
        const quint64 fullRequests = m_engine.requestCount() - before;
        const QStringList dump = dumpCache(path, false);

        before = m_engine.requestCount();
        const auto again = w.wait(w.runner.syncAll());
        QVERIFY2(again && again->ok(), again ? qPrintable(again->error.message) : "timeout");
        const quint64 resyncRequests = m_engine.requestCount() - before;
        qInfo("full sync: %llu requests, %d snapshots downloaded, %lld ms; re-sync: %llu requests, %d snapshots "
              "downloaded, %lld ms",
              fullRequests, full->syncStats().snapshotsFetched, full->syncStats().elapsedMs, resyncRequests,
              again->syncStats().snapshotsFetched, again->syncStats().elapsedMs);
        QCOMPARE(again->syncStats().snapshotListsFetched, 2);  // only the flex clusters' (at most 8 snapshots)
        QVERIFY(again->syncStats().snapshotListsSkipped >= 10);
        // The worker's own count of exchanges agrees with the server's.
        QCOMPARE(quint64(again->syncStats().requests), resyncRequests);
        // Per cluster the re-sync still asks for the schedule, one probe item and the
        // restore jobs (nothing cheaper tells whether they changed), so requests drop
        // by less than the data does.
        QVERIFY2(resyncRequests * 5 < fullRequests * 3,
                 "a re-sync with nothing changed should need far fewer requests");
        QVERIFY2(again->syncStats().snapshotsFetched * 10 < full->syncStats().snapshotsFetched,
                 "a re-sync with nothing changed should download a small fraction of the snapshots");
        QCOMPARE(dumpCache(path, false), dump);
        QCOMPARE(w.wrongThread, 0);
    }

    void aDayLaterPicksUpNewAndDropsExpired()
    {
        const QString path = cachePath(QStringLiteral("later"));
        Watched w;
        w.runner.start(options(), path);
        QVERIFY(w.wait(w.runner.syncAll())->ok());
        const auto beforeIds = cachedSnapshotIds(path);

        m_engine.advanceBy(86400);
        const auto r = w.wait(w.runner.syncAll());
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error.message) : "timeout");
        QVERIFY(r->syncStats().snapshotListsFetched > 2);
        compareWithApi(path);
        const auto afterIds = cachedSnapshotIds(path);
        int added = 0, dropped = 0;
        for (auto it = afterIds.cbegin(); it != afterIds.cend(); ++it) {
            added += int((it.value() - beforeIds.value(it.key())).size());
            dropped += int((beforeIds.value(it.key()) - it.value()).size());
        }
        qInfo("a day later: %d new snapshots, %d expired", added, dropped);
        QVERIFY(added > 10);
        QVERIFY(dropped > 0);
    }

    void cancelLeavesAConsistentCache()
    {
        const QString path = cachePath(QStringLiteral("cancel"));
        // Slow snapshot pages, so the cancel lands mid-sync.
        sandbox::Fault slow;
        slow.pathContains = QStringLiteral("/backup/snapshots");
        slow.kind = sandbox::Fault::Kind::Delay;
        slow.delayMs = 150;
        slow.count = -1;
        m_engine.addFault(slow);
        Watched w;
        w.runner.start(options(), path);
        const JobId id = w.runner.syncAll();
        QTRY_VERIFY_WITH_TIMEOUT(w.lastDone >= 8, 30000);
        w.runner.cancel(id);
        const auto r = w.wait(id);
        QVERIFY(r.has_value());
        QVERIFY(!r->ok());
        QCOMPARE(r->error.kind, JobError::Kind::Cancelled);
        QVERIFY(!r->error.message.isEmpty());
        {
            cache::Cache c;
            QVERIFY(c.open(path, cache::Cache::Mode::ReadOnly));
            QVERIFY(c.integrityCheck());
        }
        // Queued behind a running one, then cancelled before it starts.
        m_engine.clearFaults();
        const JobId a = w.runner.syncAll();
        const JobId b = w.runner.syncAll();
        w.runner.cancel(b);
        const auto rb = w.wait(b);
        QVERIFY(rb && rb->error.kind == JobError::Kind::Cancelled);
        const auto ra = w.wait(a);
        QVERIFY2(ra && ra->ok(), ra ? qPrintable(ra->error.message) : "timeout");
        compareWithApi(path);
        QCOMPARE(w.wrongThread, 0);
    }

    void retriesGetPastInjectedFaults()
    {
        const QString path = cachePath(QStringLiteral("faults"));
        sandbox::Fault e500;
        e500.pathContains = QStringLiteral("/backup/snapshots");
        e500.status = 500;
        e500.count = 2;
        m_engine.addFault(e500);
        sandbox::Fault e429;
        e429.pathContains = QStringLiteral("/clusters");
        e429.status = 429;
        e429.retryAfterSeconds = 1;
        e429.count = 2;
        m_engine.addFault(e429);
        sandbox::Fault e503;
        e503.pathContains = QStringLiteral("/api/atlas/v2/groups");
        e503.status = 503;
        e503.count = 1;
        m_engine.addFault(e503);
        Watched w;
        w.runner.start(options(), path);
        const auto r = w.wait(w.runner.syncAll());
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error.message) : "timeout");
        compareWithApi(path);
    }

    void deadServerKeepsTheCache()
    {
        // A synced cache, then a server that is gone.
        const QString path = cachePath(QStringLiteral("dead"));
        {
            Watched w;
            w.runner.start(options(), path);
            QVERIFY(w.wait(w.runner.syncAll())->ok());
        }
        const QStringList dump = dumpCache(path, true);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();  // nothing listens there now

        ClientOptions o = options(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        o.retry.maxAttempts = 2;
        Watched w;
        w.runner.start(o, path);
        const JobId id = w.runner.syncAll();
        const auto r = w.wait(id);
        QVERIFY(r.has_value());
        QVERIFY(!r->ok());
        QCOMPARE(r->error.apiKind(), ErrorKind::Network);
        QVERIFY(!r->error.message.isEmpty());
        QVERIFY(!r->cacheChanged());
        QCOMPARE(w.connection.size(), 1);
        QVERIFY(!w.connection.first().first);
        QCOMPARE(w.connection.first().second, r->error.message);
        QCOMPARE(dumpCache(path, true), dump);

        // Still browsable offline.
        const JobId e = w.runner.loadEstate();
        QVERIFY(w.wait(e)->ok());
        QVERIFY(!w.estates.isEmpty() && !w.estates.first().orgs.isEmpty());
        QCOMPARE(w.wrongThread, 0);
    }

    void syncOneProjectAndOneCluster()
    {
        const QString path = cachePath(QStringLiteral("scoped"));
        Client client(options());
        const auto projects = await<QList<Project>>([&](auto cb) { client.listProjects(cb); });
        QVERIFY(projects && projects->ok() && !projects->value.isEmpty());
        const Project p = projects->value.first();
        const auto clusters = await<QList<Cluster>>([&](auto cb) { client.listClusters(p.id, cb); });
        QVERIFY(clusters && clusters->ok() && !clusters->value.isEmpty());
        const auto flex = await<QList<FlexCluster>>([&](auto cb) { client.listFlexClusters(p.id, cb); });
        QVERIFY(flex && flex->ok());

        Watched w;
        w.runner.start(options(), path);
        QString target;
        for (const Cluster &c : clusters->value) {
            if (!c.isFreeTier() && target.isEmpty()) target = c.name;
        }
        QVERIFY(!target.isEmpty());
        const auto one = w.wait(w.runner.syncCluster(p.id, target));
        QVERIFY2(one && one->ok(), one ? qPrintable(one->error.message) : "timeout");
        QCOMPARE(one->syncStats().clusters, 1);
        const auto proj = w.wait(w.runner.syncProject(p.id));
        QVERIFY2(proj && proj->ok(), proj ? qPrintable(proj->error.message) : "timeout");
        QCOMPARE(proj->syncStats().clusters, int(clusters->value.size() + flex->value.size()));
        QVERIFY(proj->syncStats().snapshotListsSkipped >= 1);  // the cluster synced just before

        const auto unknown = w.wait(w.runner.syncProject(QStringLiteral("0123456789abcdef01234567")));
        QVERIFY(unknown && !unknown->ok());
        QCOMPARE(unknown->error.apiKind(), ErrorKind::NotFound);
        const auto noCluster = w.wait(w.runner.syncCluster(p.id, QStringLiteral("no-such-cluster")));
        QVERIFY(noCluster && !noCluster->ok());
        QCOMPARE(noCluster->error.apiKind(), ErrorKind::NotFound);
        QVERIFY(noCluster->error.message.contains(QStringLiteral("no-such-cluster")));
    }
};

QTEST_GUILESS_MAIN(TestJobsSync)
#include "tst_jobs_sync.moc"
