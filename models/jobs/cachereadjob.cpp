#include "jobs/cachereadjob.h"

#include "jobs/cachereader.h"

#include "cache/cache.h"

namespace lifeboat::jobs {

namespace {

QString keyFor(JobKind kind, const QString &g, const QString &c)
{
    switch (kind) {
    case JobKind::LoadClusters: return QStringLiteral("project/") + g;
    case JobKind::LoadClusterDetail: return QStringLiteral("cluster/%1/%2").arg(g, c);
    default: return QStringLiteral("estate");
    }
}

}  // namespace

CacheReadJob::CacheReadJob(JobId id, JobKind kind, QString groupId, QString clusterName, const JobContext &context,
                           QObject *parent)
    : Job(id, kind, keyFor(kind, groupId, clusterName), context, parent), m_groupId(std::move(groupId)),
      m_clusterName(std::move(clusterName))
{}

QString CacheReadJob::title() const
{
    switch (kind()) {
    case JobKind::LoadClusterDetail: return tr("Load %1").arg(m_clusterName);
    case JobKind::LoadClusters: return tr("Load the clusters of %1").arg(m_groupId);
    case JobKind::LoadProjects: return tr("Load the projects");
    default: return tr("Load the estate");
    }
}

void CacheReadJob::run()
{
    reportProgress(0, 1, tr("Reading the cache"));
    CacheReader &reader = m_ctx.reader;
    QVariant payload;
    switch (kind()) {
    case JobKind::LoadEstate: payload = QVariant::fromValue(reader.estate()); break;
    case JobKind::LoadProjects: payload = QVariant::fromValue(reader.typed().projects()); break;
    case JobKind::LoadClusters: {
        ProjectClusters p;
        p.groupId = m_groupId;
        p.clusters = reader.typed().clusters(m_groupId);
        p.flexClusters = reader.typed().flexClusters(m_groupId);
        // Health as the navigator judges it (domain::backupHealth over the cache's summaries).
        QHash<QString, cache::ClusterBackupSummary> dedicated, flexible;
        for (const auto &s : reader.typed().clusterBackupSummaries())
            if (s.groupId == m_groupId) dedicated.insert(s.clusterName, s);
        for (const auto &s : reader.typed().flexBackupSummaries())
            if (s.groupId == m_groupId) flexible.insert(s.clusterName, s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const domain::Cluster &c : p.clusters)
            p.health.insert(c.name, domain::backupHealth(dedicated.value(c.name).factsFor(c), now));
        for (const domain::FlexCluster &f : p.flexClusters)
            p.health.insert(f.name, domain::backupHealth(flexible.value(f.name).factsFor(f), now));
        payload = QVariant::fromValue(p);
        break;
    }
    case JobKind::LoadClusterDetail: {
        const auto detail = reader.clusterDetail(m_groupId, m_clusterName);
        if (!detail) {
            atlas::ApiError e;
            e.kind = atlas::ErrorKind::NotFound;
            e.message =
                tr("The cache knows no cluster named %1 in project %2; sync it first.").arg(m_clusterName, m_groupId);
            reportProgress(1, 1, QString());
            finish(JobError::fromApi(e));
            return;
        }
        payload = QVariant::fromValue(*detail);
        break;
    }
    default: break;
    }
    reportProgress(1, 1, QString());
    finish({}, payload);
}

}  // namespace lifeboat::jobs
