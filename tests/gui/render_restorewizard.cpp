// Renders every page of the restore wizard on an in-process sandbox to PNG files for a
// look, at the screen size it runs on (xvfb-run -a -s "-screen 0 1280x800x24"):
//   render_restorewizard OUT_DIR [en|de]
// Writes restore-source (snapshot, point in time, collections), restore-destination,
// restore-preflight (allowed and refused), restore-review, restore-progress and
// restore-restores-tab pictures, prefixed with the language and the screen size.
#include "engine/engine.h"
#include "findcluster.h"
#include "i18n/i18n.h"
#include "itemmodels/destinationmodel.h"
#include "itemmodels/namespacetreemodel.h"
#include "itemmodels/navigatormodel.h"
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
#include <QApplication>
#include <QDateTimeEdit>
#include <QDir>
#include <QLineEdit>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace lifeboat;
using domain::RestoreKind;

template <typename F>
static bool waitFor(F done, int ms = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) QTest::qWait(20);
    if (!done()) qWarning("timed out");
    return done();
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LifeboatRender"));
    QCoreApplication::setApplicationName(QStringLiteral("render_restorewizard"));
    QSettings().clear();
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    const QString lang = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("en");
    ui::installTranslations(QLocale(lang));
    QDir().mkpath(out);
    const QSize screen = app.primaryScreen()->size();
    const QString prefix = QStringLiteral("%1/%2-%3x%4-").arg(out, lang).arg(screen.width()).arg(screen.height());

    sandbox::Engine engine;
    sandbox::EngineOptions o;
    o.speed = 0;
    QString error;
    if (!engine.start(o, &error)) qFatal("sandbox: %s", qPrintable(error));
    QTemporaryDir dir;
    ui::MainWindow w;
    w.show();
    if (!QTest::qWaitForWindowExposed(&w)) qWarning("the window was not exposed");
    ui::ConnectionTarget t;
    t.profileName = QStringLiteral("Sandbox");
    t.options.baseUrl = engine.baseUrl();
    t.options.credentials =
        atlas::Credentials::apiKey(engine.adminCredentials().publicKey, engine.adminCredentials().privateKey);
    t.cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    t.description = QStringLiteral("sandbox at %1").arg(engine.baseUrl().toString());
    w.connectTo(t);
    waitFor([&] { return w.connectionState() == ui::MainWindow::ConnectionState::Online; });
    waitFor([&] { return !w.isSyncing(); });

    auto open = [&](const QString &cluster) {
        if (w.currentClusterName() == cluster) return;
        QSignalSpy shown(&w, &ui::MainWindow::clusterShown);
        w.navigator()->setCurrentIndex(findCluster(w.navigatorModel(), cluster));
        waitFor([&] { return !shown.isEmpty(); }, 10000);
    };
    auto shoot = [&](QWidget *widget, const QString &name) {
        QTest::qWait(300);
        widget->grab().save(prefix + name + QStringLiteral(".png"));
        qInfo("%s%s.png (%dx%d)", qPrintable(prefix), qPrintable(name), widget->width(), widget->height());
    };
    auto next = [&](ui::RestoreWizard *wz) {
        waitFor([&] { return wz->button(QWizard::NextButton)->isEnabled(); }, 20000);
        wz->next();
    };

    // A whole snapshot, picked in the table, onto another cluster.
    open(QStringLiteral("payments-staging"));
    w.clusterTabs()->setCurrentIndex(1);
    w.snapshots()->table()->selectRow(0);
    ui::RestoreWizard *wz = w.restore()->open(RestoreKind::Automated, w.snapshots()->selectedSnapshotId());
    if (!QTest::qWaitForWindowExposed(wz)) qWarning("the wizard was not exposed");
    shoot(wz, QStringLiteral("restore-1-source-snapshot"));
    next(wz);
    waitFor([&] { return !wz->destinationPage()->model()->isMarking(); });
    wz->destinationPage()->selectTarget(wz->plan().sourceGroupId, QStringLiteral("payments-qa"));
    shoot(wz, QStringLiteral("restore-2-destination"));
    next(wz);
    waitFor([&] { return wz->preflightPage()->hasResult(); }, 20000);
    shoot(wz, QStringLiteral("restore-3-preflight"));
    next(wz);
    QTest::keyClicks(wz->reviewPage()->confirmEdit(), QStringLiteral("payments-q"));
    shoot(wz, QStringLiteral("restore-4-review-wrong-name"));
    QTest::keyClicks(wz->reviewPage()->confirmEdit(), QStringLiteral("a"));
    QTest::keyClicks(wz->reviewPage()->reasonEdit(), QStringLiteral("CHG-1234 rehearsal"));
    shoot(wz, QStringLiteral("restore-4-review"));
    wz->button(QWizard::CommitButton)->click();
    waitFor([&] { return !wz->progressPage()->ref().jobId.isEmpty() || wz->progressPage()->startFailed(); }, 20000);
    engine.advanceBy(30);
    QTest::qWait(1500);
    shoot(wz, QStringLiteral("restore-5-progress"));
    for (int i = 0; i < 200 && !wz->progressPage()->hasEnded(); ++i) {
        engine.advanceBy(60);
        QTest::qWait(100);
    }
    shoot(wz, QStringLiteral("restore-5-progress-finished"));
    wz->close();
    QTest::qWait(200);
    w.clusterTabs()->setCurrentIndex(2);
    shoot(&w, QStringLiteral("restore-restores-tab"));

    // A point in time, from the cluster toolbar's "Point-in-time restore…".
    open(QStringLiteral("payments-main"));
    wz = w.restore()->open(RestoreKind::PointInTime);
    if (!QTest::qWaitForWindowExposed(wz)) qWarning("the wizard was not exposed");
    shoot(wz, QStringLiteral("restore-1-source-pit"));
    wz->sourcePage()->pitByOplog()->setChecked(true);
    shoot(wz, QStringLiteral("restore-1-source-pit-oplog"));
    wz->sourcePage()->pitByTime()->setChecked(true);
    next(wz);
    waitFor([&] { return !wz->destinationPage()->model()->isMarking(); });
    QTest::keyClicks(wz->destinationPage()->searchEdit(), QStringLiteral("payments"));
    wz->destinationPage()->selectTarget(wz->plan().sourceGroupId, QStringLiteral("payments-ledger"));
    shoot(wz, QStringLiteral("restore-2-destination-refused"));
    wz->close();

    // Databases and collections.
    open(QStringLiteral("payments-staging"));
    wz = w.restore()->open(RestoreKind::Collections, w.snapshots()->selectedSnapshotId());
    if (!QTest::qWaitForWindowExposed(wz)) qWarning("the wizard was not exposed");
    waitFor([&] { return wz->sourcePage()->namespacesLoaded(); }, 20000);
    auto *tree = wz->sourcePage()->namespaceModel();
    if (tree->rowCount() > 0) tree->setData(tree->index(0, 0), Qt::Checked, Qt::CheckStateRole);
    wz->sourcePage()->renamesEdit()->setText(QStringLiteral("a.b=a.b_restored"));
    shoot(wz, QStringLiteral("restore-1-source-collections"));
    wz->close();

    // A refused pre-flight: a download needs no target, so force one onto an M0 by hand is not
    // possible from the page; a restore onto the source's own older-version sibling is refused
    // on the Destination page already. Show the estate list instead.
    w.showAllRestores();
    QTest::qWait(500);
    if (auto *win = w.findChild<QWidget *>(QStringLiteral("allRestoresWindow")))
        shoot(win, QStringLiteral("restore-all-restores"));
    return 0;
}
