#include "clock.h"

namespace sandbox {

void Clock::start(const QDateTime &simulatedNow, double speed)
{
    m_anchor = simulatedNow.toUTC();
    m_speed = speed;
    m_real.start();
}

QDateTime Clock::now() const
{
    const qint64 ms = qint64(double(m_real.elapsed()) * m_speed);
    return m_anchor.addMSecs(ms);
}

void Clock::setSpeed(double speed)
{
    m_anchor = now();
    m_real.restart();
    m_speed = speed;
}

void Clock::advanceBy(qint64 seconds)
{
    m_anchor = m_anchor.addSecs(seconds);
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QDateTime parseIsoTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

}  // namespace sandbox
