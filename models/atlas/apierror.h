#pragma once
// Typed errors of the Atlas client, with a message in plain words for the user.
// The message never contains credentials: it is built only from the status, the
// server's errorCode/detail and the request path.
#include <QByteArray>
#include <QNetworkReply>
#include <QString>

namespace lifeboat::atlas {

enum class ErrorKind {
    None,
    Network,
    Unauthorized,        // 401: wrong or revoked key / service account
    Forbidden,           // 403: the key lacks the role
    AccessListRequired,  // 403 with RESOURCE_REQUIRES_ACCESS_LIST / ORG_REQUIRES_ACCESS_LIST
    NotFound,
    UnsupportedVersion,  // 406 (or 410 VERSION_GONE): the media type version is not served
    RateLimited,
    Server,              // 5xx
    BadRequest,
    Conflict,
    InvalidResponse,     // not the JSON we expected
    Cancelled,
    InvalidConfiguration,  // refused before sending (e.g. plain http to a remote host)
};

QString errorKindName(ErrorKind kind);  // "Unauthorized", ... for logs and tests

struct ApiError {
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;
    QString errorCode;  // Atlas errorCode, e.g. RESOURCE_NOT_FOUND
    QString detail;     // Atlas detail, as sent
    QString reason;
    QString message;    // plain words for the user
    int retryAfterSeconds = -1;

    bool isError() const { return kind != ErrorKind::None; }

    // From an HTTP answer (status >= 400) and its body (ApiError JSON or anything else).
    static ApiError fromHttp(int status, const QByteArray &body, int retryAfterSeconds = -1);
    static ApiError network(QNetworkReply::NetworkError code, const QString &qtMessage);
    static ApiError invalidResponse(const QString &why);
    static ApiError cancelled();
    static ApiError invalidConfiguration(const QString &why);
};

}  // namespace lifeboat::atlas
