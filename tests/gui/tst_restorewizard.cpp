// The restore wizard clicked through in the real main window against the sandbox
// engine (real HTTP, in-process): a whole-snapshot restore, a point-in-time restore
// and a collection restore, each to its end (the sandbox's clock is moved on); a wrong
// typed name keeps Start disabled; closing the wizard leaves the restore followed (the
// status bar, the Restores tab, the end notification); the entry points are off with
// the domain's reason where a restore cannot work (M0).
#include "engine/engine.h"
#include "findcluster.h"
#include "httptestutil.h"
#include "i18n/i18n.h"
#include "itemmodels/destinationmodel.h"
#include "itemmodels/namespacetreemodel.h"
#include "itemmodels/restorejobsmodel.h"
#include "itemmodels/snapshottablemodel.h"
#include "mainwindow/mainwindow.h"
#include "navigator/navigatorview.h"
#include "restore/restorecontroller.h"
#include "restore/restoredestinationpage.h"
#include "restore/restorepreflightpage.h"
#include "restore/restoreprogresspage.h"
#include "restore/restorereviewpage.h"
#include "restore/restoresourcepage.h"
#include "restore/restoresview.h"
#include "restore/restorewizard.h"
#include "snapshots/snapshotspane.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace lifeboat;
using domain::RestoreKind;
using domain::RestoreState;

class RestoreWizardTest : public QObject {
    Q_OBJECT
    sandbox::Engine engine;
    QTemporaryDir dir;
    std::unique_ptr<ui::MainWindow> window;
    QString shots = qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR");

    ui::MainWindow &w() { return *window; }

    // The sandbox's own view of a cluster's or a snapshot's data (/sandbox/v1, never called by Lifeboat).
    QJsonObject sandboxData(const QString &groupId, const QString &cluster, const QString &snapshotId = {},
                            const QDateTime &at = {})
    {
        QNetworkAccessManager nam;
        testutil::useApiKey(nam, engine.adminCredentials().publicKey, engine.adminCredentials().privateKey);
        QString path = QStringLiteral("/sandbox/v1/groups/%1/clusters/%2").arg(groupId, cluster);
        if (!snapshotId.isEmpty()) path += QStringLiteral("/backup/snapshots/") + snapshotId;
        path += QStringLiteral("/data");
        if (at.isValid()) path += QStringLiteral("?at=%1").arg(at.toSecsSinceEpoch());
        const QUrl url(engine.baseUrl().toString() + path);
        const testutil::Response r = testutil::send(nam, "GET", url, {{"Accept", "application/json"}});
        return r.status == 200 ? r.json() : QJsonObject();
    }

    void open(const QString &cluster)
    {
        const QModelIndex idx = findCluster(w().navigatorModel(), cluster);
        QVERIFY2(idx.isValid(), qPrintable(cluster));
        w().navigator()->scrollTo(idx);
        QTest::mouseClick(w().navigator()->viewport(), Qt::LeftButton, {}, w().navigator()->visualRect(idx).center());
        QTRY_COMPARE(w().currentClusterName(), cluster);
        QTRY_VERIFY(w().snapshots()->model()->rowCount() > 0 || w().clusterTabs()->currentIndex() == 0);
    }
    // Clicks the toolbar button of an action (as a user would).
    void clickToolbar(QAction *action)
    {
        auto *bar = w().findChild<QToolBar *>(QStringLiteral("clusterToolBar"));
        QVERIFY(bar);
        auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action));
        QVERIFY(button);
        QTRY_VERIFY2(button->isEnabled(), qPrintable(action->toolTip()));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    QAbstractButton *next(ui::RestoreWizard *wz) { return wz->button(QWizard::NextButton); }
    void clickNext(ui::RestoreWizard *wz)
    {
        QTRY_VERIFY2(next(wz)->isEnabled(), qPrintable(wz->currentPage()->objectName()));
        QTest::mouseClick(next(wz), Qt::LeftButton);
    }
    void shoot(QWidget *widget, const QString &name)
    {
        if (shots.isEmpty()) return;
        QTest::qWait(100);
        widget->grab().save(shots + u'/' + name + QStringLiteral(".png"));
    }
    // Picks a target on the Destination page by typing in the search box and clicking its row.
    void pickTarget(ui::RestoreWizard *wz, const QString &cluster)
    {
        auto *page = wz->destinationPage();
        QTRY_COMPARE(wz->currentId(), int(ui::RestoreWizard::DestinationPageId));
        QTRY_VERIFY(!page->model()->isMarking());
        page->searchEdit()->clear();
        QTest::keyClicks(page->searchEdit(), cluster);
        QTableView *table = page->table();
        QModelIndex row;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 0).data(itemmodels::DestinationModel::ClusterNameRole).toString() == cluster)
                row = table->model()->index(r, 0);
        QVERIFY2(row.isValid(), qPrintable(cluster));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
        QVERIFY2(row.data(itemmodels::DestinationModel::AllowedRole).toBool(),
                 qPrintable(row.data(itemmodels::DestinationModel::ReasonRole).toString()));
    }
    void passPreflight(ui::RestoreWizard *wz)
    {
        QTRY_COMPARE(wz->currentId(), int(ui::RestoreWizard::PreflightPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wz->preflightPage()->hasResult(), 20000);
        QVERIFY2(wz->preflightPage()->validation().allowed, qPrintable(wz->preflightPage()->statusLabel()->text()));
    }
    // Moves the sandbox's clock on until the wizard's restore has ended; returns its state.
    RestoreState runToEnd(ui::RestoreWizard *wz)
    {
        auto *page = wz->progressPage();
        QElapsedTimer t;
        t.start();
        while (!page->hasEnded() && t.elapsed() < 60000) {
            engine.advanceBy(60);
            QTest::qWait(100);
        }
        return page->state();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariable("LIFEBOAT_SCREENSHOT_LANG") == u"de")
            ui::installTranslations(QLocale(QStringLiteral("de")));
        sandbox::EngineOptions o;
        o.speed = 0;  // the test moves the clock
        QString error;
        QVERIFY2(engine.start(o, &error), qPrintable(error));
        window = std::make_unique<ui::MainWindow>();
        const QStringList size =
            qEnvironmentVariable("LIFEBOAT_SCREENSHOT_SIZE", QStringLiteral("1280x800")).split(u'x');
        w().resize(size.value(0).toInt(), size.value(1).toInt());
        w().show();
        QVERIFY(QTest::qWaitForWindowExposed(&w()));
        ui::ConnectionTarget t;
        t.profileName = QStringLiteral("Sandbox");
        t.options.baseUrl = engine.baseUrl();
        t.options.credentials =
            atlas::Credentials::apiKey(engine.adminCredentials().publicKey, engine.adminCredentials().privateKey);
        t.cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
        t.description = QStringLiteral("sandbox");
        w().connectTo(t);
        QTRY_VERIFY_WITH_TIMEOUT(findCluster(w().navigatorModel(), QStringLiteral("payments-qa")).isValid(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!w().isSyncing(), 60000);
    }

    void cleanupTestCase() { window.reset(); }

    void entryPointsSayWhyTheyAreOff()
    {
        open(QStringLiteral("sandbox-free"));
        QAction *restore = w().restore()->restoreAction();
        QAction *pit = w().restore()->pitAction();
        QTRY_VERIFY2(restore->toolTip().contains(QStringLiteral("M0")), qPrintable(restore->toolTip()));
        QVERIFY(!restore->isEnabled());
        QVERIFY(!pit->isEnabled());
        QVERIFY(!pit->toolTip().isEmpty());
        // A cluster without continuous backup: PIT is off with a reason, the snapshot restore is on.
        open(QStringLiteral("payments-staging"));
        QTRY_VERIFY2(restore->isEnabled(), qPrintable(restore->toolTip()));
        QVERIFY2(!pit->isEnabled(), qPrintable(pit->toolTip()));
        QVERIFY(pit->toolTip().contains(QStringLiteral("continuous"), Qt::CaseInsensitive) ||
                pit->toolTip().contains(QStringLiteral("point-in-time"), Qt::CaseInsensitive));
    }

    void automatedRestoreToItsEnd()
    {
        open(QStringLiteral("payments-staging"));
        w().clusterTabs()->setCurrentIndex(1);
        QTableView *table = w().snapshots()->table();
        QTRY_VERIFY(table->model()->rowCount() > 0);
        // The newest completed snapshot, picked in the table.
        table->selectRow(0);
        const QString snapshotId = table->model()->index(0, 0).data(itemmodels::SnapshotTableModel::IdRole).toString();
        clickToolbar(w().restore()->restoreAction());
        QTRY_VERIFY(w().restore()->wizard() && w().restore()->wizard()->isVisible());
        ui::RestoreWizard *wz = w().restore()->wizard();
        auto *source = wz->sourcePage();
        QVERIFY(source->kindButton(RestoreKind::Automated)->isChecked());
        QCOMPARE(source->snapshotBox()->currentData().toString(), snapshotId);
        shoot(wz, QStringLiteral("restore-1-source"));
        clickNext(wz);
        pickTarget(wz, QStringLiteral("payments-qa"));
        // The source is labelled, and refused targets say why.
        auto *model = wz->destinationPage()->model();
        const int src = model->rowOf(wz->plan().sourceGroupId, QStringLiteral("payments-staging"));
        QVERIFY(src >= 0);
        QVERIFY(model->data(model->index(src, 0), itemmodels::DestinationModel::IsSourceRole).toBool());
        QVERIFY(model->data(model->index(src, 0)).toString() != model->candidate(src).cluster.name);  // labelled
        const int free = model->rowOf(model->candidate(src).groupId, QStringLiteral("sandbox-free"));
        QVERIFY(free >= 0);
        QVERIFY(!model->data(model->index(free, 0), itemmodels::DestinationModel::AllowedRole).toBool());
        QVERIFY(!model->data(model->index(free, 0), itemmodels::DestinationModel::ReasonRole).toString().isEmpty());
        shoot(wz, QStringLiteral("restore-2-destination"));
        clickNext(wz);
        passPreflight(wz);
        shoot(wz, QStringLiteral("restore-3-preflight"));
        clickNext(wz);
        QTRY_COMPARE(wz->currentId(), int(ui::RestoreWizard::ReviewPageId));
        QAbstractButton *start = wz->button(QWizard::CommitButton);
        QVERIFY(start->isVisible());
        QVERIFY(!start->isEnabled());  // nothing typed
        QTest::keyClicks(wz->reviewPage()->confirmEdit(), QStringLiteral("payments-q"));
        QVERIFY(!start->isEnabled());
        QTest::keyClicks(wz->reviewPage()->confirmEdit(), QStringLiteral("x"));  // "payments-qx": wrong
        QVERIFY(!start->isEnabled());
        QTest::keyClick(wz->reviewPage()->confirmEdit(), Qt::Key_Backspace);
        QTest::keyClicks(wz->reviewPage()->confirmEdit(), QStringLiteral("a"));
        QTRY_VERIFY(start->isEnabled());
        QTest::keyClicks(wz->reviewPage()->reasonEdit(), QStringLiteral("GUI test"));
        shoot(wz, QStringLiteral("restore-4-review"));
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_COMPARE(wz->currentId(), int(ui::RestoreWizard::ProgressPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!wz->progressPage()->ref().jobId.isEmpty() || wz->progressPage()->startFailed(),
                                 20000);
        QVERIFY2(!wz->progressPage()->startFailed(), qPrintable(wz->progressPage()->stateLabel()->text()));
        const QString jobId = wz->progressPage()->ref().jobId;
        QVERIFY(w().restore()->isFollowing(jobId));
        QTRY_VERIFY(w().restoreStatusLabel()->isVisible());
        QSignalSpy notified(w().restore(), &ui::RestoreController::notified);
        shoot(wz, QStringLiteral("restore-5-progress"));
        QCOMPARE(runToEnd(wz), RestoreState::Finished);
        shoot(wz, QStringLiteral("restore-5-progress-finished"));
        QTRY_COMPARE(notified.size(), 1);
        QVERIFY(!w().restore()->isFollowing(jobId));
        // The Restores tab shows it, finished.
        w().clusterTabs()->setCurrentIndex(2);
        itemmodels::RestoreJobsModel *jobs = w().restoresView()->model();
        QTRY_VERIFY(jobs->rowOf(itemmodels::RestoreJobsModel::Family::Dedicated, jobId) >= 0);
        shoot(&w(), QStringLiteral("restore-6-restores-tab"));
        QTRY_COMPARE(jobs->rowAt(jobs->rowOf(itemmodels::RestoreJobsModel::Family::Dedicated, jobId))->state,
                     RestoreState::Finished);
        // The data arrived: at the second it finished the target held exactly the snapshot's content.
        const QDateTime finished =
            jobs->rowAt(jobs->rowOf(itemmodels::RestoreJobsModel::Family::Dedicated, jobId))->finished;
        QVERIFY(finished.isValid());
        const QString snapFp = sandboxData(wz->plan().sourceGroupId, QStringLiteral("payments-staging"), snapshotId)
                                   .value("fingerprint")
                                   .toString();
        QVERIFY(!snapFp.isEmpty());
        QCOMPARE(sandboxData(wz->plan().targetGroupId, QStringLiteral("payments-qa"), {}, finished)
                     .value("fingerprint")
                     .toString(),
                 snapFp);
        QVERIFY(sandboxData(wz->plan().targetGroupId, QStringLiteral("payments-qa"), {}, finished.addSecs(-1))
                    .value("fingerprint")
                    .toString() != snapFp);
        wz->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!w().restore()->wizard());
    }

    void pointInTimeRestoreFollowedAfterClosing()
    {
        open(QStringLiteral("payments-main"));
        QAction *pit = w().restore()->pitAction();
        clickToolbar(pit);
        QTRY_VERIFY(w().restore()->wizard() && w().restore()->wizard()->isVisible());
        ui::RestoreWizard *wz = w().restore()->wizard();
        auto *source = wz->sourcePage();
        QVERIFY(source->kindButton(RestoreKind::PointInTime)->isChecked());
        QVERIFY(source->pitEdit()->isVisible());
        // Ten minutes before the end of the window, to the minute.
        const QDateTime at = source->pitEdit()->maximumDateTime().addSecs(-600);
        source->pitEdit()->setDateTime(QDateTime(at.date(), QTime(at.time().hour(), at.time().minute()), Qt::UTC));
        QTRY_VERIFY(wz->plan().pit.utcSeconds.has_value());
        QVERIFY(!wz->plan().pit.oplogTs.has_value());
        shoot(wz, QStringLiteral("restore-1-source-pit"));
        clickNext(wz);
        pickTarget(wz, QStringLiteral("payments-main"));  // back onto itself
        clickNext(wz);
        passPreflight(wz);
        clickNext(wz);
        QAbstractButton *start = wz->button(QWizard::CommitButton);
        QTest::keyClicks(wz->reviewPage()->confirmEdit(), QStringLiteral("payments-mainx"));
        QVERIFY(!start->isEnabled());
        wz->reviewPage()->confirmEdit()->clear();
        QTest::keyClicks(wz->reviewPage()->confirmEdit(), QStringLiteral("payments-main"));
        QTRY_VERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wz->progressPage()->ref().jobId.isEmpty() || wz->progressPage()->startFailed(),
                                 20000);
        QVERIFY2(!wz->progressPage()->startFailed(), qPrintable(wz->progressPage()->stateLabel()->text()));
        const jobs::RestoreRef ref = wz->progressPage()->ref();
        // Closed while it runs: the controller still follows it to its end.
        wz->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!w().restore()->wizard());
        QVERIFY(w().restore()->isFollowing(ref.jobId));
        QSignalSpy ended(w().restore(), &ui::RestoreController::restoreEnded);
        QElapsedTimer t;
        t.start();
        while (ended.isEmpty() && t.elapsed() < 60000) {
            engine.advanceBy(60);
            QTest::qWait(100);
        }
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().at(1).value<RestoreState>(), RestoreState::Finished);
        QVERIFY(!w().restore()->isFollowing(ref.jobId));
    }

    void collectionRestoreToItsEnd()
    {
        open(QStringLiteral("payments-staging"));
        QAction *collections = w().restore()->collectionsAction();
        w().clusterTabs()->setCurrentIndex(1);
        QTableView *table = w().snapshots()->table();
        QTRY_VERIFY(table->model()->rowCount() > 0);
        table->selectRow(0);
        QTRY_VERIFY2(collections->isEnabled(), qPrintable(collections->toolTip()));
        collections->trigger();  // as from the Restore menu or the table's context menu
        QTRY_VERIFY(w().restore()->wizard() && w().restore()->wizard()->isVisible());
        ui::RestoreWizard *wz = w().restore()->wizard();
        auto *source = wz->sourcePage();
        QVERIFY(source->kindButton(RestoreKind::Collections)->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(source->namespacesLoaded(), 20000);
        itemmodels::NamespaceTreeModel *tree = source->namespaceModel();
        QVERIFY(tree->rowCount() > 0);
        QVERIFY(!next(wz)->isEnabled());  // nothing chosen yet
        // Check one collection of a database that has several (a lone collection checked is its
        // whole database), with the keyboard on the tree as a user would.
        QModelIndex db;
        for (int r = 0; r < tree->rowCount() && !db.isValid(); ++r)
            if (tree->rowCount(tree->index(r, 0)) > 1) db = tree->index(r, 0);
        QVERIFY2(db.isValid(), "the snapshot has no database with two collections");
        const QModelIndex coll = tree->index(0, 0, db);
        QTreeView *view = source->namespaceTree();
        view->expand(db);
        view->setFocus();
        view->setCurrentIndex(coll);
        QTest::keyClick(view, Qt::Key_Space);
        QTRY_COMPARE(coll.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(db.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        const QString ns = coll.data(itemmodels::NamespaceTreeModel::NamespaceRole).toString();
        QTRY_COMPARE(wz->plan().collections.collections.size(), 1);
        QCOMPARE(wz->plan().collections.collections.first().source, ns);
        shoot(wz, QStringLiteral("restore-1-source-collections"));
        clickNext(wz);
        pickTarget(wz, QStringLiteral("payments-qa"));
        clickNext(wz);
        passPreflight(wz);
        clickNext(wz);
        QAbstractButton *start = wz->button(QWizard::CommitButton);
        // CREATE_NEW replaces nothing: no name to type.
        QVERIFY(!wz->reviewPage()->needsTypedName());
        QTRY_VERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wz->progressPage()->ref().jobId.isEmpty() || wz->progressPage()->startFailed(),
                                 20000);
        QVERIFY2(!wz->progressPage()->startFailed(), qPrintable(wz->progressPage()->stateLabel()->text()));
        QCOMPARE(wz->progressPage()->ref().kind, jobs::RestoreRef::Kind::Collection);
        // Atlas has no cancel for a collection restore: the button says so instead of failing later.
        QVERIFY(!wz->progressPage()->cancelButton()->isEnabled());
        QVERIFY(!wz->progressPage()->cancelButton()->toolTip().isEmpty());
        // The step is in plain words, never Atlas's raw status.
        QTRY_VERIFY_WITH_TIMEOUT(!wz->progressPage()->stepLabel()->text().isEmpty(), 20000);
        static const QRegularExpression raw(QStringLiteral("\\b(PENDING|RUNNING|IN_PROGRESS|QUEUED|COMPLETED)\\b"));
        QVERIFY2(!raw.match(wz->progressPage()->stepLabel()->text()).hasMatch(),
                 qPrintable(wz->progressPage()->stepLabel()->text()));
        QCOMPARE(runToEnd(wz), RestoreState::Finished);
        wz->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!w().restore()->wizard());
    }

    void estateListShowsEveryRestore()
    {
        w().restore()->restoresListAction()->trigger();
        QTRY_VERIFY(w().allRestoresView() && w().allRestoresView()->isVisible());
        itemmodels::RestoreJobsModel *m = w().allRestoresView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(m->rowCount() >= 3, 10000);  // the three restores of this test at least
        int finished = 0;
        for (int r = 0; r < m->rowCount(); ++r) finished += m->rowAt(r)->state == RestoreState::Finished;
        QVERIFY(finished >= 3);
    }
};

QTEST_MAIN(RestoreWizardTest)
#include "tst_restorewizard.moc"
