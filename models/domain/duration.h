#pragma once
// A duration in the one unit a person reads it in, rounded to the nearest unit (not
// down): 59 min 40 s is "1 h", 1 h 40 min is "2 h". Views format it with tr() plurals.
#include <QtGlobal>

namespace lifeboat::domain {

enum class DurationUnit { Seconds, Minutes, Hours, Days, Months };

struct RoundedDuration {
    qint64 value = 0;
    DurationUnit unit = DurationUnit::Seconds;
    friend bool operator==(const RoundedDuration &, const RoundedDuration &) = default;
};

// Seconds under a minute, then minutes under an hour, hours under two days, days under
// 60 days, then months of 30 days. Negative durations count as 0.
RoundedDuration roundedDuration(qint64 seconds);

}  // namespace lifeboat::domain
