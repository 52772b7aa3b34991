#pragma once
// A parsed enum next to the raw text the server sent, and the enums of the API
// values Lifeboat understands. Unknown values keep their text so they can be shown.
#include "domain/policy.h"
#include <QString>

namespace lifeboat::domain {

// A parsed enum plus the raw text. `value` is E::Unknown when the text is not known
// (or was missing: then `raw` is empty too).
template <typename E>
struct Tagged {
    E value = E::Unknown;
    QString raw;
    bool isKnown() const { return value != E::Unknown; }
    bool isMissing() const { return raw.isEmpty(); }
    friend bool operator==(const Tagged &, const Tagged &) = default;
};

enum class SnapshotStatus { Queued, InProgress, Completed, Failed, Unknown };
enum class SnapshotType { OnDemand, Scheduled, Fallback, Unknown };
enum class ClusterType { ReplicaSet, Sharded, GeoSharded, Unknown };
enum class ClusterState { Idle, Creating, Updating, Deleting, Repairing, Unknown };
enum class FlexJobStatus { Pending, Queued, Running, Failed, Completed, Unknown };
enum class DeliveryType { Automated, Download, PointInTime, Unknown };
enum class ComplianceState { Active, Enabling, Updating, Disabling, Unknown };
enum class CollectionRestoreState { Initializing, InProgress, Finalizing, Successful, Canceled, Failed, Unknown };

// Case-insensitive parsing; "inProgress", "IN_PROGRESS" and "in_progress" all match.
Tagged<SnapshotStatus> parseSnapshotStatus(const QString &raw);
Tagged<SnapshotType> parseSnapshotType(const QString &raw);
Tagged<ClusterType> parseClusterType(const QString &raw);
Tagged<ClusterState> parseClusterState(const QString &raw);
Tagged<FlexJobStatus> parseFlexJobStatus(const QString &raw);
Tagged<DeliveryType> parseDeliveryType(const QString &raw);
Tagged<ComplianceState> parseComplianceState(const QString &raw);
Tagged<CollectionRestoreState> parseCollectionRestoreState(const QString &raw);
Tagged<Frequency> parseFrequency(const QString &raw);
Tagged<RetentionUnit> parseRetentionUnit(const QString &raw);

}  // namespace lifeboat::domain
