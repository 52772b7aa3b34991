// The policy jobs end to end through JobRunner against the in-process sandbox (real HTTP):
// validate (refusals send nothing), apply with ids kept and updateSnapshots checked against
// the snapshots read back, a lost answer after the server applied (no second PATCH), a
// snapshot's expiry changed and a snapshot deleted, each checked on the server.
#include "cache/cache.h"
#include "jobs/jobrunner.h"
#include "jobstestutil.h"
#include "restoretestutil.h"

#include <QJsonArray>

using namespace lifeboat;
using namespace lifeboat::domain;
using namespace lifeboat::jobs;
using jobstest::Watched;
using restoretest::Fixture;
using testutil::Response;

class TestJobsPolicy : public QObject {
    Q_OBJECT
    Fixture fx;
    QTemporaryDir m_dir;

    atlas::ClientOptions options() const { return jobstest::fastRetryOptions(fx.engine->baseUrl()); }
    void start(Watched &w, const QString &name) { w.runner.start(options(), m_dir.filePath(name + ".sqlite")); }

    QJsonObject serverSchedule(const QString &cluster)
    {
        return fx.get(fx.cluster(cluster) + QStringLiteral("/backup/schedule"), "2024-08-05").json();
    }
    QList<QJsonObject> serverSnapshots(const QString &cluster)
    {
        QList<QJsonObject> out;
        for (const auto &v : fx.get(fx.cluster(cluster) + QStringLiteral("/backup/snapshots?itemsPerPage=500"))
                                 .json()
                                 .value("results")
                                 .toArray())
            out.append(v.toObject());
        return out;
    }
    int scheduleEvents()
    {
        int n = 0;
        const QJsonObject page =
            fx.get(QStringLiteral("/api/atlas/v2/groups/") + fx.prod +
                   QStringLiteral("/events?eventType=CPS_SNAPSHOT_SCHEDULE_UPDATED_AUDIT&itemsPerPage=500"))
                .json();
        for (const auto &v : page.value("results").toArray())
            n += v.toObject().value("eventTypeName") == QStringLiteral("CPS_SNAPSHOT_SCHEDULE_UPDATED_AUDIT");
        return n;
    }
    static QJsonArray items(const QJsonObject &schedule)
    {
        return schedule.value("policies").toArray().first().toObject().value("policyItems").toArray();
    }
    // The schedule as the job would start from: read through the client's mapping.
    BackupSchedule current(const QString &cluster)
    {
        BackupSchedule s;
        const QJsonObject o = serverSchedule(cluster);
        s.referenceHourOfDay = o.value("referenceHourOfDay").toInt();
        s.referenceMinuteOfHour = o.value("referenceMinuteOfHour").toInt();
        s.restoreWindowDays = o.value("restoreWindowDays").toInt();
        SchedulePolicy p;
        p.id = o.value("policies").toArray().first().toObject().value("id").toString();
        for (const auto &v : items(o)) {
            const QJsonObject i = v.toObject();
            p.policyItems.append({i.value("id").toString(), frequencyFromName(i.value("frequencyType").toString()),
                                  i.value("frequencyInterval").toInt(),
                                  retentionUnitFromName(i.value("retentionUnit").toString()),
                                  i.value("retentionValue").toInt()});
        }
        s.policies = {p};
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(fx.start());
    }
    void init() { fx.engine->clearFaults(); }

    void refusedEditSendsNothing()
    {
        Watched w;
        start(w, QStringLiteral("refused"));
        const QJsonObject before = serverSchedule(QStringLiteral("src"));
        PolicyChange c{current(QStringLiteral("src")), false, {}};
        c.after.policies[0].policyItems[0].interval = 3;  // hourly every 3 h: not an Atlas interval
        const auto v = w.wait(w.runner.validatePolicy(fx.prod, QStringLiteral("src"), c));
        QVERIFY(v && v->ok());
        const PolicyValidation val = v->payload.value<PolicyValidation>();
        QVERIFY(!val.allowed);
        QVERIFY(hasFinding(val.findings, policycode::kIntervalInvalid));
        const auto a = w.wait(w.runner.applyPolicy(fx.prod, QStringLiteral("src"), c));
        QVERIFY(a && !a->ok());
        QCOMPARE(a->error.kind, JobError::Kind::Validation);
        QCOMPARE(serverSchedule(QStringLiteral("src")), before);
    }

    void applyKeepsIdsAndMovesTheExpiriesItSaid()
    {
        Watched w;
        start(w, QStringLiteral("apply"));
        const BackupSchedule before = current(QStringLiteral("src"));
        const QString hourlyId = before.allItems().first().id;
        QVERIFY(!hourlyId.isEmpty());
        PolicyChange c{before, true, {}};
        c.after.policies[0].policyItems[0].value = 5;  // hourly: 3 -> 5 days, existing ones move
        c.after.policies[0].policyItems.append({{}, Frequency::Daily, 1, RetentionUnit::Days, 7});
        const auto v = w.wait(w.runner.validatePolicy(fx.prod, QStringLiteral("src"), c));
        QVERIFY(v && v->ok());
        const PolicyValidation val = v->payload.value<PolicyValidation>();
        QVERIFY2(val.allowed, qPrintable(findingCodes(val.findings).join(u',')));
        QVERIFY(!val.impact.moved.isEmpty());
        QVERIFY(val.impact.keptAfter > val.impact.keptBefore);

        const auto r = w.wait(w.runner.applyPolicy(fx.prod, QStringLiteral("src"), c));
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.message));
        const PolicyOutcome out = r->payload.value<PolicyOutcome>();
        QStringList asked;
        for (const PolicyDiff &d : out.differences)
            asked << QStringLiteral("%1:%2->%3").arg(d.field, d.before, d.after);
        QVERIFY2(out.differences.isEmpty(), qPrintable(asked.join(u' ')));
        QCOMPARE(out.expiries.size(), val.impact.moved.size());
        QCOMPARE(out.expiriesAsExpected, int(out.expiries.size()));
        QVERIFY(out.expiriesMovedUnasked.isEmpty());
        // On the server: the hourly item kept its id, the daily one has a new one.
        const QJsonArray now = items(serverSchedule(QStringLiteral("src")));
        QCOMPARE(now.size(), 2);
        QCOMPARE(now.at(0).toObject().value("id").toString(), hourlyId);
        QCOMPARE(now.at(0).toObject().value("retentionValue").toInt(), 5);
        QVERIFY(!now.at(1).toObject().value("id").toString().isEmpty());
        // Every snapshot the review named expires where it said.
        QHash<QString, QString> expiries;
        for (const QJsonObject &s : serverSnapshots(QStringLiteral("src")))
            expiries.insert(s.value("id").toString(), s.value("expiresAt").toString());
        // (within a minute: Atlas counts from the slot or from createdAt, which starts a little late)
        for (const MovedExpiry &m : val.impact.moved)
            QVERIFY(qAbs(QDateTime::fromString(expiries.value(m.snapshotId), Qt::ISODate).secsTo(m.after)) <= 120);
        // The cache holds the new schedule.
        cache::Cache cache;
        QVERIFY(cache.open(m_dir.filePath("apply.sqlite"), cache::Cache::Mode::ReadOnly));
        QCOMPARE(cache.schedule(fx.prod, QStringLiteral("src"))->allItems().size(), 2);
    }

    void lostAnswerAfterTheServerAppliedIsReadBack()
    {
        Watched w;
        start(w, QStringLiteral("lost"));
        PolicyChange c{current(QStringLiteral("src82")), false, {}};
        c.after.policies[0].policyItems[0].value = 4;
        sandbox::Fault cut;
        cut.pathContains = QStringLiteral("/clusters/src82/backup/schedule");
        cut.method = QStringLiteral("PATCH");
        cut.kind = sandbox::Fault::Kind::Truncate;
        fx.engine->addFault(cut);
        const auto r = w.wait(w.runner.applyPolicy(fx.prod, QStringLiteral("src82"), c));
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.message));
        QVERIFY(r->payload.value<PolicyOutcome>().confirmedByReread);
        QCOMPARE(items(serverSchedule(QStringLiteral("src82"))).at(0).toObject().value("retentionValue").toInt(), 4);
        // A 503 before the server did anything: refused, nothing applied, not re-sent.
        c.after.policies[0].policyItems[0].value = 6;
        sandbox::Fault busy = cut;
        busy.kind = sandbox::Fault::Kind::Status;
        busy.status = 503;
        busy.count = 1;
        fx.engine->addFault(busy);
        const auto b = w.wait(w.runner.applyPolicy(fx.prod, QStringLiteral("src82"), c));
        QVERIFY(b && !b->ok());
        QVERIFY2(b->error.message.contains(QStringLiteral("did not apply")), qPrintable(b->error.message));
        QCOMPARE(items(serverSchedule(QStringLiteral("src82"))).at(0).toObject().value("retentionValue").toInt(), 4);
    }

    // The connection reset after the server applied: Qt must not resend the request on its
    // own (it does for a request without a body on a reused keep-alive connection); the job
    // reads again and finds the change made once.
    void resetAfterTheServerAppliedIsNotSentAgain()
    {
        Watched w;
        start(w, QStringLiteral("reset"));
        const int updatesBefore = scheduleEvents();
        PolicyChange c{current(QStringLiteral("src82")), false, {}};
        c.after.referenceMinuteOfHour = (c.after.referenceMinuteOfHour + 7) % 60;
        sandbox::Fault reset;
        reset.pathContains = QStringLiteral("/clusters/src82/backup/schedule");
        reset.method = QStringLiteral("PATCH");
        reset.kind = sandbox::Fault::Kind::ResetAfterApply;
        reset.count = 1;
        fx.engine->addFault(reset);
        const auto r = w.wait(w.runner.applyPolicy(fx.prod, QStringLiteral("src82"), c));
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.message));
        QVERIFY(r->payload.value<PolicyOutcome>().confirmedByReread);
        QCOMPARE(serverSchedule(QStringLiteral("src82")).value("referenceMinuteOfHour").toInt(),
                 c.after.referenceMinuteOfHour);
        QCOMPARE(scheduleEvents(), updatesBefore + 1);

        // A DELETE has no body: the same reset must not turn into a second DELETE (a 404).
        const QList<QJsonObject> snaps = serverSnapshots(QStringLiteral("nopit"));
        QVERIFY(snaps.size() >= 3);
        const QString victim = snaps.at(1).value("id").toString();
        reset.pathContains = QStringLiteral("/backup/snapshots/") + victim;
        reset.method = QStringLiteral("DELETE");
        fx.engine->addFault(reset);
        const auto d = w.wait(w.runner.changeSnapshot(
            {SnapshotChange::Kind::Delete, fx.prod, QStringLiteral("nopit"), victim, RetentionUnit::Days, 0}));
        QVERIFY(d);
        QVERIFY2(d->ok(), qPrintable(d->error.message));
        QVERIFY(d->payload.value<SnapshotChangeOutcome>().confirmedByReread);
        for (const QJsonObject &s : serverSnapshots(QStringLiteral("nopit"))) QVERIFY(s.value("id") != victim);
    }

    void snapshotExpiryAndDelete()
    {
        Watched w;
        start(w, QStringLiteral("snap"));
        QList<QJsonObject> snaps = serverSnapshots(QStringLiteral("nopit"));
        QVERIFY(snaps.size() >= 2);
        const QJsonObject first = snaps.first();
        const QDateTime created = QDateTime::fromString(first.value("createdAt").toString(), Qt::ISODate);
        SnapshotChange expire{SnapshotChange::Kind::Expire, fx.prod,
                              QStringLiteral("nopit"),      first.value("id").toString(),
                              RetentionUnit::Days,          30};
        const auto e = w.wait(w.runner.changeSnapshot(expire));
        QVERIFY(e);
        QVERIFY2(e->ok(), qPrintable(e->error.message));
        for (const QJsonObject &s : serverSnapshots(QStringLiteral("nopit")))
            if (s.value("id") == first.value("id"))
                QCOMPARE(QDateTime::fromString(s.value("expiresAt").toString(), Qt::ISODate), created.addDays(30));
        // A retention whose expiry has passed is refused before sending.
        expire.value = 0;
        const auto bad = w.wait(w.runner.changeSnapshot(expire));
        QVERIFY(bad && !bad->ok());
        QCOMPARE(bad->error.kind, JobError::Kind::Validation);

        const QString victim = snaps.last().value("id").toString();
        const auto d = w.wait(w.runner.changeSnapshot(
            {SnapshotChange::Kind::Delete, fx.prod, QStringLiteral("nopit"), victim, RetentionUnit::Days, 0}));
        QVERIFY(d);
        QVERIFY2(d->ok(), qPrintable(d->error.message));
        for (const QJsonObject &s : serverSnapshots(QStringLiteral("nopit")))
            QVERIFY(s.value("id").toString() != victim);
        // Sharded: the sharded route.
        const auto shard = fx.latestSnapshot(QStringLiteral("sh2"), true);
        const auto ds = w.wait(w.runner.changeSnapshot({SnapshotChange::Kind::Delete, fx.prod, QStringLiteral("sh2"),
                                                        shard.value("id").toString(), RetentionUnit::Days, 0}));
        QVERIFY(ds);
        QVERIFY2(ds->ok(), qPrintable(ds->error.message));
        QVERIFY(fx.latestSnapshot(QStringLiteral("sh2"), true).value("id") != shard.value("id"));
    }
};

QTEST_MAIN(TestJobsPolicy)
#include "tst_jobs_policy.moc"
