// The translations as the app loads them: contexts match the namespaced classes at run
// time (German text appears in the widgets), English plurals come out right, and
// numbers and sizes follow the language.
#include "atlas/apierror.h"
#include "i18n/i18n.h"
#include "itemmodels/navigatormodel.h"
#include "itemmodels/restoreformat.h"
#include "itemmodels/snapshotformat.h"
#include "mainwindow/mainwindow.h"
#include "settings/connectionsdialog.h"
#include "snapshots/snapshotdetails.h"
#include "snapshots/snapshotspane.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

using namespace lifeboat;

class I18nTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LifeboatTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_i18n"));
    }

    void englishPlurals()
    {
        QVERIFY(ui::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(itemmodels::retentionText(domain::RetentionUnit::Years, 1), QStringLiteral("1 year"));
        QCOMPARE(itemmodels::retentionText(domain::RetentionUnit::Days, 7), QStringLiteral("7 days"));
        domain::PolicyItem hourly;
        hourly.frequency = domain::Frequency::Hourly;
        hourly.interval = 6;
        hourly.unit = domain::RetentionUnit::Days;
        hourly.value = 1;
        QCOMPARE(itemmodels::policyItemText(hourly), QStringLiteral("Every 6 hours — kept 1 day"));
        hourly.interval = 1;
        QVERIFY(itemmodels::policyItemText(hourly).startsWith(QStringLiteral("Every hour")));
        QCOMPARE(itemmodels::formatSize(69149824819), QStringLiteral("64.4 GiB"));
        ui::SnapshotsPane pane;
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("snapshotCount"))->text(), QStringLiteral("0 snapshots"));
    }

    void germanEverywhere()
    {
        QVERIFY(ui::installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        ui::MainWindow w;
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QCOMPARE(w.connectionLabel()->text(), QStringLiteral("Nicht verbunden"));
        QCOMPARE(w.clusterTabs()->tabText(0), QStringLiteral("Übersicht"));
        QCOMPARE(w.findChild<QPushButton *>(QStringLiteral("welcomeSandbox"))->text(),
                 QStringLiteral("Sandbox starten"));
        // Item models and free functions (their own contexts).
        QCOMPARE(w.navigatorModel()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Letzter Snapshot"));
        QCOMPARE(itemmodels::retentionText(domain::RetentionUnit::Weeks, 1), QStringLiteral("1 Woche"));
        QCOMPARE(itemmodels::retentionText(domain::RetentionUnit::Weeks, 4), QStringLiteral("4 Wochen"));
        // Free functions translate under the context lupdate gave them.
        QCOMPARE(itemmodels::restoreKindText(domain::RestoreKind::Automated),
                 QStringLiteral("Ganzer Snapshot in einen Cluster"));
        QCOMPARE(itemmodels::severityText(domain::Severity::Warn), QStringLiteral("Warnung"));
        domain::Tagged<domain::SnapshotStatus> done;
        done.value = domain::SnapshotStatus::Completed;
        QCOMPARE(itemmodels::statusText(done), QStringLiteral("Abgeschlossen"));
        QCOMPARE(itemmodels::formatSize(69149824819), QStringLiteral("64,4 GiB"));
        QCOMPARE(itemmodels::formatCount(100000), QStringLiteral("100.000"));
        // The snapshots pane and the details.
        ui::SnapshotsPane pane;
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("snapshotCount"))->text(), QStringLiteral("0 Snapshots"));
        // The settings dialog.
        ui::ConnectionsDialog d;
        QCOMPARE(d.windowTitle(), QStringLiteral("Verbindungen"));
        QCOMPARE(d.findChild<QPushButton *>(QStringLiteral("testConnection"))->text(),
                 QStringLiteral("Verbindung testen"));
        // An error from the client, translated through its own context.
        const atlas::ApiError e = atlas::ApiError::fromHttp(401, QByteArray());
        QVERIFY2(e.message.contains(QStringLiteral("Zugangsdaten")), qPrintable(e.message));
        // Qt's own texts (standard buttons), from Qt's translations (qt6-translations-l10n).
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        ui::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(I18nTest)
#include "tst_i18n.moc"
