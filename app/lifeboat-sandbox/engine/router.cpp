#include "router.h"

#include "bodycheck.h"
#include "roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace sandbox {

Reply Reply::json(const QJsonObject &body, int status)
{
    return raw(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

Reply Reply::raw(QByteArray body, int status)
{
    Reply r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 402: return QStringLiteral("Payment Required");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 405: return QStringLiteral("Method Not Allowed");
    case 406: return QStringLiteral("Not Acceptable");
    case 409: return QStringLiteral("Conflict");
    case 410: return QStringLiteral("Gone");
    case 429: return QStringLiteral("Too Many Requests");
    case 500: return QStringLiteral("Internal Server Error");
    case 502: return QStringLiteral("Bad Gateway");
    case 503: return QStringLiteral("Service Unavailable");
    case 504: return QStringLiteral("Gateway Timeout");
    default: return QStringLiteral("Error");
    }
}

Reply Reply::error(int status, const QString &errorCode, const QString &detail, const QJsonArray &parameters,
                   const QJsonArray &fields)
{
    QJsonObject body{{QStringLiteral("error"), status},
                     {QStringLiteral("errorCode"), errorCode},
                     {QStringLiteral("detail"), detail},
                     {QStringLiteral("reason"), reasonPhrase(status)}};
    // The contract types parameters as objects; plain values (what Atlas often sends) are left out.
    QJsonArray objects;
    for (const auto &p : parameters)
        if (p.isObject()) objects.append(p);
    if (!objects.isEmpty()) body.insert(QLatin1String("parameters"), objects);
    if (!fields.isEmpty())
        body.insert(QLatin1String("badRequestDetail"), QJsonObject{{QStringLiteral("fields"), fields}});
    Reply r = json(body, status);
    r.versioned = false;
    return r;
}

Router::Router() : m_roleOf(std::make_shared<std::function<QString(const Call &)>>()) {}

Route &Router::add(const QByteArray &method, const QString &pattern, const QString &operationId,
                   const QStringList &versions, std::function<Reply(Call &)> handler)
{
    Route r;
    r.method = method;
    r.pattern = pattern;
    r.segments = pattern.split(u'/', Qt::SkipEmptyParts);
    r.operationId = operationId;
    r.versions = versions;
    r.checks = std::make_shared<RouteChecks>();
    // The role before the body, as Atlas authorizes before it reads a request.
    r.handler = [checks = r.checks, roleOf = m_roleOf, operationId, handler = std::move(handler)](Call &call) {
        if (*roleOf && call.params.contains(QStringLiteral("groupId"))) {
            const QString role = (*roleOf)(call);
            if (role.isEmpty()) return handler(call);  // its project lookup answers 404 or 403
            const QStringList wanted = checks->minimumRole.split(u'|');
            if (std::none_of(wanted.begin(), wanted.end(), [&](const QString &m) { return roleAllows(role, m); }))
                return Reply::error(403, QStringLiteral("USER_UNAUTHORIZED"),
                                    QStringLiteral("Current user is not authorized to perform this action."));
        }
        Reply err;
        if (checks->jsonBody && !parseBody(call, operationId, &call.json, &err)) return err;
        return handler(call);
    };
    m_routes.append(r);
    return m_routes.last();
}

const Route *Router::match(const QByteArray &method, const QString &path, QHash<QString, QString> *params,
                           Match *result) const
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const Route *best = nullptr;
    int bestScore = -1;
    bool pathMatched = false;
    for (const Route &r : m_routes) {
        if (r.segments.size() != parts.size()) continue;
        int score = 0;
        bool ok = true;
        for (int i = 0; i < parts.size() && ok; ++i) {
            const QString &seg = r.segments[i];
            if (seg.startsWith(u'{')) continue;
            if (seg == parts[i])
                ++score;
            else
                ok = false;
        }
        if (!ok) continue;
        pathMatched = true;
        if (r.method != method) continue;
        if (score > bestScore) {
            best = &r;
            bestScore = score;
        }
    }
    if (!best) {
        *result = pathMatched ? Match::NoMethod : Match::NoPath;
        return nullptr;
    }
    params->clear();
    for (int i = 0; i < parts.size(); ++i) {
        const QString &seg = best->segments[i];
        if (seg.startsWith(u'{'))
            params->insert(seg.mid(1, seg.size() - 2), QUrl::fromPercentEncoding(parts[i].toUtf8()));
    }
    *result = Match::Found;
    return best;
}

}  // namespace sandbox

namespace sandbox {

QList<QByteArray> allowedMethods(const Router &router, const QString &path)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    QList<QByteArray> out;
    for (const Route &r : router.routes()) {
        if (r.segments.size() != parts.size() || out.contains(r.method)) continue;
        bool ok = true;
        for (int i = 0; i < parts.size() && ok; ++i) ok = r.segments[i].startsWith(u'{') || r.segments[i] == parts[i];
        if (ok) out.append(r.method);
    }
    if (out.contains("GET") && !out.contains("HEAD")) out.append("HEAD");
    return out;
}

QString resolveVersion(const Route &route, const QString &date)
{
    if (!QDate::fromString(date, Qt::ISODate).isValid() || date.size() != 10) return QString();
    QString best;
    for (const QString &v : route.versions)  // ISO dates compare as strings
        if (v <= date && v > best) best = v;
    return best;
}

}  // namespace sandbox
