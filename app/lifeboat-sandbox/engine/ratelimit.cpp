#include "ratelimit.h"

#include <QRegularExpression>
#include <QStringList>
#include <cmath>

namespace sandbox {

bool parseRateLimits(const QString &text, RateLimitOptions *out, QString *error)
{
    *out = RateLimitOptions();
    out->enabled = true;
    if (text == u"atlas") return true;
    static const QRegularExpression re(QStringLiteral(R"(^capacity=(\d+),refill=(\d+)/(\d+)([sm]?)$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch() || m.captured(1).toInt() <= 0 || m.captured(2).toInt() <= 0 || m.captured(3).toInt() <= 0) {
        *error =
            QStringLiteral(
                "--rate-limits wants \"atlas\" or capacity=N,refill=M/S[s|m], e.g. capacity=5,refill=1/1s (got \"%1\")")
                .arg(text);
        return false;
    }
    out->capacity = m.captured(1).toInt();
    out->refill = m.captured(2).toInt();
    out->refillSeconds = m.captured(3).toInt() * (m.captured(4) == u"m" ? 60 : 1);
    return true;
}

RateLimiter::RateLimiter(const RateLimitOptions &options) : m_options(options)
{
    m_clock.start();
}

// Atlas's endpoint sets for what the sandbox serves (atlas-domain.md section 9).
static bool endpointSet(const QString &pattern, QString *name, int *capacity, int *refill)
{
    const QString group = QStringLiteral("/api/atlas/v2/groups/{groupId}/");
    if (!pattern.startsWith(group)) return false;
    if (pattern.contains(u"/backup/") || pattern.endsWith(u"/backup") || pattern.contains(u"backupCompliancePolicy")) {
        *name = QStringLiteral("backups");
        *capacity = 1200;
        *refill = 500;
        return true;
    }
    const QString rest = pattern.mid(group.size());
    if ((rest.startsWith(u"clusters") || rest.startsWith(u"flexClusters")) && !rest.contains(u"onlineArchives")) {
        *name = QStringLiteral("clusters");
        *capacity = 10000;
        *refill = 5000;
        return true;
    }
    return false;
}

// Drops the buckets that would be full by now: a new one starts full anyway.
void RateLimiter::prune(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();)
        it = it->tokens + (nowMs - it->updatedMs) * it->perMs >= it->capacity ? m_buckets.erase(it) : std::next(it);
}

RateLimiter::Decision RateLimiter::take(const QString &pattern, const QString &groupId)
{
    Decision d;
    QString set;
    int capacity = 0, refill = 0;
    if (!m_options.enabled || groupId.isEmpty() || !endpointSet(pattern, &set, &capacity, &refill)) return d;
    int seconds = 60;
    if (m_options.capacity > 0) {
        capacity = m_options.capacity;
        refill = m_options.refill;
        seconds = m_options.refillSeconds;
    }
    const double perMs = double(refill) / (seconds * 1000.0);
    const qint64 nowMs = m_clock.elapsed();
    const QString key = set + u'/' + groupId;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= 10000) prune(nowMs);  // made-up project ids must not grow it forever
        it = m_buckets.insert(key, {double(capacity), nowMs, capacity, perMs});
    }
    it->tokens = qMin(double(capacity), it->tokens + (nowMs - it->updatedMs) * perMs);
    it->updatedMs = nowMs;
    d.limited = true;
    d.limit = capacity;
    d.refill = refill;
    d.refillSeconds = seconds;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
    } else {
        d.allowed = false;
        d.retryAfterSeconds = qMax(1, int(std::ceil((1.0 - it->tokens) / perMs / 1000.0)));
    }
    d.remaining = int(std::floor(it->tokens));
    return d;
}

}  // namespace sandbox
