#include "restore/restorejobs.h"

#include "jobs/jobrunner.h"

namespace lifeboat::ui {

using itemmodels::RestoreJobsModel;

RestoreJobs::RestoreJobs(QObject *parent) : QObject(parent) {}

void RestoreJobs::setRunner(jobs::JobRunner *runner)
{
    if (m_runner) m_runner->disconnect(this);
    m_runner = runner;
    m_mine.clear();
    if (!runner) return;
    connect(runner, &jobs::JobRunner::jobResult, this, &RestoreJobs::onResult);
    connect(runner, &jobs::JobRunner::restoreProgress, this, &RestoreJobs::progress);
}

quint64 RestoreJobs::track(quint64 id, Purpose purpose)
{
    m_mine.insert(id, purpose);
    return id;
}

quint64 RestoreJobs::validate(const domain::RestorePlan &plan)
{
    return m_runner ? track(m_runner->validateRestore(plan), Purpose::Validate) : 0;
}

quint64 RestoreJobs::start(const domain::RestorePlan &plan, const QString &typedTargetName, const QString &reason)
{
    return m_runner ? track(m_runner->startRestore(plan, typedTargetName, reason), Purpose::Start) : 0;
}

quint64 RestoreJobs::watch(const jobs::RestoreRef &ref)
{
    return m_runner ? track(m_runner->watchRestore(ref), Purpose::Watch) : 0;
}

quint64 RestoreJobs::cancel(const jobs::RestoreRef &ref)
{
    return m_runner ? track(m_runner->cancelRestore(ref), Purpose::Cancel) : 0;
}

quint64 RestoreJobs::listNamespaces(const QString &groupId, const QString &clusterName, const QString &snapshotId)
{
    return m_runner ? track(m_runner->listSnapshotNamespaces(groupId, clusterName, snapshotId), Purpose::Namespaces)
                    : 0;
}

quint64 RestoreJobs::loadRestores(const QString &groupId, const QString &clusterName)
{
    return m_runner ? track(m_runner->loadRestores(groupId, clusterName), Purpose::LoadRestores) : 0;
}

void RestoreJobs::resumeFollowing()
{
    if (m_runner) m_runner->resumeFollowing();
}

QList<RestoreJobsModel::Row> RestoreJobs::rowsFrom(const QList<jobs::RestoreRow> &rows, const QDateTime &now)
{
    QList<RestoreJobsModel::Row> out;
    out.reserve(rows.size());
    for (const jobs::RestoreRow &in : rows) {
        jobs::RestoreProgress seen;
        seen.ref = in.ref;
        seen.state = in.state;
        RestoreJobsModel::Row r = rowFrom(seen);
        r.kind = in.kind;
        r.snapshotId = in.snapshotId;
        r.targetGroupId = in.targetGroupId;
        r.targetClusterName = in.targetClusterName;
        r.started = in.started;
        r.finished = in.finished;
        r.note = in.detail;
        out.append(r);
    }
    Q_UNUSED(now);  // the state is derived by the job from the server's clock
    return out;
}

RestoreJobsModel::Row RestoreJobs::rowFrom(const jobs::RestoreProgress &p)
{
    RestoreJobsModel::Row r;
    switch (p.ref.kind) {
    case jobs::RestoreRef::Kind::Dedicated: r.family = RestoreJobsModel::Family::Dedicated; break;
    case jobs::RestoreRef::Kind::Collection: r.family = RestoreJobsModel::Family::Collection; break;
    case jobs::RestoreRef::Kind::Flex: r.family = RestoreJobsModel::Family::Flex; break;
    }
    r.jobId = p.ref.jobId;
    r.groupId = p.ref.groupId;
    r.clusterName = p.ref.clusterName;
    r.targetClusterName = p.targetClusterName;
    r.state = p.state;
    r.percent = p.percent;
    r.finished = p.finishedAt;
    r.downloadUrls = p.downloadUrls;
    return r;
}

QString RestoreJobs::cancelUnsupportedReason(const itemmodels::RestoreJobsModel::Row &row)
{
    return jobs::cancelUnsupportedReason(refOf(row).kind);
}

jobs::RestoreRef RestoreJobs::refOf(const RestoreJobsModel::Row &row)
{
    jobs::RestoreRef ref;
    switch (row.family) {
    case RestoreJobsModel::Family::Dedicated: ref.kind = jobs::RestoreRef::Kind::Dedicated; break;
    case RestoreJobsModel::Family::Collection: ref.kind = jobs::RestoreRef::Kind::Collection; break;
    case RestoreJobsModel::Family::Flex: ref.kind = jobs::RestoreRef::Kind::Flex; break;
    }
    ref.groupId = row.groupId;
    ref.clusterName = row.clusterName;
    ref.jobId = row.jobId;
    return ref;
}

void RestoreJobs::onResult(const jobs::JobResult &r)
{
    const auto it = m_mine.constFind(r.id);
    if (it == m_mine.cend()) return;
    const Purpose purpose = *it;
    m_mine.remove(r.id);
    switch (purpose) {
    case Purpose::Validate:
        if (r.ok())
            emit validated(r.id, r.payload.value<jobs::RestoreValidation>());
        else
            emit validationFailed(r.id, r.error.message);
        break;
    case Purpose::Start:
        if (r.ok()) {
            emit started(r.id, r.payload.value<jobs::RestoreRef>());
        } else {
            QStringList reasons;
            for (const auto &reason : r.error.findings) reasons << reason.text;
            emit startFailed(r.id, r.error.message, reasons);
        }
        break;
    case Purpose::Watch: emit watchEnded(r.id, r.ok(), r.error.message); break;
    case Purpose::Cancel: emit cancelled(r.id, r.ok(), r.error.message); break;
    case Purpose::Namespaces:
        if (r.ok()) {
            QList<itemmodels::NamespaceTreeModel::Database> dbs;
            for (const auto &d : r.payload.value<QList<jobs::SnapshotDatabase>>()) dbs.append({d.name, d.collections});
            emit namespacesLoaded(r.id, dbs);
        } else {
            emit namespacesFailed(r.id, r.error.message);
        }
        break;
    case Purpose::LoadRestores:
        if (r.ok())
            emit restoresLoaded(r.id,
                                rowsFrom(r.payload.value<QList<jobs::RestoreRow>>(), QDateTime::currentDateTimeUtc()));
        break;
    }
}

}  // namespace lifeboat::ui
