#pragma once
// Reads what views and the sync need from the cache, on a read-only connection
// (WAL lets it read while the worker's write connection commits).
//
// The navigator needs per-cluster aggregates (snapshot count, newest completed
// snapshot, a running restore) and the incremental sync needs a fingerprint of a
// cluster's cached snapshots. models/cache has no queries for these, and loading
// every snapshot row to count them would cost seconds with 100,000 rows, so this
// class runs a few aggregate SELECTs itself on cache::Database. They belong in
// cache::Cache; move them there when its owner adds them.
#include "cache/cache.h"
#include "cache/sqlite.h"
#include "jobs/estate.h"

#include <QHash>

namespace lifeboat::jobs {

// What the cache holds for one cluster's snapshot list.
struct SnapshotFingerprint {
    int count = 0;
    QString newestId;        // by createdAt, ties by id: the order the API lists them
    QString newestStatus;    // raw
    int unfinishedOthers = 0;  // queued/inProgress snapshots other than the newest
    QDateTime oldestSyncedAt;  // when the least recently written row was written
    QDateTime newestSyncedAt;
};

class CacheReader {
public:
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_cache.isOpen() && m_db.isOpen(); }
    void close();

    Estate estate();
    // nullopt when the cache knows no such cluster (dedicated or flex).
    std::optional<ClusterDetail> clusterDetail(const QString &groupId, const QString &clusterName);
    SnapshotFingerprint fingerprint(const QString &groupId, const QString &clusterName);

    cache::Cache &typed() { return m_cache; }

private:
    struct Aggregate {
        int count = 0;
        QDateTime lastGood;
        QDateTime syncedAt;
    };
    using Key = QPair<QString, QString>;  // group id, cluster name
    QHash<Key, Aggregate> aggregates(const QString &sql);
    QHash<Key, QDateTime> scheduleSyncTimes();
    QSet<Key> runningRestores();

    cache::Cache m_cache;  // typed reads (ReadOnly)
    cache::Database m_db;  // the aggregate queries
};

// A flex cluster shown as a cluster row: tier and provider "FLEX".
domain::Cluster clusterFromFlex(const domain::FlexCluster &flex);

}  // namespace lifeboat::jobs
