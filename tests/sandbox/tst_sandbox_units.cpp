// The sandbox engine's parts on their own: policy arithmetic, route table, state, store.
#include "domain/policy.h"
#include "engine/router.h"
#include "engine/state.h"
#include "engine/store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace lifeboat::domain;

static QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

class SandboxUnitsTest : public QObject {
    Q_OBJECT
private slots:
    void policyItemsFireOnTheirSlots()
    {
        const PolicyItem every4{QStringLiteral("h"), Frequency::Hourly, 4, RetentionUnit::Days, 2};
        QVERIFY(firesAt(every4, utc(2026, 3, 2, 2), 2));
        QVERIFY(firesAt(every4, utc(2026, 3, 2, 22), 2));
        QVERIFY(!firesAt(every4, utc(2026, 3, 2, 4), 2));
        QVERIFY(firesAt(every4, utc(2026, 3, 2, 0), 0));
        const PolicyItem sunday{QStringLiteral("w"), Frequency::Weekly, 7, RetentionUnit::Weeks, 4};
        QVERIFY(firesAt(sunday, utc(2026, 3, 1, 18), 18));  // 1 March 2026 is a Sunday
        QVERIFY(!firesAt(sunday, utc(2026, 3, 2, 18), 18));
        QVERIFY(!firesAt(sunday, utc(2026, 3, 1, 17), 18));
        const PolicyItem lastDay{QStringLiteral("m"), Frequency::Monthly, 40, RetentionUnit::Months, 12};
        QVERIFY(firesAt(lastDay, utc(2028, 2, 29, 18), 18));
        QVERIFY(!firesAt(lastDay, utc(2028, 2, 28, 18), 18));
        QVERIFY(firesAt(lastDay, utc(2026, 4, 30, 18), 18));
        const PolicyItem december{QStringLiteral("y"), Frequency::Yearly, 12, RetentionUnit::Years, 1};
        QVERIFY(firesAt(december, utc(2026, 12, 1, 18), 18));
        QVERIFY(!firesAt(december, utc(2026, 11, 1, 18), 18));
    }

    void longestRetentionTagsTheSnapshot()
    {
        const QList<PolicyItem> items = defaultPolicyItems();
        // Saturday 28 Feb 2026, 18:00: hourly, daily and weekly fire; the weekly keeps longest.
        auto tag = taggingItem(items, utc(2026, 2, 28, 18), 18);
        QVERIFY(tag);
        QCOMPARE(tag->frequency, Frequency::Monthly);  // 28 Feb is also the last day of the month
        tag = taggingItem(items, utc(2026, 3, 7, 18), 18);
        QCOMPARE(tag->frequency, Frequency::Weekly);
        tag = taggingItem(items, utc(2026, 3, 5, 0), 18);
        QCOMPARE(tag->frequency, Frequency::Hourly);
        QVERIFY(!taggingItem(items, utc(2026, 3, 5, 1), 18));
        tag = taggingItem(items, utc(2026, 12, 1, 18), 18);
        QCOMPARE(tag->frequency, Frequency::Yearly);
    }

    void nextSnapshotAndExpiry()
    {
        const QList<PolicyItem> daily{{QString(), Frequency::Daily, 1, RetentionUnit::Days, 7}};
        QCOMPARE(*nextSnapshotTime(daily, utc(2026, 3, 5, 10, 30), 18, 15), utc(2026, 3, 5, 18, 15));
        QCOMPARE(*nextSnapshotTime(daily, utc(2026, 3, 5, 18, 15), 18, 15), utc(2026, 3, 6, 18, 15));
        QVERIFY(!nextSnapshotTime({}, utc(2026, 3, 5, 0), 18, 0));
        QCOMPARE(expiryFor(utc(2026, 1, 31, 0), RetentionUnit::Months, 1), utc(2026, 2, 28, 0));
        QCOMPARE(expiryFor(utc(2026, 1, 1, 0), RetentionUnit::Weeks, 2), utc(2026, 1, 15, 0));
        QCOMPARE(frequencyFromName(QStringLiteral("WEEKLY")), Frequency::Weekly);
        QCOMPARE(frequencyFromName(QStringLiteral("fortnightly")), Frequency::Unknown);
    }

    void routesPreferLiteralSegments()
    {
        sandbox::Router router;
        router.add("GET", QStringLiteral("/a/{id}"), QStringLiteral("getA"), {QStringLiteral("2023-01-01")}, {});
        router.add("GET", QStringLiteral("/a/special"), QStringLiteral("special"), {QStringLiteral("2023-01-01")}, {});
        QHash<QString, QString> params;
        sandbox::Router::Match m;
        QCOMPARE(router.match("GET", QStringLiteral("/a/special"), &params, &m)->operationId,
                 QStringLiteral("special"));
        QCOMPARE(router.match("GET", QStringLiteral("/a/x%20y"), &params, &m)->operationId, QStringLiteral("getA"));
        QCOMPARE(params.value(QStringLiteral("id")), QStringLiteral("x y"));
        QVERIFY(!router.match("POST", QStringLiteral("/a/1"), &params, &m));
        QCOMPARE(m, sandbox::Router::Match::NoMethod);
        QVERIFY(!router.match("GET", QStringLiteral("/b"), &params, &m));
        QCOMPARE(m, sandbox::Router::Match::NoPath);
    }

    void stateListsNewestFirstAndTracksChanges()
    {
        sandbox::State s;
        s.put({QStringLiteral("1"), QStringLiteral("g"), QStringLiteral("c"), {}, "2026-01-01"},
              sandbox::Kind::Snapshot);
        s.put({QStringLiteral("2"), QStringLiteral("g"), QStringLiteral("c"), {}, "2026-02-01"},
              sandbox::Kind::Snapshot);
        s.put({QStringLiteral("3"), QStringLiteral("g"), QStringLiteral("d"), {}, "2026-03-01"},
              sandbox::Kind::Snapshot);
        const auto l = s.list(sandbox::Kind::Snapshot, QStringLiteral("g"), QStringLiteral("c"));
        QCOMPARE(l.size(), 2);
        QCOMPARE(l[0]->id, QStringLiteral("2"));
        s.remove(sandbox::Kind::Snapshot, QStringLiteral("2"));
        QCOMPARE(s.list(sandbox::Kind::Snapshot, QStringLiteral("g"), QStringLiteral("c")).size(), 1);
        const auto changes = s.takeChanges();
        QCOMPARE(changes.size(), 4);
        QVERIFY(changes.last().removed);
        QVERIFY(s.takeChanges().isEmpty());
        s.setMeta(QStringLiteral("seed"), QStringLiteral("5"));
        const QString a = s.newId(utc(2026, 1, 1, 0)), b = s.newId(utc(2026, 1, 1, 0));
        QVERIFY(a != b);
        QCOMPARE(a.size(), 24);
    }

    void storeRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.db"));
        {
            sandbox::State s;
            sandbox::Store store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY(store.isEmpty());
            s.setMeta(QStringLiteral("seed"), QStringLiteral("9"));
            s.put({QStringLiteral("x"), QStringLiteral("g"), QStringLiteral("c"), QJsonObject{{"status", "completed"}},
                   "k1"},
                  sandbox::Kind::Snapshot);
            s.put({QStringLiteral("y"), QStringLiteral("g"), QStringLiteral("c"), QJsonObject{{"status", "failed"}},
                   "k2"},
                  sandbox::Kind::Snapshot);
            QVERIFY(store.flush(&s, &error));
            s.remove(sandbox::Kind::Snapshot, QStringLiteral("y"));
            QVERIFY(store.flush(&s, &error));
        }
        sandbox::State s;
        sandbox::Store store;
        QString error;
        QVERIFY(store.open(path, &error));
        QVERIFY(!store.isEmpty());
        QVERIFY(store.load(&s, &error));
        QCOMPARE(s.meta(QStringLiteral("seed")), QStringLiteral("9"));
        QCOMPARE(s.count(sandbox::Kind::Snapshot), 1);
        QCOMPARE(s.find(sandbox::Kind::Snapshot, QStringLiteral("x"))->body.value("status").toString(),
                 QStringLiteral("completed"));
        QCOMPARE(s.find(sandbox::Kind::Snapshot, QStringLiteral("x"))->parent, QStringLiteral("c"));
    }
};

QTEST_GUILESS_MAIN(SandboxUnitsTest)
#include "tst_sandbox_units.moc"
