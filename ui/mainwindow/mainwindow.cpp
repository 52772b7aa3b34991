#include "mainwindow/mainwindow.h"

#include "compliance/compliancepage.h"
#include "domain/pitwindow.h"
#include "itemmodels/navigatormodel.h"
#include "itemmodels/snapshotformat.h"
#include "jobs/jobrunner.h"
#include "navigator/navigatorview.h"
#include "overview/clusteroverview.h"
#include "policy/backuppolicytab.h"
#include "restore/restorecontroller.h"
#include "restore/restorejobs.h"
#include "restore/restoresview.h"
#include "restore/restorewizard.h"
#include "snapshots/snapshotactions.h"
#include "snapshots/snapshotspane.h"
#include "snapshots/takesnapshotdialog.h"
#include "timeline/timelinewidget.h"

#include <QTableView>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace lifeboat::ui {

using itemmodels::NavigatorModel;

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_model(new NavigatorModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lifeboat"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lifeboat.svg")));

    m_split = new QSplitter(this);
    m_split->setObjectName(QStringLiteral("mainSplitter"));
    m_split->setChildrenCollapsible(false);
    m_navigator = new NavigatorView(m_split);
    m_navigator->setModel(m_model);
    m_navigator->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_navigator->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_navigator->header()->setStretchLastSection(false);
    // Fixed minimums on both sides: the splitter then never takes width from the navigator
    // (and its badges) when the right side's own size hint grows (a tab, a filter count).
    m_navigator->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30);
    m_stack = new QStackedWidget(m_split);
    m_stack->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);
    m_placeholder = new QLabel(tr("Pick a cluster in the navigator."), m_stack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    buildWelcome();
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("clusterTabs"));
    m_tabs->setDocumentMode(true);
    m_overview = new ClusterOverview(m_tabs);
    m_snapshots = new SnapshotsPane(m_tabs);
    m_restores = new RestoresView(m_tabs);
    m_policy = new BackupPolicyTab(m_tabs);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_snapshots, tr("Snapshots"));
    m_tabs->addTab(m_restores, tr("Restores"));
    m_tabs->addTab(m_policy, tr("Backup Policy"));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tabs);
    m_compliance = new CompliancePage(m_stack);
    m_stack->addWidget(m_compliance);
    m_stack->setCurrentWidget(m_welcome);
    m_split->addWidget(m_navigator);
    m_split->addWidget(m_stack);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    setCentralWidget(m_split);

    m_refresh = new QTimer(this);
    m_refresh->setObjectName(QStringLiteral("refreshTimer"));
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (m_runner && m_syncJobs.isEmpty()) syncAll();  // never a second sync on top of a running one
    });
    buildActions();
    buildStatusBar();
    setRefreshMinutes(refreshMinutes());
    restoreLayout();
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onSelectionChanged);
    // Ages ("3 h") and the last-sync label move on with time.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &MainWindow::updateLastSync);
    tick->start(30000);
}

void MainWindow::buildWelcome()
{
    m_welcome = new QWidget(m_stack);
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    auto *v = new QVBoxLayout(m_welcome);
    v->addStretch(1);
    auto *text =
        new QLabel(tr("<b>Lifeboat is not connected.</b><br>Add a connection to MongoDB Atlas (an API key or a "
                      "service account), or try Lifeboat on the bundled sandbox: a local, Atlas-compatible "
                      "backup service with a demo estate."),
                   m_welcome);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // Centred by stretches, not by an alignment flag: an aligned label loses its
    // height-for-width and the wrapped text would be cut.
    text->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 70);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(text, 4);
    centre->addStretch(1);
    v->addLayout(centre);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    auto *sandbox = new QPushButton(tr("Start the sandbox"), m_welcome);
    sandbox->setObjectName(QStringLiteral("welcomeSandbox"));
    auto *add = new QPushButton(tr("Add a connection…"), m_welcome);
    add->setObjectName(QStringLiteral("welcomeConnections"));
    row->addWidget(sandbox);
    row->addWidget(add);
    row->addStretch(1);
    v->addLayout(row);
    v->addStretch(2);
    connect(sandbox, &QPushButton::clicked, this, &MainWindow::sandboxRequested);
    connect(add, &QPushButton::clicked, this, &MainWindow::connectionsRequested);
}

void MainWindow::restoreLayout()
{
    QSettings s;
    s.beginGroup(QStringLiteral("window"));
    const bool restored = restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray());
    if (!restored) {
        // First start: a comfortable size that fits the screen, status bar included.
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        const QSize want(qMin(1400, avail.width() * 9 / 10), qMin(860, avail.height() * 9 / 10));
        resize(want);
        move(avail.center() - QPoint(want.width() / 2, want.height() / 2));
    }
    if (!m_split->restoreState(s.value(QStringLiteral("mainSplitter")).toByteArray()))
        m_split->setSizes({qBound(300, width() * 36 / 100, 480), width() - qBound(300, width() * 36 / 100, 480)});
    m_snapshots->restoreLayout(s.value(QStringLiteral("snapshotsPane")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("window"));
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("mainSplitter"), m_split->saveState());
    s.setValue(QStringLiteral("snapshotsPane"), m_snapshots->saveLayout());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

int MainWindow::refreshMinutes() const
{
    return QSettings().value(QStringLiteral("sync/refreshMinutes"), 5).toInt();
}

void MainWindow::setRefreshMinutes(int minutes)
{
    minutes = qMax(0, minutes);
    QSettings().setValue(QStringLiteral("sync/refreshMinutes"), minutes);
    if (minutes > 0)
        m_refresh->start(minutes * 60 * 1000);
    else
        m_refresh->stop();
    if (m_refreshGroup)
        for (QAction *a : m_refreshGroup->actions()) a->setChecked(a->data().toInt() == minutes);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto *sync = new QAction(QIcon(QStringLiteral(":/icons/sync.svg")), tr("&Sync now"), this);
    sync->setObjectName(QStringLiteral("actionSync"));
    sync->setShortcut(QKeySequence::Refresh);
    sync->setToolTip(tr("Fetch everything again from the server (F5)"));
    connect(sync, &QAction::triggered, this, &MainWindow::syncAll);
    auto *connections = new QAction(QIcon(QStringLiteral(":/icons/connection.svg")), tr("&Connections…"), this);
    connections->setObjectName(QStringLiteral("actionConnections"));
    connect(connections, &QAction::triggered, this, &MainWindow::connectionsRequested);
    m_restartAction = new QAction(QIcon(QStringLiteral(":/icons/lifeboat.svg")), tr("&Restart the sandbox"), this);
    m_restartAction->setObjectName(QStringLiteral("actionRestartSandbox"));
    m_restartAction->setToolTip(tr("Start the bundled sandbox again and reconnect to it"));
    m_restartAction->setEnabled(false);
    connect(m_restartAction, &QAction::triggered, this, &MainWindow::sandboxRequested);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(connections);
    file->addAction(sync);
    QMenu *every = file->addMenu(tr("Sync &automatically"));
    m_refreshGroup = new QActionGroup(this);
    for (int minutes : {0, 1, 5, 15, 30, 60}) {
        QAction *a = every->addAction(minutes == 0 ? tr("Off") : tr("Every %n minute(s)", nullptr, minutes));
        a->setCheckable(true);
        a->setData(minutes);
        m_refreshGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, minutes] { setRefreshMinutes(minutes); });
    }
    file->addAction(m_restartAction);
    file->addSeparator();
    file->addAction(quit);
    // Restores: the controller owns the actions and says why one is off.
    m_restore = new RestoreController(this);
    QMenu *restoreMenu = menuBar()->addMenu(tr("&Restore"));
    m_restore->addToMenu(restoreMenu);
    m_restores->setJobs(m_restore->jobs());
    connect(m_restore, &RestoreController::message, this, &MainWindow::showMessage);
    connect(m_restore, &RestoreController::listRequested, this, &MainWindow::showAllRestores);
    connect(m_restore, &RestoreController::followingChanged, this, [this](int running) {
        m_restoreStatus->setVisible(running > 0);
        m_restoreStatus->setText(tr("%n restore(s) running", nullptr, running));
    });
    connect(m_restore, &RestoreController::restoreEnded, this, [this] {
        if (m_runner && !m_clusterName.isEmpty()) m_runner->loadClusterDetail(m_groupId, m_clusterName);
    });
    connect(m_snapshots, &SnapshotsPane::snapshotSelected, m_restore, &RestoreController::setSelectedSnapshot);
    connect(m_snapshots, &SnapshotsPane::snapshotActivated, this, [this](const QString &id) {
        m_restore->setSelectedSnapshot(id);
        if (m_restore->restoreAction()->isEnabled()) m_restore->restoreAction()->trigger();
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lifeboat"), this, [this] {
        QMessageBox::about(this, tr("About Lifeboat"),
                           tr("<b>Lifeboat</b> %1<br>A desktop console for MongoDB Atlas cloud backups.")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar *tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->setMovable(false);
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->addAction(sync);
    tb->addAction(connections);

    // The cluster's own actions.
    m_takeSnapshot = new TakeSnapshotController(this);
    QToolBar *clusterBar = addToolBar(tr("Cluster"));
    clusterBar->setObjectName(QStringLiteral("clusterToolBar"));
    clusterBar->setMovable(false);
    clusterBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    clusterBar->addAction(m_takeSnapshot->action());
    m_snapshotActions = new SnapshotActionsController(this);
    clusterBar->addAction(m_snapshotActions->expireAction());
    clusterBar->addAction(m_snapshotActions->deleteAction());
    clusterBar->addAction(m_restore->restoreAction());
    clusterBar->addAction(m_restore->pitAction());
    m_takeSnapshot->addToContextMenu(m_snapshots->table());
    m_snapshotActions->addToContextMenu(m_snapshots->table());
    connect(m_snapshots, &SnapshotsPane::snapshotSelected, m_snapshotActions,
            &SnapshotActionsController::setSelectedSnapshot);
    connect(m_snapshotActions, &SnapshotActionsController::message, this, &MainWindow::showMessage);
    m_restore->addToContextMenu(m_snapshots->table());
    m_restore->addToContextMenu(m_snapshots->timeline());
    connect(m_takeSnapshot, &TakeSnapshotController::message, this, &MainWindow::showMessage);
    connect(m_policy, &BackupPolicyTab::message, this, &MainWindow::showMessage);
    connect(m_compliance, &CompliancePage::message, this, &MainWindow::showMessage);
    connect(m_compliance, &CompliancePage::changed, this, [this](const QString &groupId) {
        if (m_runner && !m_cacheOnly)
            m_syncJobs.insert(m_runner->syncProject(groupId));  // the navigator's badge, the clusters raised
    });
}

void MainWindow::buildStatusBar()
{
    m_connectionIcon = new QLabel(this);
    m_connectionIcon->setPixmap(QIcon(QStringLiteral(":/icons/offline.svg")).pixmap(14, 14));
    m_connection = new QLabel(tr("Not connected"), this);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_jobText = new QLabel(this);
    m_jobText->setObjectName(QStringLiteral("jobText"));
    m_jobProgress = new QProgressBar(this);
    m_jobProgress->setObjectName(QStringLiteral("jobProgress"));
    m_jobProgress->setMaximumWidth(180);
    m_jobProgress->setTextVisible(false);
    m_jobProgress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        for (auto it = m_running.begin(); it != m_running.end(); ++it) m_runner->cancel(it.key());
    });
    m_restart = new QPushButton(tr("Restart the sandbox"), this);
    m_restart->setObjectName(QStringLiteral("restartSandbox"));
    m_restart->hide();
    connect(m_restart, &QPushButton::clicked, this, &MainWindow::sandboxRequested);
    statusBar()->addWidget(m_connectionIcon);
    statusBar()->addWidget(m_connection, 1);
    statusBar()->addWidget(m_restart);
    // Long messages are elided in the label (the tooltip has them whole), so the status
    // bar never asks for more width than the window has.
    m_connection->setMinimumWidth(1);
    m_connection->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_restoreStatus = new QLabel(this);
    m_restoreStatus->setObjectName(QStringLiteral("restoreStatus"));
    m_restoreStatus->hide();
    statusBar()->addPermanentWidget(m_restoreStatus);
    statusBar()->addPermanentWidget(m_jobText);
    statusBar()->addPermanentWidget(m_jobProgress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_lastSync);
}

void MainWindow::startRunner(const QString &cachePath, const atlas::ClientOptions &options)
{
    delete m_runner;
    m_running.clear();
    m_syncJobs.clear();
    m_lastSyncAt = QDateTime();
    m_clustersOpened = false;
    m_jobProgress->hide();
    m_cancel->hide();
    m_jobText->clear();
    m_runner = new jobs::JobRunner(this);
    connect(m_runner, &jobs::JobRunner::estateLoaded, this, &MainWindow::onEstate);
    connect(m_runner, &jobs::JobRunner::clusterDetailLoaded, this, &MainWindow::onClusterDetail);
    connect(m_runner, &jobs::JobRunner::jobStarted, this, &MainWindow::onJobStarted);
    connect(m_runner, &jobs::JobRunner::jobProgress, this, &MainWindow::onJobProgress);
    connect(m_runner, &jobs::JobRunner::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_runner, &jobs::JobRunner::jobResult, this, &MainWindow::onJobResult);
    // Reload only what the write touched: the navigator for lists, the open cluster's
    // pages when the change is under it (a new snapshot elsewhere resets no table here).
    connect(m_runner, &jobs::JobRunner::cacheChanged, this, [this](const jobs::CacheScope &scope) {
        if (scope.touchesEstate()) m_runner->loadEstate();
        if (!m_clusterName.isEmpty() && scope.touchesCluster(m_groupId, m_clusterName))
            m_runner->loadClusterDetail(m_groupId, m_clusterName);
    });
    m_runner->start(options, cachePath);
    if (m_stack->currentWidget() == m_welcome) m_stack->setCurrentWidget(m_placeholder);
    m_cacheRead = m_runner->loadEstate();  // what was seen before, at once (offline too)
}

void MainWindow::showCached(const QString &profileName, const QString &cachePath)
{
    m_target = ConnectionTarget{profileName, {}, cachePath, {}};
    m_cacheOnly = true;
    startRunner(cachePath, {});
    setWindowTitle(tr("%1 — Lifeboat").arg(profileName));
}

void MainWindow::showCannotConnect(const QString &why)
{
    setState(ConnectionState::CannotConnect, why);
}

void MainWindow::connectTo(const ConnectionTarget &target)
{
    const bool sameCache = m_runner && m_cacheOnly && m_target.cachePath == target.cachePath;
    m_target = target;
    m_cacheOnly = false;
    if (sameCache)
        m_runner->setClientOptions(target.options);  // the cache is shown already: keep its worker
    else
        startRunner(target.cachePath, target.options);
    m_takeSnapshot->setRunner(m_runner);
    m_policy->setRunner(m_runner);
    m_compliance->setRunner(m_runner);
    m_snapshotActions->setRunner(m_runner);
    m_restore->setRunner(m_runner);  // resumes following every restore whose end was not seen
    statusBar()->clearMessage();
    m_restart->hide();
    if (m_restartAction) m_restartAction->setEnabled(false);
    setState(ConnectionState::Connecting);
    setWindowTitle(tr("%1 — Lifeboat").arg(target.profileName));
    syncAll();
}

void MainWindow::showSandboxStopped(const QString &why)
{
    m_restore->setRunner(nullptr);
    delete m_runner;  // its server is gone: no sync would reach it
    m_runner = nullptr;
    m_running.clear();
    m_syncJobs.clear();
    m_jobProgress->hide();
    m_cancel->hide();
    m_jobText->clear();
    setState(ConnectionState::SandboxStopped, why);
    setSandboxRestartAvailable(true);
}

void MainWindow::setSandboxRestartAvailable(bool available)
{
    m_restart->setVisible(available);
    m_restartAction->setEnabled(available);
}

void MainWindow::setState(ConnectionState state, const QString &detail)
{
    m_state = state;
    const bool online = state == ConnectionState::Online;
    m_connectionIcon->setPixmap(
        QIcon(online ? QStringLiteral(":/icons/online.svg") : QStringLiteral(":/icons/offline.svg")).pixmap(14, 14));
    QString text;
    switch (state) {
    case ConnectionState::NotConnected: text = tr("Not connected"); break;
    case ConnectionState::Connecting: text = tr("Connecting to %1…").arg(m_target.description); break;
    case ConnectionState::Online: text = tr("Online — %1").arg(m_target.description); break;
    case ConnectionState::NotAuthorized:
        // The reason (a refused key, a missing role, the access list) comes from the error.
        text = tr("Not authorized — showing what was seen before. %1").arg(detail);
        break;
    case ConnectionState::Offline: text = tr("Offline — showing what was seen before. %1").arg(detail); break;
    case ConnectionState::SyncFailed: text = tr("Sync failed — %1").arg(detail); break;
    case ConnectionState::SandboxStopped:
        text = tr("The sandbox stopped — showing what was seen before. Restart it to carry on.");
        break;
    case ConnectionState::CannotConnect:
        text = tr("Cannot connect — showing what was seen before. %1").arg(detail);
        break;
    }
    m_connection->setText(text);
    m_connection->setToolTip(detail.isEmpty() ? text : text + u'\n' + detail);
    updatePlaceholder();
}

void MainWindow::updatePlaceholder()
{
    // Over an empty navigator, say why it is empty instead of "pick a cluster".
    bool hasClusters = false;
    for (const auto &o : m_estate.orgs)
        for (const auto &p : o.projects) hasClusters |= !p.clusters.isEmpty();
    QString text = tr("Pick a cluster in the navigator.");
    if (!hasClusters) {
        switch (m_state) {
        case ConnectionState::Connecting: text = tr("Syncing with %1…").arg(m_target.description); break;
        case ConnectionState::NotAuthorized:
            text = tr("Nothing to show: the server refused the credentials. Check the profile in Connections.");
            break;
        case ConnectionState::Offline: text = tr("Nothing to show: the server could not be reached."); break;
        case ConnectionState::SandboxStopped:
            text = tr("Nothing to show: the sandbox stopped. Restart it from the File menu.");
            break;
        case ConnectionState::CannotConnect:
            text = tr("Nothing to show: there is nothing to connect with. Check the profile in Connections.");
            break;
        case ConnectionState::Online: text = tr("There are no clusters this connection can see."); break;
        default: break;
        }
    }
    m_placeholder->setText(text);
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::syncAll()
{
    if (m_runner && !m_cacheOnly) m_syncJobs.insert(m_runner->syncAll());
}

void MainWindow::onEstate(const jobs::Estate &estate)
{
    const QStringList open = m_navigator->expandedIds();
    m_estate = estate;
    m_model->setEstate(m_target.profileName, estate, QDateTime::currentDateTimeUtc());
    bool hasClusters = false;
    QHash<QString, QString> projectNames;
    for (const auto &o : estate.orgs)
        for (const auto &p : o.projects) {
            hasClusters |= !p.clusters.isEmpty();
            projectNames.insert(p.project.id, p.project.name);
        }
    m_overview->setProjectNames(projectNames);
    m_restores->setProjectNames(projectNames);
    if (m_allRestores) m_allRestores->setProjectNames(projectNames);
    m_restore->setEstate(estate);
    updatePlaceholder();
    if (!m_clustersOpened && hasClusters) {
        // The first estate with clusters (from the cache or the first sync): open the profile,
        // organizations and projects, since clusters are what people look for.
        m_navigator->expandToDepth(2);
        m_clustersOpened = true;
    } else {
        m_navigator->restoreExpanded(open);
        if (open.isEmpty()) m_navigator->expandToDepth(0);
    }
    if (!m_clusterName.isEmpty()) {
        const QModelIndex i = m_model->clusterIndex(m_groupId, m_clusterName);
        if (i.isValid()) {
            QSignalBlocker block(m_navigator->selectionModel());
            m_navigator->setCurrentIndex(i);
        }
    }
    if (estate.syncedAt.isValid()) m_lastSyncAt = estate.syncedAt;
    updateLastSync();
    emit estateShown();
}

void MainWindow::onSelectionChanged()
{
    const QModelIndex i = m_navigator->currentIndex().siblingAtColumn(0);
    const auto cluster = m_model->clusterAt(i);
    if (!cluster && i.data(NavigatorModel::KindRole).toInt() == int(NavigatorModel::NodeKind::Project)) {
        const QString groupId = i.data(NavigatorModel::GroupIdRole).toString();
        for (const auto &o : m_estate.orgs)
            for (const auto &p : o.projects)
                if (p.project.id == groupId) m_compliance->setProject(p);
        m_stack->setCurrentWidget(m_compliance);
    } else if (!cluster) {
        m_stack->setCurrentWidget(m_placeholder);
    }
    if (!cluster) {
        m_clusterName.clear();
        m_takeSnapshot->clear();
        m_restore->clear();
        m_policy->clear();
        m_snapshotActions->clear();
        return;
    }
    const QString groupId = i.data(NavigatorModel::GroupIdRole).toString();
    if (groupId != m_groupId || cluster->cluster.name != m_clusterName) {
        // Until its detail is shown, no action may act on the cluster that was on screen before.
        m_takeSnapshot->clear();
        m_snapshotActions->clear();
    }
    m_groupId = groupId;
    m_clusterName = cluster->cluster.name;
    if (m_runner) m_runner->loadClusterDetail(m_groupId, m_clusterName);
}

void MainWindow::onClusterDetail(const jobs::ClusterDetail &d)
{
    if (d.groupId != m_groupId || d.clusterName != m_clusterName) return;  // an answer for an earlier pick
    bool compliance = false;
    for (const auto &o : m_estate.orgs)
        for (const auto &p : o.projects)
            if (p.project.id == d.groupId) compliance = p.compliancePolicy;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_overview->setDetail(d, compliance, now);
    const QString key = d.groupId + u'/' + d.clusterName;
    if (key != m_shownCluster)
        m_snapshots->resetView();  // another cluster: its own newest snapshots, not the last one's period
    m_shownCluster = key;
    m_takeSnapshot->setCluster(d);
    QString projectName;
    for (const auto &o : m_estate.orgs)
        for (const auto &p : o.projects)
            if (p.project.id == d.groupId) projectName = p.project.name;
    m_restore->setCluster(d, projectName);
    m_restores->setClusterDetail(d, now);
    m_policy->setCluster(d);
    m_snapshotActions->setCluster(d);
    const QString selected = m_snapshots->selectedSnapshotId();
    m_snapshots->setClusterContext(d.cluster.encryptionAtRestProvider,
                                   d.schedule ? d.schedule->allItems() : QList<domain::PolicyItem>());
    if (d.isFlex) {
        m_snapshots->setFlexSnapshots(d.flexSnapshots);
    } else {
        QDateTime pitFrom, pitTo;
        if (const auto window = domain::pitWindow(d.cluster, d.schedule, d.snapshots, now)) {
            pitFrom = window->from;
            pitTo = window->to;
        }
        m_snapshots->setSnapshots(d.snapshots, pitFrom, pitTo);
    }
    if (!selected.isEmpty() && m_snapshots->selectSnapshot(selected)) {
        m_restore->setSelectedSnapshot(selected);
        m_snapshotActions->setSelectedSnapshot(selected);
    }
    // M0 has no snapshots: its page is the Overview with the mongodump commands.
    if (d.cluster.isFreeTier()) m_tabs->setCurrentIndex(0);
    m_tabs->setTabEnabled(1, !d.cluster.isFreeTier());
    m_tabs->setTabEnabled(2, !d.cluster.isFreeTier());
    m_tabs->setTabEnabled(3, !d.cluster.isFreeTier() && !d.isFlex);
    m_stack->setCurrentWidget(m_tabs);
    emit clusterShown(d.clusterName);
}

void MainWindow::showAllRestores()
{
    if (!m_allRestoresWindow) {
        auto *w = new QDialog(this);
        w->setObjectName(QStringLiteral("allRestoresWindow"));
        w->setWindowTitle(tr("Restores of every cluster"));
        w->setModal(false);
        m_allRestores = new RestoresView(w);
        m_allRestores->setObjectName(QStringLiteral("allRestoresView"));
        auto *v = new QVBoxLayout(w);
        v->addWidget(m_allRestores);
        w->resize(qMin(width(), 1200), qMin(height(), 600));
        m_allRestoresWindow = w;
        QHash<QString, QString> names;
        for (const auto &o : m_estate.orgs)
            for (const auto &p : o.projects) names.insert(p.project.id, p.project.name);
        m_allRestores->setProjectNames(names);
    }
    m_allRestores->setJobs(m_restore->jobs());
    m_allRestores->reload();
    m_allRestoresWindow->show();
    m_allRestoresWindow->raise();
}

void MainWindow::onJobStarted(quint64 id, const QString &title)
{
    if (m_restore->jobs()->isWatch(id)) return;  // followed in the restore label, never cancelled from here
    m_running.insert(id, title);
    m_jobText->setText(title);
    m_jobProgress->setRange(0, 0);
    m_jobProgress->show();
    m_cancel->show();
}

void MainWindow::onJobProgress(quint64 id, int done, int total, const QString &step)
{
    if (!m_running.contains(id)) return;
    m_jobProgress->setRange(0, qMax(1, total));
    m_jobProgress->setValue(done);
    m_jobText->setText(step.isEmpty() ? m_running.value(id) : step);
}

void MainWindow::onJobFinished(quint64 id, bool ok, const QString &message)
{
    const QString title = m_running.take(id);
    if (m_running.isEmpty()) {
        m_jobProgress->hide();
        m_cancel->hide();
        m_jobText->clear();
    }
    if (!ok && !message.isEmpty()) showMessage(tr("%1 failed: %2").arg(title, message));
}

// The one place that reads the job's error type (it becomes jobs::JobError: return
// error.apiKind(), and Cancelled / a cache failure from error.kind).
// A cache failure is the disk's problem, not the connection's: it falls to "Sync failed".
static atlas::ErrorKind errorKindOf(const jobs::JobResult &r)
{
    switch (r.error.kind) {
    case jobs::JobError::Kind::None: return atlas::ErrorKind::None;
    case jobs::JobError::Kind::Api: return r.error.apiKind();
    case jobs::JobError::Kind::Cancelled: return atlas::ErrorKind::Cancelled;
    case jobs::JobError::Kind::Cache:
    case jobs::JobError::Kind::Validation: break;
    }
    return atlas::ErrorKind::Server;  // shown as "Sync failed" with the job's message
}

void MainWindow::onJobResult(const jobs::JobResult &r)
{
    if (r.id == m_cacheRead) {
        m_cacheRead = 0;
        if (m_cacheOnly) emit cacheShown();
    }
    if (!m_syncJobs.remove(r.id)) return;  // not a sync: the connection state is the syncs' to tell
    using atlas::ErrorKind;
    switch (errorKindOf(r)) {
    case ErrorKind::None:
        m_lastSyncAt = QDateTime::currentDateTimeUtc();
        setState(ConnectionState::Online);
        break;
    case ErrorKind::Cancelled: break;
    case ErrorKind::Unauthorized:
    case ErrorKind::Forbidden:
    case ErrorKind::AccessListRequired: setState(ConnectionState::NotAuthorized, r.error.message); break;
    case ErrorKind::Network:
    case ErrorKind::InvalidConfiguration: setState(ConnectionState::Offline, r.error.message); break;
    default: setState(ConnectionState::SyncFailed, r.error.message); break;
    }
    updateLastSync();
}

void MainWindow::updateLastSync()
{
    if (!m_lastSyncAt.isValid()) {
        m_lastSync->setText(tr("Never synced"));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_lastSync->setText(m_lastSyncAt.secsTo(now) < 120
                            ? tr("Synced just now")
                            : tr("Last sync %1 ago").arg(NavigatorModel::ageText(m_lastSyncAt, now)));
    const int minutes = refreshMinutes();
    m_lastSync->setToolTip(minutes > 0
                               ? tr("Last sync %1; the next in at most %n minute(s)", nullptr, minutes)
                                     .arg(itemmodels::formatUtc(m_lastSyncAt))
                               : tr("Last sync %1; automatic sync is off").arg(itemmodels::formatUtc(m_lastSyncAt)));
}

}  // namespace lifeboat::ui
