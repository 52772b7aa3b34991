// Collection restore jobs and Flex restores over HTTP: to completion (only the chosen
// namespaces change, renamed as asked, CREATE_NEW renaming a clash, OVERWRITE_EXISTING
// replacing) and to cancellation, per-collection states, limits, fallback snapshots, one job
// at a time; the snapshot namespace routes; Flex restore and download with the data check.
#include "engine/state.h"
#include "restoretestutil.h"

using namespace restoretest;

class SandboxCollectionRestoreTest : public QObject {
    Q_OBJECT
    Fixture fx;

    QString path(const QString &c) { return fx.cluster(c) + QStringLiteral("/collectionRestoreJobs"); }
    Response create(const QString &source, const QJsonObject &body)
    {
        return fx.as(QStringLiteral("owner"), "POST", path(source), QJsonDocument(body).toJson(QJsonDocument::Compact),
                     "2025-03-12");
    }
    QJsonObject jobOf(const QString &source, const QString &id)
    {
        return fx.get(path(source) + u'/' + id, "2025-03-12").json();
    }
    static QHash<QString, QString> byName(const QJsonObject &data)
    {
        QHash<QString, QString> out;
        for (const auto &v : data.value("namespaces").toArray())
            out.insert(v.toObject().value("database").toString() + u'.' + v.toObject().value("collection").toString(),
                       v.toObject().value("fingerprint").toString());
        return out;
    }
    QJsonObject body(const QString &snapshot, const QString &target, const QString &write) const
    {
        return QJsonObject{{"snapshotId", snapshot},
                           {"targetClusterName", target},
                           {"targetGroupId", fx.prod},
                           {"writeStrategy", write},
                           {"indexStrategy", "ALL"}};
    }

private slots:
    void initTestCase() { QVERIFY(fx.start()); }

    void snapshotNamespaceRoutesAnswerFromTheData()
    {
        const QString sid = fx.latestSnapshot(QStringLiteral("src")).value("id").toString();
        const QJsonObject data = fx.snapshotData(QStringLiteral("src"), sid);
        const QString base = fx.cluster(QStringLiteral("src")) + QStringLiteral("/backup/snapshots/") + sid +
                             QStringLiteral("/databases");
        QSet<QString> listed, expected;
        for (const auto &d : fx.get(base, "2025-03-12").json().value("results").toArray()) {
            const QString db = d.toObject().value("name").toString();
            QCOMPARE(fx.get(base + u'/' + db, "2025-03-12").json().value("name").toString(), db);
            for (const auto &c : fx.get(base + u'/' + db + QStringLiteral("/collections"), "2025-03-12")
                                     .json()
                                     .value("results")
                                     .toArray())
                listed.insert(db + u'.' + c.toObject().value("name").toString());
        }
        for (const auto &n : data.value("namespaces").toArray())
            expected.insert(n.toObject().value("database").toString() + u'.' +
                            n.toObject().value("collection").toString());
        QCOMPARE(listed, expected);
        QCOMPARE(fx.get(base + QStringLiteral("/nope"), "2025-03-12").status, 404);
    }

    void createNewRestoresOnlyTheChosenNamespaces()
    {
        const QString sid = fx.latestSnapshot(QStringLiteral("src")).value("id").toString();
        const QJsonObject snap = fx.snapshotData(QStringLiteral("src"), sid);
        const QHash<QString, QString> snapNs = byName(snap);
        const QString first = snap.value("namespaces").toArray().first().toObject().value("database").toString() +
                              u'.' +
                              snap.value("namespaces").toArray().first().toObject().value("collection").toString();
        // Restore onto src itself: every name clashes, so CREATE_NEW renames to _restored.
        QJsonObject b = body(sid, QStringLiteral("src"), QStringLiteral("CREATE_NEW"));
        b.insert("collections",
                 QJsonArray{QJsonObject{{"sourceNamespace", first}}, QJsonObject{{"sourceNamespace", "nodb.nocoll"}}});
        const qint64 t0 = fx.now();
        const QHash<QString, QString> before = byName(fx.data(QStringLiteral("src"), t0));
        const Response r = create(QStringLiteral("src"), b);
        QCOMPARE(r.status, 201);
        const QString id = r.json().value("id").toString();
        QCOMPARE(r.json().value("state").toString(), QStringLiteral("INITIALIZING"));
        QVERIFY(fx.get(path("src") + u'/' + id + QStringLiteral("/collections"), "2025-03-12")
                    .json()
                    .value("results")
                    .toArray()
                    .isEmpty());
        // One at a time per cluster.
        const QJsonObject other{{"snapshotId", fx.latestSnapshot(QStringLiteral("src82")).value("id")},
                                {"targetClusterName", "src"},
                                {"targetGroupId", fx.prod},
                                {"writeStrategy", "CREATE_NEW"},
                                {"indexStrategy", "ALL"},
                                {"databases", QJsonArray{QJsonObject{{"sourceNamespace", "app"}}}}};
        const Response second = create(QStringLiteral("src82"), other);
        QCOMPARE(second.status, 409);
        QCOMPARE(second.json().value("errorCode").toString(), QStringLiteral("ATLAS_CLUSTER_RESTORE_IN_PROGRESS"));
        fx.engine->advanceBy(40);
        QCOMPARE(jobOf("src", id).value("state").toString(), QStringLiteral("IN_PROGRESS"));
        fx.engine->advanceBy(3600);
        const QJsonObject done = jobOf("src", id);
        QCOMPARE(done.value("state").toString(), QStringLiteral("SUCCESSFUL"));
        QCOMPARE(done.value("restoredDocuments").toDouble(), done.value("totalDocuments").toDouble());
        const QJsonArray states = fx.get(path("src") + u'/' + id + QStringLiteral("/collections"), "2025-03-12")
                                      .json()
                                      .value("results")
                                      .toArray();
        QCOMPARE(states.size(), 2);
        QCOMPARE(states[0].toObject().value("state").toString(), QStringLiteral("SUCCESSFUL"));
        QCOMPARE(states[0].toObject().value("effectiveTargetNamespace").toString(),
                 first + QStringLiteral("_restored"));
        QCOMPARE(states[1].toObject().value("state").toString(), QStringLiteral("NOT_FOUND"));
        const Response one = fx.get(path("src") + u'/' + id + QStringLiteral("/collections/") + first, "2025-03-12");
        QCOMPARE(one.json().value("sourceNamespace").toString(), first);
        const qint64 finished =
            QDateTime::fromString(done.value("finishedAt").toString(), Qt::ISODate).toSecsSinceEpoch();
        const QHash<QString, QString> after = byName(fx.data(QStringLiteral("src"), finished));
        QCOMPARE(after.value(first + QStringLiteral("_restored")), snapNs.value(first));  // the snapshot's documents
        QCOMPARE(after.size(), before.size() + 1);                                        // only that namespace is new
        const QHash<QString, QString> justBefore = byName(fx.data(QStringLiteral("src"), finished - 1));
        for (auto it = justBefore.begin(); it != justBefore.end(); ++it) QVERIFY(after.contains(it.key()));
        // The source's own namespace is untouched: the same documents as a second before, give or take growth.
        QVERIFY(after.value(first) != snapNs.value(first) || justBefore.value(first) == snapNs.value(first));
    }

    void overwriteAndRenameChangeOnlyThoseNamespaces()
    {
        const QString sid = fx.latestSnapshot(QStringLiteral("src")).value("id").toString();
        const QJsonObject snap = fx.snapshotData(QStringLiteral("src"), sid);
        const QJsonObject n0 = snap.value("namespaces").toArray().first().toObject();
        const QString db = n0.value("database").toString();
        QJsonObject b = body(sid, QStringLiteral("dst"), QStringLiteral("OVERWRITE_EXISTING"));
        b.insert("databases", QJsonArray{QJsonObject{{"sourceNamespace", db}, {"targetNamespace", "restored"}}});
        b.insert("collectionSuffix", "_x");
        b.insert("indexStrategy", "NONE");
        const Response r = create(QStringLiteral("src"), b);
        QCOMPARE(r.status, 201);
        fx.engine->advanceBy(3600);
        const QJsonObject done = jobOf("src", r.json().value("id").toString());
        QCOMPARE(done.value("state").toString(), QStringLiteral("SUCCESSFUL"));
        QCOMPARE(done.value("indexStatus").toObject().value("state").toString(), QStringLiteral("NOT_RESTORED"));
        const qint64 finished =
            QDateTime::fromString(done.value("finishedAt").toString(), Qt::ISODate).toSecsSinceEpoch();
        const QHash<QString, QString> after = byName(fx.data(QStringLiteral("dst"), finished));
        const QHash<QString, QString> snapNs = byName(snap);
        int restored = 0;
        for (auto it = snapNs.begin(); it != snapNs.end(); ++it)
            if (it.key().section(u'.', 0, 0) == db) {
                QCOMPARE(after.value(QStringLiteral("restored.") + it.key().section(u'.', 1) + QStringLiteral("_x")),
                         it.value());
                ++restored;
            }
        QVERIFY(restored > 0);
        const QHash<QString, QString> before = byName(fx.data(QStringLiteral("dst"), finished - 1));
        QCOMPARE(after.size(), before.size() + restored);
        // Overwrite again: the same names, replaced, nothing added.
        const Response again = create(QStringLiteral("src"), b);
        QCOMPARE(again.status, 201);
        fx.engine->advanceBy(3600);
        const qint64 f2 =
            QDateTime::fromString(jobOf("src", again.json().value("id").toString()).value("finishedAt").toString(),
                                  Qt::ISODate)
                .toSecsSinceEpoch();
        QCOMPARE(byName(fx.data(QStringLiteral("dst"), f2)).size(), after.size());
    }

    void cancelledCollectionRestoreChangesNothing()
    {
        const QString sid = fx.latestSnapshot(QStringLiteral("src")).value("id").toString();
        QJsonObject b = body(sid, QStringLiteral("next"), QStringLiteral("CREATE_NEW"));
        b.insert(
            "databases",
            QJsonArray{QJsonObject{
                {"sourceNamespace",
                 fx.snapshotData("src", sid).value("namespaces").toArray().first().toObject().value("database")}}});
        const qint64 t0 = fx.now();
        const QJsonObject before = fx.data(QStringLiteral("next"), t0);
        const Response r = create(QStringLiteral("src"), b);
        QCOMPARE(r.status, 201);
        fx.engine->advanceBy(35);
        const Response del = fx.as(QStringLiteral("owner"), "DELETE",
                                   fx.sandboxCluster("src") + QStringLiteral("/collectionRestoreJobs/") +
                                       r.json().value("id").toString());
        QCOMPARE(del.status, 204);
        fx.engine->advanceBy(3600);
        QCOMPARE(jobOf("src", r.json().value("id").toString()).value("state").toString(), QStringLiteral("CANCELED"));
        QCOMPARE(fx.data(QStringLiteral("next"), t0), before);
        QCOMPARE(byName(fx.data(QStringLiteral("next"))).size(), byName(before).size());
    }

    void limitsAndRefusals()
    {
        const QString sid = fx.latestSnapshot(QStringLiteral("src")).value("id").toString();
        QJsonArray many;
        for (int i = 0; i < 101; ++i) many.append(QJsonObject{{"sourceNamespace", QStringLiteral("d.c%1").arg(i)}});
        QJsonObject b = body(sid, QStringLiteral("dst"), QStringLiteral("CREATE_NEW"));
        b.insert("collections", many);
        QCOMPARE(create(QStringLiteral("src"), b).json().value("errorCode").toString(),
                 QStringLiteral("VALIDATION_ERROR"));
        many.removeLast();  // 100 is the limit
        b.insert("collections", many);
        const Response ok = create(QStringLiteral("src"), b);
        QCOMPARE(ok.status, 201);
        fx.engine->advanceBy(3600);
        QJsonObject none = body(sid, QStringLiteral("dst"), QStringLiteral("CREATE_NEW"));
        QCOMPARE(create(QStringLiteral("src"), none).json().value("errorCode").toString(),
                 QStringLiteral("MISSING_ONE_OF_ATTRIBUTES"));
        none.insert("collections", QJsonArray{QJsonObject{{"sourceNamespace", "nodot"}}});
        QCOMPARE(create(QStringLiteral("src"), none).json().value("errorCode").toString(),
                 QStringLiteral("VALIDATION_ERROR"));
        none.insert("pointInTimeUtcSeconds", double(fx.now() - 60));
        none.insert("collections", QJsonArray{QJsonObject{{"sourceNamespace", "a.b"}}});
        QCOMPARE(create(QStringLiteral("src"), none).json().value("errorCode").toString(),
                 QStringLiteral("INVALID_PIT_RESTORE_TIME"));
    }

    void neverFromAFallbackSnapshot()
    {
        // Make a snapshot a fallback one (the scenario's dice rarely do it in three days).
        const QJsonObject snap = fx.latestSnapshot(QStringLiteral("src"));
        sandbox::Record r = *fx.engine->state().find(sandbox::Kind::Snapshot, snap.value("id").toString());
        r.body.insert("snapshotType", "fallback");
        fx.engine->state().put(r, sandbox::Kind::Snapshot);
        QJsonObject b = body(snap.value("id").toString(), QStringLiteral("dst"), QStringLiteral("CREATE_NEW"));
        b.insert("databases", QJsonArray{QJsonObject{{"sourceNamespace", "app"}}});
        const Response refused = create(QStringLiteral("src"), b);
        QCOMPARE(refused.json().value("errorCode").toString(),
                 QStringLiteral("COLLECTION_RESTORE_FALLBACK_SNAPSHOT_NOT_SUPPORTED"));
        r.body.insert("snapshotType", "scheduled");
        fx.engine->state().put(r, sandbox::Kind::Snapshot);
        QCOMPARE(create(QStringLiteral("src"), b).status, 201);
        fx.engine->advanceBy(3600);
    }

    void flexRestoreAndDownload()
    {
        const Response snaps =
            fx.get(fx.flex(QStringLiteral("flexa")) + QStringLiteral("/backup/snapshots"), "2024-11-13");
        QString sid;
        for (const auto &v : snaps.json().value("results").toArray())
            if (v.toObject().value("status").toString() == u"COMPLETED") sid = v.toObject().value("id").toString();
        QVERIFY(!sid.isEmpty());
        const QJsonObject snapData =
            fx.get(
                  QStringLiteral("/sandbox/v1/groups/%1/flexClusters/flexa/backup/snapshots/%2/data").arg(fx.prod, sid))
                .json();
        const QByteArray v = "2024-11-13";
        auto post = [&](const QString &p, const QJsonObject &b) {
            return fx.as(QStringLiteral("owner"), "POST", p, QJsonDocument(b).toJson(QJsonDocument::Compact),
                         v.constData());
        };
        // Flex -> Flex and Flex -> a dedicated replica set; not to a lower version.
        for (const QString &target : {QStringLiteral("flexb"), QStringLiteral("dst")}) {
            const Response r = post(
                fx.flex(QStringLiteral("flexa")) + QStringLiteral("/backup/restoreJobs"),
                QJsonObject{{"snapshotId", sid}, {"targetDeploymentItemName", target}, {"targetProjectId", fx.prod}});
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value("status").toString(), QStringLiteral("PENDING"));
            fx.engine->advanceBy(3600);
            const QJsonObject done = fx.get(fx.flex(QStringLiteral("flexa")) + QStringLiteral("/backup/restoreJobs/") +
                                                r.json().value("id").toString(),
                                            v.constData())
                                         .json();
            QCOMPARE(done.value("status").toString(), QStringLiteral("COMPLETED"));
            const qint64 finished =
                QDateTime::fromString(done.value("restoreFinishedDate").toString(), Qt::ISODate).toSecsSinceEpoch();
            const QString dataPath =
                target == u"dst" ? fx.sandboxCluster(target) + QStringLiteral("/data")
                                 : QStringLiteral("/sandbox/v1/groups/%1/flexClusters/%2/data").arg(fx.prod, target);
            QCOMPARE(fx.get(dataPath + QStringLiteral("?at=%1").arg(finished)).json(), snapData);
        }
        const Response low = post(fx.flex(QStringLiteral("flexa")) + QStringLiteral("/backup/restoreJobs"),
                                  QJsonObject{{"snapshotId", sid}, {"targetDeploymentItemName", "flexold"}});
        QCOMPARE(low.json().value("errorCode").toString(), QStringLiteral("RESTORE_VERSION_INCOMPATIBLE"));
        const Response free = post(fx.flex(QStringLiteral("flexa")) + QStringLiteral("/backup/restoreJobs"),
                                   QJsonObject{{"snapshotId", sid}, {"targetDeploymentItemName", "free"}});
        QCOMPARE(free.json().value("errorCode").toString(), QStringLiteral("TENANT_CLUSTER_NOT_SUPPORTED"));
        const Response sharded = post(fx.flex(QStringLiteral("flexa")) + QStringLiteral("/backup/restoreJobs"),
                                      QJsonObject{{"snapshotId", sid}, {"targetDeploymentItemName", "sh2"}});
        QCOMPARE(sharded.json().value("errorCode").toString(), QStringLiteral("RESTORE_TOPOLOGY_MISMATCH"));

        // Download: a snapshotUrl that works for four hours.
        const Response dl = post(fx.flex(QStringLiteral("flexa")) + QStringLiteral("/backup/download"),
                                 QJsonObject{{"snapshotId", sid}});
        QCOMPARE(dl.status, 200);
        QCOMPARE(dl.json().value("deliveryType").toString(), QStringLiteral("DOWNLOAD"));
        fx.engine->advanceBy(60);
        const QJsonObject ready = fx.get(fx.flex(QStringLiteral("flexa")) + QStringLiteral("/backup/restoreJobs/") +
                                             dl.json().value("id").toString(),
                                         v.constData())
                                      .json();
        QCOMPARE(ready.value("status").toString(), QStringLiteral("COMPLETED"));
        const QUrl link(ready.value("snapshotUrl").toString());
        QCOMPARE(QDateTime::fromString(ready.value("expirationDate").toString(), Qt::ISODate),
                 QDateTime::fromString(ready.value("restoreFinishedDate").toString(), Qt::ISODate).addSecs(4 * 3600));
        QNetworkAccessManager anonymous;
        const Response file = send(anonymous, "GET", link);
        QCOMPARE(file.status, 200);
        QCOMPARE(QJsonDocument::fromJson(untar(file.body, link.fileName().remove(QStringLiteral(".tar.gz")) +
                                                              QStringLiteral("/manifest.json")))
                     .object(),
                 snapData);
        QCOMPARE(send(anonymous, "GET", link).status, 200);
        fx.engine->advanceBy(4 * 3600);
        QCOMPARE(send(anonymous, "GET", link).status, 410);
    }
};

QTEST_GUILESS_MAIN(SandboxCollectionRestoreTest)
#include "tst_sandbox_collection_restore.moc"
