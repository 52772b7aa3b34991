#pragma once
// Simulated time: runs `speed` simulated seconds per real second from an anchor.
#include <QDateTime>
#include <QElapsedTimer>

namespace sandbox {

class Clock {
public:
    void start(const QDateTime &simulatedNow, double speed);
    QDateTime now() const;
    double speed() const { return m_speed; }
    void setSpeed(double speed);     // keeps now() continuous
    void advanceBy(qint64 seconds);  // jumps ahead at once

private:
    QDateTime m_anchor;
    QElapsedTimer m_real;
    double m_speed = 1.0;
};

// Text form used in every API body: "2026-11-25T18:00:00Z".
QString isoTime(const QDateTime &t);
QDateTime parseIsoTime(const QString &text);  // invalid when it is not a time

}  // namespace sandbox
