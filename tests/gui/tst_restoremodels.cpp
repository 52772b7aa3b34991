// The restore item models under QAbstractItemModelTester (kept alive for the whole of
// each test): the snapshot's namespace tree (checks, tri-state databases, what the plan
// gets), the Destination page's candidates (marked in slices by the domain's target
// rules: M0 and a lower minor refused with their reasons, the source labelled, the
// verdict's sort key settling once at the end), and
// the restore jobs list (derived status, live updates, download links while valid).
#include "domain/restore.h"
#include "itemmodels/destinationmodel.h"
#include "itemmodels/namespacetreemodel.h"
#include "itemmodels/restoreentry.h"
#include "itemmodels/restorejobsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace lifeboat;
using domain::RestoreState;
using itemmodels::DestinationModel;
using itemmodels::NamespaceTreeModel;
using itemmodels::RestoreJobsModel;

static jobs::ClusterSummary summary(const QString &g, const QString &name, const QString &version, const QString &tier)
{
    jobs::ClusterSummary s;
    s.cluster.groupId = g;
    s.cluster.name = name;
    s.cluster.id = name + QStringLiteral("-id");
    s.cluster.mongoDBVersion = version;
    s.cluster.mongoDBMajorVersion = version.left(3);
    s.cluster.instanceSize = tier;
    s.cluster.providerName = tier == u"M0" ? QStringLiteral("TENANT") : QStringLiteral("AWS");
    s.cluster.clusterType = domain::parseClusterType(QStringLiteral("REPLICASET"));
    s.cluster.shardCount = 1;
    s.cluster.backupEnabled = tier != u"M0";
    s.cluster.encryptionAtRestProvider = QStringLiteral("NONE");
    s.cluster.stateName = domain::parseClusterState(QStringLiteral("IDLE"));
    return s;
}

static jobs::Estate estate(int extra = 0)
{
    jobs::Estate e;
    jobs::OrgSummary o;
    o.org.id = QStringLiteral("o");
    jobs::ProjectSummary p;
    p.project.id = QStringLiteral("g1");
    p.project.name = QStringLiteral("prod");
    p.clusters << summary(QStringLiteral("g1"), QStringLiteral("main"), QStringLiteral("8.0.4"), QStringLiteral("M30"))
               << summary(QStringLiteral("g1"), QStringLiteral("newer"), QStringLiteral("8.2.1"), QStringLiteral("M10"))
               << summary(QStringLiteral("g1"), QStringLiteral("older"), QStringLiteral("7.0.21"),
                          QStringLiteral("M10"))
               << summary(QStringLiteral("g1"), QStringLiteral("free"), QStringLiteral("8.0.4"), QStringLiteral("M0"));
    for (int i = 0; i < extra; ++i)
        p.clusters << summary(QStringLiteral("g1"), QStringLiteral("extra-%1").arg(i), QStringLiteral("8.0.9"),
                              QStringLiteral("M10"));
    o.projects << p;
    e.orgs << o;
    return e;
}

class RestoreModelsTest : public QObject {
    Q_OBJECT
private slots:
    void namespaceTree()
    {
        NamespaceTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &NamespaceTreeModel::selectionChanged);
        m.setDatabases({{QStringLiteral("shop"), {QStringLiteral("orders"), QStringLiteral("carts")}},
                        {QStringLiteral("auth"), {QStringLiteral("users")}}});
        QCOMPARE(resets.size(), 1);
        QCOMPARE(m.rowCount(), 2);
        const QModelIndex shop = m.index(0, 0);
        QCOMPARE(m.rowCount(shop), 2);
        QCOMPARE(m.index(1, 0, shop).data(NamespaceTreeModel::NamespaceRole).toString(), QStringLiteral("shop.carts"));
        QCOMPARE(m.parent(m.index(1, 0, shop)), shop);
        QCOMPARE(shop.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        // One collection: the database is partly checked and restores only that collection.
        QVERIFY(m.setData(m.index(0, 0, shop), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(shop.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        QCOMPARE(m.checkedCollections(), QStringList{QStringLiteral("shop.orders")});
        QVERIFY(m.checkedDatabases().isEmpty());
        // Both: the database restores whole.
        QVERIFY(m.setNamespaceChecked(QStringLiteral("shop.carts"), true));
        QCOMPARE(shop.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(m.checkedDatabases(), QStringList{QStringLiteral("shop")});
        QVERIFY(m.checkedCollections().isEmpty());
        // A database checked unchecks and checks all of its collections.
        QVERIFY(m.setData(m.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(m.checkedCount(), 2);
        QVERIFY(m.setData(shop, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(m.index(0, 0, shop).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(m.checkedDatabases(), QStringList{QStringLiteral("auth")});
        QVERIFY(!m.setNamespaceChecked(QStringLiteral("nope.none"), true));
        QVERIFY(changed.size() >= 5);
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.checkedCount(), 0);
    }

    void destinationMarksEveryCandidate()
    {
        DestinationModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setCandidates(DestinationModel::candidatesFrom(estate()));
        QCOMPARE(m.rowCount(), 4);
        QVERIFY(!m.data(m.index(0, 0), DestinationModel::MarkedRole).toBool());

        domain::RestorePlan plan;
        plan.kind = domain::RestoreKind::Automated;
        plan.sourceGroupId = QStringLiteral("g1");
        plan.sourceClusterName = QStringLiteral("main");
        plan.snapshotId = QStringLiteral("s1");
        domain::RestoreFacts facts;
        facts.now = QDateTime::currentDateTimeUtc();
        facts.source = m.candidate(0).cluster;
        domain::Snapshot snap;
        snap.id = QStringLiteral("s1");
        snap.mongodVersion = QStringLiteral("8.0.4");
        snap.status = domain::parseSnapshotStatus(QStringLiteral("completed"));
        snap.snapshotType = domain::parseSnapshotType(QStringLiteral("scheduled"));
        snap.type = QStringLiteral("replicaSet");
        snap.createdAt = facts.now.addSecs(-3600);
        facts.snapshot = snap;
        QSignalSpy finished(&m, &DestinationModel::markingFinished);
        m.mark(plan, facts);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(m.markedCount(), 4);
        auto allowed = [&](const QString &name) {
            return m.data(m.index(m.rowOf(QStringLiteral("g1"), name), 0), DestinationModel::AllowedRole).toBool();
        };
        QVERIFY(allowed(QStringLiteral("main")));
        QVERIFY(allowed(QStringLiteral("newer")));  // 8.0 -> 8.2: same major, higher minor
        QVERIFY(!allowed(QStringLiteral("older")));
        QVERIFY(!allowed(QStringLiteral("free")));
        const int older = m.rowOf(QStringLiteral("g1"), QStringLiteral("older"));
        QVERIFY(domain::hasFinding(m.verdict(older).findings, domain::restorecode::kVersionLowerMajor));
        QVERIFY(!m.data(m.index(older, 0), DestinationModel::ReasonRole).toString().isEmpty());
        QVERIFY(m.data(m.index(older, DestinationModel::Verdict))
                    .toString()
                    .contains(m.data(m.index(older, 0), DestinationModel::ReasonRole).toString()));
        const int free = m.rowOf(QStringLiteral("g1"), QStringLiteral("free"));
        QVERIFY(domain::hasFinding(m.verdict(free).findings, domain::restorecode::kFreeTierTarget));
        // The source is labelled.
        QVERIFY(m.data(m.index(0, DestinationModel::Cluster), DestinationModel::IsSourceRole).toBool());
        QVERIFY(m.data(m.index(0, DestinationModel::Cluster)).toString() != QStringLiteral("main"));
    }

    void destinationMarksInSlices()
    {
        DestinationModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setCandidates(DestinationModel::candidatesFrom(estate(300)));
        m.setSliceMilliseconds(0);  // one candidate per slice: the loop runs between every one
        domain::RestorePlan plan;
        plan.sourceGroupId = QStringLiteral("g1");
        plan.sourceClusterName = QStringLiteral("main");
        domain::RestoreFacts facts;
        facts.now = QDateTime::currentDateTimeUtc();
        facts.source = m.candidate(0).cluster;
        QSignalSpy progress(&m, &DestinationModel::markingProgress);
        QSignalSpy finished(&m, &DestinationModel::markingFinished);
        m.mark(plan, facts);
        QVERIFY(m.isMarking());
        QVERIFY(m.markedCount() < m.rowCount());
        // A second mark drops what the first left: one finish, every row marked once.
        m.mark(plan, facts);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(m.markedCount(), m.rowCount());
        QVERIFY(progress.size() > 100);
        QVERIFY(!m.isMarking());
    }

    // The Verdict column's sort key settles once, when the marking is over: a proxy sorted by it
    // keeps its rows in place while the verdicts come in (no layout change per slice), then
    // reorders once, the allowed first and the refused last, each in navigator order.
    void destinationSortKeySettlesOnce()
    {
        DestinationModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setCandidates(DestinationModel::candidatesFrom(estate(40)));
        m.setSliceMilliseconds(0);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&m);
        proxy.setSortRole(DestinationModel::SortRole);
        proxy.sort(DestinationModel::Verdict);
        domain::RestorePlan plan;
        plan.kind = domain::RestoreKind::Automated;
        plan.sourceGroupId = QStringLiteral("g1");
        plan.sourceClusterName = QStringLiteral("main");
        plan.snapshotId = QStringLiteral("s1");
        domain::RestoreFacts facts;
        facts.now = QDateTime::currentDateTimeUtc();
        facts.source = m.candidate(0).cluster;
        domain::Snapshot snap;
        snap.id = QStringLiteral("s1");
        snap.mongodVersion = QStringLiteral("8.0.4");
        snap.status = domain::parseSnapshotStatus(QStringLiteral("completed"));
        snap.snapshotType = domain::parseSnapshotType(QStringLiteral("scheduled"));
        snap.type = QStringLiteral("replicaSet");
        snap.createdAt = facts.now.addSecs(-3600);
        facts.snapshot = snap;
        QSignalSpy finished(&m, &DestinationModel::markingFinished);
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        const int older = m.rowOf(QStringLiteral("g1"), QStringLiteral("older"));
        // Halfway through: "older" is marked (refused) yet ranks as checking, nothing moved.
        bool midway = false;
        connect(&m, &DestinationModel::markingProgress, this, [&](int marked, int) {
            if (marked != 20) return;
            midway = true;
            QVERIFY(m.isMarking());
            QVERIFY(m.verdict(older).marked);
            QCOMPARE(m.data(m.index(older, DestinationModel::Verdict), DestinationModel::SortRole).toInt(), 1);
            QCOMPARE(layout.size(), 0);
            for (int r = 0; r < proxy.rowCount(); ++r) QCOMPARE(proxy.mapToSource(proxy.index(r, 0)).row(), r);
        });
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.mark(plan, facts);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(midway);
        QVERIFY(changed.last().at(2).value<QList<int>>().contains(DestinationModel::SortRole));
        QCOMPARE(layout.size(), 1);
        QCOMPARE(m.data(m.index(older, DestinationModel::Verdict), DestinationModel::SortRole).toInt(), 2);
        QList<int> order;
        for (int r = 0; r < proxy.rowCount(); ++r) order << proxy.mapToSource(proxy.index(r, 0)).row();
        const int free = m.rowOf(QStringLiteral("g1"), QStringLiteral("free"));
        QCOMPARE(order.mid(order.size() - 2), (QList<int>{older, free}));
        QList<int> allowed = order.mid(0, order.size() - 2);
        QVERIFY(std::is_sorted(allowed.begin(), allowed.end()));
        for (int row : allowed) QVERIFY(m.data(m.index(row, 0), DestinationModel::AllowedRole).toBool());
    }

    // What the entry points ask before they are enabled: the domain's refusals for the source alone.
    void entryBlockers()
    {
        using namespace domain::restorecode;
        using domain::RestoreKind;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        jobs::ClusterDetail d;
        d.groupId = QStringLiteral("g1");
        d.clusterName = QStringLiteral("main");
        d.cluster = summary(d.groupId, d.clusterName, QStringLiteral("8.0.4"), QStringLiteral("M30")).cluster;
        domain::Snapshot good;
        good.id = QStringLiteral("s1");
        good.createdAt = now.addSecs(-7200);
        good.status = domain::parseSnapshotStatus(QStringLiteral("completed"));
        good.snapshotType = domain::parseSnapshotType(QStringLiteral("scheduled"));
        good.mongodVersion = QStringLiteral("8.0.4");
        good.type = QStringLiteral("replicaSet");
        domain::Snapshot fallback = good;
        fallback.id = QStringLiteral("s2");
        fallback.snapshotType = domain::parseSnapshotType(QStringLiteral("fallback"));
        d.snapshots << good << fallback;
        auto codes = [&](RestoreKind k, const QString &snap) {
            return domain::findingCodes(itemmodels::restoreKindBlockers(d, k, snap, now));
        };
        QVERIFY(codes(RestoreKind::Automated, good.id).isEmpty());
        QVERIFY(codes(RestoreKind::Automated, QString()).isEmpty());  // no snapshot picked yet: the wizard asks
        QVERIFY(codes(RestoreKind::Collections, good.id).isEmpty());
        QVERIFY2(codes(RestoreKind::Collections, fallback.id).contains(kFallbackCollectionRestore),
                 qPrintable(codes(RestoreKind::Collections, fallback.id).join(u',')));
        QVERIFY(!codes(RestoreKind::Automated, fallback.id).contains(kFallbackCollectionRestore));  // a warning there
        QVERIFY(codes(RestoreKind::PointInTime, QString()).contains(kPitNotEnabled));
        d.cluster.instanceSize = QStringLiteral("M0");
        d.cluster.providerName = QStringLiteral("TENANT");
        QVERIFY(codes(RestoreKind::Automated, good.id).contains(kFreeTierSource));
        QVERIFY(codes(RestoreKind::Download, good.id).contains(kFreeTierSource));
    }

    void restoreJobsRows()
    {
        RestoreJobsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        domain::RestoreJob running;
        running.id = QStringLiteral("r1");
        running.groupId = QStringLiteral("g1");
        running.clusterName = QStringLiteral("main");
        running.snapshotId = QStringLiteral("s1");
        running.deliveryType = domain::parseDeliveryType(QStringLiteral("automated"));
        running.targetClusterName = QStringLiteral("newer");
        running.targetGroupId = QStringLiteral("g1");
        running.timestamp = now.addSecs(-600);
        domain::RestoreJob failed = running;
        failed.id = QStringLiteral("r2");
        failed.failed = true;
        failed.timestamp = now.addDays(-1);
        failed.finishedAt = now.addDays(-1).addSecs(300);
        domain::RestoreJob download = running;
        download.id = QStringLiteral("r3");
        download.deliveryType = domain::parseDeliveryType(QStringLiteral("download"));
        download.targetClusterName.clear();
        download.timestamp = now.addSecs(-3600);
        download.finishedAt = now.addSecs(-3000);
        download.expiresAt = now.addSecs(600);
        download.deliveryUrlCount = 1;
        domain::CollectionRestoreJob coll;
        coll.id = QStringLiteral("c1");
        coll.groupId = QStringLiteral("g1");
        coll.clusterName = QStringLiteral("main");
        coll.targetClusterName = QStringLiteral("newer");
        coll.state = domain::parseCollectionRestoreState(QStringLiteral("IN_PROGRESS"));
        coll.createdAt = now.addSecs(-60);
        coll.restoredDocuments = 25;
        coll.totalDocuments = 100;
        QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
        m.setRows({RestoreJobsModel::rowFrom(failed, now), RestoreJobsModel::rowFrom(running, now),
                   RestoreJobsModel::rowFrom(download, now), RestoreJobsModel::rowFrom(coll)},
                  now);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(m.rowCount(), 4);
        // Newest first.
        QCOMPARE(m.rowAt(0)->jobId, QStringLiteral("c1"));
        QCOMPARE(m.rowAt(0)->percent, 25);
        const int r1 = m.rowOf(RestoreJobsModel::Family::Dedicated, QStringLiteral("r1"));
        const int r2 = m.rowOf(RestoreJobsModel::Family::Dedicated, QStringLiteral("r2"));
        const int r3 = m.rowOf(RestoreJobsModel::Family::Dedicated, QStringLiteral("r3"));
        QCOMPARE(m.rowAt(r1)->state, domain::restoreState(running, now));
        QVERIFY(m.data(m.index(r1, 0), RestoreJobsModel::RunningRole).toBool());
        QCOMPARE(m.rowAt(r2)->state, RestoreState::Failed);
        QVERIFY(!m.data(m.index(r2, 0), RestoreJobsModel::RunningRole).toBool());
        QCOMPARE(m.runningCount(), 2);
        // No link is known from the cache; a live watch brings it, valid until expiresAt.
        QVERIFY(m.data(m.index(r3, 0), RestoreJobsModel::DownloadUrlRole).toString().isEmpty());
        RestoreJobsModel::Row live;
        live.family = RestoreJobsModel::Family::Dedicated;
        live.jobId = QStringLiteral("r3");
        live.state = RestoreState::DownloadReady;
        live.downloadUrls = {QStringLiteral("https://example.invalid/a.tar.gz")};
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.updateRow(live);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m.data(m.index(r3, 0), RestoreJobsModel::DownloadUrlRole).toString(), live.downloadUrls.first());
        QVERIFY(!m.data(m.index(r3, RestoreJobsModel::Link)).toString().isEmpty());
        // A reload from the cache keeps the link (memory only) ...
        m.setRows({RestoreJobsModel::rowFrom(download, now)}, now);
        QCOMPARE(m.data(m.index(0, 0), RestoreJobsModel::DownloadUrlRole).toString(), live.downloadUrls.first());
        // ... until it expires.
        m.setNow(now.addSecs(601));
        QVERIFY(m.data(m.index(0, 0), RestoreJobsModel::DownloadUrlRole).toString().isEmpty());
        // A job first seen live is added.
        RestoreJobsModel::Row fresh;
        fresh.family = RestoreJobsModel::Family::Collection;
        fresh.jobId = QStringLiteral("c9");
        fresh.state = RestoreState::Running;
        m.updateRow(fresh);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.rowOf(RestoreJobsModel::Family::Collection, QStringLiteral("c9")), 0);
    }
};

QTEST_MAIN(RestoreModelsTest)
#include "tst_restoremodels.moc"
