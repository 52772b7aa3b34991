#pragma once
// Restore routes of the contract: dedicated restore jobs (create, cancel; list and get are
// read routes), Flex restore jobs (create) and Flex downloads. Collection restore jobs live
// in collectionapi.*, the sandbox's own data routes in dataapi.*.
#include <QString>

namespace sandbox {

class Router;
class State;
struct Call;
struct Record;
struct Reply;

void addRestoreRoutes(Router &router, State &state);

namespace restore {
// A project the caller may restore into: the target project of a restore, or an error
// (GROUP_NOT_FOUND 404, CANNOT_RESTORE_TO_TARGET 403 without a restore role there).
const Record *targetProject(const State &state, const Call &call, const QString &groupId, const QString &roles,
                            Reply *error);
// A cluster or Flex cluster by name in a project (`flex` says which), or CLUSTER_NOT_FOUND.
const Record *targetCluster(const State &state, const QString &groupId, const QString &name, bool *flex, Reply *error);
// The self link of a created resource.
QString selfLink(const Call &call, const QString &id);
}  // namespace restore

}  // namespace sandbox
