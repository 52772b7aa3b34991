#pragma once
// The project's Backup Compliance Policy.
#include "atlas/requests.h"
#include "atlas/transport.h"

#include <optional>

namespace lifeboat::atlas {

class Client;

class ComplianceOps {
public:
    // nullopt when the project has no Backup Compliance Policy.
    RequestId getCompliancePolicy(const QString &groupId, Callback<std::optional<CompliancePolicy>> done);

    // PUT ?overwriteBackupPolicies=...; sent once. The answer is the policy as Atlas has it.
    RequestId updateCompliancePolicy(const QString &groupId, const ComplianceUpdate &update,
                                     Callback<CompliancePolicy> done);
    // DELETE (2024-11-13): Atlas allows it only in an empty project; sent once.
    RequestId disableCompliancePolicy(const QString &groupId, Callback<bool> done);

protected:
    explicit ComplianceOps(Client &client) : m_client(client) {}
    ~ComplianceOps() = default;

private:
    Client &m_client;
};

}  // namespace lifeboat::atlas
