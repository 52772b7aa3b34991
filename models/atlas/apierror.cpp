#include "atlas/apierror.h"

#include "atlas/mapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

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
    case ErrorKind::Certificate: return tr("Lifeboat refused the server's TLS certificate, so nothing was sent.");
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
    case ErrorKind::Certificate: return QStringLiteral("Certificate");
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
        for (const QJsonValue &v : obj->value(QLatin1String("parameters")).toArray())
            e.parameters.append(
                v.isString()
                    ? v.toString()
                    : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
        const QJsonObject bad = obj->value(QLatin1String("badRequestDetail")).toObject();
        for (const QJsonValue &v : bad.value(QLatin1String("fields")).toArray()) {
            const QJsonObject f = v.toObject();
            e.fieldViolations.append(
                {mapping::text(f, QLatin1String("field")), mapping::text(f, QLatin1String("description"))});
        }
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
    // Spelled out: lupdate would file a bare tr() here under ApiError, which has no tr().
    if (e.kind == ErrorKind::Network && !qtMessage.isEmpty())
        e.message += u' ' + QCoreApplication::translate("lifeboat::atlas", "(%1)").arg(qtMessage);
    return e;
}

ApiError ApiError::invalidResponse(const QString &why)
{
    ApiError e;
    e.kind = ErrorKind::InvalidResponse;
    e.detail = why;
    e.message = plainWords(e) + u' ' + QCoreApplication::translate("lifeboat::atlas", "(%1)").arg(why);
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

CertificateProblem certificateProblemOf(QSslError::SslError error)
{
    switch (error) {
    case QSslError::NoError: return CertificateProblem::None;
    case QSslError::CertificateExpired: return CertificateProblem::Expired;
    case QSslError::CertificateNotYetValid: return CertificateProblem::NotYetValid;
    case QSslError::HostNameMismatch: return CertificateProblem::WrongHost;
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain: return CertificateProblem::SelfSigned;
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
    case QSslError::CertificateBlacklisted: return CertificateProblem::Untrusted;
    case QSslError::CertificateRevoked: return CertificateProblem::Revoked;
    default: return CertificateProblem::Other;
    }
}

QString certificateProblemText(CertificateProblem problem, const QString &host)
{
    switch (problem) {
    case CertificateProblem::None: return QString();
    case CertificateProblem::Expired: return tr("The certificate of %1 has expired.").arg(host);
    case CertificateProblem::NotYetValid:
        return tr("The certificate of %1 is not valid yet (check this computer's clock).").arg(host);
    case CertificateProblem::WrongHost: return tr("The certificate was issued for another host, not for %1.").arg(host);
    case CertificateProblem::SelfSigned:
        return tr("The certificate of %1 is self-signed and not the one pinned for this connection.").arg(host);
    case CertificateProblem::Untrusted:
        return tr("The certificate of %1 is not signed by an authority this connection trusts.").arg(host);
    case CertificateProblem::Revoked: return tr("The certificate of %1 has been revoked.").arg(host);
    case CertificateProblem::Other: return tr("The certificate of %1 could not be verified.").arg(host);
    }
    return QString();
}

ApiError ApiError::certificate(const QList<QSslError> &errors, const QString &host)
{
    ApiError e;
    e.kind = ErrorKind::Certificate;
    // The most telling problem first: an expired or wrong-host certificate says more
    // than "untrusted", which often comes along with them.
    static const CertificateProblem order[] = {CertificateProblem::Expired,    CertificateProblem::NotYetValid,
                                               CertificateProblem::WrongHost,  CertificateProblem::Revoked,
                                               CertificateProblem::SelfSigned, CertificateProblem::Untrusted,
                                               CertificateProblem::Other};
    QStringList qtWords;
    for (const QSslError &err : errors) qtWords.append(err.errorString());
    for (CertificateProblem p : order) {
        const bool seen = std::any_of(errors.cbegin(), errors.cend(),
                                      [p](const QSslError &err) { return certificateProblemOf(err.error()) == p; });
        if (seen) {
            e.certificateProblem = p;
            break;
        }
    }
    if (e.certificateProblem == CertificateProblem::None) e.certificateProblem = CertificateProblem::Other;
    e.detail = qtWords.join(QStringLiteral("; "));
    e.reason = certificateProblemText(e.certificateProblem, host);
    e.message = plainWords(e) + u' ' + e.reason;
    return e;
}

}  // namespace lifeboat::atlas
