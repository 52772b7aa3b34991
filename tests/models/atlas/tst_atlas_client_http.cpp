// The Atlas client over real HTTP against the in-process sandbox engine: both kinds
// of auth, every page of a list, retries on injected faults, typed errors.
#include "atlas/client.h"
#include "atlas/mediatypes.h"
#include "engine/engine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <cmath>

using namespace lifeboat::atlas;
using namespace lifeboat::domain;

namespace {

template <typename T>
struct Waiter {
    std::optional<Result<T>> got;
    Client::Callback<T> callback()
    {
        return [this](Result<T> r) { got = std::move(r); };
    }
};

#define WAIT_FOR(w) QTRY_VERIFY_WITH_TIMEOUT((w).got.has_value(), 20000)

QJsonObject demoKey(const QString &flag)
{
    QFile f(QStringLiteral(LIFEBOAT_DEMO_SCENARIO));
    if (!f.open(QIODevice::ReadOnly)) return {};
    for (const QJsonValue &v :
         QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("apiKeys")).toArray()) {
        const QJsonObject k = v.toObject();
        if (flag == u"accessList" && k.value(QLatin1String("accessListRequired")).toBool()) return k;
        if (flag == u"projectOnly" && k.contains(QLatin1String("projectRoles")) &&
            !k.contains(QLatin1String("orgRole")))
            return k;
    }
    return {};
}

}  // namespace

class TestAtlasClientHttp : public QObject {
    Q_OBJECT
private:
    sandbox::Engine m_engine;
    sandbox::Credentials m_admin;
    QString m_groupId;  // a project with a backed-up replica set
    QString m_cluster;  // that replica set
    QString m_shardedGroup, m_sharded;

    ClientOptions options(Credentials::Kind kind) const
    {
        ClientOptions o;
        o.baseUrl = m_engine.baseUrl();
        o.credentials = kind == Credentials::Kind::ServiceAccount
                            ? Credentials::serviceAccount(m_admin.clientId, m_admin.clientSecret)
                            : Credentials::apiKey(m_admin.publicKey, m_admin.privateKey);
        o.retry.maxAttempts = 3;
        o.retry.baseDelayMs = 200;
        o.retry.timeScale = 0.05;  // Retry-After 1 s -> 50 ms
        o.transferTimeoutMs = 10000;
        return o;
    }

private slots:
    void initTestCase()
    {
        sandbox::EngineOptions eo;
        eo.speed = 0;  // a still clock: the snapshot list does not move under the test
        QString error;
        QVERIFY2(m_engine.start(eo, &error), qPrintable(error));
        m_admin = m_engine.adminCredentials();
        QVERIFY(!m_admin.publicKey.isEmpty());
        QVERIFY(!m_admin.clientId.isEmpty());
        QCOMPARE(m_engine.baseUrl().scheme(), QStringLiteral("http"));  // loopback: accepted
        // Find the clusters the other tests use, so each test can also run alone.
        apiKeyBrowsesTheEstate();
    }

    void init() { m_engine.clearFaults(); }

    void apiKeyBrowsesTheEstate()
    {
        Client client(options(Credentials::Kind::ApiKey));
        QVERIFY(!client.configurationError());
        Waiter<QList<Organization>> orgs;
        client.listOrganizations(orgs.callback());
        WAIT_FOR(orgs);
        QVERIFY2(orgs.got->ok(), qPrintable(orgs.got->error.message));
        QVERIFY(!orgs.got->value.isEmpty());
        QVERIFY(!orgs.got->value.first().name.isEmpty());

        Waiter<QList<Project>> projects;
        client.listProjects(projects.callback());
        WAIT_FOR(projects);
        QVERIFY2(projects.got->ok(), qPrintable(projects.got->error.message));
        QVERIFY(projects.got->value.size() >= 2);

        int best = 0;
        for (const Project &p : projects.got->value) {
            QCOMPARE(p.orgId, orgs.got->value.first().id);
            Waiter<QList<Cluster>> clusters;
            client.listClusters(p.id, clusters.callback());
            WAIT_FOR(clusters);
            QVERIFY2(clusters.got->ok(), qPrintable(clusters.got->error.message));
            for (const Cluster &c : clusters.got->value) {
                QCOMPARE(c.groupId, p.id);
                QVERIFY(!c.instanceSize.isEmpty());
                QVERIFY(c.shardCount >= 1);
                if (c.isSharded() && c.backupEnabled && m_sharded.isEmpty()) {
                    m_shardedGroup = p.id;
                    m_sharded = c.name;
                }
                if (c.isSharded() || !c.backupEnabled || c.isFreeTier()) continue;
                Waiter<QList<Snapshot>> snaps;
                client.listSnapshots(p.id, c.name, snaps.callback());
                WAIT_FOR(snaps);
                QVERIFY2(snaps.got->ok(), qPrintable(snaps.got->error.message));
                if (snaps.got->value.size() > best) {
                    best = int(snaps.got->value.size());
                    m_groupId = p.id;
                    m_cluster = c.name;
                }
            }
        }
        QVERIFY2(best >= 15, "the demo estate should hold a replica set with a history of snapshots");
    }

    void pagingFetchesEveryPage()
    {
        QVERIFY(!m_cluster.isEmpty());
        ClientOptions big = options(Credentials::Kind::ApiKey);
        Client all(big);
        Waiter<QList<Snapshot>> reference;
        all.listSnapshots(m_groupId, m_cluster, reference.callback());
        WAIT_FOR(reference);
        QVERIFY(reference.got->ok());
        const int n = int(reference.got->value.size());

        // The server's own count.
        Waiter<QByteArray> raw;
        all.get(QStringLiteral("/api/atlas/v2/groups/%1/clusters/%2/backup/snapshots").arg(m_groupId, m_cluster),
                versions::kDefault, QUrlQuery(QStringLiteral("itemsPerPage=1&includeCount=true")), raw.callback());
        WAIT_FOR(raw);
        QVERIFY(raw.got->ok());
        QCOMPARE(QJsonDocument::fromJson(raw.got->value).object().value(QLatin1String("totalCount")).toInt(), n);

        ClientOptions small = options(Credentials::Kind::ApiKey);
        small.itemsPerPage = 7;
        Client paged(small);
        QSignalSpy exchanges(&paged, &Client::exchangeFinished);
        Waiter<QList<Snapshot>> pages;
        paged.listSnapshots(m_groupId, m_cluster, pages.callback());
        WAIT_FOR(pages);
        QVERIFY2(pages.got->ok(), qPrintable(pages.got->error.message));
        QCOMPARE(pages.got->value.size(), n);
        QCOMPARE(exchanges.count(), int(std::ceil(n / 7.0)));
        QSet<QString> ids;
        for (const Snapshot &s : pages.got->value) {
            ids.insert(s.id);
            QCOMPARE(s.groupId, m_groupId);
            QCOMPARE(s.clusterName, m_cluster);
            QVERIFY(s.createdAt.isValid());
            QVERIFY(s.status.isKnown());
        }
        QCOMPARE(ids.size(), n);  // no page fetched twice, none skipped
        for (const Snapshot &s : reference.got->value) QVERIFY(ids.contains(s.id));
    }

    void scheduleComplianceRestoreJobsAndSharded()
    {
        Client client(options(Credentials::Kind::ApiKey));
        Waiter<BackupSchedule> schedule;
        client.getSchedule(m_groupId, m_cluster, schedule.callback());
        WAIT_FOR(schedule);
        QVERIFY2(schedule.got->ok(), qPrintable(schedule.got->error.message));
        QCOMPARE(schedule.got->value.clusterName, m_cluster);
        QVERIFY(!schedule.got->value.allItems().isEmpty());
        for (const auto &item : schedule.got->value.allItems()) {
            QVERIFY(item.frequency != lifeboat::domain::Frequency::Unknown);
            QVERIFY(item.unit != lifeboat::domain::RetentionUnit::Unknown);
            QVERIFY(!item.id.isEmpty());
        }

        Waiter<QList<Project>> projects;
        client.listProjects(projects.callback());
        WAIT_FOR(projects);
        int withPolicy = 0, without = 0;
        for (const Project &p : projects.got->value) {
            Waiter<std::optional<CompliancePolicy>> policy;
            client.getCompliancePolicy(p.id, policy.callback());
            WAIT_FOR(policy);
            QVERIFY2(policy.got->ok(), qPrintable(policy.got->error.message));
            if (policy.got->value) {
                ++withPolicy;
                QVERIFY(!policy.got->value->authorizedEmail.isEmpty());
            } else {
                ++without;
            }
        }
        QVERIFY(withPolicy >= 1);
        QVERIFY(without >= 1);

        Waiter<QList<RestoreJob>> jobs;
        client.listRestoreJobs(m_groupId, m_cluster, jobs.callback());
        WAIT_FOR(jobs);
        QVERIFY2(jobs.got->ok(), qPrintable(jobs.got->error.message));

        if (m_sharded.isEmpty()) QSKIP("no backed-up sharded cluster in the scenario");
        Waiter<QList<Snapshot>> sharded;
        client.listShardedSnapshots(m_shardedGroup, m_sharded, sharded.callback());
        WAIT_FOR(sharded);
        QVERIFY2(sharded.got->ok(), qPrintable(sharded.got->error.message));
        QVERIFY(!sharded.got->value.isEmpty());
        QVERIFY(sharded.got->value.first().isShardedCluster());
        QVERIFY(!sharded.got->value.first().members.isEmpty());

        Waiter<Cluster> cluster;
        client.getCluster(m_shardedGroup, m_sharded, cluster.callback());
        WAIT_FOR(cluster);
        QVERIFY(cluster.got->ok());
        QVERIFY(cluster.got->value.isSharded());
        Waiter<QList<Snapshot>> chosen;
        client.listSnapshotsFor(cluster.got->value, chosen.callback());
        WAIT_FOR(chosen);
        QVERIFY(chosen.got->ok());
        QCOMPARE(chosen.got->value.size(), sharded.got->value.size());
        QVERIFY(chosen.got->value.first().isShardedCluster());
    }

    void flexClustersAndSnapshots()
    {
        Client client(options(Credentials::Kind::ApiKey));
        Waiter<QList<Project>> projects;
        client.listProjects(projects.callback());
        WAIT_FOR(projects);
        int flexSeen = 0;
        for (const Project &p : projects.got->value) {
            Waiter<QList<FlexCluster>> flex;
            client.listFlexClusters(p.id, flex.callback());
            WAIT_FOR(flex);
            QVERIFY2(flex.got->ok(), qPrintable(flex.got->error.message));
            for (const FlexCluster &f : flex.got->value) {
                ++flexSeen;
                Waiter<QList<FlexSnapshot>> snaps;
                client.listFlexSnapshots(p.id, f.name, snaps.callback());
                WAIT_FOR(snaps);
                QVERIFY2(snaps.got->ok(), qPrintable(snaps.got->error.message));
            }
        }
        QVERIFY(flexSeen >= 1);
    }

    void serviceAccountTokenIsCachedAndShared()
    {
        Client client(options(Credentials::Kind::ServiceAccount));
        QSignalSpy tokens(&client, &Client::tokenFetched);
        // Three at once: one token request, the others wait for it.
        Waiter<QList<Project>> a, b, c;
        client.listProjects(a.callback());
        client.listProjects(b.callback());
        client.listOrganizations([&c](Result<QList<Organization>> r) { c.got = Result<QList<Project>>{{}, r.error}; });
        WAIT_FOR(a);
        WAIT_FOR(b);
        WAIT_FOR(c);
        QVERIFY2(a.got->ok(), qPrintable(a.got->error.message));
        QVERIFY(b.got->ok());
        QVERIFY(c.got->ok());
        QVERIFY(!a.got->value.isEmpty());
        QCOMPARE(tokens.count(), 1);
        Waiter<QList<Project>> later;
        client.listProjects(later.callback());
        WAIT_FOR(later);
        QVERIFY(later.got->ok());
        QCOMPARE(tokens.count(), 1);  // still valid: reused
    }

    void serviceAccountRenewsBeforeExpiry()
    {
        ClientOptions o = options(Credentials::Kind::ServiceAccount);
        o.tokenRenewMarginSeconds = 100000;  // longer than any token lives: always "about to expire"
        Client client(o);
        QSignalSpy tokens(&client, &Client::tokenFetched);
        for (int i = 0; i < 2; ++i) {
            Waiter<QList<Project>> w;
            client.listProjects(w.callback());
            WAIT_FOR(w);
            QVERIFY2(w.got->ok(), qPrintable(w.got->error.message));
        }
        QCOMPARE(tokens.count(), 2);
    }

    void retryAfter429HonoursRetryAfter()
    {
        Client client(options(Credentials::Kind::ServiceAccount));
        m_engine.addFault({QStringLiteral("/backup/snapshots"), QStringLiteral("GET"), 429, 1, 1});
        QSignalSpy retries(&client, &Client::retryScheduled);
        Waiter<QList<Snapshot>> w;
        client.listSnapshots(m_groupId, m_cluster, w.callback());
        WAIT_FOR(w);
        QVERIFY2(w.got->ok(), qPrintable(w.got->error.message));
        QVERIFY(!w.got->value.isEmpty());
        QCOMPARE(retries.count(), 1);
        QCOMPARE(retries.first().at(3).toInt(), 429);
        QCOMPARE(retries.first().at(2).toInt(), 50);  // Retry-After 1 s at time scale 0.05
    }

    void retryAfter429WithoutRetryAfterBacksOff()
    {
        Client client(options(Credentials::Kind::ServiceAccount));
        m_engine.addFault({QStringLiteral("/backup/snapshots"), QStringLiteral("GET"), 429, -1, 2});
        QSignalSpy retries(&client, &Client::retryScheduled);
        Waiter<QList<Snapshot>> w;
        client.listSnapshots(m_groupId, m_cluster, w.callback());
        WAIT_FOR(w);
        QVERIFY2(w.got->ok(), qPrintable(w.got->error.message));
        QCOMPARE(retries.count(), 2);
        // base 200 ms, equal jitter, scale 0.05: first in [5, 10] ms, second in [10, 20] ms
        const int first = retries.at(0).at(2).toInt(), second = retries.at(1).at(2).toInt();
        QVERIFY2(first >= 5 && first <= 10, qPrintable(QString::number(first)));
        QVERIFY2(second >= 10 && second <= 20, qPrintable(QString::number(second)));
    }

    void retryAfter500AndGiveUp()
    {
        Client client(options(Credentials::Kind::ApiKey));
        m_engine.addFault({QStringLiteral("/api/atlas/v2/groups"), QStringLiteral("GET"), 500, -1, 1});
        QSignalSpy retries(&client, &Client::retryScheduled);
        Waiter<QList<Project>> w;
        client.listProjects(w.callback());
        WAIT_FOR(w);
        QVERIFY2(w.got->ok(), qPrintable(w.got->error.message));
        QCOMPARE(retries.count(), 1);

        m_engine.addFault({QStringLiteral("/api/atlas/v2/groups"), QStringLiteral("GET"), 503, -1, -1});
        QSignalSpy exchanges(&client, &Client::exchangeFinished);
        Waiter<QList<Project>> fails;
        client.listProjects(fails.callback());
        WAIT_FOR(fails);
        QCOMPARE(fails.got->error.kind, ErrorKind::Server);
        QCOMPARE(fails.got->error.httpStatus, 503);
        QCOMPARE(exchanges.count(), client.options().retry.maxAttempts);  // bounded
        m_engine.clearFaults();
    }

    void connectionResetIsRetried()
    {
        Client client(options(Credentials::Kind::ServiceAccount));
        sandbox::Fault reset;
        reset.pathContains = QStringLiteral("/clusters");
        reset.method = QStringLiteral("GET");
        reset.kind = sandbox::Fault::Kind::Reset;
        reset.count = -1;
        m_engine.addFault(reset);
        QSignalSpy retries(&client, &Client::retryScheduled);
        Waiter<QList<Cluster>> fails;
        client.listClusters(m_groupId, fails.callback());
        WAIT_FOR(fails);
        QCOMPARE(errorKindName(fails.got->error.kind), errorKindName(ErrorKind::Network));
        QCOMPARE(retries.count(), client.options().retry.maxAttempts - 1);
        QCOMPARE(retries.first().at(3).toInt(), 0);  // a network failure, not an HTTP status

        // One reset, then the server answers: the list arrives (Qt may itself resend a
        // GET on a reused connection, so the retry may not be ours).
        m_engine.clearFaults();
        reset.count = 1;
        m_engine.addFault(reset);
        Waiter<QList<Cluster>> w;
        client.listClusters(m_groupId, w.callback());
        WAIT_FOR(w);
        QVERIFY2(w.got->ok(), qPrintable(w.got->error.message));
        QVERIFY(!w.got->value.isEmpty());
    }

    void malformedBodyIsInvalidResponse()
    {
        Client client(options(Credentials::Kind::ServiceAccount));
        sandbox::Fault bad;
        bad.pathContains = QStringLiteral("/backup/schedule");
        bad.kind = sandbox::Fault::Kind::Malformed;
        m_engine.addFault(bad);
        Waiter<BackupSchedule> w;
        client.getSchedule(m_groupId, m_cluster, w.callback());
        WAIT_FOR(w);
        QCOMPARE(w.got->error.kind, ErrorKind::InvalidResponse);
    }

    void postIsNeverRetried()
    {
        Client client(options(Credentials::Kind::ServiceAccount));
        m_engine.addFault({QStringLiteral("/backup/snapshots"), QStringLiteral("POST"), 500, -1, 1});
        QSignalSpy retries(&client, &Client::retryScheduled);
        QSignalSpy exchanges(&client, &Client::exchangeFinished);
        Waiter<Snapshot> w;
        client.takeOnDemandSnapshot(m_groupId, m_cluster, QStringLiteral("from the client test"), 1, w.callback());
        WAIT_FOR(w);
        QCOMPARE(w.got->error.kind, ErrorKind::Server);
        QCOMPARE(retries.count(), 0);
        int posts = 0;
        for (const auto &e : exchanges)
            if (e.at(0).toByteArray() == "POST" && e.at(1).toString().contains(u"/backup/snapshots")) ++posts;
        QCOMPARE(posts, 1);

        m_engine.addFault({QStringLiteral("/backup/snapshots"), QStringLiteral("POST"), 429, 1, 1});
        Waiter<Snapshot> limited;
        client.takeOnDemandSnapshot(m_groupId, m_cluster, QStringLiteral("from the client test"), 1,
                                    limited.callback());
        WAIT_FOR(limited);
        QCOMPARE(limited.got->error.kind, ErrorKind::RateLimited);
        QCOMPARE(limited.got->error.retryAfterSeconds, 1);
        QCOMPARE(retries.count(), 0);
    }

    void wrongApiKeyIsUnauthorized()
    {
        ClientOptions o = options(Credentials::Kind::ApiKey);
        o.credentials = Credentials::apiKey(m_admin.publicKey, QStringLiteral("wrong-private-key-XYZZY"));
        Client client(o);
        QSignalSpy retries(&client, &Client::retryScheduled);
        Waiter<QList<Project>> w;
        client.listProjects(w.callback());
        WAIT_FOR(w);
        QCOMPARE(errorKindName(w.got->error.kind), errorKindName(ErrorKind::Unauthorized));
        QCOMPARE(w.got->error.httpStatus, 401);
        QVERIFY(!w.got->error.message.contains(QStringLiteral("XYZZY")));
        QCOMPARE(retries.count(), 0);
    }

    void wrongServiceAccountSecretIsUnauthorized()
    {
        ClientOptions o = options(Credentials::Kind::ServiceAccount);
        o.credentials = Credentials::serviceAccount(m_admin.clientId, QStringLiteral("mdb_sa_sk_wrong_XYZZY"));
        Client client(o);
        Waiter<QList<Project>> w;
        client.listProjects(w.callback());
        WAIT_FOR(w);
        QCOMPARE(errorKindName(w.got->error.kind), errorKindName(ErrorKind::Unauthorized));
        QVERIFY(!w.got->error.message.contains(QStringLiteral("XYZZY")));
    }

    void accessListAndMissingRole()
    {
        const QJsonObject fenced = demoKey(QStringLiteral("accessList"));
        const QJsonObject reader = demoKey(QStringLiteral("projectOnly"));
        if (fenced.isEmpty() || reader.isEmpty()) QSKIP("the demo scenario has no fenced or read-only key");
        ClientOptions o = options(Credentials::Kind::ApiKey);
        o.credentials = Credentials::apiKey(fenced.value(QLatin1String("publicKey")).toString(),
                                            fenced.value(QLatin1String("privateKey")).toString());
        Client fencedClient(o);
        Waiter<QList<Project>> w;
        fencedClient.listProjects(w.callback());
        WAIT_FOR(w);
        QCOMPARE(errorKindName(w.got->error.kind), errorKindName(ErrorKind::AccessListRequired));
        QCOMPARE(w.got->error.errorCode, QStringLiteral("RESOURCE_REQUIRES_ACCESS_LIST"));

        // A key with a role in one project only, asking about another project.
        o.credentials = Credentials::apiKey(reader.value(QLatin1String("publicKey")).toString(),
                                            reader.value(QLatin1String("privateKey")).toString());
        const QStringList itsProjects = reader.value(QLatin1String("projectRoles")).toObject().keys();
        Client readerClient(o);
        Waiter<Project> project;
        readerClient.getProject(m_groupId, project.callback());
        WAIT_FOR(project);
        if (project.got->ok()) QVERIFY2(itsProjects.contains(project.got->value.name), "a key saw a foreign project");
        Waiter<QList<Cluster>> clusters;
        readerClient.listClusters(m_groupId, clusters.callback());
        WAIT_FOR(clusters);
        QVERIFY2(clusters.got->error.kind == ErrorKind::Forbidden,
                 qPrintable(errorKindName(clusters.got->error.kind) + u' ' + clusters.got->error.errorCode + u' ' +
                            clusters.got->error.detail));
    }

    void unsupportedVersionIs406()
    {
        Client client(options(Credentials::Kind::ApiKey));
        Waiter<QByteArray> w;
        client.get(QStringLiteral("/api/atlas/v2/groups"), QStringLiteral("1999-01-01"), {}, w.callback());
        WAIT_FOR(w);
        QCOMPARE(errorKindName(w.got->error.kind), errorKindName(ErrorKind::UnsupportedVersion));
        QCOMPARE(w.got->error.httpStatus, 406);
        QVERIFY(!w.got->error.detail.isEmpty());
        // Clusters are served at 2024-08-05, not at the snapshots' 2023-01-01... unless the
        // server also serves the old one; either way the client's own choice must work.
        Waiter<QList<Cluster>> clusters;
        client.listClusters(m_groupId, clusters.callback());
        WAIT_FOR(clusters);
        QVERIFY(clusters.got->ok());
    }

    void notFound()
    {
        Client client(options(Credentials::Kind::ApiKey));
        Waiter<Cluster> w;
        client.getCluster(m_groupId, QStringLiteral("no-such-cluster"), w.callback());
        WAIT_FOR(w);
        QCOMPARE(errorKindName(w.got->error.kind), errorKindName(ErrorKind::NotFound));
    }

    void cancelASlowRequest()
    {
        Client client(options(Credentials::Kind::ApiKey));
        sandbox::Fault slow;
        slow.pathContains = QStringLiteral("/api/atlas/v2/orgs");
        slow.kind = sandbox::Fault::Kind::Delay;
        slow.delayMs = 5000;
        slow.count = -1;
        m_engine.addFault(slow);
        Waiter<QList<Organization>> w;
        const RequestId id = client.listOrganizations(w.callback());
        QTest::qWait(100);
        QVERIFY(!w.got.has_value());
        QElapsedTimer t;
        t.start();
        client.cancel(id);
        WAIT_FOR(w);
        QCOMPARE(w.got->error.kind, ErrorKind::Cancelled);
        QVERIFY(t.elapsed() < 2000);
        QCOMPARE(client.pendingCount(), 0);
        m_engine.clearFaults();
    }

    void transferTimeoutIsANetworkErrorNotACancel()
    {
        ClientOptions o = options(Credentials::Kind::ApiKey);
        o.transferTimeoutMs = 300;
        o.retry.maxAttempts = 2;
        Client client(o);
        sandbox::Fault slow;
        slow.pathContains = QStringLiteral("/api/atlas/v2/orgs");
        slow.kind = sandbox::Fault::Kind::Delay;
        slow.delayMs = 3000;
        slow.count = -1;
        m_engine.addFault(slow);
        QSignalSpy retries(&client, &Client::retryScheduled);
        Waiter<QList<Organization>> w;
        client.listOrganizations(w.callback());
        WAIT_FOR(w);
        m_engine.clearFaults();
        QCOMPARE(errorKindName(w.got->error.kind), errorKindName(ErrorKind::Network));
        QCOMPARE(retries.count(), 1);  // a GET that timed out is retried
    }

    void unreachableServerIsNetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();  // nobody listens there now
        ClientOptions o = options(Credentials::Kind::ApiKey);
        o.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        Client client(o);
        QSignalSpy retries(&client, &Client::retryScheduled);
        Waiter<QList<Project>> w;
        client.listProjects(w.callback());
        WAIT_FOR(w);
        QCOMPARE(errorKindName(w.got->error.kind), errorKindName(ErrorKind::Network));
        QCOMPARE(retries.count(), o.retry.maxAttempts - 1);
    }
};

QTEST_GUILESS_MAIN(TestAtlasClientHttp)
#include "tst_atlas_client_http.moc"
