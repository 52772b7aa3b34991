#include "atlas/ops/projects.h"

#include "atlas/client.h"
#include "atlas/mediatypes.h"
#include "atlas/ops/endpoints.h"

namespace lifeboat::atlas {

using namespace ops;

RequestId ProjectOps::listOrganizations(Callback<QList<Organization>> done)
{
    return listOf<Organization>(
        m_client, {QStringLiteral("listOrganizations"), QStringLiteral("/api/atlas/v2/orgs"), versions::kDefault},
        mapping::organization, std::move(done));
}

RequestId ProjectOps::listProjects(Callback<QList<Project>> done)
{
    return listOf<Project>(m_client,
                           {QStringLiteral("listProjects"), QStringLiteral("/api/atlas/v2/groups"), versions::kDefault},
                           mapping::project, std::move(done));
}

RequestId ProjectOps::getProject(const QString &groupId, Callback<Project> done)
{
    return oneOf<Project>(m_client, {QStringLiteral("getProject"), groupPath(groupId), versions::kDefault},
                          mapping::project, std::move(done));
}

}  // namespace lifeboat::atlas
