// The job shape end to end against the in-process sandbox: "take snapshot now" as a
// mutation job (validate with fresh facts, send once, re-read after a lost answer,
// write one row, notify with the scope), identical submissions joining, the typed
// errors. The sandbox's clock stands still unless the test moves it.
#include "atlas/client.h"
#include "cache/cache.h"
#include "engine/engine.h"
#include "jobs/jobrunner.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <csignal>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace lifeboat;
using namespace lifeboat::atlas;
using namespace lifeboat::domain;
using namespace lifeboat::jobs;

namespace {

template <typename T>
Result<T> await(std::function<void(Client::Callback<T>)> start)
{
    std::optional<Result<T>> got;
    QEventLoop loop;
    start([&](Result<T> r) {
        got = std::move(r);
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!got) loop.exec();
    return got.value_or(Result<T>{});
}

class Watched : public QObject {
public:
    JobRunner runner;
    QHash<JobId, JobResult> results;
    QHash<JobId, QString> started;
    QList<CacheScope> scopes;
    QList<QPair<bool, QString>> connection;
    int wrongThread = 0;

    Watched()
    {
        auto check = [this] {
            if (QThread::currentThread() != thread()) ++wrongThread;
        };
        connect(&runner, &JobRunner::jobStarted, this, [this, check](JobId id, const QString &title) {
            check();
            started.insert(id, title);
        });
        connect(&runner, &JobRunner::jobResult, this, [this, check](const JobResult &r) {
            check();
            if (results.contains(r.id)) ++wrongThread;  // exactly one end per id
            results.insert(r.id, r);
        });
        connect(&runner, &JobRunner::cacheChanged, this, [this, check](const CacheScope &s) {
            check();
            scopes.append(s);
        });
        connect(&runner, &JobRunner::connectionChanged, this, [this](bool online, const QString &m) {
            connection.append({online, m});
        });
    }
    std::optional<JobResult> wait(JobId id, int timeoutMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (!results.contains(id) && t.elapsed() < timeoutMs) QTest::qWait(5);
        if (!results.contains(id)) return std::nullopt;
        return results.value(id);
    }
};

bool hasReason(const JobResult &r, const QString &code)
{
    for (const Reason &reason : r.error.findings) {
        if (reason.code == code) return !reason.text.isEmpty();
    }
    return false;
}

}  // namespace

class TestJobsSnapshot : public QObject {
    Q_OBJECT
private:
    sandbox::Engine m_engine;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_projectIds;  // name -> id

    ClientOptions options() const
    {
        ClientOptions o;
        o.baseUrl = m_engine.baseUrl();
        const auto admin = m_engine.adminCredentials();
        o.credentials = Credentials::apiKey(admin.publicKey, admin.privateKey);
        o.retry.maxAttempts = 3;
        o.retry.baseDelayMs = 50;
        o.retry.timeScale = 0.05;
        o.transferTimeoutMs = 10000;
        return o;
    }
    QString cachePath(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }

    QList<Snapshot> apiSnapshots(const QString &g, const QString &c)
    {
        Client client(options());
        return await<QList<Snapshot>>([&](auto cb) { client.listSnapshots(g, c, cb); }).value;
    }
    QList<Snapshot> onDemandWith(const QString &g, const QString &c, const QString &description)
    {
        QList<Snapshot> out;
        for (const Snapshot &s : apiSnapshots(g, c)) {
            if (s.snapshotType.value == SnapshotType::OnDemand && s.description == description) out.append(s);
        }
        return out;
    }
    std::optional<Snapshot> cached(const QString &path, const QString &g, const QString &c, const QString &id)
    {
        cache::Cache cache;
        if (!cache.open(path, cache::Cache::Mode::ReadOnly)) return std::nullopt;
        for (const Snapshot &s : cache.snapshots(g, c)) {
            if (s.id == id) return s;
        }
        return std::nullopt;
    }
    // A POST fault that must still be armed after the job: proof it sent no second POST.
    void armTripwire(const QString &cluster)
    {
        sandbox::Fault trip;
        trip.pathContains = QStringLiteral("/clusters/") + cluster + QStringLiteral("/backup/snapshots");
        trip.method = QStringLiteral("POST");
        trip.status = 418;
        m_engine.addFault(trip);
    }
    bool tripwireStillArmed(const QString &g, const QString &cluster)
    {
        Client client(options());
        const auto r = await<Snapshot>(
            [&](auto cb) { client.takeOnDemandSnapshot(g, cluster, QStringLiteral("tripwire probe"), 1, cb); });
        return r.error.httpStatus == 418;  // the fault answered: nothing was taken
    }
    // Lets every on-demand snapshot finish, so the next test can take one.
    void finishRunningSnapshots() { m_engine.advanceBy(6 * 3600); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sandbox::EngineOptions eo;
        eo.speed = 0;
        QString error;
        QVERIFY2(m_engine.start(eo, &error), qPrintable(error));
        Client client(options());
        const auto projects = await<QList<Project>>([&](auto cb) { client.listProjects(cb); });
        QVERIFY(projects.ok());
        for (const Project &p : projects.value) m_projectIds.insert(p.name, p.id);
        QVERIFY(m_projectIds.contains(QStringLiteral("payments-staging")));
        QVERIFY(m_projectIds.contains(QStringLiteral("analytics")));
    }

    void init() { m_engine.clearFaults(); }

    void domainRules()
    {
        Cluster m0;
        m0.name = QStringLiteral("free");
        m0.instanceSize = QStringLiteral("M0");
        QCOMPARE(onDemandSnapshotBlockers(m0).value(0).code, ondemand::kFreeTier);
        Cluster off;
        off.name = QStringLiteral("off");
        off.instanceSize = QStringLiteral("M10");
        QCOMPARE(onDemandSnapshotBlockers(off).value(0).code, ondemand::kBackupOff);
        off.backupEnabled = true;
        QVERIFY(onDemandSnapshotBlockers(off).isEmpty());
        QCOMPARE(onDemandSnapshotBlockersForFlex(FlexCluster{}).value(0).code, ondemand::kFlex);

        OnDemandSnapshotRequest req;
        req.retentionDays = 0;
        QCOMPARE(onDemandRequestProblems(req, std::nullopt).value(0).code, ondemand::kRetentionTooShort);
        QCOMPARE(onDemandRequestProblems(req, std::nullopt).value(0).field, ondemand::kFieldRetention);
        req.retentionDays = kOnDemandRetentionMaxDays + 1;
        QCOMPARE(onDemandRequestProblems(req, std::nullopt).value(0).code, ondemand::kRetentionTooLong);
        req.retentionDays = 3;
        QVERIFY(onDemandRequestProblems(req, std::nullopt).isEmpty());
        CompliancePolicy bcp;
        bcp.onDemandPolicyItem = PolicyItem{QString(), Frequency::OnDemand, 0, RetentionUnit::Weeks, 1};
        QCOMPARE(onDemandRetentionFloorDays(bcp), 7);
        QCOMPARE(onDemandRequestProblems(req, bcp).value(0).code, ondemand::kBelowComplianceFloor);
        req.retentionDays = 7;
        QVERIFY(onDemandRequestProblems(req, bcp).isEmpty());

        Snapshot scheduled;
        scheduled.snapshotType = parseSnapshotType(QStringLiteral("scheduled"));
        scheduled.status = parseSnapshotStatus(QStringLiteral("inProgress"));
        QVERIFY(onDemandSnapshotRunning({scheduled}).isEmpty());  // Atlas allows one beside a scheduled run
        Snapshot queued = scheduled;
        queued.snapshotType = parseSnapshotType(QStringLiteral("onDemand"));
        queued.status = parseSnapshotStatus(QStringLiteral("queued"));
        QCOMPARE(onDemandSnapshotRunning({scheduled, queued}).value(0).code, ondemand::kAlreadyRunning);
    }

    void errorTypes()
    {
        QCOMPARE(cacheFailureFromSqlite(SQLITE_FULL), CacheFailure::DiskFull);
        QCOMPARE(cacheFailureFromSqlite(SQLITE_IOERR_WRITE), CacheFailure::Io);
        QCOMPARE(cacheFailureFromSqlite(SQLITE_CORRUPT), CacheFailure::Corrupt);
        const JobError full = JobError::fromCache(SQLITE_FULL, QStringLiteral("snapshots"), QStringLiteral("x"));
        QCOMPARE(full.kind, JobError::Kind::Cache);
        QVERIFY2(full.message.contains(QStringLiteral("disk is full")), qPrintable(full.message));
        QCOMPARE(full.apiKind(), ErrorKind::None);
        QCOMPARE(JobError::fromApi(ApiError::cancelled()).kind, JobError::Kind::Cancelled);

        CacheScope a = CacheScope::snapshots(QStringLiteral("g"), QStringLiteral("c"));
        QCOMPARE(a.merged(CacheScope::restoreJobs(QStringLiteral("g"), QStringLiteral("c"))).kind,
                 CacheScope::Kind::Cluster);
        QCOMPARE(a.merged(CacheScope::snapshots(QStringLiteral("g"), QStringLiteral("d"))).kind,
                 CacheScope::Kind::Project);
        QCOMPARE(a.merged(CacheScope::snapshots(QStringLiteral("h"), QStringLiteral("c"))).kind,
                 CacheScope::Kind::Estate);
        QVERIFY(!a.touchesEstate());
        QVERIFY(a.touchesCluster(QStringLiteral("g"), QStringLiteral("c")));
        QVERIFY(!a.touchesCluster(QStringLiteral("g"), QStringLiteral("other")));
    }

    void takeAppearsThenCompletes()
    {
        const QString g = m_projectIds.value(QStringLiteral("payments-staging"));
        const QString c = QStringLiteral("payments-qa");
        const QString path = cachePath(QStringLiteral("take"));
        Watched w;
        w.runner.start(options(), path);
        QVERIFY(w.wait(w.runner.syncCluster(g, c))->ok());

        const OnDemandSnapshotRequest req{QStringLiteral("before the schema change"), 3};
        const JobId id = w.runner.takeSnapshot(g, c, req);
        const auto r = w.wait(id);
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error.message));
        QCOMPARE(r->kind, JobKind::TakeSnapshot);
        QVERIFY(w.started.contains(id));
        const auto outcome = r->payload.value<TakeSnapshotOutcome>();
        QVERIFY(!outcome.snapshot.id.isEmpty());
        QVERIFY(!outcome.confirmedByReread);
        QCOMPARE(outcome.snapshot.snapshotType.value, SnapshotType::OnDemand);
        QCOMPARE(outcome.snapshot.status.value, SnapshotStatus::Queued);
        QCOMPARE(outcome.snapshot.description, req.description);
        QCOMPARE(r->changed, CacheScope::snapshots(g, c));
        QVERIFY(w.scopes.contains(CacheScope::snapshots(g, c)));
        // In the cache at once, as Atlas answered.
        const auto row = cached(path, g, c, outcome.snapshot.id);
        QVERIFY(row.has_value());
        QCOMPARE(row->status.value, SnapshotStatus::Queued);
        QCOMPARE(onDemandWith(g, c, req.description).size(), 1);

        // A second take while it runs: refused with the reason, nothing sent.
        armTripwire(c);
        const auto again = w.wait(w.runner.takeSnapshot(g, c, {QStringLiteral("another"), 1}));
        QVERIFY(again && !again->ok());
        QCOMPARE(again->error.kind, JobError::Kind::Validation);
        QVERIFY(hasReason(*again, ondemand::kAlreadyRunning));
        QVERIFY2(again->error.message.contains(outcome.snapshot.id), qPrintable(again->error.message));
        QVERIFY(tripwireStillArmed(g, c));

        // The clock moves on; a re-sync sees it completed.
        m_engine.advanceBy(3 * 3600);
        QVERIFY(w.wait(w.runner.syncCluster(g, c))->ok());
        const auto done = cached(path, g, c, outcome.snapshot.id);
        QVERIFY(done.has_value());
        QCOMPARE(done->status.value, SnapshotStatus::Completed);
        QVERIFY(done->storageSizeBytes > 0);
        QCOMPARE(w.wrongThread, 0);
    }

    void identicalSubmissionsJoin()
    {
        const QString g = m_projectIds.value(QStringLiteral("payments-staging"));
        const QString c = QStringLiteral("payments-staging");
        Watched w;
        w.runner.start(options(), cachePath(QStringLiteral("join")));
        const OnDemandSnapshotRequest req{QStringLiteral("joined"), 2};
        const JobId a = w.runner.takeSnapshot(g, c, req);
        const JobId b = w.runner.takeSnapshot(g, c, req);
        QVERIFY(a != b);
        const auto ra = w.wait(a);
        const auto rb = w.wait(b);
        QVERIFY(ra && rb);
        QVERIFY2(ra->ok(), qPrintable(ra->error.message));
        QVERIFY2(rb->ok(), qPrintable(rb->error.message));
        QCOMPARE(rb->payload.value<TakeSnapshotOutcome>().snapshot.id,
                 ra->payload.value<TakeSnapshotOutcome>().snapshot.id);
        QCOMPARE(onDemandWith(g, c, req.description).size(), 1);  // taken once (a second POST would be refused)
        QVERIFY(w.started.contains(b));

        // Syncs too: the second identical sync follows the first and makes no request of its own.
        const quint64 before = m_engine.requestCount();
        const JobId s1 = w.runner.syncCluster(g, c);
        const JobId s2 = w.runner.syncCluster(g, c);
        const auto r1 = w.wait(s1);
        const auto r2 = w.wait(s2);
        QVERIFY(r1 && r2 && r1->ok() && r2->ok());
        // The server counts digest challenges too; a second sync would double the count.
        QVERIFY(m_engine.requestCount() - before < quint64(2 * r1->syncStats().requests));
        QCOMPARE(r2->syncStats().requests, r1->syncStats().requests);
        finishRunningSnapshots();
        QCOMPARE(w.wrongThread, 0);
    }

    // Two different takes of one cluster at once: the second waits for the first (one job
    // per target), then sees it running in the fresh list and is refused by the rule,
    // before sending, rather than racing it to the server.
    void oneJobPerTargetAtATime()
    {
        const QString g = m_projectIds.value(QStringLiteral("analytics"));
        const QString c = QStringLiteral("analytics-reporting");
        Watched w;
        w.runner.start(options(), cachePath(QStringLiteral("target")));
        const JobId first = w.runner.takeSnapshot(g, c, {QStringLiteral("first"), 1});
        const JobId second = w.runner.takeSnapshot(g, c, {QStringLiteral("second"), 1});
        const auto r1 = w.wait(first);
        const auto r2 = w.wait(second);
        QVERIFY(r1 && r2);
        QVERIFY2(r1->ok(), qPrintable(r1->error.message));
        QCOMPARE(r2->error.kind, JobError::Kind::Validation);
        QVERIFY(hasReason(*r2, ondemand::kAlreadyRunning));
        QCOMPARE(onDemandWith(g, c, QStringLiteral("second")).size(), 0);
        finishRunningSnapshots();
    }

    // A cache that cannot be written (here: the file size limit, as a full disk) ends a
    // sync with a cache error in words, and says nothing against the connection.
    void fullDiskIsNotOffline()
    {
        Watched w;
        w.runner.start(options(), cachePath(QStringLiteral("fulldisk")));
        QVERIFY(w.wait(w.runner.loadEstate()).has_value());  // the cache file exists, schema written
        rlimit before{};
        getrlimit(RLIMIT_FSIZE, &before);
        auto *oldHandler = signal(SIGXFSZ, SIG_IGN);
        rlimit small = before;
        small.rlim_cur = 300 * 1024;
        setrlimit(RLIMIT_FSIZE, &small);
        const auto r = w.wait(w.runner.syncAll());
        setrlimit(RLIMIT_FSIZE, &before);
        signal(SIGXFSZ, oldHandler);
        QVERIFY(r.has_value());
        QCOMPARE(r->error.kind, JobError::Kind::Cache);
        QVERIFY2(r->error.cache == CacheFailure::DiskFull || r->error.cache == CacheFailure::Io,
                 qPrintable(cacheFailureName(r->error.cache)));
        QVERIFY2(r->error.message.contains(QStringLiteral("local cache")), qPrintable(r->error.message));
        for (const auto &state : w.connection) QVERIFY2(state.first, qPrintable(state.second));
        qInfo("full disk: %s", qPrintable(r->error.message));
    }

    void refusedWithReasonsBeforeSending()
    {
        const QString staging = m_projectIds.value(QStringLiteral("payments-staging"));
        const QString analytics = m_projectIds.value(QStringLiteral("analytics"));
        Client client(options());
        const auto flex = await<QList<FlexCluster>>([&](auto cb) { client.listFlexClusters(staging, cb); });
        QVERIFY(flex.ok() && !flex.value.isEmpty());
        Watched w;
        w.runner.start(options(), cachePath(QStringLiteral("refused")));
        struct Case {
            QString g, c;
            int days;
            QString code;
        };
        const QList<Case> cases{
            {staging, QStringLiteral("sandbox-free"), 1, ondemand::kFreeTier},
            {staging, flex.value.first().name, 1, ondemand::kFlex},
            {analytics, QStringLiteral("analytics-scratch"), 1, ondemand::kBackupOff},
            {staging, QStringLiteral("payments-qa"), 0, ondemand::kRetentionTooShort},
            {staging, QStringLiteral("payments-qa"), kOnDemandRetentionMaxDays + 1, ondemand::kRetentionTooLong},
            // The compliance policy of payments-prod keeps on-demand snapshots 7 days, read fresh.
            {m_projectIds.value(QStringLiteral("payments-prod")), QStringLiteral("payments-main"), 3,
             ondemand::kBelowComplianceFloor},
        };
        for (const Case &k : cases) {
            armTripwire(k.c);
            const quint64 before = m_engine.requestCount();
            const auto r = w.wait(w.runner.takeSnapshot(k.g, k.c, {QStringLiteral("refused"), k.days}));
            QVERIFY(r.has_value());
            QCOMPARE(r->error.kind, JobError::Kind::Validation);
            QVERIFY2(hasReason(*r, k.code), qPrintable(k.code + u' ' + r->error.message));
            QVERIFY(!r->cacheChanged());
            if (k.code == ondemand::kRetentionTooShort || k.code == ondemand::kRetentionTooLong)
                QCOMPARE(m_engine.requestCount(), before);  // refused without asking the server
            QVERIFY2(tripwireStillArmed(k.g, k.c), qPrintable(k.c));
        }
        const auto unknown = w.wait(w.runner.takeSnapshot(staging, QStringLiteral("no-such-cluster"), {}));
        QVERIFY(unknown && !unknown->ok());
        QCOMPARE(unknown->error.apiKind(), ErrorKind::NotFound);
        QVERIFY(unknown->error.message.contains(QStringLiteral("no-such-cluster")));
        // A refusal is the server speaking: the connection stays online.
        QVERIFY(!w.connection.isEmpty());
        for (const auto &state : w.connection) QVERIFY(state.first);
    }

    // The mutating call's body can be read once (so Qt cannot re-send it on its own);
    // digest authentication must still work for POSTs on other connections than the
    // one a job's first reads authenticated (Qt copies the digest to them).
    void postsAuthenticateOnEveryConnection()
    {
        const QString g = m_projectIds.value(QStringLiteral("internal-tools"));
        Client client(options());
        QVERIFY(await<QList<Cluster>>([&](auto cb) { client.listClusters(g, cb); }).ok());
        int answered = 0;
        QList<Result<Snapshot>> results;
        for (const QString &c : {QStringLiteral("tools-main"), QStringLiteral("tools-wiki")}) {
            client.takeOnDemandSnapshot(g, c, QStringLiteral("fresh connection"), 1, [&](Result<Snapshot> r) {
                results.append(r);
                ++answered;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, 2, 20000);
        for (const auto &r : results) QVERIFY2(r.ok(), qPrintable(r.error.message));
        finishRunningSnapshots();
    }

    void lostAnswerIsReadBackNeverResent()
    {
        const QString g = m_projectIds.value(QStringLiteral("analytics"));
        const QString c = QStringLiteral("analytics-legacy");
        const QString path = cachePath(QStringLiteral("lost"));
        Watched w;
        w.runner.start(options(), path);
        const QString postPath = QStringLiteral("/clusters/") + c + QStringLiteral("/backup/snapshots");

        // The connection drops before the server acts: the re-read says it was not taken.
        sandbox::Fault reset;
        reset.pathContains = postPath;
        reset.method = QStringLiteral("POST");
        reset.kind = sandbox::Fault::Kind::Reset;
        m_engine.addFault(reset);
        armTripwire(c);
        const auto dropped = w.wait(w.runner.takeSnapshot(g, c, {QStringLiteral("dropped"), 1}));
        QVERIFY(dropped && !dropped->ok());
        QCOMPARE(dropped->error.kind, JobError::Kind::Api);
        QCOMPARE(dropped->error.apiKind(), ErrorKind::Network);
        QVERIFY2(dropped->error.message.contains(QStringLiteral("did not take it")),
                 qPrintable(dropped->error.message));
        QVERIFY(onDemandWith(g, c, QStringLiteral("dropped")).isEmpty());
        QVERIFY(tripwireStillArmed(g, c));

        // The server acts, then the answer is cut short: the re-read finds it, taken once.
        sandbox::Fault cut;
        cut.pathContains = postPath;
        cut.method = QStringLiteral("POST");
        cut.kind = sandbox::Fault::Kind::Truncate;
        m_engine.addFault(cut);
        armTripwire(c);
        const auto r = w.wait(w.runner.takeSnapshot(g, c, {QStringLiteral("answer lost"), 1}));
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error.message));
        const auto outcome = r->payload.value<TakeSnapshotOutcome>();
        QVERIFY(outcome.confirmedByReread);
        const auto onServer = onDemandWith(g, c, QStringLiteral("answer lost"));
        QCOMPARE(onServer.size(), 1);
        QCOMPARE(outcome.snapshot.id, onServer.first().id);
        QVERIFY(cached(path, g, c, outcome.snapshot.id).has_value());
        QVERIFY(tripwireStillArmed(g, c));
        finishRunningSnapshots();
        QCOMPARE(w.wrongThread, 0);
    }
};

QTEST_GUILESS_MAIN(TestJobsSnapshot)
#include "tst_jobs_snapshot.moc"
