#pragma once
// The main window: navigator on the left; the selected cluster's Overview and
// Snapshots on the right; connection state, last sync and running jobs in the
// status bar. All data arrives from the worker layer (JobRunner) as values.
#include "atlas/connection.h"
#include "jobs/estate.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace lifeboat::jobs { class JobRunner; }
namespace lifeboat::itemmodels { class NavigatorModel; }

namespace lifeboat::ui {

class ClusterOverview;
class NavigatorView;
class SnapshotsPane;
class TakeSnapshotController;

struct ConnectionTarget {
    QString profileName;       // shown at the root of the navigator
    atlas::ClientOptions options;
    QString cachePath;         // the SQLite cache of this profile
    QString description;       // e.g. "sandbox at http://127.0.0.1:4242"
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows what the cache holds for the profile at once, then syncs with the server.
    void connectTo(const ConnectionTarget &target);
    void showMessage(const QString &text);  // a problem in words, in the status bar

    // For tests.
    NavigatorView *navigator() const { return m_navigator; }
    itemmodels::NavigatorModel *navigatorModel() const { return m_model; }
    ClusterOverview *overview() const { return m_overview; }
    SnapshotsPane *snapshots() const { return m_snapshots; }
    QTabWidget *clusterTabs() const { return m_tabs; }
    jobs::JobRunner *runner() const { return m_runner; }
    TakeSnapshotController *takeSnapshot() const { return m_takeSnapshot; }
    bool isSyncing() const { return !m_running.isEmpty(); }
    QString currentClusterName() const { return m_clusterName; }

signals:
    void connectionsRequested();
    void estateShown();                 // the navigator was (re)filled
    void clusterShown(const QString &clusterName);

private:
    void buildActions();
    void buildStatusBar();
    void onEstate(const jobs::Estate &estate);
    void onClusterDetail(const jobs::ClusterDetail &detail);
    void onSelectionChanged();
    void onJobStarted(quint64 id, const QString &title);
    void onJobProgress(quint64 id, int done, int total, const QString &step);
    void onJobFinished(quint64 id, bool ok, const QString &message);
    void onConnectionChanged(bool online, const QString &message);
    void syncAll();
    void updateLastSync();

    jobs::JobRunner *m_runner = nullptr;
    TakeSnapshotController *m_takeSnapshot = nullptr;  // "Take snapshot now…" (cluster toolbar, table menu)
    itemmodels::NavigatorModel *m_model;
    NavigatorView *m_navigator;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;
    ClusterOverview *m_overview;
    SnapshotsPane *m_snapshots;
    QLabel *m_connectionIcon;
    QLabel *m_connection;
    QLabel *m_lastSync;
    QLabel *m_jobText;
    QProgressBar *m_jobProgress;
    QToolButton *m_cancel;
    ConnectionTarget m_target;
    jobs::Estate m_estate;
    QString m_groupId, m_clusterName;
    QHash<quint64, QString> m_running;
    QDateTime m_lastSyncAt;
    bool m_online = false;
};

}  // namespace lifeboat::ui
