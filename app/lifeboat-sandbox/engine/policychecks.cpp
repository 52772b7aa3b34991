#include "policychecks.h"

#include <algorithm>

namespace sandbox::policy {

using lifeboat::domain::frequencyFromName;
using lifeboat::domain::frequencyName;
using lifeboat::domain::frequencyRank;
using lifeboat::domain::retentionUnitFromName;
using lifeboat::domain::retentionUnitName;

namespace {

constexpr qint64 kDay = 16;
constexpr qint64 kYear = 5844;         // 365.25 days
constexpr qint64 kMonth = kYear / 12;  // 487: exact
static_assert(kMonth * 12 == kYear);

bool scheduled(Frequency f)
{
    return f == Frequency::Hourly || f == Frequency::Daily || f == Frequency::Weekly || f == Frequency::Monthly ||
           f == Frequency::Yearly;
}

QString retentionText(const PolicyItem &i)
{
    return QStringLiteral("%1 %2").arg(i.value).arg(retentionUnitName(i.unit));
}

qint64 length(const PolicyItem &i)
{
    return retentionLength(i.unit, i.value);
}

// A valid interval for `f` close to `wanted` (a compliance item's interval means nothing
// outside hourly items): Atlas's defaults otherwise (Saturday, the last day, December).
int intervalFor(Frequency f, int wanted)
{
    switch (f) {
    case Frequency::Daily: return 1;
    case Frequency::Weekly: return wanted >= 1 && wanted <= 7 ? wanted : 6;
    case Frequency::Monthly: return (wanted >= 1 && wanted <= 28) || wanted == 40 ? wanted : 40;
    case Frequency::Yearly: return wanted >= 1 && wanted <= 12 ? wanted : 12;
    default: return wanted;
    }
}

bool meets(const PolicyItem &item, const PolicyItem &floor)
{
    if (item.frequency != floor.frequency) return false;
    if (floor.frequency == Frequency::Hourly && item.interval > floor.interval) return false;
    return length(item) >= length(floor);
}

}  // namespace

qint64 retentionLength(RetentionUnit unit, int value)
{
    switch (unit) {
    case RetentionUnit::Days: return kDay * value;
    case RetentionUnit::Weeks: return 7 * kDay * value;
    case RetentionUnit::Months: return kMonth * value;
    case RetentionUnit::Years: return kYear * value;
    case RetentionUnit::Unknown: break;
    }
    return 0;
}

qint64 daysLength(double days)
{
    return qint64(days * kDay);
}

qint64 minimumLength(Frequency f)
{
    switch (f) {
    case Frequency::Weekly: return 7 * kDay;
    case Frequency::Monthly: return kMonth;
    case Frequency::Yearly: return kYear;
    default: return kDay;
    }
}

PolicyItem itemFromJson(const QJsonObject &o)
{
    PolicyItem p;
    p.id = o.value(QLatin1String("id")).toString();
    p.frequency = frequencyFromName(o.value(QLatin1String("frequencyType")).toString());
    p.interval = o.value(QLatin1String("frequencyInterval")).toInt(p.frequency == Frequency::OnDemand ? 0 : 1);
    p.unit = retentionUnitFromName(o.value(QLatin1String("retentionUnit")).toString());
    p.value = o.value(QLatin1String("retentionValue")).toInt(0);
    return p;
}

QJsonObject itemToJson(const PolicyItem &item)
{
    return QJsonObject{{QStringLiteral("id"), item.id},
                       {QStringLiteral("frequencyType"), frequencyName(item.frequency)},
                       {QStringLiteral("frequencyInterval"), item.interval},
                       {QStringLiteral("retentionUnit"), retentionUnitName(item.unit)},
                       {QStringLiteral("retentionValue"), item.value}};
}

QList<PolicyItem> itemsOf(const QJsonArray &items)
{
    QList<PolicyItem> out;
    for (const auto &v : items) out.append(itemFromJson(v.toObject()));
    return out;
}

QList<PolicyItem> scheduleItems(const QJsonObject &schedule)
{
    QList<PolicyItem> out;
    for (const auto &p : schedule.value(QLatin1String("policies")).toArray())
        out += itemsOf(p.toObject().value(QLatin1String("policyItems")).toArray());
    return out;
}

QString describe(const PolicyItem &item)
{
    const QString freq = frequencyName(item.frequency);
    if (item.frequency == Frequency::Hourly)
        return QStringLiteral("hourly item every %1 h kept %2").arg(item.interval).arg(retentionText(item));
    if (item.frequency == Frequency::Daily || item.frequency == Frequency::OnDemand)
        return QStringLiteral("%1 item kept %2").arg(freq, retentionText(item));
    return QStringLiteral("%1 item (interval %2) kept %3").arg(freq).arg(item.interval).arg(retentionText(item));
}

std::optional<QString> intervalProblem(const PolicyItem &item)
{
    const int n = item.interval;
    switch (item.frequency) {
    case Frequency::Hourly:
        if (!QList<int>{1, 2, 4, 6, 8, 12}.contains(n))
            return QStringLiteral("an hourly item runs every 1, 2, 4, 6, 8 or 12 hours, not every %1").arg(n);
        break;
    case Frequency::Daily:
        if (n != 1) return QStringLiteral("a daily item has frequencyInterval 1, not %1").arg(n);
        break;
    case Frequency::Weekly:
        if (n < 1 || n > 7)
            return QStringLiteral("a weekly item names a day from 1 (Monday) to 7 (Sunday), not %1").arg(n);
        break;
    case Frequency::Monthly:
        if (!((n >= 1 && n <= 28) || n == 40))
            return QStringLiteral("a monthly item names a day from 1 to 28, or 40 for the last day, not %1").arg(n);
        break;
    case Frequency::Yearly:
        if (n < 1 || n > 12)
            return QStringLiteral("a yearly item names a month from 1 (January) to 12 (December), not %1").arg(n);
        break;
    default: break;
    }
    return std::nullopt;
}

std::optional<QString> itemsProblem(const QList<PolicyItem> &items, bool allIntervals)
{
    int hourly = 0, daily = 0;
    for (const PolicyItem &i : items) {
        if (!scheduled(i.frequency))
            return QStringLiteral("%1 is not a frequency of a scheduled policy item")
                .arg(i.frequency == Frequency::OnDemand ? QStringLiteral("ondemand") : QStringLiteral("it"));
        if (i.unit == RetentionUnit::Unknown || i.value < 1)
            return QStringLiteral("the %1 keeps snapshots for %2: a retention is at least 1")
                .arg(describe(i), retentionText(i));
        if (allIntervals || i.frequency == Frequency::Hourly)
            if (const auto p = intervalProblem(i)) return p;
        if (length(i) < minimumLength(i.frequency))
            return QStringLiteral("the %1 keeps snapshots for less than one %2 unit")
                .arg(describe(i), frequencyName(i.frequency));
        hourly += i.frequency == Frequency::Hourly;
        daily += i.frequency == Frequency::Daily;
    }
    if (hourly > 1) return QStringLiteral("a policy has at most one hourly item, not %1").arg(hourly);
    if (daily > 1) return QStringLiteral("a policy has at most one daily item, not %1").arg(daily);
    for (const PolicyItem &less : items)
        for (const PolicyItem &more : items)
            if (frequencyRank(more.frequency) < frequencyRank(less.frequency) && length(less) < length(more))
                return QStringLiteral("the %1 keeps less than the more frequent %2")
                    .arg(describe(less), describe(more));
    return std::nullopt;
}

std::optional<PolicyItem> hourlyItem(const QList<PolicyItem> &items)
{
    for (const PolicyItem &i : items)
        if (i.frequency == Frequency::Hourly) return i;
    return std::nullopt;
}

std::optional<QString> belowFloor(const QList<PolicyItem> &items, const QList<PolicyItem> &floor)
{
    for (const PolicyItem &f : floor) {
        if (std::any_of(items.begin(), items.end(), [&f](const PolicyItem &i) { return meets(i, f); })) continue;
        if (f.frequency == Frequency::Hourly)
            return QStringLiteral("the compliance policy needs an hourly item every %1 h or more often, kept at "
                                  "least %2")
                .arg(f.interval)
                .arg(retentionText(f));
        return QStringLiteral("the compliance policy needs a %1 item kept at least %2")
            .arg(frequencyName(f.frequency), retentionText(f));
    }
    return std::nullopt;
}

QList<PolicyItem> raisedToFloor(const QList<PolicyItem> &items, const QList<PolicyItem> &floor,
                                const std::function<QString()> &newId)
{
    QList<PolicyItem> out = items;
    for (const PolicyItem &f : floor) {
        if (std::any_of(out.begin(), out.end(), [&f](const PolicyItem &i) { return meets(i, f); })) continue;
        PolicyItem *best = nullptr;
        for (PolicyItem &i : out)
            if (i.frequency == f.frequency && (!best || length(i) > length(*best))) best = &i;
        if (!best) {
            out.append(PolicyItem{newId(), f.frequency, intervalFor(f.frequency, f.interval), f.unit, f.value});
            continue;
        }
        if (length(*best) < length(f)) {
            best->unit = f.unit;
            best->value = f.value;
        }
        if (f.frequency == Frequency::Hourly) best->interval = qMin(best->interval, f.interval);
    }
    // A less frequent item keeps at least as long as any more frequent one.
    for (PolicyItem &less : out) {
        const PolicyItem *longest = nullptr;
        for (const PolicyItem &more : std::as_const(out))
            if (frequencyRank(more.frequency) < frequencyRank(less.frequency) &&
                (!longest || length(more) > length(*longest)))
                longest = &more;
        if (longest && length(less) < length(*longest)) {
            less.unit = longest->unit;
            less.value = longest->value;
        }
    }
    return out;
}

}  // namespace sandbox::policy
