#pragma once
// The Atlas Admin API v2 client: the transport (transport.h) plus every operation,
// one area per header under ops/. Lives in one thread (the worker's); every callback
// runs in that thread. Nothing here blocks.
//
//   Client client(options);
//   client.listSnapshots(groupId, "Cluster0", [](Result<QList<Snapshot>> r) { ... });
#include "atlas/ops/clusters.h"
#include "atlas/ops/compliance.h"
#include "atlas/ops/exports.h"
#include "atlas/ops/projects.h"
#include "atlas/ops/restores.h"
#include "atlas/ops/schedule.h"
#include "atlas/ops/snapshots.h"
#include "atlas/transport.h"

namespace lifeboat::atlas {

class Client : public Transport,
               public ProjectOps,
               public ClusterOps,
               public SnapshotOps,
               public ScheduleOps,
               public ComplianceOps,
               public ExportOps,
               public RestoreOps {
public:
    explicit Client(ClientOptions options, QObject *parent = nullptr)
        : Transport(std::move(options), parent), ProjectOps(*this), ClusterOps(*this), SnapshotOps(*this),
          ScheduleOps(*this), ComplianceOps(*this), ExportOps(*this), RestoreOps(*this)
    {}
};

}  // namespace lifeboat::atlas
