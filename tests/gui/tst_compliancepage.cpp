// The Compliance page of a project and its wizard, clicked in the real main window against
// the sandbox engine: a project without a policy offers Enable…; the wizard refuses a bad
// e-mail beside the field, reviews over facts read fresh (clusters raised), and enables only
// with the acknowledgement ticked and the project's name typed; the server then has the
// policy. Disable is off with the reason in a project with clusters.
#include "celledit.h"
#include "compliance/compliancepage.h"
#include "compliance/compliancewizard.h"
#include "domain/compliancerules.h"
#include "engine/engine.h"
#include "httptestutil.h"
#include "i18n/i18n.h"
#include "itemmodels/navigatormodel.h"
#include "itemmodels/policyitemsmodel.h"
#include "mainwindow/mainwindow.h"
#include "navigator/navigatorview.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace lifeboat;
using itemmodels::NavigatorModel;
using itemmodels::PolicyItemsModel;

static QModelIndex findProject(const QAbstractItemModel *m, const QString &name, const QModelIndex &parent = {})
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data(NavigatorModel::KindRole).toInt() == int(NavigatorModel::NodeKind::Project) &&
            i.data().toString() == name)
            return i;
        const QModelIndex found = findProject(m, name, i);
        if (found.isValid()) return found;
    }
    return {};
}

class CompliancePageTest : public QObject {
    Q_OBJECT
    sandbox::Engine engine;
    QTemporaryDir dir;
    std::unique_ptr<ui::MainWindow> window;
    QString shots = qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR");

    ui::MainWindow &w() { return *window; }
    ui::CompliancePage *page() { return w().compliancePage(); }
    void shot(QWidget *widget, const QString &name)
    {
        if (!shots.isEmpty()) widget->grab().save(shots + u'/' + name + QStringLiteral(".png"));
    }
    QString openProject(const QString &name)
    {
        const QModelIndex idx = findProject(w().navigatorModel(), name);
        if (!idx.isValid()) return {};
        w().navigator()->scrollTo(idx);
        QTest::mouseClick(w().navigator()->viewport(), Qt::LeftButton, {}, w().navigator()->visualRect(idx).center());
        return idx.data(NavigatorModel::GroupIdRole).toString();
    }
    testutil::Response serverPolicy(const QString &groupId)
    {
        QNetworkAccessManager nam;
        testutil::useApiKey(nam, engine.adminCredentials().publicKey, engine.adminCredentials().privateKey);
        const QUrl url(engine.baseUrl().toString() +
                       QStringLiteral("/api/atlas/v2/groups/%1/backupCompliancePolicy").arg(groupId));
        return testutil::send(nam, "GET", url, {{"Accept", testutil::accept("2023-10-01")}});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariable("LIFEBOAT_SCREENSHOT_LANG") == u"de")
            ui::installTranslations(QLocale(QStringLiteral("de")));
        sandbox::EngineOptions o;
        o.speed = 0;
        o.latencyMs = qEnvironmentVariableIntValue("LIFEBOAT_TEST_LATENCY_MS");  // a slow link, when asked for
        QString error;
        QVERIFY2(engine.start(o, &error), qPrintable(error));
        window = std::make_unique<ui::MainWindow>();
        // Screenshots at another size: LIFEBOAT_SCREENSHOT_SIZE=1920x1200.
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
        QTRY_VERIFY_WITH_TIMEOUT(findProject(w().navigatorModel(), QStringLiteral("payments-staging")).isValid(),
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!w().isSyncing(), 60000);
    }

    void activePolicyShownDisableOff()
    {
        const QString group = openProject(QStringLiteral("payments-prod"));
        QVERIFY(!group.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(page()->groupId() == group && page()->isRead(), 20000);
        QVERIFY(page()->isVisible());
        QVERIFY(page()->policy().has_value());
        QCOMPARE(page()->policy()->authorizedEmail, QStringLiteral("backup-owner@northwind.example"));
        QVERIFY(page()->fieldsView()->topLevelItemCount() >= 8);
        QVERIFY(page()->disableButton()->isVisible());
        QVERIFY(!page()->disableButton()->isEnabled());  // the project has clusters
        QVERIFY(!page()->disableButton()->toolTip().isEmpty());
        shot(&w(), QStringLiteral("compliance-page"));
    }

    void enableThroughTheWizard()
    {
        const QString group = openProject(QStringLiteral("payments-staging"));
        QVERIFY(!group.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(page()->groupId() == group && page()->isRead(), 20000);
        QVERIFY(!page()->policy());
        QCOMPARE(serverPolicy(group).status, 404);
        QTRY_VERIFY(page()->enableButton()->isEnabled());
        QTest::mouseClick(page()->enableButton(), Qt::LeftButton);
        QTRY_VERIFY(page()->wizard() && page()->wizard()->isVisible());
        ui::ComplianceWizard *wiz = page()->wizard();
        QAbstractButton *next = wiz->button(QWizard::NextButton);

        // The representative: a bad e-mail is refused beside the field, Next off.
        QTest::keyClicks(wiz->firstNameEdit(), QStringLiteral("Grace"));
        QTest::keyClicks(wiz->lastNameEdit(), QStringLiteral("Hopper"));
        QTest::keyClicks(wiz->emailEdit(), QStringLiteral("grace.example"));
        QTRY_VERIFY(!wiz->emailReason()->text().isEmpty());
        QVERIFY(!next->isEnabled());
        shot(wiz, QStringLiteral("compliance-wizard-settings"));
        wiz->emailEdit()->clear();
        QTest::keyClicks(wiz->emailEdit(), QStringLiteral("grace@northwind.example"));
        QTRY_VERIFY(wiz->emailReason()->text().isEmpty());
        QTRY_VERIFY(next->isEnabled());

        // The review over facts read fresh.
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wiz->currentId(), int(ui::ComplianceWizard::ReviewPage));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 20000);
        QVERIFY(wiz->reviewView()->topLevelItemCount() > 0);
        shot(wiz, QStringLiteral("compliance-wizard-review"));

        // The confirmation: the name typed and the acknowledgement, else Finish is off.
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wiz->currentId(), int(ui::ComplianceWizard::ConfirmPage));
        QAbstractButton *finish = wiz->button(QWizard::FinishButton);
        QVERIFY(!finish->isEnabled());
        QTest::keyClicks(wiz->confirmEdit(), QStringLiteral("payments-stag"));
        QTest::mouseClick(wiz->acknowledgeBox(), Qt::LeftButton, {}, QPoint(6, wiz->acknowledgeBox()->height() / 2));
        QVERIFY(wiz->acknowledgeBox()->isChecked());
        QVERIFY(!finish->isEnabled());
        QVERIFY(!wiz->confirmStatus()->text().isEmpty());
        QTest::keyClicks(wiz->confirmEdit(), QStringLiteral("ing"));
        QTRY_VERIFY(finish->isEnabled());
        shot(wiz, QStringLiteral("compliance-wizard-confirm"));
        QSignalSpy applied(wiz, &ui::ComplianceWizard::applied);
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);

        const testutil::Response r = serverPolicy(group);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("authorizedEmail").toString(), QStringLiteral("grace@northwind.example"));
        QTRY_VERIFY(page()->policy().has_value());
        QCOMPARE(page()->policy()->authorizedEmail, QStringLiteral("grace@northwind.example"));
        QVERIFY(page()->enableButton()->isEnabled());  // now Edit…
    }

    // Editing the policy in force: a retention below what it keeps now is refused in its
    // cell; a longer one and a new representative go through the review and the typed
    // name, and the server has both.
    void editTheActivePolicy()
    {
        const QString group = openProject(QStringLiteral("payments-prod"));
        QVERIFY(!group.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(page()->groupId() == group && page()->isRead(), 20000);
        QVERIFY(page()->policy().has_value());
        QTRY_VERIFY(page()->enableButton()->isEnabled());  // Edit…
        QTest::mouseClick(page()->enableButton(), Qt::LeftButton);
        QTRY_VERIFY(page()->wizard() && page()->wizard()->isVisible());
        ui::ComplianceWizard *wiz = page()->wizard();
        QAbstractButton *next = wiz->button(QWizard::NextButton);
        QCOMPARE(wiz->emailEdit()->text(), QStringLiteral("backup-owner@northwind.example"));

        PolicyItemsModel *items = wiz->itemsModel();
        int daily = -1;
        for (int r = 0; r < items->rowCount() && daily < 0; ++r)
            if (items->index(r, PolicyItemsModel::FrequencyColumn).data(Qt::EditRole).toInt() ==
                int(domain::Frequency::Daily))
                daily = r;
        QVERIFY(daily >= 0);
        const QModelIndex keep = items->index(daily, PolicyItemsModel::RetentionColumn);
        const int kept = keep.data(Qt::EditRole).toInt();
        QVERIFY(kept > 1);
        typeIntoCell(wiz->itemsView(), keep, QString::number(kept - 1));
        QTRY_VERIFY(domain::hasFinding(wiz->findings(), domain::compliancecode::kRetentionLowered));
        QCOMPARE(keep.data(PolicyItemsModel::SeverityRole).toInt(), int(domain::Severity::Refuse));
        QVERIFY(!next->isEnabled());
        shot(wiz, QStringLiteral("compliance-wizard-edit-refused"));
        typeIntoCell(wiz->itemsView(), keep, QString::number(kept + 3));
        QTRY_VERIFY(!domain::hasFinding(wiz->findings(), domain::compliancecode::kRetentionLowered));
        wiz->emailEdit()->selectAll();
        QTest::keyClicks(wiz->emailEdit(), QStringLiteral("ada@northwind.example"));
        QTRY_VERIFY(next->isEnabled());

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wiz->currentId(), int(ui::ComplianceWizard::ReviewPage));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 20000);
        QStringList changed;
        for (int i = 0; i < wiz->reviewView()->topLevelItemCount(); ++i)
            changed << wiz->reviewView()->topLevelItem(i)->data(0, Qt::UserRole).toString();
        QVERIFY2(changed.contains(QStringLiteral("change/authorizedEmail")), qPrintable(changed.join(u' ')));
        QVERIFY(changed.contains(QStringLiteral("change/items/daily")));
        QVERIFY(!changed.contains(QStringLiteral("change/items/weekly")));  // untouched
        shot(wiz, QStringLiteral("compliance-wizard-edit-review"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wiz->currentId(), int(ui::ComplianceWizard::ConfirmPage));
        QAbstractButton *finish = wiz->button(QWizard::FinishButton);
        QTest::keyClicks(wiz->confirmEdit(), QStringLiteral("payments-prod"));
        QTest::mouseClick(wiz->acknowledgeBox(), Qt::LeftButton, {}, QPoint(6, wiz->acknowledgeBox()->height() / 2));
        QTRY_VERIFY(finish->isEnabled());
        QSignalSpy applied(wiz, &ui::ComplianceWizard::applied);
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);

        const QJsonObject p = serverPolicy(group).json();
        QCOMPARE(p.value("authorizedEmail").toString(), QStringLiteral("ada@northwind.example"));
        int serverKeep = -1;
        for (const auto &v : p.value("scheduledPolicyItems").toArray())
            if (v.toObject().value("frequencyType").toString().toLower() == u"daily")
                serverKeep = v.toObject().value("retentionValue").toInt();
        QCOMPARE(serverKeep, kept + 3);
    }
};

QTEST_MAIN(CompliancePageTest)
#include "tst_compliancepage.moc"
