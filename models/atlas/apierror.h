#pragma once
// Typed errors of the Atlas client, with a message in plain words for the user.
// The message never contains credentials: it is built only from the status, the
// server's errorCode/detail and the request path.
#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>
#include <QStringList>

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
    Server,  // 5xx
    BadRequest,
    Conflict,
    InvalidResponse,  // not the JSON we expected
    Cancelled,
    InvalidConfiguration,  // refused before sending (e.g. plain http to a remote host)
    Certificate,           // the server's TLS certificate was refused (expired, wrong host, self-signed, untrusted)
};

// Why a TLS certificate was refused, as the user can act on it.
enum class CertificateProblem { None, Expired, NotYetValid, WrongHost, SelfSigned, Untrusted, Revoked, Other };

// One entry of Atlas's badRequestDetail.fields.
struct FieldViolation {
    QString field;  // a path into the request body, e.g. "retentionInDays"
    QString description;
};

QString errorKindName(ErrorKind kind);  // "Unauthorized", ... for logs and tests

struct ApiError {
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;
    QString errorCode;  // Atlas errorCode, e.g. RESOURCE_NOT_FOUND
    QString detail;     // Atlas detail, as sent
    QString reason;
    QString message;  // plain words for the user
    int retryAfterSeconds = -1;
    QStringList parameters;                 // Atlas parameters, as text (e.g. the cluster name)
    QList<FieldViolation> fieldViolations;  // badRequestDetail.fields
    // Filled by the transport, not by fromHttp():
    QString operation;      // the operation that failed, e.g. "listSnapshots"
    QString requestId;      // X-Request-Id of the answer, when the server sent one
    QString servedVersion;  // the version named by the answer's Content-Type, when any
    CertificateProblem certificateProblem = CertificateProblem::None;  // for ErrorKind::Certificate

    bool isError() const { return kind != ErrorKind::None; }

    // From an HTTP answer (status >= 400) and its body (ApiError JSON or anything else).
    static ApiError fromHttp(int status, const QByteArray &body, int retryAfterSeconds = -1);
    static ApiError network(QNetworkReply::NetworkError code, const QString &qtMessage);
    static ApiError invalidResponse(const QString &why);
    static ApiError cancelled();
    static ApiError invalidConfiguration(const QString &why);
    // From the TLS errors Qt reported for the handshake (the first that explains it wins).
    static ApiError certificate(const QList<QSslError> &errors, const QString &host);
};

// The problem one Qt TLS error stands for, and its words ("the certificate has expired").
CertificateProblem certificateProblemOf(QSslError::SslError error);
QString certificateProblemText(CertificateProblem problem, const QString &host);

}  // namespace lifeboat::atlas
