// The Backup Policy tab clicked in the real main window against the sandbox engine: an
// item's retention typed into its cell is refused with the reason beside it and Save is
// off; fixed, Save opens the Review (what changes, snapshots kept, moved expiries); Apply
// changes the schedule on the server with the item's id kept. Under a compliance policy
// the floor is shown per item, the item it needs cannot be removed, and a retention below
// it is refused in its cell.
#include "celledit.h"
#include "domain/policyrules.h"
#include "engine/engine.h"
#include "findcluster.h"
#include "httptestutil.h"
#include "i18n/i18n.h"
#include "itemmodels/policyitemsmodel.h"
#include "mainwindow/mainwindow.h"
#include "navigator/navigatorview.h"
#include "policy/backuppolicytab.h"
#include "policy/policyreviewdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace lifeboat;
using domain::Frequency;
using domain::Severity;
using itemmodels::PolicyItemsModel;

class PolicyTabTest : public QObject {
    Q_OBJECT
    sandbox::Engine engine;
    QTemporaryDir dir;
    std::unique_ptr<ui::MainWindow> window;
    QString shots = qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR");
    QHash<QString, QString> groupOf;  // cluster name -> project id

    ui::MainWindow &w() { return *window; }
    ui::BackupPolicyTab *tab() { return w().policyTab(); }

    void open(const QString &cluster)
    {
        const QModelIndex idx = findCluster(w().navigatorModel(), cluster);
        QVERIFY2(idx.isValid(), qPrintable(cluster));
        w().navigator()->scrollTo(idx);
        QTest::mouseClick(w().navigator()->viewport(), Qt::LeftButton, {}, w().navigator()->visualRect(idx).center());
        QTRY_COMPARE(w().currentClusterName(), cluster);
        groupOf.insert(cluster, idx.data(itemmodels::NavigatorModel::GroupIdRole).toString());
        QTabBar *bar = w().clusterTabs()->tabBar();
        const int at = w().clusterTabs()->indexOf(tab());
        QTRY_VERIFY(bar->isTabEnabled(at));
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(at).center());
        QCOMPARE(w().clusterTabs()->currentWidget(), tab());
        QTRY_VERIFY_WITH_TIMEOUT(tab()->clusterName() == cluster && tab()->hasFreshFacts(), 20000);
    }
    int rowOf(Frequency f)
    {
        for (int r = 0; r < tab()->itemsModel()->rowCount(); ++r)
            if (tab()->itemsModel()->index(r, PolicyItemsModel::FrequencyColumn).data(Qt::EditRole).toInt() == int(f))
                return r;
        return -1;
    }
    void typeInto(const QModelIndex &idx, const QString &text) { typeIntoCell(tab()->itemsView(), idx, text); }
    testutil::Response serverGet(const QString &path, const char *version)
    {
        QNetworkAccessManager nam;
        testutil::useApiKey(nam, engine.adminCredentials().publicKey, engine.adminCredentials().privateKey);
        return testutil::send(nam, "GET", QUrl(engine.baseUrl().toString() + path),
                              {{"Accept", testutil::accept(version)}});
    }
    QJsonObject serverSchedule(const QString &cluster)
    {
        QNetworkAccessManager nam;
        testutil::useApiKey(nam, engine.adminCredentials().publicKey, engine.adminCredentials().privateKey);
        const QUrl url(
            engine.baseUrl().toString() +
            QStringLiteral("/api/atlas/v2/groups/%1/clusters/%2/backup/schedule").arg(groupOf.value(cluster), cluster));
        const testutil::Response r = testutil::send(nam, "GET", url, {{"Accept", testutil::accept("2024-08-05")}});
        return r.status == 200 ? r.json() : QJsonObject();
    }
    void shot(QWidget *widget, const QString &name)
    {
        if (!shots.isEmpty()) widget->grab().save(shots + u'/' + name + QStringLiteral(".png"));
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
        QTRY_VERIFY_WITH_TIMEOUT(findCluster(w().navigatorModel(), QStringLiteral("payments-qa")).isValid(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!w().isSyncing(), 60000);
    }

    void editRefuseFixReviewApply()
    {
        open(QStringLiteral("payments-qa"));
        PolicyItemsModel *model = tab()->itemsModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int daily = rowOf(Frequency::Daily);
        QVERIFY(daily >= 0);
        const QString dailyId = serverSchedule(QStringLiteral("payments-qa"))
                                    .value("policies")
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value("policyItems")
                                    .toArray()
                                    .at(daily)
                                    .toObject()
                                    .value("id")
                                    .toString();
        QVERIFY(!dailyId.isEmpty());
        QVERIFY(!tab()->saveButton()->isEnabled());  // nothing changed yet

        // A retention of 0 days: the cell is refused, the reason beside it, Save off and saying why.
        const QModelIndex keep = model->index(daily, PolicyItemsModel::RetentionColumn);
        typeInto(keep, QStringLiteral("0"));
        QCOMPARE(keep.data(Qt::EditRole).toInt(), 0);
        QTRY_COMPARE(keep.data(PolicyItemsModel::SeverityRole).toInt(), int(Severity::Refuse));
        QCOMPARE(keep.data(PolicyItemsModel::FindingCodeRole).toString(), domain::policycode::kRetentionInvalid);
        const QString reason = model->index(daily, PolicyItemsModel::ProblemColumn).data().toString();
        QVERIFY(!reason.isEmpty());
        QVERIFY(!tab()->saveButton()->isEnabled());
        QCOMPARE(tab()->saveButton()->toolTip(), reason);
        shot(&w(), QStringLiteral("policy-tab-refused"));

        // Fixed: the cell is clean and Save is on.
        typeInto(keep, QStringLiteral("14"));
        QTRY_VERIFY(!keep.data(PolicyItemsModel::SeverityRole).isValid());
        QVERIFY(model->index(daily, PolicyItemsModel::ProblemColumn).data().toString().isEmpty());
        QTest::mouseClick(tab()->updateSnapshotsBox(), Qt::LeftButton, {},
                          QPoint(6, tab()->updateSnapshotsBox()->height() / 2));
        QVERIFY(tab()->updateSnapshotsBox()->isChecked());
        QTRY_VERIFY(tab()->saveButton()->isEnabled());
        shot(&w(), QStringLiteral("policy-tab"));

        // Save: the Review, over facts read fresh.
        QTest::mouseClick(tab()->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tab()->review() && tab()->review()->isVisible(), 20000);
        ui::PolicyReviewDialog *review = tab()->review();
        QTreeWidget *changes = review->changesView();
        QCOMPARE(changes->topLevelItemCount(), 1);
        QCOMPARE(changes->topLevelItem(0)->data(0, Qt::UserRole).toString(), QStringLiteral("items/") + dailyId);
        QVERIFY(!review->impactLabel()->text().isEmpty());
        QVERIFY(review->applyButton()->isEnabled());
        shot(review, QStringLiteral("policy-review"));

        // Apply: the server has the new retention on the same item.
        QTest::mouseClick(review->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!tab()->isEdited() && !review->outcomeLabel()->text().contains(QChar(0x2026)), 30000);
        const QJsonObject item = serverSchedule(QStringLiteral("payments-qa"))
                                     .value("policies")
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value("policyItems")
                                     .toArray()
                                     .at(daily)
                                     .toObject();
        QCOMPARE(item.value("id").toString(), dailyId);
        QCOMPARE(item.value("retentionValue").toInt(), 14);
        QCOMPARE(item.value("retentionUnit").toString().toLower(), QStringLiteral("days"));
        QCOMPARE(model->index(daily, PolicyItemsModel::RetentionColumn).data(Qt::EditRole).toInt(), 14);
        shot(review, QStringLiteral("policy-review-applied"));
        review->close();
    }

    // A copy region added (refused until its region is typed, frequencies picked from the
    // cell's menu) and auto export to a bucket picked from the project's: both on the server.
    void copyRegionAndAutoExport()
    {
        const QString cluster = QStringLiteral("payments-ledger");
        open(cluster);
        QVERIFY(!tab()->isEdited());
        auto *copies = tab()->findChild<QTableWidget *>(QStringLiteral("policyCopies"));
        QVERIFY(copies);
        QCOMPARE(copies->rowCount(), 0);
        QTest::mouseClick(tab()->findChild<QPushButton *>(QStringLiteral("addCopyRegion")), Qt::LeftButton);
        QCOMPARE(copies->rowCount(), 1);
        QTRY_VERIFY(domain::hasFinding(tab()->findings(), domain::policycode::kCopyRegionMissing));
        QVERIFY(!tab()->saveButton()->isEnabled());

        // The region typed into its cell.
        const QRect regionCell = copies->visualItemRect(copies->item(0, 1));
        QTest::mouseClick(copies->viewport(), Qt::LeftButton, {}, regionCell.center());
        QTest::mouseDClick(copies->viewport(), Qt::LeftButton, {}, regionCell.center());
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = copies->viewport()->findChild<QLineEdit *>()) && editor->isVisible());
        QTest::keyClicks(editor, QStringLiteral("US_WEST_2"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!domain::hasFinding(tab()->findings(), domain::policycode::kCopyRegionMissing));

        // Weekly added to the new row's daily, from the cell's menu.
        auto *frequencies = qobject_cast<QToolButton *>(copies->cellWidget(0, 2));
        QVERIFY(frequencies && frequencies->menu());
        QAction *weekly = frequencies->menu()->findChild<QAction *>(QStringLiteral("copyFrequency_WEEKLY"));
        QAction *daily = frequencies->menu()->findChild<QAction *>(QStringLiteral("copyFrequency_DAILY"));
        QVERIFY(weekly && daily && daily->isChecked() && !weekly->isChecked());
        QTimer::singleShot(50, this, [weekly] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (menu) QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(weekly).center());
        });
        QTest::mouseClick(frequencies, Qt::LeftButton);
        QTRY_VERIFY(weekly->isChecked());

        // Auto export: the project's bucket is picked, not typed.
        const testutil::Response buckets = serverGet(
            QStringLiteral("/api/atlas/v2/groups/%1/backup/exportBuckets").arg(groupOf.value(cluster)), "2024-05-30");
        const QString bucketId = buckets.json().value("results").toArray().first().toObject().value("_id").toString();
        QVERIFY(!bucketId.isEmpty());
        auto *exportBox = tab()->findChild<QCheckBox *>(QStringLiteral("policyExport"));
        auto *bucket = tab()->findChild<QComboBox *>(QStringLiteral("policyExportBucket"));
        QVERIFY(exportBox && bucket);
        QVERIFY(!bucket->isEditable());
        QCOMPARE(bucket->findData(bucketId), 0);
        QTest::mouseClick(exportBox, Qt::LeftButton, {}, QPoint(6, exportBox->height() / 2));
        QVERIFY(exportBox->isChecked());
        QCOMPARE(bucket->currentData().toString(), bucketId);
        QTRY_VERIFY(tab()->saveButton()->isEnabled());
        shot(&w(), QStringLiteral("policy-tab-copies-export"));

        QTest::mouseClick(tab()->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tab()->review() && tab()->review()->isVisible(), 20000);
        ui::PolicyReviewDialog *review = tab()->review();
        QVERIFY(review->applyButton()->isEnabled());
        shot(review, QStringLiteral("policy-review-copies-export"));
        QTest::mouseClick(review->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!review->outcomeLabel()->text().isEmpty() &&
                                     !review->outcomeLabel()->text().contains(QChar(0x2026)),
                                 30000);
        QVERIFY2(!tab()->isEdited(), qPrintable(review->outcomeLabel()->text()));
        review->close();

        const QJsonObject s = serverSchedule(cluster);
        const QJsonArray copiesOnServer = s.value("copySettings").toArray();
        QCOMPARE(copiesOnServer.size(), 1);
        const QJsonObject copy = copiesOnServer.first().toObject();
        QCOMPARE(copy.value("regionName").toString(), QStringLiteral("US_WEST_2"));
        QStringList sent;
        for (const auto &f : copy.value("frequencies").toArray()) sent << f.toString().toUpper();
        sent.sort();
        QCOMPARE(sent, (QStringList{QStringLiteral("DAILY"), QStringLiteral("WEEKLY")}));
        QVERIFY(!copy.value("zoneId").toString().isEmpty());
        QVERIFY(s.value("autoExportEnabled").toBool());
        QCOMPARE(s.value("export").toObject().value("exportBucketId").toString(), bucketId);
        QCOMPARE(copies->rowCount(), 1);  // the tab shows what the server has
    }

    void complianceFloorPerItem()
    {
        open(QStringLiteral("payments-main"));
        PolicyItemsModel *model = tab()->itemsModel();
        int locked = -1;
        for (int r = 0; r < model->rowCount() && locked < 0; ++r)
            if (model->index(r, 0).data(PolicyItemsModel::LockedRole).toBool()) locked = r;
        QVERIFY2(locked >= 0, "an item the compliance policy needs");
        QVERIFY(!model->index(locked, PolicyItemsModel::FloorColumn).data().toString().isEmpty());
        // The item it needs cannot be removed: the button says why.
        QTableView *view = tab()->itemsView();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(model->index(locked, PolicyItemsModel::FloorColumn)).center());
        auto *remove = tab()->findChild<QPushButton *>(QStringLiteral("removePolicyItem"));
        QVERIFY(remove);
        QTRY_VERIFY(!remove->isEnabled());
        QCOMPARE(remove->toolTip(), model->lockReason(locked));
        // A retention below its floor is refused in its cell.
        typeInto(model->index(locked, PolicyItemsModel::RetentionColumn), QStringLiteral("1"));
        QTRY_VERIFY(domain::hasFinding(tab()->findings(), domain::policycode::kBelowComplianceFloor));
        QCOMPARE(model->index(locked, PolicyItemsModel::RetentionColumn).data(PolicyItemsModel::SeverityRole).toInt(),
                 int(Severity::Refuse));
        QVERIFY(!tab()->saveButton()->isEnabled());
        shot(&w(), QStringLiteral("policy-tab-compliance"));
        QTest::mouseClick(tab()->revertButton(), Qt::LeftButton);
        QTRY_VERIFY(!tab()->isEdited());
    }

    // Last: the server gone while an edit is saved. No review opens, nothing is lost, and
    // Save works again once the check has failed.
    void deadServerKeepsTheEdit()
    {
        open(QStringLiteral("payments-qa"));
        const int daily = rowOf(Frequency::Daily);
        QVERIFY(daily >= 0);
        const QModelIndex keep = tab()->itemsModel()->index(daily, PolicyItemsModel::RetentionColumn);
        const int kept = keep.data(Qt::EditRole).toInt();
        QVERIFY(kept > 1);
        typeInto(keep, QString::number(kept - 1));  // shorter: allowed without compliance
        QTRY_VERIFY2(tab()->saveButton()->isEnabled(), qPrintable(tab()->saveButton()->toolTip()));
        engine.stop();
        const QString before = tab()->stateLabel()->text();
        QTest::mouseClick(tab()->saveButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(tab()->saveButton()->isEnabled(), qPrintable(tab()->stateLabel()->text()), 60000);
        QVERIFY(!tab()->review());
        QVERIFY(tab()->isEdited());
        QCOMPARE(keep.data(Qt::EditRole).toInt(), kept - 1);
        QVERIFY(tab()->stateLabel()->text() != before);  // it says why
        shot(&w(), QStringLiteral("policy-tab-server-gone"));
    }
};

QTEST_MAIN(PolicyTabTest)
#include "tst_policytab.moc"
