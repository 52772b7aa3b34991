#include "jobs/cachereader.h"

#include <QSet>
#include <algorithm>

namespace lifeboat::jobs {

using namespace lifeboat::domain;

bool CacheReader::open(const QString &path, QString *error)
{
    close();
    // The worker's write connection opened (and, if need be, checked) the file just before.
    if (!m_cache.open(path, cache::Cache::Mode::ReadOnly, cache::Cache::Check::Never)) {
        if (error) *error = m_cache.lastError();
        return false;
    }
    return true;
}

void CacheReader::close()
{
    m_cache.close();
}

Cluster sharedClusterFields(const FlexCluster &flex)
{
    Cluster c;
    c.id = flex.id;
    c.groupId = flex.groupId;
    c.name = flex.name;
    c.mongoDBVersion = flex.mongoDBVersion;
    c.mongoDBMajorVersion = flex.mongoDBVersion.section(u'.', 0, 1);
    c.backupEnabled = flex.backupEnabled;
    c.stateName = flex.stateName;
    c.createDate = flex.createDate;
    c.backingProviderName = flex.backingProviderName;
    c.regionName = flex.regionName;
    c.syncedAt = flex.syncedAt;
    return c;
}

Estate CacheReader::estate()
{
    Estate estate;
    if (!isOpen()) return estate;
    QHash<Key, cache::ClusterBackupSummary> summaries, flexSummaries;
    for (const cache::ClusterBackupSummary &s : m_cache.clusterBackupSummaries())
        summaries.insert({s.groupId, s.clusterName}, s);
    for (const cache::ClusterBackupSummary &s : m_cache.flexBackupSummaries())
        flexSummaries.insert({s.groupId, s.clusterName}, s);

    QList<OrgSummary> orgs;
    for (const Organization &o : m_cache.organizations()) orgs.append({o, {}});
    for (const Project &p : m_cache.projects()) {
        ProjectSummary ps;
        ps.project = p;
        ps.syncedAt = p.syncedAt;
        ps.compliancePolicy = m_cache.compliancePolicy(p.id).has_value();
        for (const Cluster &c : m_cache.clusters(p.id)) {
            ClusterSummary cs;
            cs.cluster = c;
            const cache::ClusterBackupSummary a = summaries.value({p.id, c.name});
            cs.snapshotCount = a.snapshotCount;
            cs.lastGoodSnapshot = a.health.lastGood;
            // A cluster with no snapshots was still synced when its schedule was (syncedAt()).
            cs.syncedAt = a.syncedAt();
            cs.restoreRunning = a.restoreRunning;
            cs.health = a.factsFor(c);
            ps.clusters.append(cs);
        }
        for (const FlexCluster &f : m_cache.flexClusters(p.id)) {
            ClusterSummary cs;
            cs.cluster = sharedClusterFields(f);
            cs.isFlex = true;
            cs.flex = f;
            const cache::ClusterBackupSummary a = flexSummaries.value({p.id, f.name});
            cs.snapshotCount = a.snapshotCount;
            cs.lastGoodSnapshot = a.health.lastGood;
            cs.syncedAt = a.snapshotsSyncedAt;
            cs.restoreRunning = a.restoreRunning;
            cs.health = a.factsFor(f);
            ps.clusters.append(cs);
        }
        std::sort(ps.clusters.begin(), ps.clusters.end(),
                  [](const ClusterSummary &a, const ClusterSummary &b) { return a.cluster.name < b.cluster.name; });
        if (!estate.syncedAt.isValid() || p.syncedAt > estate.syncedAt) estate.syncedAt = p.syncedAt;

        auto org = std::find_if(orgs.begin(), orgs.end(), [&](const OrgSummary &o) { return o.org.id == p.orgId; });
        if (org == orgs.end()) {
            // Synced project by project, without its organization: show it under its id.
            Organization placeholder;
            placeholder.id = p.orgId;
            placeholder.name = p.orgId;
            orgs.append({placeholder, {}});
            org = orgs.end() - 1;
        }
        org->projects.append(ps);
    }
    estate.orgs = orgs;
    estate.fromCache = true;
    return estate;
}

std::optional<ClusterDetail> CacheReader::clusterDetail(const QString &groupId, const QString &clusterName)
{
    if (!isOpen()) return std::nullopt;
    ClusterDetail d;
    d.groupId = groupId;
    d.clusterName = clusterName;
    bool found = false;
    for (const Cluster &c : m_cache.clusters(groupId)) {
        if (c.name == clusterName) {
            d.cluster = c;
            found = true;
        }
    }
    if (!found) {
        for (const FlexCluster &f : m_cache.flexClusters(groupId)) {
            if (f.name != clusterName) continue;
            d.isFlex = true;
            d.flex = f;
            d.cluster = sharedClusterFields(f);
            found = true;
        }
    }
    if (!found) return std::nullopt;
    d.compliance = m_cache.compliancePolicy(groupId);
    if (d.isFlex) {
        d.flexRestoreJobs = m_cache.flexRestoreJobs(groupId, clusterName);
        d.flexSnapshots = m_cache.flexSnapshots(groupId, clusterName);
        for (const FlexSnapshot &s : d.flexSnapshots) {
            if (!d.syncedAt.isValid() || s.syncedAt > d.syncedAt) d.syncedAt = s.syncedAt;
        }
    } else {
        d.restoreJobs = m_cache.restoreJobs(groupId, clusterName);
        d.schedule = m_cache.schedule(groupId, clusterName);
        d.snapshots = m_cache.snapshots(groupId, clusterName);
        for (const Snapshot &s : d.snapshots) {
            if (!d.syncedAt.isValid() || s.syncedAt > d.syncedAt) d.syncedAt = s.syncedAt;
        }
        if (!d.syncedAt.isValid() && d.schedule) d.syncedAt = d.schedule->syncedAt;
    }
    return d;
}

SnapshotFingerprint CacheReader::fingerprint(const QString &groupId, const QString &clusterName)
{
    SnapshotFingerprint f;
    if (!isOpen()) return f;
    cache::Statement s =
        m_db.prepare(QStringLiteral("SELECT count(*), min(synced_at), max(synced_at), "
                                    "sum(CASE WHEN lower(status) IN ('completed', 'failed') THEN 0 ELSE 1 END) "
                                    "FROM snapshots WHERE group_id = ? AND cluster_name = ?"));
    s.bind(1, groupId).bind(2, clusterName);
    int unfinished = 0;
    if (s.next()) {
        f.count = int(s.integer(0));
        if (!s.isNull(1)) f.oldestSyncedAt = s.dateTime(1);
        if (!s.isNull(2)) f.newestSyncedAt = s.dateTime(2);
        unfinished = int(s.integer(3));
    }
    cache::Statement n =
        m_db.prepare(QStringLiteral("SELECT id, status FROM snapshots WHERE group_id = ? AND cluster_name = ? "
                                    "ORDER BY created_at DESC, id LIMIT 1"));
    n.bind(1, groupId).bind(2, clusterName);
    if (n.next()) {
        f.newestId = n.text(0);
        f.newestStatus = n.text(1);
        const QString st = f.newestStatus.toLower();
        const bool newestUnfinished = st != u"completed" && st != u"failed";
        f.unfinishedOthers = unfinished - (newestUnfinished ? 1 : 0);
    }
    return f;
}

}  // namespace lifeboat::jobs
