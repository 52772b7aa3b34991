#include "jobs/worker.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <spdlog/spdlog.h>

namespace lifeboat::jobs {

using namespace lifeboat::atlas;

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
        m_initError = JobError::fromCache(m_cache.lastErrorCode(), cachePath, m_cache.lastError());
        m_initError->message = tr("Cannot open the local cache %1: %2").arg(cachePath, m_cache.lastError());
    } else if (!m_reader.open(cachePath, &error)) {
        m_initError = JobError::fromCache(-1, cachePath, error);
        m_initError->message = tr("Cannot read the local cache %1: %2").arg(cachePath, error);
    } else if (m_writer = std::make_unique<CacheWriter>(); !m_writer->start(cachePath, &error)) {
        m_initError = JobError::fromCache(-1, cachePath, error);
        m_initError->message = tr("Cannot write the local cache %1: %2").arg(cachePath, error);
    } else if (m_cache.wasRebuilt()) {
        spdlog::warn("jobs: the cache was rebuilt ({}); the next sync refills it",
                     m_cache.rebuildReason().toStdString());
    } else if (!m_cache.checkedAtOpen()) {
        m_writer->checkInBackground(10000);  // the last session closed it cleanly: check it, but not on the way in
    }
    if (m_initError) spdlog::error("jobs: {}", m_initError->message.toStdString());
}

void Worker::setClient(const ClientOptions &options)
{
    // A job holds the client by reference: none may outlive it.
    QList<JobId> stale;
    for (const auto &e : m_entries)
        if (e->job->usesNetwork()) stale.append(e->followers.first());
    for (JobId id : stale) cancel(id);
    m_client = std::make_unique<Client>(options);
}

Worker::Entry *Worker::findByRequest(const QString &requestKey)
{
    for (const auto &e : m_entries) {
        if (!e->job->isFinished() && e->job->requestKey() == requestKey) return e.get();
    }
    return nullptr;
}

Worker::Entry *Worker::findByFollower(JobId id)
{
    for (const auto &e : m_entries) {
        if (e->followers.contains(id)) return e.get();
    }
    return nullptr;
}

void Worker::finishAlone(JobId id, const JobError &error)
{
    JobResult r;
    r.id = id;
    r.error = error;
    emit jobFinished(r);
}

void Worker::submit(JobId id, const JobFactory &make)
{
    if (!m_client) {
        emit jobStarted(id, tr("Start the worker"));
        JobError e = JobError::fromApi(ApiError::invalidConfiguration(tr("The worker was not started.")));
        finishAlone(id, e);
        return;
    }
    const JobContext context{*m_client, m_cache, m_reader, m_writer.get(), m_syncOptions};
    Job *job = make(id, context);
    if (m_initError) {
        emit jobStarted(id, job->title());
        JobResult r;
        r.id = id;
        r.kind = job->kind();
        r.error = *m_initError;
        delete job;
        emit jobFinished(r);
        return;
    }
    if (Entry *same = findByRequest(job->requestKey())) {
        // The same request is already on its way: follow it instead of sending again.
        spdlog::info("jobs: job {} joins job {} ({})", id, same->followers.first(), job->requestKey().toStdString());
        same->followers.append(id);
        emit jobStarted(id, same->job->title());
        delete job;
        return;
    }
    job->setParent(this);
    auto entry = std::make_unique<Entry>();
    entry->job = job;
    entry->followers = {id};
    connect(job, &Job::progress, this, [this, job](JobId, int done, int total, const QString &step) {
        for (const auto &e : m_entries) {
            if (e->job != job) continue;
            for (JobId f : e->followers) emit jobProgress(f, done, total, step);
        }
    });
    connect(job, &Job::update, this, [this, job](JobId, const QVariant &value) {
        for (const auto &e : m_entries) {
            if (e->job != job) continue;
            for (JobId f : e->followers) emit jobUpdate(f, value);
        }
    });
    connect(job, &Job::finished, this, [this, job](const JobResult &r) { onFinished(job, r); });
    m_entries.push_back(std::move(entry));
    schedule();
}

void Worker::schedule()
{
    if (m_scheduling) return;  // a job that finishes inside start() lands here; the loop below goes on
    m_scheduling = true;
    bool startedOne = true;
    while (startedOne) {
        startedOne = false;
        QSet<QString> busyTargets;
        bool exclusiveBusy = false;
        for (const auto &e : m_entries) {
            if (!e->running) continue;
            busyTargets.insert(e->job->targetKey());
            exclusiveBusy = exclusiveBusy || e->job->exclusive();
        }
        for (const auto &e : m_entries) {
            if (e->running) continue;
            const QString key = e->job->targetKey();
            const bool blocked = busyTargets.contains(key) || (e->job->exclusive() && exclusiveBusy);
            busyTargets.insert(key);  // a later job on the same target waits behind this one
            if (blocked) continue;
            e->running = true;
            exclusiveBusy = exclusiveBusy || e->job->exclusive();
            for (JobId f : e->followers) emit jobStarted(f, e->job->title());
            e->job->start();  // may finish at once (cache reads): onFinished erases the entry
            startedOne = true;
            break;  // m_entries may have changed: look again
        }
    }
    m_scheduling = false;
}

void Worker::onFinished(Job *job, const JobResult &result)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [job](const auto &e) { return e->job == job; });
    if (it == m_entries.end()) return;
    const QList<JobId> followers = (*it)->followers;
    m_entries.erase(it);
    job->disconnect(this);
    job->deleteLater();  // we are inside its signal

    if (job->usesNetwork() && result.error.kind != JobError::Kind::Cancelled &&
        result.error.kind != JobError::Kind::Cache) {
        // Only what the server said tells the connection's state: a full disk is not "Offline".
        const ErrorKind k = result.error.apiKind();
        const bool unreachable = k == ErrorKind::Network || k == ErrorKind::InvalidConfiguration;
        emit connectionChanged(!unreachable, result.ok() || result.error.kind == JobError::Kind::Validation
                                                 ? tr("Connected to %1").arg(m_client->options().baseUrl.host())
                                                 : result.error.message);
    }
    if (result.cacheChanged()) emit cacheChanged(result.changed);
    for (JobId f : followers) {
        JobResult r = result;
        r.id = f;
        emit jobFinished(r);
    }
    schedule();
}

void Worker::cancel(JobId id)
{
    Entry *e = findByFollower(id);
    if (!e) return;  // finished already
    if (e->followers.size() > 1) {
        e->followers.removeOne(id);
        finishAlone(id, JobError::cancelled(e->running ? tr("Stopped following; the job it joined goes on.")
                                                       : tr("Cancelled before it started.")));
        return;
    }
    if (!e->running) {
        const auto it = std::find_if(m_entries.begin(), m_entries.end(), [e](const auto &x) { return x.get() == e; });
        Job *job = e->job;
        m_entries.erase(it);
        JobResult r;
        r.id = id;
        r.kind = job->kind();
        r.error = JobError::cancelled(tr("Cancelled before it started."));
        delete job;
        emit jobFinished(r);
        return;
    }
    e->job->cancel();  // finished() -> onFinished
}

void Worker::shutdown()
{
    for (const auto &e : m_entries) {
        e->job->disconnect(this);
        if (e->running) e->job->cancel();
        delete e->job;
    }
    m_entries.clear();
    m_client.reset();
    if (m_writer) m_writer->stop();  // lets posted writes finish, each in its transaction
    m_writer.reset();
    m_reader.close();
    m_cache.close();
}

}  // namespace lifeboat::jobs
