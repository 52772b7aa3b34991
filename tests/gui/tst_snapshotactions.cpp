// "Change expiry…" and "Delete snapshot…" clicked in the real main window against the
// sandbox engine: off with the reason under a compliance policy (no delete, no shorter
// expiry, the dialog says why as the value is typed); elsewhere a new expiry is sent and the
// server has it; a delete needs the snapshot's id typed, then the snapshot is gone from the
// server and from the table.
#include "domain/snapshotactions.h"
#include "engine/engine.h"
#include "findcluster.h"
#include "httptestutil.h"
#include "itemmodels/snapshotfiltermodel.h"
#include "itemmodels/snapshottablemodel.h"
#include "mainwindow/mainwindow.h"
#include "navigator/navigatorview.h"
#include "snapshots/snapshotactions.h"
#include "snapshots/snapshotspane.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace lifeboat;
using domain::SnapshotStatus;

class SnapshotActionsTest : public QObject {
    Q_OBJECT
    sandbox::Engine engine;
    QTemporaryDir dir;
    std::unique_ptr<ui::MainWindow> window;
    QHash<QString, QString> groupOf;
    QString shots = qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR");

    ui::MainWindow &w() { return *window; }
    ui::SnapshotActionsController *actions() { return w().snapshotActions(); }

    void open(const QString &cluster)
    {
        const QModelIndex idx = findCluster(w().navigatorModel(), cluster);
        QVERIFY2(idx.isValid(), qPrintable(cluster));
        groupOf.insert(cluster, idx.data(itemmodels::NavigatorModel::GroupIdRole).toString());
        w().navigator()->scrollTo(idx);
        QSignalSpy shown(&w(), &ui::MainWindow::clusterShown);
        QTest::mouseClick(w().navigator()->viewport(), Qt::LeftButton, {}, w().navigator()->visualRect(idx).center());
        QTRY_COMPARE(w().currentClusterName(), cluster);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().first().toString() == cluster, 20000);
        QTRY_VERIFY(w().snapshots()->model()->rowCount() > 0);
        w().clusterTabs()->setCurrentWidget(w().snapshots());
    }
    // A completed snapshot of the cluster on screen, clicked in the table.
    domain::Snapshot pickCompleted(int skip = 0)
    {
        ui::SnapshotsPane *pane = w().snapshots();
        const auto *model = pane->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString id = model->index(r, 0).data(itemmodels::SnapshotTableModel::IdRole).toString();
            const domain::Snapshot *s = model->snapshotById(id);
            if (!s || s->status.value != SnapshotStatus::Completed || s->expiresAt < QDateTime::currentDateTimeUtc())
                continue;
            if (skip-- > 0) continue;
            const QModelIndex at = pane->filterModel()->mapFromSource(model->indexOfId(id));
            pane->table()->scrollTo(at);
            QTest::mouseClick(pane->table()->viewport(), Qt::LeftButton, {}, pane->table()->visualRect(at).center());
            return *s;
        }
        return {};
    }
    QToolButton *button(QAction *action)
    {
        auto *bar = w().findChild<QToolBar *>(QStringLiteral("clusterToolBar"));
        return bar ? qobject_cast<QToolButton *>(bar->widgetForAction(action)) : nullptr;
    }
    testutil::Response serverSnapshot(const QString &cluster, const QString &id)
    {
        QNetworkAccessManager nam;
        testutil::useApiKey(nam, engine.adminCredentials().publicKey, engine.adminCredentials().privateKey);
        const QUrl url(engine.baseUrl().toString() +
                       QStringLiteral("/api/atlas/v2/groups/%1/clusters/%2/backup/snapshots/%3")
                           .arg(groupOf.value(cluster), cluster, id));
        return testutil::send(nam, "GET", url, {{"Accept", testutil::accept("2023-01-01")}});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        sandbox::EngineOptions o;
        o.speed = 0;
        QString error;
        QVERIFY2(engine.start(o, &error), qPrintable(error));
        window = std::make_unique<ui::MainWindow>();
        w().resize(1280, 800);
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

    void underComplianceOnlyLonger()
    {
        open(QStringLiteral("payments-main"));
        const domain::Snapshot s = pickCompleted();
        QVERIFY(!s.id.isEmpty());
        QTRY_VERIFY(actions()->expireAction()->isEnabled());
        QVERIFY(!actions()->deleteAction()->isEnabled());
        QVERIFY(!button(actions()->deleteAction())->isEnabled());
        QVERIFY2(actions()->deleteAction()->toolTip().contains(QStringLiteral("Compliance")),
                 qPrintable(actions()->deleteAction()->toolTip()));

        QTest::mouseClick(button(actions()->expireAction()), Qt::LeftButton);
        QTRY_VERIFY(actions()->dialog() && actions()->dialog()->isVisible());
        auto *d = qobject_cast<ui::ChangeExpiryDialog *>(actions()->dialog());
        QVERIFY(d);
        d->valueEdit()->selectAll();
        QTest::keyClicks(d->valueEdit(), QStringLiteral("1"));
        QTRY_VERIFY(!d->okButton()->isEnabled());
        QVERIFY(!d->reasonLabel()->text().isEmpty());
        if (!shots.isEmpty()) d->grab().save(shots + QStringLiteral("/snapshot-expiry-refused.png"));
        d->reject();
    }

    void expireAndDelete()
    {
        open(QStringLiteral("payments-qa"));
        const domain::Snapshot s = pickCompleted();
        QVERIFY(!s.id.isEmpty());
        QTRY_VERIFY(button(actions()->expireAction())->isEnabled());
        QSignalSpy changed(actions(), &ui::SnapshotActionsController::snapshotChanged);

        // A new expiry: 40 days from its creation.
        QTest::mouseClick(button(actions()->expireAction()), Qt::LeftButton);
        QTRY_VERIFY(actions()->dialog() && actions()->dialog()->isVisible());
        auto *d = qobject_cast<ui::ChangeExpiryDialog *>(actions()->dialog());
        QVERIFY(d);
        d->valueEdit()->selectAll();
        QTest::keyClicks(d->valueEdit(), QStringLiteral("40"));
        QTRY_VERIFY(d->okButton()->isEnabled());
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 20000);
        const testutil::Response after = serverSnapshot(QStringLiteral("payments-qa"), s.id);
        QVERIFY2(after.status == 200,
                 qPrintable(QString::number(after.status) + u' ' + s.id + u' ' +
                            groupOf.value(QStringLiteral("payments-qa")) + u' ' + QString::fromUtf8(after.body)));
        QCOMPARE(QDateTime::fromString(after.json().value("expiresAt").toString(), Qt::ISODate),
                 s.createdAt.addDays(40));

        // Delete: the id must be typed.
        const domain::Snapshot victim = pickCompleted(1);
        QVERIFY(!victim.id.isEmpty() && victim.id != s.id);
        QTRY_VERIFY(button(actions()->deleteAction())->isEnabled());
        QTest::mouseClick(button(actions()->deleteAction()), Qt::LeftButton);
        QTRY_VERIFY(actions()->dialog() && actions()->dialog()->isVisible());
        auto *del = qobject_cast<ui::DeleteSnapshotDialog *>(actions()->dialog());
        QVERIFY(del);
        QVERIFY(!del->deleteButton()->isEnabled());
        QTest::keyClicks(del->confirmEdit(), victim.id.left(6));
        QVERIFY(!del->deleteButton()->isEnabled());
        if (!shots.isEmpty()) del->grab().save(shots + QStringLiteral("/snapshot-delete.png"));
        QTest::keyClicks(del->confirmEdit(), victim.id.mid(6));
        QVERIFY(del->deleteButton()->isEnabled());
        QTest::mouseClick(del->deleteButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 20000);
        QCOMPARE(serverSnapshot(QStringLiteral("payments-qa"), victim.id).status, 404);
        QTRY_VERIFY_WITH_TIMEOUT(w().snapshots()->model()->snapshotById(victim.id) == nullptr, 10000);
    }
};

QTEST_MAIN(SnapshotActionsTest)
#include "tst_snapshotactions.moc"
