#pragma once
// Project events for the changes made through the write routes (Atlas's audit event types),
// and how the sandbox names the credential that made a change.
#include <QDateTime>
#include <QString>

namespace sandbox {

class State;
struct Principal;

// Adds an event of `type` to the project's activity feed at `at`, naming the API key that
// made the change (publicKey) when it was one. `clusterName` files it under that cluster.
void addAuditEvent(State &state, const QString &groupId, const QString &clusterName, const QString &type,
                   const QDateTime &at, const Principal *by = nullptr);

// The e-mail-shaped name of a credential, for fields the contract types as e-mail addresses
// (the compliance policy's updatedUser): "<publicKey>@api-keys.sandbox.invalid" or
// "<clientId>@service-accounts.sandbox.invalid".
QString principalAddress(const Principal &p);

}  // namespace sandbox
