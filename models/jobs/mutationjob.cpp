#include "jobs/mutationjob.h"

#include <spdlog/spdlog.h>

namespace lifeboat::jobs {

using atlas::ErrorKind;

bool MutationJob::answerLost(const atlas::ApiError &error)
{
    return error.kind == ErrorKind::Network || error.kind == ErrorKind::Server ||
           error.kind == ErrorKind::InvalidResponse;
}

void MutationJob::run()
{
    reportProgress(0, 3, tr("Checking with the server"));
    validate();
}

QString MutationJob::cancelledMessage() const
{
    return m_sent ? tr("Stopped waiting; the request had been sent, so Atlas may have acted on it. The next sync "
                       "shows what happened.")
                  : tr("Cancelled before anything was sent.");
}

void MutationJob::validated(const domain::Reasons &findings)
{
    if (isFinished()) return;
    if (!findings.isEmpty()) {
        finish(JobError::validation(findings));
        return;
    }
    reportProgress(1, 3, tr("Sending"));
    send();
}

bool MutationJob::markSent()
{
    if (m_sent) {
        spdlog::error("job {}: a mutating call was about to be sent twice; refused", id());
        return false;
    }
    m_sent = true;
    return true;
}

void MutationJob::sendFailed(const atlas::ApiError &error)
{
    if (isFinished()) return;
    if (!answerLost(error)) {
        finish(JobError::fromApi(error));
        return;
    }
    spdlog::warn("job {}: the answer was lost ({}); reading the server's state again", id(),
                 error.message.toStdString());
    reportProgress(2, 3, tr("The answer was lost; checking whether Atlas acted on it"));
    reconcile(error);
}

void MutationJob::succeeded(const QVariant &payload, const CacheScope &changed)
{
    noteChanged(changed);
    reportProgress(3, 3, QString());
    finish({}, payload);
}

}  // namespace lifeboat::jobs
