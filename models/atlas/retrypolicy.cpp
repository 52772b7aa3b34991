#include "atlas/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace lifeboat::atlas {

int RetryPolicy::delayMs(int retry, int retryAfterSeconds) const
{
    double ms = 0;
    if (retryAfterSeconds >= 0) {
        if (retryAfterSeconds > maxRetryAfterSeconds) return -1;
        ms = retryAfterSeconds * 1000.0;
    } else {
        // Exponential with "equal jitter": half fixed, half random, so that clients
        // that failed together do not come back together.
        const double step = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, std::max(0, retry - 1)));
        const double r = random ? random() : QRandomGenerator::global()->generateDouble();
        ms = step / 2 + step / 2 * std::clamp(r, 0.0, 1.0);
    }
    return int(std::lround(ms * timeScale));
}

int RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty()) return -1;
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok) return seconds >= 0 ? seconds : -1;
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid()) return -1;
    when.setTimeSpec(Qt::UTC);
    return int(std::max<qint64>(0, now.secsTo(when)));
}

}  // namespace lifeboat::atlas
