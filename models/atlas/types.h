#pragma once
// Plain value types for what the Atlas Admin API returns, as Lifeboat uses them.
// Every enum-like field keeps the raw string the server sent next to the parsed
// value, so an unknown value can still be shown as the server spelled it.
#include "domain/policy.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lifeboat::atlas {

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

// Case-insensitive parsing; "inProgress", "IN_PROGRESS" and "in_progress" all match.
Tagged<SnapshotStatus> parseSnapshotStatus(const QString &raw);
Tagged<SnapshotType> parseSnapshotType(const QString &raw);
Tagged<ClusterType> parseClusterType(const QString &raw);
Tagged<ClusterState> parseClusterState(const QString &raw);
Tagged<FlexJobStatus> parseFlexJobStatus(const QString &raw);
Tagged<DeliveryType> parseDeliveryType(const QString &raw);
Tagged<ComplianceState> parseComplianceState(const QString &raw);
Tagged<domain::Frequency> parseFrequency(const QString &raw);
Tagged<domain::RetentionUnit> parseRetentionUnit(const QString &raw);

struct Organization {
    QString id;
    QString name;
    bool isDeleted = false;
    QDateTime syncedAt;  // set by the cache, empty when fresh from the API
};

struct Project {
    QString id;
    QString orgId;
    QString name;
    qint64 clusterCount = 0;
    QDateTime created;
    QDateTime syncedAt;
};

struct Cluster {
    QString id;
    QString groupId;
    QString name;
    Tagged<ClusterType> clusterType;
    QString mongoDBVersion;         // "8.0.4"
    QString mongoDBMajorVersion;    // "8.0"
    QString featureCompatibilityVersion;  // set when FCV is pinned
    QDateTime featureCompatibilityVersionExpirationDate;
    bool backupEnabled = false;
    bool pitEnabled = false;
    QString encryptionAtRestProvider;  // "NONE", "AWS", ... upper case; empty if absent
    Tagged<ClusterState> stateName;
    QString configServerType;   // "DEDICATED" / "EMBEDDED" / empty
    bool paused = false;
    QDateTime createDate;
    int shardCount = 0;         // replicationSpecs entries (1 for a replica set)
    QString providerName;       // "AWS", "GCP", "AZURE", "TENANT"
    QString backingProviderName;  // for TENANT (M0)
    QString regionName;
    QString instanceSize;       // "M10", "M0"
    QString standardSrv;        // connectionStrings.standardSrv ("mongodb+srv://host"), for mongodump hints
    QDateTime syncedAt;

    bool isFreeTier() const { return instanceSize.compare(QLatin1String("M0"), Qt::CaseInsensitive) == 0; }
    bool isSharded() const { return clusterType.value == ClusterType::Sharded || clusterType.value == ClusterType::GeoSharded; }
};

struct FlexCluster {
    QString id;
    QString groupId;
    QString name;
    QString mongoDBVersion;
    Tagged<ClusterState> stateName;
    QString backingProviderName;
    QString regionName;
    double diskSizeGB = 0;
    bool backupEnabled = true;  // Flex has automatic daily snapshots
    bool terminationProtectionEnabled = false;
    QDateTime createDate;
    QDateTime syncedAt;
};

struct SnapshotMember {
    QString id;
    QString cloudProvider;
    QString replicaSetName;
    friend bool operator==(const SnapshotMember &, const SnapshotMember &) = default;
};

// DiskBackupReplicaSet or DiskBackupShardedClusterSnapshot (type tells which).
struct Snapshot {
    QString id;
    QString groupId;       // not in the body; filled from the request path
    QString clusterName;   // idem
    QDateTime createdAt;
    QDateTime expiresAt;
    Tagged<SnapshotStatus> status;
    Tagged<SnapshotType> snapshotType;
    Tagged<domain::Frequency> frequencyType;
    QStringList policyItems;   // ids of the policy items that tagged it
    qint64 storageSizeBytes = 0;
    QString mongodVersion;
    QString masterKeyUUID;
    QStringList copyRegions;
    QString description;
    QString replicaSetName;
    QString type;              // "replicaSet" / "shardedCluster" as sent
    QString cloudProvider;
    QString configServerType;
    QList<SnapshotMember> members;
    QStringList snapshotIds;
    QDateTime syncedAt;

    bool isShardedCluster() const { return type.compare(QLatin1String("shardedCluster"), Qt::CaseInsensitive) == 0; }
};

struct FlexSnapshot {
    QString id;
    QString groupId;
    QString clusterName;
    QDateTime scheduledTime;
    QDateTime startTime;
    QDateTime finishTime;
    QDateTime expiration;
    QString mongoDBVersion;
    Tagged<FlexJobStatus> status;
    QDateTime syncedAt;
};

struct SchedulePolicyItem {
    QString id;
    Tagged<domain::Frequency> frequencyType;
    int frequencyInterval = 0;
    Tagged<domain::RetentionUnit> retentionUnit;
    int retentionValue = 0;

    domain::PolicyItem toDomain() const;
};

struct SchedulePolicy {
    QString id;
    QList<SchedulePolicyItem> policyItems;
};

struct CopySetting {
    QString cloudProvider;
    QString regionName;
    QString zoneId;
    QStringList frequencies;
    bool shouldCopyOplogs = false;
};

struct BackupSchedule {
    QString groupId;
    QString clusterId;
    QString clusterName;
    int referenceHourOfDay = 0;
    int referenceMinuteOfHour = 0;
    int restoreWindowDays = 0;
    QDateTime nextSnapshot;
    QList<SchedulePolicy> policies;
    QList<CopySetting> copySettings;
    bool autoExportEnabled = false;
    QDateTime syncedAt;

    QList<SchedulePolicyItem> allItems() const;
};

struct CompliancePolicy {
    QString projectId;
    QString authorizedEmail;
    QString authorizedUserFirstName;
    QString authorizedUserLastName;
    bool copyProtectionEnabled = false;
    bool encryptionAtRestEnabled = false;
    bool pitEnabled = false;
    bool deletable = false;
    int restoreWindowDays = 0;
    std::optional<SchedulePolicyItem> onDemandPolicyItem;
    QList<SchedulePolicyItem> scheduledPolicyItems;
    Tagged<ComplianceState> state;
    QDateTime updatedDate;
    QString updatedUser;
    QDateTime syncedAt;
};

// DiskBackupSnapshotRestoreJob. Download URLs are deliberately not kept: they are
// bearer links to backup data and must not land in the cache.
struct RestoreJob {
    QString id;
    QString groupId;
    QString clusterName;
    QString snapshotId;
    Tagged<DeliveryType> deliveryType;
    QString targetClusterName;
    QString targetGroupId;
    bool cancelled = false;
    bool expired = false;
    bool failed = false;
    QDateTime expiresAt;
    QDateTime finishedAt;
    QDateTime timestamp;
    std::optional<qint64> pointInTimeUTCSeconds;
    std::optional<qint64> oplogTs;
    std::optional<qint64> oplogInc;
    QStringList componentReplicaSets;
    QDateTime syncedAt;

    bool isRunning() const { return !cancelled && !expired && !failed && !finishedAt.isValid(); }
};

}  // namespace lifeboat::atlas
