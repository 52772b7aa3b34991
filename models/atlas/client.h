#pragma once
// Asynchronous Atlas Admin API v2 client on QNetworkAccessManager. Lives in one
// thread (the worker's); every callback runs in that thread. Nothing here blocks.
//
//   Client client(options);
//   client.listSnapshots(groupId, "Cluster0", [](Result<QList<Snapshot>> r) { ... });
#include "atlas/apierror.h"
#include "atlas/connection.h"
#include "atlas/tokencache.h"
#include "domain/types.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
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

using RequestId = quint64;

class Client : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit Client(ClientOptions options, QObject *parent = nullptr);
    ~Client() override;

    const ClientOptions &options() const { return m_options; }
    // Set when the options cannot be used (e.g. plain http to a remote host): every
    // request then fails at once with this error, nothing is sent.
    std::optional<ApiError> configurationError() const { return m_configError; }

    // --- Low level: a path under the base URL, e.g. "/api/atlas/v2/groups". ---
    // GET, retried on network errors, 5xx and 429.
    RequestId get(const QString &path, const QString &version, const QUrlQuery &query, Callback<QByteArray> done);
    // POST / PATCH / PUT / DELETE: never retried on its own (only re-sent after a
    // refused, expired bearer token, when the server did nothing).
    RequestId send(const QByteArray &method, const QString &path, const QString &version, const QByteArray &jsonBody,
                   Callback<QByteArray> done);
    // Every page of a paginated list, concatenated `results`.
    RequestId getAllPages(const QString &path, const QString &version, const QUrlQuery &query,
                          Callback<QJsonArray> done);

    // The callback of a cancelled request gets ErrorKind::Cancelled.
    void cancel(RequestId id);
    void cancelAll();
    int pendingCount() const { return int(m_calls.size()); }

    // --- Operations ---
    RequestId listOrganizations(Callback<QList<Organization>> done);
    RequestId listProjects(Callback<QList<Project>> done);
    RequestId getProject(const QString &groupId, Callback<Project> done);
    RequestId listClusters(const QString &groupId, Callback<QList<Cluster>> done);
    RequestId getCluster(const QString &groupId, const QString &name, Callback<Cluster> done);
    RequestId listFlexClusters(const QString &groupId, Callback<QList<FlexCluster>> done);
    // Replica-set snapshots (/backup/snapshots) and sharded ones (/backup/snapshots/shardedClusters).
    RequestId listSnapshots(const QString &groupId, const QString &clusterName, Callback<QList<Snapshot>> done);
    RequestId listShardedSnapshots(const QString &groupId, const QString &clusterName,
                                   Callback<QList<Snapshot>> done);
    // The right one of the two for this cluster.
    RequestId listSnapshotsFor(const Cluster &cluster, Callback<QList<Snapshot>> done);
    RequestId listFlexSnapshots(const QString &groupId, const QString &name, Callback<QList<FlexSnapshot>> done);
    RequestId getSchedule(const QString &groupId, const QString &clusterName, Callback<BackupSchedule> done);
    // nullopt when the project has no Backup Compliance Policy.
    RequestId getCompliancePolicy(const QString &groupId, Callback<std::optional<CompliancePolicy>> done);
    RequestId listRestoreJobs(const QString &groupId, const QString &clusterName, Callback<QList<RestoreJob>> done);
    RequestId takeOnDemandSnapshot(const QString &groupId, const QString &clusterName, const QString &description,
                                   int retentionDays, Callback<Snapshot> done);

    static QString segment(const QString &value);  // percent-encodes one path segment

signals:
    // One per HTTP exchange (not per logical request); status 0 for a network failure.
    void exchangeFinished(const QByteArray &method, const QString &path, int status, qint64 ms);
    void retryScheduled(const QString &path, int retry, int delayMs, int status);
    void tokenFetched();

private:
    struct Call;
    using RawDone = std::function<void(int status, const QByteArray &body, const ApiError &error)>;

    RequestId nextId() { return ++m_lastId; }
    RequestId startCall(RequestId id, const QByteArray &method, const QString &path, const QString &version,
                        const QUrlQuery &query, const QByteArray &body, bool retryable, RawDone done);
    void dispatch(const std::shared_ptr<Call> &call);
    void sendNow(const std::shared_ptr<Call> &call, const QByteArray &bearer);
    void onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void finish(const std::shared_ptr<Call> &call, int status, const QByteArray &body, const ApiError &error);
    void fetchToken();
    void onTokenReply(QNetworkReply *reply);
    void onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator);
    void fetchPage(RequestId id, const QString &path, const QString &version, const QUrlQuery &query, int pageNum,
                   std::shared_ptr<QJsonArray> acc, Callback<QJsonArray> done);
    QUrl urlFor(const QString &path, const QUrlQuery &query) const;

    template <typename T, typename Fn>
    RequestId listOf(const QString &path, const QString &version, Fn map, Callback<QList<T>> done);
    template <typename T, typename Fn>
    RequestId oneOf(const QString &path, const QString &version, Fn map, Callback<T> done);

    ClientOptions m_options;
    std::optional<ApiError> m_configError;
    QNetworkAccessManager *m_nam;
    // Mutating calls go through a pool of their own, each after a GET that authenticates
    // the connection it will use (see OneShotBody in client.cpp).
    QNetworkAccessManager *m_mutationNam = nullptr;
    QNetworkAccessManager *mutationNam();
    TokenCache m_token;
    QPointer<QNetworkReply> m_tokenReply;
    std::vector<std::shared_ptr<Call>> m_waitingForToken;
    std::unordered_map<RequestId, std::shared_ptr<Call>> m_calls;
    RequestId m_lastId = 0;
};

}  // namespace lifeboat::atlas
