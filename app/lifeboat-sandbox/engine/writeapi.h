#pragma once
// The write side of the Atlas backup contract. Each route declares the minimum project
// role it needs and whether its JSON body is checked against the contract (RouteChecks).
namespace sandbox {

class Router;
class Simulator;
class State;

void addWriteRoutes(Router &router, State &state, Simulator &simulator);

}  // namespace sandbox
