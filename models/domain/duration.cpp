#include "domain/duration.h"

namespace lifeboat::domain {

namespace {
qint64 roundedDiv(qint64 n, qint64 unit)
{
    return (n + unit / 2) / unit;
}
}  // namespace

RoundedDuration roundedDuration(qint64 seconds)
{
    const qint64 s = qMax<qint64>(0, seconds);
    if (s < 60) return {s, DurationUnit::Seconds};
    // Each unit while its rounded value stays under the next unit's threshold.
    struct Step {
        qint64 seconds;
        qint64 below;
        DurationUnit unit;
    };
    static constexpr Step steps[] = {
        {60, 60, DurationUnit::Minutes},
        {3600, 48, DurationUnit::Hours},
        {86400, 60, DurationUnit::Days},
    };
    for (const Step &step : steps) {
        const qint64 v = roundedDiv(s, step.seconds);
        if (v < step.below) return {v, step.unit};
    }
    return {roundedDiv(s, 30 * 86400), DurationUnit::Months};
}

}  // namespace lifeboat::domain
