// Benchmark: sync time of the worker layer (JobRunner) against the in-process sandbox
// on loopback, for the demo estate and for 50 clusters x ~2,000 snapshots; a re-sync
// with nothing changed; and a floor measured in the same run: the same pages fetched
// and parsed into values by the same client, with the same concurrency, but not stored.
// DESIGN.md section 6: full sync <= 2x the floor; re-sync <= 15% of a full sync.
// Then the same syncs on a 100 ms link (the sandbox's --latency), beside their
// critical-path floor: the round trips that must follow one another at the client's
// number of tasks in flight, worked out from the requests the sync actually made.
// BENCH_LATENCY_MS changes the link (default 100), BENCH_IN_FLIGHT the tasks in flight.
#include "atlas/client.h"
#include "engine/engine.h"
#include "jobs/jobrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <deque>
#include <spdlog/spdlog.h>

using namespace lifeboat;
using namespace lifeboat::atlas;
using namespace lifeboat::domain;

static const char kBigScenario[] = R"({
  "historyDays": 90,
  "organizations": [{"name": "Bench", "projects": [{"name": "bench", "clusters": [
    {"name": "hourly", "count": 50, "tier": "M30", "provider": "AWS", "region": "US_EAST_1",
     "mongoDBVersion": "8.0.4", "createdDaysAgo": 120, "backupEnabled": true,
     "schedule": {"referenceHourOfDay": 1, "referenceMinuteOfHour": 0, "restoreWindowDays": 2, "policyItems": [
       {"frequencyType": "hourly", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 83}]}}]}]}],
  "apiKeys": [{"publicKey": "benchkey", "privateKey": "benchsecret", "orgRole": "ORG_OWNER"}],
  "serviceAccounts": [{"clientId": "mdb_sa_id_bench", "clientSecret": "mdb_sa_sk_bench", "orgRole": "ORG_OWNER"}]
})";

namespace {

ClientOptions optionsFor(const sandbox::Engine &engine)
{
    ClientOptions o;
    o.baseUrl = engine.baseUrl();
    const auto admin = engine.adminCredentials();
    o.credentials = Credentials::apiKey(admin.publicKey, admin.privateKey);
    return o;
}

struct SyncRun {
    qint64 ms = -1;
    jobs::JobResult result;
    quint64 requests = 0;
};

// One sync through JobRunner (its worker thread); the sandbox serves from this thread.
SyncRun timeSync(sandbox::Engine &engine, jobs::JobRunner &runner)
{
    SyncRun run;
    QEventLoop loop;
    std::optional<jobs::JobResult> got;
    auto c = QObject::connect(&runner, &jobs::JobRunner::jobResult, &loop, [&](const jobs::JobResult &r) {
        got = r;
        loop.quit();
    });
    const quint64 before = engine.requestCount();
    QElapsedTimer t;
    t.start();
    runner.syncAll();
    loop.exec();
    run.ms = t.elapsed();
    QObject::disconnect(c);
    run.result = *got;
    run.requests = engine.requestCount() - before;
    return run;
}

// The floor: the same lists fetched and parsed (into Snapshot values), 4 clusters in
// flight, on a thread of its own like the worker; nothing written anywhere.
class Floor : public QObject {
    Q_OBJECT
public:
    explicit Floor(ClientOptions o) : m_options(std::move(o)) {}
    void run()
    {
        m_client = new Client(m_options, this);
        m_clock.start();
        m_client->listOrganizations([](auto) {});
        m_client->listProjects([this](Result<QList<Project>> r) {
            m_listsLeft = 2 * int(r.value.size());
            for (const Project &p : r.value) {
                m_client->getCompliancePolicy(p.id, [](auto) {});
                m_client->listFlexClusters(p.id, [this, g = p.id](Result<QList<FlexCluster>> f) {
                    for (const FlexCluster &x : f.value)
                        m_queue.push_back([this, g, n = x.name] {
                            m_client->listFlexSnapshots(g, n, [this](Result<QList<FlexSnapshot>> s) {
                                m_items += s.value.size();
                                done();
                            });
                        });
                    --m_listsLeft;
                    pump();
                });
                m_client->listClusters(p.id, [this, g = p.id](Result<QList<Cluster>> cl) {
                    for (const Cluster &c : cl.value) {
                        if (c.isFreeTier()) continue;
                        m_queue.push_back([this, g, c] {
                            auto left = std::make_shared<int>(3);
                            auto one = [this, left] {
                                if (--*left == 0) done();
                            };
                            m_client->getSchedule(g, c.name, [one](auto) { one(); });
                            m_client->listRestoreJobs(g, c.name, [one](auto) { one(); });
                            auto onList = [this, one](Result<QList<Snapshot>> s) {
                                m_items += s.value.size();
                                one();
                            };
                            if (c.isSharded())
                                m_client->listShardedSnapshots(g, c.name, onList);
                            else
                                m_client->listSnapshots(g, c.name, onList);
                        });
                    }
                    --m_listsLeft;
                    pump();
                });
            }
        });
    }
signals:
    void finished(qint64 ms, qint64 items);

private:
    void pump()
    {
        while (m_running < 4 && !m_queue.empty()) {
            auto next = std::move(m_queue.front());
            m_queue.pop_front();
            ++m_running;
            next();
        }
        if (!m_finished && m_running == 0 && m_queue.empty() && m_listsLeft == 0) {
            m_finished = true;
            emit finished(m_clock.elapsed(), m_items);
        }
    }
    void done()
    {
        --m_running;
        pump();
    }
    ClientOptions m_options;
    Client *m_client = nullptr;
    QElapsedTimer m_clock;
    std::deque<std::function<void()>> m_queue;
    int m_running = 0;
    int m_listsLeft = -1;  // cluster and flex lists still to come
    bool m_finished = false;
    qint64 m_items = 0;
};

std::pair<qint64, qint64> timeFloor(const sandbox::Engine &engine)
{
    QThread thread;
    auto *floor = new Floor(optionsFor(engine));
    floor->moveToThread(&thread);
    thread.start();
    QEventLoop loop;
    std::pair<qint64, qint64> out{-1, 0};
    QObject::connect(floor, &Floor::finished, &loop, [&](qint64 ms, qint64 items) {
        out = {ms, items};
        loop.quit();
    });
    QMetaObject::invokeMethod(
        floor, [floor] { floor->run(); }, Qt::QueuedConnection);
    loop.exec();
    QMetaObject::invokeMethod(
        floor, [floor] { delete floor; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return out;
}

void measure(const char *label, const QString &scenario, int repeats)
{
    QTemporaryDir dir;
    sandbox::Engine engine;
    sandbox::EngineOptions eo;
    eo.scenario = scenario;
    eo.speed = 0;  // a still clock: every run sees the same estate
    eo.dataDir = dir.filePath(QStringLiteral("sandbox"));
    QString error;
    QElapsedTimer boot;
    boot.start();
    if (!engine.start(eo, &error)) {
        fprintf(stderr, "%s: sandbox failed: %s\n", label, qPrintable(error));
        return;
    }
    printf("\n== %s (sandbox ready in %.1f s)\n", label, boot.elapsed() / 1000.0);

    qint64 bestFloor = -1, floorItems = 0;
    qint64 bestFull = -1, bestResync = -1;
    SyncRun full, resync;
    for (int i = 0; i < repeats; ++i) {
        const auto [ms, items] = timeFloor(engine);
        if (bestFloor < 0 || ms < bestFloor) bestFloor = ms;
        floorItems = items;

        jobs::JobRunner runner;
        jobs::SyncOptions so;
        so.maxInFlight =
            qEnvironmentVariableIntValue("BENCH_IN_FLIGHT") > 0 ? qEnvironmentVariableIntValue("BENCH_IN_FLIGHT") : 4;
        runner.setSyncOptions(so);
        runner.start(optionsFor(engine), dir.filePath(QStringLiteral("cache-%1.sqlite").arg(i)));
        const SyncRun f = timeSync(engine, runner);
        if (!f.result.ok()) {
            fprintf(stderr, "%s: sync failed: %s\n", label, qPrintable(f.result.error.message));
            return;
        }
        if (bestFull < 0 || f.ms < bestFull) {
            bestFull = f.ms;
            full = f;
        }
        const SyncRun r = timeSync(engine, runner);
        if (bestResync < 0 || r.ms < bestResync) {
            bestResync = r.ms;
            resync = r;
        }
        printf("  run %d: floor %lld ms, full sync %lld ms, re-sync %lld ms\n", i + 1, ms, f.ms, r.ms);
    }
    printf("  snapshots: %d written by the full sync, %lld parsed by the floor\n",
           full.result.syncStats().snapshotsWritten, floorItems);
    printf("  full sync into an empty cache : %6lld ms  (%llu requests)\n", bestFull, full.requests);
    printf("  floor: fetch+parse, no storing: %6lld ms\n", bestFloor);
    printf("  re-sync, nothing changed      : %6lld ms  (%llu requests; %d lists unchanged, %d fetched)\n", bestResync,
           resync.requests, resync.result.syncStats().snapshotListsSkipped,
           resync.result.syncStats().snapshotListsFetched);
    printf("  ratio full / floor            : %6.2f   (bar: <= 2.00)\n", double(bestFull) / double(bestFloor));
    printf("  ratio re-sync / full          : %6.2f%%  (bar: <= 15%%)\n",
           100.0 * double(bestResync) / double(bestFull));
    fflush(stdout);
}

// The requests of one sync, grouped as the sync job depends on them: the org and
// project lists first; then one task per project (its cluster, flex and policy
// lists, in parallel); then one task per cluster, whose requests come in waves (the
// schedule, restore jobs and first list page together, then each further page or the
// full list after a probe). Tasks run `inFlight` at a time.
struct CriticalPath {
    int listRounds = 0;     // top-level round trips one after another (a digest challenge, list pages)
    int projects = 0;       // project tasks, one round trip each
    int clusters = 0;       // cluster tasks
    int clusterRounds = 0;  // their waves, summed
    int longestCluster = 0;
    int requests = 0;

    // A lower bound on the sync's time: the longest chain, or all the rounds spread over the slots.
    qint64 floorMs(int inFlight, int latencyMs) const
    {
        const int chain = listRounds + 1 + longestCluster;
        const int spread = listRounds + (projects + clusterRounds + inFlight - 1) / inFlight;
        return qint64(qMax(chain, spread)) * latencyMs;
    }
};

CriticalPath criticalPath(const QList<QPair<QByteArray, QByteArray>> &requests)
{
    static const QRegularExpression clusterPath(
        QStringLiteral("^/api/atlas/v2/groups/([^/]+)/(clusters|flexClusters)/([^/]+)(/.*)?$"));
    static const QRegularExpression projectPath(QStringLiteral("^/api/atlas/v2/groups/[^/]+(/.*)?$"));
    CriticalPath c;
    QMap<QByteArray, int> listPages;
    QSet<QString> projects;
    struct Waves {
        int probes = 0, pages = 0;
    };
    QMap<QString, Waves> clusters;
    for (const auto &[path, query] : requests) {
        ++c.requests;
        const QString p = QString::fromUtf8(path);
        const auto m = clusterPath.match(p);
        if (m.hasMatch()) {
            Waves &w = clusters[m.captured(1) + u'/' + m.captured(3)];
            const QString rest = m.captured(4);
            if (rest.endsWith(u"/backup/snapshots") || rest.endsWith(u"/snapshots/shardedClusters")) {
                if (query.contains("itemsPerPage=1&") || query.endsWith("itemsPerPage=1"))
                    ++w.probes;
                else
                    ++w.pages;
            }
        } else if (projectPath.match(p).hasMatch()) {
            projects.insert(p.section(u'/', 5, 5));
        } else {
            ++listPages[path];
        }
    }
    for (int n : listPages) c.listRounds = qMax(c.listRounds, n);
    c.projects = int(projects.size());
    c.clusters = int(clusters.size());
    for (const Waves &w : clusters) {
        const int rounds = qMax(1, w.probes + w.pages);
        c.clusterRounds += rounds;
        c.longestCluster = qMax(c.longestCluster, rounds);
    }
    return c;
}

// Full sync and re-sync on a link of `latencyMs` each way round (the sandbox holds every answer).
void measureOnLink(const char *label, const QString &scenario, int latencyMs)
{
    QTemporaryDir dir;
    sandbox::Engine engine;
    sandbox::EngineOptions eo;
    eo.scenario = scenario;
    eo.speed = 0;
    eo.latencyMs = latencyMs;
    eo.dataDir = dir.filePath(QStringLiteral("sandbox"));
    QString error;
    if (!engine.start(eo, &error)) {
        fprintf(stderr, "%s: sandbox failed: %s\n", label, qPrintable(error));
        return;
    }
    QList<QPair<QByteArray, QByteArray>> seen;
    engine.setRequestObserver([&seen](const QByteArray &, const QByteArray &path, const QByteArray &query) {
        seen.append({path, query});
    });
    const int inFlight =
        qEnvironmentVariableIntValue("BENCH_IN_FLIGHT") > 0 ? qEnvironmentVariableIntValue("BENCH_IN_FLIGHT") : 4;
    printf("\n== %s, %d ms link, %d tasks in flight\n", label, latencyMs, inFlight);
    jobs::JobRunner runner;
    jobs::SyncOptions so;
    so.maxInFlight = inFlight;
    runner.setSyncOptions(so);
    runner.start(optionsFor(engine), dir.filePath(QStringLiteral("cache.sqlite")));
    for (const char *what : {"full sync into an empty cache", "re-sync, nothing changed"}) {
        seen.clear();
        const SyncRun run = timeSync(engine, runner);
        if (!run.result.ok()) {
            fprintf(stderr, "%s: sync failed: %s\n", label, qPrintable(run.result.error.message));
            return;
        }
        const CriticalPath c = criticalPath(seen);
        const qint64 floor = c.floorMs(inFlight, latencyMs);
        printf("  %-30s: %6lld ms  (%llu requests)\n", what, run.ms, run.requests);
        printf("    critical-path floor         : %6lld ms  (%d top-level round trips, then %d project and %d cluster "
               "tasks in %d round trips, %d at a time; longest chain %d)\n",
               floor, c.listRounds, c.projects, c.clusters, c.projects + c.clusterRounds, inFlight,
               c.listRounds + 1 + c.longestCluster);
        printf("    ratio time / floor          : %6.2f\n", double(run.ms) / double(qMax<qint64>(1, floor)));
        fflush(stdout);
    }
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::err);  // figures only on stdout
    const int repeats =
        qEnvironmentVariableIntValue("BENCH_REPEATS") > 0 ? qEnvironmentVariableIntValue("BENCH_REPEATS") : 3;
    measure("demo scenario", QStringLiteral("demo"), repeats);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(kBigScenario) < 0) return 1;
    f.close();
    measure("50 clusters x ~2,000 snapshots", path, repeats);

    const int latency =
        qEnvironmentVariableIntValue("BENCH_LATENCY_MS") > 0 ? qEnvironmentVariableIntValue("BENCH_LATENCY_MS") : 100;
    measureOnLink("demo scenario", QStringLiteral("demo"), latency);
    measureOnLink("50 clusters x ~2,000 snapshots", path, latency);
    return 0;
}

#include "bench_sync.moc"
