#pragma once
// The server's own rules on backup policy items (DESIGN.md §4 "Policy rules") and on a Backup
// Compliance Policy's floor. These are the sandbox's code, not the client's rule functions: a
// server that ran the client's rules could not catch the client's mistakes. They share only
// value types (PolicyItem, Frequency, RetentionUnit) and names with models/domain.
#include "domain/policy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace sandbox::policy {

using lifeboat::domain::Frequency;
using lifeboat::domain::PolicyItem;
using lifeboat::domain::RetentionUnit;

// A retention's length in sixteenths of a day, so lengths of any unit compare: a week is 7 days,
// a month a twelfth of a year, a year 365.25 days (12 months are exactly one year).
qint64 retentionLength(RetentionUnit unit, int value);
qint64 daysLength(double days);
// The shortest retention an item of this frequency keeps: one frequency unit (hourly and daily a
// day, weekly a week, monthly a month, yearly a year).
qint64 minimumLength(Frequency f);

PolicyItem itemFromJson(const QJsonObject &o);  // a DiskBackupApiPolicyItem (or a compliance item)
QJsonObject itemToJson(const PolicyItem &item);
QList<PolicyItem> itemsOf(const QJsonArray &items);
QList<PolicyItem> scheduleItems(const QJsonObject &schedule);  // policies[].policyItems[]
QString describe(const PolicyItem &item);                      // "hourly every 4 h, kept 7 days"

// What is wrong with one item's frequencyInterval, in words; nullopt when it is right.
std::optional<QString> intervalProblem(const PolicyItem &item);
// What is wrong with a set of items, in words (the first problem); nullopt when nothing is.
// `allIntervals` false checks the interval of hourly items only (a compliance policy ignores
// the others').
std::optional<QString> itemsProblem(const QList<PolicyItem> &items, bool allIntervals = true);
std::optional<PolicyItem> hourlyItem(const QList<PolicyItem> &items);

// The compliance floor: for each floor item the policy needs an item of the same frequency (an
// hourly one at the same or a smaller interval) keeping at least as long. The first floor item
// not met, in words; nullopt when the policy meets the floor.
std::optional<QString> belowFloor(const QList<PolicyItem> &items, const QList<PolicyItem> &floor);
// The items raised to the floor as Atlas does when a compliance policy overwrites a cluster's
// policy: a missing frequency is added (ids from `newId`), a shorter retention or a less
// frequent hourly item is raised; then every item keeps at least as long as the more frequent
// ones. Items already above the floor stay as they are.
QList<PolicyItem> raisedToFloor(const QList<PolicyItem> &items, const QList<PolicyItem> &floor,
                                const std::function<QString()> &newId);

}  // namespace sandbox::policy
