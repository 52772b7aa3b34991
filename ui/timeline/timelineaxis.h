#pragma once
// Tick placement for a time axis: calendar-aligned steps (hours at :00, days at
// midnight, months on the 1st, years on 1 January), all in UTC.
#include <QString>

namespace lifeboat::ui {

struct AxisStep {
    enum Unit { Minute, Hour, Day, Month, Year } unit = Day;
    int count = 1;  // e.g. 6 hours, 3 months

    qint64 approxMs() const;
    QString labelFormat() const;  // QDateTime format for a tick label
};

// The smallest step whose ticks sit at least `minPixels` apart at `msPerPixel`.
AxisStep chooseAxisStep(double msPerPixel, double minPixels);

// The first tick at or before `ms` (ms since epoch, UTC), and the tick after `tickMs`.
qint64 firstTick(const AxisStep &step, qint64 ms);
qint64 nextTick(const AxisStep &step, qint64 tickMs);

}  // namespace lifeboat::ui
