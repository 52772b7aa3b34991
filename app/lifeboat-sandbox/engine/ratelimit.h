#pragma once
// Atlas's rate limits: a token bucket per endpoint set and scope (here: per project).
// Buckets refill on real time, whatever the speed of the simulated clock.
#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace sandbox {

struct RateLimitOptions {
    bool enabled = false;
    // 0: Atlas's figures per endpoint set. Otherwise every set uses these (for tests).
    int capacity = 0;
    int refill = 0;
    int refillSeconds = 60;
};

// "atlas" or "capacity=N,refill=M/Ss" (S may end in s or m); false with *error set.
bool parseRateLimits(const QString &text, RateLimitOptions *out, QString *error);

class RateLimiter {
public:
    explicit RateLimiter(const RateLimitOptions &options);

    struct Decision {
        bool limited = false;  // the route belongs to no endpoint set with a limit
        bool allowed = true;
        int limit = 0, remaining = 0;
        int retryAfterSeconds = 0;
        int refill = 0, refillSeconds = 0;
    };
    // Takes one token for a request to `pattern` (a route pattern) in project groupId.
    Decision take(const QString &pattern, const QString &groupId);

private:
    void prune(qint64 nowMs);

    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
        int capacity = 0;
        double perMs = 0;  // refill rate
    };
    RateLimitOptions m_options;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

}  // namespace sandbox
