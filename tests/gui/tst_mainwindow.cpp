// The main window on a real sandbox: it syncs, shows the estate in the navigator,
// opens a cluster, and a snapshot picked in the timeline is selected in the table and
// shown in the details pane.
#include "engine/engine.h"
#include "itemmodels/navigatormodel.h"
#include "itemmodels/snapshottablemodel.h"
#include "mainwindow/mainwindow.h"
#include "navigator/navigatorview.h"
#include "overview/clusteroverview.h"
#include "snapshots/snapshotspane.h"
#include "timeline/timelinewidget.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace lifeboat;
using itemmodels::NavigatorModel;

static QModelIndex findCluster(const QAbstractItemModel *m, const QString &name, const QModelIndex &parent = {})
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data(NavigatorModel::KindRole).toInt() == int(NavigatorModel::NodeKind::Cluster) && i.data().toString() == name)
            return i;
        const QModelIndex found = findCluster(m, name, i);
        if (found.isValid()) return found;
    }
    return {};
}

class MainWindowTest : public QObject {
    Q_OBJECT
    sandbox::Engine engine;
    QTemporaryDir dir;

    ui::ConnectionTarget target(const QUrl &url)
    {
        ui::ConnectionTarget t;
        t.profileName = QStringLiteral("Sandbox");
        t.options.baseUrl = url;
        t.options.credentials = atlas::Credentials::apiKey(engine.adminCredentials().publicKey, engine.adminCredentials().privateKey);
        t.cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
        t.description = QStringLiteral("sandbox");
        return t;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        sandbox::EngineOptions o;
        o.speed = 0;
        QString error;
        QVERIFY2(engine.start(o, &error), qPrintable(error));
    }

    void browseToASnapshot()
    {
        ui::MainWindow w;
        QAbstractItemModelTester tester(w.navigatorModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.connectTo(target(engine.baseUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(findCluster(w.navigatorModel(), QStringLiteral("payments-main")).isValid(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isSyncing(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(w.findChild<QLabel *>(QStringLiteral("connectionState"))->text().startsWith(QStringLiteral("Online")), 10000);

        // Open the cluster with a real click in the navigator.
        const QModelIndex idx = findCluster(w.navigatorModel(), QStringLiteral("payments-main"));
        QVERIFY(idx.data(NavigatorModel::BadgesRole).toStringList().contains(QStringLiteral("PIT")));
        QVERIFY(idx.parent().data(NavigatorModel::ComplianceRole).toBool());
        w.navigator()->scrollTo(idx);
        QTest::mouseClick(w.navigator()->viewport(), Qt::LeftButton, {}, w.navigator()->visualRect(idx).center());
        QTRY_COMPARE(w.currentClusterName(), QStringLiteral("payments-main"));
        QTRY_VERIFY_WITH_TIMEOUT(w.overview()->healthText().contains(QStringLiteral("snapshot")), 10000);

        // The Snapshots tab.
        QTabBar *tabs = w.clusterTabs()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
        QCOMPARE(w.clusterTabs()->currentIndex(), 1);
        ui::SnapshotsPane *pane = w.snapshots();
        QTableView *table = pane->findChild<QTableView *>(QStringLiteral("snapshotTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->model()->rowCount() > 20);
        ui::TimelineWidget *timeline = pane->findChild<ui::TimelineWidget *>(QStringLiteral("snapshotTimeline"));
        QVERIFY(timeline);
        QTRY_VERIFY(timeline->isVisible() && timeline->width() > 100);

        // Pick a snapshot that is not the newest and click its mark.
        const int idRole = itemmodels::SnapshotTableModel::IdRole;
        const QString wanted = table->model()->index(5, 0).data(idRole).toString();
        QCOMPARE(wanted.size(), 24);
        timeline->fitAll();
        const QPoint at = timeline->markPosition(wanted);
        QVERIFY2(!at.isNull() && timeline->rect().contains(at), qPrintable(wanted));
        const QString hit = timeline->snapshotAt(at);
        QVERIFY(!hit.isEmpty());
        QTest::mouseClick(timeline, Qt::LeftButton, {}, at);
        QTRY_COMPARE(timeline->selectedSnapshotId(), hit);
        QTRY_COMPARE(pane->selectedSnapshotId(), hit);
        // The table's current row holds it, and the details pane shows it.
        const QModelIndex current = table->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(table->model()->index(current.row(), 0).data(idRole).toString(), hit);
        QWidget *details = pane->findChild<QWidget *>(QStringLiteral("snapshotDetails"));
        QVERIFY(details);
        bool shown = false;
        for (QLabel *l : details->findChildren<QLabel *>()) shown |= l->text().contains(hit);
        QVERIFY2(shown, "the details pane does not show the picked snapshot");

        // An M0 cluster: no cloud backup, and the mongodump commands for its own host.
        const QModelIndex free = findCluster(w.navigatorModel(), QStringLiteral("sandbox-free"));
        QVERIFY(free.isValid());
        w.navigator()->scrollTo(free);
        QTest::mouseClick(w.navigator()->viewport(), Qt::LeftButton, {}, w.navigator()->visualRect(free).center());
        QTRY_COMPARE(w.currentClusterName(), QStringLiteral("sandbox-free"));
        QTRY_VERIFY(w.overview()->healthText().contains(QStringLiteral("no cloud backup")));
        QCOMPARE(w.clusterTabs()->currentIndex(), 0);
        QVERIFY(!w.clusterTabs()->isTabEnabled(1));
        bool commands = false;
        for (QLabel *l : w.overview()->findChildren<QLabel *>())
            commands |= l->text().contains(QStringLiteral("mongodump --uri")) && l->text().contains(QStringLiteral("sandbox-free."));
        QVERIFY2(commands, "the M0 page must show mongodump for the cluster's own host");
        if (!qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR").isEmpty())
            w.grab().save(qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR") + QStringLiteral("/mainwindow-m0.png"));
        w.navigator()->setCurrentIndex(idx);
        QTRY_COMPARE(w.currentClusterName(), QStringLiteral("payments-main"));
        w.clusterTabs()->setCurrentIndex(1);

        const QString shot = qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR");
        if (!shot.isEmpty()) {
            w.grab().save(shot + QStringLiteral("/mainwindow-snapshots.png"));
            w.clusterTabs()->setCurrentIndex(0);
            QTest::qWait(200);
            w.grab().save(shot + QStringLiteral("/mainwindow-overview.png"));
        }
    }

    void offlineKeepsWhatWasSeen()
    {
        // A second window on the same cache but a dead server still shows the estate, marked offline.
        ui::MainWindow w;
        w.show();
        ui::ConnectionTarget t = target(QUrl(QStringLiteral("http://127.0.0.1:1")));
        t.options.retry.maxAttempts = 1;
        w.connectTo(t);
        QTRY_VERIFY_WITH_TIMEOUT(findCluster(w.navigatorModel(), QStringLiteral("payments-main")).isValid(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(w.findChild<QLabel *>(QStringLiteral("connectionState"))->text().startsWith(QStringLiteral("Offline")), 30000);
        const QModelIndex idx = findCluster(w.navigatorModel(), QStringLiteral("payments-main"));
        QVERIFY(idx.siblingAtColumn(1).data().toString() != QStringLiteral("none"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
