#pragma once
// Every way into a restore and the following of restores after the wizard is gone:
// owns the actions (cluster toolbar, Restore menu, the snapshot table's and the
// timeline's context menus, the navigator), each disabled with the domain's reason
// where it cannot work; opens the wizard; follows every restore it knows of (started
// here, or resumed after a restart), says how it goes in the status bar and, at its
// end, in a desktop notification when the desktop has a tray.
#include "domain/restore.h"
#include "jobs/estate.h"
#include "jobs/restore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace lifeboat::jobs {
class JobRunner;
}

namespace lifeboat::ui {

class RestoreJobs;
class RestoreWizard;

class RestoreController : public QObject {
    Q_OBJECT
public:
    explicit RestoreController(QWidget *window);

    RestoreJobs *jobs() const { return m_jobs; }
    QAction *restoreAction() const { return m_restore; }          // whole snapshot to a cluster
    QAction *pitAction() const { return m_pit; }                  // "Point-in-time restore…"
    QAction *downloadAction() const { return m_download; }        // download a snapshot
    QAction *collectionsAction() const { return m_collections; }  // databases/collections
    QAction *restoresListAction() const { return m_list; }        // the estate's restores
    QList<QAction *> snapshotActions() const { return {m_restore, m_download, m_collections}; }
    void addToMenu(QMenu *menu) const;
    void addToContextMenu(QWidget *view) const;  // snapshot table, timeline

    void setRunner(jobs::JobRunner *runner);  // resumes following what has not been seen to end
    void setEstate(const jobs::Estate &estate);
    void setCluster(const jobs::ClusterDetail &detail, const QString &projectName);
    void setSelectedSnapshot(const QString &snapshotId);
    void clear();

    // Opens the wizard for the cluster on screen (from the actions, or a test).
    RestoreWizard *open(domain::RestoreKind kind, const QString &snapshotId = QString());
    RestoreWizard *wizard() const { return m_wizard; }
    int followingCount() const { return int(m_following.size()); }
    bool isFollowing(const QString &jobId) const;

signals:
    void message(const QString &text);  // for the status bar
    void followingChanged(int running);
    void restoreEnded(const lifeboat::jobs::RestoreRef &ref, lifeboat::domain::RestoreState state, const QString &text);
    void listRequested();  // "All restores…"
    void notified(const QString &title, const QString &text);

private:
    void updateActions();
    void follow(const jobs::RestoreRef &ref, const QString &target);
    void onProgress(const jobs::RestoreProgress &p);
    void notify(const QString &title, const QString &text, bool ok);

    QWidget *m_window;
    RestoreJobs *m_jobs;
    QAction *m_restore, *m_pit, *m_download, *m_collections, *m_list;
    QPointer<jobs::JobRunner> m_runner;
    QPointer<RestoreWizard> m_wizard;
    QPointer<QSystemTrayIcon> m_tray;
    jobs::Estate m_estate;
    std::optional<jobs::ClusterDetail> m_detail;
    QString m_projectName;
    QString m_snapshotId;
    struct Followed {
        jobs::RestoreRef ref;
        QString target;
        domain::RestoreState state = domain::RestoreState::Unknown;
    };
    QHash<QString, Followed> m_following;  // by kind/jobId
};

}  // namespace lifeboat::ui
