#pragma once
// Snapshots of dedicated clusters (replica set or sharded) and of Flex clusters.
#include "domain/tagged.h"
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace lifeboat::domain {

struct SnapshotMember {
    QString id;
    QString cloudProvider;
    QString replicaSetName;
    friend bool operator==(const SnapshotMember &, const SnapshotMember &) = default;
};

// DiskBackupReplicaSet or DiskBackupShardedClusterSnapshot (type tells which).
struct Snapshot {
    QString id;
    QString groupId;      // not in the body; filled from the request path
    QString clusterName;  // idem
    QDateTime createdAt;
    QDateTime expiresAt;
    Tagged<SnapshotStatus> status;
    Tagged<SnapshotType> snapshotType;
    Tagged<Frequency> frequencyType;
    QStringList policyItems;  // ids of the policy items that tagged it
    qint64 storageSizeBytes = 0;
    QString mongodVersion;
    QString masterKeyUUID;
    QStringList copyRegions;
    QString description;
    QString replicaSetName;
    QString type;  // "replicaSet" / "shardedCluster" as sent
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

}  // namespace lifeboat::domain
