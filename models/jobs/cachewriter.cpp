#include "jobs/cachewriter.h"

#include <QThread>
#include <QTimer>

namespace lifeboat::jobs {

bool CacheWriter::start(const QString &cachePath, QString *error)
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("lifeboat-cache-writer"));
    m_thread->start();
    bool ok = false;
    QObject *opener = new QObject;
    opener->moveToThread(m_thread);
    QMetaObject::invokeMethod(
        opener,
        [this, cachePath, error, &ok, opener] {
            // A second write connection: the worker's first one owns the check and its marker.
            ok = m_cache.open(cachePath, cache::Cache::Mode::ReadWrite, cache::Cache::Check::Never);
            if (!ok && error) *error = m_cache.lastError();
            delete opener;
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

CacheWriter::~CacheWriter()
{
    stop();
}

void CacheWriter::stop()
{
    if (!m_thread) return;
    // Quit from inside the writer's queue, so the writes posted before run first.
    QObject *last = new QObject;
    last->moveToThread(m_thread);
    QMetaObject::invokeMethod(
        last,
        [last] {
            delete last;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_check;  // a check that had not run yet
    delete m_thread;
    m_thread = nullptr;
    m_cache.close();
}

void CacheWriter::checkInBackground(int delayMs)
{
    m_check = new QObject;
    m_check->moveToThread(m_thread);
    QObject *check = m_check;
    QMetaObject::invokeMethod(
        check,
        [this, check, delayMs] {
            // Later, not at once: a check of a big file takes a core the first window wants.
            QTimer::singleShot(delayMs, check, [this, check] {
                m_cache.quickCheck();  // a failure marks the file for the next start
                delete check;
            });
        },
        Qt::QueuedConnection);
}

quint64 CacheWriter::post(ClusterWrite write)
{
    const quint64 ticket = ++m_lastTicket;
    QObject *task = new QObject;
    task->moveToThread(m_thread);
    QMetaObject::invokeMethod(
        task,
        [this, ticket, w = std::move(write), task] {
            run(ticket, w);
            delete task;
        },
        Qt::QueuedConnection);
    return ticket;
}

void CacheWriter::run(quint64 ticket, const ClusterWrite &w)
{
    // One synced cluster is one transaction: all of it lands, or none of it.
    const int count = w.fullList ? int(w.fullList->size()) : w.newest ? 1 : 0;
    const bool ok = m_cache.writeSyncedCluster(
        {w.groupId, w.clusterName, w.fullList, w.newest, w.schedule, w.restoreJobs, w.syncedAt});
    if (ok)
        emit written(ticket, 0, QString(), QString(), count);
    else
        emit written(ticket, m_cache.lastErrorCode() ? m_cache.lastErrorCode() : -1, tr("the synced cluster"),
                     m_cache.lastError(), 0);
}

}  // namespace lifeboat::jobs
