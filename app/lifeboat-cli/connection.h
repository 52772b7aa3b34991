#pragma once
// Where lifeboat-cli connects and with which credentials, the Atlas CLI's way:
// --base-url, then its environment variables, then its profile file
// (~/.config/atlascli/config.toml, [NAME] with public_api_key, private_api_key,
// client_id, client_secret, ops_manager_url). Environment variables win over the
// profile, as in the Atlas CLI. Secrets stay in memory: never printed or logged.
#include "atlas/connection.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <optional>

namespace lifeboat::cli {

// The string values of each [section] of a TOML file; enough for atlascli's profiles.
using TomlSections = QHash<QString, QHash<QString, QString>>;
TomlSections parseTomlSections(const QString &text);
QString atlasCliConfigPath(const QProcessEnvironment &env);

struct ConnectionRequest {
    QString baseUrl;  // --base-url
    QString profile;  // --profile; empty: "default" when that profile exists
};

struct Connection {
    atlas::ClientOptions options;
    QString source;  // where the credentials came from, for messages ("environment", "profile foo")
};

// nullopt and *error (plain words) when a named profile is missing or unreadable.
// Missing credentials are not an error here: options.credentials.kind is None.
std::optional<Connection> resolveConnection(const ConnectionRequest &request, const QProcessEnvironment &env,
                                            QString *error);

}  // namespace lifeboat::cli
