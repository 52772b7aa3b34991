#include "domain/policy.h"

namespace lifeboat::domain {

QString frequencyName(Frequency f)
{
    switch (f) {
    case Frequency::Hourly: return QStringLiteral("hourly");
    case Frequency::Daily: return QStringLiteral("daily");
    case Frequency::Weekly: return QStringLiteral("weekly");
    case Frequency::Monthly: return QStringLiteral("monthly");
    case Frequency::Yearly: return QStringLiteral("yearly");
    case Frequency::OnDemand: return QStringLiteral("ondemand");
    case Frequency::Unknown: break;
    }
    return QString();
}

Frequency frequencyFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"hourly") return Frequency::Hourly;
    if (n == u"daily") return Frequency::Daily;
    if (n == u"weekly") return Frequency::Weekly;
    if (n == u"monthly") return Frequency::Monthly;
    if (n == u"yearly") return Frequency::Yearly;
    if (n == u"ondemand" || n == u"on_demand") return Frequency::OnDemand;
    return Frequency::Unknown;
}

QString retentionUnitName(RetentionUnit u)
{
    switch (u) {
    case RetentionUnit::Days: return QStringLiteral("days");
    case RetentionUnit::Weeks: return QStringLiteral("weeks");
    case RetentionUnit::Months: return QStringLiteral("months");
    case RetentionUnit::Years: return QStringLiteral("years");
    case RetentionUnit::Unknown: break;
    }
    return QString();
}

RetentionUnit retentionUnitFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"days") return RetentionUnit::Days;
    if (n == u"weeks") return RetentionUnit::Weeks;
    if (n == u"months") return RetentionUnit::Months;
    if (n == u"years") return RetentionUnit::Years;
    return RetentionUnit::Unknown;
}

int frequencyRank(Frequency f)
{
    return static_cast<int>(f);
}

QDateTime expiryFor(const QDateTime &created, RetentionUnit unit, int value)
{
    switch (unit) {
    case RetentionUnit::Days: return created.addDays(value);
    case RetentionUnit::Weeks: return created.addDays(7LL * value);
    case RetentionUnit::Months: return created.addMonths(value);
    case RetentionUnit::Years: return created.addYears(value);
    case RetentionUnit::Unknown: break;
    }
    return created;
}

qint64 retentionHours(RetentionUnit unit, int value)
{
    switch (unit) {
    case RetentionUnit::Days: return 24LL * value;
    case RetentionUnit::Weeks: return 24LL * 7 * value;
    case RetentionUnit::Months: return 24LL * 31 * value;
    case RetentionUnit::Years: return 24LL * 366 * value;
    case RetentionUnit::Unknown: break;
    }
    return 0;
}

bool firesAt(const PolicyItem &item, const QDateTime &t, int referenceHour)
{
    const QDateTime u = t.toUTC();
    const int hour = u.time().hour();
    const QDate d = u.date();
    if (item.frequency == Frequency::Hourly) {
        const int every = item.interval > 0 ? item.interval : 1;
        return ((hour - referenceHour) % 24 + 24) % 24 % every == 0;
    }
    if (hour != referenceHour) return false;
    switch (item.frequency) {
    case Frequency::Daily: return true;
    case Frequency::Weekly: return d.dayOfWeek() == item.interval;
    case Frequency::Monthly: return item.interval == 40 ? d.day() == d.daysInMonth() : d.day() == item.interval;
    case Frequency::Yearly: return d.day() == 1 && d.month() == item.interval;
    default: return false;
    }
}

std::optional<PolicyItem> taggingItem(const QList<PolicyItem> &items, const QDateTime &t, int referenceHour)
{
    std::optional<PolicyItem> best;
    for (const PolicyItem &item : items) {
        if (!firesAt(item, t, referenceHour)) continue;
        if (!best) {
            best = item;
            continue;
        }
        const qint64 a = retentionHours(item.unit, item.value);
        const qint64 b = retentionHours(best->unit, best->value);
        if (a > b || (a == b && frequencyRank(item.frequency) > frequencyRank(best->frequency))) best = item;
    }
    return best;
}

std::optional<QDateTime> nextSnapshotTime(const QList<PolicyItem> &items, const QDateTime &after, int referenceHour,
                                          int referenceMinute)
{
    if (items.isEmpty()) return std::nullopt;
    const QDateTime a = after.toUTC();
    QDateTime t(a.date(), QTime(a.time().hour(), referenceMinute), Qt::UTC);
    if (t <= a) t = t.addSecs(3600);
    // A yearly-only policy fires within 366 days; look no further.
    for (int i = 0; i < 24 * 367; ++i, t = t.addSecs(3600)) {
        for (const PolicyItem &item : items)
            if (firesAt(item, t, referenceHour)) return t;
    }
    return std::nullopt;
}

QList<PolicyItem> defaultPolicyItems()
{
    return {
        {QString(), Frequency::Hourly, 6, RetentionUnit::Days, 7},
        {QString(), Frequency::Daily, 1, RetentionUnit::Days, 7},
        {QString(), Frequency::Weekly, 6, RetentionUnit::Weeks, 4},
        {QString(), Frequency::Monthly, 40, RetentionUnit::Months, 12},
        {QString(), Frequency::Yearly, 12, RetentionUnit::Years, 1},
    };
}

}  // namespace lifeboat::domain
