#pragma once
// Reads what views and the sync need from the cache, on a read-only connection
// (WAL lets it read while the worker's write connection commits).
//
// The navigator's per-cluster aggregates come from cache::Cache's summary table;
// the incremental sync's fingerprint of a cluster's cached snapshots is still an
// aggregate SELECT of this class, on the same connection.
#include "cache/cache.h"
#include "cache/sqlite.h"
#include "jobs/estate.h"

#include <QHash>

namespace lifeboat::jobs {

// What the cache holds for one cluster's snapshot list.
struct SnapshotFingerprint {
    int count = 0;
    QString newestId;          // by createdAt, ties by id: the order the API lists them
    QString newestStatus;      // raw
    int unfinishedOthers = 0;  // queued/inProgress snapshots other than the newest
    QDateTime oldestSyncedAt;  // when the least recently written row was written
    QDateTime newestSyncedAt;
};

class CacheReader {
public:
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_cache.isOpen(); }
    void close();

    Estate estate();
    // nullopt when the cache knows no such cluster (dedicated or flex).
    std::optional<ClusterDetail> clusterDetail(const QString &groupId, const QString &clusterName);
    SnapshotFingerprint fingerprint(const QString &groupId, const QString &clusterName);

    cache::Cache &typed() { return m_cache; }

private:
    using Key = QPair<QString, QString>;  // group id, cluster name

    cache::Cache m_cache;                        // typed reads (ReadOnly): the one read connection
    cache::Database &m_db = m_cache.database();  // the same connection, for the aggregate queries
};

// The fields a Flex cluster shares with a dedicated one, as a Cluster (no tier, no
// provider: those are the FlexCluster's own, carried beside it).
domain::Cluster sharedClusterFields(const domain::FlexCluster &flex);

}  // namespace lifeboat::jobs
