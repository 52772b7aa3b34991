// lifeboat-cli as a user runs it: the built binary under QProcess against the
// in-process sandbox. The sandbox answers from this test's event loop, so the
// process is waited for with an event loop, never with waitForFinished().
#include "atlas/client.h"
#include "engine/engine.h"
#include "httptestutil.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVersionNumber>
#include <csignal>
#include <sys/resource.h>

using namespace lifeboat::atlas;
using namespace lifeboat::domain;

namespace {

struct Run {
    int code = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray results() const { return json().value(QLatin1String("results")).toArray(); }
};

template <typename T, typename Start>
Result<T> await(Start start)
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

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    sandbox::Engine m_engine;
    QTemporaryDir m_dir;
    QString m_projectId, m_projectName, m_cluster, m_flex, m_m0;
    QString m_target;  // a replica set the m_cluster's snapshots restore onto
    QStringList m_projectNames;

    QProcessEnvironment env(bool withKeys = true) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *k :
             {"MONGODB_ATLAS_PUBLIC_API_KEY", "MONGODB_ATLAS_PRIVATE_API_KEY", "MONGODB_ATLAS_CLIENT_ID",
              "MONGODB_ATLAS_CLIENT_SECRET", "MONGODB_ATLAS_OPS_MANAGER_URL"})
            e.remove(QLatin1String(k));
        // Never the user's own profile file or cache.
        e.insert(QStringLiteral("HOME"), m_dir.path());
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("xdgcache")));
        if (withKeys) {
            const auto admin = m_engine.adminCredentials();
            e.insert(QStringLiteral("MONGODB_ATLAS_PUBLIC_API_KEY"), admin.publicKey);
            e.insert(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY"), admin.privateKey);
        }
        return e;
    }

    QString cache(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }

    Run cli(QStringList args, const QProcessEnvironment &environment, const QString &cacheFile = {},
            bool baseUrl = true, std::function<void()> childSetup = {})
    {
        if (baseUrl) args << QStringLiteral("--base-url") << m_engine.baseUrl().toString();
        if (!cacheFile.isEmpty()) args << QStringLiteral("--cache") << cacheFile;
        QProcess p;
        p.setProcessEnvironment(environment);
        if (childSetup) p.setChildProcessModifier(childSetup);
        QEventLoop loop;
        connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        p.start(QStringLiteral(LIFEBOAT_CLI_PATH), args);
        loop.exec();
        Run r;
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(2000);
            r.err = "timed out";
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    ClientOptions options() const
    {
        ClientOptions o;
        o.baseUrl = m_engine.baseUrl();
        const auto admin = m_engine.adminCredentials();
        o.credentials = Credentials::apiKey(admin.publicKey, admin.privateKey);
        return o;
    }

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
        for (const Project &p : projects.value) m_projectNames << p.name;
        // A project with a backed-up replica set, a flex cluster and an M0.
        for (const Project &p : projects.value) {
            const auto clusters = await<QList<Cluster>>([&](auto cb) { client.listClusters(p.id, cb); });
            const auto flex = await<QList<FlexCluster>>([&](auto cb) { client.listFlexClusters(p.id, cb); });
            QString rs, m0;
            for (const Cluster &c : clusters.value) {
                if (c.isFreeTier())
                    m0 = c.name;
                else if (!c.isSharded() && c.backupEnabled && rs.isEmpty())
                    rs = c.name;
            }
            if (!rs.isEmpty() && !m0.isEmpty() && !flex.value.isEmpty()) {
                m_projectId = p.id;
                m_projectName = p.name;
                m_cluster = rs;
                m_m0 = m0;
                m_flex = flex.value.first().name;
                QVersionNumber from;
                for (const Cluster &c : clusters.value)
                    if (c.name == rs) from = QVersionNumber::fromString(c.mongoDBVersion);
                for (const Cluster &c : clusters.value)
                    if (c.name != rs && !c.isFreeTier() && !c.isSharded() &&
                        QVersionNumber::fromString(c.mongoDBVersion) >= from)
                        m_target = c.name;
                break;
            }
        }
        QVERIFY2(!m_projectId.isEmpty(), "the demo should have a project with a replica set, an M0 and a flex cluster");
        QVERIFY2(!m_target.isEmpty(), "the demo project should have a second replica set to restore onto");
    }

    void projectsListJson()
    {
        const Run r = cli(
            {QStringLiteral("projects"), QStringLiteral("list"), QStringLiteral("--output"), QStringLiteral("json")},
            env(), cache(QStringLiteral("projects")));
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonParseError pe;
        QJsonDocument::fromJson(r.out, &pe);
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QStringList names;
        for (const QJsonValue &v : r.results()) {
            names << v[QLatin1String("name")].toString();
            QVERIFY(!v[QLatin1String("id")].toString().isEmpty());
            QVERIFY(!v[QLatin1String("orgId")].toString().isEmpty());
        }
        QStringList expected = m_projectNames;
        names.sort();
        expected.sort();
        QCOMPARE(names, expected);
        QCOMPARE(r.json().value(QLatin1String("totalCount")).toInt(), expected.size());
    }

    void projectsListTableIsAligned()
    {
        const Run r = cli({QStringLiteral("projects"), QStringLiteral("list")}, env(), cache(QStringLiteral("table")));
        QVERIFY2(r.code == 0, r.err.constData());
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), m_projectNames.size() + 1);
        QVERIFY(lines.first().startsWith(QStringLiteral("ID")));
        const qsizetype nameColumn = lines.first().indexOf(QStringLiteral("NAME"));
        const qsizetype orgColumn = lines.first().indexOf(QStringLiteral("ORG ID"));
        QVERIFY(nameColumn > 0 && orgColumn > nameColumn);
        for (const QString &line : lines.mid(1)) {
            const QString name = line.mid(nameColumn).section(QStringLiteral("  "), 0, 0).trimmed();
            QVERIFY2(m_projectNames.contains(name), qPrintable(line));
            QVERIFY2(line.at(orgColumn - 1) == u' ' && line.at(orgColumn) != u' ', qPrintable(line));
        }
    }

    void clustersList()
    {
        const Run r = cli({QStringLiteral("clusters"), QStringLiteral("list"), QStringLiteral("--project"), m_projectId,
                           QStringLiteral("-o"), QStringLiteral("json")},
                          env(), cache(QStringLiteral("clusters")));
        QVERIFY2(r.code == 0, r.err.constData());
        QSet<QString> names;
        for (const QJsonValue &v : r.results()) {
            names.insert(v[QLatin1String("name")].toString());
            QCOMPARE(v[QLatin1String("groupId")].toString(), m_projectId);
            QVERIFY(!v[QLatin1String("mongoDBVersion")].toString().isEmpty());
            QVERIFY(v[QLatin1String("stateName")].isString());
        }
        QVERIFY(names.contains(m_cluster));
        QVERIFY(names.contains(m_flex));
        QVERIFY(names.contains(m_m0));

        const Run table =
            cli({QStringLiteral("clusters"), QStringLiteral("list"), QStringLiteral("--project"), m_projectId}, env(),
                cache(QStringLiteral("clusters")));
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.startsWith("NAME"));
        QVERIFY(table.out.contains(m_m0.toUtf8()));
        QVERIFY(table.out.contains("none (M0)"));
    }

    void snapshotsListUsesAtlasFieldNames()
    {
        Client client(options());
        const auto api = await<QList<Snapshot>>([&](auto cb) { client.listSnapshots(m_projectId, m_cluster, cb); });
        QVERIFY(api.ok() && !api.value.isEmpty());
        const Run r =
            cli({QStringLiteral("snapshots"), QStringLiteral("list"), QStringLiteral("--project"), m_projectId,
                 QStringLiteral("--cluster"), m_cluster, QStringLiteral("--output"), QStringLiteral("json")},
                env(), cache(QStringLiteral("snapshots")));
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray results = r.results();
        QCOMPARE(results.size(), api.value.size());
        const QJsonObject first = results.first().toObject();
        for (const char *key : {"id", "createdAt", "expiresAt", "status", "snapshotType", "frequencyType",
                                "storageSizeBytes", "mongodVersion", "policyItems", "type"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QLatin1String("id")).toString(), api.value.first().id);
        QCOMPARE(QDateTime::fromString(first.value(QLatin1String("createdAt")).toString(), Qt::ISODate),
                 api.value.first().createdAt);
        QCOMPARE(first.value(QLatin1String("storageSizeBytes")).toInteger(), api.value.first().storageSizeBytes);
        QCOMPARE(first.value(QLatin1String("status")).toString(), api.value.first().status.raw);

        // A flex cluster's snapshots from an empty cache (the sandbox answers the cluster API for a
        // Flex name as Atlas does, with CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API), and an M0 that has none.
        const Run flex =
            cli({QStringLiteral("snapshots"), QStringLiteral("list"), QStringLiteral("--project"), m_projectId,
                 QStringLiteral("--cluster"), m_flex, QStringLiteral("-o"), QStringLiteral("json")},
                env(), cache(QStringLiteral("flex-from-empty")));
        QVERIFY2(flex.code == 0, flex.err.constData());
        QVERIFY(!flex.results().isEmpty());
        QVERIFY(flex.results().first().toObject().contains(QLatin1String("scheduledTime")));
        const Run m0 = cli({QStringLiteral("snapshots"), QStringLiteral("list"), QStringLiteral("--project"),
                            m_projectId, QStringLiteral("--cluster"), m_m0},
                           env(), cache(QStringLiteral("snapshots")));
        QCOMPARE(m0.code, 1);
        QVERIFY2(m0.err.contains("M0") && m0.err.contains("mongodump"), m0.err.constData());
    }

    void offlineAfterSync()
    {
        const QString file = cache(QStringLiteral("offline"));
        const Run s = cli({QStringLiteral("sync"), QStringLiteral("-o"), QStringLiteral("json")}, env(), file);
        QVERIFY2(s.code == 0, s.err.constData());
        QVERIFY(s.json().value(QLatin1String("snapshotsWritten")).toInt() > 300);

        // No keys, no server: the cache alone.
        const Run p = cli({QStringLiteral("projects"), QStringLiteral("list"), QStringLiteral("--offline"),
                           QStringLiteral("-o"), QStringLiteral("json")},
                          env(false), file, false);
        QVERIFY2(p.code == 0, p.err.constData());
        QCOMPARE(p.results().size(), m_projectNames.size());
        QVERIFY2(p.err.contains("Offline") && p.err.contains("synced"), p.err.constData());

        const Run online =
            cli({QStringLiteral("snapshots"), QStringLiteral("list"), QStringLiteral("--project"), m_projectId,
                 QStringLiteral("--cluster"), m_cluster, QStringLiteral("-o"), QStringLiteral("json")},
                env(), cache(QStringLiteral("compare")));
        const Run off = cli({QStringLiteral("snapshots"), QStringLiteral("list"), QStringLiteral("--project"),
                             m_projectId, QStringLiteral("--cluster"), m_cluster, QStringLiteral("--offline"),
                             QStringLiteral("-o"), QStringLiteral("json")},
                            env(false), file, false);
        QVERIFY2(off.code == 0, off.err.constData());
        QCOMPARE(off.results(), online.results());

        const Run clusters = cli({QStringLiteral("clusters"), QStringLiteral("list"), QStringLiteral("--project"),
                                  m_projectId, QStringLiteral("--offline")},
                                 env(false), file, false);
        QVERIFY2(clusters.code == 0, clusters.err.constData());
        QVERIFY(clusters.out.contains(m_cluster.toUtf8()));
        // The health column asks domain::backupHealth over the cache's summary of each cluster.
        QVERIFY(clusters.out.startsWith("NAME") && clusters.out.split('\n').first().endsWith("HEALTH"));
        for (const QByteArray &line : clusters.out.split('\n')) {
            if (line.startsWith(m_m0.toUtf8() + ' '))
                QVERIFY2(line.endsWith("unprotected: no cloud backup (M0)"), line.constData());
        }
        const Run json = cli({QStringLiteral("clusters"), QStringLiteral("list"), QStringLiteral("--project"),
                              m_projectId, QStringLiteral("--offline"), QStringLiteral("-o"), QStringLiteral("json")},
                             env(false), file, false);
        QVERIFY2(json.code == 0, json.err.constData());
        for (const QJsonValue &v : json.results()) {
            const QString state = v[QLatin1String("health")][QLatin1String("state")].toString();
            if (v[QLatin1String("name")].toString() == m_m0) QCOMPARE(state, QStringLiteral("unprotected"));
            // Synced just now: every cluster's snapshots are known, none is "unknown".
            QVERIFY2(state != u"unknown", qPrintable(v[QLatin1String("name")].toString()));
        }
    }

    void offlineWithoutACacheFails()
    {
        const Run r = cli({QStringLiteral("projects"), QStringLiteral("list"), QStringLiteral("--offline")}, env(false),
                          cache(QStringLiteral("never-created")), false);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("no cache"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(cache(QStringLiteral("never-created"))));
    }

    void wrongKeyExits3()
    {
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY"), QStringLiteral("not-the-secret-123"));
        const Run r = cli({QStringLiteral("projects"), QStringLiteral("list")}, e, cache(QStringLiteral("wrongkey")));
        QCOMPARE(r.code, 3);
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY(!r.err.contains("not-the-secret-123"));
        QVERIFY(!r.out.contains("not-the-secret-123"));

        const Run none =
            cli({QStringLiteral("projects"), QStringLiteral("list")}, env(false), cache(QStringLiteral("nokey")));
        QCOMPARE(none.code, 3);
        QVERIFY2(none.err.contains("MONGODB_ATLAS_PUBLIC_API_KEY"), none.err.constData());
    }

    void unknownProjectExits4()
    {
        const Run r = cli({QStringLiteral("clusters"), QStringLiteral("list"), QStringLiteral("--project"),
                           QStringLiteral("0123456789abcdef01234567")},
                          env(), cache(QStringLiteral("unknown")));
        QCOMPARE(r.code, 4);
        QVERIFY(!r.err.trimmed().isEmpty());
        const Run c = cli({QStringLiteral("snapshots"), QStringLiteral("list"), QStringLiteral("--project"),
                           m_projectId, QStringLiteral("--cluster"), QStringLiteral("no-such-cluster")},
                          env(), cache(QStringLiteral("unknown")));
        QCOMPARE(c.code, 4);
        QVERIFY(c.err.contains("no-such-cluster"));
        const Run s =
            cli({QStringLiteral("sync"), QStringLiteral("--project"), QStringLiteral("0123456789abcdef01234567")},
                env(), cache(QStringLiteral("unknown")));
        QCOMPARE(s.code, 4);
    }

    void usageErrorsExit2()
    {
        QCOMPARE(cli({QStringLiteral("frobnicate")}, env(), cache(QStringLiteral("usage"))).code, 2);
        QCOMPARE(cli({QStringLiteral("clusters"), QStringLiteral("list")}, env(), cache(QStringLiteral("usage"))).code,
                 2);
        QCOMPARE(
            cli({QStringLiteral("projects"), QStringLiteral("list"), QStringLiteral("--output"), QStringLiteral("xml")},
                env(), cache(QStringLiteral("usage")))
                .code,
            2);
        QCOMPARE(cli({QStringLiteral("projects"), QStringLiteral("list"), QStringLiteral("--no-such-flag")}, env(),
                     cache(QStringLiteral("usage")))
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("projects"), QStringLiteral("list"), QStringLiteral("--profile"),
                      QStringLiteral("missing")},
                     env(false), cache(QStringLiteral("usage")))
                     .code,
                 2);
    }

    // restore: the options' shape is checked before anything runs (exit 2, in words).
    void restoreUsageErrorsExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("words");
        const QStringList base{QStringLiteral("restore"), QStringLiteral("validate"),  QStringLiteral("--project"),
                               QStringLiteral("p1"),      QStringLiteral("--cluster"), QStringLiteral("c1")};
        const auto with = [&](QStringList extra) { return base + extra; };
        QTest::newRow("no verb") << QStringList{"restore"} << "validate, start";
        QTest::newRow("unknown verb") << QStringList{"restore", "explode"} << "unknown command";
        QTest::newRow("no source") << with({"--target-cluster", "t"}) << "--snapshot ID";
        QTest::newRow("no --cluster") << QStringList{"restore", "validate", "--project", "p1", "--snapshot", "s"}
                                      << "--cluster NAME";
        QTest::newRow("no target") << with({"--snapshot", "s"}) << "--target-cluster";
        QTest::newRow("pit not a number") << with({"--pit", "yesterday", "--target-cluster", "t"}) << "--pit";
        QTest::newRow("oplog not TS:INC") << with({"--oplog", "1700000000", "--target-cluster", "t"}) << "TS:INC";
        QTest::newRow("bad type") << with({"--snapshot", "s", "--type", "copy", "--target-cluster", "t"}) << "--type";
        QTest::newRow("download with a target")
            << with({"--snapshot", "s", "--type", "download", "--target-cluster", "t"}) << "no target";
        QTest::newRow("strategy without namespaces")
            << with({"--snapshot", "s", "--target-cluster", "t", "--write-strategy", "CREATE_NEW"}) << "--namespaces";
        QTest::newRow("bad write strategy")
            << with({"--snapshot", "s", "--target-cluster", "t", "--namespaces", "shop", "--write-strategy", "MERGE"})
            << "--write-strategy";
        QTest::newRow("bad index strategy")
            << with({"--snapshot", "s", "--target-cluster", "t", "--namespaces", "shop", "--index-strategy", "SOME"})
            << "--index-strategy";
        QTest::newRow("rename of an unlisted namespace")
            << with({"--snapshot", "s", "--target-cluster", "t", "--namespaces", "shop", "--rename", "crm=crm2"})
            << "not in --namespaces";
        QTest::newRow("rename without =")
            << with({"--snapshot", "s", "--target-cluster", "t", "--namespaces", "shop", "--rename", "shop"})
            << "SRC=DST";
        QTest::newRow("namespaces with --type")
            << with({"--snapshot", "s", "--target-cluster", "t", "--namespaces", "shop", "--type", "automated"})
            << "--type";
        QTest::newRow("validate --confirm")
            << with({"--snapshot", "s", "--target-cluster", "t", "--confirm", "t"}) << "restore start";
        QTest::newRow("watch without --job")
            << QStringList{"restore", "watch", "--project", "p1", "--cluster", "c1"} << "--job ID";
        QTest::newRow("cancel without --cluster")
            << QStringList{"restore", "cancel", "--project", "p1", "--job", "j"} << "--cluster NAME";
        QTest::newRow("list without --project") << QStringList{"restore", "list", "--cluster", "c1"} << "--project";
    }

    void restoreUsageErrorsExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, words);
        const Run r = cli(args, env(), cache(QStringLiteral("restore-usage")));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(words.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(cache(QStringLiteral("restore-usage"))));  // nothing ran
    }

    void atlasCliProfile()
    {
        const auto admin = m_engine.adminCredentials();
        QDir().mkpath(m_dir.filePath(QStringLiteral("config/atlascli")));
        QFile f(m_dir.filePath(QStringLiteral("config/atlascli/config.toml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("# written by the test\n[other]\n  public_api_key = \"nope\"\n\n[sandbox]\n"
                               "  org_id = \"x\"\n  public_api_key = \"%1\"\n  private_api_key = '%2'\n"
                               "  ops_manager_url = \"%3\"\n  service = \"cloud\"\n")
                    .arg(admin.publicKey, admin.privateKey, m_engine.baseUrl().toString())
                    .toUtf8());
        f.close();
        const Run r = cli({QStringLiteral("projects"), QStringLiteral("list"), QStringLiteral("--profile"),
                           QStringLiteral("sandbox"), QStringLiteral("-o"), QStringLiteral("json")},
                          env(false), cache(QStringLiteral("profile")), false);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.results().size(), m_projectNames.size());
        f.remove();
    }

    // --- restore ---

    QStringList restoreArgs(const QString &verb, const QString &cluster, QStringList more) const
    {
        return QStringList{QStringLiteral("restore"),   verb,   QStringLiteral("--project"), m_projectId,
                           QStringLiteral("--cluster"), cluster} +
               more;
    }

    QString newestSnapshot(const QString &cluster, const QString &file)
    {
        const Run r =
            cli({QStringLiteral("snapshots"), QStringLiteral("list"), QStringLiteral("--project"), m_projectId,
                 QStringLiteral("--cluster"), cluster, QStringLiteral("-o"), QStringLiteral("json")},
                env(), file);
        for (const QJsonValue &v : r.results())
            if (v[QLatin1String("status")].toString().compare(u"completed", Qt::CaseInsensitive) == 0)
                return v[QLatin1String("id")].toString();
        return {};
    }

    // The sandbox's own view of a cluster's or a snapshot's data (/sandbox/v1, never called by Lifeboat).
    QString fingerprint(const QString &cluster, const QString &snapshotId = {}, const QDateTime &at = {})
    {
        return sandboxData(cluster, snapshotId, at).value(QLatin1String("fingerprint")).toString();
    }

    QJsonObject sandboxData(const QString &cluster, const QString &snapshotId = {}, const QDateTime &at = {})
    {
        QNetworkAccessManager nam;
        testutil::useApiKey(nam, m_engine.adminCredentials().publicKey, m_engine.adminCredentials().privateKey);
        QString path = QStringLiteral("/sandbox/v1/groups/%1/clusters/%2").arg(m_projectId, cluster);
        if (!snapshotId.isEmpty()) path += QStringLiteral("/backup/snapshots/") + snapshotId;
        path += QStringLiteral("/data");
        if (at.isValid()) path += QStringLiteral("?at=%1").arg(at.toSecsSinceEpoch());
        const testutil::Response r =
            testutil::send(nam, "GET", QUrl(m_engine.baseUrl().toString() + path), {{"Accept", "application/json"}});
        return r.status == 200 ? r.json() : QJsonObject();
    }

    int restoreJobCount(const QString &cluster)
    {
        Client client(options());
        const auto jobs = await<QList<RestoreJob>>([&](auto cb) { client.listRestoreJobs(m_projectId, cluster, cb); });
        return jobs.ok() ? int(jobs.value.size()) : -1;
    }

    // Runs the CLI while the sandbox's clock moves (`step` simulated seconds every 50 ms).
    Run cliWithClock(const QStringList &args, const QString &file, int step = 600)
    {
        QTimer clock;
        connect(&clock, &QTimer::timeout, this, [this, step] { m_engine.advanceBy(step); });
        clock.start(50);
        const Run r = cli(args, env(), file);
        clock.stop();
        return r;
    }

    QStringList takeArgs(const QString &cluster, const QString &description, int days) const
    {
        return {QStringLiteral("snapshots"),
                QStringLiteral("take"),
                QStringLiteral("--project"),
                m_projectId,
                QStringLiteral("--cluster"),
                cluster,
                QStringLiteral("--description"),
                description,
                QStringLiteral("--retention-days"),
                QString::number(days),
                QStringLiteral("-o"),
                QStringLiteral("json")};
    }

    void snapshotsTakeThenRefusedWhileRunning()
    {
        const QString file = cache(QStringLiteral("take"));
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--project"), m_projectId}, env(), file).code, 0);
        const Run r = cli(takeArgs(m_cluster, QStringLiteral("from the cli"), 2), env(), file);
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject s = r.json();
        QVERIFY(!s.value(QLatin1String("id")).toString().isEmpty());
        QCOMPARE(s.value(QLatin1String("snapshotType")).toString(), QStringLiteral("onDemand"));
        QCOMPARE(s.value(QLatin1String("status")).toString(), QStringLiteral("queued"));
        QCOMPARE(s.value(QLatin1String("description")).toString(), QStringLiteral("from the cli"));

        // The job wrote it to the cache: the offline list shows it.
        const Run off = cli({QStringLiteral("snapshots"), QStringLiteral("list"), QStringLiteral("--project"),
                             m_projectId, QStringLiteral("--cluster"), m_cluster, QStringLiteral("--offline"),
                             QStringLiteral("-o"), QStringLiteral("json")},
                            env(false), file, false);
        QVERIFY2(off.code == 0, off.err.constData());
        bool found = false;
        for (const QJsonValue &v : off.results())
            found = found || v[QLatin1String("id")] == s.value(QLatin1String("id"));
        QVERIFY(found);

        // Another while it is queued: refused by the rule, with the reason, exit 6.
        const Run again = cli(takeArgs(m_cluster, QStringLiteral("again"), 1), env(), file);
        QCOMPARE(again.code, 6);
        QVERIFY2(again.err.contains("onDemandRunning") &&
                     again.err.contains(s.value(QLatin1String("id")).toString().toUtf8()),
                 again.err.constData());
        QVERIFY(again.out.isEmpty());

        const Run m0 = cli(takeArgs(m_m0, QStringLiteral("free"), 1), env(), file);
        QCOMPARE(m0.code, 6);
        QVERIFY2(m0.err.contains("freeTier") && m0.err.contains("M0"), m0.err.constData());
        const Run flex = cli(takeArgs(m_flex, QStringLiteral("flex"), 1), env(), file);
        QCOMPARE(flex.code, 6);
        QVERIFY2(flex.err.contains("Flex"), flex.err.constData());
        const Run zero = cli(takeArgs(m_cluster, QStringLiteral("zero"), 0), env(), file);
        QCOMPARE(zero.code, 6);
        QVERIFY2(zero.err.contains("retentionTooShort"), zero.err.constData());
        QCOMPARE(cli(takeArgs(m_cluster, QStringLiteral("x"), 1).mid(0, 4), env(), file).code, 2);  // no --cluster
        m_engine.advanceBy(6 * 3600);  // let it finish for the tests after
    }

    void snapshotsTakeWatchFollowsToCompleted()
    {
        // The sandbox's clock moves while the CLI watches: ten simulated minutes every 100 ms.
        QTimer clock;
        connect(&clock, &QTimer::timeout, this, [this] { m_engine.advanceBy(600); });
        clock.start(100);
        QStringList args = takeArgs(m_cluster, QStringLiteral("watched"), 1);
        args << QStringLiteral("--watch") << QStringLiteral("--interval") << QStringLiteral("0.2");
        const Run r = cli(args, env(), cache(QStringLiteral("watch")));
        clock.stop();
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QVERIFY(r.json().value(QLatin1String("storageSizeBytes")).toInteger() > 0);
        QVERIFY2(r.err.contains(": queued") && r.err.contains(": completed"), r.err.constData());
        m_engine.advanceBy(2 * 86400);
    }

    // validate: every finding, as JSON; exit 0 allowed, 6 refused. Nothing is sent.
    void restoreValidate()
    {
        const QString file = cache(QStringLiteral("restore-validate"));
        const QString snap = newestSnapshot(m_cluster, file);
        QVERIFY(!snap.isEmpty());
        const int before = restoreJobCount(m_cluster);
        const Run ok = cli(restoreArgs(QStringLiteral("validate"), m_cluster,
                                       {"--snapshot", snap, "--target-cluster", m_target, "-o", "json"}),
                           env(), file);
        QVERIFY2(ok.code == 0, ok.err.constData());
        QCOMPARE(ok.json().value(QLatin1String("allowed")).toBool(), true);
        bool wiped = false;
        for (const QJsonValue &f : ok.json().value(QLatin1String("findings")).toArray()) {
            QVERIFY(f[QLatin1String("severity")].toString() != u"refuse");
            wiped = wiped || f[QLatin1String("code")].toString() == u"targetWiped";
        }
        QVERIFY2(wiped, ok.out.constData());  // the warning that the target's data goes

        const Run m0 = cli(restoreArgs(QStringLiteral("validate"), m_cluster,
                                       {"--snapshot", snap, "--target-cluster", m_m0, "-o", "json"}),
                           env(), file);
        QCOMPARE(m0.code, 6);
        QCOMPARE(m0.json().value(QLatin1String("allowed")).toBool(), false);
        bool refused = false;
        for (const QJsonValue &f : m0.json().value(QLatin1String("findings")).toArray()) {
            if (f[QLatin1String("severity")].toString() != u"refuse") continue;
            refused = true;
            QVERIFY(!f[QLatin1String("code")].toString().isEmpty());
            QVERIFY(!f[QLatin1String("message")].toString().isEmpty());
            QVERIFY(!f[QLatin1String("fix")].toString().isEmpty());
        }
        QVERIFY2(refused, m0.out.constData());
        // The plain form: one finding a line and the verdict.
        const Run text =
            cli(restoreArgs(QStringLiteral("validate"), m_cluster, {"--snapshot", snap, "--target-cluster", m_m0}),
                env(), file);
        QCOMPARE(text.code, 6);
        QVERIFY2(text.out.contains("refuse") && text.out.contains(m_m0.toUtf8()), text.out.constData());
        QCOMPARE(restoreJobCount(m_cluster), before);
    }

    // start: without --confirm, or with another name, nothing is sent (exit 6).
    void restoreStartNeedsTheTypedName()
    {
        const QString file = cache(QStringLiteral("restore-confirm"));
        const QString snap = newestSnapshot(m_cluster, file);
        const int before = restoreJobCount(m_cluster);
        const Run none =
            cli(restoreArgs(QStringLiteral("start"), m_cluster, {"--snapshot", snap, "--target-cluster", m_target}),
                env(), file);
        QCOMPARE(none.code, 6);
        QVERIFY2(none.err.contains("confirmMissing"), none.err.constData());
        const Run wrong = cli(restoreArgs(QStringLiteral("start"), m_cluster,
                                          {"--snapshot", snap, "--target-cluster", m_target, "--confirm", m_cluster}),
                              env(), file);
        QCOMPARE(wrong.code, 6);
        QVERIFY2(wrong.err.contains("confirmMismatch"), wrong.err.constData());
        // A refusal by the pre-flight: nothing is sent either.
        const Run m0 = cli(restoreArgs(QStringLiteral("start"), m_cluster,
                                       {"--snapshot", snap, "--target-cluster", m_m0, "--confirm", m_m0}),
                           env(), file);
        QCOMPARE(m0.code, 6);
        QVERIFY2(m0.err.contains("refused ("), m0.err.constData());
        QCOMPARE(restoreJobCount(m_cluster), before);
    }

    // start --watch to the end; the target then holds the snapshot's data.
    void restoreStartWatchToTheEnd()
    {
        const QString file = cache(QStringLiteral("restore-start"));
        const QString snap = newestSnapshot(m_cluster, file);
        const int before = restoreJobCount(m_cluster);
        const Run r = cliWithClock(restoreArgs(QStringLiteral("start"), m_cluster,
                                               {"--snapshot", snap, "--target-cluster", m_target, "--confirm", m_target,
                                                "--watch", "-o", "json"}),
                                   file);
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject job = r.json();
        QCOMPARE(job.value(QLatin1String("state")).toString(), QStringLiteral("finished"));
        QCOMPARE(job.value(QLatin1String("targetClusterName")).toString(), m_target);
        QVERIFY2(r.err.contains(": finished"), r.err.constData());
        QCOMPARE(restoreJobCount(m_cluster), before + 1);  // sent once
        const QDateTime finished =
            QDateTime::fromString(job.value(QLatin1String("finishedAt")).toString(), Qt::ISODate);
        QVERIFY(finished.isValid());
        const QString snapFp = fingerprint(m_cluster, snap);
        QVERIFY(!snapFp.isEmpty());
        QCOMPARE(fingerprint(m_target, {}, finished), snapFp);
        QVERIFY(fingerprint(m_target, {}, finished.addSecs(-1)) != snapFp);

        // list shows it, finished, with its target.
        const Run list = cli(restoreArgs(QStringLiteral("list"), m_cluster, {"-o", "json"}), env(), file);
        QVERIFY2(list.code == 0, list.err.constData());
        bool found = false;
        for (const QJsonValue &v : list.results())
            if (v[QLatin1String("id")] == job.value(QLatin1String("id"))) {
                found = true;
                QCOMPARE(v[QLatin1String("state")].toString(), QStringLiteral("finished"));
                QCOMPARE(v[QLatin1String("kind")].toString(), QStringLiteral("automated"));
                QCOMPARE(v[QLatin1String("snapshotId")].toString(), snap);
            }
        QVERIFY2(found, list.out.constData());
    }

    // download: the one-time link is printed (a real .tar.gz), never needs --confirm.
    void restoreDownload()
    {
        const QString file = cache(QStringLiteral("restore-download"));
        const QString snap = newestSnapshot(m_cluster, file);
        const Run r = cliWithClock(restoreArgs(QStringLiteral("start"), m_cluster,
                                               {"--snapshot", snap, "--type", "download", "--watch", "-o", "json"}),
                                   file, 30);  // slowly: the link lives one simulated hour
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray urls = r.json().value(QLatin1String("deliveryUrl")).toArray();
        QVERIFY2(!urls.isEmpty(), r.out.constData());
        QNetworkAccessManager nam;
        const testutil::Response tar = testutil::send(nam, "GET", QUrl(urls.first().toString()));
        QCOMPARE(tar.status, 200);
        QVERIFY(tar.body.startsWith("\x1f\x8b"));  // gzip
        // The link is in no cache file.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(QUrl(urls.first().toString()).path().toUtf8()));
    }

    // cancel: the job is cancelled; watching it then ends with exit 7.
    void restoreCancelThenWatchExits7()
    {
        const QString file = cache(QStringLiteral("restore-cancel"));
        const QString snap = newestSnapshot(m_cluster, file);
        const Run started = cli(restoreArgs(QStringLiteral("start"), m_cluster,
                                            {"--snapshot", snap, "--target-cluster", m_target, "--confirm", m_target}),
                                env(), file);
        QVERIFY2(started.code == 0, started.err.constData());
        const QString id = QString::fromUtf8(started.out).trimmed();
        QVERIFY(!id.isEmpty());
        // Another cache: the job is found by its id after a sync, as from another machine.
        const QString other = cache(QStringLiteral("restore-cancel-other"));
        const Run cancelled =
            cli(restoreArgs(QStringLiteral("cancel"), m_cluster, {"--job", id, "-o", "json"}), env(), other);
        QVERIFY2(cancelled.code == 0, cancelled.err.constData());
        QCOMPARE(cancelled.json().value(QLatin1String("state")).toString(), QStringLiteral("cancelled"));
        const Run watched = cli(restoreArgs(QStringLiteral("watch"), m_cluster, {"--job", id}), env(), file);
        QCOMPARE(watched.code, 7);
        QVERIFY2(watched.out.contains("cancelled"), watched.out.constData());
        const Run unknown =
            cli(restoreArgs(QStringLiteral("watch"), m_cluster, {"--job", "5f0000000000000000000000"}), env(), file);
        QCOMPARE(unknown.code, 4);
    }

    // A collection restore of one collection, followed from a cache that never saw it (found
    // through the collection restore API); the renamed collection holds the snapshot's documents.
    void restoreCollectionWatchedElsewhere()
    {
        const QString file = cache(QStringLiteral("restore-collection"));
        const QString snap = newestSnapshot(m_cluster, file);
        const QJsonArray namespaces = sandboxData(m_cluster, snap).value(QLatin1String("namespaces")).toArray();
        QVERIFY(!namespaces.isEmpty());
        const QJsonObject ns = namespaces.first().toObject();
        const QString db = ns.value(QLatin1String("database")).toString();
        const QString coll = ns.value(QLatin1String("collection")).toString();
        const Run started = cli(restoreArgs(QStringLiteral("start"), m_cluster,
                                            {"--snapshot", snap, "--target-cluster", m_target, "--namespaces",
                                             db + u'.' + coll, "--collection-suffix", "_cli"}),
                                env(), file);
        QVERIFY2(started.code == 0, started.err.constData());  // CREATE_NEW replaces nothing: no --confirm
        const QString id = QString::fromUtf8(started.out).trimmed();
        const Run r = cliWithClock(restoreArgs(QStringLiteral("watch"), m_cluster, {"--job", id, "-o", "json"}),
                                   cache(QStringLiteral("restore-collection-other")));
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("family")).toString(), QStringLiteral("collection"));
        QCOMPARE(r.json().value(QLatin1String("state")).toString(), QStringLiteral("finished"));
        const QDateTime finished =
            QDateTime::fromString(r.json().value(QLatin1String("finishedAt")).toString(), Qt::ISODate);
        QVERIFY(finished.isValid());
        bool found = false;
        for (const QJsonValue &v : sandboxData(m_target, {}, finished).value(QLatin1String("namespaces")).toArray())
            if (v[QLatin1String("database")].toString() == db &&
                v[QLatin1String("collection")].toString() == coll + QStringLiteral("_cli")) {
                found = true;
                QCOMPARE(v[QLatin1String("fingerprint")].toString(), ns.value(QLatin1String("fingerprint")).toString());
            }
        QVERIFY2(found, "the restored collection is not on the target under its new name");
    }

    // A restore the server lets fail: exit 7, in Atlas's state.
    void restoreFailedExits7()
    {
        const QString file = cache(QStringLiteral("restore-fail"));
        const QString snap = newestSnapshot(m_cluster, file);
        sandbox::Fault fault;
        fault.kind = sandbox::Fault::Kind::RestoreFail;
        fault.pathContains = QStringLiteral("/restoreJobs");
        m_engine.addFault(fault);
        const Run r = cliWithClock(restoreArgs(QStringLiteral("start"), m_cluster,
                                               {"--snapshot", snap, "--target-cluster", m_target, "--confirm", m_target,
                                                "--watch", "-o", "json"}),
                                   file);
        m_engine.clearFaults();
        QCOMPARE(r.code, 7);
        QCOMPARE(r.json().value(QLatin1String("state")).toString(), QStringLiteral("failed"));
    }

    // Flex: the same commands restore a Flex snapshot onto a cluster.
    void restoreFlexToItsEnd()
    {
        const QString file = cache(QStringLiteral("restore-flex"));
        const QString snap = newestSnapshot(m_flex, file);
        QVERIFY(!snap.isEmpty());
        const Run r = cliWithClock(restoreArgs(QStringLiteral("start"), m_flex,
                                               {"--snapshot", snap, "--target-cluster", m_target, "--confirm", m_target,
                                                "--watch", "-o", "json"}),
                                   file);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("family")).toString(), QStringLiteral("flex"));
        QCOMPARE(r.json().value(QLatin1String("state")).toString(), QStringLiteral("finished"));
        // No cancel for Flex in the contract: refused in words, nothing sent.
        const Run cancel = cli(
            restoreArgs(QStringLiteral("cancel"), m_flex, {"--job", r.json().value(QLatin1String("id")).toString()}),
            env(), file);
        QCOMPARE(cancel.code, 6);
        QVERIFY2(cancel.err.contains("cancelUnsupported"), cancel.err.constData());
    }

    // A full disk is a disk problem (exit 8, in words), not "server unreachable".
    void diskFullExits8()
    {
        const Run r = cli({QStringLiteral("sync")}, env(), cache(QStringLiteral("full")), true, [] {
            signal(SIGXFSZ, SIG_IGN);  // a write past the limit fails instead of killing the process
            rlimit limit{300 * 1024, 300 * 1024};
            setrlimit(RLIMIT_FSIZE, &limit);
        });
        QCOMPARE(r.code, 8);
        QVERIFY2(r.err.contains("local cache"), r.err.constData());
        QVERIFY2(r.err.contains("disk is full") || r.err.contains("cannot be written"), r.err.constData());
        QVERIFY2(!r.err.contains("reached"), r.err.constData());
    }

    void deadServerExits5()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        const Run r = cli({QStringLiteral("projects"), QStringLiteral("list"), QStringLiteral("--base-url"), url},
                          env(), cache(QStringLiteral("dead")), false);
        QCOMPARE(r.code, 5);
        QVERIFY(!r.err.trimmed().isEmpty());
    }
    QStringList policyArgs(const QString &verb, const QString &cluster, QStringList more = {}) const
    {
        return QStringList{QStringLiteral("policy"),    verb,   QStringLiteral("--project"), m_projectId,
                           QStringLiteral("--cluster"), cluster} +
               more;
    }
    QString writeJson(const QString &name, const QJsonObject &o) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) return {};
        f.write(QJsonDocument(o).toJson());
        return path;
    }

    // policy show prints Atlas's body; validate checks every rule and sends nothing.
    void policyShowAndValidate()
    {
        const QString file = cache(QStringLiteral("policy-validate"));
        const Run show = cli(policyArgs(QStringLiteral("show"), m_target, {"-o", "json"}), env(), file);
        QVERIFY2(show.code == 0, show.err.constData());
        const QJsonObject body = show.json();
        QCOMPARE(body.value(QLatin1String("clusterName")).toString(), m_target);
        QJsonArray items = body.value("policies").toArray().first().toObject().value("policyItems").toArray();
        QVERIFY(items.size() >= 2);
        const QString firstId = items.first().toObject().value("id").toString();
        QVERIFY(!firstId.isEmpty());

        // The most frequent item keeping 500 weeks, more than every less frequent one: refused
        // (6), nothing sent.
        QJsonObject bad = body;
        QJsonArray badItems = items;
        QJsonObject first = badItems.first().toObject();
        first.insert("retentionUnit", "weeks");
        first.insert("retentionValue", 500);
        badItems.replace(0, first);
        QJsonObject pol = bad.value("policies").toArray().first().toObject();
        pol.insert("policyItems", badItems);
        bad.insert("policies", QJsonArray{pol});
        const Run refused =
            cli(policyArgs(QStringLiteral("validate"), m_target, {"--file", writeJson("bad.json", bad), "-o", "json"}),
                env(), file);
        QVERIFY2(refused.code == 6, refused.out.constData());
        QCOMPARE(refused.json().value("allowed").toBool(), false);
        QStringList codes;
        for (const QJsonValue &f : refused.json().value("findings").toArray()) codes << f["code"].toString();
        QVERIFY2(codes.contains(QStringLiteral("retentionOrder")), qPrintable(codes.join(u',')));
        // Only the edited item differs: a file of just the policies is laid over the rest.
        QJsonObject only{{"policies", bad.value("policies")}};
        const Run diff = cli(
            policyArgs(QStringLiteral("validate"), m_target, {"--file", writeJson("only.json", only), "-o", "json"}),
            env(), file);
        QCOMPARE(diff.code, 6);
        const QJsonArray changed = diff.json().value("changes").toObject().value("diff").toArray();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first()["field"].toString(), QStringLiteral("items/") + firstId);
        // apply of a refused edit sends nothing either.
        const Run apply =
            cli(policyArgs(QStringLiteral("apply"), m_target, {"--file", writeJson("bad2.json", bad), "--yes"}), env(),
                file);
        QCOMPARE(apply.code, 6);
        const Run again = cli(policyArgs(QStringLiteral("show"), m_target, {"-o", "json"}), env(), file);
        QCOMPARE(again.json().value("policies"), body.value("policies"));
        // The schedule unchanged is allowed; a file that is not a schedule is a usage error.
        const Run same = cli(policyArgs(QStringLiteral("validate"), m_target, {"--file", writeJson("same.json", body)}),
                             env(), file);
        QVERIFY2(same.code == 0, same.out.constData());
        const Run junk = cli(policyArgs(QStringLiteral("validate"), m_target,
                                        {"--file", writeJson("junk.json", QJsonObject{{"policies", 3}})}),
                             env(), file);
        QCOMPARE(junk.code, 2);
    }
    // policy apply --yes changes the schedule once, ids kept; snapshots expire and delete.
    void policyApplyAndSnapshotActions()
    {
        const QString file = cache(QStringLiteral("policy-apply"));
        const QJsonObject body = cli(policyArgs(QStringLiteral("show"), m_target, {"-o", "json"}), env(), file).json();
        QJsonObject pol = body.value("policies").toArray().first().toObject();
        QJsonArray items = pol.value("policyItems").toArray();
        const QString firstId = items.first().toObject().value("id").toString();
        QJsonObject longer = items.first().toObject();
        longer.insert("retentionValue", longer.value("retentionValue").toInt() + 1);
        items.replace(0, longer);
        pol.insert("policyItems", items);
        const QString edit = writeJson("apply.json", QJsonObject{{"policies", QJsonArray{pol}}});
        const Run noYes = cli(policyArgs(QStringLiteral("apply"), m_target, {"--file", edit}), env(), file);
        QCOMPARE(noYes.code, 2);  // nothing sent without --yes
        const Run apply =
            cli(policyArgs(QStringLiteral("apply"), m_target, {"--file", edit, "--yes", "-o", "json"}), env(), file);
        QVERIFY2(apply.code == 0, apply.err.constData());
        QCOMPARE(apply.json().value("asAsked").toBool(), true);
        const QJsonArray now = cli(policyArgs(QStringLiteral("show"), m_target, {"-o", "json"}), env(), file)
                                   .json()
                                   .value("policies")
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value("policyItems")
                                   .toArray();
        QCOMPARE(now.first().toObject().value("id").toString(), firstId);
        QCOMPARE(now.first().toObject().value("retentionValue").toInt(), longer.value("retentionValue").toInt());

        const QString snap = newestSnapshot(m_target, file);
        QVERIFY(!snap.isEmpty());
        const QStringList base{QStringLiteral("--project"),  m_projectId, QStringLiteral("--cluster"), m_target,
                               QStringLiteral("--snapshot"), snap};
        const Run expire =
            cli(QStringList{"snapshots", "expire"} + base + QStringList{"--retention", "40", "days", "-o", "json"},
                env(), file);
        QVERIFY2(expire.code == 0, expire.err.constData());
        QVERIFY(!expire.json().value("expiresAt").toString().isEmpty());
        const Run badUnit = cli(
            QStringList{"snapshots", "expire"} + base + QStringList{"--retention", "40", "fortnights"}, env(), file);
        QCOMPARE(badUnit.code, 2);
        const Run unconfirmed = cli(QStringList{"snapshots", "delete"} + base, env(), file);
        QCOMPARE(unconfirmed.code, 6);
        QVERIFY(newestSnapshot(m_target, file) == snap);
        const Run del = cli(QStringList{"snapshots", "delete"} + base + QStringList{"--confirm", snap}, env(), file);
        QVERIFY2(del.code == 0, del.err.constData());
        QVERIFY(newestSnapshot(m_target, file) != snap);
    }

    // compliance show|validate|apply|disable against the demo's payments-prod (a policy, three
    // clusters): show prints Atlas's body, a lowered item is refused (6) with its code, apply needs
    // the project's name typed and sends nothing otherwise, disable is refused in a project with
    // clusters; a project without a policy shows exit 4.
    void complianceCommands()
    {
        const QString file = cache(QStringLiteral("compliance"));
        Client client(options());
        const auto projects = await<QList<Project>>([&](auto cb) { client.listProjects(cb); });
        QVERIFY(projects.ok());
        QString prod;
        for (const Project &p : projects.value)
            if (p.name == u"payments-prod") prod = p.id;
        QVERIFY(!prod.isEmpty());
        auto args = [&](const char *verb, QStringList more = {}) {
            return QStringList{QStringLiteral("compliance"), QLatin1String(verb), QStringLiteral("--project"), prod} +
                   more;
        };
        auto codesOf = [](const Run &r) {
            QStringList codes;
            for (const QJsonValue &f : r.json().value("findings").toArray()) codes << f["code"].toString();
            return codes;
        };

        const Run show = cli(args("show", {"-o", "json"}), env(), file);
        QVERIFY2(show.code == 0, show.err.constData());
        const QJsonObject body = show.json();
        QCOMPARE(body.value("projectId").toString(), prod);
        QCOMPARE(body.value("state").toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(body.value("authorizedUserFirstName").toString(), QStringLiteral("Ada"));
        const QJsonArray items = body.value("scheduledPolicyItems").toArray();
        QCOMPARE(items.size(), 4);
        QVERIFY(!items.first().toObject().value("id").toString().isEmpty());
        const Run text = cli(args("show"), env(), file);
        QVERIFY2(text.code == 0, text.err.constData());
        QVERIFY2(text.out.contains("ACTIVE") && text.out.contains("backup-owner@northwind.example"),
                 text.out.constData());
        const Run none =
            cli({"compliance", "show", "--project", m_projectId}, env(), file);  // payments-staging: no policy
        QCOMPARE(none.code, 4);

        // The daily item lowered: refused, with its code, nothing sent.
        QJsonArray lowered = items;
        for (qsizetype i = 0; i < lowered.size(); ++i)
            if (lowered[i].toObject().value("frequencyType").toString() == u"daily") {
                QJsonObject d = lowered[i].toObject();
                d.insert("retentionValue", 3);
                lowered.replace(i, d);
            }
        const QString low = writeJson("compliance-low.json", QJsonObject{{"scheduledPolicyItems", lowered}});
        const Run refused = cli(args("validate", {"--file", low, "-o", "json"}), env(), file);
        QVERIFY2(refused.code == 6, refused.out.constData());
        QCOMPARE(refused.json().value("allowed").toBool(), false);
        QVERIFY2(codesOf(refused).contains(QStringLiteral("retentionLowered")),
                 qPrintable(codesOf(refused).join(u',')));
        QVERIFY(refused.json().value("changes").toObject().value("raises").isArray());
        const QJsonArray policyChanges = refused.json().value("changes").toObject().value("policy").toArray();
        QCOMPARE(policyChanges.size(), 1);
        QCOMPARE(policyChanges.first().toObject().value("field").toString(), QStringLiteral("items/daily"));
        const Run refusedApply = cli(args("apply", {"--file", low, "--confirm", "payments-prod"}), env(), file);
        QCOMPARE(refusedApply.code, 6);
        QVERIFY2(refusedApply.out.contains("nothing was sent"), refusedApply.out.constData());
        // The policy as it is: allowed.
        const Run same =
            cli(args("validate", {"--file", writeJson("compliance-same.json", body), "-o", "json"}), env(), file);
        QVERIFY2(same.code == 0, same.out.constData());
        QCOMPARE(same.json().value("allowed").toBool(), true);
        QVERIFY(same.json().value("changes").toObject().value("policy").toArray().isEmpty());
        // Not a policy: a usage error.
        const Run junk =
            cli(args("validate", {"--file", writeJson("compliance-junk.json", QJsonObject{{"authorizedEmail", 3}})}),
                env(), file);
        QCOMPARE(junk.code, 2);

        // A new representative's first name: without the name typed, or typed wrong, nothing is sent.
        const QString edit = writeJson("compliance-edit.json", QJsonObject{{"authorizedUserFirstName", "Grace"}});
        const Run unconfirmed = cli(args("apply", {"--file", edit}), env(), file);
        QCOMPARE(unconfirmed.code, 6);
        QVERIFY2(unconfirmed.err.contains("projectNameMismatch"), unconfirmed.err.constData());
        const Run wrong = cli(args("apply", {"--file", edit, "--confirm", "payments-pro"}), env(), file);
        QCOMPARE(wrong.code, 6);
        QCOMPARE(cli(args("show", {"-o", "json"}), env(), file).json().value("authorizedUserFirstName").toString(),
                 QStringLiteral("Ada"));
        const Run apply = cli(args("apply", {"--file", edit, "--confirm", "payments-prod", "-o", "json"}), env(), file);
        QVERIFY2(apply.code == 0, apply.err.constData());
        QCOMPARE(apply.json().value("authorizedUserFirstName").toString(), QStringLiteral("Grace"));
        QCOMPARE(apply.json().value("state").toString(), QStringLiteral("UPDATING"));
        QCOMPARE(apply.json().value("asAsked").toBool(), true);
        QCOMPARE(apply.json().value("scheduledPolicyItems").toArray().size(), 4);
        // Disable right after the edit: refused (6, the reason printed) while Atlas still updates the policy.
        // Disable: refused in a project with clusters (6, the reason printed), typed or not.
        const Run disable = cli(args("disable", {"--confirm", "payments-prod", "-o", "json"}), env(), file);
        QCOMPARE(disable.code, 6);
        QVERIFY2(codesOf(disable).contains(QStringLiteral("pendingAction")), disable.out.constData());
        QVERIFY2(disable.err.contains("pendingAction"), disable.err.constData());
        const Run disableUntyped = cli(args("disable"), env(), file);
        QCOMPARE(disableUntyped.code, 6);
        QCOMPARE(cli(args("show", {"-o", "json"}), env(), file).json().value("state").toString(),
                 QStringLiteral("UPDATING"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
