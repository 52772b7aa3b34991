#pragma once
// The transport under every Atlas operation, on QNetworkAccessManager: auth (digest or
// a service account's bearer token), media types, paging, retry, TLS trust, typed
// errors. Lives in one thread (the worker's); every callback runs in that thread.
// Nothing here blocks. Endpoint knowledge (paths, which API) is in ops/, not here.
#include "atlas/apierror.h"
#include "atlas/connection.h"
#include "atlas/tokencache.h"
#include "domain/types.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QUrlQuery>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;
class QAuthenticator;

namespace lifeboat::atlas {

// The values this layer maps and returns are the domain's.
using namespace lifeboat::domain;

template <typename T>
struct Result {
    T value{};
    ApiError error;
    bool ok() const { return !error.isError(); }
};

template <typename T>
using Callback = std::function<void(Result<T>)>;

using RequestId = quint64;

// One endpoint as an operation calls it. `operation` names it in logs and in the
// deprecation notice ("listSnapshots"); empty: the method and path stand in.
struct Endpoint {
    QString operation;
    QString path;     // under the base URL, e.g. "/api/atlas/v2/groups"
    QString version;  // the media type version asked for (mediatypes.h)
};

class Transport : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Callback = atlas::Callback<T>;

    explicit Transport(ClientOptions options, QObject *parent = nullptr);
    ~Transport() override;

    const ClientOptions &options() const { return m_options; }
    // Set when the options cannot be used (e.g. plain http to a remote host, an
    // unreadable pinned certificate): every request then fails at once with this
    // error, nothing is sent.
    std::optional<ApiError> configurationError() const { return m_configError; }

    // --- Low level: a path under the base URL, e.g. "/api/atlas/v2/groups". ---
    // GET, retried on network errors, 5xx and 429.
    RequestId get(const QString &path, const QString &version, const QUrlQuery &query, Callback<QByteArray> done);
    RequestId get(const Endpoint &endpoint, const QUrlQuery &query, Callback<QByteArray> done);
    // POST / PATCH / PUT / DELETE: never retried on its own (only re-sent after a
    // refused, expired bearer token, when the server did nothing).
    RequestId send(const QByteArray &method, const QString &path, const QString &version, const QByteArray &jsonBody,
                   Callback<QByteArray> done);
    RequestId send(const QByteArray &method, const Endpoint &endpoint, const QByteArray &jsonBody,
                   Callback<QByteArray> done);
    RequestId send(const QByteArray &method, const Endpoint &endpoint, const QUrlQuery &query,
                   const QByteArray &jsonBody, Callback<QByteArray> done);
    // Every page of a paginated list, concatenated `results`.
    RequestId getAllPages(const QString &path, const QString &version, const QUrlQuery &query,
                          Callback<QJsonArray> done);
    RequestId getAllPages(const Endpoint &endpoint, const QUrlQuery &query, Callback<QJsonArray> done);

    // For operations that chain requests (a lookup, then a list): an id given out
    // first, and requests under it, so cancel(id) stops the whole chain.
    RequestId reserveId() { return nextId(); }
    RequestId get(RequestId id, const Endpoint &endpoint, const QUrlQuery &query, Callback<QByteArray> done);
    RequestId getAllPages(RequestId id, const Endpoint &endpoint, const QUrlQuery &query, Callback<QJsonArray> done);

    // The callback of a cancelled request gets ErrorKind::Cancelled.
    void cancel(RequestId id);
    void cancelAll();
    int pendingCount() const { return int(m_calls.size()); }

    static QString segment(const QString &value);  // percent-encodes one path segment

    // The server's clock: every answer's Date header (RFC 9110 IMF-fixdate; RFC 850 and
    // asctime forms too) is kept as an offset from this machine's clock, so serverNow()
    // is "now" as the server sees it, a skewed desktop or a sandbox at --speed
    // notwithstanding. The last answer decides: when it had no Date, or one that does not
    // parse, serverNow() is the local clock and serverClockKnown() is false.
    QDateTime serverNow() const;
    bool serverClockKnown() const { return m_serverClockKnown; }
    qint64 serverClockOffsetMs() const { return m_serverOffsetMs; }  // server minus local
    // A Date header's value as UTC; invalid when missing or garbled.
    static QDateTime parseHttpDate(const QByteArray &value);

signals:
    // One per HTTP exchange (not per logical request); status 0 for a network failure.
    void exchangeFinished(const QByteArray &method, const QString &path, int status, qint64 ms);
    void retryScheduled(const QString &path, int retry, int delayMs, int status);
    void tokenFetched();
    // The server marked the version it served for `operation` as deprecated
    // (Deprecation / Sunset headers). Once per operation and client; `sunset` is
    // invalid when the server gave no date.
    void deprecationNoticed(const QString &operation, const QString &servedVersion, const QDateTime &sunset);
    // An answer moved the server's clock as known here (known: its Date was readable).
    void serverClockChanged(bool known, qint64 offsetMs);

private:
    struct Call;
    using RawDone = std::function<void(int status, const QByteArray &body, const ApiError &error)>;

    RequestId nextId() { return ++m_lastId; }
    RequestId startCall(RequestId id, const QByteArray &method, const Endpoint &endpoint, const QUrlQuery &query,
                        const QByteArray &body, bool retryable, RawDone done);
    void dispatch(const std::shared_ptr<Call> &call);
    void sendNow(const std::shared_ptr<Call> &call, const QByteArray &bearer);
    void onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void finish(const std::shared_ptr<Call> &call, int status, const QByteArray &body, const ApiError &error);
    void scheduleRetry(const std::shared_ptr<Call> &call, int delay);
    void noteServerDate(QNetworkReply *reply);
    void noticeDeprecation(const std::shared_ptr<Call> &call, QNetworkReply *reply, const QString &servedVersion);
    void fetchToken();
    void onTokenReply(QNetworkReply *reply);
    void onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator);
    void fetchPage(RequestId id, const Endpoint &endpoint, const QUrlQuery &query, int pageNum,
                   std::shared_ptr<QJsonArray> acc, Callback<QJsonArray> done);
    QUrl urlFor(const QString &path, const QUrlQuery &query) const;
    void applyTls(class QNetworkRequest &request) const;
    ApiError transportError(QNetworkReply *reply) const;

    ClientOptions m_options;
    std::optional<ApiError> m_configError;
    QNetworkAccessManager *m_nam;
    // Mutating calls go through a pool of their own, each after a GET that authenticates
    // the connection it will use (see OneShotBody in transport.cpp).
    QNetworkAccessManager *m_mutationNam = nullptr;
    QNetworkAccessManager *mutationNam();
    void setUp(QNetworkAccessManager *nam);
    QList<QSslCertificate> m_pinned;  // the only CA trusted when the options pin one
    TokenCache m_token;
    QPointer<QNetworkReply> m_tokenReply;
    std::vector<std::shared_ptr<Call>> m_waitingForToken;
    std::unordered_map<RequestId, std::shared_ptr<Call>> m_calls;
    QSet<QString> m_deprecationsSeen;
    RequestId m_lastId = 0;
    qint64 m_serverOffsetMs = 0;
    bool m_serverClockKnown = false;
};

}  // namespace lifeboat::atlas
