#pragma once
// A cluster's backup schedule (policy items, snapshot time, restore window, copies).
#include "atlas/requests.h"
#include "atlas/transport.h"

namespace lifeboat::atlas {

class Client;

class ScheduleOps {
public:
    RequestId getSchedule(const QString &groupId, const QString &clusterName, Callback<BackupSchedule> done);
    // PATCH; sent once, never retried. The answer is the schedule as Atlas now has it.
    RequestId updateSchedule(const QString &groupId, const QString &clusterName, const ScheduleUpdate &update,
                             Callback<BackupSchedule> done);

protected:
    explicit ScheduleOps(Client &client) : m_client(client) {}
    ~ScheduleOps() = default;

private:
    Client &m_client;
};

}  // namespace lifeboat::atlas
