#include "jobs/job.h"

#include "cache/cache.h"

namespace lifeboat::jobs {

Job::Job(JobId id, JobKind kind, QString targetKey, const JobContext &context, QObject *parent)
    : QObject(parent), m_ctx(context), m_id(id), m_kind(kind), m_targetKey(std::move(targetKey))
{}

Job::~Job()
{
    // Requests still in flight must not call back into a deleted job (their guard
    // would drop them anyway); cancelling frees them on the client at once.
    stopRequests();
}

QString Job::requestKey() const
{
    return jobKindName(m_kind) + u':' + m_targetKey;
}

void Job::start()
{
    if (m_started) return;
    m_started = true;
    run();
}

void Job::cancel()
{
    if (m_finished) return;
    stopRequests();
    onCancelled();
    finish(JobError::cancelled(cancelledMessage()));
}

QString Job::cancelledMessage() const
{
    return tr("Cancelled.");
}

void Job::stopRequests()
{
    m_stopped = true;
    const QSet<atlas::RequestId> pending = m_pending;
    m_pending.clear();
    for (atlas::RequestId r : pending) m_ctx.client.cancel(r);  // callbacks see m_stopped and return
}

void Job::finish(const JobError &error, const QVariant &payload)
{
    if (m_finished) return;
    m_finished = true;
    stopRequests();  // nothing a finished job asked for is of use; the client lets go of it now
    JobResult r;
    r.id = m_id;
    r.kind = m_kind;
    r.error = error;
    r.payload = payload;
    r.changed = m_changed;
    emit finished(r);
}

void Job::reportProgress(int done, int total, const QString &step)
{
    if (!m_finished) emit progress(m_id, done, total, step);
}

void Job::reportUpdate(const QVariant &value)
{
    if (!m_finished) emit update(m_id, value);
}

void Job::noteChanged(const CacheScope &scope)
{
    m_changed = m_changed.merged(scope);
}

JobError Job::cacheError(const QString &what) const
{
    return JobError::fromCache(m_ctx.cache.lastErrorCode(), what, m_ctx.cache.lastError());
}

}  // namespace lifeboat::jobs
