// The rules of models/domain, table-driven: backup health, the PIT window, the next
// scheduled snapshot, rounded durations.
#include "domain/duration.h"
#include "domain/health.h"
#include "domain/nextsnapshot.h"
#include "domain/pitwindow.h"

#include <QTest>

using namespace lifeboat::domain;

Q_DECLARE_METATYPE(lifeboat::domain::HealthFacts)
Q_DECLARE_METATYPE(lifeboat::domain::HealthState)
Q_DECLARE_METATYPE(lifeboat::domain::HealthReason)
Q_DECLARE_METATYPE(lifeboat::domain::DurationUnit)
Q_DECLARE_METATYPE(lifeboat::domain::NextSnapshot::State)

namespace {

const QDateTime kNow(QDate(2024, 5, 10), QTime(12, 0), Qt::UTC);
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

HealthFacts dedicated(qint64 lastGoodAgo, qint64 promised)
{
    HealthFacts f;
    f.synced = true;
    f.lastGood = kNow.addSecs(-lastGoodAgo);
    f.latestAt = f.lastGood;
    f.latestStatus = SnapshotStatus::Completed;
    f.promisedSeconds = promised;
    return f;
}

Snapshot snapshot(const QDateTime &created, SnapshotStatus status, SnapshotType type = SnapshotType::Scheduled)
{
    Snapshot s;
    s.id = created.toString(Qt::ISODate);
    s.createdAt = created;
    s.status.value = status;
    s.status.raw = QStringLiteral("x");
    s.snapshotType.value = type;
    return s;
}

BackupSchedule schedule(QList<PolicyItem> items, int restoreWindowDays = 0)
{
    BackupSchedule b;
    b.referenceHourOfDay = 3;
    b.referenceMinuteOfHour = 30;
    b.restoreWindowDays = restoreWindowDays;
    b.policies = {{QStringLiteral("p1"), std::move(items)}};
    return b;
}

const PolicyItem kHourly6{QStringLiteral("h"), Frequency::Hourly, 6, RetentionUnit::Days, 7};
const PolicyItem kDaily{QStringLiteral("d"), Frequency::Daily, 1, RetentionUnit::Days, 7};
const PolicyItem kWeekly{QStringLiteral("w"), Frequency::Weekly, 6, RetentionUnit::Weeks, 4};

}  // namespace

class TestDomainRules : public QObject {
    Q_OBJECT
private slots:
    void health_data()
    {
        QTest::addColumn<HealthFacts>("facts");
        QTest::addColumn<HealthState>("state");
        QTest::addColumn<QList<int>>("reasons");  // HealthReason values, worst first
        auto reasons = [](std::initializer_list<HealthReason> r) {
            QList<int> out;
            for (HealthReason x : r) out.append(int(x));
            return out;
        };

        QTest::newRow("daily, 3 h old") << dedicated(3 * kHour, kDay) << HealthState::Ok << QList<int>();
        QTest::newRow("daily, exactly at the grace")
            << dedicated(kDay + kLateGraceSeconds, kDay) << HealthState::Ok << QList<int>();
        QTest::newRow("daily, a second past the grace")
            << dedicated(kDay + kLateGraceSeconds + 1, kDay) << HealthState::Warning << reasons({HealthReason::Late});
        // Not the navigator's old fixed 26 h: an hourly-every-6-h schedule is late after 7 h.
        QTest::newRow("hourly every 6 h, 7 h old")
            << dedicated(7 * kHour, 6 * kHour) << HealthState::Ok << QList<int>();
        QTest::newRow("hourly every 6 h, 7 h 1 s old")
            << dedicated(7 * kHour + 1, 6 * kHour) << HealthState::Warning << reasons({HealthReason::Late});
        QTest::newRow("hourly every 6 h, exactly 3 runs missed")
            << dedicated(18 * kHour + kLateGraceSeconds, 6 * kHour) << HealthState::Warning
            << reasons({HealthReason::Late});
        QTest::newRow("hourly every 6 h, more than 3 runs missed")
            << dedicated(18 * kHour + kLateGraceSeconds + 1, 6 * kHour) << HealthState::Critical
            << reasons({HealthReason::Late});
        QTest::newRow("weekly only, 5 days old") << dedicated(5 * kDay, 7 * kDay) << HealthState::Ok << QList<int>();
        QTest::newRow("no schedule known: never late") << dedicated(90 * kDay, 0) << HealthState::Ok << QList<int>();

        HealthFacts running = dedicated(kDay + 2 * kHour, kDay);
        running.latestAt = kNow.addSecs(-kHour);
        running.latestStatus = SnapshotStatus::InProgress;
        QTest::newRow("in-progress run on time counts") << running << HealthState::Ok << QList<int>();
        HealthFacts stuck = running;
        stuck.lastGood = kNow.addSecs(-3 * kDay);
        stuck.latestAt = kNow.addSecs(-kDay - kLateGraceSeconds - 1);
        QTest::newRow("in progress since before the promise")
            << stuck << HealthState::Warning << reasons({HealthReason::Late});

        HealthFacts failed = dedicated(2 * kHour, kDay);
        failed.latestAt = kNow.addSecs(-kHour);
        failed.latestStatus = SnapshotStatus::Failed;
        QTest::newRow("latest failed") << failed << HealthState::Warning << reasons({HealthReason::LatestFailed});

        HealthFacts fallback = dedicated(2 * kHour, kDay);
        fallback.lastGoodIsFallback = true;
        QTest::newRow("fallback latest") << fallback << HealthState::Warning << reasons({HealthReason::LatestFallback});

        HealthFacts none = dedicated(0, kDay);
        none.lastGood = QDateTime();
        none.latestAt = QDateTime();
        none.latestStatus = SnapshotStatus::Unknown;
        QTest::newRow("synced, no completed snapshot")
            << none << HealthState::Critical << reasons({HealthReason::NoCompletedSnapshot});

        HealthFacts never;
        QTest::newRow("never synced") << never << HealthState::Unknown << reasons({HealthReason::NeverSynced});

        HealthFacts m0;
        m0.kind = ClusterKind::FreeTier;
        QTest::newRow("M0 unprotected, synced or not")
            << m0 << HealthState::Unprotected << reasons({HealthReason::FreeTier});
        m0.synced = true;
        QTest::newRow("M0 synced") << m0 << HealthState::Unprotected << reasons({HealthReason::FreeTier});

        HealthFacts off = dedicated(40 * kDay, kDay);
        off.backupEnabled = false;
        QTest::newRow("backup off: old snapshots are not late")
            << off << HealthState::Unprotected << reasons({HealthReason::BackupOff});
        HealthFacts offNever;
        offNever.backupEnabled = false;
        QTest::newRow("backup off, never synced")
            << offNever << HealthState::Unprotected << reasons({HealthReason::BackupOff});

        HealthFacts restore = dedicated(kHour, kDay);
        restore.lastRestoreFailed = true;
        restore.lastRestoreAt = kNow.addSecs(-kDay);
        QTest::newRow("last restore failed")
            << restore << HealthState::Warning << reasons({HealthReason::LastRestoreFailed});
        HealthFacts exportFailed = dedicated(kHour, kDay);
        exportFailed.lastExportFailed = true;
        QTest::newRow("last export failed")
            << exportFailed << HealthState::Warning << reasons({HealthReason::LastExportFailed});

        HealthFacts both = dedicated(5 * kDay, kDay);
        both.lastRestoreFailed = true;
        QTest::newRow("worst first: critically late and a failed restore")
            << both << HealthState::Critical << reasons({HealthReason::Late, HealthReason::LastRestoreFailed});

        HealthFacts flex;
        flex.kind = ClusterKind::Flex;
        flex.synced = true;
        flex.lastGood = kNow.addSecs(-kDay - kLateGraceSeconds);
        flex.latestAt = flex.lastGood;
        flex.latestStatus = SnapshotStatus::Completed;
        QTest::newRow("flex daily, at the grace") << flex << HealthState::Ok << QList<int>();
        flex.lastGood = flex.lastGood.addSecs(-1);
        QTest::newRow("flex daily, past the grace") << flex << HealthState::Warning << reasons({HealthReason::Late});
    }

    void health()
    {
        QFETCH(HealthFacts, facts);
        QFETCH(HealthState, state);
        QFETCH(QList<int>, reasons);
        const BackupHealth h = backupHealth(facts, kNow);
        QList<int> got;
        for (const HealthFinding &f : h.findings) got.append(int(f.reason));
        QCOMPARE(int(h.state), int(state));
        QCOMPARE(got, reasons);
    }

    void lateFindingCarriesTheNumbers()
    {
        const BackupHealth h = backupHealth(dedicated(30 * kHour, kDay), kNow);
        QCOMPARE(h.findings.size(), 1);
        QCOMPARE(h.findings[0].ageSeconds, 30 * kHour);
        QCOMPARE(h.findings[0].promisedSeconds, kDay);
        QCOMPARE(h.findings[0].at, kNow.addSecs(-30 * kHour));
    }

    void factsFromCachedValues()
    {
        Cluster c;
        c.backupEnabled = true;
        c.instanceSize = QStringLiteral("M10");
        const QList<Snapshot> snaps{
            snapshot(kNow.addSecs(-kHour), SnapshotStatus::Failed),
            snapshot(kNow.addSecs(-7 * kHour), SnapshotStatus::Completed, SnapshotType::Fallback),
            snapshot(kNow.addSecs(-13 * kHour), SnapshotStatus::Completed)};
        RestoreJob older, newer;
        older.timestamp = kNow.addDays(-3);
        newer.timestamp = kNow.addDays(-1);
        newer.failed = true;
        const HealthFacts f = healthFacts(c, snaps, schedule({kDaily, kHourly6}), {older, newer}, true);
        QCOMPARE(f.kind, ClusterKind::Dedicated);
        QCOMPARE(f.lastGood, kNow.addSecs(-7 * kHour));
        QVERIFY(f.lastGoodIsFallback);
        QCOMPARE(f.latestAt, kNow.addSecs(-kHour));
        QCOMPARE(f.latestStatus, SnapshotStatus::Failed);
        QCOMPARE(f.promisedSeconds, 6 * kHour);
        QVERIFY(f.lastRestoreFailed);
        const BackupHealth h = backupHealth(f, kNow);
        QCOMPARE(h.state, HealthState::Warning);
        QVERIFY(h.has(HealthReason::LatestFailed));
        QVERIFY(h.has(HealthReason::LatestFallback));
        QVERIFY(h.has(HealthReason::LastRestoreFailed));
        QVERIFY(!h.has(HealthReason::Late));

        c.instanceSize = QStringLiteral("m0");
        QCOMPARE(healthFacts(c, {}, std::nullopt, {}, false).kind, ClusterKind::FreeTier);
    }

    void flexFacts()
    {
        FlexCluster fc;
        FlexSnapshot done, running;
        done.scheduledTime = kNow.addDays(-1);
        done.finishTime = kNow.addDays(-1).addSecs(600);
        done.status.value = FlexJobStatus::Completed;
        running.scheduledTime = kNow.addSecs(-60);
        running.startTime = kNow.addSecs(-30);
        running.status.value = FlexJobStatus::Running;
        const HealthFacts f = healthFacts(fc, {done, running}, {}, true);
        QCOMPARE(f.kind, ClusterKind::Flex);
        QCOMPARE(f.lastGood, done.finishTime);
        QCOMPARE(f.latestAt, running.startTime);
        QCOMPARE(f.latestStatus, SnapshotStatus::InProgress);
        QCOMPARE(f.promisedSeconds, kFlexIntervalSeconds);
        QVERIFY(!f.lastRestoreFailed);

        // The newest Flex restore decides: a failed one raises a warning, an older failure does not.
        FlexRestoreJob failed, finished;
        failed.restoreScheduledDate = kNow.addDays(-2);
        failed.status.value = FlexJobStatus::Failed;
        finished.restoreScheduledDate = kNow.addDays(-1);
        finished.status.value = FlexJobStatus::Completed;
        const HealthFacts older = healthFacts(fc, {done}, {failed, finished}, true);
        QVERIFY(!older.lastRestoreFailed);
        QCOMPARE(older.lastRestoreAt, finished.restoreScheduledDate);
        QVERIFY(!backupHealth(older, kNow).has(HealthReason::LastRestoreFailed));
        const HealthFacts newest = healthFacts(fc, {done}, {finished, failed, FlexRestoreJob{}}, true);
        QVERIFY(!newest.lastRestoreFailed);  // an undated job is not newer than a dated one
        failed.restoreScheduledDate = kNow.addSecs(-3600);
        const HealthFacts last = healthFacts(fc, {done}, {finished, failed}, true);
        QVERIFY(last.lastRestoreFailed);
        const BackupHealth h = backupHealth(last, kNow);
        QVERIFY(h.has(HealthReason::LastRestoreFailed));
        QCOMPARE(h.state, HealthState::Warning);
    }

    void promisedInterval_data()
    {
        QTest::addColumn<QList<PolicyItem>>("items");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("none") << QList<PolicyItem>() << qint64(0);
        QTest::newRow("default policy: hourly every 6 h") << defaultPolicyItems() << 6 * kHour;
        QTest::newRow("daily and weekly") << QList<PolicyItem>{kWeekly, kDaily} << kDay;
        QTest::newRow("weekly only") << QList<PolicyItem>{kWeekly} << 7 * kDay;
        QTest::newRow("hourly every 1 h")
            << QList<PolicyItem>{{QString(), Frequency::Hourly, 1, RetentionUnit::Days, 2}} << kHour;
    }
    void promisedInterval()
    {
        QFETCH(QList<PolicyItem>, items);
        QFETCH(qint64, seconds);
        QCOMPARE(promisedIntervalSeconds(items), seconds);
    }

    void pitWindowRule()
    {
        Cluster c;
        c.backupEnabled = true;
        c.pitEnabled = true;
        const QList<Snapshot> snaps{snapshot(kNow.addDays(-1), SnapshotStatus::Completed),
                                    snapshot(kNow.addDays(-5), SnapshotStatus::Completed),
                                    snapshot(kNow.addDays(-9), SnapshotStatus::Failed)};
        auto w = pitWindow(c, schedule({kHourly6}, 2), snaps, kNow);
        QVERIFY(w);
        QCOMPARE(w->from, kNow.addDays(-2));
        QCOMPARE(w->to, kNow);
        // The window starts no earlier than the oldest completed snapshot (a failed one is no base).
        w = pitWindow(c, schedule({kHourly6}, 7), snaps, kNow);
        QVERIFY(w);
        QCOMPARE(w->from, kNow.addDays(-5));
        QVERIFY(!pitWindow(c, schedule({kHourly6}, 7), {}, kNow));
        QVERIFY(!pitWindow(c, schedule({kHourly6}, 0), snaps, kNow));
        QVERIFY(!pitWindow(c, std::nullopt, snaps, kNow));
        c.pitEnabled = false;
        QVERIFY(!pitWindow(c, schedule({kHourly6}, 2), snaps, kNow));
        c.pitEnabled = true;
        c.backupEnabled = false;
        QVERIFY(!pitWindow(c, schedule({kHourly6}, 2), snaps, kNow));
    }

    void nextSnapshot_data()
    {
        QTest::addColumn<bool>("backupEnabled");
        QTest::addColumn<bool>("hasSchedule");
        QTest::addColumn<QDateTime>("serverNext");
        QTest::addColumn<QList<int>>("statuses");  // SnapshotStatus of snapshots 1 h, 7 h ago
        QTest::addColumn<NextSnapshot::State>("state");
        QTest::addColumn<QDateTime>("at");
        const QList<int> done{int(SnapshotStatus::Completed), int(SnapshotStatus::Completed)};
        QTest::newRow("backup off") << false << true << QDateTime() << done << NextSnapshot::State::BackupOff
                                    << QDateTime();
        QTest::newRow("no schedule") << true << false << QDateTime() << done << NextSnapshot::State::NoSchedule
                                     << QDateTime();
        QTest::newRow("in progress counts")
            << true << true << kNow.addSecs(5 * kHour)
            << QList<int>{int(SnapshotStatus::InProgress), int(SnapshotStatus::Completed)}
            << NextSnapshot::State::InProgress << kNow.addSecs(-kHour);
        QTest::newRow("queued counts") << true << true << QDateTime()
                                       << QList<int>{int(SnapshotStatus::Completed), int(SnapshotStatus::Queued)}
                                       << NextSnapshot::State::InProgress << kNow.addSecs(-7 * kHour);
        QTest::newRow("the server's time when ahead") << true << true << kNow.addSecs(5 * kHour) << done
                                                      << NextSnapshot::State::Scheduled << kNow.addSecs(5 * kHour);
        // Every 6 h from 03:30: 03:30, 09:30, 15:30, 21:30; now is 12:00.
        QTest::newRow("computed when the server's time is past")
            << true << true << kNow.addSecs(-kHour) << done << NextSnapshot::State::Scheduled
            << QDateTime(kNow.date(), QTime(15, 30), Qt::UTC);
        QTest::newRow("computed when the server sent none")
            << true << true << QDateTime() << done << NextSnapshot::State::Scheduled
            << QDateTime(kNow.date(), QTime(15, 30), Qt::UTC);
    }
    void nextSnapshot()
    {
        QFETCH(bool, backupEnabled);
        QFETCH(bool, hasSchedule);
        QFETCH(QDateTime, serverNext);
        QFETCH(QList<int>, statuses);
        QFETCH(NextSnapshot::State, state);
        QFETCH(QDateTime, at);
        std::optional<BackupSchedule> s;
        if (hasSchedule) {
            s = schedule({kHourly6, kDaily});
            s->nextSnapshot = serverNext;
        }
        const QList<Snapshot> snaps{snapshot(kNow.addSecs(-kHour), SnapshotStatus(statuses[0])),
                                    snapshot(kNow.addSecs(-7 * kHour), SnapshotStatus(statuses[1]))};
        const NextSnapshot n = nextScheduledSnapshot(backupEnabled, s, snaps, kNow);
        QCOMPARE(n.state, state);
        QCOMPARE(n.at, at);
    }

    void onDemandRunIsNotTheSchedule()
    {
        const QList<Snapshot> snaps{snapshot(kNow.addSecs(-60), SnapshotStatus::InProgress, SnapshotType::OnDemand)};
        auto s = schedule({kHourly6});
        s.nextSnapshot = kNow.addSecs(3 * kHour);
        const NextSnapshot n = nextScheduledSnapshot(true, s, snaps, kNow);
        QCOMPARE(n.state, NextSnapshot::State::Scheduled);
        QCOMPARE(n.at, kNow.addSecs(3 * kHour));
    }

    void rounded_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<DurationUnit>("unit");
        QTest::newRow("negative") << qint64(-5) << qint64(0) << DurationUnit::Seconds;
        QTest::newRow("59 s") << qint64(59) << qint64(59) << DurationUnit::Seconds;
        QTest::newRow("89 s -> 1 min") << qint64(89) << qint64(1) << DurationUnit::Minutes;
        QTest::newRow("90 s -> 2 min (nearest, not down)") << qint64(90) << qint64(2) << DurationUnit::Minutes;
        QTest::newRow("59 min 29 s") << qint64(59 * 60 + 29) << qint64(59) << DurationUnit::Minutes;
        QTest::newRow("59 min 30 s -> 1 h") << qint64(59 * 60 + 30) << qint64(1) << DurationUnit::Hours;
        QTest::newRow("1 h 29 min -> 1 h") << qint64(89 * 60) << qint64(1) << DurationUnit::Hours;
        QTest::newRow("1 h 30 min -> 2 h") << qint64(90 * 60) << qint64(2) << DurationUnit::Hours;
        QTest::newRow("5 h 59 min -> 6 h") << qint64(6 * kHour - 60) << qint64(6) << DurationUnit::Hours;
        QTest::newRow("47 h 29 min") << qint64(47 * kHour + 29 * 60) << qint64(47) << DurationUnit::Hours;
        QTest::newRow("47 h 30 min -> 2 d") << qint64(47 * kHour + 30 * 60) << qint64(2) << DurationUnit::Days;
        QTest::newRow("2 d 12 h -> 3 d") << qint64(60 * kHour) << qint64(3) << DurationUnit::Days;
        QTest::newRow("59 d 11 h") << qint64(59 * kDay + 11 * kHour) << qint64(59) << DurationUnit::Days;
        QTest::newRow("59 d 12 h -> 2 mo") << qint64(59 * kDay + 12 * kHour) << qint64(2) << DurationUnit::Months;
        QTest::newRow("1 year -> 12 mo") << qint64(365 * kDay) << qint64(12) << DurationUnit::Months;
    }
    void rounded()
    {
        QFETCH(qint64, seconds);
        QFETCH(qint64, value);
        QFETCH(DurationUnit, unit);
        const RoundedDuration d = roundedDuration(seconds);
        QCOMPARE(d.value, value);
        QCOMPARE(d.unit, unit);
    }
};

QTEST_GUILESS_MAIN(TestDomainRules)
#include "tst_domain_rules.moc"
