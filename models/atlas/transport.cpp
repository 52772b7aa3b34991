#include "atlas/transport.h"

#include "atlas/mapping.h"
#include "atlas/mediatypes.h"

#include <QAuthenticator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace lifeboat::atlas {

struct Transport::Call {
    RequestId id = 0;
    QByteArray method;
    QString operation;
    QString path;
    QString version;
    QUrlQuery query;
    QByteArray body;
    bool retryable = false;
    int attempt = 0;  // HTTP exchanges sent so far
    bool usedBearer = false;
    bool bearerRetried = false;
    bool challengeResent = false;  // a one-shot body sent again after a digest challenge
    bool primed = false;           // the connection for a one-shot body was authenticated first
    bool cancelled = false;
    QPointer<QNetworkReply> reply;
    QPointer<QTimer> retryTimer;
    QElapsedTimer clock;
    RawDone done;
};

namespace {

constexpr const char *kDigestTried = "lifeboat_digest_tried";
constexpr const char *kSslErrors = "lifeboat_ssl_errors";

// A request body Qt can read only once. Qt's HTTP layer silently sends a request
// again when its connection drops before the answer; for a mutating call that is a
// blind retry. With a body that cannot be rewound Qt fails the reply instead
// (ContentReSendError), and the caller re-reads the server's state.
class OneShotBody : public QIODevice {
public:
    OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min(max, qint64(m_data.size()) - m_pos);
        if (n <= 0) return m_pos >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

bool isNetworkLayerError(QNetworkReply::NetworkError e)
{
    // Qt numbers transport-level failures 1..99; 100+ are proxy/HTTP-status mappings.
    return e >= 1 && e <= 99;
}

// "application/vnd.atlas.2023-01-01+json;charset=utf-8" -> "2023-01-01"
QString versionOfContentType(const QByteArray &contentType)
{
    static const QRegularExpression re(QStringLiteral("vnd\\.atlas\\.([0-9]{4}-[0-9]{2}-[0-9]{2})"));
    const auto m = re.match(QString::fromLatin1(contentType));
    return m.hasMatch() ? m.captured(1) : QString();
}

// A path with its ids left out, so one operation logs once whatever it was called
// on: "/api/atlas/v2/groups/abc/clusters/c0/backup/snapshots" -> ".../groups/{}/clusters/{}/backup/snapshots".
QString pathTemplate(const QString &path)
{
    static const QSet<QString> collections = {
        QStringLiteral("groups"),        QStringLiteral("orgs"),           QStringLiteral("clusters"),
        QStringLiteral("flexClusters"),  QStringLiteral("restoreJobs"),    QStringLiteral("exports"),
        QStringLiteral("exportBuckets"), QStringLiteral("onlineArchives"), QStringLiteral("collectionRestoreJobs"),
        QStringLiteral("snapshots"),     QStringLiteral("databases")};
    QStringList parts = path.split(u'/');
    for (int i = 1; i < parts.size(); ++i)
        if (collections.contains(parts[i - 1])) parts[i] = QStringLiteral("{}");
    return parts.join(u'/');
}

// Sunset is an HTTP-date (RFC 8594); the sandbox also sends a plain ISO date.
QDateTime parseSunset(const QByteArray &value)
{
    const QString v = QString::fromLatin1(value).trimmed();
    if (v.isEmpty()) return {};
    QDateTime t = QLocale::c().toDateTime(v, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!t.isValid()) t = QDateTime::fromString(v, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (d.isValid()) t = d.startOfDay(Qt::UTC);
    }
    if (t.isValid()) t.setTimeSpec(Qt::UTC);
    return t;
}

}  // namespace

QDateTime Transport::parseHttpDate(const QByteArray &value)
{
    const QString v = QString::fromLatin1(value).simplified();
    if (v.isEmpty()) return {};
    const QLocale c = QLocale::c();
    // IMF-fixdate, RFC 850, asctime (RFC 9110 5.6.7), then ISO 8601 as a courtesy.
    for (const QString &format :
         {QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"), QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"),
          QStringLiteral("ddd MMM d HH:mm:ss yyyy")}) {
        QDateTime t = c.toDateTime(v, format);
        if (t.isValid()) {
            if (format.contains(QLatin1String("yy HH")) && t.date().year() < 1970) t = t.addYears(100);
            t.setTimeSpec(Qt::UTC);
            return t;
        }
    }
    QDateTime t = QDateTime::fromString(v, Qt::ISODate);
    if (t.isValid() && (v.endsWith(u'Z') || v.contains(u'+'))) return t.toUTC();
    return {};
}

QDateTime Transport::serverNow() const
{
    const QDateTime local = QDateTime::currentDateTimeUtc();
    return m_serverClockKnown ? local.addMSecs(m_serverOffsetMs) : local;
}

void Transport::noteServerDate(QNetworkReply *reply)
{
    const QDateTime date = parseHttpDate(reply->rawHeader("Date"));
    const bool known = date.isValid();
    // The header has whole seconds: the server's second began at most 1 s before we read it;
    // half a second is the best guess inside it.
    const qint64 offset = known ? QDateTime::currentDateTimeUtc().msecsTo(date) + 500 : 0;
    if (!known && m_serverClockKnown)
        spdlog::warn("atlas: an answer had no readable Date header ({}); using this machine's clock",
                     reply->rawHeader("Date").isEmpty() ? "missing" : "garbled");
    const bool changed = known != m_serverClockKnown || std::abs(offset - m_serverOffsetMs) >= 1000;
    m_serverClockKnown = known;
    m_serverOffsetMs = offset;
    if (changed) emit serverClockChanged(known, offset);
}

Transport::Transport(ClientOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_nam(new QNetworkAccessManager(this)),
      m_token(m_options.tokenRenewMarginSeconds)
{
    if (const auto problem = baseUrlProblem(m_options.baseUrl))
        m_configError = ApiError::invalidConfiguration(*problem);
    if (!m_options.pinnedCaCertificate.isEmpty()) {
        m_pinned = QSslCertificate::fromData(m_options.pinnedCaCertificate, QSsl::Pem);
        if (m_pinned.isEmpty() && !m_configError)
            m_configError = ApiError::invalidConfiguration(
                tr("The pinned certificate of this connection is not a PEM certificate."));
    }
    m_options.itemsPerPage = std::clamp(m_options.itemsPerPage, 1, 500);
    m_options.retry.maxAttempts = std::max(1, m_options.retry.maxAttempts);
    setUp(m_nam);
}

void Transport::setUp(QNetworkAccessManager *nam)
{
    // Never follow a redirect to another origin: it would carry the bearer token there.
    nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    connect(nam, &QNetworkAccessManager::authenticationRequired, this, &Transport::onAuthenticationRequired);
    // Only remembered, to say why the handshake failed; never ignored.
    connect(nam, &QNetworkAccessManager::sslErrors, this, [](QNetworkReply *reply, const QList<QSslError> &errors) {
        reply->setProperty(kSslErrors, QVariant::fromValue(errors));
    });
}

QNetworkAccessManager *Transport::mutationNam()
{
    if (!m_mutationNam) {
        m_mutationNam = new QNetworkAccessManager(this);
        setUp(m_mutationNam);
    }
    return m_mutationNam;
}

Transport::~Transport()
{
    // Callbacks must not run during destruction; drop them and abort what is in flight.
    for (auto &[id, call] : m_calls) {
        call->cancelled = true;
        call->done = nullptr;
        if (call->reply) {
            QNetworkReply *r = call->reply;
            call->reply = nullptr;
            r->abort();
        }
    }
    m_calls.clear();
    m_waitingForToken.clear();
    if (m_tokenReply) {
        m_tokenReply->disconnect(this);
        m_tokenReply->abort();
    }
}

QString Transport::segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QUrl Transport::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_options.baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/')) base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    url.setQuery(query);
    return url;
}

void Transport::applyTls(QNetworkRequest &request) const
{
    if (m_pinned.isEmpty()) return;  // the system trust store, as Qt sets it up
    // The pinned certificate and nothing else: not the system's CAs, so a pinned
    // profile trusts exactly one server.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_pinned);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);
}

ApiError Transport::transportError(QNetworkReply *reply) const
{
    const QList<QSslError> ssl = reply->property(kSslErrors).value<QList<QSslError>>();
    if (!ssl.isEmpty()) return ApiError::certificate(ssl, reply->url().host());
    QNetworkReply::NetworkError e = reply->error();
    // We did not cancel it (cancel() detaches the reply first), so Qt aborted it: the
    // transfer timeout. That is a network problem, not a user's cancellation.
    if (e == QNetworkReply::OperationCanceledError) e = QNetworkReply::TimeoutError;
    return ApiError::network(e, reply->errorString());
}

RequestId Transport::startCall(RequestId id, const QByteArray &method, const Endpoint &endpoint, const QUrlQuery &query,
                               const QByteArray &body, bool retryable, RawDone done)
{
    auto call = std::make_shared<Call>();
    call->id = id;
    call->method = method;
    call->operation = endpoint.operation.isEmpty() ? QString::fromLatin1(method) + u' ' + pathTemplate(endpoint.path)
                                                   : endpoint.operation;
    call->path = endpoint.path;
    call->version = endpoint.version;
    call->query = query;
    call->body = body;
    call->retryable = retryable;
    call->done = std::move(done);
    m_calls[id] = call;
    if (m_configError) {
        // Answer later, never from inside the caller's own call.
        QTimer::singleShot(0, this, [this, call] {
            if (!call->cancelled) finish(call, 0, {}, *m_configError);
        });
        return id;
    }
    dispatch(call);
    return id;
}

void Transport::dispatch(const std::shared_ptr<Call> &call)
{
    if (m_options.credentials.kind != Credentials::Kind::ServiceAccount) {
        sendNow(call, {});
        return;
    }
    if (const auto token = m_token.validToken(QDateTime::currentDateTimeUtc())) {
        sendNow(call, *token);
        return;
    }
    m_waitingForToken.push_back(call);
    fetchToken();
}

void Transport::sendNow(const std::shared_ptr<Call> &call, const QByteArray &bearer)
{
    // Every mutation goes out with a one-shot body, an empty one too: Qt resends a request
    // whose reused connection was reset before any answer unless its body cannot be rewound
    // (a DELETE applied, then the answer lost, would come back as a 404). A one-shot body
    // cannot answer a digest challenge, which every new connection gets: authenticate the
    // mutation pool's idle connection with a small GET first.
    const bool oneShot = call->method != "GET";
    if (oneShot && m_options.credentials.kind == Credentials::Kind::ApiKey && !call->primed) {
        call->primed = true;
        QUrlQuery one;
        one.addQueryItem(QStringLiteral("itemsPerPage"), QStringLiteral("1"));
        QNetworkRequest probe(urlFor(QStringLiteral("/api/atlas/v2/orgs"), one));
        applyTls(probe);
        probe.setRawHeader("Accept", versions::mediaType(versions::kDefault));
        probe.setRawHeader("User-Agent", m_options.userAgent);
        probe.setTransferTimeout(m_options.transferTimeoutMs);
        QNetworkReply *primer = mutationNam()->get(probe);
        call->reply = primer;
        connect(primer, &QNetworkReply::finished, this, [this, call, primer, bearer] {
            primer->deleteLater();
            if (call->reply != primer) return;  // cancelled meanwhile
            call->reply = nullptr;
            sendNow(call, bearer);  // whatever the GET said, the mutating call answers for itself
        });
        return;
    }
    QNetworkRequest request(urlFor(call->path, call->query));
    applyTls(request);
    request.setRawHeader("Accept", versions::mediaType(call->version));
    request.setRawHeader("User-Agent", m_options.userAgent);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    if (!call->body.isEmpty()) request.setRawHeader("Content-Type", versions::mediaType(call->version));
    call->usedBearer = !bearer.isEmpty();
    if (call->usedBearer) request.setRawHeader("Authorization", "Bearer " + bearer);

    ++call->attempt;
    call->clock.start();
    QNetworkReply *reply = nullptr;
    if (call->method == "GET") {
        reply = m_nam->get(request);
    } else {
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->body.size());
        auto *body = new OneShotBody(call->body, nullptr);
        reply = mutationNam()->sendCustomRequest(request, call->method, body);
        body->setParent(reply);
    }
    call->reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { onFinished(call, reply); });
}

void Transport::scheduleRetry(const std::shared_ptr<Call> &call, int delay)
{
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    call->retryTimer = timer;
    connect(timer, &QTimer::timeout, this, [this, call, timer] {
        timer->deleteLater();
        if (!call->cancelled) dispatch(call);
    });
    timer->start(delay);
}

void Transport::noticeDeprecation(const std::shared_ptr<Call> &call, QNetworkReply *reply, const QString &servedVersion)
{
    const QByteArray deprecation = reply->rawHeader("Deprecation");
    const QByteArray sunsetHeader = reply->rawHeader("Sunset");
    if (deprecation.isEmpty() && sunsetHeader.isEmpty()) return;
    if (deprecation.trimmed().compare("false", Qt::CaseInsensitive) == 0 && sunsetHeader.isEmpty()) return;
    const QString key = call->operation + u'@' + servedVersion;
    if (m_deprecationsSeen.contains(key)) return;
    m_deprecationsSeen.insert(key);
    const QDateTime sunset = parseSunset(sunsetHeader);
    spdlog::warn("atlas: {} is served as version {}, which Atlas has deprecated{}{}; Lifeboat may need an update",
                 call->operation.toStdString(),
                 servedVersion.isEmpty() ? call->version.toStdString() : servedVersion.toStdString(),
                 sunset.isValid() ? " (sunset " : "",
                 sunset.isValid() ? sunset.date().toString(Qt::ISODate).toStdString() + ")" : std::string());
    emit deprecationNoticed(call->operation, servedVersion.isEmpty() ? call->version : servedVersion, sunset);
}

void Transport::onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (call->reply != reply) return;  // aborted by cancel(): already answered
    call->reply = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    // A one-shot body (see OneShotBody) met a digest challenge: the server answered 401
    // and did nothing, so sending it once more with the credentials is no blind retry.
    if (netError == QNetworkReply::ContentReSendError && reply->property(kDigestTried).toBool() &&
        !call->challengeResent) {
        call->challengeResent = true;
        spdlog::info("atlas #{} {} {}: answering the digest challenge", call->id, call->method.constData(),
                     call->path.toStdString());
        sendNow(call, {});
        return;
    }
    const QByteArray body = reply->readAll();
    const qint64 ms = call->clock.elapsed();
    if (status != 0) noteServerDate(reply);
    emit exchangeFinished(call->method, call->path, status, ms);

    // A transport failure, or a 2xx whose body was cut short, counts as a network error.
    const bool networkFailure = status == 0 || (isNetworkLayerError(netError) && status < 300);
    if (networkFailure) {
        ApiError error = transportError(reply);
        spdlog::warn("atlas #{} {} {} failed after {} ms: {} {}", call->id, call->method.constData(),
                     call->path.toStdString(), ms, errorKindName(error.kind).toStdString(), int(netError));
        // A refused certificate stays refused: retrying would only ask again.
        if (error.kind == ErrorKind::Network && call->retryable && call->attempt < m_options.retry.maxAttempts) {
            const int delay = m_options.retry.delayMs(call->attempt, -1);
            emit retryScheduled(call->path, call->attempt, delay, 0);
            scheduleRetry(call, delay);
            return;
        }
        error.operation = call->operation;
        finish(call, 0, {}, error);
        return;
    }

    const QString served = versionOfContentType(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
    spdlog::debug("atlas #{} {} {} -> {} in {} ms", call->id, call->method.constData(), call->path.toStdString(),
                  status, ms);
    if (status >= 200 && status < 300) {
        noticeDeprecation(call, reply, served);
        finish(call, status, body, {});
        return;
    }

    // A refused bearer token (revoked, or expired earlier than announced): the server
    // did nothing, so one re-send with a fresh token is safe even for a mutation.
    if (status == 401 && call->usedBearer && !call->bearerRetried) {
        call->bearerRetried = true;
        m_token.clear();
        dispatch(call);
        return;
    }

    const int retryAfter = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"));
    if (call->retryable && RetryPolicy::isRetryableStatus(status) && call->attempt < m_options.retry.maxAttempts) {
        const int delay = m_options.retry.delayMs(call->attempt, retryAfter);
        if (delay >= 0) {
            spdlog::info("atlas #{} {} {} -> {}, retry {} in {} ms", call->id, call->method.constData(),
                         call->path.toStdString(), status, call->attempt, delay);
            emit retryScheduled(call->path, call->attempt, delay, status);
            scheduleRetry(call, delay);
            return;
        }
    }
    ApiError error = ApiError::fromHttp(status, body, retryAfter);
    error.operation = call->operation;
    error.requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    error.servedVersion = served;
    spdlog::warn("atlas #{} {} {} -> {} {} in {} ms", call->id, call->method.constData(), call->path.toStdString(),
                 status, error.errorCode.toStdString(), ms);
    finish(call, status, body, error);
}

void Transport::finish(const std::shared_ptr<Call> &call, int status, const QByteArray &body, const ApiError &error)
{
    // Erase first: the callback may start the next page under the same id.
    const auto it = m_calls.find(call->id);
    if (it != m_calls.end() && it->second == call) m_calls.erase(it);
    if (auto done = std::move(call->done)) done(status, body, error);
}

void Transport::fetchToken()
{
    if (m_tokenReply) return;  // one fetch at a time; the others wait for it
    QNetworkRequest request(urlFor(QStringLiteral("/api/oauth/token"), {}));
    applyTls(request);
    const QByteArray basic =
        (m_options.credentials.clientId + u':' + m_options.credentials.clientSecret).toUtf8().toBase64();
    request.setRawHeader("Authorization", "Basic " + basic);
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", m_options.userAgent);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    // Not retried: a failed token fetch is reported to every waiting request.
    QNetworkReply *reply = m_nam->post(request, QByteArrayLiteral("grant_type=client_credentials"));
    m_tokenReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onTokenReply(reply); });
}

void Transport::onTokenReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_tokenReply == reply) m_tokenReply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    emit exchangeFinished("POST", QStringLiteral("/api/oauth/token"), status, 0);

    ApiError error;
    if (status == 0 || (isNetworkLayerError(reply->error()) && status < 300)) {
        error = transportError(reply);
    } else if (status >= 200 && status < 300) {
        QString why;
        if (!m_token.store(body, QDateTime::currentDateTimeUtc(), &why))
            error = ApiError::invalidResponse(QStringLiteral("token: %1").arg(why));
    } else {
        error = ApiError::fromHttp(status, body);
        if (status == 400 || status == 403) {
            // OAuth answers invalid_client with 400; for the user it is the same as a bad key.
            const bool badClient = body.contains("invalid_client") || body.contains("unauthorized_client");
            if (badClient) error.kind = ErrorKind::Unauthorized;
        }
    }
    if (error.isError()) {
        error.operation = QStringLiteral("token");
        spdlog::warn("atlas service-account token request failed: HTTP {} {}", status,
                     errorKindName(error.kind).toStdString());
    } else {
        emit tokenFetched();
    }

    auto waiting = std::move(m_waitingForToken);
    m_waitingForToken.clear();
    for (const auto &call : waiting) {
        if (call->cancelled) continue;
        if (error.isError())
            finish(call, status, {}, error);
        else
            sendNow(call, m_token.token());  // fresh: use it even if shorter-lived than the margin
    }
}

void Transport::onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator)
{
    if (m_options.credentials.kind != Credentials::Kind::ApiKey) return;
    // Offer the key once per reply; a second challenge means it was refused, and
    // leaving the authenticator empty makes the reply end with the server's 401.
    if (reply->property(kDigestTried).toBool()) return;
    reply->setProperty(kDigestTried, true);
    authenticator->setUser(m_options.credentials.publicKey);
    authenticator->setPassword(m_options.credentials.privateKey);
}

RequestId Transport::get(const QString &path, const QString &version, const QUrlQuery &query, Callback<QByteArray> done)
{
    return get(Endpoint{{}, path, version}, query, std::move(done));
}

RequestId Transport::get(const Endpoint &endpoint, const QUrlQuery &query, Callback<QByteArray> done)
{
    return get(nextId(), endpoint, query, std::move(done));
}

RequestId Transport::get(RequestId id, const Endpoint &endpoint, const QUrlQuery &query, Callback<QByteArray> done)
{
    return startCall(id, "GET", endpoint, query, {}, true,
                     [done = std::move(done)](int, const QByteArray &body, const ApiError &error) {
                         done({body, error});
                     });
}

RequestId Transport::send(const QByteArray &method, const QString &path, const QString &version,
                          const QByteArray &jsonBody, Callback<QByteArray> done)
{
    return send(method, Endpoint{{}, path, version}, jsonBody, std::move(done));
}

RequestId Transport::send(const QByteArray &method, const Endpoint &endpoint, const QByteArray &jsonBody,
                          Callback<QByteArray> done)
{
    return send(method, endpoint, QUrlQuery(), jsonBody, std::move(done));
}

RequestId Transport::send(const QByteArray &method, const Endpoint &endpoint, const QUrlQuery &query,
                          const QByteArray &jsonBody, Callback<QByteArray> done)
{
    return startCall(nextId(), method.toUpper(), endpoint, query, jsonBody, false,
                     [done = std::move(done)](int, const QByteArray &body, const ApiError &error) {
                         done({body, error});
                     });
}

RequestId Transport::getAllPages(const QString &path, const QString &version, const QUrlQuery &query,
                                 Callback<QJsonArray> done)
{
    return getAllPages(Endpoint{{}, path, version}, query, std::move(done));
}

RequestId Transport::getAllPages(const Endpoint &endpoint, const QUrlQuery &query, Callback<QJsonArray> done)
{
    return getAllPages(nextId(), endpoint, query, std::move(done));
}

RequestId Transport::getAllPages(RequestId id, const Endpoint &endpoint, const QUrlQuery &query,
                                 Callback<QJsonArray> done)
{
    fetchPage(id, endpoint, query, 1, std::make_shared<QJsonArray>(), std::move(done));
    return id;
}

void Transport::fetchPage(RequestId id, const Endpoint &endpoint, const QUrlQuery &query, int pageNum,
                          std::shared_ptr<QJsonArray> acc, Callback<QJsonArray> done)
{
    QUrlQuery q = query;
    q.addQueryItem(QStringLiteral("pageNum"), QString::number(pageNum));
    q.addQueryItem(QStringLiteral("itemsPerPage"), QString::number(m_options.itemsPerPage));
    q.addQueryItem(QStringLiteral("includeCount"), QStringLiteral("true"));
    startCall(id, "GET", endpoint, q, {}, true,
              [this, id, endpoint, query, pageNum, acc, done](int, const QByteArray &body, const ApiError &error) {
                  if (error.isError()) {
                      done({{}, error});
                      return;
                  }
                  QString why;
                  const auto page = mapping::parsePage(body, &why);
                  if (!page) {
                      done({{}, ApiError::invalidResponse(why)});
                      return;
                  }
                  for (const QJsonValue &v : page->results) acc->append(v);
                  const bool last = page->results.isEmpty() || page->results.size() < m_options.itemsPerPage ||
                                    (page->totalCount && acc->size() >= *page->totalCount) ||
                                    pageNum >= m_options.maxPages;
                  if (last)
                      done({*acc, {}});
                  else
                      fetchPage(id, endpoint, query, pageNum + 1, acc, done);
              });
}

void Transport::cancel(RequestId id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end()) return;
    const std::shared_ptr<Call> call = it->second;
    call->cancelled = true;
    if (call->retryTimer) {
        call->retryTimer->stop();
        call->retryTimer->deleteLater();
    }
    std::erase(m_waitingForToken, call);
    if (QNetworkReply *r = call->reply) {
        call->reply = nullptr;
        r->abort();
    }
    finish(call, 0, {}, ApiError::cancelled());
}

void Transport::cancelAll()
{
    std::vector<RequestId> ids;
    for (const auto &[id, call] : m_calls) ids.push_back(id);
    for (RequestId id : ids) cancel(id);
}

}  // namespace lifeboat::atlas
