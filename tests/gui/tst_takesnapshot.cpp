// "Take snapshot now…" clicked in the real main window against the sandbox engine:
// the cluster toolbar's action opens the dialog, the retention rule is shown beside
// the field, the job takes the snapshot and the new row appears in the table through
// the scoped refresh (the navigator is not reloaded for it); the action is disabled
// with the reason for M0, Flex, backup off and while an on-demand snapshot runs; the
// snapshot table's context menu offers the same action.
#include "engine/engine.h"
#include "findcluster.h"
#include "itemmodels/navigatormodel.h"
#include "itemmodels/snapshottablemodel.h"
#include "mainwindow/mainwindow.h"
#include "navigator/navigatorview.h"
#include "snapshots/snapshotspane.h"
#include "snapshots/takesnapshotdialog.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace lifeboat;
using itemmodels::NavigatorModel;

class TakeSnapshotTest : public QObject {
    Q_OBJECT
    sandbox::Engine engine;
    QTemporaryDir dir;

    void open(ui::MainWindow &w, const QString &cluster)
    {
        const QModelIndex idx = findCluster(w.navigatorModel(), cluster);
        QVERIFY2(idx.isValid(), qPrintable(cluster));
        w.navigator()->scrollTo(idx);
        QTest::mouseClick(w.navigator()->viewport(), Qt::LeftButton, {}, w.navigator()->visualRect(idx).center());
        QTRY_COMPARE(w.currentClusterName(), cluster);
    }
    QToolButton *toolbarButton(ui::MainWindow &w)
    {
        auto *bar = w.findChild<QToolBar *>(QStringLiteral("clusterToolBar"));
        return bar ? qobject_cast<QToolButton *>(bar->widgetForAction(w.takeSnapshot()->action())) : nullptr;
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

    void takeFromTheToolbarAndTheContextMenu()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::ConnectionTarget t;
        t.profileName = QStringLiteral("Sandbox");
        t.options.baseUrl = engine.baseUrl();
        t.options.credentials =
            atlas::Credentials::apiKey(engine.adminCredentials().publicKey, engine.adminCredentials().privateKey);
        t.cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
        t.description = QStringLiteral("sandbox");
        w.connectTo(t);
        QTRY_VERIFY_WITH_TIMEOUT(findCluster(w.navigatorModel(), QStringLiteral("payments-qa")).isValid(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isSyncing(), 60000);
        QAction *action = w.takeSnapshot()->action();
        QToolButton *button = toolbarButton(w);
        QVERIFY(button);

        // Where no snapshot can be taken the action is off and says why.
        struct Blocked {
            QString cluster, why;
        };
        const QList<Blocked> blocked{{QStringLiteral("sandbox-free"), QStringLiteral("M0")},
                                     {QStringLiteral("payments-prototype"), QStringLiteral("Flex")},
                                     {QStringLiteral("analytics-scratch"), QStringLiteral("backup is off")}};
        for (const Blocked &b : blocked) {
            if (!findCluster(w.navigatorModel(), b.cluster).isValid()) QFAIL(qPrintable(b.cluster));
            open(w, b.cluster);
            QTRY_VERIFY2(action->toolTip().contains(b.why, Qt::CaseInsensitive), qPrintable(action->toolTip()));
            QVERIFY2(!button->isEnabled(), qPrintable(b.cluster));
        }

        // A backed-up cluster: click the toolbar button, fill the dialog, take it.
        open(w, QStringLiteral("payments-qa"));
        QTRY_VERIFY(button->isEnabled());
        QSignalSpy estates(&w, &ui::MainWindow::estateShown);
        QSignalSpy taken(w.takeSnapshot(), &ui::TakeSnapshotController::snapshotTaken);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(w.takeSnapshot()->dialog() && w.takeSnapshot()->dialog()->isVisible());
        ui::TakeSnapshotDialog *dialog = w.takeSnapshot()->dialog();
        QSpinBox *days = dialog->findChild<QSpinBox *>(QStringLiteral("snapshotRetentionDays"));
        QLineEdit *text = dialog->findChild<QLineEdit *>(QStringLiteral("snapshotDescription"));
        QLabel *reason = dialog->findChild<QLabel *>(QStringLiteral("retentionReason"));
        QPushButton *take = dialog->findChild<QPushButton *>(QStringLiteral("takeSnapshotButton"));
        QVERIFY(days && text && reason && take);
        days->selectAll();
        QTest::keyClicks(days, QStringLiteral("0"));
        QTRY_VERIFY(!take->isEnabled());
        QVERIFY2(!reason->text().isEmpty(), "the retention rule is shown beside the field");
        const QString shots = qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR");
        if (!shots.isEmpty()) dialog->grab().save(shots + QStringLiteral("/takesnapshot-dialog.png"));
        days->selectAll();
        QTest::keyClicks(days, QStringLiteral("3"));
        QTRY_VERIFY(take->isEnabled());
        QVERIFY(reason->text().isEmpty());
        QTest::keyClicks(text, QStringLiteral("clicked in the GUI"));
        QTest::mouseClick(take, Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(taken.size(), 1, 20000);
        const QString id = taken.first().first().toString();
        ui::SnapshotsPane *pane = w.snapshots();
        QTRY_VERIFY_WITH_TIMEOUT(pane->model()->snapshotById(id) != nullptr, 10000);
        QCOMPARE(pane->model()->snapshotById(id)->description, QStringLiteral("clicked in the GUI"));
        QCOMPARE(estates.size(), 0);  // a new snapshot reloads the cluster's pages, not the navigator
        if (!shots.isEmpty()) {
            w.clusterTabs()->setCurrentIndex(1);
            pane->selectSnapshot(id);
            QTest::qWait(100);
            w.grab().save(shots + QStringLiteral("/takesnapshot-taken.png"));
        }
        // It runs now: the action says so until it is done.
        QTRY_VERIFY(!button->isEnabled());
        QVERIFY2(action->toolTip().contains(id), qPrintable(action->toolTip()));

        // The snapshot table's context menu offers the same action.
        open(w, QStringLiteral("payments-staging"));
        QTRY_VERIFY(action->isEnabled());
        w.clusterTabs()->setCurrentIndex(1);
        QTableView *table = pane->table();
        QTRY_VERIFY(table->isVisible() && table->model()->rowCount() > 0);
        bool offered = false;
        QTimer::singleShot(200, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu) return;
            offered = menu->actions().contains(action);
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        });
        const QPoint at = table->visualRect(table->model()->index(0, 1)).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table->viewport(), &event);
        QVERIFY(offered);
        QTRY_VERIFY(w.takeSnapshot()->dialog() && w.takeSnapshot()->dialog()->isVisible());
        QVERIFY(w.takeSnapshot()->dialog()->windowTitle().contains(QStringLiteral("payments-staging")));
        w.takeSnapshot()->dialog()->reject();
        QTRY_VERIFY(!w.takeSnapshot()->dialog());
    }
};

QTEST_MAIN(TakeSnapshotTest)
#include "tst_takesnapshot.moc"
