#pragma once
// The project's Backup Compliance Policy.
#include "atlas/transport.h"

#include <optional>

namespace lifeboat::atlas {

class Client;

class ComplianceOps {
public:
    // nullopt when the project has no Backup Compliance Policy.
    RequestId getCompliancePolicy(const QString &groupId, Callback<std::optional<CompliancePolicy>> done);

protected:
    explicit ComplianceOps(Client &client) : m_client(client) {}
    ~ComplianceOps() = default;

private:
    Client &m_client;
};

}  // namespace lifeboat::atlas
