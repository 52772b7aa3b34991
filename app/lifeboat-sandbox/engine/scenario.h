#pragma once
// Seeds a fresh state from a scenario file (see ../scenarios/README.md): the estate,
// its credentials, and the history to generate up to `now`.
#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sandbox {

class State;
class Simulator;

// The built-in demo scenario's JSON (from the engine's resources).
QByteArray demoScenario();

// Loads `json` into an empty `state`. On a malformed file returns false with a message
// that names the offending field.
bool loadScenario(const QByteArray &json, const QDateTime &now, State &state, Simulator &sim, QString *error);

}  // namespace sandbox
