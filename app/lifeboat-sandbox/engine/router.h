#pragma once
// The route table: one entry per Atlas operation the sandbox serves, with the API
// versions it answers and its handler. Later endpoints add entries, nothing else.
#include "auth.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <functional>
#include <memory>

namespace sandbox {

struct Call {
    QByteArray method;
    QString path;
    QHash<QString, QString> params;  // {groupId} etc. from the path
    QUrlQuery query;
    QString version;  // the API version negotiated from Accept
    Principal principal;
    QDateTime now;  // simulated time
    QByteArray body;
    QString baseUrl;   // scheme://host:port as the client reached us
    QJsonObject json;  // the checked request body, for routes with jsonBody
    // Takes an injected restore-fail fault matching this request, if any (see Fault::Kind::RestoreFail):
    // a route that creates a restore asks once, and the restore it makes fails when it would finish.
    std::function<bool()> takeRestoreFault;
};

struct Reply {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool versioned = true;   // 2xx bodies carry the versioned media type; errors are application/json
    QByteArray contentType;  // when set (and not versioned): the body's own type, e.g. application/gzip

    void header(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }

    static Reply json(const QJsonObject &body, int status = 200);
    static Reply raw(QByteArray body, int status = 200);
    // `fields` ({field, description} objects) go into badRequestDetail.fields.
    static Reply error(int status, const QString &errorCode, const QString &detail, const QJsonArray &parameters = {},
                       const QJsonArray &fields = {});
};

QString reasonPhrase(int status);

// What Router::add's wrapper checks before a handler runs. Set them on the Route that
// add() returns; a minimum role is enforced for routes under /groups/{groupId}.
struct RouteChecks {
    QString minimumRole;       // e.g. GROUP_BACKUP_CREATOR, or "A|B" for either; empty: any project role
    bool jsonBody = false;     // parse and check the body against the contract into Call::json
    bool unversioned = false;  // the sandbox's own routes: no Accept version, plain application/json
};

struct Route {
    QByteArray method;
    QString pattern;
    QStringList segments;
    QString operationId;
    QStringList versions;             // served versions, e.g. "2024-08-05"
    QHash<QString, QString> sunsets;  // version -> sunset date
    std::function<Reply(Call &)> handler;
    std::shared_ptr<RouteChecks> checks;  // shared with the handler's wrapper

    Route &needs(const QString &minimumRole)
    {
        checks->minimumRole = minimumRole;
        return *this;
    }
    Route &withJsonBody()
    {
        checks->jsonBody = true;
        return *this;
    }
    Route &unversioned()
    {
        checks->unversioned = true;
        return *this;
    }
};

class Router {
public:
    Router();
    // The caller's project role for a call's {groupId} (empty: no such project or no
    // role; the handler then answers 404 or 403 itself).
    void setRoleLookup(std::function<QString(const Call &)> roleOf) { *m_roleOf = std::move(roleOf); }

    // The new route, to finish at once (.needs(), .withJsonBody(), sunsets): the reference
    // is not valid after the next add().
    Route &add(const QByteArray &method, const QString &pattern, const QString &operationId,
               const QStringList &versions, std::function<Reply(Call &)> handler);

    enum class Match { Found, NoPath, NoMethod };
    // The best route for method and path: literal segments beat {parameters}.
    const Route *match(const QByteArray &method, const QString &path, QHash<QString, QString> *params,
                       Match *result) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
    std::shared_ptr<std::function<QString(const Call &)>> m_roleOf;
};

// The methods some route serves on this path (HEAD wherever GET), for a 405's Allow.
QList<QByteArray> allowedMethods(const Router &router, const QString &path);

// As Atlas: the newest version of the route dated on or before `date` (YYYY-MM-DD),
// or empty when the date is malformed or older than every version.
QString resolveVersion(const Route &route, const QString &date);

}  // namespace sandbox
