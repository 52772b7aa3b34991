// The sandbox's API answers as Atlas does, over real HTTP: Flex clusters on the wrong
// API, connection strings with every member, ids that repeat for a scenario and seed.
#include "engine/clock.h"
#include "engine/engine.h"
#include "engine/scenario.h"
#include "engine/simulator.h"
#include "engine/state.h"
#include "httptestutil.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace testutil;

namespace {

// One engine on the demo scenario with its owner key.
struct Sandbox {
    sandbox::Engine engine;
    QNetworkAccessManager nam;

    bool start(const QString &dataDir = QString(), quint64 seed = 1)
    {
        sandbox::EngineOptions o;
        o.speed = 0;
        o.dataDir = dataDir;
        o.seed = seed;
        QString error;
        if (!engine.start(o, &error)) {
            qWarning() << error;
            return false;
        }
        useApiKey(nam, engine.adminCredentials().publicKey, engine.adminCredentials().privateKey);
        return true;
    }
    Response get(const QString &path, const char *version = "2023-01-01")
    {
        return send(nam, "GET", QUrl(engine.baseUrl().toString() + path), {{"Accept", accept(version)}});
    }
    QString projectId(const QString &name)
    {
        for (const auto &p : get(QStringLiteral("/api/atlas/v2/groups")).json().value("results").toArray())
            if (p.toObject().value("name").toString() == name) return p.toObject().value("id").toString();
        return {};
    }
    // Every id the estate lists: projects, clusters, snapshots, events.
    QStringList listedIds()
    {
        QStringList ids;
        for (const auto &p : get(QStringLiteral("/api/atlas/v2/groups")).json().value("results").toArray()) {
            const QString gp = QStringLiteral("/api/atlas/v2/groups/") + p.toObject().value("id").toString();
            ids << p.toObject().value("id").toString();
            for (const auto &e : get(gp + QStringLiteral("/events?itemsPerPage=500")).json().value("results").toArray())
                ids << e.toObject().value("id").toString() + u'@' + e.toObject().value("created").toString();
            for (const auto &c :
                 get(gp + QStringLiteral("/clusters"), "2024-08-05").json().value("results").toArray()) {
                const QString name = c.toObject().value("name").toString();
                ids << c.toObject().value("id").toString() + u' ' + name;
                const Response snaps =
                    get(gp + QStringLiteral("/clusters/%1/backup/snapshots?itemsPerPage=500").arg(name));
                for (const auto &s : snaps.json().value("results").toArray())
                    ids << s.toObject().value("id").toString() + u'@' + s.toObject().value("createdAt").toString();
            }
        }
        return ids;
    }
};

}  // namespace

class SandboxApiTest : public QObject {
    Q_OBJECT

    Sandbox sbx;
    QString staging;  // payments-staging: a Flex cluster, a dedicated one and an M0

private slots:
    void initTestCase()
    {
        QVERIFY(sbx.start());
        staging = sbx.projectId(QStringLiteral("payments-staging"));
        QVERIFY(!staging.isEmpty());
    }

    void flexClusterOnTheClusterApiIs400()
    {
        const QString c = QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-prototype").arg(staging);
        const QList<QPair<QString, const char *>> routes = {
            {QString(), "2024-08-05"},
            {QStringLiteral("/backup/snapshots"), "2023-01-01"},
            {QStringLiteral("/backup/snapshots/shardedClusters"), "2023-01-01"},
            {QStringLiteral("/backup/snapshots/0123456789abcdef01234567"), "2023-01-01"},
            {QStringLiteral("/backup/snapshots/shardedCluster/0123456789abcdef01234567"), "2023-01-01"},
            {QStringLiteral("/backup/schedule"), "2024-08-05"},
            {QStringLiteral("/backup/restoreJobs"), "2023-01-01"},
            {QStringLiteral("/backup/exports"), "2023-01-01"},
            {QStringLiteral("/onlineArchives"), "2023-01-01"},
        };
        for (const auto &[suffix, version] : routes) {
            const Response r = sbx.get(c + suffix, version);
            QVERIFY2(r.status == 400, qPrintable(suffix + QString::fromUtf8(r.body)));
            QCOMPARE(r.json().value("errorCode").toString(), QStringLiteral("CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API"));
            QCOMPARE(r.json().value("detail").toString(),
                     QStringLiteral("Flex cluster payments-prototype cannot be used in the Cluster API."));
            QCOMPARE(r.json().value("error").toInt(), 400);
            QCOMPARE(r.json().value("reason").toString(), QStringLiteral("Bad Request"));
        }
    }

    void dedicatedOrFreeClusterOnTheFlexApiIs400()
    {
        for (const QString name : {QStringLiteral("payments-staging"), QStringLiteral("sandbox-free")}) {
            const QString f = QStringLiteral("/api/atlas/v2/groups/%1/flexClusters/%2").arg(staging, name);
            for (const QString suffix :
                 {QString(), QStringLiteral("/backup/snapshots"), QStringLiteral("/backup/restoreJobs"),
                  QStringLiteral("/backup/snapshots/0123456789abcdef01234567")}) {
                const Response r = sbx.get(f + suffix, "2024-11-13");
                QVERIFY2(r.status == 400, qPrintable(name + suffix + QString::fromUtf8(r.body)));
                QCOMPARE(r.json().value("errorCode").toString(),
                         QStringLiteral("CANNOT_USE_NON_FLEX_CLUSTER_IN_FLEX_API"));
                QCOMPARE(r.json().value("detail").toString(),
                         QStringLiteral("Cluster %1 cannot be used in the Flex API.").arg(name));
            }
        }
    }

    void unknownNamesStay404OnBothApis()
    {
        const QString g = QStringLiteral("/api/atlas/v2/groups/%1").arg(staging);
        QCOMPARE(sbx.get(g + QStringLiteral("/clusters/nope"), "2024-08-05").json().value("errorCode").toString(),
                 QStringLiteral("CLUSTER_NOT_FOUND"));
        QCOMPARE(sbx.get(g + QStringLiteral("/flexClusters/nope/backup/snapshots"), "2024-11-13").status, 404);
        // The right API still answers.
        QCOMPARE(sbx.get(g + QStringLiteral("/flexClusters/payments-prototype"), "2024-11-13").status, 200);
        QCOMPARE(sbx.get(g + QStringLiteral("/clusters/payments-staging"), "2024-08-05").status, 200);
    }

    void connectionStringsListEveryMember()
    {
        const QString prod = sbx.projectId(QStringLiteral("payments-prod"));
        const QJsonObject rs =
            sbx.get(QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-main").arg(prod), "2024-08-05").json();
        const QString id = rs.value("id").toString().right(5);
        const QString standard = rs.value("connectionStrings").toObject().value("standard").toString();
        const QString hosts =
            QStringLiteral(
                "payments-main-shard-00-00.%1.mongodb.net:27017,payments-main-shard-00-01.%1.mongodb.net:27017,"
                "payments-main-shard-00-02.%1.mongodb.net:27017")
                .arg(id);
        QVERIFY2(standard.startsWith(QStringLiteral("mongodb://") + hosts +
                                     QStringLiteral("/?ssl=true&authSource=admin&replicaSet=atlas-")),
                 qPrintable(standard));
        QVERIFY2(standard.endsWith(QStringLiteral("-shard-0")), qPrintable(standard));
        QCOMPARE(rs.value("connectionStrings").toObject().value("standardSrv").toString(),
                 QStringLiteral("mongodb+srv://payments-main.%1.mongodb.net").arg(id));
        // The replica set named in the string is the one its snapshots name.
        const QString rsName = standard.section(QStringLiteral("replicaSet="), 1);
        const auto snaps =
            sbx.get(QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-main/backup/snapshots").arg(prod))
                .json()
                .value("results")
                .toArray();
        QVERIFY(!snaps.isEmpty());
        QCOMPARE(snaps.first().toObject().value("replicaSetName").toString(), rsName);

        // Sharded: the mongos routers, no replicaSet option.
        const QJsonObject sh =
            sbx.get(QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-events").arg(prod), "2024-08-05").json();
        const QString shId = sh.value("id").toString().right(5);
        QCOMPARE(
            sh.value("connectionStrings").toObject().value("standard").toString(),
            QStringLiteral(
                "mongodb://"
                "payments-events-shard-00-00.%1.mongodb.net:27016,payments-events-shard-00-01.%1.mongodb.net:27016,"
                "payments-events-shard-00-02.%1.mongodb.net:27016/?ssl=true&authSource=admin")
                .arg(shId));
        // The legacy shape carries the hosts in mongoURI as well.
        const QJsonObject legacy =
            sbx.get(QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-main").arg(prod), "2023-01-01").json();
        QCOMPARE(legacy.value("mongoURI").toString(), QStringLiteral("mongodb://") + hosts);
    }

    void encryptedClustersSnapshotsCarryTheirKey()
    {
        QSet<QString> keys;
        const QList<QPair<QString, QString>> clusters = {
            {QStringLiteral("payments-prod"), QStringLiteral("payments-main")},     // AWS
            {QStringLiteral("analytics"), QStringLiteral("analytics-warehouse")},   // AZURE
            {QStringLiteral("payments-prod"), QStringLiteral("payments-ledger")}};  // none
        for (const auto &[project, cluster] : clusters) {
            const QString gp =
                QStringLiteral("/api/atlas/v2/groups/%1/clusters/%2").arg(sbx.projectId(project), cluster);
            const QString provider = sbx.get(gp, "2024-08-05").json().value("encryptionAtRestProvider").toString();
            const auto snaps =
                sbx.get(gp + QStringLiteral("/backup/snapshots?itemsPerPage=500")).json().value("results").toArray();
            QVERIFY(snaps.size() > 10);
            QSet<QString> seen;
            for (const auto &v : snaps) seen.insert(v.toObject().value("masterKeyUUID").toString());
            QCOMPARE(seen.size(), 1);  // one key per cluster, on every snapshot
            const QString key = *seen.begin();
            if (provider == u"NONE") {
                QVERIFY(key.isEmpty());
            } else {
                QVERIFY2(!QUuid::fromString(key).isNull(), qPrintable(cluster + u' ' + key));
                keys.insert(key);
            }
        }
        QCOMPARE(keys.size(), 2);
    }

    void sameScenarioAndSeedGiveTheSameIds()
    {
        // Both runs must start within one minute (the clock starts on a whole minute).
        while (QDateTime::currentDateTimeUtc().time().second() > 50) QTest::qWait(500);
        QTemporaryDir a, b, c;
        Sandbox one, two, other;
        QVERIFY(one.start(a.path(), 7));
        QVERIFY(two.start(b.path(), 7));
        QVERIFY(other.start(c.path(), 8));
        QCOMPARE(one.engine.now(), two.engine.now());
        const QStringList first = one.listedIds(), second = two.listedIds();
        QVERIFY(first.size() > 100);
        QCOMPARE(first, second);
        // Ids look like Atlas ObjectIds and do not carry the wall-clock start.
        const QString project = first.first();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$")).match(project).hasMatch());
        QVERIFY(project.left(8).toLongLong(nullptr, 16) < QDateTime::currentSecsSinceEpoch() - 86400LL * 365);
        // Another seed gives other ids for the same estate.
        const QStringList third = other.listedIds();
        QCOMPARE(third.size() > 100, true);
        QVERIFY(third.first() != project);
    }

    void idsAndTimesDoNotDependOnTheDayARunStarts()
    {
        // Two starts on other days and at other times: everything the scenario lists has the
        // same id and the same time relative to the start. (The history generated from the
        // schedules follows the UTC calendar, as Atlas does, so it agrees only for runs
        // started at the same minute: see sameScenarioAndSeedGiveTheSameIds.)
        auto load = [](const QDateTime &start, QHash<QString, qint64> *out) {
            sandbox::State state;
            sandbox::Simulator sim(state);
            state.setMeta(QStringLiteral("seed"), QStringLiteral("3"));
            QString error;
            if (!sandbox::loadScenario(sandbox::demoScenario(), start, state, sim, &error)) return error;
            for (const auto kind :
                 {sandbox::Kind::Org, sandbox::Kind::Project, sandbox::Kind::Cluster, sandbox::Kind::FlexCluster,
                  sandbox::Kind::ExportBucket, sandbox::Kind::OnlineArchive})
                for (const sandbox::Record *r : state.all(kind))
                    out->insert(r->id, start.secsTo(sandbox::parseIsoTime(QString::fromLatin1(r->sortKey))));
            return QString();
        };
        QHash<QString, qint64> a, b;
        QCOMPARE(load(QDateTime(QDate(2026, 3, 2), QTime(9, 41), Qt::UTC), &a), QString());
        QCOMPARE(load(QDateTime(QDate(2026, 8, 19), QTime(23, 7), Qt::UTC), &b), QString());
        QVERIFY(a.size() > 15);
        QCOMPARE(a, b);
    }
};

QTEST_GUILESS_MAIN(SandboxApiTest)
#include "tst_sandbox_api.moc"
