#pragma once
// The backup schedule's write side: PATCH (update the policy items, reference time, restore
// window, copy settings, auto export, extra retention) and DELETE ("Remove All Cloud Backup
// Schedules"), in versions 2023-01-01 and 2024-08-05, with the server's own policy checks
// (policychecks.h) and the project's compliance floor (compliance.h).
namespace sandbox {

class Router;
class Simulator;
class State;

void addPolicyRoutes(Router &router, State &state, Simulator &simulator);

}  // namespace sandbox
