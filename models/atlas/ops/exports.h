#pragma once
// A project's export buckets (where auto export and export jobs send snapshots).
#include "atlas/requests.h"
#include "atlas/transport.h"

namespace lifeboat::atlas {

class Client;

class ExportOps {
public:
    RequestId listExportBuckets(const QString &groupId, Callback<QList<ExportBucket>> done);

protected:
    explicit ExportOps(Client &client) : m_client(client) {}
    ~ExportOps() = default;

private:
    Client &m_client;
};

}  // namespace lifeboat::atlas
