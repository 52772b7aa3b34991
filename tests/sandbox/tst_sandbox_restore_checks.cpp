// The server's own restore checks over HTTP, each on both sides of its boundary: versions
// and the pinned FCV, M0, Flex targets, topology, encryption, PIT inputs, window, continuous
// backup, a running restore, the blackout after a restore onto the source, roles.
#include "restoretestutil.h"

using namespace restoretest;

class SandboxRestoreChecksTest : public QObject {
    Q_OBJECT
    Fixture fx;

    // Creates the restore; an allowed one is cancelled at once so the next case starts clean.
    QString attempt(const QString &source, const QJsonObject &body, int status, const QString &code = QString(),
                    const QString &key = QStringLiteral("owner"))
    {
        const Response r = fx.restore(source, body, key);
        if (r.status != status || (!code.isEmpty() && r.json().value("errorCode").toString() != code))
            return QStringLiteral("%1 -> %2: %3").arg(source).arg(r.status).arg(QString::fromUtf8(r.body.left(400)));
        if (status == 200 && !source.startsWith(u"sh"))
            fx.as(QStringLiteral("owner"), "DELETE",
                  fx.cluster(source) + QStringLiteral("/backup/restoreJobs/") + r.json().value("id").toString());
        if (status == 200 && source.startsWith(u"sh")) fx.engine->advanceBy(8 * 3600);
        return QString();
    }
    QString latest(const QString &c, bool sharded = false)
    {
        return fx.latestSnapshot(c, sharded).value("id").toString();
    }

private slots:
    void initTestCase() { QVERIFY(fx.start()); }

    void versions()
    {
        const QString s = latest(QStringLiteral("src"));
        QCOMPARE(attempt("src", fx.automated(s, "dst"), 200), QString());   // 8.0.4 -> 8.0.9
        QCOMPARE(attempt("src", fx.automated(s, "next"), 200), QString());  // -> 9.0.1, the next major
        QCOMPARE(attempt("src", fx.automated(s, "old"), 400, "RESTORE_VERSION_INCOMPATIBLE"), QString());
        QCOMPARE(attempt("src", fx.automated(s, "twoup"), 400, "RESTORE_VERSION_INCOMPATIBLE"), QString());
        const QString s82 = latest(QStringLiteral("src82"));
        QCOMPARE(attempt("src82", fx.automated(s82, "dst82"), 200), QString());  // 8.2.1 -> 8.2.0: same minor
        QCOMPARE(attempt("src82", fx.automated(s82, "dst"), 400, "RESTORE_VERSION_INCOMPATIBLE"),
                 QString());  // lower minor
    }

    void pinnedFcv()
    {
        // Snapshots from the last day carry FCV 7.0 (pinned a day before the start); older ones do not.
        const QString pinnedSnap = latest(QStringLiteral("pinned"));
        const QString before = fx.oldestSnapshot(QStringLiteral("pinned")).value("id").toString();
        QVERIFY(pinnedSnap != before);
        QCOMPARE(attempt("pinned", fx.automated(pinnedSnap, "dst"), 400, "RESTORE_FCV_INCOMPATIBLE"), QString());
        QCOMPARE(attempt("pinned", fx.automated(pinnedSnap, "next"), 400, "RESTORE_FCV_INCOMPATIBLE"), QString());
        QCOMPARE(attempt("pinned", fx.automated(pinnedSnap, "old"), 200), QString());  // 7.x
        QCOMPARE(attempt("pinned", fx.automated(before, "dst"), 200), QString());      // before the pin
        QCOMPARE(attempt("pinned", fx.automated(before, "old"), 400, "RESTORE_VERSION_INCOMPATIBLE"), QString());
    }

    void tiersAndFlex()
    {
        const QString s = latest(QStringLiteral("src"));
        QCOMPARE(attempt("src", fx.automated(s, "free"), 400, "TENANT_CLUSTER_NOT_SUPPORTED"), QString());
        QCOMPARE(attempt("free", fx.automated(s, "dst"), 400, "TENANT_CLUSTER_NOT_SUPPORTED"), QString());
        QCOMPARE(attempt("src", fx.automated(s, "flexa"), 400, "CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API"), QString());
        QCOMPARE(attempt("src", fx.automated(s, "nothere"), 404, "CLUSTER_NOT_FOUND"), QString());
        QCOMPARE(attempt("src", fx.automated("0123456789abcdef01234567", "dst"), 404, "SNAPSHOT_NOT_FOUND"), QString());
    }

    void topology()
    {
        const QString sh = latest(QStringLiteral("sh2"), true);
        QCOMPARE(attempt("sh2", fx.automated(sh, "dst"), 400, "SHARDED_CLUSTER_CANT_BECOME_REPLICA_SET"), QString());
        QCOMPARE(attempt("sh2", fx.automated(sh, "sh3"), 400, "RESTORE_SHARD_COUNT_MISMATCH"), QString());
        QCOMPARE(attempt("sh2", fx.automated(sh, "sh2e"), 400, "RESTORE_CONFIG_SERVER_TYPE_MISMATCH"), QString());
        QCOMPARE(attempt("src", fx.automated(latest(QStringLiteral("src")), "sh2b"), 400, "RESTORE_TOPOLOGY_MISMATCH"),
                 QString());
        QCOMPARE(attempt("sh2", fx.automated(sh, "sh2b"), 200), QString());
    }

    void encryption()
    {
        const QString e = latest(QStringLiteral("enc"));
        QCOMPARE(attempt("enc", fx.automated(e, "encdst"), 200), QString());  // same provider
        QCOMPARE(attempt("enc", fx.automated(e, "encaz"), 400, "INVALID_SNAPSHOT_RESTORE_ENCRYPTION"), QString());
        QCOMPARE(attempt("enc", fx.automated(e, "dst"), 400, "INVALID_SNAPSHOT_RESTORE_ENCRYPTION"), QString());
        QCOMPARE(attempt("src", fx.automated(latest(QStringLiteral("src")), "encdst"), 400,
                         "INVALID_SNAPSHOT_RESTORE_ENCRYPTION"),
                 QString());
    }

    void pointInTimeInputsAndWindow()
    {
        auto pit = [&](const QJsonObject &extra) {
            QJsonObject b{{"deliveryType", "pointInTime"}, {"targetClusterName", "dst"}, {"targetGroupId", fx.prod}};
            for (auto it = extra.begin(); it != extra.end(); ++it) b.insert(it.key(), it.value());
            return b;
        };
        const qint64 now = fx.now();
        QCOMPARE(attempt("src", pit({{"pointInTimeUTCSeconds", double(now - 60)}}), 200), QString());
        QCOMPARE(attempt("src", pit({{"pointInTimeUTCSeconds", double(now)}}), 200), QString());
        QCOMPARE(attempt("src", pit({{"pointInTimeUTCSeconds", double(now + 1)}}), 400, "INVALID_PIT_RESTORE_TIME"),
                 QString());
        const qint64 windowStart = now - 2 * 86400;  // restoreWindowDays 2
        QCOMPARE(attempt("src", pit({{"pointInTimeUTCSeconds", double(windowStart)}}), 200), QString());
        QCOMPARE(
            attempt("src", pit({{"pointInTimeUTCSeconds", double(windowStart - 1)}}), 400, "INVALID_PIT_RESTORE_TIME"),
            QString());
        QCOMPARE(
            attempt("src",
                    pit({{"pointInTimeUTCSeconds", double(now - 60)}, {"oplogTs", double(now - 60)}, {"oplogInc", 1}}),
                    400, "INVALID_PIT_RESTORE_TIME"),
            QString());
        QCOMPARE(attempt("src", pit({}), 400, "INVALID_PIT_RESTORE_TIME"), QString());
        QCOMPARE(attempt("src", pit({{"oplogTs", double(now - 60)}}), 400, "MISSING_ATTRIBUTE"), QString());
        QCOMPARE(attempt("src", pit({{"oplogTs", double(now - 60)}, {"oplogInc", 1}}), 200), QString());
        QCOMPARE(
            attempt("nopit", pit({{"pointInTimeUTCSeconds", double(now - 60)}}), 400, "CONTINUOUS_BACKUP_NOT_ENABLED"),
            QString());
    }

    void oneRestoreAtATimePerTarget()
    {
        const QString s = latest(QStringLiteral("src"));
        const Response first = fx.restore(QStringLiteral("src"), fx.automated(s, "dst"));
        QCOMPARE(first.status, 200);
        QCOMPARE(attempt("src82", fx.automated(latest(QStringLiteral("src82")), "dst82"), 200),
                 QString());  // another target
        const Response second = fx.restore(QStringLiteral("src"), fx.automated(s, "dst"));
        QCOMPARE(second.status, 409);
        QCOMPARE(second.json().value("errorCode").toString(), QStringLiteral("ATLAS_CLUSTER_RESTORE_IN_PROGRESS"));
        fx.engine->advanceBy(3600);  // the first ended
        QCOMPARE(attempt("src", fx.automated(s, "dst"), 200), QString());
    }

    void blackoutAfterARestoreOntoTheSource()
    {
        // Restore src onto itself; until a snapshot is taken after it ended, no PIT after its start.
        const QString s = latest(QStringLiteral("src"));
        const qint64 start = fx.now();
        const Response r = fx.restore(QStringLiteral("src"), fx.automated(s, "src"));
        QCOMPARE(r.status, 200);
        fx.engine->advanceBy(600);  // ended (an M10 takes about two minutes)
        QVERIFY(fx.job("src", r.json().value("id").toString()).contains("finishedAt"));
        auto pitAt = [&](qint64 t) {
            return QJsonObject{{"deliveryType", "pointInTime"},
                               {"targetClusterName", "dst"},
                               {"targetGroupId", fx.prod},
                               {"pointInTimeUTCSeconds", double(t)}};
        };
        QCOMPARE(attempt("src", pitAt(start - 1), 200), QString());
        QCOMPARE(attempt("src", pitAt(start), 404, "UNABLE_T0_FIND_SNAPSHOT_PRIOR_TO_PIT_RESTORE_OPTIME"), QString());
        QCOMPARE(attempt("src", pitAt(fx.now() - 1), 404, "UNABLE_T0_FIND_SNAPSHOT_PRIOR_TO_PIT_RESTORE_OPTIME"),
                 QString());
        fx.engine->advanceBy(2 * 3600);  // the hourly snapshots after it
        const qint64 ended =
            QDateTime::fromString(fx.job("src", r.json().value("id").toString()).value("finishedAt").toString(),
                                  Qt::ISODate)
                .toSecsSinceEpoch();
        qint64 taken = 0;  // the first completed snapshot after the restore ended
        for (const auto &v :
             fx.get(fx.cluster(QStringLiteral("src")) + QStringLiteral("/backup/snapshots?itemsPerPage=500"))
                 .json()
                 .value("results")
                 .toArray()) {
            const qint64 at =
                QDateTime::fromString(v.toObject().value("createdAt").toString(), Qt::ISODate).toSecsSinceEpoch();
            if (v.toObject().value("status").toString() == u"completed" && at >= ended && (taken == 0 || at < taken))
                taken = at;
        }
        QVERIFY(taken > start);
        QCOMPARE(attempt("src", pitAt(taken), 200), QString());
        QCOMPARE(attempt("src", pitAt(taken - 1), 404, "UNABLE_T0_FIND_SNAPSHOT_PRIOR_TO_PIT_RESTORE_OPTIME"),
                 QString());
    }

    void roles()
    {
        const QString s = latest(QStringLiteral("src"));
        QCOMPARE(attempt("src", fx.automated(s, "dst"), 200, QString(), QStringLiteral("recovery")), QString());
        QCOMPARE(attempt("src", fx.automated(s, "elsewhere", fx.other), 403, "CANNOT_RESTORE_TO_TARGET",
                         QStringLiteral("recovery")),
                 QString());
        QCOMPARE(attempt("src", fx.automated(s, "elsewhere", fx.other), 200),
                 QString());  // the owner holds both projects
        QCOMPARE(attempt("src", fx.automated(s, "dst"), 403, "USER_UNAUTHORIZED", QStringLiteral("reader")), QString());
    }

    void incompleteSnapshot()
    {
        const Response taken =
            fx.as(QStringLiteral("owner"), "POST",
                  fx.cluster(QStringLiteral("src")) + QStringLiteral("/backup/snapshots"), R"({"retentionInDays": 1})");
        QCOMPARE(taken.status, 200);
        const QString id = taken.json().value("id").toString();
        QCOMPARE(
            attempt("src", fx.automated(id, "dst"), 409, "CANNOT_START_RESTORE_JOB_FOR_INCOMPLETE_CLUSTER_SNAPSHOT"),
            QString());
        QCOMPARE(attempt("src", QJsonObject{{"deliveryType", "download"}, {"snapshotId", id}}, 409,
                         "CANNOT_DOWNLOAD_INCOMPLETE_SNAPSHOT"),
                 QString());
        fx.engine->advanceBy(3600);
        QCOMPARE(attempt("src", fx.automated(id, "dst"), 200), QString());
    }
};

QTEST_GUILESS_MAIN(SandboxRestoreChecksTest)
#include "tst_sandbox_restore_checks.moc"
