#include "atlas/ops/schedule.h"

#include "atlas/client.h"
#include "atlas/mediatypes.h"
#include "atlas/ops/endpoints.h"

namespace lifeboat::atlas {

using namespace ops;

namespace {
QString schedulePath(const QString &groupId, const QString &clusterName)
{
    return clusterPath(groupId, clusterName) + QStringLiteral("/backup/schedule");
}
}  // namespace

RequestId ScheduleOps::getSchedule(const QString &groupId, const QString &clusterName, Callback<BackupSchedule> done)
{
    return oneOf<BackupSchedule>(
        m_client, {QStringLiteral("getSchedule"), schedulePath(groupId, clusterName), versions::kSchedule},
        [groupId](const QJsonObject &o) { return mapping::schedule(o, groupId); }, std::move(done));
}

RequestId ScheduleOps::updateSchedule(const QString &groupId, const QString &clusterName, const ScheduleUpdate &update,
                                      Callback<BackupSchedule> done)
{
    return m_client.send(
        "PATCH", {QStringLiteral("updateSchedule"), schedulePath(groupId, clusterName), versions::kSchedule},
        mapping::compact(mapping::toJson(update)),
        objectOf<BackupSchedule>([groupId](const QJsonObject &o) { return mapping::schedule(o, groupId); },
                                 std::move(done)));
}

}  // namespace lifeboat::atlas
