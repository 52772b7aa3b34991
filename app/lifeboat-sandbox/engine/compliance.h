#pragma once
// A project's Backup Compliance Policy as the other write routes see it (Kind::Compliance,
// one record per project, id = the project's id), and its state moving with the clock:
// ENABLING or UPDATING for kPendingSeconds after a PUT, then ACTIVE; DISABLING for as long
// after a DELETE, then gone. The policy is in force (its prohibitions apply) from the PUT
// that enables it until it is gone.
#include "policychecks.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace sandbox {

class State;
struct Record;

namespace compliance {

constexpr qint64 kPendingSeconds = 5 * 60;  // simulated

const Record *inForce(const State &state, const QString &groupId);  // null: none
QList<policy::PolicyItem> floorOf(const Record &bcp);               // scheduledPolicyItems
std::optional<policy::PolicyItem> onDemandItem(const Record &bcp);
bool pitRequired(const Record &bcp);
int restoreWindowDays(const Record &bcp);

// Puts `body` in a pending `state` (ENABLING, UPDATING, DISABLING) that ends at now +
// kPendingSeconds with the event `endEvent`.
void setPending(QJsonObject &body, const QString &state, const QDateTime &now, const QString &endEvent);
bool pending(const Record &bcp);

// The DataProtectionSettings body (the record without the sandbox's own bookkeeping).
QJsonObject render(const Record &bcp);

// Ends the pending states due by `now` (ACTIVE with CPS_DATA_PROTECTION_ENABLED or _UPDATED;
// a disabled policy removed with CPS_DATA_PROTECTION_DISABLED), each at its own time.
void advance(State &state, const QDateTime &now);

}  // namespace compliance

}  // namespace sandbox
