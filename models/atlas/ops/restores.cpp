#include "atlas/ops/restores.h"

#include "atlas/client.h"
#include "atlas/mediatypes.h"
#include "atlas/ops/endpoints.h"

namespace lifeboat::atlas {

using namespace ops;

namespace {
QString restoresPath(const QString &groupId, const QString &clusterName)
{
    return clusterPath(groupId, clusterName) + QStringLiteral("/backup/restoreJobs");
}
QString collectionRestoresPath(const QString &groupId, const QString &clusterName)
{
    return clusterPath(groupId, clusterName) + QStringLiteral("/collectionRestoreJobs");
}
QString flexRestoresPath(const QString &groupId, const QString &name)
{
    return flexPath(groupId, name) + QStringLiteral("/backup/restoreJobs");
}
QString snapshotDatabasesPath(const QString &groupId, const QString &clusterName, const QString &snapshotId)
{
    return clusterPath(groupId, clusterName) + QStringLiteral("/backup/snapshots/") + Transport::segment(snapshotId) +
           QStringLiteral("/databases");
}
auto restoreMapper(const QString &groupId, const QString &clusterName)
{
    return [groupId, clusterName](const QJsonObject &o) { return mapping::restoreJob(o, groupId, clusterName); };
}
auto restoreAnswerMapper(const QString &groupId, const QString &clusterName)
{
    return [groupId, clusterName](const QJsonObject &o) {
        return RestoreJobAnswer{mapping::restoreJob(o, groupId, clusterName), mapping::downloadLinks(o)};
    };
}
auto collectionMapper(const QString &groupId, const QString &clusterName)
{
    return
        [groupId, clusterName](const QJsonObject &o) { return mapping::collectionRestoreJob(o, groupId, clusterName); };
}
auto flexAnswerMapper(const QString &groupId, const QString &name)
{
    return [groupId, name](const QJsonObject &o) {
        return FlexRestoreAnswer{mapping::flexRestoreJob(o, groupId, name),
                                 mapping::text(o, QLatin1String("snapshotUrl"))};
    };
}
QString nameOf(const QJsonObject &o)
{
    return mapping::text(o, QLatin1String("name"));
}
}  // namespace

RequestId RestoreOps::listRestoreJobs(const QString &groupId, const QString &clusterName,
                                      Callback<QList<RestoreJob>> done)
{
    return listOf<RestoreJob>(
        m_client, {QStringLiteral("listRestoreJobs"), restoresPath(groupId, clusterName), versions::kDefault},
        restoreMapper(groupId, clusterName), std::move(done));
}

RequestId RestoreOps::listRestoreJobsWithLinks(const QString &groupId, const QString &clusterName,
                                               Callback<QList<RestoreJobAnswer>> done)
{
    return listOf<RestoreJobAnswer>(
        m_client, {QStringLiteral("listRestoreJobs"), restoresPath(groupId, clusterName), versions::kDefault},
        restoreAnswerMapper(groupId, clusterName), std::move(done));
}

RequestId RestoreOps::getRestoreJob(const QString &groupId, const QString &clusterName, const QString &restoreJobId,
                                    Callback<RestoreJob> done)
{
    return oneOf<RestoreJob>(m_client,
                             {QStringLiteral("getRestoreJob"),
                              restoresPath(groupId, clusterName) + u'/' + Transport::segment(restoreJobId),
                              versions::kDefault},
                             restoreMapper(groupId, clusterName), std::move(done));
}

RequestId RestoreOps::getRestoreJobWithLinks(const QString &groupId, const QString &clusterName,
                                             const QString &restoreJobId, Callback<RestoreJobAnswer> done)
{
    return oneOf<RestoreJobAnswer>(m_client,
                                   {QStringLiteral("getRestoreJob"),
                                    restoresPath(groupId, clusterName) + u'/' + Transport::segment(restoreJobId),
                                    versions::kDefault},
                                   restoreAnswerMapper(groupId, clusterName), std::move(done));
}

RequestId RestoreOps::createRestoreJob(const QString &groupId, const QString &clusterName,
                                       const RestoreRequest &request, Callback<RestoreJob> done)
{
    return m_client.send("POST",
                         {QStringLiteral("createRestoreJob"), restoresPath(groupId, clusterName), versions::kDefault},
                         mapping::compact(mapping::toJson(request)),
                         objectOf<RestoreJob>(restoreMapper(groupId, clusterName), std::move(done)));
}

RequestId RestoreOps::createRestoreJobWithLinks(const QString &groupId, const QString &clusterName,
                                                const RestoreRequest &request, Callback<RestoreJobAnswer> done)
{
    return m_client.send("POST",
                         {QStringLiteral("createRestoreJob"), restoresPath(groupId, clusterName), versions::kDefault},
                         mapping::compact(mapping::toJson(request)),
                         objectOf<RestoreJobAnswer>(restoreAnswerMapper(groupId, clusterName), std::move(done)));
}

RequestId RestoreOps::cancelRestoreJob(const QString &groupId, const QString &clusterName, const QString &restoreJobId,
                                       Callback<bool> done)
{
    return m_client.send("DELETE",
                         {QStringLiteral("cancelRestoreJob"),
                          restoresPath(groupId, clusterName) + u'/' + Transport::segment(restoreJobId),
                          versions::kDefault},
                         {}, [done = std::move(done)](Result<QByteArray> r) {
                             done({r.ok(), r.error});
                         });
}

RequestId RestoreOps::createCollectionRestoreJob(const QString &groupId, const QString &clusterName,
                                                 const CollectionRestoreRequest &request,
                                                 Callback<CollectionRestoreJob> done)
{
    return m_client.send("POST",
                         {QStringLiteral("createCollectionRestoreJob"), collectionRestoresPath(groupId, clusterName),
                          versions::kCollectionRestore},
                         mapping::compact(mapping::toJson(request)),
                         objectOf<CollectionRestoreJob>(collectionMapper(groupId, clusterName), std::move(done)));
}

RequestId RestoreOps::getCollectionRestoreJob(const QString &groupId, const QString &clusterName, const QString &jobId,
                                              Callback<CollectionRestoreJob> done)
{
    return oneOf<CollectionRestoreJob>(m_client,
                                       {QStringLiteral("getCollectionRestoreJob"),
                                        collectionRestoresPath(groupId, clusterName) + u'/' + Transport::segment(jobId),
                                        versions::kCollectionRestore},
                                       collectionMapper(groupId, clusterName), std::move(done));
}

RequestId RestoreOps::listCollectionRestoreJobs(const QString &groupId, const QString &clusterName,
                                                Callback<QList<CollectionRestoreJob>> done)
{
    return listOf<CollectionRestoreJob>(m_client,
                                        {QStringLiteral("listCollectionRestoreJobs"),
                                         collectionRestoresPath(groupId, clusterName), versions::kCollectionRestore},
                                        collectionMapper(groupId, clusterName), std::move(done));
}

RequestId RestoreOps::listCollectionRestoreCollections(const QString &groupId, const QString &clusterName,
                                                       const QString &jobId,
                                                       Callback<QList<CollectionRestoreNamespaceState>> done)
{
    return listOf<CollectionRestoreNamespaceState>(m_client,
                                                   {QStringLiteral("listCollectionRestoreCollections"),
                                                    collectionRestoresPath(groupId, clusterName) + u'/' +
                                                        Transport::segment(jobId) + QStringLiteral("/collections"),
                                                    versions::kCollectionRestore},
                                                   mapping::collectionRestoreNamespaceState, std::move(done));
}

RequestId RestoreOps::listSnapshotDatabases(const QString &groupId, const QString &clusterName,
                                            const QString &snapshotId, Callback<QStringList> done)
{
    return listOf<QString>(m_client,
                           {QStringLiteral("listSnapshotDatabases"),
                            snapshotDatabasesPath(groupId, clusterName, snapshotId), versions::kCollectionRestore},
                           nameOf, std::move(done));
}

RequestId RestoreOps::listSnapshotCollections(const QString &groupId, const QString &clusterName,
                                              const QString &snapshotId, const QString &databaseName,
                                              Callback<QStringList> done)
{
    return listOf<QString>(m_client,
                           {QStringLiteral("listSnapshotCollections"),
                            snapshotDatabasesPath(groupId, clusterName, snapshotId) + u'/' +
                                Transport::segment(databaseName) + QStringLiteral("/collections"),
                            versions::kCollectionRestore},
                           nameOf, std::move(done));
}

RequestId RestoreOps::listFlexRestoreJobs(const QString &groupId, const QString &name,
                                          Callback<QList<FlexRestoreJob>> done)
{
    return listOf<FlexRestoreJob>(
        m_client, {QStringLiteral("listFlexRestoreJobs"), flexRestoresPath(groupId, name), versions::kFlex},
        [groupId, name](const QJsonObject &o) { return mapping::flexRestoreJob(o, groupId, name); }, std::move(done));
}

RequestId RestoreOps::getFlexRestoreJob(const QString &groupId, const QString &name, const QString &restoreJobId,
                                        Callback<FlexRestoreAnswer> done)
{
    return oneOf<FlexRestoreAnswer>(m_client,
                                    {QStringLiteral("getFlexRestoreJob"),
                                     flexRestoresPath(groupId, name) + u'/' + Transport::segment(restoreJobId),
                                     versions::kFlex},
                                    flexAnswerMapper(groupId, name), std::move(done));
}

RequestId RestoreOps::createFlexRestoreJob(const QString &groupId, const QString &name,
                                           const FlexRestoreRequest &request, Callback<FlexRestoreAnswer> done)
{
    return m_client.send("POST",
                         {QStringLiteral("createFlexRestoreJob"), flexRestoresPath(groupId, name), versions::kFlex},
                         mapping::compact(mapping::toJson(request)),
                         objectOf<FlexRestoreAnswer>(flexAnswerMapper(groupId, name), std::move(done)));
}

RequestId RestoreOps::downloadFlexSnapshot(const QString &groupId, const QString &name, const QString &snapshotId,
                                           Callback<FlexRestoreAnswer> done)
{
    QJsonObject body;
    body.insert(QLatin1String("snapshotId"), snapshotId);
    return m_client.send("POST",
                         {QStringLiteral("downloadFlexSnapshot"),
                          flexPath(groupId, name) + QStringLiteral("/backup/download"), versions::kFlex},
                         mapping::compact(body),
                         objectOf<FlexRestoreAnswer>(flexAnswerMapper(groupId, name), std::move(done)));
}

}  // namespace lifeboat::atlas
