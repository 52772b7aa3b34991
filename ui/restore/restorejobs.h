#pragma once
// The restore wizard's and the controller's side of the worker: one small class that
// submits the restore jobs through jobs::JobRunner and turns their results into typed
// signals. Nothing here touches the network or SQLite; answers arrive queued.
#include "domain/restore.h"
#include "itemmodels/namespacetreemodel.h"
#include "itemmodels/restorejobsmodel.h"
#include "jobs/jobrunner.h"
#include "jobs/restore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace lifeboat::jobs {
class JobRunner;
struct JobResult;
}  // namespace lifeboat::jobs

namespace lifeboat::ui {

class RestoreJobs : public QObject {
    Q_OBJECT
public:
    explicit RestoreJobs(QObject *parent = nullptr);

    void setRunner(jobs::JobRunner *runner);
    jobs::JobRunner *runner() const { return m_runner; }

    quint64 validate(const domain::RestorePlan &plan);
    quint64 start(const domain::RestorePlan &plan, const QString &typedTargetName, const QString &reason);
    quint64 watch(const jobs::RestoreRef &ref);
    quint64 cancel(const jobs::RestoreRef &ref);
    quint64 listNamespaces(const QString &groupId, const QString &clusterName, const QString &snapshotId);
    quint64 loadRestores(const QString &groupId = {}, const QString &clusterName = {});
    void resumeFollowing();
    // A watch runs as long as its restore: the status bar shows it as a restore, not as a job to
    // cancel. The runner knows them all, the ones resumeFollowing started too.
    bool isWatch(quint64 jobId) const { return m_runner && m_runner->isRestoreWatch(jobId); }
    // Why this row's restore cannot be cancelled (empty when it can).
    static QString cancelUnsupportedReason(const itemmodels::RestoreJobsModel::Row &row);

    // The rows of a restores list from the job's values (live links stay empty: never cached).
    static QList<itemmodels::RestoreJobsModel::Row> rowsFrom(const QList<jobs::RestoreRow> &rows, const QDateTime &now);
    static itemmodels::RestoreJobsModel::Row rowFrom(const jobs::RestoreProgress &progress);
    static jobs::RestoreRef refOf(const itemmodels::RestoreJobsModel::Row &row);

signals:
    void validated(quint64 id, const lifeboat::jobs::RestoreValidation &validation);
    void validationFailed(quint64 id, const QString &message);
    void started(quint64 id, const lifeboat::jobs::RestoreRef &ref);
    void startFailed(quint64 id, const QString &message, const QStringList &reasons);
    void progress(const lifeboat::jobs::RestoreProgress &progress);  // every watch, live
    void watchEnded(quint64 id, bool ok, const QString &message);
    void cancelled(quint64 id, bool ok, const QString &message);
    void namespacesLoaded(quint64 id, const QList<lifeboat::itemmodels::NamespaceTreeModel::Database> &databases);
    void namespacesFailed(quint64 id, const QString &message);
    void restoresLoaded(quint64 id, const QList<lifeboat::itemmodels::RestoreJobsModel::Row> &rows);

private:
    void onResult(const jobs::JobResult &result);

    QPointer<jobs::JobRunner> m_runner;
    enum class Purpose { Validate, Start, Watch, Cancel, Namespaces, LoadRestores };
    quint64 track(quint64 id, Purpose purpose);
    QHash<quint64, Purpose> m_mine;
};

}  // namespace lifeboat::ui
