#pragma once
// Atlas authentication: HTTP Digest with API keys (RFC 7616, MD5, qop=auth) and
// OAuth 2.0 client credentials for service accounts (bearer tokens).
#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace sandbox {

class State;

struct Principal {
    QString id;  // public key or client id
    bool serviceAccount = false;
    QString orgId;
    QString orgRole;
    QJsonObject projectRoles;  // groupId -> role
    bool accessListRequired = false;

    // The role this principal holds in a project, or empty when it holds none.
    QString roleIn(const QString &groupId, const QString &projectOrgId) const;
};

class Auth {
public:
    explicit Auth(State &state);

    enum class Result { Ok, Missing, BadCredentials, StaleNonce, ExpiredToken };
    // `path` is the request's path: a digest must be computed for it.
    Result authenticate(const QByteArray &method, const QString &path, const QByteArray &authorization, Principal *out);
    QByteArray challenge(bool stale) const;  // a WWW-Authenticate value

    // POST /api/oauth/token. Returns the HTTP status and the JSON body to send.
    int issueToken(const QByteArray &authorization, const QByteArray &formBody, QJsonObject *body);
    // POST /api/oauth/revoke (RFC 7009): 200 whether or not the token was known;
    // 401 only when the client's own credentials are wrong.
    int revokeToken(const QByteArray &authorization, const QByteArray &formBody, QJsonObject *body);
    void setTokenLifetime(int seconds) { m_tokenLifetime = seconds; }

private:
    QByteArray makeNonce() const;
    bool nonceValid(const QByteArray &nonce, bool *stale) const;
    bool principalFor(const QString &id, bool serviceAccount, Principal *out) const;
    // The service account that authenticated a token or revoke request (Basic or form), or empty.
    QString clientOf(const QByteArray &authorization, const QByteArray &formBody) const;

    State &m_state;
    QByteArray m_secret;
    int m_tokenLifetime = 3600;
    struct Token {
        QString clientId;
        QDeadlineTimer expiry;
    };
    QHash<QByteArray, Token> m_tokens;
};

}  // namespace sandbox
