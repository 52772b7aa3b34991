#pragma once
// How to reach Atlas: base URL, credentials and tuning. Secrets live here only in
// memory; they come from the keychain and are never logged or written anywhere.
#include "atlas/retrypolicy.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <optional>

namespace lifeboat::atlas {

struct Credentials {
    enum class Kind { None, ApiKey, ServiceAccount };
    Kind kind = Kind::None;
    QString publicKey;   // API key: digest user
    QString privateKey;  // API key: digest password
    QString clientId;    // service account
    QString clientSecret;

    static Credentials apiKey(const QString &publicKey, const QString &privateKey)
    {
        return {Kind::ApiKey, publicKey, privateKey, {}, {}};
    }
    static Credentials serviceAccount(const QString &clientId, const QString &clientSecret)
    {
        return {Kind::ServiceAccount, {}, {}, clientId, clientSecret};
    }
};

struct ClientOptions {
    QUrl baseUrl = QUrl(QStringLiteral("https://cloud.mongodb.com"));
    Credentials credentials;
    RetryPolicy retry;
    int itemsPerPage = 500;  // Atlas allows 1..500
    int maxPages = 10000;    // guard against a server that never ends a list
    int transferTimeoutMs = 60000;
    int tokenRenewMarginSeconds = 60;  // renew a service-account token this early
    QByteArray userAgent = "Lifeboat/0.1";
    // PEM of the one CA certificate this client trusts (the bundled sandbox's own
    // self-signed one). Empty: the system trust store. Never a way to ignore errors.
    QByteArray pinnedCaCertificate;
};

// Why `url` cannot be used as a base URL, or nullopt when it can: HTTPS anywhere,
// plain HTTP only to this machine (127.0.0.0/8, ::1, localhost).
std::optional<QString> baseUrlProblem(const QUrl &url);
bool isLoopbackHost(const QString &host);

}  // namespace lifeboat::atlas
