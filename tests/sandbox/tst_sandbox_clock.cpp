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
        if (h == 6 && t.date().dayOfWeek() == 7)
            out.append({t, QStringLiteral("weekly"), t.addDays(14)});
        else if (h == 6)
            out.append({t, QStringLiteral("daily"), t.addDays(3)});
        else if (h == 18)
            out.append({t, QStringLiteral("hourly"), t.addDays(2)});
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
        const Response r =
            send(nam, "GET", QUrl(engine.baseUrl().toString() + path + QStringLiteral("?itemsPerPage=500")),
                 {{"Accept", accept(version)}});
        if (r.status != 200) qWarning() << r.status << r.body;
        return r.json().value("results").toArray();
    }
    QString group(sandbox::Engine &engine)
    {
        return list(engine, QStringLiteral("/api/atlas/v2/groups")).first().toObject().value("id").toString();
    }

    // Start times to run the schedule test at (UTC). Schedules follow the UTC calendar, so the
    // result of a run depends on where in the day and week it starts; these cover the starts
    // that once failed (a run ending on a slot, before that slot's snapshot has started),
    // slot edges, and day, week, month, year and leap-day boundaries.
    static QList<QDateTime> startTimes()
    {
        auto at = [](int y, int mo, int d, int h, int mi, int s = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
        };
        QList<QDateTime> out = {
            at(2026, 11, 25, 6, 0),
            at(2026, 11, 25, 6, 1),
            at(2026, 11, 25, 18, 0),
            at(2026, 11, 25, 18, 1),
            at(2026, 11, 25, 5, 59),
            at(2026, 11, 25, 17, 58, 30),
            at(2026, 11, 25, 12, 0),
            at(2026, 11, 25, 0, 0),
            at(2026, 11, 29, 6, 0),
            at(2026, 11, 29, 6, 1),
            at(2026, 11, 29, 5, 59),
            at(2026, 11, 22, 18, 0),
            at(2026, 11, 29, 23, 59),
            at(2026, 11, 30, 0, 0),
            at(2026, 11, 30, 23, 59, 59),
            at(2026, 12, 1, 0, 0),
            at(2026, 12, 31, 23, 59),
            at(2027, 1, 1, 0, 0),
            at(2028, 2, 28, 18, 0),
            at(2028, 2, 29, 6, 0),
            // With seed 1 the slot before a check is a fallback: starting 17.5 min after the check
            // at 7 days, at the check's very second, and 25 min after the check at 27 days.
            at(2026, 11, 25, 6, 12, 36),
            at(2026, 11, 25, 6, 30, 40),
            at(2026, 11, 25, 18, 5, 55),
        };
        // LIFEBOAT_CLOCK_SWEEP=1: also every 7 minutes over a week (1440 runs, over a minute).
        if (qEnvironmentVariableIsSet("LIFEBOAT_CLOCK_SWEEP"))
            for (int m = 0; m < 7 * 24 * 60; m += 7) out.append(at(2026, 11, 23, 0, 0).addSecs(m * 60));
        return out;
    }

    // Checks the snapshots listed at the engine's clock against the schedule since t0: each is a
    // distinct promised slot of its frequency, started at or after it (at most 35 minutes late,
    // as a fallback is), never dated ahead of the clock, expiring as its item says; and every
    // slot whose snapshot is still kept is listed, but for slots of the last 35 minutes whose
    // snapshot has not started yet. For those the clock moves on 35 minutes and each must then
    // be there, started after the first look. Returns the ids listed first; counts frequencies.
    void checkSchedule(sandbox::Engine &engine, const QString &snaps, const QDateTime &t0, QSet<QString> *ids,
                       QMap<QString, int> *byFreq)
    {
        const QDateTime now = engine.now();
        QList<Expected> alive;
        for (const Expected &e : expectedSnapshots(t0, now))
            if (e.expires > now) alive.append(e);
        auto matches = [](const QJsonObject &s, const Expected &e) {
            const QDateTime created = QDateTime::fromString(s.value("createdAt").toString(), Qt::ISODate);
            const QDateTime expires = QDateTime::fromString(s.value("expiresAt").toString(), Qt::ISODate);
            return created >= e.at && created <= e.at.addSecs(35 * 60) &&
                   s.value("frequencyType").toString() == e.frequency && expires == e.expires;
        };
        QList<bool> listed(alive.size(), false);
        const QJsonArray got = list(engine, snaps);
        for (const auto &v : got) {
            const QJsonObject s = v.toObject();
            QVERIFY2(QDateTime::fromString(s.value("createdAt").toString(), Qt::ISODate) <= now,
                     qPrintable(s.value("createdAt").toString() + QStringLiteral(" is after the clock, ") +
                                now.toString(Qt::ISODate)));
            QVERIFY(QDateTime::fromString(s.value("expiresAt").toString(), Qt::ISODate) > now);
            QCOMPARE(s.value("policyItems").toArray().size(), 1);
            qsizetype i = 0;
            while (i < alive.size() && (listed[i] || !matches(s, alive[i]))) ++i;
            QVERIFY2(i < alive.size(),
                     qPrintable(s.value("createdAt").toString() + u' ' + s.value("frequencyType").toString()));
            listed[i] = true;
            ids->insert(s.value("id").toString());
            ++(*byFreq)[s.value("frequencyType").toString()];
        }
        QList<Expected> pending;
        for (qsizetype i = 0; i < alive.size(); ++i) {
            if (listed[i]) continue;
            QVERIFY2(alive[i].at.addSecs(35 * 60) > now,
                     qPrintable(QStringLiteral("no snapshot for the slot ") + alive[i].at.toString(Qt::ISODate)));
            pending.append(alive[i]);
        }
        if (pending.isEmpty()) return;
        engine.advanceBy(35 * 60);
        const QJsonArray later = list(engine, snaps);
        for (const Expected &e : std::as_const(pending)) {
            bool found = false;
            for (const auto &v : later) {
                const QJsonObject s = v.toObject();
                if (matches(s, e) && QDateTime::fromString(s.value("createdAt").toString(), Qt::ISODate) > now)
                    found = true;
            }
            QVERIFY2(found, qPrintable(QStringLiteral("the pending slot ") + e.at.toString(Qt::ISODate) +
                                       QStringLiteral(" never came")));
            ++(*byFreq)[e.frequency];
        }
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

    void scheduleProducesAWeekOfSnapshotsAndExpiryRemovesThem_data()
    {
        QTest::addColumn<QDateTime>("startAt");
        for (const QDateTime &t : startTimes()) QTest::newRow(qPrintable(t.toString(Qt::ISODate))) << t;
    }

    void scheduleProducesAWeekOfSnapshotsAndExpiryRemovesThem()
    {
        QFETCH(QDateTime, startAt);
        static int run = 0;
        sandbox::Engine engine;
        sandbox::EngineOptions o;
        o.scenario = scenarioPath;
        o.speed = 0;
        o.startAt = startAt;
        o.dataDir = dir.filePath(QStringLiteral("week-%1").arg(++run));
        QString error;
        QVERIFY2(engine.start(o, &error), qPrintable(error));
        const QDateTime t0 = engine.now();
        QCOMPARE(t0, startAt);
        const QString g = group(engine);
        const QString snaps = QStringLiteral("/api/atlas/v2/groups/%1/clusters/c1/backup/snapshots").arg(g);
        QCOMPARE(list(engine, snaps).size(), 0);  // no history asked for

        engine.advanceBy(7 * 86400);
        QSet<QString> before;
        QMap<QString, int> byFreq;
        checkSchedule(engine, snaps, t0, &before, &byFreq);
        if (QTest::currentTestFailed()) return;
        QVERIFY(byFreq.value("weekly") >= 1);
        QVERIFY(byFreq.value("daily") >= 1);
        QVERIFY(byFreq.value("hourly") >= 1);

        // 20 more days: everything from the first week has expired, the rest follows the rules.
        engine.advanceBy(20 * 86400);
        QSet<QString> later;
        QMap<QString, int> laterByFreq;
        checkSchedule(engine, snaps, t0, &later, &laterByFreq);
        if (QTest::currentTestFailed()) return;
        QVERIFY(!later.isEmpty());
        QVERIFY(!later.intersects(before));

        // Flex: one a day, the last 8 kept.
        const QJsonArray flex = list(
            engine, QStringLiteral("/api/atlas/v2/groups/%1/flexClusters/flexy/backup/snapshots").arg(g), "2024-11-13");
        QCOMPARE(flex.size(), 8);
        for (int i = 1; i < flex.size(); ++i) {
            const auto a = QDateTime::fromString(flex[i - 1].toObject().value("scheduledTime").toString(), Qt::ISODate);
            const auto b = QDateTime::fromString(flex[i].toObject().value("scheduledTime").toString(), Qt::ISODate);
            QCOMPARE(b.secsTo(a), 86400);
        }
        // M0 has no cloud backup.
        QNetworkAccessManager nam;
        useApiKey(nam, QStringLiteral("clockkey"), QStringLiteral("clocksecret"));
        QCOMPARE(send(nam, "GET",
                      QUrl(engine.baseUrl().toString() +
                           QStringLiteral("/api/atlas/v2/groups/%1/clusters/free/backup/snapshots").arg(g)),
                      {{"Accept", accept("2023-01-01")}})
                     .status,
                 400);
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
            for (const auto &v :
                 list(engine, QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-main/backup/snapshots").arg(g)))
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
        for (const auto &v :
             list(again, QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-main/backup/snapshots").arg(g)))
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
        f.write(
            R"({"organizations": [{"name": "o", "projects": [{"name": "p", "clusters": [{"name": "c", "tier": "M7", "mongoDBVersion": "8.0"}]}]}],
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
