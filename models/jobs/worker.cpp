#include "jobs/worker.h"

#include <QFileInfo>
#include <QDir>
#include <spdlog/spdlog.h>

namespace lifeboat::jobs {

using namespace lifeboat::atlas;
using namespace lifeboat::domain;

Worker::Worker(QObject *parent) : QObject(parent) {}

Worker::~Worker()
{
    shutdown();
}

void Worker::init(const ClientOptions &options, const QString &cachePath, const SyncOptions &syncOptions)
{
    m_syncOptions = syncOptions;
    m_client = std::make_unique<Client>(options);
    QDir().mkpath(QFileInfo(cachePath).absolutePath());
    QString error;
    if (!m_cache.open(cachePath)) {
        m_initError = tr("Cannot open the local cache %1: %2").arg(cachePath, m_cache.lastError());
    } else if (!m_reader.open(cachePath, &error)) {
        m_initError = tr("Cannot read the local cache %1: %2").arg(cachePath, error);
    } else if (m_writer = std::make_unique<CacheWriter>(); !m_writer->start(cachePath, &error)) {
        m_initError = tr("Cannot write the local cache %1: %2").arg(cachePath, error);
    } else if (m_cache.wasRebuilt()) {
        spdlog::warn("jobs: the cache was rebuilt ({}); the next sync refills it", m_cache.rebuildReason().toStdString());
    }
    if (!m_initError.isEmpty()) spdlog::error("jobs: {}", m_initError.toStdString());
}

void Worker::finishWith(JobId id, const ApiError &error)
{
    JobResult r;
    r.id = id;
    r.error = error;
    emit jobFinished(r);
}

bool Worker::ready(JobId id, const QString &title)
{
    if (m_initError.isEmpty() && m_client) return true;
    emit jobStarted(id, title);
    ApiError e = ApiError::invalidConfiguration(m_initError.isEmpty() ? tr("The worker was not started.") : m_initError);
    e.message = m_initError.isEmpty() ? tr("The worker was not started.") : m_initError;
    finishWith(id, e);
    return false;
}

void Worker::submitSync(JobId id, const SyncScope &scope)
{
    m_queue.push_back({id, scope});
    if (!m_current) startNext();
}

void Worker::startNext()
{
    while (!m_current && !m_queue.empty()) {
        const Pending next = m_queue.front();
        m_queue.pop_front();
        auto *job = new SyncJob(next.id, next.scope, m_syncOptions, *m_client, m_cache, m_reader, m_writer.get(), this);
        if (!ready(next.id, job->title())) {
            delete job;
            continue;
        }
        m_current = job;
        connect(job, &SyncJob::progress, this, &Worker::jobProgress);
        connect(job, &SyncJob::finished, this, &Worker::onSyncFinished);
        emit jobStarted(next.id, job->title());
        job->start();
    }
}

void Worker::onSyncFinished(const JobResult &result)
{
    if (m_current && m_current->id() == result.id) {
        m_current->deleteLater();
        m_current = nullptr;
    }
    if (result.error.kind != ErrorKind::Cancelled) {
        const bool unreachable =
            result.error.kind == ErrorKind::Network || result.error.kind == ErrorKind::InvalidConfiguration;
        emit connectionChanged(!unreachable, result.ok() ? tr("Connected to %1").arg(m_client->options().baseUrl.host())
                                                         : result.error.message);
    }
    if (result.cacheChanged) emit cacheChanged();
    emit jobFinished(result);
    startNext();
}

void Worker::loadEstate(JobId id)
{
    if (!ready(id, tr("Load the estate"))) return;
    emit jobStarted(id, tr("Load the estate"));
    emit jobProgress(id, 0, 1, tr("Reading the cache"));
    emit estateLoaded(m_reader.estate());
    emit jobProgress(id, 1, 1, QString());
    finishWith(id, {});
}

void Worker::loadClusterDetail(JobId id, const QString &groupId, const QString &clusterName)
{
    const QString title = tr("Load %1").arg(clusterName);
    if (!ready(id, title)) return;
    emit jobStarted(id, title);
    emit jobProgress(id, 0, 1, tr("Reading the cache"));
    const auto detail = m_reader.clusterDetail(groupId, clusterName);
    emit jobProgress(id, 1, 1, QString());
    if (!detail) {
        ApiError e;
        e.kind = ErrorKind::NotFound;
        e.message = tr("The cache knows no cluster named %1 in project %2; sync it first.").arg(clusterName, groupId);
        finishWith(id, e);
        return;
    }
    emit clusterDetailLoaded(*detail);
    finishWith(id, {});
}

void Worker::cancel(JobId id)
{
    if (m_current && m_current->id() == id) {
        m_current->cancel();  // finished() -> onSyncFinished starts the next one
        return;
    }
    const auto it = std::find_if(m_queue.begin(), m_queue.end(), [id](const Pending &p) { return p.id == id; });
    if (it == m_queue.end()) return;  // finished already, or a cache read (they do not wait)
    m_queue.erase(it);
    ApiError e = ApiError::cancelled();
    e.message = tr("Cancelled before it started.");
    finishWith(id, e);
}

void Worker::shutdown()
{
    m_queue.clear();
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
        delete m_current;
        m_current = nullptr;
    }
    m_client.reset();
    if (m_writer) m_writer->stop();  // lets posted writes finish, each in its transaction
    m_writer.reset();
    m_reader.close();
    m_cache.close();
}

}  // namespace lifeboat::jobs
