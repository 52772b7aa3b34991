#include "timeline/timelineaxis.h"

#include <QDateTime>
#include <array>

namespace lifeboat::ui {

namespace {
constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
}  // namespace

qint64 AxisStep::approxMs() const
{
    switch (unit) {
    case Minute: return count * MinuteMs;
    case Hour: return count * HourMs;
    case Day: return count * DayMs;
    case Month: return count * 30 * DayMs;
    case Year: return count * 365 * DayMs;
    }
    return DayMs;
}

QString AxisStep::labelFormat() const
{
    switch (unit) {
    case Minute:
    case Hour: return QStringLiteral("d MMM HH:mm");
    case Day: return QStringLiteral("d MMM yyyy");
    case Month: return QStringLiteral("MMM yyyy");
    case Year: return QStringLiteral("yyyy");
    }
    return {};
}

AxisStep chooseAxisStep(double msPerPixel, double minPixels)
{
    static constexpr std::array<AxisStep, 20> steps{{
        {AxisStep::Minute, 1}, {AxisStep::Minute, 5}, {AxisStep::Minute, 15}, {AxisStep::Minute, 30},
        {AxisStep::Hour, 1},   {AxisStep::Hour, 3},   {AxisStep::Hour, 6},    {AxisStep::Hour, 12},
        {AxisStep::Day, 1},    {AxisStep::Day, 2},    {AxisStep::Day, 7},     {AxisStep::Day, 14},
        {AxisStep::Month, 1},  {AxisStep::Month, 2},  {AxisStep::Month, 3},   {AxisStep::Month, 6},
        {AxisStep::Year, 1},   {AxisStep::Year, 2},   {AxisStep::Year, 5},    {AxisStep::Year, 10},
    }};
    for (const AxisStep &s : steps)
        if (double(s.approxMs()) / msPerPixel >= minPixels) return s;
    return steps.back();
}

qint64 firstTick(const AxisStep &step, qint64 ms)
{
    switch (step.unit) {
    case AxisStep::Minute:
    case AxisStep::Hour:
    case AxisStep::Day: {
        const qint64 size = step.approxMs();
        // Weeks start on Monday; 1970-01-01 was a Thursday, so shift by four days.
        const qint64 shift = (step.unit == AxisStep::Day && step.count % 7 == 0) ? 4 * DayMs : 0;
        const qint64 rel = ms - shift;
        return rel - ((rel % size) + size) % size + shift;
    }
    case AxisStep::Month: {
        const QDate d = utc(ms).date();
        const int month0 = (d.month() - 1) / step.count * step.count;
        return QDateTime(QDate(d.year(), month0 + 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    case AxisStep::Year: {
        const int y = utc(ms).date().year() / step.count * step.count;
        return QDateTime(QDate(y, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    }
    return ms;
}

qint64 nextTick(const AxisStep &step, qint64 tickMs)
{
    switch (step.unit) {
    case AxisStep::Month: return utc(tickMs).addMonths(step.count).toMSecsSinceEpoch();
    case AxisStep::Year: return utc(tickMs).addYears(step.count).toMSecsSinceEpoch();
    default: return tickMs + step.approxMs();
    }
}

}  // namespace lifeboat::ui
