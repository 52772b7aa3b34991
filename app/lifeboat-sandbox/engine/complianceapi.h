#pragma once
// The Backup Compliance Policy's write side: PUT backupCompliancePolicy (enable or update,
// ?overwriteBackupPolicies=true|false; versions 2023-10-01 and 2023-01-01) and DELETE
// (disable; 2024-11-13), both for Project Owners, with what the policy then does to the
// project's clusters (compliance.h keeps its state moving with the clock).
namespace sandbox {

class Router;
class Simulator;
class State;

void addComplianceRoutes(Router &router, State &state, Simulator &simulator);

}  // namespace sandbox
