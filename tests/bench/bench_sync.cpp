// Benchmark: sync time of the worker layer (JobRunner) against the in-process sandbox
// on loopback, for the demo estate and for 50 clusters x ~2,000 snapshots; a re-sync
// with nothing changed; and a floor measured in the same run: the same pages fetched
// and parsed into values by the same client, with the same concurrency, but not stored.
// DESIGN.md section 6: full sync <= 2x the floor; re-sync <= 15% of a full sync.
#include "atlas/client.h"
#include "engine/engine.h"
#include "jobs/jobrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <spdlog/spdlog.h>
#include <deque>

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
                            if (c.isSharded()) m_client->listShardedSnapshots(g, c.name, onList);
                            else m_client->listSnapshots(g, c.name, onList);
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
    QMetaObject::invokeMethod(floor, [floor] { floor->run(); }, Qt::QueuedConnection);
    loop.exec();
    QMetaObject::invokeMethod(floor, [floor] { delete floor; }, Qt::BlockingQueuedConnection);
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
        so.maxInFlight = qEnvironmentVariableIntValue("BENCH_IN_FLIGHT") > 0 ? qEnvironmentVariableIntValue("BENCH_IN_FLIGHT") : 4;
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
    printf("  snapshots: %d written by the full sync, %lld parsed by the floor\n", full.result.syncStats().snapshotsWritten,
           floorItems);
    printf("  full sync into an empty cache : %6lld ms  (%llu requests)\n", bestFull, full.requests);
    printf("  floor: fetch+parse, no storing: %6lld ms\n", bestFloor);
    printf("  re-sync, nothing changed      : %6lld ms  (%llu requests; %d lists unchanged, %d fetched)\n", bestResync,
           resync.requests, resync.result.syncStats().snapshotListsSkipped, resync.result.syncStats().snapshotListsFetched);
    printf("  ratio full / floor            : %6.2f   (bar: <= 2.00)\n", double(bestFull) / double(bestFloor));
    printf("  ratio re-sync / full          : %6.2f%%  (bar: <= 15%%)\n", 100.0 * double(bestResync) / double(bestFull));
    fflush(stdout);
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::err);  // figures only on stdout
    const int repeats = qEnvironmentVariableIntValue("BENCH_REPEATS") > 0 ? qEnvironmentVariableIntValue("BENCH_REPEATS") : 3;
    measure("demo scenario", QStringLiteral("demo"), repeats);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(kBigScenario) < 0) return 1;
    f.close();
    measure("50 clusters x ~2,000 snapshots", path, repeats);
    return 0;
}

#include "bench_sync.moc"
