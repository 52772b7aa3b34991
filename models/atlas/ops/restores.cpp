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
auto restoreMapper(const QString &groupId, const QString &clusterName)
{
    return [groupId, clusterName](const QJsonObject &o) { return mapping::restoreJob(o, groupId, clusterName); };
}
}  // namespace

RequestId RestoreOps::listRestoreJobs(const QString &groupId, const QString &clusterName,
                                      Callback<QList<RestoreJob>> done)
{
    return listOf<RestoreJob>(
        m_client, {QStringLiteral("listRestoreJobs"), restoresPath(groupId, clusterName), versions::kDefault},
        restoreMapper(groupId, clusterName), std::move(done));
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

RequestId RestoreOps::createRestoreJob(const QString &groupId, const QString &clusterName,
                                       const RestoreRequest &request, Callback<RestoreJob> done)
{
    return m_client.send("POST",
                         {QStringLiteral("createRestoreJob"), restoresPath(groupId, clusterName), versions::kDefault},
                         mapping::compact(mapping::toJson(request)),
                         objectOf<RestoreJob>(restoreMapper(groupId, clusterName), std::move(done)));
}

RequestId RestoreOps::listFlexRestoreJobs(const QString &groupId, const QString &name,
                                          Callback<QList<FlexRestoreJob>> done)
{
    return listOf<FlexRestoreJob>(
        m_client,
        {QStringLiteral("listFlexRestoreJobs"), flexPath(groupId, name) + QStringLiteral("/backup/restoreJobs"),
         versions::kFlex},
        [groupId, name](const QJsonObject &o) { return mapping::flexRestoreJob(o, groupId, name); }, std::move(done));
}

}  // namespace lifeboat::atlas
