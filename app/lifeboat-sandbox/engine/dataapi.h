#pragma once
// What a cluster or a snapshot holds. The contract's snapshot namespace routes (2025-03-12:
// the databases and collections in a snapshot) and the sandbox's own routes under
// /sandbox/v1 (same credentials, never called by the client): a cluster's or a snapshot's
// data with fingerprints, cancelling a collection restore, and the download links.
#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sandbox {

class Router;
class State;
struct Reply;

void addDataRoutes(Router &router, State &state);

// GET /sandbox/v1/download/{token}/{file}: a restore's .tar.gz, once (a Flex download's until
// it expires); 410 when used or expired, 404 for an unknown token.
Reply serveDownload(State &state, const QByteArray &method, const QString &path, const QDateTime &now);

}  // namespace sandbox
