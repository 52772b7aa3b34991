#include "auth.h"

#include "state.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

namespace sandbox {

static const QByteArray kRealm = "MMS Public API";
static const qint64 kNonceLifetimeMs = 300 * 1000;

QString Principal::roleIn(const QString &groupId, const QString &projectOrgId) const
{
    const QString role = projectRoles.value(groupId).toString();
    if (!role.isEmpty()) return role;
    if (projectOrgId != orgId) return QString();
    if (orgRole == u"ORG_OWNER") return QStringLiteral("GROUP_OWNER");
    if (orgRole == u"ORG_READ_ONLY") return QStringLiteral("GROUP_READ_ONLY");
    return QString();
}

Auth::Auth(State &state) : m_state(state)
{
    m_secret.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_secret.data()), 8);
}

QByteArray Auth::makeNonce() const
{
    const QByteArray ts = QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 16);
    const QByteArray mac = QMessageAuthenticationCode::hash(ts, m_secret, QCryptographicHash::Sha256).toHex().left(24);
    return QByteArray(ts + '.' + mac).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool Auth::nonceValid(const QByteArray &nonce, bool *stale) const
{
    *stale = false;
    const QByteArray raw = QByteArray::fromBase64(nonce, QByteArray::Base64UrlEncoding);
    const int dot = raw.indexOf('.');
    if (dot <= 0) return false;
    const QByteArray ts = raw.left(dot);
    const QByteArray mac = QMessageAuthenticationCode::hash(ts, m_secret, QCryptographicHash::Sha256).toHex().left(24);
    if (mac != raw.mid(dot + 1)) return false;
    bool ok = false;
    const qint64 issued = ts.toLongLong(&ok, 16);
    if (!ok) return false;
    if (QDateTime::currentMSecsSinceEpoch() - issued > kNonceLifetimeMs) {
        *stale = true;
        return false;
    }
    return true;
}

QByteArray Auth::challenge(bool stale) const
{
    return "Digest realm=\"" + kRealm + "\", domain=\"\", nonce=\"" + makeNonce() +
           "\", algorithm=MD5, qop=\"auth\", stale=" + (stale ? "true" : "false");
}

// Parses `k1="v1", k2=v2` (quoted strings may hold commas and escaped quotes).
static QHash<QByteArray, QByteArray> parseParams(const QByteArray &text)
{
    QHash<QByteArray, QByteArray> out;
    int i = 0;
    const int n = text.size();
    while (i < n) {
        while (i < n && (text[i] == ' ' || text[i] == ',')) ++i;
        const int keyStart = i;
        while (i < n && text[i] != '=' && text[i] != ',') ++i;
        const QByteArray key = text.mid(keyStart, i - keyStart).trimmed().toLower();
        if (i >= n || text[i] != '=') continue;
        ++i;
        QByteArray value;
        if (i < n && text[i] == '"') {
            ++i;
            while (i < n && text[i] != '"') {
                if (text[i] == '\\' && i + 1 < n) ++i;
                value.append(text[i++]);
            }
            ++i;
        } else {
            const int valueStart = i;
            while (i < n && text[i] != ',') ++i;
            value = text.mid(valueStart, i - valueStart).trimmed();
        }
        if (!key.isEmpty()) out.insert(key, value);
    }
    return out;
}

static QByteArray md5Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

bool Auth::principalFor(const QString &id, bool serviceAccount, Principal *out) const
{
    const Record *r = m_state.find(serviceAccount ? Kind::ServiceAccount : Kind::ApiKey, id);
    if (!r) return false;
    out->id = id;
    out->serviceAccount = serviceAccount;
    out->orgId = r->body.value(QLatin1String("orgId")).toString();
    out->orgRole = r->body.value(QLatin1String("orgRole")).toString();
    out->projectRoles = r->body.value(QLatin1String("projectRoles")).toObject();
    out->accessListRequired = r->body.value(QLatin1String("accessListRequired")).toBool();
    return true;
}

Auth::Result Auth::authenticate(const QByteArray &method, const QString &path, const QByteArray &authorization,
                                Principal *out)
{
    const QByteArray header = authorization.trimmed();
    if (header.isEmpty()) return Result::Missing;
    if (header.startsWith("Bearer ") || header.startsWith("bearer ")) {
        const QByteArray token = header.mid(7).trimmed();
        auto it = m_tokens.find(token);
        if (it == m_tokens.end()) return Result::BadCredentials;
        if (it->expiry.hasExpired()) {
            m_tokens.erase(it);
            return Result::ExpiredToken;
        }
        return principalFor(it->clientId, true, out) ? Result::Ok : Result::BadCredentials;
    }
    if (!header.startsWith("Digest ") && !header.startsWith("digest ")) return Result::BadCredentials;
    const auto p = parseParams(header.mid(7));
    const QByteArray user = p.value("username"), nonce = p.value("nonce"), uri = p.value("uri"),
                     response = p.value("response"), qop = p.value("qop"), nc = p.value("nc"),
                     cnonce = p.value("cnonce");
    if (user.isEmpty() || nonce.isEmpty() || uri.isEmpty() || response.isEmpty()) return Result::BadCredentials;
    if (p.value("realm") != kRealm) return Result::BadCredentials;
    // A response computed for another resource must not open this one.
    if (QUrl::fromPercentEncoding(uri.split('?').first()) != path) return Result::BadCredentials;
    const QByteArray algorithm = p.value("algorithm", "MD5").toUpper();
    if (algorithm != "MD5") return Result::BadCredentials;
    const Record *key = m_state.find(Kind::ApiKey, QString::fromUtf8(user));
    if (!key) return Result::BadCredentials;
    const QByteArray secret = key->body.value(QLatin1String("secret")).toString().toUtf8();
    const QByteArray ha1 = md5Hex(user + ':' + kRealm + ':' + secret);
    const QByteArray ha2 = md5Hex(method + ':' + uri);
    const QByteArray expected = qop.isEmpty()
                                    ? md5Hex(ha1 + ':' + nonce + ':' + ha2)
                                    : md5Hex(ha1 + ':' + nonce + ':' + nc + ':' + cnonce + ':' + qop + ':' + ha2);
    if (expected != response.toLower()) return Result::BadCredentials;
    bool stale = false;
    if (!nonceValid(nonce, &stale)) return stale ? Result::StaleNonce : Result::BadCredentials;
    return principalFor(QString::fromUtf8(user), false, out) ? Result::Ok : Result::BadCredentials;
}

QString Auth::clientOf(const QByteArray &authorization, const QByteArray &formBody) const
{
    const QByteArray header = authorization.trimmed();
    QByteArray id, secret;
    if (header.startsWith("Basic ") || header.startsWith("basic ")) {
        const QByteArray raw = QByteArray::fromBase64(header.mid(6).trimmed());
        const int colon = raw.indexOf(':');
        if (colon > 0) {
            id = raw.left(colon);
            secret = raw.mid(colon + 1);
        }
    }
    const QUrlQuery form(QString::fromUtf8(formBody));
    if (id.isEmpty()) {  // RFC 6749 also allows the credentials in the form body
        id = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded).toUtf8();
        secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded).toUtf8();
    }
    const Record *account = m_state.find(Kind::ServiceAccount, QString::fromUtf8(id));
    if (!account || account->body.value(QLatin1String("secret")).toString().toUtf8() != secret) return QString();
    return QString::fromUtf8(id);
}

static QJsonObject invalidClient()
{
    return QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_client")},
                       {QStringLiteral("error_description"), QStringLiteral("The client id or secret is not valid.")}};
}

int Auth::revokeToken(const QByteArray &authorization, const QByteArray &formBody, QJsonObject *body)
{
    const QString client = clientOf(authorization, formBody);
    if (client.isEmpty()) {
        *body = invalidClient();
        return 401;
    }
    const QUrlQuery form(QString::fromUtf8(formBody));
    const QByteArray token = form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toUtf8();
    auto it = m_tokens.find(token);
    // Another client's token stays valid; the answer does not tell them apart.
    if (it != m_tokens.end() && it->clientId == client) m_tokens.erase(it);
    *body = QJsonObject();
    return 200;
}

int Auth::issueToken(const QByteArray &authorization, const QByteArray &formBody, QJsonObject *body)
{
    const QString id = clientOf(authorization, formBody);
    if (id.isEmpty()) {
        *body = invalidClient();
        return 401;
    }
    const QUrlQuery form(QString::fromUtf8(formBody));
    if (form.queryItemValue(QStringLiteral("grant_type")) != u"client_credentials") {
        *body = QJsonObject{
            {QStringLiteral("error"), QStringLiteral("unsupported_grant_type")},
            {QStringLiteral("error_description"), QStringLiteral("Only grant_type=client_credentials is supported.")}};
        return 400;
    }
    QByteArray token(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(token.data()), 8);
    token = "lbsbx." + token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_tokens.insert(token, {id, QDeadlineTimer(qint64(m_tokenLifetime) * 1000)});
    *body = QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(token)},
                        {QStringLiteral("expires_in"), m_tokenLifetime},
                        {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    return 200;
}

}  // namespace sandbox
