#include "server.h"

#include "auth.h"
#include "router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <spdlog/spdlog.h>

namespace sandbox {

Server::Server(Router &router, Auth &auth, std::function<QDateTime()> now, const RateLimitOptions &rateLimits)
    : m_router(router), m_auth(auth), m_now(std::move(now)), m_limiter(rateLimits)
{}

bool Server::takeFault(const QByteArray &method, const QString &path, Fault *out)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (f.kind == Fault::Kind::RestoreFail || f.kind == Fault::Kind::ResetAfterApply ||
            f.kind == Fault::Kind::StatusAfterApply || !path.contains(f.pathContains))
            continue;
        if (!f.method.isEmpty() && f.method.toLatin1() != method) continue;
        *out = f;
        if (f.count > 0 && --f.count == 0) m_faults.removeAt(i);
        return true;
    }
    return false;
}

bool Server::takeAfterApplyFault(const QByteArray &method, const QString &path, Fault *out)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (f.kind != Fault::Kind::ResetAfterApply && f.kind != Fault::Kind::StatusAfterApply) continue;
        if (!path.contains(f.pathContains) || (!f.method.isEmpty() && f.method.toLatin1() != method)) continue;
        *out = f;
        if (f.count > 0 && --f.count == 0) m_faults.removeAt(i);
        return true;
    }
    return false;
}

bool Server::takeRestoreFault(const QString &path)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (f.kind != Fault::Kind::RestoreFail || !path.contains(f.pathContains)) continue;
        if (f.count > 0 && --f.count == 0) m_faults.removeAt(i);
        spdlog::info("fault: the restore created by {} will fail", path.toStdString());
        return true;
    }
    return false;
}

// The version dates named by an Accept header, in the order given.
static QStringList acceptedVersions(const QByteArray &accept)
{
    static const QRegularExpression re(QStringLiteral(R"(application/vnd\.atlas\.(\d{4}-\d{2}-\d{2})\+json)"));
    QStringList out;
    auto it = re.globalMatch(QString::fromLatin1(accept));
    while (it.hasNext()) out.append(it.next().captured(1));
    return out;
}

static bool flag(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name).compare(u"true", Qt::CaseInsensitive) == 0;
}

// envelope=true: the status goes into the body and the HTTP status is 200 (lists get a
// "status" beside "results", other bodies become {"status", "content"}). A 401 keeps its
// status: a digest client needs it to answer the challenge. pretty=true indents.
static void shape(Reply &reply, bool envelope, bool pretty)
{
    if (!envelope && !pretty) return;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    if (!doc.isObject()) return;
    QJsonObject o = doc.object();
    if (envelope && reply.status != 401) {
        if (o.value(QLatin1String("results")).isArray())
            o.insert(QLatin1String("status"), reply.status);
        else
            o = QJsonObject{{QStringLiteral("status"), reply.status}, {QStringLiteral("content"), o}};
        reply.status = 200;
    }
    reply.body = QJsonDocument(o).toJson(pretty ? QJsonDocument::Indented : QJsonDocument::Compact);
}

Reply Server::oauth(const HttpRequest &request, const QString &path)
{
    if (request.method != "POST") {
        Reply r = Reply::error(405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("Use POST on %1.").arg(path));
        r.header("Allow", "POST");
        return r;
    }
    QJsonObject body;
    const int status = path.endsWith(u"/revoke")
                           ? m_auth.revokeToken(request.header("authorization"), request.body, &body)
                           : m_auth.issueToken(request.header("authorization"), request.body, &body);
    Reply r = Reply::json(body, status);
    r.versioned = false;
    r.header("Cache-Control", "no-store");
    return r;
}

Reply Server::dispatch(const HttpRequest &request, HttpAnswer *answer)
{
    const QByteArray &method = request.method;
    const QString rawPath = QString::fromUtf8(request.rawPath);
    const QString path = QUrl::fromPercentEncoding(request.rawPath);
    if (rawPath == u"/api/oauth/token" || rawPath == u"/api/oauth/revoke") return oauth(request, path);
    if (rawPath.startsWith(u"/sandbox/v1/download/") && downloads) {
        if (method != "GET" && method != "HEAD") {
            Reply r = Reply::error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                                   QStringLiteral("%1 is not supported on %2.").arg(QString::fromLatin1(method), path));
            r.header("Allow", "GET, HEAD");
            return r;
        }
        return downloads(method, path, m_now());
    }
    const QStringList asked = acceptedVersions(request.header("accept"));
    answer->versionAsked = asked.join(u',');

    // As Atlas: credentials first, so an unknown path or method tells nothing to a stranger.
    Call call;
    const Auth::Result auth = m_auth.authenticate(method, path, request.header("authorization"), &call.principal);
    if (auth != Auth::Result::Ok) {
        const QString detail = auth == Auth::Result::ExpiredToken
                                   ? QStringLiteral("The access token has expired; request a new one.")
                                   : QStringLiteral("You are not authorized for this resource.");
        Reply r = Reply::error(401, QStringLiteral("UNAUTHORIZED"), detail);
        r.header("WWW-Authenticate", m_auth.challenge(auth == Auth::Result::StaleNonce));
        return r;
    }

    // Routed on the encoded path so that %2F stays inside its segment; the router decodes parameters.
    QHash<QString, QString> params;
    Router::Match match;
    const Route *route = m_router.match(method == "HEAD" ? QByteArray("GET") : method, rawPath, &params, &match);
    if (!route) {
        if (match == Router::Match::NoMethod) {
            Reply r = Reply::error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                                   QStringLiteral("%1 is not supported on %2.").arg(QString::fromLatin1(method), path));
            r.header("Allow", allowedMethods(m_router, rawPath).join(", "));
            return r;
        }
        return Reply::error(404, QStringLiteral("RESOURCE_NOT_FOUND"),
                            QStringLiteral("Cannot find resource %1.").arg(path), QJsonArray{path});
    }
    if (call.principal.accessListRequired)
        return Reply::error(403, QStringLiteral("RESOURCE_REQUIRES_ACCESS_LIST"),
                            QStringLiteral("This resource requires access through an access list of IP ranges."),
                            QJsonArray{request.remoteAddress.toString()});

    const RateLimiter::Decision limit = m_limiter.take(route->pattern, params.value(QStringLiteral("groupId")));
    auto withLimit = [&limit](Reply r) {
        if (!limit.limited) return r;
        r.header("RateLimit-Limit", QByteArray::number(limit.limit));
        r.header("RateLimit-Remaining", QByteArray::number(limit.remaining));
        if (!limit.allowed) r.header("Retry-After", QByteArray::number(limit.retryAfterSeconds));
        return r;
    };
    if (!limit.allowed)
        return withLimit(Reply::error(429, QStringLiteral("RATE_LIMITED_TOKEN_BUCKET"),
                                      QStringLiteral("Rate limit exceeded for %1. Please retry after %2 seconds. "
                                                     "Request capacity: %3. Refill rate: %4 per %5 seconds.")
                                          .arg(path.mid(1))
                                          .arg(limit.retryAfterSeconds)
                                          .arg(limit.limit)
                                          .arg(limit.refill)
                                          .arg(limit.refillSeconds)));

    const bool unversioned = route->checks && route->checks->unversioned;
    for (const QString &v : asked) {
        if (unversioned) break;
        call.version = resolveVersion(*route, v);
        if (!call.version.isEmpty()) break;
    }
    if (unversioned) call.version = route->versions.value(0);
    answer->versionServed = call.version;
    if (call.version.isEmpty())
        return withLimit(Reply::error(
            406, QStringLiteral("INVALID_VERSION_DATE"),
            asked.isEmpty()
                ? QStringLiteral("Missing or unsupported Accept header: %1 serves application/vnd.atlas.%2+json.")
                      .arg(route->operationId, route->versions.join(QStringLiteral("+json, application/vnd.atlas.")))
                : QStringLiteral("Version %1 is older than every version of %2 or not a date; it serves %3.")
                      .arg(asked.join(QStringLiteral(", ")), route->operationId,
                           route->versions.join(QStringLiteral(", "))),
            QJsonArray{route->operationId}));

    call.method = method;
    call.path = rawPath;
    call.params = params;
    call.query = QUrlQuery(QString::fromUtf8(request.rawQuery));
    // The front's own parameters: handlers (and the links they write) never see them.
    call.query.removeAllQueryItems(QStringLiteral("envelope"));
    call.query.removeAllQueryItems(QStringLiteral("pretty"));
    call.now = m_now();
    call.body = request.body;
    call.takeRestoreFault = [this, path] { return takeRestoreFault(path); };
    const QByteArray host = request.header("host");
    call.baseUrl = QString::fromLatin1(request.secure ? "https://" : "http://") +
                   QString::fromLatin1(host.isEmpty() ? QByteArray("127.0.0.1") : host);

    Reply reply = route->handler(call);
    if (unversioned) reply.versioned = false;
    if (reply.versioned && reply.status < 300) {
        answer->contentType = "application/vnd.atlas." + call.version.toLatin1() + "+json;charset=utf-8";
        const QString sunset = route->sunsets.value(call.version);
        if (!sunset.isEmpty()) {
            reply.header("Deprecation", "true");
            reply.header("Sunset", sunset.toLatin1());
        }
    }
    if (method != "GET" && method != "HEAD" && afterWrite) afterWrite();
    return withLimit(reply);
}

HttpAnswer Server::handle(const HttpRequest &request)
{
    ++m_requests;
    if (observer) observer(request.method, request.rawPath, request.rawQuery);
    const QByteArray &method = request.method;
    const QString path = QUrl::fromPercentEncoding(request.rawPath);
    HttpAnswer answer;
    Fault fault;
    const bool faulty = takeFault(method, path, &fault);
    if (faulty && fault.kind == Fault::Kind::Reset) {
        spdlog::info("fault: reset {} {}", method.constData(), path.toStdString());
        answer.action = HttpAnswer::Action::Reset;
        return answer;
    }

    Reply reply;
    if (faulty && fault.kind == Fault::Kind::Status) {
        spdlog::info("fault: {} for {} {}", fault.status, method.constData(), path.toStdString());
        reply = fault.status == 429
                    ? Reply::error(429, QStringLiteral("RATE_LIMITED"),
                                   QStringLiteral("Rate limit exceeded for %1. Please retry later.").arg(path))
                    : Reply::error(fault.status,
                                   fault.status >= 500 ? QStringLiteral("UNEXPECTED_ERROR")
                                                       : QStringLiteral("INJECTED_FAULT"),
                                   QStringLiteral("An injected fault answered %1.").arg(fault.status));
        if (fault.retryAfterSeconds >= 0) reply.header("Retry-After", QByteArray::number(fault.retryAfterSeconds));
        if (fault.status == 429) {
            reply.header("RateLimit-Limit", "1200");
            reply.header("RateLimit-Remaining", "0");
        }
    } else {
        reply = dispatch(request, &answer);
        if (!request.rawPath.startsWith("/api/oauth/")) {
            const QUrlQuery query(QString::fromUtf8(request.rawQuery));
            if (reply.status >= 400)
                answer.errorCode =
                    QJsonDocument::fromJson(reply.body).object().value(QLatin1String("errorCode")).toString();
            shape(reply, flag(query, QStringLiteral("envelope")), flag(query, QStringLiteral("pretty")));
        }
    }
    // Applied, then the answer is lost: only a request the server answered with a 2xx.
    Fault after;
    if (!faulty && reply.status < 300 && takeAfterApplyFault(method, path, &after)) {
        if (after.kind == Fault::Kind::ResetAfterApply) {
            spdlog::info("fault: {} {} applied, then the connection is reset", method.constData(), path.toStdString());
            answer.action = HttpAnswer::Action::Reset;
            return answer;
        }
        spdlog::info("fault: {} {} applied, then answered {}", method.constData(), path.toStdString(), after.status);
        reply = Reply::error(
            after.status, after.status >= 500 ? QStringLiteral("UNEXPECTED_ERROR") : QStringLiteral("INJECTED_FAULT"),
            QStringLiteral("An injected fault answered %1 (after the request was applied).").arg(after.status));
        answer.contentType.clear();
        if (after.retryAfterSeconds >= 0) reply.header("Retry-After", QByteArray::number(after.retryAfterSeconds));
    }
    if (answer.errorCode.isEmpty() && reply.status >= 400)
        answer.errorCode = QJsonDocument::fromJson(reply.body).object().value(QLatin1String("errorCode")).toString();

    answer.status = reply.status;
    answer.body = reply.body;
    answer.headers = reply.headers;
    if (!answer.contentType.startsWith("application/vnd.atlas."))
        answer.contentType = reply.contentType.isEmpty() ? QByteArray("application/json") : reply.contentType;
    if (faulty && fault.kind == Fault::Kind::Truncate) answer.action = HttpAnswer::Action::Truncate;
    if (faulty && fault.kind == Fault::Kind::Malformed)
        answer.body = answer.body.left(qMax<qsizetype>(1, answer.body.size() / 3)) + "\x01<html>";
    if (faulty && fault.kind == Fault::Kind::Delay) answer.delayMs = fault.delayMs;
    return answer;
}

}  // namespace sandbox
