#pragma once
// The shape of every job that changes something on the server:
//   validate  the domain's rules over facts read fresh from the API;
//   send      the mutating call exactly once (the client never retries it);
//   reconcile only when the answer was lost (timeout, dropped connection, a 5xx from
//             a proxy): re-read the server's state to learn whether it happened,
//             instead of sending again;
//   write     the result to the cache (a single-row write) and finish with its scope.
// Subclasses implement the four steps and call the matching continuation.
#include "jobs/job.h"

namespace lifeboat::jobs {

class MutationJob : public Job {
    Q_OBJECT
public:
    using Job::Job;

    // An error after which the server may or may not have acted.
    static bool answerLost(const atlas::ApiError &error);

protected:
    void run() final;
    QString cancelledMessage() const override;

    virtual void validate() = 0;                              // ends with validated()
    virtual void send() = 0;                                  // ends with sendFailed() or succeeded()
    virtual void reconcile(const atlas::ApiError &lost) = 0;  // ends with succeeded() or finish()

    void validated(const domain::Reasons &findings);  // empty: go on and send
    void sendFailed(const atlas::ApiError &error);
    // The change is in the cache: finish with its payload and scope.
    void succeeded(const QVariant &payload, const CacheScope &changed);
    // Marks the mutating call as sent; a second call is a bug and is refused.
    bool markSent();
    bool wasSent() const { return m_sent; }

private:
    bool m_sent = false;
};

}  // namespace lifeboat::jobs
