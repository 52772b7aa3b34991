#pragma once
// The server's own restore checks (DESIGN.md §4), in the order the sandbox applies them, each
// refusing with Atlas's error code where Atlas has one (README "Restore refusals"). These are
// the sandbox's code, not the client's rule functions: a server that ran the client's rules
// could not catch the client's mistakes. They share only value types (MongoVersion).
#include "router.h"

#include <QDateTime>
#include <optional>

namespace sandbox {

class State;
struct Record;

struct RestoreAsk {
    enum class Kind { Automated, PointInTime, Download, Collection, Flex };
    Kind kind = Kind::Automated;
    const Record *source = nullptr;    // a cluster, or a Flex cluster for Kind::Flex
    const Record *snapshot = nullptr;  // null for a point in time given without one
    qint64 pit = -1;                   // the point in time (UTC seconds) of a PIT restore
    const Record *target = nullptr;    // null for a download
    bool targetFlex = false;
    QDateTime now;
};

// nullopt: allowed. Otherwise Atlas's refusal.
std::optional<Reply> checkRestore(const State &state, const RestoreAsk &ask);

// The latest completed snapshot of `cluster` taken at or before `t` (PIT's base), or null.
const Record *snapshotAtOrBefore(const State &state, const Record &cluster, qint64 t);

// The FCV a snapshot taken at `t` carries: the cluster's pinned FCV when `t` lies in the pin's
// [start, expiry] (a pin without a recorded start counts from expiry - 28 days); else empty.
QString pinnedFcvAt(const Record &cluster, const QDateTime &t);

}  // namespace sandbox
