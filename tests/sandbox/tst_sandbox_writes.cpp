// The write side over real HTTP: the on-demand snapshot route, its body checked against
// the contract, the role it needs, its life with the clock, and its state across a restart.
#include "engine/engine.h"
#include "httptestutil.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace testutil;

namespace {

const char *const kScenario = R"({
  "historyDays": 3,
  "organizations": [{"name": "acme", "projects": [
    {"name": "prod", "clusters": [
      {"name": "big", "tier": "M80", "mongoDBVersion": "8.0.4", "encryptionAtRestProvider": "AZURE"},
      {"name": "small", "tier": "M10", "mongoDBVersion": "8.0.4"},
      {"name": "shards", "tier": "M30", "mongoDBVersion": "8.0.4", "clusterType": "SHARDED", "shards": 2},
      {"name": "off", "tier": "M20", "mongoDBVersion": "8.0.4", "backupEnabled": false},
      {"name": "free", "tier": "M0", "mongoDBVersion": "8.0.4"}],
     "flexClusters": [{"name": "flexy"}]},
    {"name": "other", "clusters": [{"name": "elsewhere", "tier": "M10", "mongoDBVersion": "8.0.4"}]}]}],
  "apiKeys": [
    {"publicKey": "owner", "privateKey": "owner-secret", "orgRole": "ORG_OWNER"},
    {"publicKey": "creator", "privateKey": "creator-secret", "projectRoles": {"prod": "GROUP_BACKUP_CREATOR"}},
    {"publicKey": "exporter", "privateKey": "exporter-secret", "projectRoles": {"prod": "GROUP_BACKUP_EXPORT_OPERATOR"}},
    {"publicKey": "manager", "privateKey": "manager-secret", "projectRoles": {"prod": "GROUP_BACKUP_MANAGER"}},
    {"publicKey": "reader", "privateKey": "reader-secret", "orgRole": "ORG_READ_ONLY"}],
  "serviceAccounts": [{"clientId": "mdb_sa_id_acme", "clientSecret": "mdb_sa_sk_acme", "orgRole": "ORG_OWNER"}]
})";

}  // namespace

class SandboxWritesTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString scenarioPath;
    std::unique_ptr<sandbox::Engine> engine;
    QString prod, other;

    QUrl url(const QString &path) const { return QUrl(engine->baseUrl().toString() + path); }
    QString clusterPath(const QString &cluster, const QString &group = QString()) const
    {
        return QStringLiteral("/api/atlas/v2/groups/%1/clusters/%2").arg(group.isEmpty() ? prod : group, cluster);
    }
    Response as(const QString &key, const QByteArray &method, const QString &path, const QByteArray &body = {},
                const char *version = "2023-01-01")
    {
        QNetworkAccessManager nam;
        useApiKey(nam, key, key + QStringLiteral("-secret"));
        QList<QPair<QByteArray, QByteArray>> headers{{"Accept", accept(version)}};
        if (!body.isNull()) headers.append({"Content-Type", accept(version)});
        return send(nam, method, url(path), headers, body);
    }
    Response take(const QString &cluster, const QByteArray &body, const QString &key = QStringLiteral("owner"))
    {
        return as(key, "POST", clusterPath(cluster) + QStringLiteral("/backup/snapshots"), body);
    }
    Response get(const QString &path, const char *version = "2023-01-01")
    {
        return as(QStringLiteral("owner"), "GET", path, QByteArray(), version);
    }
    QJsonObject snapshot(const QString &cluster, const QString &id, bool sharded = false)
    {
        const Response r =
            get(clusterPath(cluster) +
                (sharded ? QStringLiteral("/backup/snapshots/shardedCluster/") : QStringLiteral("/backup/snapshots/")) +
                id);
        return r.status == 200 ? r.json() : QJsonObject();
    }
    bool startEngine()
    {
        engine = std::make_unique<sandbox::Engine>();
        sandbox::EngineOptions o;
        o.speed = 0;
        o.scenario = scenarioPath;
        o.dataDir = dir.filePath(QStringLiteral("data"));
        QString error;
        if (!engine->start(o, &error)) {
            qWarning() << error;
            return false;
        }
        return true;
    }
    // Runs the clock until `cluster` has no on-demand snapshot queued or in progress.
    void finishRunning(const QString &cluster)
    {
        engine->advanceBy(2 * 3600);
        for (const auto &s :
             get(clusterPath(cluster) + QStringLiteral("/backup/snapshots")).json().value("results").toArray())
            QVERIFY2(s.toObject().value("status").toString() == u"completed",
                     QJsonDocument(s.toObject()).toJson().constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        scenarioPath = dir.filePath(QStringLiteral("writes.json"));
        QFile f(scenarioPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kScenario);
        f.close();
        QVERIFY(startEngine());
        for (const auto &p : get(QStringLiteral("/api/atlas/v2/groups")).json().value("results").toArray()) {
            if (p.toObject().value("name").toString() == u"prod") prod = p.toObject().value("id").toString();
            if (p.toObject().value("name").toString() == u"other") other = p.toObject().value("id").toString();
        }
        QVERIFY(!prod.isEmpty() && !other.isEmpty());
    }

    void takeSnapshotAnswersTheQueuedSnapshot()
    {
        const QDateTime now = engine->now();
        const Response r =
            take(QStringLiteral("small"), R"({"description": "Before the release", "retentionInDays": 3})");
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY(r.header("Content-Type").startsWith("application/vnd.atlas.2023-01-01+json"));
        const QJsonObject s = r.json();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$")).match(s.value("id").toString()).hasMatch());
        QCOMPARE(s.value("snapshotType").toString(), QStringLiteral("onDemand"));
        QCOMPARE(s.value("status").toString(), QStringLiteral("queued"));
        QCOMPARE(s.value("description").toString(), QStringLiteral("Before the release"));
        QCOMPARE(s.value("type").toString(), QStringLiteral("replicaSet"));
        const QDateTime created = QDateTime::fromString(s.value("createdAt").toString(), Qt::ISODate);
        QVERIFY(qAbs(created.secsTo(now)) <= 1);
        QCOMPARE(QDateTime::fromString(s.value("expiresAt").toString(), Qt::ISODate), created.addDays(3));
        QVERIFY(s.value("policyItems").toArray().isEmpty());
        QVERIFY(!s.contains("masterKeyUUID"));  // not an encrypted cluster
        // Listed first, and readable by id.
        const auto list = get(clusterPath(QStringLiteral("small")) + QStringLiteral("/backup/snapshots"))
                              .json()
                              .value("results")
                              .toArray();
        QCOMPARE(list.first().toObject().value("id").toString(), s.value("id").toString());
        QCOMPARE(snapshot(QStringLiteral("small"), s.value("id").toString()).value("status").toString(),
                 QStringLiteral("queued"));
        // And the project has the event.
        const auto events =
            get(QStringLiteral("/api/atlas/v2/groups/%1/events?eventType=CPS_ON_DEMAND_SNAPSHOT_REQUESTED").arg(prod))
                .json()
                .value("results")
                .toArray();
        QCOMPARE(events.size(), 1);
        finishRunning(QStringLiteral("small"));
    }

    void snapshotRunsWithTheClockAtItsSizesPace()
    {
        const QString smallId =
            take(QStringLiteral("small"), R"({"retentionInDays": 1})").json().value("id").toString();
        const QString bigId = take(QStringLiteral("big"), R"({"retentionInDays": 2})").json().value("id").toString();
        QVERIFY(!smallId.isEmpty() && !bigId.isEmpty());
        engine->advanceBy(29);
        QCOMPARE(snapshot(QStringLiteral("small"), smallId).value("status").toString(), QStringLiteral("queued"));
        engine->advanceBy(2);
        QCOMPARE(snapshot(QStringLiteral("small"), smallId).value("status").toString(), QStringLiteral("inProgress"));
        QCOMPARE(snapshot(QStringLiteral("big"), bigId).value("status").toString(), QStringLiteral("inProgress"));
        QCOMPARE(snapshot(QStringLiteral("small"), smallId).value("storageSizeBytes").toInteger(), 0);
        // M10 holds about 2.5 GiB (60 s + 1 s per 100 MiB); M80 about 430 GiB (over an hour).
        engine->advanceBy(120);
        const QJsonObject small = snapshot(QStringLiteral("small"), smallId);
        QCOMPARE(small.value("status").toString(), QStringLiteral("completed"));
        QVERIFY(small.value("storageSizeBytes").toInteger() > 1024LL * 1024 * 1024);
        QCOMPARE(snapshot(QStringLiteral("big"), bigId).value("status").toString(), QStringLiteral("inProgress"));
        engine->advanceBy(3600);
        QCOMPARE(snapshot(QStringLiteral("big"), bigId).value("status").toString(), QStringLiteral("inProgress"));
        engine->advanceBy(3600);
        const QJsonObject big = snapshot(QStringLiteral("big"), bigId);
        QCOMPARE(big.value("status").toString(), QStringLiteral("completed"));
        QVERIFY(big.value("storageSizeBytes").toInteger() > 100 * small.value("storageSizeBytes").toInteger());
        // Expired after its retention: the small one after a day, the big one after two.
        engine->advanceBy(86400 - 2 * 3600);
        QVERIFY(snapshot(QStringLiteral("small"), smallId).isEmpty());
        QVERIFY(!snapshot(QStringLiteral("big"), bigId).isEmpty());
        engine->advanceBy(86400);
        QVERIFY(snapshot(QStringLiteral("big"), bigId).isEmpty());
    }

    void oneOnDemandSnapshotAtATime()
    {
        const Response first = take(QStringLiteral("small"), R"({"retentionInDays": 1})");
        QCOMPARE(first.status, 200);
        for (int wait : {0, 40}) {  // queued, then in progress
            engine->advanceBy(wait);
            const Response second = take(QStringLiteral("small"), R"({"retentionInDays": 1})");
            QCOMPARE(second.status, 400);
            QCOMPARE(second.json().value("errorCode").toString(), QStringLiteral("SNAPSHOT_ALREADY_REQUESTED"));
        }
        // Another cluster is not held up.
        QCOMPARE(take(QStringLiteral("shards"), R"({"retentionInDays": 1})").status, 200);
        finishRunning(QStringLiteral("small"));
        QCOMPARE(take(QStringLiteral("small"), R"({"retentionInDays": 1})").status, 200);
        finishRunning(QStringLiteral("small"));
    }

    void shardedClusterSnapshotHasItsMembers()
    {
        finishRunning(QStringLiteral("shards"));
        const Response r = take(QStringLiteral("shards"), R"({"description": "sharded", "retentionInDays": 1})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("type").toString(), QStringLiteral("shardedCluster"));
        QCOMPARE(r.json().value("members").toArray().size(), 3);  // two shards and the config server
        const QString id = r.json().value("id").toString();
        QCOMPARE(snapshot(QStringLiteral("shards"), id, true).value("status").toString(), QStringLiteral("queued"));
        finishRunning(QStringLiteral("shards"));
    }

    void refusedForFreeBackupOffAndFlexClusters()
    {
        const Response free = take(QStringLiteral("free"), R"({"retentionInDays": 1})");
        QCOMPARE(free.status, 400);
        QCOMPARE(free.json().value("errorCode").toString(), QStringLiteral("TENANT_CLUSTER_NOT_SUPPORTED"));
        const Response off = take(QStringLiteral("off"), R"({"retentionInDays": 1})");
        QCOMPARE(off.status, 400);
        QCOMPARE(off.json().value("errorCode").toString(), QStringLiteral("BACKUP_NOT_ENABLED"));
        const Response flex = take(QStringLiteral("flexy"), R"({"retentionInDays": 1})");
        QCOMPARE(flex.status, 400);
        QCOMPARE(flex.json().value("errorCode").toString(), QStringLiteral("CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API"));
        QCOMPARE(take(QStringLiteral("nope"), R"({"retentionInDays": 1})").status, 404);
    }

    void bodyIsCheckedAgainstTheContract()
    {
        auto expect = [&](const QByteArray &body, const char *code, const QStringList &fields) {
            const Response r = take(QStringLiteral("small"), body);
            QVERIFY2(r.status == 400, r.body.constData());
            QCOMPARE(r.json().value("errorCode").toString(), QString::fromLatin1(code));
            QCOMPARE(r.json().value("reason").toString(), QStringLiteral("Bad Request"));
            QStringList got;
            for (const auto &f : r.json().value("badRequestDetail").toObject().value("fields").toArray()) {
                got << f.toObject().value("field").toString();
                QVERIFY(!f.toObject().value("description").toString().isEmpty());
            }
            QCOMPARE(got, fields);
        };
        expect("{\"retentionInDays\": ", "INVALID_JSON", {});
        expect("[1]", "INVALID_JSON", {});
        expect("", "INVALID_JSON", {});
        expect(R"({"retentionInDays": 1, "retention": 3})", "INVALID_ATTRIBUTE", {QStringLiteral("retention")});
        expect(R"({"retentionInDays": 0})", "VALIDATION_ERROR", {QStringLiteral("retentionInDays")});
        expect(R"({"retentionInDays": "3"})", "VALIDATION_ERROR", {QStringLiteral("retentionInDays")});
        expect(R"({"retentionInDays": 1.5})", "VALIDATION_ERROR", {QStringLiteral("retentionInDays")});
        expect(R"({"description": 5, "retentionInDays": -2})", "VALIDATION_ERROR",
               {QStringLiteral("description"), QStringLiteral("retentionInDays")});
        expect(R"({"retentionInDays": 100000})", "VALIDATION_ERROR", {QStringLiteral("retentionInDays")});
        expect(R"({"retentionInDays": 10000000000})", "VALIDATION_ERROR", {QStringLiteral("retentionInDays")});
        const Response unknown = take(QStringLiteral("small"), R"({"retentionInDays": 1, "retention": 3})");
        QCOMPARE(unknown.json().value("detail").toString(), QStringLiteral("Invalid attribute retention specified."));
        // Nothing was taken by the refused requests; readOnly fields are ignored as Atlas does.
        QCOMPARE(
            take(QStringLiteral("small"), R"({"retentionInDays": 2, "links": [{"rel": "self", "href": "x"}]})").status,
            200);
        finishRunning(QStringLiteral("small"));
        // Without a retention the snapshot is kept one day (the Atlas CLI's default).
        const QJsonObject s = take(QStringLiteral("small"), "{}").json();
        QCOMPARE(QDateTime::fromString(s.value("expiresAt").toString(), Qt::ISODate),
                 QDateTime::fromString(s.value("createdAt").toString(), Qt::ISODate).addDays(1));
        finishRunning(QStringLiteral("small"));
    }

    void needsBackupCreatorOrMore()
    {
        for (const QString key : {QStringLiteral("reader"), QStringLiteral("exporter")}) {
            const Response r = take(QStringLiteral("small"), R"({"retentionInDays": 1})", key);
            QVERIFY2(r.status == 403, qPrintable(key));
            QCOMPARE(r.json().value("errorCode").toString(), QStringLiteral("USER_UNAUTHORIZED"));
            // The role is checked before the body is read.
            QCOMPARE(take(QStringLiteral("small"), "{", key).status, 403);
            // Reading stays allowed.
            QCOMPARE(as(key, "GET", clusterPath(QStringLiteral("small")) + QStringLiteral("/backup/snapshots")).status,
                     200);
        }
        for (const QString key : {QStringLiteral("creator"), QStringLiteral("manager")}) {
            const Response r = take(QStringLiteral("small"), R"({"retentionInDays": 1})", key);
            QVERIFY2(r.status == 200, qPrintable(key + QString::fromUtf8(r.body)));
            finishRunning(QStringLiteral("small"));
        }
        // No role in the other project at all.
        const Response elsewhere =
            as(QStringLiteral("creator"), "POST",
               clusterPath(QStringLiteral("elsewhere"), other) + QStringLiteral("/backup/snapshots"),
               R"({"retentionInDays": 1})");
        QCOMPARE(elsewhere.status, 403);
    }

    void encryptedClustersSnapshotsCarryTheirKey()
    {
        const Response r = take(QStringLiteral("big"), R"({"retentionInDays": 1})");
        QCOMPARE(r.status, 200);
        const QString key = r.json().value("masterKeyUUID").toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
                     .match(key)
                     .hasMatch(),
                 qPrintable(key));
        finishRunning(QStringLiteral("big"));
        QCOMPARE(take(QStringLiteral("big"), R"({"retentionInDays": 1})").json().value("masterKeyUUID").toString(),
                 key);
        finishRunning(QStringLiteral("big"));
    }

    void stateSurvivesARestart()
    {
        const Response r = take(QStringLiteral("small"), R"({"description": "kept", "retentionInDays": 5})");
        QCOMPARE(r.status, 200);
        const QString id = r.json().value("id").toString();
        engine->stop();
        QVERIFY(startEngine());
        const QJsonObject again = snapshot(QStringLiteral("small"), id);
        QCOMPARE(again.value("description").toString(), QStringLiteral("kept"));
        QCOMPARE(again.value("status").toString(), QStringLiteral("queued"));
        QCOMPARE(again.value("expiresAt"), r.json().value("expiresAt"));
        // Still one at a time after the restart, and it finishes with the clock.
        QCOMPARE(take(QStringLiteral("small"), R"({"retentionInDays": 1})").status, 400);
        engine->advanceBy(600);
        QCOMPARE(snapshot(QStringLiteral("small"), id).value("status").toString(), QStringLiteral("completed"));
    }

    void aStateSavedWithoutKeysGetsThem()
    {
        // States saved before every encrypted cluster had a key id (only AWS had one).
        const auto listed = [&] {
            QStringList keys;
            for (const auto &v : get(clusterPath(QStringLiteral("big")) + QStringLiteral("/backup/snapshots"))
                                     .json()
                                     .value("results")
                                     .toArray())
                keys << v.toObject().value("masterKeyUUID").toString();
            return keys;
        };
        const QStringList before = listed();
        QVERIFY(!before.isEmpty());
        engine->stop();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-state"));
            db.setDatabaseName(dir.filePath(QStringLiteral("data/sandbox.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE records SET body = json_remove(body, '$.masterKeyUUID') "
                                          "WHERE kind IN ('cluster', 'snapshot')")));
            QVERIFY(q.numRowsAffected() > 0);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old-state"));
        QVERIFY(startEngine());
        QCOMPARE(listed(), before);
        for (const auto &v : get(clusterPath(QStringLiteral("small")) + QStringLiteral("/backup/snapshots"))
                                 .json()
                                 .value("results")
                                 .toArray())
            QVERIFY(!v.toObject().contains("masterKeyUUID"));
    }
};

QTEST_GUILESS_MAIN(SandboxWritesTest)
#include "tst_sandbox_writes.moc"
