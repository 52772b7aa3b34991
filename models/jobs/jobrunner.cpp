#include "jobs/jobrunner.h"

#include "jobs/worker.h"

#include <QThread>

namespace lifeboat::jobs {

void registerMetaTypes()
{
    qRegisterMetaType<JobId>("lifeboat::jobs::JobId");
    qRegisterMetaType<Estate>();
    qRegisterMetaType<ClusterDetail>();
    qRegisterMetaType<SyncStats>();
    qRegisterMetaType<JobResult>();
}

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
        emit jobResult(r);
        emit jobFinished(r.id, r.ok(), r.error.message);
    });
    connect(m_worker, &Worker::estateLoaded, this, &JobRunner::estateLoaded);
    connect(m_worker, &Worker::clusterDetailLoaded, this, &JobRunner::clusterDetailLoaded);
    connect(m_worker, &Worker::connectionChanged, this, &JobRunner::connectionChanged);
    connect(m_worker, &Worker::cacheChanged, this, &JobRunner::cacheChanged);
    m_thread->start();
    Worker *w = m_worker;
    const SyncOptions sync = m_syncOptions;
    QMetaObject::invokeMethod(w, [w, options, cachePath, sync] { w->init(options, cachePath, sync); },
                              Qt::QueuedConnection);
}

void JobRunner::stop()
{
    if (!m_thread) return;
    Worker *w = m_worker;
    // Cancel and close on the worker's own thread: the client and the cache belong to it.
    QMetaObject::invokeMethod(w, [w] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_worker->disconnect(this);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;  // its thread has ended: nothing else can touch it
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
}

JobId JobRunner::submit(const SyncScope &scope)
{
    const JobId id = nextId();
    if (!m_worker) return id;
    Worker *w = m_worker;
    QMetaObject::invokeMethod(w, [w, id, scope] { w->submitSync(id, scope); }, Qt::QueuedConnection);
    return id;
}

JobId JobRunner::syncAll()
{
    return submit({SyncScope::Kind::All, {}, {}});
}

JobId JobRunner::syncProject(const QString &groupId)
{
    return submit({SyncScope::Kind::Project, groupId, {}});
}

JobId JobRunner::syncCluster(const QString &groupId, const QString &clusterName)
{
    return submit({SyncScope::Kind::Cluster, groupId, clusterName});
}

JobId JobRunner::loadEstate()
{
    const JobId id = nextId();
    if (Worker *w = m_worker) QMetaObject::invokeMethod(w, [w, id] { w->loadEstate(id); }, Qt::QueuedConnection);
    return id;
}

JobId JobRunner::loadClusterDetail(const QString &groupId, const QString &clusterName)
{
    const JobId id = nextId();
    if (Worker *w = m_worker)
        QMetaObject::invokeMethod(w, [w, id, groupId, clusterName] { w->loadClusterDetail(id, groupId, clusterName); },
                                  Qt::QueuedConnection);
    return id;
}

void JobRunner::cancel(JobId id)
{
    if (Worker *w = m_worker) QMetaObject::invokeMethod(w, [w, id] { w->cancel(id); }, Qt::QueuedConnection);
}

}  // namespace lifeboat::jobs
