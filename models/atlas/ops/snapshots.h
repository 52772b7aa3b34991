#pragma once
// Snapshots: replica-set and sharded (classic API), Flex snapshots, a cluster known
// only by its name, the sync's cheap probe, and taking an on-demand snapshot.
#include "atlas/ops/clusters.h"
#include "atlas/requests.h"
#include "atlas/transport.h"

#include <variant>

namespace lifeboat::atlas {

class Client;

// The snapshots of a cluster found by name: the cluster as served, and its list.
// An M0 cluster has no cloud backup: its list is empty and nothing was asked.
struct NamedSnapshots {
    AnyCluster cluster;
    std::variant<QList<Snapshot>, QList<FlexSnapshot>> snapshots;
    bool isFlex() const { return atlas::isFlex(cluster); }
};

// Page 1 of a snapshot list with one item, newest first, and the total count.
struct SnapshotProbe {
    std::optional<qint64> totalCount;  // nullopt when the server gave none
    std::optional<Snapshot> newest;    // nullopt for an empty list
};

class SnapshotOps {
public:
    // Replica-set snapshots (/backup/snapshots) and sharded ones (/backup/snapshots/shardedClusters).
    RequestId listSnapshots(const QString &groupId, const QString &clusterName, Callback<QList<Snapshot>> done);
    RequestId listShardedSnapshots(const QString &groupId, const QString &clusterName, Callback<QList<Snapshot>> done);
    // The right one of the two for this cluster.
    RequestId listSnapshotsFor(const Cluster &cluster, Callback<QList<Snapshot>> done);
    RequestId listFlexSnapshots(const QString &groupId, const QString &name, Callback<QList<FlexSnapshot>> done);
    // For a name whose kind is unknown: finds the cluster (getAnyCluster), then lists
    // from the right API and route.
    RequestId listSnapshotsForName(const QString &groupId, const QString &name, Callback<NamedSnapshots> done);
    // The sync's probe of `cluster`'s list (the right route for its kind).
    RequestId probeSnapshots(const Cluster &cluster, Callback<SnapshotProbe> done);

    // Sent once, never retried (see Transport::send).
    RequestId takeOnDemandSnapshot(const QString &groupId, const QString &clusterName,
                                   const OnDemandSnapshotRequest &request, Callback<Snapshot> done);
    RequestId takeOnDemandSnapshot(const QString &groupId, const QString &clusterName, const QString &description,
                                   int retentionDays, Callback<Snapshot> done);

    // PATCH .../backup/snapshots/{id} (BackupSnapshotRetention); sent once. The answer is
    // the snapshot with its new expiresAt.
    RequestId updateSnapshotRetention(const QString &groupId, const QString &clusterName, const QString &snapshotId,
                                      domain::RetentionUnit unit, int value, Callback<Snapshot> done);
    // DELETE .../backup/snapshots/{id}, or .../snapshots/shardedCluster/{id}; sent once.
    RequestId deleteSnapshot(const QString &groupId, const QString &clusterName, const QString &snapshotId,
                             bool sharded, Callback<bool> done);

protected:
    explicit SnapshotOps(Client &client) : m_client(client) {}
    ~SnapshotOps() = default;

private:
    Client &m_client;
};

}  // namespace lifeboat::atlas
