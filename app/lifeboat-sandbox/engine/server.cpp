#include "server.h"

#include "auth.h"
#include "router.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace sandbox {

static QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

Server::Server(Router &router, Auth &auth, std::function<QDateTime()> now, QObject *parent)
    : QAbstractHttpServer(parent), m_router(router), m_auth(auth), m_now(std::move(now))
{
}

bool Server::takeFault(const QByteArray &method, const QString &path, Fault *out)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!path.contains(f.pathContains)) continue;
        if (!f.method.isEmpty() && f.method.toLatin1() != method) continue;
        *out = f;
        if (f.count > 0 && --f.count == 0) m_faults.removeAt(i);
        return true;
    }
    return false;
}

// The versions named by an Accept header, in the order given.
static QStringList acceptedVersions(const QByteArray &accept)
{
    static const QRegularExpression re(QStringLiteral(R"(application/vnd\.atlas\.(\d{4}-\d{2}-\d{2})\+json)"));
    QStringList out;
    auto it = re.globalMatch(QString::fromLatin1(accept));
    while (it.hasNext()) out.append(it.next().captured(1));
    return out;
}

Reply Server::dispatch(const QHttpServerRequest &request, QByteArray *contentType)
{
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path();
    *contentType = "application/json";

    if (path == u"/api/oauth/token") {
        if (method != "POST")
            return Reply::error(405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("Use POST to request a token."));
        QJsonObject body;
        const int status = m_auth.issueToken(request.value("Authorization"), request.body(), &body);
        Reply r = Reply::json(body, status);
        r.versioned = false;
        r.header("Cache-Control", "no-store");
        return r;
    }

    QHash<QString, QString> params;
    Router::Match match;
    const Route *route = m_router.match(method, path, &params, &match);
    if (!route) {
        if (match == Router::Match::NoMethod)
            return Reply::error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                                QStringLiteral("%1 is not supported on %2.").arg(QString::fromLatin1(method), path));
        return Reply::error(404, QStringLiteral("RESOURCE_NOT_FOUND"),
                            QStringLiteral("Cannot find resource %1.").arg(path), QJsonArray{path});
    }

    Call call;
    const Auth::Result auth = m_auth.authenticate(method, path, request.value("Authorization"), &call.principal);
    if (auth != Auth::Result::Ok) {
        const QString detail = auth == Auth::Result::ExpiredToken
                                   ? QStringLiteral("The access token has expired; request a new one.")
                                   : QStringLiteral("You are not authorized for this resource.");
        Reply r = Reply::error(401, QStringLiteral("UNAUTHORIZED"), detail);
        r.header("WWW-Authenticate", m_auth.challenge(auth == Auth::Result::StaleNonce));
        return r;
    }
    if (call.principal.accessListRequired)
        return Reply::error(403, QStringLiteral("RESOURCE_REQUIRES_ACCESS_LIST"),
                            QStringLiteral("This resource requires access through an access list of IP ranges."),
                            QJsonArray{request.remoteAddress().toString()});

    const QStringList asked = acceptedVersions(request.value("Accept"));
    for (const QString &v : asked)
        if (route->versions.contains(v)) { call.version = v; break; }
    if (call.version.isEmpty())
        return Reply::error(406, QStringLiteral("INVALID_VERSION_DATE"),
                            asked.isEmpty()
                                ? QStringLiteral("Missing or unsupported Accept header: %1 serves application/vnd.atlas.%2+json.")
                                      .arg(route->operationId, route->versions.join(QStringLiteral("+json, application/vnd.atlas.")))
                                : QStringLiteral("Version %1 is not served by %2; it serves %3.")
                                      .arg(asked.join(QStringLiteral(", ")), route->operationId, route->versions.join(QStringLiteral(", "))),
                            QJsonArray{route->operationId});

    call.method = method;
    call.path = path;
    call.params = params;
    call.query = QUrlQuery(request.url());
    call.now = m_now();
    call.body = request.body();
    const QByteArray host = request.value("Host");
    call.baseUrl = QStringLiteral("http://") + QString::fromLatin1(host.isEmpty() ? QByteArray("127.0.0.1") : host);

    Reply reply = route->handler(call);
    if (reply.versioned && reply.status < 300) {
        *contentType = "application/vnd.atlas." + call.version.toLatin1() + "+json;charset=utf-8";
        const QString sunset = route->sunsets.value(call.version);
        if (!sunset.isEmpty()) {
            reply.header("Deprecation", "true");
            reply.header("Sunset", sunset.toLatin1());
        }
    }
    if (method != "GET" && afterWrite) afterWrite();
    return reply;
}

static void send(QHttpServerResponder &responder, const Reply &reply, const QByteArray &contentType)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", contentType);
    for (const auto &h : reply.headers) responder.writeHeader(h.first, h.second);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

bool Server::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requests;
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path();
    Fault fault;
    const bool faulty = takeFault(method, path, &fault);
    if (faulty && fault.kind == Fault::Kind::Reset) {
        spdlog::info("fault: reset {} {}", method.constData(), path.toStdString());
        socket->abort();
        return true;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    if (faulty && fault.kind == Fault::Kind::Status) {
        spdlog::info("fault: {} for {} {}", fault.status, method.constData(), path.toStdString());
        Reply r = fault.status == 429
                      ? Reply::error(429, QStringLiteral("RATE_LIMITED"),
                                     QStringLiteral("Rate limit exceeded for %1. Please retry later.").arg(path))
                      : Reply::error(fault.status, fault.status >= 500 ? QStringLiteral("UNEXPECTED_ERROR") : QStringLiteral("INJECTED_FAULT"),
                                     QStringLiteral("An injected fault answered %1.").arg(fault.status));
        if (fault.retryAfterSeconds >= 0) r.header("Retry-After", QByteArray::number(fault.retryAfterSeconds));
        if (fault.status == 429) {
            r.header("RateLimit-Limit", "1200");
            r.header("RateLimit-Remaining", "0");
        }
        send(responder, r, "application/json");
        return true;
    }

    QByteArray contentType;
    Reply reply = dispatch(request, &contentType);
    spdlog::debug("{} {} -> {}", method.constData(), path.toStdString(), reply.status);

    if (faulty && fault.kind == Fault::Kind::Truncate) {
        responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        responder.writeHeader("Content-Type", contentType);
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        responder.writeBody(reply.body.left(reply.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return true;
    }
    if (faulty && fault.kind == Fault::Kind::Malformed) {
        reply.body = reply.body.left(qMax<qsizetype>(1, reply.body.size() / 3)) + "\x01<html>";
    }
    if (faulty && fault.kind == Fault::Kind::Delay) {
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault.delayMs, this, [held, guard, reply, contentType] {
            if (guard) send(*held, reply, contentType);
        });
        return true;
    }
    send(responder, reply, contentType);
    return true;
}

void Server::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    send(responder, Reply::error(404, QStringLiteral("RESOURCE_NOT_FOUND"), QStringLiteral("Not found.")),
         "application/json");
}

}  // namespace sandbox
