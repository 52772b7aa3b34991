#pragma once
// The main window: navigator on the left; the selected cluster's Overview and
// Snapshots on the right; connection state, last sync and running jobs in the
// status bar. All data arrives from the worker layer (JobRunner) as values.
#include "atlas/connection.h"
#include "jobs/estate.h"
#include "jobs/jobresult.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QAction;
class QActionGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;

namespace lifeboat::jobs {
class JobRunner;
}
namespace lifeboat::itemmodels {
class NavigatorModel;
}

namespace lifeboat::ui {

class BackupPolicyTab;
class ClusterOverview;
class CompliancePage;
class NavigatorView;
class RestoreController;
class RestoresView;
class SnapshotActionsController;
class SnapshotsPane;
class TakeSnapshotController;

struct ConnectionTarget {
    QString profileName;  // shown at the root of the navigator
    atlas::ClientOptions options;
    QString cachePath;    // the SQLite cache of this profile
    QString description;  // e.g. "sandbox at http://127.0.0.1:4242"
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // What the status bar says about the connection; each state has its own words and icon.
    enum class ConnectionState {
        NotConnected,
        Connecting,
        Online,
        NotAuthorized,
        Offline,
        SyncFailed,
        SandboxStopped,
        CannotConnect  // nothing to connect with (the keychain gave no secret): the cache only
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows what the cache holds for the profile at once, before any network, keychain or
    // sandbox work: a worker on the cache alone, no sync. connectTo() with the same cache goes on from it.
    void showCached(const QString &profileName, const QString &cachePath);
    // The profile cannot connect (`why` in words): keep showing the cache and say so.
    void showCannotConnect(const QString &why);
    // Shows what the cache holds for the profile at once, then syncs with the server.
    void connectTo(const ConnectionTarget &target);
    void showMessage(const QString &text);  // a problem in words, in the status bar
    // The bundled sandbox's child process ended: say so and offer Restart (status bar and File menu).
    void showSandboxStopped(const QString &why);
    void setSandboxRestartAvailable(bool available);

    ConnectionState connectionState() const { return m_state; }
    // Minutes between automatic syncs (0: off); saved in the settings.
    int refreshMinutes() const;
    void setRefreshMinutes(int minutes);

    // For tests.
    NavigatorView *navigator() const { return m_navigator; }
    itemmodels::NavigatorModel *navigatorModel() const { return m_model; }
    ClusterOverview *overview() const { return m_overview; }
    SnapshotsPane *snapshots() const { return m_snapshots; }
    QTabWidget *clusterTabs() const { return m_tabs; }
    jobs::JobRunner *runner() const { return m_runner; }
    TakeSnapshotController *takeSnapshot() const { return m_takeSnapshot; }
    SnapshotActionsController *snapshotActions() const { return m_snapshotActions; }
    RestoreController *restore() const { return m_restore; }
    BackupPolicyTab *policyTab() const { return m_policy; }
    CompliancePage *compliancePage() const { return m_compliance; }  // shown when a project is picked
    RestoresView *restoresView() const { return m_restores; }        // the cluster's Restores tab
    RestoresView *allRestoresView() const { return m_allRestores; }  // the estate's list (its window)
    QLabel *restoreStatusLabel() const { return m_restoreStatus; }
    void showAllRestores();
    bool isSyncing() const { return !m_running.isEmpty(); }
    QLabel *connectionLabel() const { return m_connection; }
    QLabel *lastSyncLabel() const { return m_lastSync; }
    QWidget *welcomePage() const { return m_welcome; }
    QLabel *placeholder() const { return m_placeholder; }
    QString currentClusterName() const { return m_clusterName; }

signals:
    void connectionsRequested();
    void sandboxRequested();  // "Start the sandbox" / "Restart the sandbox"
    void estateShown();       // the navigator was (re)filled
    void cacheShown();        // showCached()'s read of the cache ended (shown, or it could not be read)
    void clusterShown(const QString &clusterName);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildWelcome();
    void restoreLayout();
    void saveLayout() const;
    void setState(ConnectionState state, const QString &detail = QString());
    void updatePlaceholder();
    void onJobResult(const jobs::JobResult &result);
    void buildStatusBar();
    void onEstate(const jobs::Estate &estate);
    void onClusterDetail(const jobs::ClusterDetail &detail);
    void onSelectionChanged();
    void onJobStarted(quint64 id, const QString &title);
    void onJobProgress(quint64 id, int done, int total, const QString &step);
    void onJobFinished(quint64 id, bool ok, const QString &message);
    void startRunner(const QString &cachePath, const atlas::ClientOptions &options);
    void syncAll();
    void updateLastSync();

    jobs::JobRunner *m_runner = nullptr;
    SnapshotActionsController *m_snapshotActions = nullptr;  // change expiry, delete (toolbar, table menu)
    TakeSnapshotController *m_takeSnapshot = nullptr;        // "Take snapshot now…" (cluster toolbar, table menu)
    RestoreController *m_restore = nullptr;                  // every restore entry point, and following restores
    RestoresView *m_restores = nullptr;
    BackupPolicyTab *m_policy = nullptr;
    CompliancePage *m_compliance = nullptr;
    RestoresView *m_allRestores = nullptr;
    QWidget *m_allRestoresWindow = nullptr;
    QLabel *m_restoreStatus = nullptr;
    itemmodels::NavigatorModel *m_model;
    NavigatorView *m_navigator;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QWidget *m_welcome;
    QSplitter *m_split;
    QPushButton *m_restart;
    QAction *m_restartAction = nullptr;
    QActionGroup *m_refreshGroup = nullptr;
    QTimer *m_refresh;
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
    QString m_shownCluster;  // groupId/name whose pages are shown (a new one resets the timeline)
    QHash<quint64, QString> m_running;
    QSet<quint64> m_syncJobs;  // ids of the syncs this window asked for
    QDateTime m_lastSyncAt;
    ConnectionState m_state = ConnectionState::NotConnected;
    bool m_clustersOpened = false;  // the tree was opened to the clusters once for this connection
    bool m_cacheOnly = false;       // showCached(): the runner has no server yet
    quint64 m_cacheRead = 0;        // showCached()'s estate read, until it ends
};

}  // namespace lifeboat::ui
