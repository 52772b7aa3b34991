#pragma once
// Backup policy arithmetic shared by the sandbox clock and the app: when a policy
// item fires and when the snapshot it tags expires. Pure functions, no I/O.
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace lifeboat::domain {

enum class Frequency { Hourly, Daily, Weekly, Monthly, Yearly, OnDemand, Unknown };
enum class RetentionUnit { Days, Weeks, Months, Years, Unknown };

QString frequencyName(Frequency f);                // "hourly", ... as the API spells it
Frequency frequencyFromName(const QString &name);  // case-insensitive; Unknown otherwise
QString retentionUnitName(RetentionUnit u);        // "days", ...
RetentionUnit retentionUnitFromName(const QString &name);

struct PolicyItem {
    QString id;
    Frequency frequency = Frequency::Daily;
    int interval = 1;  // hours for hourly, weekday 1-7, month day 1-28/40, month 1-12
    RetentionUnit unit = RetentionUnit::Days;
    int value = 7;
    friend bool operator==(const PolicyItem &, const PolicyItem &) = default;
};

// Rank of a frequency, more frequent first (hourly = 0).
int frequencyRank(Frequency f);

// The moment a snapshot created at `created` under `item` expires.
QDateTime expiryFor(const QDateTime &created, RetentionUnit unit, int value);

// Approximate retention in hours, used to compare items ("keeps longer").
qint64 retentionHours(RetentionUnit unit, int value);

// Does `item` fire at `t`? `t` must be on the schedule's minute (reference minute).
bool firesAt(const PolicyItem &item, const QDateTime &t, int referenceHour);

// Of the items that fire at `t`, the one that tags the snapshot: the longest
// retention wins, as Atlas does for overlapping items. nullopt if none fires.
std::optional<PolicyItem> taggingItem(const QList<PolicyItem> &items, const QDateTime &t, int referenceHour);

// The first time strictly after `after` at which any item fires (nullopt for no items).
std::optional<QDateTime> nextSnapshotTime(const QList<PolicyItem> &items, const QDateTime &after, int referenceHour,
                                          int referenceMinute);

// The default policy of a new M10+ cluster (current Atlas docs).
QList<PolicyItem> defaultPolicyItems();

}  // namespace lifeboat::domain
