#include "jobs/jobrunner.h"

#include "jobs/cachereadjob.h"
#include "jobs/compliancejobs.h"
#include "jobs/policyjobs.h"
#include "jobs/restorejobs.h"
#include "jobs/syncjob.h"
#include "jobs/takesnapshotjob.h"
#include "jobs/worker.h"

#include <QThread>

namespace lifeboat::jobs {

JobRunner::JobRunner(QObject *parent) : QObject(parent)
{
    registerMetaTypes();
}

JobRunner::~JobRunner()
{
    stop();
}

void JobRunner::start(const atlas::ClientOptions &options, const QString &cachePath)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("lifeboat-jobs"));
    m_worker = new Worker;
    m_worker->moveToThread(m_thread);
    // Worker -> runner signals cross threads: queued, delivered in this thread.
    connect(m_worker, &Worker::jobStarted, this, &JobRunner::jobStarted);
    connect(m_worker, &Worker::jobProgress, this, &JobRunner::jobProgress);
    connect(m_worker, &Worker::jobFinished, this, [this](const JobResult &r) {
        if (r.ok() && r.kind == JobKind::LoadEstate) emit estateLoaded(r.payload.value<Estate>());
        if (r.ok() && r.kind == JobKind::LoadClusterDetail) emit clusterDetailLoaded(r.payload.value<ClusterDetail>());
        emit jobResult(r);
        emit jobFinished(r.id, r.ok(), r.error.message);
        m_watches.remove(r.id);
        if (m_resumeReads.remove(r.id) && r.ok()) {
            for (const RestoreRow &row : r.payload.value<QList<RestoreRow>>()) watchRestore(row.ref);
        }
    });
    connect(m_worker, &Worker::jobUpdate, this, [this](JobId id, const QVariant &value) {
        if (value.canConvert<RestoreProgress>() && value.metaType() == QMetaType::fromType<RestoreProgress>()) {
            const RestoreProgress p = value.value<RestoreProgress>();
            emit restoreProgressOf(id, p);
            emit restoreProgress(p);
        }
    });
    connect(m_worker, &Worker::connectionChanged, this, &JobRunner::connectionChanged);
    connect(m_worker, &Worker::cacheChanged, this, &JobRunner::cacheChanged);
    m_thread->start();
    Worker *w = m_worker;
    const SyncOptions sync = m_syncOptions;
    QMetaObject::invokeMethod(
        w, [w, options, cachePath, sync] { w->init(options, cachePath, sync); }, Qt::QueuedConnection);
}

void JobRunner::setClientOptions(const atlas::ClientOptions &options)
{
    if (Worker *w = m_worker)
        QMetaObject::invokeMethod(
            w, [w, options] { w->setClient(options); }, Qt::QueuedConnection);
}

void JobRunner::stop()
{
    if (!m_thread) return;
    Worker *w = m_worker;
    // Cancel and close on the worker's own thread: the client and the cache belong to it.
    QMetaObject::invokeMethod(
        w, [w] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_worker->disconnect(this);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;  // its thread has ended: nothing else can touch it
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
}

JobId JobRunner::submit(Factory make)
{
    const JobId id = ++m_lastId;
    if (Worker *w = m_worker)
        QMetaObject::invokeMethod(
            w, [w, id, make = std::move(make)] { w->submit(id, make); }, Qt::QueuedConnection);
    return id;
}

JobId JobRunner::sync(const SyncScope &scope)
{
    return submit([scope](JobId id, const JobContext &c) { return new SyncJob(id, scope, c); });
}

JobId JobRunner::syncAll()
{
    return sync({SyncScope::Kind::All, {}, {}});
}

JobId JobRunner::syncProject(const QString &groupId)
{
    return sync({SyncScope::Kind::Project, groupId, {}});
}

JobId JobRunner::syncCluster(const QString &groupId, const QString &clusterName)
{
    return sync({SyncScope::Kind::Cluster, groupId, clusterName});
}

JobId JobRunner::loadEstate()
{
    return submit([](JobId id, const JobContext &c) { return new CacheReadJob(id, JobKind::LoadEstate, {}, {}, c); });
}

JobId JobRunner::loadClusterDetail(const QString &groupId, const QString &clusterName)
{
    return submit([groupId, clusterName](JobId id, const JobContext &c) {
        return new CacheReadJob(id, JobKind::LoadClusterDetail, groupId, clusterName, c);
    });
}

JobId JobRunner::loadProjects()
{
    return submit([](JobId id, const JobContext &c) { return new CacheReadJob(id, JobKind::LoadProjects, {}, {}, c); });
}

JobId JobRunner::loadClusters(const QString &groupId)
{
    return submit([groupId](JobId id, const JobContext &c) {
        return new CacheReadJob(id, JobKind::LoadClusters, groupId, {}, c);
    });
}

JobId JobRunner::takeSnapshot(const QString &groupId, const QString &clusterName,
                              const domain::OnDemandSnapshotRequest &request)
{
    return submit([groupId, clusterName, request](JobId id, const JobContext &c) {
        return new TakeSnapshotJob(id, groupId, clusterName, request, c);
    });
}

JobId JobRunner::readPolicy(const QString &groupId, const QString &clusterName)
{
    return submit([groupId, clusterName](JobId id, const JobContext &c) {
        return new ReadPolicyJob(id, groupId, clusterName, c);
    });
}

JobId JobRunner::validatePolicy(const QString &groupId, const QString &clusterName, const domain::PolicyChange &change)
{
    return submit([groupId, clusterName, change](JobId id, const JobContext &c) {
        return new ApplyPolicyJob(id, groupId, clusterName, change, true, c);
    });
}

JobId JobRunner::applyPolicy(const QString &groupId, const QString &clusterName, const domain::PolicyChange &change)
{
    return submit([groupId, clusterName, change](JobId id, const JobContext &c) {
        return new ApplyPolicyJob(id, groupId, clusterName, change, false, c);
    });
}

JobId JobRunner::changeSnapshot(const SnapshotChange &change)
{
    return submit([change](JobId id, const JobContext &c) { return new SnapshotChangeJob(id, change, c); });
}

JobId JobRunner::readCompliance(const QString &groupId)
{
    return submit([groupId](JobId id, const JobContext &c) { return new ReadComplianceJob(id, groupId, c); });
}

JobId JobRunner::validateCompliance(const QString &groupId, const domain::ComplianceChange &change)
{
    return submit([groupId, change](JobId id, const JobContext &c) {
        return new ApplyComplianceJob(id, groupId, change, QString(), false, true, c);
    });
}

JobId JobRunner::applyCompliance(const QString &groupId, const domain::ComplianceChange &change,
                                 const QString &typedProjectName, bool acknowledged)
{
    return submit([groupId, change, typedProjectName, acknowledged](JobId id, const JobContext &c) {
        return new ApplyComplianceJob(id, groupId, change, typedProjectName, acknowledged, false, c);
    });
}

JobId JobRunner::disableCompliance(const QString &groupId, const QString &typedProjectName)
{
    return submit([groupId, typedProjectName](JobId id, const JobContext &c) {
        return new DisableComplianceJob(id, groupId, typedProjectName, c);
    });
}

JobId JobRunner::validateRestore(const domain::RestorePlan &plan)
{
    return submit([plan](JobId id, const JobContext &c) { return new RestoreStartJob(id, plan, {}, {}, true, c); });
}

JobId JobRunner::startRestore(const domain::RestorePlan &plan, const QString &typedTargetName, const QString &reason)
{
    return submit([plan, typedTargetName, reason](JobId id, const JobContext &c) {
        return new RestoreStartJob(id, plan, typedTargetName, reason, false, c);
    });
}

JobId JobRunner::watchRestore(const RestoreRef &ref)
{
    const JobId id = submit([ref](JobId id, const JobContext &c) { return new WatchRestoreJob(id, ref, c); });
    m_watches.insert(id);
    return id;
}

JobId JobRunner::cancelRestore(const RestoreRef &ref)
{
    return submit([ref](JobId id, const JobContext &c) { return new CancelRestoreJob(id, ref, c); });
}

JobId JobRunner::listSnapshotNamespaces(const QString &groupId, const QString &clusterName, const QString &snapshotId)
{
    return submit([groupId, clusterName, snapshotId](JobId id, const JobContext &c) {
        return new NamespacesJob(id, groupId, clusterName, snapshotId, c);
    });
}

JobId JobRunner::loadRestores(const QString &groupId, const QString &clusterName)
{
    return submit([groupId, clusterName](JobId id, const JobContext &c) {
        return new LoadRestoresJob(id, groupId, clusterName, c);
    });
}

JobId JobRunner::resumeFollowing()
{
    const JobId read = submit([](JobId id, const JobContext &c) { return new UnfinishedRestoresJob(id, c); });
    m_resumeReads.insert(read);
    return read;
}

void JobRunner::cancel(JobId id)
{
    if (Worker *w = m_worker)
        QMetaObject::invokeMethod(
            w, [w, id] { w->cancel(id); }, Qt::QueuedConnection);
}

}  // namespace lifeboat::jobs
