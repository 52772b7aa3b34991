#include "mainwindow/mainwindow.h"

#include "domain/pitwindow.h"
#include "itemmodels/navigatormodel.h"
#include "jobs/jobrunner.h"
#include "navigator/navigatorview.h"
#include "overview/clusteroverview.h"
#include "snapshots/snapshotspane.h"
#include "snapshots/takesnapshotdialog.h"

#include <QTableView>

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace lifeboat::ui {

using itemmodels::NavigatorModel;

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_model(new NavigatorModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lifeboat"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lifeboat.svg")));
    resize(1400, 860);

    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    m_navigator = new NavigatorView(split);
    m_navigator->setModel(m_model);
    m_navigator->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_navigator->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_navigator->header()->setStretchLastSection(false);
    m_stack = new QStackedWidget(split);
    m_placeholder = new QLabel(tr("Pick a cluster in the navigator."), m_stack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("clusterTabs"));
    m_tabs->setDocumentMode(true);
    m_overview = new ClusterOverview(m_tabs);
    m_snapshots = new SnapshotsPane(m_tabs);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_snapshots, tr("Snapshots"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tabs);
    split->addWidget(m_navigator);
    split->addWidget(m_stack);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({420, 980});
    setCentralWidget(split);

    buildActions();
    buildStatusBar();
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onSelectionChanged);
    // Ages ("3 h") and the last-sync label move on with time.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &MainWindow::updateLastSync);
    tick->start(30000);
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
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(connections);
    file->addAction(sync);
    file->addSeparator();
    file->addAction(quit);
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
    m_takeSnapshot->addToContextMenu(m_snapshots->table());
    connect(m_takeSnapshot, &TakeSnapshotController::message, this, &MainWindow::showMessage);
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
    statusBar()->addWidget(m_connectionIcon);
    statusBar()->addWidget(m_connection, 1);
    statusBar()->addPermanentWidget(m_jobText);
    statusBar()->addPermanentWidget(m_jobProgress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_lastSync);
}

void MainWindow::connectTo(const ConnectionTarget &target)
{
    m_target = target;
    delete m_runner;
    m_running.clear();
    m_runner = new jobs::JobRunner(this);
    connect(m_runner, &jobs::JobRunner::estateLoaded, this, &MainWindow::onEstate);
    connect(m_runner, &jobs::JobRunner::clusterDetailLoaded, this, &MainWindow::onClusterDetail);
    connect(m_runner, &jobs::JobRunner::jobStarted, this, &MainWindow::onJobStarted);
    connect(m_runner, &jobs::JobRunner::jobProgress, this, &MainWindow::onJobProgress);
    connect(m_runner, &jobs::JobRunner::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_runner, &jobs::JobRunner::connectionChanged, this, &MainWindow::onConnectionChanged);
    connect(m_runner, &jobs::JobRunner::jobResult, this, [this](const jobs::JobResult &r) {
        if (r.ok() && r.kind == jobs::JobKind::Sync) {
            m_lastSyncAt = QDateTime::currentDateTimeUtc();
            updateLastSync();
        }
    });
    // Reload only what the write touched: the navigator for lists, the open cluster's
    // pages when the change is under it (a new snapshot elsewhere resets no table here).
    connect(m_runner, &jobs::JobRunner::cacheChanged, this, [this](const jobs::CacheScope &scope) {
        if (scope.touchesEstate()) m_runner->loadEstate();
        if (!m_clusterName.isEmpty() && scope.touchesCluster(m_groupId, m_clusterName))
            m_runner->loadClusterDetail(m_groupId, m_clusterName);
    });
    m_takeSnapshot->setRunner(m_runner);
    m_runner->start(target.options, target.cachePath);
    statusBar()->clearMessage();
    m_connection->setText(tr("Connecting to %1…").arg(target.description));
    setWindowTitle(tr("%1 — Lifeboat").arg(target.profileName));
    m_runner->loadEstate();  // what was seen before, at once (offline too)
    syncAll();
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::syncAll()
{
    if (m_runner) m_runner->syncAll();
}

void MainWindow::onEstate(const jobs::Estate &estate)
{
    const QStringList open = m_navigator->expandedIds();
    const bool first = m_model->rowCount() == 0;
    m_estate = estate;
    m_model->setEstate(m_target.profileName, estate, QDateTime::currentDateTimeUtc());
    if (first || open.isEmpty()) {
        // Open the profile, organizations and projects: clusters are what people look for.
        m_navigator->expandToDepth(2);
    } else {
        m_navigator->restoreExpanded(open);
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
    if (!cluster) {
        m_stack->setCurrentWidget(m_placeholder);
        m_clusterName.clear();
        m_takeSnapshot->clear();
        return;
    }
    m_groupId = i.data(NavigatorModel::GroupIdRole).toString();
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
    m_takeSnapshot->setCluster(d);
    const QString selected = m_snapshots->selectedSnapshotId();
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
    if (!selected.isEmpty()) m_snapshots->selectSnapshot(selected);
    // M0 has no snapshots: its page is the Overview with the mongodump commands.
    if (d.cluster.isFreeTier()) m_tabs->setCurrentIndex(0);
    m_tabs->setTabEnabled(1, !d.cluster.isFreeTier());
    m_stack->setCurrentWidget(m_tabs);
    emit clusterShown(d.clusterName);
}

void MainWindow::onJobStarted(quint64 id, const QString &title)
{
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

void MainWindow::onConnectionChanged(bool online, const QString &message)
{
    m_online = online;
    m_connectionIcon->setPixmap(QIcon(online ? QStringLiteral(":/icons/online.svg") : QStringLiteral(":/icons/offline.svg")).pixmap(14, 14));
    m_connection->setText(online ? tr("Online — %1").arg(m_target.description)
                                 : tr("Offline — showing what was seen before. %1").arg(message));
    m_connection->setToolTip(message);
}

void MainWindow::updateLastSync()
{
    if (!m_lastSyncAt.isValid()) {
        m_lastSync->setText(tr("Never synced"));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_lastSync->setText(m_lastSyncAt.secsTo(now) < 120 ? tr("Synced just now")
                                                      : tr("Last sync %1 ago").arg(NavigatorModel::ageText(m_lastSyncAt, now)));
    m_lastSync->setToolTip(m_lastSyncAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
}

}  // namespace lifeboat::ui
