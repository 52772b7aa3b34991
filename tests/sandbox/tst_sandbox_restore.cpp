// Dedicated restore jobs over real HTTP: automated, point in time and download, each to
// completion and to cancellation with the data check; the sharded 405; the download link
// (once, then gone; expired after an hour); the restore-fail fault; a restart keeping the
// restore's state; the Date header on the simulated clock.
#include "restoretestutil.h"

using namespace restoretest;

class SandboxRestoreTest : public QObject {
    Q_OBJECT
    Fixture fx;

    // Runs the clock until the job has finishedAt (at most `limit` seconds).
    QJsonObject runToEnd(const QString &source, const QString &id, qint64 limit = 4 * 3600)
    {
        for (qint64 spent = 0; spent < limit; spent += 60) {
            const QJsonObject j = fx.job(source, id);
            if (j.contains("finishedAt") || j.value("cancelled").toBool()) return j;
            fx.engine->advanceBy(60);
        }
        return fx.job(source, id);
    }

private slots:
    void initTestCase() { QVERIFY(fx.start()); }

    void dateHeaderReadsTheSimulatedClock()
    {
        auto dateOf = [](const Response &r) {
            return QLocale::c().toDateTime(QString::fromLatin1(r.header("Date")),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        };
        const Response before = fx.get(QStringLiteral("/api/atlas/v2/groups"));
        QDateTime d = dateOf(before);
        d.setTimeSpec(Qt::UTC);
        QCOMPARE(d.toSecsSinceEpoch(), fx.now());
        QVERIFY(qAbs(d.secsTo(QDateTime::currentDateTimeUtc())) > 3600 || fx.engine->now() == startTime());
        fx.engine->advanceBy(3600);
        QDateTime after = dateOf(fx.get(QStringLiteral("/api/atlas/v2/groups/nope")));  // a refusal too
        after.setTimeSpec(Qt::UTC);
        QCOMPARE(after.toSecsSinceEpoch(), d.toSecsSinceEpoch() + 3600);
    }

    void automatedRestoreToCompletion()
    {
        const QJsonObject snap = fx.latestSnapshot(QStringLiteral("src"));
        QVERIFY(!snap.isEmpty());
        const QString sid = snap.value("id").toString();
        const QJsonObject snapData = fx.snapshotData(QStringLiteral("src"), sid);
        QCOMPARE(snapData.value("fingerprint").toString().size(), 64);
        QVERIFY(!snapData.value("namespaces").toArray().isEmpty());
        const QString before = fx.data(QStringLiteral("dst")).value("fingerprint").toString();
        QVERIFY(before != snapData.value("fingerprint").toString());

        const Response r = fx.restore(QStringLiteral("src"), fx.automated(sid, QStringLiteral("dst")));
        QCOMPARE(r.status, 200);
        const QJsonObject job = r.json();
        QCOMPARE(job.value("deliveryType").toString(), QStringLiteral("automated"));
        QCOMPARE(job.value("snapshotId").toString(), sid);
        QCOMPARE(job.value("timestamp").toString(), snap.value("createdAt").toString());
        QVERIFY(!job.contains("finishedAt"));
        QCOMPARE(fx.stateOf(QStringLiteral("dst")), QStringLiteral("UPDATING"));
        // Running for 60 s plus 1 s per 100 MiB after 30 s in the queue.
        const qint64 expected = 30 + 60 + qint64(snap.value("storageSizeBytes").toDouble()) / (100LL * 1024 * 1024);
        fx.engine->advanceBy(expected - 1);
        QVERIFY(!fx.job(QStringLiteral("src"), job.value("id").toString()).contains("finishedAt"));
        QCOMPARE(fx.stateOf(QStringLiteral("dst")), QStringLiteral("UPDATING"));
        fx.engine->advanceBy(1);
        const QJsonObject done = fx.job(QStringLiteral("src"), job.value("id").toString());
        QVERIFY2(done.contains("finishedAt"), QJsonDocument(done).toJson().constData());
        QVERIFY(!done.value("failed").toBool());
        QCOMPARE(fx.stateOf(QStringLiteral("dst")), QStringLiteral("IDLE"));
        const qint64 finished =
            QDateTime::fromString(done.value("finishedAt").toString(), Qt::ISODate).toSecsSinceEpoch();
        // The target holds the snapshot's data at the second it finished, then evolves.
        QCOMPARE(fx.data(QStringLiteral("dst"), finished), snapData);
        QVERIFY(fx.data(QStringLiteral("dst"), finished - 1).value("fingerprint").toString() !=
                snapData.value("fingerprint").toString());
        fx.engine->advanceBy(3 * 3600);
        QVERIFY(fx.data(QStringLiteral("dst")).value("fingerprint").toString() !=
                snapData.value("fingerprint").toString());
        QCOMPARE(fx.data(QStringLiteral("dst"), finished), snapData);  // the past stays known
        // The snapshot still holds what it held.
        QCOMPARE(fx.snapshotData(QStringLiteral("src"), sid), snapData);
    }

    void pointInTimeRestoreToCompletion_data()
    {
        QTest::addColumn<bool>("oplog");
        QTest::newRow("pointInTimeUTCSeconds") << false;
        QTest::newRow("oplogTs+oplogInc") << true;
    }
    void pointInTimeRestoreToCompletion()
    {
        QFETCH(bool, oplog);
        const qint64 pit = fx.now() - 5400 - (oplog ? 77 : 0);
        QJsonObject body{{"deliveryType", "pointInTime"}, {"targetClusterName", "dst"}, {"targetGroupId", fx.prod}};
        if (oplog) {
            body.insert("oplogTs", double(pit));
            body.insert("oplogInc", 3);
        } else {
            body.insert("pointInTimeUTCSeconds", double(pit));
        }
        const Response r = fx.restore(QStringLiteral("src"), body);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.json().value("snapshotId").toString().size() == 24, r.body.constData());  // its base snapshot
        const QJsonObject done = runToEnd(QStringLiteral("src"), r.json().value("id").toString());
        QVERIFY(done.contains("finishedAt"));
        const qint64 finished =
            QDateTime::fromString(done.value("finishedAt").toString(), Qt::ISODate).toSecsSinceEpoch();
        const QJsonObject sourceThen = fx.data(QStringLiteral("src"), pit);
        QCOMPARE(fx.data(QStringLiteral("dst"), finished), sourceThen);
        QVERIFY(fx.data(QStringLiteral("src"), pit - 3600) != sourceThen);  // a second that matters
    }

    void cancelledRestoreLeavesTheTarget()
    {
        const QString sid = fx.latestSnapshot(QStringLiteral("src")).value("id").toString();
        const qint64 t0 = fx.now();
        const QJsonObject before = fx.data(QStringLiteral("next"), t0);
        const Response r = fx.restore(QStringLiteral("src"), fx.automated(sid, QStringLiteral("next")));
        QCOMPARE(r.status, 200);
        const QString id = r.json().value("id").toString();
        fx.engine->advanceBy(40);  // running now
        QCOMPARE(fx.stateOf(QStringLiteral("next")), QStringLiteral("UPDATING"));
        const Response del = fx.as(QStringLiteral("owner"), "DELETE",
                                   fx.cluster(QStringLiteral("src")) + QStringLiteral("/backup/restoreJobs/") + id);
        QCOMPARE(del.status, 204);
        QVERIFY(del.body.isEmpty());
        QVERIFY(fx.job(QStringLiteral("src"), id).value("cancelled").toBool());
        QCOMPARE(fx.stateOf(QStringLiteral("next")), QStringLiteral("IDLE"));
        fx.engine->advanceBy(4 * 3600);
        QVERIFY(!fx.job(QStringLiteral("src"), id).contains("finishedAt"));
        QCOMPARE(fx.data(QStringLiteral("next"), t0), before);
        QVERIFY(fx.data(QStringLiteral("next")).value("fingerprint") !=
                fx.snapshotData(QStringLiteral("src"), sid).value("fingerprint"));
        // Once ended it cannot be cancelled again; an unknown job is Atlas's 404.
        const Response again = fx.as(QStringLiteral("owner"), "DELETE",
                                     fx.cluster(QStringLiteral("src")) + QStringLiteral("/backup/restoreJobs/") + id);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.json().value("errorCode").toString(), QStringLiteral("RESTORE_JOB_ALREADY_FINISHED"));
        const Response unknown =
            fx.as(QStringLiteral("owner"), "DELETE",
                  fx.cluster(QStringLiteral("src")) + QStringLiteral("/backup/restoreJobs/0123456789abcdef01234567"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json().value("errorCode").toString(), QStringLiteral("RESTORE_JOB_NOT_FOUND"));
        // The reader cannot cancel (role first).
        const Response reader = fx.as(QStringLiteral("reader"), "DELETE",
                                      fx.cluster(QStringLiteral("src")) + QStringLiteral("/backup/restoreJobs/") + id);
        QCOMPARE(reader.status, 403);
    }

    void pointInTimeRestoreCancelled()
    {
        const Response r =
            fx.restore(QStringLiteral("src"), QJsonObject{{"deliveryType", "pointInTime"},
                                                          {"targetClusterName", "dst"},
                                                          {"targetGroupId", fx.prod},
                                                          {"pointInTimeUTCSeconds", double(fx.now() - 600)}});
        QCOMPARE(r.status, 200);
        const qint64 t0 = fx.now();
        const QJsonObject before = fx.data(QStringLiteral("dst"), t0);
        QCOMPARE(fx.as(QStringLiteral("recovery"), "DELETE",
                       fx.cluster(QStringLiteral("src")) + QStringLiteral("/backup/restoreJobs/") +
                           r.json().value("id").toString())
                     .status,
                 204);
        fx.engine->advanceBy(3 * 3600);
        QCOMPARE(fx.data(QStringLiteral("dst"), t0), before);
        QVERIFY(fx.job(QStringLiteral("src"), r.json().value("id").toString()).value("cancelled").toBool());
    }

    void shardedCancelIsAtlas405()
    {
        const QJsonObject snap = fx.latestSnapshot(QStringLiteral("sh2"), true);
        QVERIFY(!snap.isEmpty());
        const Response r =
            fx.restore(QStringLiteral("sh2"), fx.automated(snap.value("id").toString(), QStringLiteral("sh2b")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("components").toArray().size(), 3);  // two shards and the config server
        const Response del = fx.as(QStringLiteral("owner"), "DELETE",
                                   fx.cluster(QStringLiteral("sh2")) + QStringLiteral("/backup/restoreJobs/") +
                                       r.json().value("id").toString());
        QCOMPARE(del.status, 405);
        QCOMPARE(del.json().value("errorCode").toString(),
                 QStringLiteral("ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED"));
        const QJsonObject done = runToEnd(QStringLiteral("sh2"), r.json().value("id").toString(), 6 * 3600);
        QVERIFY(done.contains("finishedAt"));
        const qint64 finished =
            QDateTime::fromString(done.value("finishedAt").toString(), Qt::ISODate).toSecsSinceEpoch();
        QCOMPARE(fx.data(QStringLiteral("sh2b"), finished),
                 fx.get(QStringLiteral("/sandbox/v1/groups/%1/clusters/sh2/backup/snapshots/%2/data")
                            .arg(fx.prod, snap.value("id").toString()))
                     .json());
    }

    void downloadLinkServesTheSnapshotOnce()
    {
        const QJsonObject snap = fx.latestSnapshot(QStringLiteral("src"));
        const Response r = fx.restore(QStringLiteral("src"),
                                      QJsonObject{{"deliveryType", "download"}, {"snapshotId", snap.value("id")}},
                                      QStringLiteral("exporter"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value("deliveryUrl").toArray().isEmpty());
        const QJsonObject done = runToEnd(QStringLiteral("src"), r.json().value("id").toString());
        const QJsonArray urls = done.value("deliveryUrl").toArray();
        QCOMPARE(urls.size(), 1);
        QVERIFY(!done.value("expired").toBool());
        QCOMPARE(QDateTime::fromString(done.value("expiresAt").toString(), Qt::ISODate),
                 QDateTime::fromString(done.value("finishedAt").toString(), Qt::ISODate).addSecs(3600));
        const QUrl link(urls.first().toString());
        QCOMPARE(link.port(), fx.engine->baseUrl().port());  // the sandbox serves it on its own port
        QNetworkAccessManager anonymous;                     // a pre-signed link: no credentials
        const Response file = send(anonymous, "GET", link);
        QCOMPARE(file.status, 200);
        QCOMPARE(file.header("Content-Type"), QByteArray("application/gzip"));
        QVERIFY(file.body.startsWith("\x1f\x8b"));
        const QString folder = link.fileName().remove(QStringLiteral(".tar.gz"));
        const QJsonObject manifest =
            QJsonDocument::fromJson(untar(file.body, folder + QStringLiteral("/manifest.json"))).object();
        QCOMPARE(manifest, fx.snapshotData(QStringLiteral("src"), snap.value("id").toString()));
        const Response second = send(anonymous, "GET", link);
        QCOMPARE(second.status, 410);
        QCOMPARE(second.json().value("errorCode").toString(), QStringLiteral("DOWNLOAD_LINK_USED"));

        // A link not used within the hour has expired.
        const Response r2 = fx.restore(QStringLiteral("src"),
                                       QJsonObject{{"deliveryType", "download"}, {"snapshotId", snap.value("id")}});
        const QJsonObject done2 = runToEnd(QStringLiteral("src"), r2.json().value("id").toString());
        const QUrl link2(done2.value("deliveryUrl").toArray().first().toString());
        const qint64 expires =
            QDateTime::fromString(done2.value("expiresAt").toString(), Qt::ISODate).toSecsSinceEpoch();
        fx.engine->advanceBy(expires - fx.now() - 1);
        QCOMPARE(send(anonymous, "HEAD", link2).status, 200);  // HEAD does not use it up
        fx.engine->advanceBy(1);
        const Response late = send(anonymous, "GET", link2);
        QCOMPARE(late.status, 410);
        QCOMPARE(late.json().value("errorCode").toString(), QStringLiteral("DOWNLOAD_LINK_EXPIRED"));
        QVERIFY(fx.job(QStringLiteral("src"), r2.json().value("id").toString()).value("expired").toBool());
        QCOMPARE(send(anonymous, "GET",
                      QUrl(fx.engine->baseUrl().toString() + QStringLiteral("/sandbox/v1/download/nope/x.tar.gz")))
                     .status,
                 404);
    }

    void downloadCancelled()
    {
        const QJsonObject snap = fx.latestSnapshot(QStringLiteral("src"));
        const Response r = fx.restore(QStringLiteral("src"),
                                      QJsonObject{{"deliveryType", "download"}, {"snapshotId", snap.value("id")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(fx.as(QStringLiteral("exporter"), "DELETE",
                       fx.cluster(QStringLiteral("src")) + QStringLiteral("/backup/restoreJobs/") +
                           r.json().value("id").toString())
                     .status,
                 204);
        fx.engine->advanceBy(3600);
        const QJsonObject j = fx.job(QStringLiteral("src"), r.json().value("id").toString());
        QVERIFY(j.value("cancelled").toBool());
        QVERIFY(j.value("deliveryUrl").toArray().isEmpty());
    }

    void shardedDownloadHasComponents()
    {
        const QJsonObject snap = fx.latestSnapshot(QStringLiteral("sh3"), true);
        const Response r = fx.restore(QStringLiteral("sh3"),
                                      QJsonObject{{"deliveryType", "download"}, {"snapshotId", snap.value("id")}});
        QCOMPARE(r.status, 200);
        const QJsonObject done = runToEnd(QStringLiteral("sh3"), r.json().value("id").toString(), 8 * 3600);
        const QJsonArray components = done.value("components").toArray();
        QCOMPARE(components.size(), 4);
        QCOMPARE(done.value("deliveryUrl").toArray().size(), 4);
        QNetworkAccessManager anonymous;
        QSet<QString> seen;
        int total = 0;
        for (const auto &c : components) {
            const QUrl link(c.toObject().value("downloadUrl").toString());
            QVERIFY(link.isValid());
            const Response file = send(anonymous, "GET", link);
            QCOMPARE(file.status, 200);
            const QJsonObject m =
                QJsonDocument::fromJson(untar(file.body, link.fileName().remove(QStringLiteral(".tar.gz")) +
                                                             QStringLiteral("/manifest.json")))
                    .object();
            for (const auto &n : m.value("namespaces").toArray()) {
                seen.insert(n.toObject().value("database").toString() + u'.' +
                            n.toObject().value("collection").toString());
                ++total;
            }
        }
        const QJsonArray all = fx.get(QStringLiteral("/sandbox/v1/groups/%1/clusters/sh3/backup/snapshots/%2/data")
                                          .arg(fx.prod, snap.value("id").toString()))
                                   .json()
                                   .value("namespaces")
                                   .toArray();
        QCOMPARE(total, int(all.size()));  // every namespace in exactly one shard's archive
        QCOMPARE(seen.size(), int(all.size()));
    }

    void faultMakesTheNextRestoreFail()
    {
        sandbox::Fault f;
        f.kind = sandbox::Fault::Kind::RestoreFail;
        f.pathContains = QStringLiteral("/clusters/src/backup/restoreJobs");
        fx.engine->addFault(f);
        const QString sid = fx.latestSnapshot(QStringLiteral("src")).value("id").toString();
        QCOMPARE(fx.get(fx.cluster(QStringLiteral("src"))).status, 200);  // a read does not take it
        const qint64 t0 = fx.now();
        const QJsonObject before = fx.data(QStringLiteral("dst82"), t0);
        const Response r = fx.restore(
            QStringLiteral("src82"),
            fx.automated(fx.latestSnapshot(QStringLiteral("src82")).value("id").toString(), QStringLiteral("dst82")));
        QCOMPARE(r.status, 200);  // another path: not this fault's
        runToEnd(QStringLiteral("src82"), r.json().value("id").toString());
        QVERIFY(!fx.job(QStringLiteral("src82"), r.json().value("id").toString()).value("failed").toBool());
        const Response failing = fx.restore(QStringLiteral("src"), fx.automated(sid, QStringLiteral("next")));
        QCOMPARE(failing.status, 200);
        const qint64 t1 = fx.now();
        const QJsonObject nextBefore = fx.data(QStringLiteral("next"), t1);
        const QJsonObject failed = runToEnd(QStringLiteral("src"), failing.json().value("id").toString());
        QVERIFY(failed.value("failed").toBool());
        QVERIFY(failed.contains("finishedAt"));
        QCOMPARE(fx.stateOf(QStringLiteral("next")), QStringLiteral("IDLE"));
        QCOMPARE(fx.data(QStringLiteral("next"), t1), nextBefore);
        const qint64 end = QDateTime::fromString(failed.value("finishedAt").toString(), Qt::ISODate).toSecsSinceEpoch();
        QVERIFY(fx.data(QStringLiteral("next"), end) != fx.snapshotData(QStringLiteral("src"), sid));
        // Only the next one.
        const Response ok = fx.restore(QStringLiteral("src"), fx.automated(sid, QStringLiteral("next")));
        QVERIFY(!runToEnd(QStringLiteral("src"), ok.json().value("id").toString()).value("failed").toBool());
        Q_UNUSED(before);
    }

    void restartKeepsRestoreState()
    {
        const QString sid = fx.latestSnapshot(QStringLiteral("src")).value("id").toString();
        const Response r = fx.restore(QStringLiteral("src"), fx.automated(sid, QStringLiteral("dst")));
        QCOMPARE(r.status, 200);
        const QString id = r.json().value("id").toString();
        fx.stop();
        QVERIFY(fx.start());
        QCOMPARE(fx.stateOf(QStringLiteral("dst")), QStringLiteral("UPDATING"));
        QVERIFY(!fx.job(QStringLiteral("src"), id).contains("finishedAt"));
        const QJsonObject done = runToEnd(QStringLiteral("src"), id);
        const qint64 finished =
            QDateTime::fromString(done.value("finishedAt").toString(), Qt::ISODate).toSecsSinceEpoch();
        const QJsonObject snapData = fx.snapshotData(QStringLiteral("src"), sid);
        QCOMPARE(fx.data(QStringLiteral("dst"), finished), snapData);
        const QJsonObject later = fx.data(QStringLiteral("dst"));
        const qint64 at = fx.now();
        fx.stop();
        QVERIFY(fx.start());
        QCOMPARE(fx.data(QStringLiteral("dst"), finished), snapData);  // the restored data is in SQLite
        QCOMPARE(fx.data(QStringLiteral("dst"), at), later);
        QCOMPARE(fx.stateOf(QStringLiteral("dst")), QStringLiteral("IDLE"));
    }
};

QTEST_GUILESS_MAIN(SandboxRestoreTest)
#include "tst_sandbox_restore.moc"
