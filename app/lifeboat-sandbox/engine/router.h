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

namespace sandbox {

struct Call {
    QByteArray method;
    QString path;
    QHash<QString, QString> params;  // {groupId} etc. from the path
    QUrlQuery query;
    QString version;                 // the API version negotiated from Accept
    Principal principal;
    QDateTime now;                   // simulated time
    QByteArray body;
    QString baseUrl;                 // scheme://host:port as the client reached us
};

struct Reply {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool versioned = true;  // 2xx bodies carry the versioned media type; errors are application/json

    void header(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }

    static Reply json(const QJsonObject &body, int status = 200);
    static Reply raw(QByteArray body, int status = 200);
    static Reply error(int status, const QString &errorCode, const QString &detail,
                       const QJsonArray &parameters = {});
};

QString reasonPhrase(int status);

struct Route {
    QByteArray method;
    QString pattern;
    QStringList segments;
    QString operationId;
    QStringList versions;                 // served versions, e.g. "2024-08-05"
    QHash<QString, QString> sunsets;      // version -> sunset date
    std::function<Reply(Call &)> handler;
};

class Router {
public:
    Route &add(const QByteArray &method, const QString &pattern, const QString &operationId,
               const QStringList &versions, std::function<Reply(Call &)> handler);

    enum class Match { Found, NoPath, NoMethod };
    // The best route for method and path: literal segments beat {parameters}.
    const Route *match(const QByteArray &method, const QString &path, QHash<QString, QString> *params,
                       Match *result) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

// The methods some route serves on this path (HEAD wherever GET), for a 405's Allow.
QList<QByteArray> allowedMethods(const Router &router, const QString &path);

// As Atlas: the newest version of the route dated on or before `date` (YYYY-MM-DD),
// or empty when the date is malformed or older than every version.
QString resolveVersion(const Route &route, const QString &date);

}  // namespace sandbox
