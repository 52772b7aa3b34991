// The main window on a real sandbox: it syncs, shows the estate in the navigator,
// opens a cluster, and a snapshot picked in the timeline is selected in the table and
// shown in the details pane.
#include "engine/engine.h"
#include "findcluster.h"
#include "itemmodels/navigatormodel.h"
#include "itemmodels/snapshottablemodel.h"
#include "mainwindow/mainwindow.h"
#include "navigator/navigatorview.h"
#include "overview/clusteroverview.h"
#include "snapshots/snapshotspane.h"
#include "timeline/timelinewidget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace lifeboat;
using itemmodels::NavigatorModel;

class MainWindowTest : public QObject {
    Q_OBJECT
    sandbox::Engine engine;
    QTemporaryDir dir;

    ui::ConnectionTarget target(const QUrl &url)
    {
        ui::ConnectionTarget t;
        t.profileName = QStringLiteral("Sandbox");
        t.options.baseUrl = url;
        t.options.credentials =
            atlas::Credentials::apiKey(engine.adminCredentials().publicKey, engine.adminCredentials().privateKey);
        t.cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
        t.description = QStringLiteral("sandbox");
        return t;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LifeboatTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
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
        QTRY_VERIFY_WITH_TIMEOUT(
            w.findChild<QLabel *>(QStringLiteral("connectionState"))->text().startsWith(QStringLiteral("Online")),
            10000);
        QCOMPARE(w.connectionState(), ui::MainWindow::ConnectionState::Online);
        QCOMPARE(w.lastSyncLabel()->text(), QStringLiteral("Synced just now"));
        // The first sync opens the tree down to the clusters.
        QTRY_VERIFY(
            w.navigator()->isExpanded(findCluster(w.navigatorModel(), QStringLiteral("payments-main")).parent()));

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
            commands |= l->text().contains(QStringLiteral("mongodump --uri")) &&
                        l->text().contains(QStringLiteral("sandbox-free."));
        QVERIFY2(commands, "the M0 page must show mongodump for the cluster's own host");
        if (!qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR").isEmpty())
            w.grab().save(qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR") + QStringLiteral("/mainwindow-m0.png"));

        // A Flex cluster: its Restores section tells the synced Flex restore in words.
        const QModelIndex flex = findCluster(w.navigatorModel(), QStringLiteral("payments-prototype"));
        QVERIFY(flex.isValid());
        w.navigator()->scrollTo(flex);
        QTest::mouseClick(w.navigator()->viewport(), Qt::LeftButton, {}, w.navigator()->visualRect(flex).center());
        QTRY_COMPARE(w.currentClusterName(), QStringLiteral("payments-prototype"));
        QTRY_VERIFY(w.overview()->healthText().contains(QStringLiteral("Flex")));
        bool restore = false;
        for (QLabel *l : w.overview()->findChildren<QLabel *>())
            restore |= l->text().startsWith(QStringLiteral("Last restore: ")) &&
                       l->text().contains(QStringLiteral("to payments-prototype")) &&
                       l->text().endsWith(QStringLiteral(" — finished."));
        QVERIFY2(restore, "the Flex page must show its last restore, its target and its outcome");
        if (!qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR").isEmpty())
            w.grab().save(qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR") + QStringLiteral("/mainwindow-flex.png"));
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

    void aRejectedKeyIsNotAuthorizedAndNeverSynced()
    {
        ui::MainWindow w;
        w.show();
        ui::ConnectionTarget t = target(engine.baseUrl());
        t.options.credentials =
            atlas::Credentials::apiKey(engine.adminCredentials().publicKey, QStringLiteral("wrong-secret"));
        t.cachePath = dir.filePath(QStringLiteral("rejected.sqlite"));
        w.connectTo(t);
        QTRY_COMPARE_WITH_TIMEOUT(w.connectionState(), ui::MainWindow::ConnectionState::NotAuthorized, 30000);
        QVERIFY2(w.connectionLabel()->text().startsWith(QStringLiteral("Not authorized")),
                 qPrintable(w.connectionLabel()->text()));
        QTRY_VERIFY(!w.isSyncing());
        QTest::qWait(100);  // later answers (the cache reload) must not turn it back to "Online"
        QCOMPARE(w.connectionState(), ui::MainWindow::ConnectionState::NotAuthorized);
        QCOMPARE(w.lastSyncLabel()->text(), QStringLiteral("Never synced"));
        // The empty navigator is explained, not "pick a cluster".
        QVERIFY2(w.placeholder()->isVisible() && w.placeholder()->text().contains(QStringLiteral("refused")),
                 qPrintable(w.placeholder()->text()));
    }

    void theWelcomePageOffersTheSandbox()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(w.welcomePage()->isVisible());
        QCOMPARE(w.connectionLabel()->text(), QStringLiteral("Not connected"));
        QSignalSpy sandboxAsked(&w, &ui::MainWindow::sandboxRequested);
        QSignalSpy connectionsAsked(&w, &ui::MainWindow::connectionsRequested);
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("welcomeSandbox")), Qt::LeftButton);
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("welcomeConnections")), Qt::LeftButton);
        QCOMPARE(sandboxAsked.size(), 1);
        QCOMPARE(connectionsAsked.size(), 1);
    }

    void aStoppedSandboxOffersRestart()
    {
        ui::MainWindow w;
        w.show();
        w.connectTo(target(engine.baseUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(w.connectionState(), ui::MainWindow::ConnectionState::Online, 30000);
        auto *restart = w.findChild<QPushButton *>(QStringLiteral("restartSandbox"));
        auto *action = w.findChild<QAction *>(QStringLiteral("actionRestartSandbox"));
        QVERIFY(restart && action);
        QVERIFY(!restart->isVisible());
        QVERIFY(!action->isEnabled());
        w.showSandboxStopped(QStringLiteral("The sandbox process crashed."));
        QCOMPARE(w.connectionState(), ui::MainWindow::ConnectionState::SandboxStopped);
        QVERIFY2(w.connectionLabel()->text().contains(QStringLiteral("sandbox stopped")),
                 qPrintable(w.connectionLabel()->text()));
        QVERIFY(!w.connectionLabel()->text().contains(QStringLiteral("base URL")));
        QVERIFY(restart->isVisible());
        QVERIFY(action->isEnabled());
        QSignalSpy asked(&w, &ui::MainWindow::sandboxRequested);
        QTest::mouseClick(restart, Qt::LeftButton);
        action->trigger();
        QCOMPARE(asked.size(), 2);
        // The estate seen before stays on screen.
        QVERIFY(findCluster(w.navigatorModel(), QStringLiteral("payments-main")).isValid());
    }

    void theTimelineShowsEachClustersNewestSnapshots()
    {
        ui::MainWindow w;
        w.show();
        w.connectTo(target(engine.baseUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(w.connectionState(), ui::MainWindow::ConnectionState::Online, 30000);
        w.clusterTabs()->setCurrentIndex(1);
        w.navigator()->setCurrentIndex(findCluster(w.navigatorModel(), QStringLiteral("payments-main")));
        QTRY_COMPARE(w.currentClusterName(), QStringLiteral("payments-main"));
        QTRY_VERIFY(w.snapshots()->model()->rowCount() > 0);
        ui::TimelineWidget *timeline = w.snapshots()->timeline();
        QComboBox *span = w.snapshots()->spanBox();
        // Look at an old period by hand: the span says "Custom".
        const QDateTime now = QDateTime::currentDateTimeUtc();
        timeline->setVisibleRange(now.addDays(-200), now.addDays(-190));
        timeline->zoomBy(2.0, timeline->width() / 2.0);
        QCOMPARE(span->currentData().toInt(), -1);
        // Another cluster: its newest snapshots, and the span says what is shown.
        QSignalSpy shown(&w, &ui::MainWindow::clusterShown);
        w.navigator()->setCurrentIndex(findCluster(w.navigatorModel(), QStringLiteral("payments-ledger")));
        QTRY_VERIFY(!shown.isEmpty() && shown.last().first().toString() == QStringLiteral("payments-ledger"));
        QVERIFY(w.snapshots()->model()->rowCount() > 0);
        QVERIFY(span->currentData().toInt() >= 0);
        QDateTime newest;
        for (const auto &snap : w.snapshots()->model()->snapshots())
            if (!newest.isValid() || snap.createdAt > newest) newest = snap.createdAt;
        QVERIFY2(timeline->visibleFrom() <= newest && timeline->visibleTo() >= newest,
                 qPrintable(timeline->visibleFrom().toString(Qt::ISODate) + u' ' +
                            timeline->visibleTo().toString(Qt::ISODate)));
        // "Last 7 days" shows the last 7 days of this cluster.
        span->setCurrentIndex(span->findData(7));
        emit span->activated(span->currentIndex());
        QVERIFY(qAbs(timeline->visibleFrom().secsTo(newest.addDays(-7))) < 86400);
    }

    void theNavigatorKeepsItsWidth()
    {
        ui::MainWindow w;
        w.resize(1280, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.connectTo(target(engine.baseUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(w.connectionState(), ui::MainWindow::ConnectionState::Online, 30000);
        w.navigator()->setCurrentIndex(findCluster(w.navigatorModel(), QStringLiteral("payments-main")));
        QTRY_COMPARE(w.currentClusterName(), QStringLiteral("payments-main"));
        QTest::qWait(50);
        const int before = w.navigator()->width();
        w.clusterTabs()->setCurrentIndex(1);
        QTest::keyClicks(w.snapshots()->filterEdit(), QStringLiteral("a filter that matches nothing at all"));
        QTest::qWait(50);
        w.clusterTabs()->setCurrentIndex(0);
        QTest::qWait(50);
        QCOMPARE(w.navigator()->width(), before);
        // Everything fits 1280 x 800 with the status bar on screen.
        QVERIFY2(
            w.minimumSizeHint().width() <= 1280 && w.minimumSizeHint().height() <= 740,
            qPrintable(QStringLiteral("%1x%2").arg(w.minimumSizeHint().width()).arg(w.minimumSizeHint().height())));
    }

    void theLayoutIsRememberedAndTheFirstSizeFits()
    {
        QSettings().remove(QStringLiteral("window"));
        QList<int> sizes;
        {
            ui::MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            const QRect avail = w.screen()->availableGeometry();
            QVERIFY2(w.width() <= avail.width() && w.height() <= avail.height(),
                     qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                    .arg(w.width())
                                    .arg(w.height())
                                    .arg(avail.width())
                                    .arg(avail.height())));
            auto *split = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            split->setSizes({300, w.width() - 300});
            sizes = split->sizes();
            w.close();
        }
        ui::MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }

    void aPeriodicSyncEveryFiveMinutesByDefault()
    {
        QSettings().remove(QStringLiteral("sync"));
        ui::MainWindow w;
        QCOMPARE(w.refreshMinutes(), 5);
        auto *timer = w.findChild<QTimer *>(QStringLiteral("refreshTimer"));
        QVERIFY(timer && timer->isActive());
        QCOMPARE(timer->interval(), 5 * 60 * 1000);
        w.setRefreshMinutes(0);
        QVERIFY(!timer->isActive());
        QCOMPARE(ui::MainWindow().refreshMinutes(), 0);  // remembered
        w.setRefreshMinutes(15);
        QCOMPARE(timer->interval(), 15 * 60 * 1000);
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
        QTRY_VERIFY_WITH_TIMEOUT(
            w.findChild<QLabel *>(QStringLiteral("connectionState"))->text().startsWith(QStringLiteral("Offline")),
            30000);
        QCOMPARE(w.connectionState(), ui::MainWindow::ConnectionState::Offline);
        const QModelIndex idx = findCluster(w.navigatorModel(), QStringLiteral("payments-main"));
        QVERIFY(idx.siblingAtColumn(1).data().toString() != QStringLiteral("none"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
