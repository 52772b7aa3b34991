#pragma once
// Collection restore jobs (2025-03-12): create, list, get and the per-collection states, as
// the contract has them (it has no cancel: the sandbox's own DELETE under /sandbox/v1 stands
// in for MongoDB Support cancelling one, see dataapi.*).
namespace sandbox {

class Router;
class State;
struct Call;
struct Reply;

void addCollectionRestoreRoutes(Router &router, State &state);

// Cancels a running collection restore job: CANCELED, the target's data left as it was.
Reply cancelCollectionRestore(State &state, Call &call);

}  // namespace sandbox
