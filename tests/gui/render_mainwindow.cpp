// Renders the main window on an in-process sandbox to PNG files for a look, at the
// screen size it runs on (xvfb-run -s "-screen 0 1280x800x24") and in a language:
//   render_mainwindow OUT_DIR [de|en]
// Writes welcome, overview, snapshots (details), ear-details, backup-off, stopped,
// take-snapshot and connections-error pictures, prefixed with the language and the screen size.
#include "engine/engine.h"
#include "findcluster.h"
#include "i18n/i18n.h"
#include "itemmodels/navigatormodel.h"
#include "mainwindow/mainwindow.h"
#include "navigator/navigatorview.h"
#include "settings/connectionsdialog.h"
#include "snapshots/snapshotspane.h"
#include "snapshots/takesnapshotdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace lifeboat;
using itemmodels::NavigatorModel;

// Waits for `done` while the event loop runs (QTRY_* need a test function).
template <typename F>
static void waitFor(F done, int ms = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) QTest::qWait(20);
    if (!done()) qFatal("timed out");
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LifeboatRender"));
    QCoreApplication::setApplicationName(QStringLiteral("render_mainwindow"));
    QSettings().clear();  // a first start: the window picks its own size
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
    QTest::qWaitForWindowExposed(&w);
    QTest::qWait(300);
    auto shoot = [&](const QString &name) {
        QTest::qWait(300);
        w.grab().save(prefix + name + QStringLiteral(".png"));
        qInfo("%s%s.png (window %dx%d)", qPrintable(prefix), qPrintable(name), w.width(), w.height());
    };
    shoot(QStringLiteral("welcome"));

    ui::ConnectionTarget t;
    t.profileName = QStringLiteral("Sandbox");
    t.options.baseUrl = engine.baseUrl();
    t.options.credentials =
        atlas::Credentials::apiKey(engine.adminCredentials().publicKey, engine.adminCredentials().privateKey);
    t.cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    t.description = QCoreApplication::translate("lifeboat::Launcher", "sandbox at %1").arg(engine.baseUrl().toString());
    w.connectTo(t);
    waitFor([&] { return w.connectionState() == ui::MainWindow::ConnectionState::Online; });
    waitFor([&] { return !w.isSyncing(); });

    auto open = [&](const QString &cluster, int tab) {
        if (w.currentClusterName() == cluster) {
            w.clusterTabs()->setCurrentIndex(tab);
            return;
        }
        QSignalSpy shown(&w, &ui::MainWindow::clusterShown);
        w.navigator()->setCurrentIndex(findCluster(w.navigatorModel(), cluster));
        waitFor([&] { return !shown.isEmpty(); }, 10000);
        w.clusterTabs()->setCurrentIndex(tab);
    };
    open(QStringLiteral("payments-main"), 0);
    shoot(QStringLiteral("overview"));
    open(QStringLiteral("payments-main"), 1);
    QTableView *table = w.snapshots()->table();
    table->selectRow(2);
    shoot(QStringLiteral("snapshots"));
    QTest::keyClicks(w.snapshots()->filterEdit(), QStringLiteral("weekly"));
    shoot(QStringLiteral("snapshots-filtered"));
    w.snapshots()->filterEdit()->clear();
    open(QStringLiteral("analytics-warehouse"), 1);
    table->selectRow(0);
    shoot(QStringLiteral("ear-details"));
    open(QStringLiteral("analytics-scratch"), 0);
    shoot(QStringLiteral("backup-off"));
    open(QStringLiteral("payments-events"), 0);
    shoot(QStringLiteral("overview-events"));
    open(QStringLiteral("payments-prototype"), 0);
    shoot(QStringLiteral("overview-flex"));
    w.showSandboxStopped(QCoreApplication::translate("lifeboat::Launcher", "The sandbox process crashed."));
    shoot(QStringLiteral("stopped"));

    ui::TakeSnapshotDialog take(QStringLiteral("payments-main"), std::nullopt, &w);
    take.show();
    if (!QTest::qWaitForWindowExposed(&take)) qWarning("the take-snapshot dialog was not exposed");
    take.findChild<QSpinBox *>(QStringLiteral("snapshotRetentionDays"))->setValue(0);  // shows the reason
    take.grab().save(prefix + QStringLiteral("take-snapshot.png"));
    qInfo("%stake-snapshot.png", qPrintable(prefix));
    take.close();

    ui::ConnectionsDialog d(&w);
    d.show();
    QTest::qWaitForWindowExposed(&d);
    d.findChild<QLineEdit *>(QStringLiteral("profileName"))->setText(QStringLiteral("prod"));
    d.findChild<QLineEdit *>(QStringLiteral("profileBaseUrl"))
        ->setText(QStringLiteral("https://cloud.mongodb.com/api/atlas/v2"));
    d.findChild<QPushButton *>(QStringLiteral("saveProfile"))->click();
    QTest::qWait(300);
    d.grab().save(prefix + QStringLiteral("connections-error.png"));
    qInfo("%sconnections-error.png", qPrintable(prefix));
    return 0;
}
