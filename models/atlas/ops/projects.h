#pragma once
// Organizations and projects.
#include "atlas/transport.h"

namespace lifeboat::atlas {

class Client;

class ProjectOps {
public:
    RequestId listOrganizations(Callback<QList<Organization>> done);
    RequestId listProjects(Callback<QList<Project>> done);
    RequestId getProject(const QString &groupId, Callback<Project> done);

protected:
    explicit ProjectOps(Client &client) : m_client(client) {}
    ~ProjectOps() = default;

private:
    Client &m_client;
};

}  // namespace lifeboat::atlas
