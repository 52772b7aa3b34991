#pragma once
// A snapshot's write side: PATCH backup/snapshots/{id} ("Update Expiration Date", body
// BackupSnapshotRetention, for replica set and sharded cluster snapshots alike) and DELETE
// backup/snapshots/{id} and backup/snapshots/shardedCluster/{id} (204), with the server's own
// checks and the project's compliance policy.
#include <QString>

namespace sandbox {

class Router;
class Simulator;
class State;

void addSnapshotRoutes(Router &router, State &state, Simulator &simulator);

// Whether a snapshot's retention was changed on its own (PATCH): updateSnapshots on the
// schedule then leaves its expiry alone.
bool retentionSetByHand(const State &state, const QString &snapshotId);
// Removes a snapshot and what the sandbox keeps about it.
void forgetSnapshot(State &state, const QString &snapshotId);

}  // namespace sandbox
