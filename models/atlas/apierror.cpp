#include "atlas/apierror.h"

#include "atlas/mapping.h"

#include <QCoreApplication>

namespace lifeboat::atlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lifeboat::atlas", text);
}

ErrorKind kindFor(int status, const QString &errorCode)
{
    if (errorCode == u"RESOURCE_REQUIRES_ACCESS_LIST" || errorCode == u"ORG_REQUIRES_ACCESS_LIST")
        return ErrorKind::AccessListRequired;
    if (errorCode == u"VERSION_GONE" || errorCode == u"INVALID_VERSION_DATE") return ErrorKind::UnsupportedVersion;
    switch (status) {
    case 400: return ErrorKind::BadRequest;
    case 401: return ErrorKind::Unauthorized;
    case 403: return ErrorKind::Forbidden;
    case 404: return ErrorKind::NotFound;
    case 406: return ErrorKind::UnsupportedVersion;
    case 409: return ErrorKind::Conflict;
    case 410: return ErrorKind::UnsupportedVersion;
    case 429: return ErrorKind::RateLimited;
    default: break;
    }
    if (status >= 500) return ErrorKind::Server;
    if (status >= 400) return ErrorKind::BadRequest;
    return ErrorKind::InvalidResponse;
}

QString plainWords(const ApiError &e)
{
    switch (e.kind) {
    case ErrorKind::None: return QString();
    case ErrorKind::Network: return tr("Atlas could not be reached. Check the network connection and the base URL.");
    case ErrorKind::Unauthorized:
        return tr("Atlas refused the credentials. Check the API key or service account; it may have been revoked or "
                  "mistyped.");
    case ErrorKind::Forbidden:
        return tr("The credentials work but lack the role this needs (for example Project Read Only or Backup "
                  "Manager).");
    case ErrorKind::AccessListRequired:
        return tr("Atlas requires calls from an address on the API access list. Add this machine's public IP "
                  "address to the key's or organization's access list.");
    case ErrorKind::NotFound: return tr("Atlas says this no longer exists, or the credentials cannot see it.");
    case ErrorKind::UnsupportedVersion:
        return tr("Atlas does not serve the API version Lifeboat asked for. Lifeboat may need an update.");
    case ErrorKind::RateLimited: return tr("Atlas is rate limiting requests. Try again in a minute.");
    case ErrorKind::Server: return tr("Atlas had an internal error. Try again later.");
    case ErrorKind::BadRequest: return tr("Atlas rejected the request as invalid.");
    case ErrorKind::Conflict: return tr("Atlas refused because of a conflicting operation already in progress.");
    case ErrorKind::InvalidResponse: return tr("Atlas sent an answer Lifeboat could not read.");
    case ErrorKind::Cancelled: return tr("The request was cancelled.");
    case ErrorKind::InvalidConfiguration: return tr("The connection settings are not valid.");
    }
    return QString();
}

QString withDetail(const QString &message, const QString &detail)
{
    return detail.isEmpty() ? message : message + u' ' + tr("Atlas said: %1").arg(detail);
}

}  // namespace

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return QStringLiteral("None");
    case ErrorKind::Network: return QStringLiteral("Network");
    case ErrorKind::Unauthorized: return QStringLiteral("Unauthorized");
    case ErrorKind::Forbidden: return QStringLiteral("Forbidden");
    case ErrorKind::AccessListRequired: return QStringLiteral("AccessListRequired");
    case ErrorKind::NotFound: return QStringLiteral("NotFound");
    case ErrorKind::UnsupportedVersion: return QStringLiteral("UnsupportedVersion");
    case ErrorKind::RateLimited: return QStringLiteral("RateLimited");
    case ErrorKind::Server: return QStringLiteral("Server");
    case ErrorKind::BadRequest: return QStringLiteral("BadRequest");
    case ErrorKind::Conflict: return QStringLiteral("Conflict");
    case ErrorKind::InvalidResponse: return QStringLiteral("InvalidResponse");
    case ErrorKind::Cancelled: return QStringLiteral("Cancelled");
    case ErrorKind::InvalidConfiguration: return QStringLiteral("InvalidConfiguration");
    }
    return QStringLiteral("Unknown");
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, int retryAfterSeconds)
{
    ApiError e;
    e.httpStatus = status;
    e.retryAfterSeconds = retryAfterSeconds;
    // The body is usually an ApiError object; anything else still gives a typed error.
    if (const auto obj = mapping::parseObject(body, nullptr)) {
        e.errorCode = mapping::text(*obj, QLatin1String("errorCode"));
        e.detail = mapping::text(*obj, QLatin1String("detail"));
        e.reason = mapping::text(*obj, QLatin1String("reason"));
    }
    e.kind = kindFor(status, e.errorCode);
    e.message = plainWords(e);
    if (e.kind != ErrorKind::Unauthorized) e.message = withDetail(e.message, e.detail);
    return e;
}

ApiError ApiError::network(QNetworkReply::NetworkError code, const QString &qtMessage)
{
    ApiError e;
    e.kind = code == QNetworkReply::OperationCanceledError ? ErrorKind::Cancelled : ErrorKind::Network;
    e.detail = qtMessage;
    e.message = plainWords(e);
    if (e.kind == ErrorKind::Network && !qtMessage.isEmpty()) e.message += u' ' + tr("(%1)").arg(qtMessage);
    return e;
}

ApiError ApiError::invalidResponse(const QString &why)
{
    ApiError e;
    e.kind = ErrorKind::InvalidResponse;
    e.detail = why;
    e.message = plainWords(e) + u' ' + tr("(%1)").arg(why);
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = ErrorKind::Cancelled;
    e.message = plainWords(e);
    return e;
}

ApiError ApiError::invalidConfiguration(const QString &why)
{
    ApiError e;
    e.kind = ErrorKind::InvalidConfiguration;
    e.detail = why;
    e.message = plainWords(e) + u' ' + why;
    return e;
}

}  // namespace lifeboat::atlas
