#pragma once
// The read side of the Atlas backup contract: orgs, projects, clusters, flex clusters,
// snapshots, schedules, compliance policy, restore jobs, export buckets and jobs,
// online archives and events.
#include <QList>

namespace sandbox {

class Router;
class State;
struct Record;
struct Call;
struct Reply;

void addReadRoutes(Router &router, State &state);

// Shared by the read and (later) write handlers.
namespace api {
// The project of {groupId}, or an error reply when it is malformed, absent or not
// visible to the caller.
const Record *project(State &state, const Call &call, Reply *error);
const Record *cluster(State &state, const Call &call, Reply *error);      // {clusterName}
const Record *flexCluster(State &state, const Call &call, Reply *error);  // {name}
// A page of `items` as Atlas paginates: pageNum, itemsPerPage (1-500), includeCount.
Reply page(const Call &call, const QList<const Record *> &items);
bool isTenant(const Record *cluster);  // M0: no Cloud Backup
Reply tenantUnsupported(const Record *cluster);
}  // namespace api

}  // namespace sandbox
