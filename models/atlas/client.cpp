#include "atlas/client.h"

#include "atlas/mapping.h"
#include "atlas/mediatypes.h"

#include <QAuthenticator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace lifeboat::atlas {

struct Client::Call {
    RequestId id = 0;
    QByteArray method;
    QString path;
    QString version;
    QUrlQuery query;
    QByteArray body;
    bool retryable = false;
    int attempt = 0;            // HTTP exchanges sent so far
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

}  // namespace

Client::Client(ClientOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_nam(new QNetworkAccessManager(this)),
      m_token(m_options.tokenRenewMarginSeconds)
{
    if (const auto problem = baseUrlProblem(m_options.baseUrl)) m_configError = ApiError::invalidConfiguration(*problem);
    m_options.itemsPerPage = std::clamp(m_options.itemsPerPage, 1, 500);
    m_options.retry.maxAttempts = std::max(1, m_options.retry.maxAttempts);
    // Never follow a redirect to another origin: it would carry the bearer token there.
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    connect(m_nam, &QNetworkAccessManager::authenticationRequired, this, &Client::onAuthenticationRequired);
}

Client::~Client()
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

QString Client::segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QUrl Client::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_options.baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/')) base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    url.setQuery(query);
    return url;
}

RequestId Client::startCall(RequestId id, const QByteArray &method, const QString &path, const QString &version,
                            const QUrlQuery &query, const QByteArray &body, bool retryable, RawDone done)
{
    auto call = std::make_shared<Call>();
    call->id = id;
    call->method = method;
    call->path = path;
    call->version = version;
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

void Client::dispatch(const std::shared_ptr<Call> &call)
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

QNetworkAccessManager *Client::mutationNam()
{
    if (!m_mutationNam) {
        m_mutationNam = new QNetworkAccessManager(this);
        m_mutationNam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
        connect(m_mutationNam, &QNetworkAccessManager::authenticationRequired, this, &Client::onAuthenticationRequired);
    }
    return m_mutationNam;
}

void Client::sendNow(const std::shared_ptr<Call> &call, const QByteArray &bearer)
{
    // A one-shot body cannot answer a digest challenge, which every new connection gets:
    // authenticate the mutation pool's idle connection with a small GET first.
    const bool oneShot = call->method != "GET" && !call->body.isEmpty();
    if (oneShot && m_options.credentials.kind == Credentials::Kind::ApiKey && !call->primed) {
        call->primed = true;
        QUrlQuery one;
        one.addQueryItem(QStringLiteral("itemsPerPage"), QStringLiteral("1"));
        QNetworkRequest probe(urlFor(QStringLiteral("/api/atlas/v2/orgs"), one));
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
    } else if (call->body.isEmpty()) {
        reply = m_nam->sendCustomRequest(request, call->method, call->body);
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

void Client::onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (call->reply != reply) return;  // aborted by cancel(): already answered
    call->reply = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QNetworkReply::NetworkError netError = reply->error();
    // We did not cancel it (cancel() detaches the reply first), so Qt aborted it: the
    // transfer timeout. That is a network problem, not a user's cancellation.
    if (netError == QNetworkReply::OperationCanceledError) netError = QNetworkReply::TimeoutError;
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
    emit exchangeFinished(call->method, call->path, status, ms);

    // A transport failure, or a 2xx whose body was cut short, counts as a network error.
    const bool networkFailure = status == 0 || (isNetworkLayerError(netError) && status < 300);
    if (networkFailure) {
        spdlog::warn("atlas #{} {} {} failed after {} ms: network error {}", call->id, call->method.constData(),
                     call->path.toStdString(), ms, int(netError));
        if (call->retryable && call->attempt < m_options.retry.maxAttempts) {
            const int delay = m_options.retry.delayMs(call->attempt, -1);
            emit retryScheduled(call->path, call->attempt, delay, 0);
            auto *timer = new QTimer(this);
            timer->setSingleShot(true);
            call->retryTimer = timer;
            connect(timer, &QTimer::timeout, this, [this, call, timer] {
                timer->deleteLater();
                if (!call->cancelled) dispatch(call);
            });
            timer->start(delay);
            return;
        }
        finish(call, 0, {}, ApiError::network(netError, reply->errorString()));
        return;
    }

    spdlog::debug("atlas #{} {} {} -> {} in {} ms", call->id, call->method.constData(), call->path.toStdString(),
                  status, ms);
    if (status >= 200 && status < 300) {
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
            auto *timer = new QTimer(this);
            timer->setSingleShot(true);
            call->retryTimer = timer;
            connect(timer, &QTimer::timeout, this, [this, call, timer] {
                timer->deleteLater();
                if (!call->cancelled) dispatch(call);
            });
            timer->start(delay);
            return;
        }
    }
    const ApiError error = ApiError::fromHttp(status, body, retryAfter);
    spdlog::warn("atlas #{} {} {} -> {} {} in {} ms", call->id, call->method.constData(), call->path.toStdString(),
                 status, error.errorCode.toStdString(), ms);
    finish(call, status, body, error);
}

void Client::finish(const std::shared_ptr<Call> &call, int status, const QByteArray &body, const ApiError &error)
{
    // Erase first: the callback may start the next page under the same id.
    const auto it = m_calls.find(call->id);
    if (it != m_calls.end() && it->second == call) m_calls.erase(it);
    if (auto done = std::move(call->done)) done(status, body, error);
}

void Client::fetchToken()
{
    if (m_tokenReply) return;  // one fetch at a time; the others wait for it
    QNetworkRequest request(urlFor(QStringLiteral("/api/oauth/token"), {}));
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

void Client::onTokenReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_tokenReply == reply) m_tokenReply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    emit exchangeFinished("POST", QStringLiteral("/api/oauth/token"), status, 0);

    ApiError error;
    if (status == 0 || (isNetworkLayerError(reply->error()) && status < 300)) {
        const auto e = reply->error() == QNetworkReply::OperationCanceledError ? QNetworkReply::TimeoutError : reply->error();
        error = ApiError::network(e, reply->errorString());
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
    if (error.isError()) spdlog::warn("atlas service-account token request failed: HTTP {}", status);
    else emit tokenFetched();

    auto waiting = std::move(m_waitingForToken);
    m_waitingForToken.clear();
    for (const auto &call : waiting) {
        if (call->cancelled) continue;
        if (error.isError()) finish(call, status, {}, error);
        else sendNow(call, m_token.token());  // fresh: use it even if shorter-lived than the margin
    }
}

void Client::onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator)
{
    if (m_options.credentials.kind != Credentials::Kind::ApiKey) return;
    // Offer the key once per reply; a second challenge means it was refused, and
    // leaving the authenticator empty makes the reply end with the server's 401.
    if (reply->property(kDigestTried).toBool()) return;
    reply->setProperty(kDigestTried, true);
    authenticator->setUser(m_options.credentials.publicKey);
    authenticator->setPassword(m_options.credentials.privateKey);
}

RequestId Client::get(const QString &path, const QString &version, const QUrlQuery &query, Callback<QByteArray> done)
{
    return startCall(nextId(), "GET", path, version, query, {}, true,
                     [done = std::move(done)](int, const QByteArray &body, const ApiError &error) {
                         done({body, error});
                     });
}

RequestId Client::send(const QByteArray &method, const QString &path, const QString &version,
                       const QByteArray &jsonBody, Callback<QByteArray> done)
{
    return startCall(nextId(), method.toUpper(), path, version, {}, jsonBody, false,
                     [done = std::move(done)](int, const QByteArray &body, const ApiError &error) {
                         done({body, error});
                     });
}

RequestId Client::getAllPages(const QString &path, const QString &version, const QUrlQuery &query,
                              Callback<QJsonArray> done)
{
    const RequestId id = nextId();
    fetchPage(id, path, version, query, 1, std::make_shared<QJsonArray>(), std::move(done));
    return id;
}

void Client::fetchPage(RequestId id, const QString &path, const QString &version, const QUrlQuery &query, int pageNum,
                       std::shared_ptr<QJsonArray> acc, Callback<QJsonArray> done)
{
    QUrlQuery q = query;
    q.addQueryItem(QStringLiteral("pageNum"), QString::number(pageNum));
    q.addQueryItem(QStringLiteral("itemsPerPage"), QString::number(m_options.itemsPerPage));
    q.addQueryItem(QStringLiteral("includeCount"), QStringLiteral("true"));
    startCall(id, "GET", path, version, q, {}, true,
              [this, id, path, version, query, pageNum, acc, done](int, const QByteArray &body,
                                                                   const ApiError &error) {
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
                  if (last) done({*acc, {}});
                  else fetchPage(id, path, version, query, pageNum + 1, acc, done);
              });
}

void Client::cancel(RequestId id)
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

void Client::cancelAll()
{
    std::vector<RequestId> ids;
    for (const auto &[id, call] : m_calls) ids.push_back(id);
    for (RequestId id : ids) cancel(id);
}

template <typename T, typename Fn>
RequestId Client::listOf(const QString &path, const QString &version, Fn map, Callback<QList<T>> done)
{
    return getAllPages(path, version, {}, [map, done = std::move(done)](Result<QJsonArray> r) {
        if (!r.ok()) {
            done({{}, r.error});
            return;
        }
        done({mapping::mapArray<T>(r.value, map), {}});
    });
}

template <typename T, typename Fn>
RequestId Client::oneOf(const QString &path, const QString &version, Fn map, Callback<T> done)
{
    return get(path, version, {}, [map, done = std::move(done)](Result<QByteArray> r) {
        if (!r.ok()) {
            done({{}, r.error});
            return;
        }
        QString why;
        const auto obj = mapping::parseObject(r.value, &why);
        if (!obj) {
            done({{}, ApiError::invalidResponse(why)});
            return;
        }
        done({map(*obj), {}});
    });
}

namespace {
QString groupPath(const QString &groupId)
{
    return QStringLiteral("/api/atlas/v2/groups/") + Client::segment(groupId);
}
QString clusterPath(const QString &groupId, const QString &cluster)
{
    return groupPath(groupId) + QStringLiteral("/clusters/") + Client::segment(cluster);
}
}  // namespace

RequestId Client::listOrganizations(Callback<QList<Organization>> done)
{
    return listOf<Organization>(QStringLiteral("/api/atlas/v2/orgs"), versions::kDefault, mapping::organization,
                                std::move(done));
}

RequestId Client::listProjects(Callback<QList<Project>> done)
{
    return listOf<Project>(QStringLiteral("/api/atlas/v2/groups"), versions::kDefault, mapping::project,
                           std::move(done));
}

RequestId Client::getProject(const QString &groupId, Callback<Project> done)
{
    return oneOf<Project>(groupPath(groupId), versions::kDefault, mapping::project, std::move(done));
}

RequestId Client::listClusters(const QString &groupId, Callback<QList<Cluster>> done)
{
    return listOf<Cluster>(groupPath(groupId) + QStringLiteral("/clusters"), versions::kClusters, mapping::cluster,
                           std::move(done));
}

RequestId Client::getCluster(const QString &groupId, const QString &name, Callback<Cluster> done)
{
    return oneOf<Cluster>(clusterPath(groupId, name), versions::kClusters, mapping::cluster, std::move(done));
}

RequestId Client::listFlexClusters(const QString &groupId, Callback<QList<FlexCluster>> done)
{
    return listOf<FlexCluster>(groupPath(groupId) + QStringLiteral("/flexClusters"), versions::kFlex,
                               mapping::flexCluster, std::move(done));
}

RequestId Client::listSnapshots(const QString &groupId, const QString &clusterName, Callback<QList<Snapshot>> done)
{
    return listOf<Snapshot>(clusterPath(groupId, clusterName) + QStringLiteral("/backup/snapshots"),
                            versions::kDefault,
                            [groupId, clusterName](const QJsonObject &o) {
                                return mapping::snapshot(o, groupId, clusterName);
                            },
                            std::move(done));
}

RequestId Client::listShardedSnapshots(const QString &groupId, const QString &clusterName,
                                       Callback<QList<Snapshot>> done)
{
    return listOf<Snapshot>(clusterPath(groupId, clusterName) + QStringLiteral("/backup/snapshots/shardedClusters"),
                            versions::kDefault,
                            [groupId, clusterName](const QJsonObject &o) {
                                return mapping::snapshot(o, groupId, clusterName);
                            },
                            std::move(done));
}

RequestId Client::listSnapshotsFor(const Cluster &cluster, Callback<QList<Snapshot>> done)
{
    return cluster.isSharded() ? listShardedSnapshots(cluster.groupId, cluster.name, std::move(done))
                               : listSnapshots(cluster.groupId, cluster.name, std::move(done));
}

RequestId Client::listFlexSnapshots(const QString &groupId, const QString &name, Callback<QList<FlexSnapshot>> done)
{
    return listOf<FlexSnapshot>(groupPath(groupId) + QStringLiteral("/flexClusters/") + segment(name) +
                                    QStringLiteral("/backup/snapshots"),
                                versions::kFlex,
                                [groupId, name](const QJsonObject &o) { return mapping::flexSnapshot(o, groupId, name); },
                                std::move(done));
}

RequestId Client::getSchedule(const QString &groupId, const QString &clusterName, Callback<BackupSchedule> done)
{
    return oneOf<BackupSchedule>(clusterPath(groupId, clusterName) + QStringLiteral("/backup/schedule"),
                                 versions::kSchedule,
                                 [groupId](const QJsonObject &o) { return mapping::schedule(o, groupId); },
                                 std::move(done));
}

RequestId Client::getCompliancePolicy(const QString &groupId, Callback<std::optional<CompliancePolicy>> done)
{
    return get(groupPath(groupId) + QStringLiteral("/backupCompliancePolicy"), versions::kCompliancePolicy, {},
               [groupId, done = std::move(done)](Result<QByteArray> r) {
                   if (!r.ok()) {
                       // No policy in the project: Atlas answers 404 (or an empty body).
                       if (r.error.kind == ErrorKind::NotFound) done({std::nullopt, {}});
                       else done({std::nullopt, r.error});
                       return;
                   }
                   if (r.value.trimmed().isEmpty()) {
                       done({std::nullopt, {}});
                       return;
                   }
                   QString why;
                   const auto obj = mapping::parseObject(r.value, &why);
                   if (!obj) {
                       done({std::nullopt, ApiError::invalidResponse(why)});
                       return;
                   }
                   if (obj->isEmpty()) done({std::nullopt, {}});
                   else done({mapping::compliancePolicy(*obj, groupId), {}});
               });
}

RequestId Client::listRestoreJobs(const QString &groupId, const QString &clusterName,
                                  Callback<QList<RestoreJob>> done)
{
    return listOf<RestoreJob>(clusterPath(groupId, clusterName) + QStringLiteral("/backup/restoreJobs"),
                              versions::kDefault,
                              [groupId, clusterName](const QJsonObject &o) {
                                  return mapping::restoreJob(o, groupId, clusterName);
                              },
                              std::move(done));
}

RequestId Client::takeOnDemandSnapshot(const QString &groupId, const QString &clusterName, const QString &description,
                                       int retentionDays, Callback<Snapshot> done)
{
    QJsonObject body;
    body.insert(QStringLiteral("description"), description);
    body.insert(QStringLiteral("retentionInDays"), retentionDays);
    return send("POST", clusterPath(groupId, clusterName) + QStringLiteral("/backup/snapshots"), versions::kDefault,
                QJsonDocument(body).toJson(QJsonDocument::Compact),
                [groupId, clusterName, done = std::move(done)](Result<QByteArray> r) {
                    if (!r.ok()) {
                        done({{}, r.error});
                        return;
                    }
                    QString why;
                    const auto obj = mapping::parseObject(r.value, &why);
                    if (!obj) done({{}, ApiError::invalidResponse(why)});
                    else done({mapping::snapshot(*obj, groupId, clusterName), {}});
                });
}

}  // namespace lifeboat::atlas
