// Issue 10, item 6: an offline start whose keychain gives no secret still shows the
// cache (the navigator filled, a cluster opens with its snapshots) and says why it
// cannot connect. The real Launcher and MainWindow; no display text is read.
#include "cache/cache.h"
#include "itemmodels/navigatormodel.h"
#include "itemmodels/snapshottablemodel.h"
#include "launcher.h"
#include "mainwindow/mainwindow.h"
#include "navigator/navigatorview.h"
#include "settings/profiles.h"
#include "snapshots/snapshotspane.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using itemmodels::NavigatorModel;

namespace {

const QString kGroup = QStringLiteral("6600000000000000000000aa");

QModelIndex clusterRow(const QAbstractItemModel *m, const QString &name, const QModelIndex &parent = {})
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data(NavigatorModel::KindRole).toInt() == int(NavigatorModel::NodeKind::Cluster) &&
            i.data(NavigatorModel::ClusterNameRole).toString() == name)
            return i;
        if (const QModelIndex c = clusterRow(m, name, i); c.isValid()) return c;
    }
    return {};
}

// What an earlier, online session left in the profile's cache.
void fillCache(const QString &path, int snapshots)
{
    cache::Cache c;
    QVERIFY(c.open(path));
    const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QVERIFY(c.replaceOrganizations({{QStringLiteral("org1"), QStringLiteral("Org"), false, t}}, t));
    domain::Project p;
    p.id = kGroup;
    p.orgId = QStringLiteral("org1");
    p.name = QStringLiteral("proj");
    QVERIFY(c.replaceProjects({p}, t));
    domain::Cluster cl;
    cl.groupId = kGroup;
    cl.name = QStringLiteral("c1");
    cl.backupEnabled = true;
    cl.instanceSize = QStringLiteral("M30");
    QVERIFY(c.replaceClusters(kGroup, {cl}, t));
    QList<domain::Snapshot> list;
    for (int i = 0; i < snapshots; ++i) {
        domain::Snapshot s;
        s.id = QStringLiteral("s%1").arg(i);
        s.createdAt = t.addSecs(-3600 * i);
        s.expiresAt = s.createdAt.addDays(7);
        s.status = domain::parseSnapshotStatus(QStringLiteral("completed"));
        list.append(s);
    }
    QVERIFY(c.replaceSnapshots(kGroup, QStringLiteral("c1"), list, t));
}

}  // namespace

class TestOfflineStart : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Before the first QSettings or QStandardPaths call: everything in the temporary folder.
        for (const char *v : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
            qputenv(v, m_dir.filePath(QString::fromLatin1(v)).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("Lifeboat"));
        QCoreApplication::setApplicationName(QStringLiteral("lifeboat"));
    }

    void cacheShownAndWhyItCannotConnect()
    {
        fillCache(cachePathFor(QStringLiteral("Offline")), 30);
        ui::ProfileStore().save(ui::Profile{QStringLiteral("Offline"),
                                            ui::Profile::Kind::ApiKey,
                                            QStringLiteral("https://127.0.0.1:9"),
                                            QStringLiteral("key"),
                                            {}});
        ui::MainWindow window;
        Launcher launcher(&window);
        QSignalSpy shown(&window, &ui::MainWindow::cacheShown);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        launcher.connectProfile(QStringLiteral("Offline"));

        // The keychain has no secret for it (there is no keychain here at all): cannot connect, and says so.
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionState(), ui::MainWindow::ConnectionState::CannotConnect, 20000);
        QCOMPARE(shown.count(), 1);
        QVERIFY(window.connectionLabel()->isVisible());
        QVERIFY(!window.connectionLabel()->toolTip().isEmpty());
        QVERIFY(!window.isSyncing());

        // The cache is there all the same: click the cluster, its snapshots open.
        const QModelIndex c1 = clusterRow(window.navigator()->model(), QStringLiteral("c1"));
        QVERIFY(c1.isValid());
        window.navigator()->scrollTo(c1);
        QTest::mouseClick(window.navigator()->viewport(), Qt::LeftButton, {},
                          window.navigator()->visualRect(c1).center());
        QTRY_COMPARE(window.currentClusterName(), QStringLiteral("c1"));
        QTRY_COMPARE(window.snapshots()->table()->model()->rowCount(), 30);
        QCOMPARE(window.connectionState(), ui::MainWindow::ConnectionState::CannotConnect);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestOfflineStart)
#include "tst_offlinestart.moc"
