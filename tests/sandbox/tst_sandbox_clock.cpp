// The simulated clock and persistence: schedules produce the snapshots they promise,
// retention removes them, Flex keeps its last 8, and state survives a restart.
#include "engine/engine.h"
#include "engine/state.h"
#include "httptestutil.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace testutil;

static const char kScenario[] = R"({
  "historyDays": 0,
  "organizations": [{"name": "Clock-Org", "projects": [{"name": "clock",
    "clusters": [
      {"name": "c1", "tier": "M10", "mongoDBVersion": "8.0.4", "createdDaysAgo": 30,
       "schedule": {"referenceHourOfDay": 6, "referenceMinuteOfHour": 0, "policyItems": [
         {"frequencyType": "hourly", "frequencyInterval": 12, "retentionUnit": "days", "retentionValue": 2},
         {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 3},
         {"frequencyType": "weekly", "frequencyInterval": 7, "retentionUnit": "weeks", "retentionValue": 2}]}},
      {"name": "free", "tier": "M0", "mongoDBVersion": "8.0.4", "backupEnabled": false}],
    "flexClusters": [{"name": "flexy", "createdDaysAgo": 2}]}]}],
  "apiKeys": [{"publicKey": "clockkey", "privateKey": "clocksecret", "orgRole": "ORG_OWNER"}],
  "serviceAccounts": [{"clientId": "mdb_sa_id_clock", "clientSecret": "mdb_sa_sk_clock", "orgRole": "ORG_OWNER"}]
})";

struct Expected {
    QDateTime at;
    QString frequency;
    QDateTime expires;
};

// What the policy above promises between two instants, worked out by hand rules.
static QList<Expected> expectedSnapshots(const QDateTime &from, const QDateTime &to)
{
    QList<Expected> out;
    QDateTime t(from.date(), QTime(from.time().hour(), 0), Qt::UTC);
    for (; t <= to; t = t.addSecs(3600)) {
        if (t <= from) continue;
        const int h = t.time().hour();
        if (h == 6 && t.date().dayOfWeek() == 7) out.append({t, QStringLiteral("weekly"), t.addDays(14)});
        else if (h == 6) out.append({t, QStringLiteral("daily"), t.addDays(3)});
        else if (h == 18) out.append({t, QStringLiteral("hourly"), t.addDays(2)});
    }
    return out;
}

class SandboxClockTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString scenarioPath;

    QJsonArray list(sandbox::Engine &engine, const QString &path, const char *version = "2023-01-01")
    {
        QNetworkAccessManager nam;
        useApiKey(nam, engine.adminCredentials().publicKey, engine.adminCredentials().privateKey);
        const Response r = send(nam, "GET", QUrl(engine.baseUrl().toString() + path + QStringLiteral("?itemsPerPage=500")),
                                {{"Accept", accept(version)}});
        if (r.status != 200) qWarning() << r.status << r.body;
        return r.json().value("results").toArray();
    }
    QString group(sandbox::Engine &engine)
    {
        return list(engine, QStringLiteral("/api/atlas/v2/groups")).first().toObject().value("id").toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        scenarioPath = dir.filePath(QStringLiteral("clock.json"));
        QFile f(scenarioPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kScenario);
    }

    void scheduleProducesAWeekOfSnapshotsAndExpiryRemovesThem()
    {
        sandbox::Engine engine;
        sandbox::EngineOptions o;
        o.scenario = scenarioPath;
        o.speed = 0;
        o.dataDir = dir.filePath(QStringLiteral("week"));
        QString error;
        QVERIFY2(engine.start(o, &error), qPrintable(error));
        const QString g = group(engine);
        const QString snaps = QStringLiteral("/api/atlas/v2/groups/%1/clusters/c1/backup/snapshots").arg(g);
        QCOMPARE(list(engine, snaps).size(), 0);  // no history asked for

        const QDateTime t0 = engine.now();
        engine.advanceBy(7 * 86400);
        const QDateTime t1 = engine.now();
        QList<Expected> alive;
        for (const Expected &e : expectedSnapshots(t0, t1))
            if (e.expires > t1) alive.append(e);
        const QJsonArray got = list(engine, snaps);
        QCOMPARE(got.size(), alive.size());
        QMap<QString, int> wantByFreq, gotByFreq;
        for (const Expected &e : alive) ++wantByFreq[e.frequency];
        for (const auto &v : got) {
            const QJsonObject s = v.toObject();
            ++gotByFreq[s.value("frequencyType").toString()];
            const QDateTime created = QDateTime::fromString(s.value("createdAt").toString(), Qt::ISODate);
            const QDateTime expires = QDateTime::fromString(s.value("expiresAt").toString(), Qt::ISODate);
            QVERIFY(created <= t1);
            QVERIFY(expires > t1);
            // Each one matches a promised slot (started at most 35 minutes late, as a fallback would).
            bool matched = false;
            for (const Expected &e : alive)
                if (created >= e.at && created <= e.at.addSecs(35 * 60) && e.frequency == s.value("frequencyType").toString()
                    && expires == e.expires)
                    matched = true;
            QVERIFY2(matched, qPrintable(s.value("createdAt").toString()));
            QCOMPARE(s.value("policyItems").toArray().size(), 1);
        }
        QCOMPARE(gotByFreq, wantByFreq);
        QVERIFY(gotByFreq.value("weekly") >= 1);

        // 20 more days: everything from the first week has expired, the rest follows the rules.
        engine.advanceBy(20 * 86400);
        const QDateTime t2 = engine.now();
        const QJsonArray later = list(engine, snaps);
        QSet<QString> before;
        for (const auto &v : got) before << v.toObject().value("id").toString();
        int expectedAlive = 0;
        for (const Expected &e : expectedSnapshots(t0, t2))
            if (e.expires > t2) ++expectedAlive;
        QCOMPARE(later.size(), expectedAlive);
        for (const auto &v : later) {
            QVERIFY(!before.contains(v.toObject().value("id").toString()));
            QVERIFY(QDateTime::fromString(v.toObject().value("expiresAt").toString(), Qt::ISODate) > t2);
        }

        // Flex: one a day, the last 8 kept.
        const QJsonArray flex = list(engine, QStringLiteral("/api/atlas/v2/groups/%1/flexClusters/flexy/backup/snapshots").arg(g), "2024-11-13");
        QCOMPARE(flex.size(), 8);
        for (int i = 1; i < flex.size(); ++i) {
            const auto a = QDateTime::fromString(flex[i - 1].toObject().value("scheduledTime").toString(), Qt::ISODate);
            const auto b = QDateTime::fromString(flex[i].toObject().value("scheduledTime").toString(), Qt::ISODate);
            QCOMPARE(b.secsTo(a), 86400);
        }
        // M0 has no cloud backup.
        QNetworkAccessManager nam;
        useApiKey(nam, QStringLiteral("clockkey"), QStringLiteral("clocksecret"));
        QCOMPARE(send(nam, "GET", QUrl(engine.baseUrl().toString() + QStringLiteral("/api/atlas/v2/groups/%1/clusters/free/backup/snapshots").arg(g)),
                      {{"Accept", accept("2023-01-01")}}).status, 400);
    }

    void stateSurvivesARestart()
    {
        const QString data = dir.filePath(QStringLiteral("restart"));
        QStringList idsBefore;
        QString g;
        QDateTime clockBefore;
        {
            sandbox::Engine engine;
            sandbox::EngineOptions o;
            o.speed = 0;
            o.dataDir = data;
            QString error;
            QVERIFY2(engine.start(o, &error), qPrintable(error));
            g = list(engine, QStringLiteral("/api/atlas/v2/groups")).first().toObject().value("id").toString();
            engine.advanceBy(3 * 86400);
            for (const auto &v : list(engine, QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-main/backup/snapshots").arg(g)))
                idsBefore << v.toObject().value("id").toString();
            clockBefore = engine.now();
            engine.stop();
        }
        QVERIFY(idsBefore.size() > 20);
        sandbox::Engine again;
        sandbox::EngineOptions o;
        o.speed = 0;
        o.dataDir = data;
        o.scenario = QStringLiteral("/nonexistent/ignored-because-state-exists.json");
        QString error;
        QVERIFY2(again.start(o, &error), qPrintable(error));
        QCOMPARE(again.now(), clockBefore);
        QStringList idsAfter;
        for (const auto &v : list(again, QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-main/backup/snapshots").arg(g)))
            idsAfter << v.toObject().value("id").toString();
        QCOMPARE(idsAfter, idsBefore);
        QCOMPARE(again.adminCredentials().publicKey, QStringLiteral("lbdemoowner"));
    }

    void sameSeedSameEstate()
    {
        auto ids = [](quint64 seed) {
            sandbox::Engine e;
            sandbox::EngineOptions o;
            o.speed = 0;
            o.seed = seed;
            QString error;
            if (!e.start(o, &error)) return QStringList{error};
            QStringList out;
            for (const auto *r : e.state().all(sandbox::Kind::Cluster)) out << r->id;
            return out;
        };
        QCOMPARE(ids(7), ids(7));
        QVERIFY(ids(7) != ids(8));
    }

    void badScenarioGetsAClearError()
    {
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"organizations": [{"name": "o", "projects": [{"name": "p", "clusters": [{"name": "c", "tier": "M7", "mongoDBVersion": "8.0"}]}]}],
                  "apiKeys": [{"publicKey": "a", "privateKey": "b"}], "serviceAccounts": [{"clientId": "c", "clientSecret": "d"}]})");
        f.close();
        sandbox::Engine engine;
        sandbox::EngineOptions o;
        o.scenario = path;
        o.dataDir = dir.filePath(QStringLiteral("bad"));
        QString error;
        QVERIFY(!engine.start(o, &error));
        QVERIFY2(error.contains(QStringLiteral("tier")) && error.contains(QStringLiteral("M7")), qPrintable(error));

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{ not json");
        f.close();
        sandbox::Engine engine2;
        o.dataDir = dir.filePath(QStringLiteral("bad2"));
        QVERIFY(!engine2.start(o, &error));
        QVERIFY2(error.contains(QStringLiteral("JSON")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(SandboxClockTest)
#include "tst_sandbox_clock.moc"
