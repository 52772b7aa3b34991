#pragma once
// Restore jobs of a dedicated cluster, and those of a Flex cluster (the Flex API).
#include "atlas/requests.h"
#include "atlas/transport.h"

namespace lifeboat::atlas {

class Client;

class RestoreOps {
public:
    RequestId listRestoreJobs(const QString &groupId, const QString &clusterName, Callback<QList<RestoreJob>> done);
    RequestId getRestoreJob(const QString &groupId, const QString &clusterName, const QString &restoreJobId,
                            Callback<RestoreJob> done);
    // POST; sent once, never retried: after a timeout, list the jobs to learn whether it started.
    RequestId createRestoreJob(const QString &groupId, const QString &clusterName, const RestoreRequest &request,
                               Callback<RestoreJob> done);
    // GET /flexClusters/{name}/backup/restoreJobs (version 2024-11-13).
    RequestId listFlexRestoreJobs(const QString &groupId, const QString &name, Callback<QList<FlexRestoreJob>> done);

protected:
    explicit RestoreOps(Client &client) : m_client(client) {}
    ~RestoreOps() = default;

private:
    Client &m_client;
};

}  // namespace lifeboat::atlas
