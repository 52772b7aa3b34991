#pragma once
// When and how long to wait before retrying an idempotent request.
#include <QByteArray>
#include <QDateTime>
#include <functional>

namespace lifeboat::atlas {

struct RetryPolicy {
    int maxAttempts = 4;             // first try included
    int baseDelayMs = 1000;          // first backoff step
    int maxDelayMs = 30000;          // backoff cap
    int maxRetryAfterSeconds = 120;  // a longer Retry-After is not waited for: the error goes to the user
    double timeScale = 1.0;          // multiplies every delay; tests use a small value
    std::function<double()> random;  // in [0,1); QRandomGenerator when empty

    static bool isRetryableStatus(int status)
    {
        return status == 429 || (status >= 500 && status <= 599 && status != 501);
    }

    // Delay before retry number `retry` (1 = the first retry). `retryAfterSeconds` < 0
    // means the header was absent. Returns -1 when the server asks for a longer wait
    // than maxRetryAfterSeconds.
    int delayMs(int retry, int retryAfterSeconds) const;

    // Retry-After as delta-seconds or HTTP-date; -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

}  // namespace lifeboat::atlas
