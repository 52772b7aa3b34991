// Benchmark: cold start of the real `lifeboat` binary with a warm cache of 100,000
// snapshots (50 clusters x 2,000), as process launches: exec -> the navigator's rows
// painted (the app's LIFEBOAT_STARTUP_PROBE), beside a bare Qt Widgets window of the
// same layout (startup_bare) launched in the same run. Three starts are measured:
// offline with no keychain (a profile whose secret cannot be read), and the bundled
// sandbox (`--sandbox`). Also: the bundled lifeboat-sandbox's time to ready on an existing
// data folder, and peak RSS with a 2,000-snapshot cluster open, offline and online,
// against the bare window's. DESIGN.md section 6 / issue 10: cold start <= 1.5x the bare
// window; sandbox ready <= 0.5 s; peak RSS <= 2x the bare window.
// BENCH_RUNS sets the number of launches of each (default 5). Run with QT_QPA_PLATFORM=offscreen.
#include "engine/engine.h"
#include "jobs/jobrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <spdlog/spdlog.h>

using namespace lifeboat;

static const char kScenario[] = R"({
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

struct Stats {
    QList<qint64> values;
    qint64 min() const { return values.isEmpty() ? -1 : *std::min_element(values.begin(), values.end()); }
    qint64 max() const { return values.isEmpty() ? -1 : *std::max_element(values.begin(), values.end()); }
    qint64 median() const
    {
        if (values.isEmpty()) return -1;
        QList<qint64> v = values;
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    }
    QString text(const char *unit) const
    {
        return QStringLiteral("min %1 / median %2 / max %3 %4")
            .arg(min())
            .arg(median())
            .arg(max())
            .arg(QLatin1String(unit));
    }
};

struct Launch {
    qint64 paintedMs = -1;  // measured here: start() -> "painted" read
    qint64 rssKiB = -1;
    qint64 selfMs = -1;  // what the process itself says: main() -> painted
};

class Bench {
public:
    explicit Bench(const QString &root) : m_root(root)
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // No Secret Service: the keychain read fails (issue 10, item 6).
        m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        const QString bin = QCoreApplication::applicationDirPath();
        m_bare = bin + QStringLiteral("/startup_bare");
        m_lifeboat = QStringLiteral(LIFEBOAT_BIN);
        m_sandbox = QStringLiteral(SANDBOX_BIN);
    }

    QString appDir(const char *kind) const
    {
        return m_root + u'/' + QLatin1String(kind) + QStringLiteral("/Lifeboat/lifeboat");
    }
    QString cacheFor(const QString &profile) const
    {
        return appDir("cache") + QStringLiteral("/%1.sqlite").arg(QString::fromLatin1(profile.toUtf8().toHex()));
    }
    QString sandboxData() const { return appDir("data") + QStringLiteral("/sandbox"); }

    // The sandbox's data folder and a synced cache of it, for the "sandbox" and "Offline" profiles.
    bool prepare()
    {
        QDir().mkpath(appDir("cache"));
        QFile scenario(m_root + QStringLiteral("/scenario.json"));
        if (!scenario.open(QIODevice::WriteOnly) || scenario.write(kScenario) < 0) return false;
        scenario.close();
        sandbox::Engine engine;
        sandbox::EngineOptions eo;
        eo.scenario = scenario.fileName();
        eo.speed = 0;
        eo.dataDir = sandboxData();
        QString error;
        if (!engine.start(eo, &error)) {
            fprintf(stderr, "sandbox: %s\n", qPrintable(error));
            return false;
        }
        atlas::ClientOptions o;
        o.baseUrl = engine.baseUrl();
        o.credentials = atlas::Credentials::apiKey(QStringLiteral("benchkey"), QStringLiteral("benchsecret"));
        QElapsedTimer t;
        t.start();
        {
            jobs::JobRunner runner;
            runner.start(o, cacheFor(QStringLiteral("sandbox")));
            QEventLoop loop;
            bool ok = false;
            QObject::connect(&runner, &jobs::JobRunner::jobFinished, &loop,
                             [&](jobs::JobId, bool done, const QString &m) {
                                 ok = done;
                                 if (!done) fprintf(stderr, "sync: %s\n", qPrintable(m));
                                 loop.quit();
                             });
            runner.syncAll();
            loop.exec();
            if (!ok) return false;
        }
        engine.stop();
        fprintf(stderr, "prepared: synced the cache in %lld ms\n", static_cast<long long>(t.elapsed()));
        // The offline profile reads the same cache (its own file, as every profile has).
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            if (QFile::exists(cacheFor(QStringLiteral("sandbox")) + suffix))
                QFile::copy(cacheFor(QStringLiteral("sandbox")) + suffix, cacheFor(QStringLiteral("Offline")) + suffix);
        }
        QSettings s(m_root + QStringLiteral("/config/Lifeboat/lifeboat.conf"), QSettings::IniFormat);
        const QString g = QStringLiteral("profiles/") + QString::fromLatin1(QByteArray("Offline").toHex());
        s.setValue(g + QStringLiteral("/name"), QStringLiteral("Offline"));
        s.setValue(g + QStringLiteral("/kind"), 1);  // an API key profile
        s.setValue(g + QStringLiteral("/baseUrl"), QStringLiteral("https://127.0.0.1:9"));
        s.setValue(g + QStringLiteral("/keyId"), QStringLiteral("benchkey"));
        s.setValue(QStringLiteral("lastProfile"), QStringLiteral("Offline"));
        s.sync();
        return true;
    }

    // One launch: start() -> "painted"; with `probe` open/online-open it waits for "rss" too.
    Launch launch(const QString &program, const QStringList &args, const QString &probe)
    {
        Launch out;
        QProcess p;
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("LIFEBOAT_STARTUP_PROBE"), probe);
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer t;
        QEventLoop loop;
        QByteArray buf;
        QObject::connect(&p, &QProcess::readyReadStandardOutput, &loop, [&] {
            buf += p.readAllStandardOutput();
            for (const QByteArray &line : buf.split('\n')) {
                if (line.startsWith("painted ") && out.paintedMs < 0) {
                    out.paintedMs = t.elapsed();
                    out.selfMs = line.mid(8).toLongLong();
                    if (probe == u"paint") loop.quit();
                }
                if (line.startsWith("rss ")) {
                    out.rssKiB = line.mid(4).toLongLong();
                    loop.quit();
                }
            }
        });
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        t.start();
        p.start(program, args);
        loop.exec();
        p.terminate();
        if (!p.waitForFinished(10000)) p.kill();
        p.waitForFinished(2000);
        if (out.paintedMs < 0)
            fprintf(stderr, "%s printed no paint: %s\n", qPrintable(program),
                    p.readAllStandardError().right(800).constData());
        return out;
    }

    Launch bare(bool rss)
    {
        return rss ? launch(m_bare, {QStringLiteral("rss")}, QStringLiteral("rss"))
                   : launch(m_bare, {}, QStringLiteral("paint"));
    }
    Launch offline(const QString &probe)
    {
        return launch(m_lifeboat, {QStringLiteral("--profile"), QStringLiteral("Offline")}, probe);
    }
    Launch withSandbox(const QString &probe) { return launch(m_lifeboat, {QStringLiteral("--sandbox")}, probe); }

    // The bundled sandbox as Lifeboat starts it, on the prepared data folder: start() -> its address line.
    qint64 sandboxReady()
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        QElapsedTimer t;
        t.start();
        p.start(m_sandbox,
                {QStringLiteral("--scenario"), QStringLiteral("demo"), QStringLiteral("--data-dir"), sandboxData(),
                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls")});
        qint64 ms = -1;
        QByteArray out;
        while (p.waitForReadyRead(60000)) {
            out += p.readAllStandardOutput();
            if (out.contains('\n')) {
                ms = t.elapsed();
                break;
            }
        }
        p.terminate();
        if (!p.waitForFinished(10000)) p.kill();
        return ms;
    }

private:
    QString m_root;
    QProcessEnvironment m_env;
    QString m_bare, m_lifeboat, m_sandbox;
};

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    const int runs = qEnvironmentVariableIntValue("BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("BENCH_RUNS") : 5;
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("BENCH_KEEP")) {  // to look into it afterwards
        dir.setAutoRemove(false);
        fprintf(stderr, "data in %s\n", qPrintable(dir.path()));
    }
    Bench bench(dir.path());
    if (!bench.prepare()) return 1;
    bench.sandboxReady();  // the first start makes its certificate: not what is measured

    Stats bare, offline, sandboxed, ready, bareSelf, offlineSelf;
    for (int i = 0; i < runs; ++i) {
        // Interleaved, so a noisy moment hits every kind alike.
        const Launch b = bench.bare(false), o = bench.offline(QStringLiteral("paint"));
        bare.values.append(b.paintedMs);
        bareSelf.values.append(b.selfMs);
        offline.values.append(o.paintedMs);
        offlineSelf.values.append(o.selfMs);
        sandboxed.values.append(bench.withSandbox(QStringLiteral("paint")).paintedMs);
        ready.values.append(bench.sandboxReady());
    }
    Stats rssBare, rssOffline, rssOnline;
    for (int i = 0; i < 3; ++i) {
        rssBare.values.append(bench.bare(true).rssKiB);
        rssOffline.values.append(bench.offline(QStringLiteral("open")).rssKiB);
        rssOnline.values.append(bench.withSandbox(QStringLiteral("online-open")).rssKiB);
    }
    const auto ratio = [](qint64 a, qint64 b) { return b > 0 ? double(a) / double(b) : -1.0; };
    printf("runs: %d launches of each, exec -> navigator rows painted, 50 clusters x ~2,000 snapshots cached\n", runs);
    printf("bare window:               %s\n", qPrintable(bare.text("ms")));
    printf("lifeboat offline, no keychain: %s\n", qPrintable(offline.text("ms")));
    printf("lifeboat --sandbox:        %s\n", qPrintable(sandboxed.text("ms")));
    printf("  (inside the process, main() -> painted: bare %s; lifeboat offline %s)\n", qPrintable(bareSelf.text("ms")),
           qPrintable(offlineSelf.text("ms")));
    printf("sandbox ready (existing data folder): %s\n", qPrintable(ready.text("ms")));
    printf("peak RSS bare window:      %s\n", qPrintable(rssBare.text("KiB")));
    printf("peak RSS offline, cluster open: %s\n", qPrintable(rssOffline.text("KiB")));
    printf("peak RSS online (sandbox, first sync done), cluster open: %s\n", qPrintable(rssOnline.text("KiB")));
    printf("cold start offline: %.2fx the bare window (median; bar <= 1.5x)\n", ratio(offline.median(), bare.median()));
    printf("cold start --sandbox: %.2fx the bare window (median; bar <= 1.5x)\n",
           ratio(sandboxed.median(), bare.median()));
    printf("sandbox ready: %lld ms (median; bar <= 500 ms)\n", static_cast<long long>(ready.median()));
    printf("peak RSS offline: %.2fx, online: %.2fx the bare window (median; bar <= 2x)\n",
           ratio(rssOffline.median(), rssBare.median()), ratio(rssOnline.median(), rssBare.median()));
    return 0;
}
