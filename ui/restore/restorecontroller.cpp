#include "restore/restorecontroller.h"

#include "itemmodels/restoreentry.h"
#include "itemmodels/restoreformat.h"
#include "jobs/jobrunner.h"
#include "restore/restorejobs.h"
#include "restore/restorewizard.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace lifeboat::ui {

using namespace lifeboat::domain;

static QString refKey(const jobs::RestoreRef &r)
{
    return QString::number(int(r.kind)) + u'/' + r.jobId;
}

static bool ended(RestoreState s)
{
    return isEnded(s);
}

RestoreController::RestoreController(QWidget *window) : QObject(window), m_window(window), m_jobs(new RestoreJobs(this))
{
    const QIcon icon(QStringLiteral(":/icons/restore.svg"));
    m_restore = new QAction(icon, tr("&Restore snapshot…"), this);
    m_restore->setObjectName(QStringLiteral("actionRestoreSnapshot"));
    m_pit = new QAction(icon, tr("&Point-in-time restore…"), this);
    m_pit->setObjectName(QStringLiteral("actionPitRestore"));
    m_download = new QAction(tr("&Download snapshot…"), this);
    m_download->setObjectName(QStringLiteral("actionDownloadSnapshot"));
    m_collections = new QAction(tr("Restore &databases or collections…"), this);
    m_collections->setObjectName(QStringLiteral("actionRestoreCollections"));
    m_list = new QAction(tr("&All restores…"), this);
    m_list->setObjectName(QStringLiteral("actionAllRestores"));
    m_list->setToolTip(tr("Every restore job of the estate, with its status"));
    connect(m_restore, &QAction::triggered, this, [this] { open(RestoreKind::Automated, m_snapshotId); });
    connect(m_pit, &QAction::triggered, this, [this] { open(RestoreKind::PointInTime); });
    connect(m_download, &QAction::triggered, this, [this] { open(RestoreKind::Download, m_snapshotId); });
    connect(m_collections, &QAction::triggered, this, [this] { open(RestoreKind::Collections, m_snapshotId); });
    connect(m_list, &QAction::triggered, this, &RestoreController::listRequested);
    connect(m_jobs, &RestoreJobs::progress, this, &RestoreController::onProgress);
    clear();
}

void RestoreController::addToMenu(QMenu *menu) const
{
    menu->addAction(m_restore);
    menu->addAction(m_pit);
    menu->addAction(m_collections);
    menu->addAction(m_download);
    menu->addSeparator();
    menu->addAction(m_list);
}

void RestoreController::addToContextMenu(QWidget *view) const
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *a : {m_restore, m_collections, m_download}) view->addAction(a);
}

void RestoreController::setRunner(jobs::JobRunner *runner)
{
    m_runner = runner;
    m_following.clear();
    m_jobs->setRunner(runner);
    if (runner) m_jobs->resumeFollowing();  // every restore whose end was not seen, after a restart too
    emit followingChanged(0);
}

void RestoreController::setEstate(const jobs::Estate &estate)
{
    m_estate = estate;
}

void RestoreController::setCluster(const jobs::ClusterDetail &detail, const QString &projectName)
{
    const bool other = !m_detail || m_detail->groupId != detail.groupId || m_detail->clusterName != detail.clusterName;
    m_detail = detail;
    m_projectName = projectName;
    if (other) m_snapshotId.clear();
    updateActions();
}

void RestoreController::setSelectedSnapshot(const QString &snapshotId)
{
    m_snapshotId = snapshotId;
    updateActions();
}

void RestoreController::clear()
{
    m_detail.reset();
    m_snapshotId.clear();
    for (QAction *a : {m_restore, m_pit, m_download, m_collections}) {
        a->setEnabled(false);
        a->setToolTip(tr("Pick a cluster first."));
        a->setStatusTip(a->toolTip());
    }
}

void RestoreController::updateActions()
{
    if (!m_detail) return clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Entry {
        QAction *action;
        RestoreKind kind;
        QString ok;
    };
    const QString snap = m_snapshotId;
    const QList<Entry> entries{
        {m_restore, RestoreKind::Automated,
         snap.isEmpty() ? tr("Restore a snapshot of %1 to a cluster").arg(m_detail->clusterName)
                        : tr("Restore the selected snapshot to a cluster")},
        {m_pit, RestoreKind::PointInTime, tr("Restore %1 as it was at a moment you pick").arg(m_detail->clusterName)},
        {m_download, RestoreKind::Download, tr("Download a snapshot of %1 as an archive").arg(m_detail->clusterName)},
        {m_collections, RestoreKind::Collections,
         tr("Restore chosen databases or collections of a snapshot of %1").arg(m_detail->clusterName)},
    };
    for (const Entry &e : entries) {
        // The reason comes from the domain: no rule is decided here.
        const Findings blockers = itemmodels::restoreKindBlockers(*m_detail, e.kind, snap, now);
        const Finding *why = firstRefusal(blockers);
        e.action->setEnabled(!why && m_runner);
        const QString tip = why ? why->message : e.ok;
        e.action->setToolTip(tip);
        e.action->setStatusTip(tip);
    }
}

RestoreWizard *RestoreController::open(RestoreKind kind, const QString &snapshotId)
{
    if (!m_detail || !m_runner) return nullptr;
    if (m_wizard && !m_wizard->startedRef().jobId.isEmpty()) m_wizard->close();  // one on screen at a time
    if (m_wizard) m_wizard->deleteLater();
    RestoreWizardInput in;
    in.source = *m_detail;
    in.sourceProjectName = m_projectName;
    in.estate = m_estate;
    in.kind = kind;
    in.snapshotId = snapshotId;
    in.now = QDateTime::currentDateTimeUtc();
    m_wizard = new RestoreWizard(m_jobs, in, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &RestoreWizard::restoreStarted, this, [this](const jobs::RestoreRef &ref) {
        follow(ref, m_wizard ? m_wizard->plan().targetClusterName : QString());
    });
    m_wizard->open();  // window-modal, no nested event loop
    return m_wizard;
}

bool RestoreController::isFollowing(const QString &jobId) const
{
    for (const Followed &f : m_following)
        if (f.ref.jobId == jobId) return true;
    return false;
}

void RestoreController::follow(const jobs::RestoreRef &ref, const QString &target)
{
    const QString key = refKey(ref);
    if (m_following.contains(key)) return;
    m_following.insert(key, {ref, target, RestoreState::Queued});
    m_jobs->watch(ref);
    emit message(target.isEmpty() ? tr("Restore %1 started: Lifeboat follows it.").arg(ref.jobId)
                                  : tr("Restore onto %1 started: Lifeboat follows it.").arg(target));
    emit followingChanged(int(m_following.size()));
}

void RestoreController::onProgress(const jobs::RestoreProgress &p)
{
    const QString key = refKey(p.ref);
    auto it = m_following.find(key);
    if (it == m_following.end()) {
        if (ended(p.state)) return;
        // A watch the runner resumed after a restart: follow it as well.
        it = m_following.insert(key, {p.ref, p.targetClusterName, p.state});
        emit followingChanged(int(m_following.size()));
    }
    const QString target = p.targetClusterName.isEmpty() ? it->target : p.targetClusterName;
    const QString what =
        target.isEmpty() ? tr("Download of %1").arg(p.ref.clusterName) : tr("Restore onto %1").arg(target);
    const RestoreState before = it->state;
    it->state = p.state;
    if (!ended(p.state)) {
        if (before != p.state || p.percent >= 0)
            emit message(p.percent >= 0
                             ? tr("%1: %2 (%3%)").arg(what, itemmodels::restoreStateText(p.state)).arg(p.percent)
                             : tr("%1: %2").arg(what, itemmodels::restoreStateText(p.state)));
        return;
    }
    const jobs::RestoreRef ref = it->ref;
    m_following.erase(it);
    const bool ok = p.state == RestoreState::Finished || p.state == RestoreState::DownloadReady;
    const QString text = tr("%1: %2.").arg(what, itemmodels::restoreStateText(p.state).toLower());
    emit message(text);
    notify(ok ? tr("Restore finished") : tr("Restore ended"), text, ok);
    emit restoreEnded(ref, p.state, text);
    emit followingChanged(int(m_following.size()));
}

void RestoreController::notify(const QString &title, const QString &text, bool ok)
{
    emit notified(title, text);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        QApplication::alert(m_window);  // the taskbar says it, where there is no tray
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/lifeboat.svg")), this);
        m_tray->setToolTip(tr("Lifeboat"));
    }
    m_tray->show();
    m_tray->showMessage(title, text, ok ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning, 10000);
}

}  // namespace lifeboat::ui
