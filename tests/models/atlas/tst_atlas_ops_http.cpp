// The operations area by area over real HTTP: against the in-process sandbox where
// it serves the route (Flex codes, on-demand snapshot, probe, deprecation), and
// against a scripted loopback peer where it does not (schedule PATCH, restore POST,
// an older server's 404s, exact error headers).
#include "atlas/client.h"
#include "atlas/mapping.h"
#include "atlas/mediatypes.h"
#include "engine/engine.h"
#include "httppeer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace lifeboat::atlas;
using namespace lifeboat::domain;

namespace {

template <typename T>
struct Waiter {
    std::optional<Result<T>> got;
    Callback<T> callback()
    {
        return [this](Result<T> r) { got = std::move(r); };
    }
};

#define WAIT_FOR(w) QTRY_VERIFY_WITH_TIMEOUT((w).got.has_value(), 20000)

PeerAnswer json(int status, const QJsonObject &body, QList<QPair<QByteArray, QByteArray>> headers = {},
                const QByteArray &version = "2023-01-01")
{
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(headers),
            "application/vnd.atlas." + version + "+json;charset=utf-8"};
}

PeerAnswer apiError(int status, const QString &code, const QString &detail, const QJsonArray &parameters = {})
{
    return json(status, {{QStringLiteral("error"), status},
                         {QStringLiteral("errorCode"), code},
                         {QStringLiteral("detail"), detail},
                         {QStringLiteral("reason"), QStringLiteral("Bad Request")},
                         {QStringLiteral("parameters"), parameters}});
}

QJsonObject flexJson(const QString &name)
{
    return {{QStringLiteral("id"), QStringLiteral("f1")},
            {QStringLiteral("groupId"), QStringLiteral("g1")},
            {QStringLiteral("name"), name},
            {QStringLiteral("mongoDBVersion"), QStringLiteral("8.0.4")},
            {QStringLiteral("stateName"), QStringLiteral("IDLE")}};
}

QJsonObject clusterJson(const QString &name)
{
    return {{QStringLiteral("id"), QStringLiteral("c1")},
            {QStringLiteral("groupId"), QStringLiteral("g1")},
            {QStringLiteral("name"), name},
            {QStringLiteral("clusterType"), QStringLiteral("REPLICASET")},
            {QStringLiteral("mongoDBVersion"), QStringLiteral("8.0.4")}};
}

}  // namespace

class TestAtlasOpsHttp : public QObject {
    Q_OBJECT
private:
    sandbox::Engine m_engine;
    sandbox::Credentials m_admin;
    struct Named {
        QString groupId, name;
    };
    Named m_replicaSet, m_sharded, m_flex, m_m0;
    QList<Named> m_allFlex;  // every Flex cluster of the demo estate

    ClientOptions sandboxOptions() const
    {
        ClientOptions o;
        o.baseUrl = m_engine.baseUrl();
        o.credentials = Credentials::apiKey(m_admin.publicKey, m_admin.privateKey);
        o.retry.maxAttempts = 3;
        o.retry.baseDelayMs = 100;
        o.retry.timeScale = 0.05;
        return o;
    }
    static ClientOptions peerOptions(const HttpPeer &peer)
    {
        ClientOptions o;
        o.baseUrl = peer.baseUrl();
        o.retry.maxAttempts = 3;
        o.retry.timeScale = 0.01;
        return o;
    }

private slots:
    void initTestCase()
    {
        sandbox::EngineOptions eo;
        eo.speed = 0;
        QString error;
        QVERIFY2(m_engine.start(eo, &error), qPrintable(error));
        m_admin = m_engine.adminCredentials();

        // One cluster of each kind from the demo estate.
        Client client(sandboxOptions());
        Waiter<QList<Project>> projects;
        client.listProjects(projects.callback());
        WAIT_FOR(projects);
        QVERIFY2(projects.got->ok(), qPrintable(projects.got->error.message));
        for (const Project &p : projects.got->value) {
            Waiter<QList<Cluster>> clusters;
            client.listClusters(p.id, clusters.callback());
            WAIT_FOR(clusters);
            for (const Cluster &c : clusters.got->value) {
                if (c.isFreeTier() && m_m0.name.isEmpty())
                    m_m0 = {p.id, c.name};
                else if (c.isSharded() && c.backupEnabled && m_sharded.name.isEmpty())
                    m_sharded = {p.id, c.name};
                else if (!c.isSharded() && !c.isFreeTier() && c.backupEnabled && m_replicaSet.name.isEmpty())
                    m_replicaSet = {p.id, c.name};
            }
            Waiter<QList<FlexCluster>> flex;
            client.listFlexClusters(p.id, flex.callback());
            WAIT_FOR(flex);
            if (!flex.got->value.isEmpty() && m_flex.name.isEmpty()) m_flex = {p.id, flex.got->value.first().name};
            for (const FlexCluster &f : flex.got->value) m_allFlex.append({p.id, f.name});
        }
        QVERIFY(!m_replicaSet.name.isEmpty());
        QVERIFY(!m_sharded.name.isEmpty());
        QVERIFY(!m_flex.name.isEmpty());
        QVERIFY(!m_m0.name.isEmpty());
    }

    void init() { m_engine.clearFaults(); }

    // --- Flex on the right API ---

    void wrongApiAnswersCarryAtlasCodes()
    {
        // The cue the switch relies on, as the sandbox (like Atlas) sends it.
        Client client(sandboxOptions());
        Waiter<Cluster> classic;
        client.getCluster(m_flex.groupId, m_flex.name, classic.callback());
        WAIT_FOR(classic);
        QCOMPARE(classic.got->error.kind, ErrorKind::BadRequest);
        QCOMPARE(classic.got->error.httpStatus, 400);
        QCOMPARE(classic.got->error.errorCode, QStringLiteral("CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API"));
        QVERIFY(classic.got->error.detail.contains(m_flex.name));
        QCOMPARE(classic.got->error.operation, QStringLiteral("getCluster"));
        QCOMPARE(classic.got->error.servedVersion, QString());  // an error names no served version here

        Waiter<QList<FlexSnapshot>> flexList;
        client.listFlexSnapshots(m_replicaSet.groupId, m_replicaSet.name, flexList.callback());
        WAIT_FOR(flexList);
        QCOMPARE(flexList.got->error.errorCode, QStringLiteral("CANNOT_USE_NON_FLEX_CLUSTER_IN_FLEX_API"));
        QCOMPARE(flexList.got->error.operation, QStringLiteral("listFlexSnapshots"));
    }

    void anyClusterFindsFlexSilentlyAndRemembers()
    {
        Client client(sandboxOptions());
        QSignalSpy exchanges(&client, &Client::exchangeFinished);
        Waiter<AnyCluster> w;
        client.getAnyCluster(m_flex.groupId, m_flex.name, w.callback());
        WAIT_FOR(w);
        QVERIFY2(w.got->ok(), qPrintable(w.got->error.message));
        QVERIFY(isFlex(w.got->value));
        QCOMPARE(std::get<FlexCluster>(w.got->value).name, m_flex.name);
        QCOMPARE(exchanges.count(), 2);  // the cluster API said "Flex", then the Flex API answered
        QCOMPARE(client.knownFlex(m_flex.groupId, m_flex.name), std::optional<bool>(true));

        // Asked again: straight to the Flex API.
        exchanges.clear();
        Waiter<AnyCluster> again;
        client.getAnyCluster(m_flex.groupId, m_flex.name, again.callback());
        WAIT_FOR(again);
        QVERIFY(again.got->ok());
        QVERIFY(isFlex(again.got->value));
        QCOMPARE(exchanges.count(), 1);
        QVERIFY(exchanges.first().at(1).toString().contains(QStringLiteral("/flexClusters/")));

        // A dedicated one: one exchange, the classic API.
        exchanges.clear();
        Waiter<AnyCluster> dedicated;
        client.getAnyCluster(m_replicaSet.groupId, m_replicaSet.name, dedicated.callback());
        WAIT_FOR(dedicated);
        QVERIFY(dedicated.got->ok());
        QVERIFY(!isFlex(dedicated.got->value));
        QCOMPARE(exchanges.count(), 1);
    }

    void anyClusterUnknownNameIsNotFound()
    {
        Client client(sandboxOptions());
        Waiter<AnyCluster> w;
        client.getAnyCluster(m_replicaSet.groupId, QStringLiteral("no-such-cluster"), w.callback());
        WAIT_FOR(w);
        QCOMPARE(w.got->error.kind, ErrorKind::NotFound);
        QCOMPARE(client.knownFlex(m_replicaSet.groupId, QStringLiteral("no-such-cluster")), std::nullopt);
    }

    void snapshotsForNameOfEveryKind()
    {
        Client client(sandboxOptions());
        // Flex: the Flex snapshots, no error on the way.
        Waiter<NamedSnapshots> flex;
        client.listSnapshotsForName(m_flex.groupId, m_flex.name, flex.callback());
        WAIT_FOR(flex);
        QVERIFY2(flex.got->ok(), qPrintable(flex.got->error.message));
        QVERIFY(flex.got->value.isFlex());
        Waiter<QList<FlexSnapshot>> flexDirect;
        client.listFlexSnapshots(m_flex.groupId, m_flex.name, flexDirect.callback());
        WAIT_FOR(flexDirect);
        const auto &flexList = std::get<QList<FlexSnapshot>>(flex.got->value.snapshots);
        QCOMPARE(flexList.size(), flexDirect.got->value.size());
        QVERIFY(!flexList.isEmpty());

        // Sharded: the sharded route (the replica-set one would not list its snapshots).
        Waiter<NamedSnapshots> sharded;
        client.listSnapshotsForName(m_sharded.groupId, m_sharded.name, sharded.callback());
        WAIT_FOR(sharded);
        QVERIFY2(sharded.got->ok(), qPrintable(sharded.got->error.message));
        Waiter<QList<Snapshot>> shardedDirect;
        client.listShardedSnapshots(m_sharded.groupId, m_sharded.name, shardedDirect.callback());
        WAIT_FOR(shardedDirect);
        const auto &shardedList = std::get<QList<Snapshot>>(sharded.got->value.snapshots);
        QVERIFY(!shardedList.isEmpty());
        QCOMPARE(shardedList.size(), shardedDirect.got->value.size());
        QCOMPARE(shardedList.first().id, shardedDirect.got->value.first().id);
        QVERIFY(!shardedList.first().members.isEmpty());

        // Replica set.
        Waiter<NamedSnapshots> rs;
        client.listSnapshotsForName(m_replicaSet.groupId, m_replicaSet.name, rs.callback());
        WAIT_FOR(rs);
        QVERIFY2(rs.got->ok(), qPrintable(rs.got->error.message));
        QVERIFY(!rs.got->value.isFlex());
        QVERIFY(!std::get<QList<Snapshot>>(rs.got->value.snapshots).isEmpty());

        // M0: the cluster, an empty list, and no snapshot request at all.
        QSignalSpy exchanges(&client, &Client::exchangeFinished);
        Waiter<NamedSnapshots> m0;
        client.listSnapshotsForName(m_m0.groupId, m_m0.name, m0.callback());
        WAIT_FOR(m0);
        QVERIFY2(m0.got->ok(), qPrintable(m0.got->error.message));
        QVERIFY(std::get<Cluster>(m0.got->value.cluster).isFreeTier());
        QVERIFY(std::get<QList<Snapshot>>(m0.got->value.snapshots).isEmpty());
        for (const auto &e : exchanges) QVERIFY(!e.at(1).toString().contains(QStringLiteral("/backup/")));
    }

    void snapshotsForNameCancelStopsTheChain()
    {
        Client client(sandboxOptions());
        Waiter<NamedSnapshots> w;
        RequestId id = 0;
        int exchanges = 0;
        // Once the first step has answered (the cluster API's "Flex"), cancel by the
        // id the operation returned: the step in flight under it stops.
        connect(&client, &Client::exchangeFinished, this, [&] {
            if (++exchanges == 1) QTimer::singleShot(0, &client, [&] { client.cancel(id); });
        });
        id = client.listSnapshotsForName(m_flex.groupId, m_flex.name, w.callback());
        WAIT_FOR(w);
        QCOMPARE(w.got->error.kind, ErrorKind::Cancelled);
        QCOMPARE(client.pendingCount(), 0);
        QTest::qWait(100);
        QCOMPARE(exchanges, 1);  // the Flex request was aborted, nothing else was sent
    }

    void flexSwitchBothWaysOnAnOlderOrChangedServer()
    {
        // An older server: 404 on the cluster API for a Flex name.
        const QString name = QStringLiteral("Flexy");
        bool nowDedicated = false;
        HttpPeer peer([&](const PeerRequest &r) {
            const bool flexApi = r.path.contains(QStringLiteral("/flexClusters/"));
            if (!nowDedicated) {
                if (flexApi) return json(200, flexJson(name), {}, "2024-11-13");
                return apiError(404, QStringLiteral("CLUSTER_NOT_FOUND"), QStringLiteral("No cluster named Flexy."));
            }
            // The Flex cluster was replaced by a dedicated one of the same name.
            if (flexApi)
                return apiError(400, QStringLiteral("CANNOT_USE_NON_FLEX_CLUSTER_IN_FLEX_API"),
                                QStringLiteral("Cluster Flexy cannot be used in the Flex API."), {name});
            return json(200, clusterJson(name), {}, "2024-08-05");
        });
        Client client(peerOptions(peer));
        Waiter<AnyCluster> first;
        client.getAnyCluster(QStringLiteral("g1"), name, first.callback());
        WAIT_FOR(first);
        QVERIFY2(first.got->ok(), qPrintable(first.got->error.message));
        QVERIFY(isFlex(first.got->value));
        QCOMPARE(peer.requests().size(), 2);
        QVERIFY(peer.requests()[0].path.endsWith(QStringLiteral("/clusters/Flexy")));
        QCOMPARE(peer.requests()[0].headers.value("accept"), versions::mediaType(versions::kClusters));
        QVERIFY(peer.requests()[1].path.endsWith(QStringLiteral("/flexClusters/Flexy")));
        QCOMPARE(peer.requests()[1].headers.value("accept"), versions::mediaType(versions::kFlex));

        // Remembered as Flex, so the Flex API is asked first; it now says "not Flex".
        nowDedicated = true;
        Waiter<AnyCluster> second;
        client.getAnyCluster(QStringLiteral("g1"), name, second.callback());
        WAIT_FOR(second);
        QVERIFY2(second.got->ok(), qPrintable(second.got->error.message));
        QVERIFY(!isFlex(second.got->value));
        QCOMPARE(std::get<Cluster>(second.got->value).name, name);
        QCOMPARE(peer.requests().size(), 4);
        QVERIFY(peer.requests()[2].path.contains(QStringLiteral("/flexClusters/")));
        QVERIFY(peer.requests()[3].path.endsWith(QStringLiteral("/clusters/Flexy")));
        QCOMPARE(client.knownFlex(QStringLiteral("g1"), name), std::optional<bool>(false));
    }

    void neitherApiKnowsTheNameOnAnOlderServer()
    {
        HttpPeer peer([](const PeerRequest &) {
            return apiError(404, QStringLiteral("RESOURCE_NOT_FOUND"), QStringLiteral("Not found."));
        });
        Client client(peerOptions(peer));
        Waiter<NamedSnapshots> w;
        client.listSnapshotsForName(QStringLiteral("g1"), QStringLiteral("gone"), w.callback());
        WAIT_FOR(w);
        QCOMPARE(w.got->error.kind, ErrorKind::NotFound);
        QCOMPARE(peer.requests().size(), 2);  // both APIs asked once, nothing retried
    }

    // --- Snapshots ---

    void probeMatchesTheFullList()
    {
        Client client(sandboxOptions());
        for (const Named &n : {m_replicaSet, m_sharded}) {
            Waiter<AnyCluster> c;
            client.getAnyCluster(n.groupId, n.name, c.callback());
            WAIT_FOR(c);
            const Cluster cluster = std::get<Cluster>(c.got->value);
            Waiter<SnapshotProbe> probe;
            client.probeSnapshots(cluster, probe.callback());
            Waiter<QList<Snapshot>> all;
            client.listSnapshotsFor(cluster, all.callback());
            WAIT_FOR(probe);
            WAIT_FOR(all);
            QVERIFY2(probe.got->ok(), qPrintable(probe.got->error.message));
            QVERIFY(probe.got->value.totalCount.has_value());
            QCOMPARE(*probe.got->value.totalCount, qint64(all.got->value.size()));
            QVERIFY(probe.got->value.newest.has_value());
            QCOMPARE(probe.got->value.newest->id, all.got->value.first().id);
            QCOMPARE(probe.got->value.newest->clusterName, n.name);
        }
    }

    void onDemandSnapshotIsTakenOnceAndARefusalIsTyped()
    {
        Client client(sandboxOptions());
        QSignalSpy exchanges(&client, &Client::exchangeFinished);
        Waiter<Snapshot> w;
        client.takeOnDemandSnapshot(m_replicaSet.groupId, m_replicaSet.name,
                                    OnDemandSnapshotRequest{QStringLiteral("before the upgrade"), 3}, w.callback());
        WAIT_FOR(w);
        QVERIFY2(w.got->ok(), qPrintable(w.got->error.message));
        QVERIFY(!w.got->value.id.isEmpty());
        QCOMPARE(w.got->value.description, QStringLiteral("before the upgrade"));
        QCOMPARE(w.got->value.clusterName, m_replicaSet.name);
        QVERIFY(w.got->value.status.value == SnapshotStatus::Queued ||
                w.got->value.status.value == SnapshotStatus::InProgress);
        QCOMPARE(exchanges.count(), 1);

        // A second one while the first runs: Atlas refuses; the error says which and why.
        Waiter<Snapshot> again;
        client.takeOnDemandSnapshot(m_replicaSet.groupId, m_replicaSet.name, QStringLiteral("again"), 1,
                                    again.callback());
        WAIT_FOR(again);
        QVERIFY(!again.got->ok());
        QVERIFY(again.got->error.httpStatus >= 400);
        QVERIFY(!again.got->error.errorCode.isEmpty());
        QCOMPARE(again.got->error.operation, QStringLiteral("takeOnDemandSnapshot"));
        QCOMPARE(exchanges.count(), 2);  // refused, and not re-sent

        // The list now holds it.
        Waiter<QList<Snapshot>> list;
        client.listSnapshots(m_replicaSet.groupId, m_replicaSet.name, list.callback());
        WAIT_FOR(list);
        QVERIFY(std::any_of(list.got->value.cbegin(), list.got->value.cend(),
                            [&](const Snapshot &s) { return s.id == w.got->value.id; }));
    }

    void onDemandSnapshotOnFlexIsRefusedWithItsCode()
    {
        Client client(sandboxOptions());
        Waiter<Snapshot> w;
        client.takeOnDemandSnapshot(m_flex.groupId, m_flex.name, QStringLiteral("x"), 1, w.callback());
        WAIT_FOR(w);
        QCOMPARE(w.got->error.errorCode, QStringLiteral("CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API"));
    }

    // --- Schedule and restores (scripted peer: the sandbox has no such route yet) ---

    void updateScheduleSendsThePatchOnce()
    {
        HttpPeer peer([](const PeerRequest &r) {
            // Atlas answers with the schedule as it now is: here, the body echoed plus read-only fields.
            QJsonObject o = QJsonDocument::fromJson(r.body).object();
            o.insert(QStringLiteral("clusterName"), QStringLiteral("Cluster0"));
            o.insert(QStringLiteral("clusterId"), QStringLiteral("c1"));
            return json(200, o, {}, "2024-08-05");
        });
        Client client(peerOptions(peer));
        BackupSchedule s;
        s.referenceHourOfDay = 4;
        s.referenceMinuteOfHour = 30;
        s.restoreWindowDays = 2;
        s.policies = {{QStringLiteral("p1"),
                       {{QStringLiteral("i1"), Frequency::Hourly, 6, RetentionUnit::Days, 3},
                        {QStringLiteral("i2"), Frequency::Daily, 1, RetentionUnit::Days, 10}}}};
        Waiter<BackupSchedule> w;
        client.updateSchedule(QStringLiteral("g1"), QStringLiteral("Cluster0"), ScheduleUpdate{s, true}, w.callback());
        WAIT_FOR(w);
        QVERIFY2(w.got->ok(), qPrintable(w.got->error.message));
        QCOMPARE(peer.requests().size(), 1);
        const PeerRequest &r = peer.requests().first();
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.path, QStringLiteral("/api/atlas/v2/groups/g1/clusters/Cluster0/backup/schedule"));
        QCOMPARE(r.headers.value("accept"), versions::mediaType(versions::kSchedule));
        QCOMPARE(r.headers.value("content-type"), versions::mediaType(versions::kSchedule));
        const QJsonObject sent = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(sent.value(QLatin1String("updateSnapshots")).toBool(), true);
        QCOMPARE(
            sent.value(QLatin1String("policies")).toArray().first().toObject().value(QLatin1String("id")).toString(),
            QStringLiteral("p1"));
        QCOMPARE(w.got->value.clusterName, QStringLiteral("Cluster0"));
        QCOMPARE(w.got->value.referenceHourOfDay, 4);
        QCOMPARE(w.got->value.allItems().size(), 2);
        QCOMPARE(w.got->value.allItems().at(1).value, 10);
    }

    void snapshotAndComplianceWritesAskTheirPathsAndVersions()
    {
        HttpPeer peer([](const PeerRequest &r) -> PeerAnswer {
            if (r.method == "DELETE") return {204, {}, {}, "application/vnd.atlas.2023-01-01+json"};
            if (r.method == "PATCH")
                return json(200,
                            {{QStringLiteral("id"), QStringLiteral("s1")},
                             {QStringLiteral("createdAt"), QStringLiteral("2026-12-01T18:00:40Z")},
                             {QStringLiteral("expiresAt"), QStringLiteral("2026-12-15T18:00:40Z")},
                             {QStringLiteral("status"), QStringLiteral("completed")}},
                            {}, "2023-01-01");
            QJsonObject o = QJsonDocument::fromJson(r.body).object();
            o.insert(QStringLiteral("state"), QStringLiteral("ENABLING"));
            return json(200, o, {}, "2023-10-01");
        });
        Client client(peerOptions(peer));
        Waiter<Snapshot> patched;
        client.updateSnapshotRetention(QStringLiteral("g1"), QStringLiteral("c 1"), QStringLiteral("s1"),
                                       RetentionUnit::Weeks, 2, patched.callback());
        WAIT_FOR(patched);
        QVERIFY2(patched.got->ok(), qPrintable(patched.got->error.message));
        QCOMPARE(patched.got->value.expiresAt, QDateTime(QDate(2026, 12, 15), QTime(18, 0, 40), Qt::UTC));
        Waiter<bool> rs, sh, off;
        client.deleteSnapshot(QStringLiteral("g1"), QStringLiteral("c1"), QStringLiteral("s1"), false, rs.callback());
        WAIT_FOR(rs);
        client.deleteSnapshot(QStringLiteral("g1"), QStringLiteral("c1"), QStringLiteral("s2"), true, sh.callback());
        WAIT_FOR(sh);
        CompliancePolicy p;
        p.projectId = QStringLiteral("g1");
        p.authorizedEmail = QStringLiteral("a@b.example");
        p.authorizedUserFirstName = QStringLiteral("A");
        p.authorizedUserLastName = QStringLiteral("B");
        Waiter<CompliancePolicy> put;
        client.updateCompliancePolicy(QStringLiteral("g1"), ComplianceUpdate{p, false}, put.callback());
        WAIT_FOR(put);
        QVERIFY2(put.got->ok(), qPrintable(put.got->error.message));
        QCOMPARE(put.got->value.state.value, ComplianceState::Enabling);
        client.disableCompliancePolicy(QStringLiteral("g1"), off.callback());
        WAIT_FOR(off);
        QVERIFY(rs.got->ok() && sh.got->ok() && off.got->ok());

        const QList<PeerRequest> q = peer.requests();
        QCOMPARE(q.size(), 5);  // each sent once
        QCOMPARE(q[0].method, QByteArray("PATCH"));
        QCOMPARE(q[0].path, QStringLiteral("/api/atlas/v2/groups/g1/clusters/c 1/backup/snapshots/s1"));
        QCOMPARE(QJsonDocument::fromJson(q[0].body).object(),
                 (QJsonObject{{QStringLiteral("retentionUnit"), QStringLiteral("WEEKS")},
                              {QStringLiteral("retentionValue"), 2}}));
        QCOMPARE(q[1].path, QStringLiteral("/api/atlas/v2/groups/g1/clusters/c1/backup/snapshots/s1"));
        QCOMPARE(q[2].path, QStringLiteral("/api/atlas/v2/groups/g1/clusters/c1/backup/snapshots/shardedCluster/s2"));
        QCOMPARE(q[3].method, QByteArray("PUT"));
        QCOMPARE(q[3].path, QStringLiteral("/api/atlas/v2/groups/g1/backupCompliancePolicy"));
        QCOMPARE(q[3].query, QStringLiteral("overwriteBackupPolicies=false"));
        QCOMPARE(q[3].headers.value("content-type"), versions::mediaType(versions::kCompliancePolicy));
        QCOMPARE(q[4].method, QByteArray("DELETE"));
        QCOMPARE(q[4].headers.value("accept"), versions::mediaType(versions::kComplianceDisable));
    }

    void mutationsAreNotRetriedOnAServerError()
    {
        HttpPeer peer([](const PeerRequest &) {
            return apiError(503, QStringLiteral("SERVICE_UNAVAILABLE"), QStringLiteral("Try later."));
        });
        Client client(peerOptions(peer));
        Waiter<BackupSchedule> w;
        client.updateSchedule(QStringLiteral("g1"), QStringLiteral("c"), ScheduleUpdate{}, w.callback());
        WAIT_FOR(w);
        QCOMPARE(w.got->error.kind, ErrorKind::Server);
        Waiter<RestoreJob> r;
        client.createRestoreJob(QStringLiteral("g1"), QStringLiteral("c"), RestoreRequest{}, r.callback());
        WAIT_FOR(r);
        QCOMPARE(r.got->error.kind, ErrorKind::Server);
        QCOMPARE(peer.requests().size(), 2);  // one each, never a blind retry
        // The same answer to a GET is retried (maxAttempts 3).
        Waiter<RestoreJob> get;
        client.getRestoreJob(QStringLiteral("g1"), QStringLiteral("c"), QStringLiteral("j1"), get.callback());
        WAIT_FOR(get);
        QCOMPARE(peer.requests().size(), 5);
    }

    void createAndGetRestoreJob()
    {
        HttpPeer peer([](const PeerRequest &r) {
            QJsonObject o = r.method == "POST" ? QJsonDocument::fromJson(r.body).object() : QJsonObject();
            if (r.method != "POST") {
                o.insert(QStringLiteral("deliveryType"), QStringLiteral("automated"));
                o.insert(QStringLiteral("finishedAt"), QStringLiteral("2026-01-01T10:00:00Z"));
            }
            o.insert(QStringLiteral("id"), QStringLiteral("job 1"));
            return json(r.method == "POST" ? 201 : 200, o);
        });
        Client client(peerOptions(peer));
        RestoreRequest req;
        req.snapshotId = QStringLiteral("s1");
        req.targetClusterName = QStringLiteral("Target");
        req.targetGroupId = QStringLiteral("g2");
        Waiter<RestoreJob> created;
        client.createRestoreJob(QStringLiteral("g1"), QStringLiteral("Source"), req, created.callback());
        WAIT_FOR(created);
        QVERIFY2(created.got->ok(), qPrintable(created.got->error.message));
        QCOMPARE(created.got->value.id, QStringLiteral("job 1"));
        QCOMPARE(created.got->value.targetClusterName, QStringLiteral("Target"));
        QVERIFY(created.got->value.isRunning());
        const PeerRequest &post = peer.requests().first();
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.path, QStringLiteral("/api/atlas/v2/groups/g1/clusters/Source/backup/restoreJobs"));
        QCOMPARE(post.headers.value("content-type"), versions::mediaType(versions::kDefault));
        QCOMPARE(QJsonDocument::fromJson(post.body).object().value(QLatin1String("snapshotId")).toString(),
                 QStringLiteral("s1"));

        Waiter<RestoreJob> got;
        client.getRestoreJob(QStringLiteral("g1"), QStringLiteral("Source"), QStringLiteral("job 1"), got.callback());
        WAIT_FOR(got);
        QVERIFY(got.got->ok());
        QVERIFY(!got.got->value.isRunning());
        QCOMPARE(peer.requests().last().path,
                 QStringLiteral("/api/atlas/v2/groups/g1/clusters/Source/backup/restoreJobs/job 1"));
    }

    // Every restore route of the contract: path, method, version, body, and what comes back.
    void restoreRoutesAskTheirPathsAndVersions()
    {
        HttpPeer peer([](const PeerRequest &r) -> PeerAnswer {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (r.method == "DELETE") return {204, {}, {}, "application/vnd.atlas.2023-01-01+json"};
            if (r.path.endsWith(QStringLiteral("/databases")))
                return json(200,
                            {{QStringLiteral("results"),
                              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("crm")}},
                                         QJsonObject{{QStringLiteral("name"), QStringLiteral("sales")}}}},
                             {QStringLiteral("totalCount"), 2}},
                            {}, "2025-03-12");
            if (r.path.endsWith(QStringLiteral("/databases/crm/collections")))
                return json(200,
                            {{QStringLiteral("results"),
                              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("contacts")}}}},
                             {QStringLiteral("totalCount"), 1}},
                            {}, "2025-03-12");
            if (r.path.endsWith(QStringLiteral("/collections")))
                return json(
                    200,
                    {{QStringLiteral("results"),
                      QJsonArray{QJsonObject{{QStringLiteral("sourceNamespace"), QStringLiteral("crm.contacts")},
                                             {QStringLiteral("state"), QStringLiteral("IN_PROGRESS")}}}},
                     {QStringLiteral("totalCount"), 1}},
                    {}, "2025-03-12");
            if (r.path.contains(QStringLiteral("/collectionRestoreJobs"))) {
                QJsonObject o = body;
                o.insert(QStringLiteral("id"), QStringLiteral("cj1"));
                o.insert(QStringLiteral("state"), QStringLiteral("INITIALIZING"));
                if (r.method == "GET" && r.path.endsWith(QStringLiteral("/collectionRestoreJobs")))
                    return json(200, {{QStringLiteral("results"), QJsonArray{o}}, {QStringLiteral("totalCount"), 1}},
                                {}, "2025-03-12");
                return json(r.method == "POST" ? 201 : 200, o, {}, "2025-03-12");
            }
            if (r.path.contains(QStringLiteral("/flexClusters/"))) {
                QJsonObject o{{QStringLiteral("id"), QStringLiteral("fj1")},
                              {QStringLiteral("snapshotId"), body.value(QStringLiteral("snapshotId"))},
                              {QStringLiteral("status"), QStringLiteral("QUEUED")},
                              {QStringLiteral("deliveryType"), r.path.endsWith(QStringLiteral("/download"))
                                                                   ? QStringLiteral("DOWNLOAD")
                                                                   : QStringLiteral("RESTORE")}};
                if (r.path.endsWith(QStringLiteral("/download")))
                    o.insert(QStringLiteral("snapshotUrl"), QStringLiteral("https://flex.invalid/dl"));
                return json(200, o, {}, "2024-11-13");
            }
            return json(200, {{QStringLiteral("id"), QStringLiteral("rj1")},
                              {QStringLiteral("deliveryType"), QStringLiteral("download")},
                              {QStringLiteral("deliveryUrl"), QJsonArray{QStringLiteral("https://dl.invalid/1")}}});
        });
        Client client(peerOptions(peer));
        const QString g = QStringLiteral("g1"), c = QStringLiteral("Source");

        Waiter<bool> cancelled;
        client.cancelRestoreJob(g, c, QStringLiteral("rj1"), cancelled.callback());
        WAIT_FOR(cancelled);
        QVERIFY2(cancelled.got->ok() && cancelled.got->value, qPrintable(cancelled.got->error.message));
        QCOMPARE(peer.requests().last().method, QByteArray("DELETE"));
        QCOMPARE(peer.requests().last().path,
                 QStringLiteral("/api/atlas/v2/groups/g1/clusters/Source/backup/restoreJobs/rj1"));
        QCOMPARE(peer.requests().last().headers.value("accept"), versions::mediaType(versions::kDefault));

        Waiter<RestoreJobAnswer> linked;
        client.getRestoreJobWithLinks(g, c, QStringLiteral("rj1"), linked.callback());
        WAIT_FOR(linked);
        QVERIFY(linked.got->ok());
        QCOMPARE(linked.got->value.job.id, QStringLiteral("rj1"));
        QCOMPARE(linked.got->value.links.urls, QStringList{QStringLiteral("https://dl.invalid/1")});

        CollectionRestoreRequest cr;
        cr.snapshotId = QStringLiteral("s1");
        cr.targetClusterName = QStringLiteral("Target");
        cr.targetGroupId = QStringLiteral("g2");
        cr.collections = {{QStringLiteral("crm.contacts"), {}}};
        Waiter<CollectionRestoreJob> created;
        client.createCollectionRestoreJob(g, c, cr, created.callback());
        WAIT_FOR(created);
        QVERIFY2(created.got->ok(), qPrintable(created.got->error.message));
        QCOMPARE(created.got->value.id, QStringLiteral("cj1"));
        QCOMPARE(created.got->value.clusterName, c);
        QVERIFY(created.got->value.isRunning());
        const PeerRequest post = peer.requests().last();
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.path, QStringLiteral("/api/atlas/v2/groups/g1/clusters/Source/collectionRestoreJobs"));
        QCOMPARE(post.headers.value("content-type"), versions::mediaType(QStringLiteral("2025-03-12")));
        QCOMPARE(QJsonDocument::fromJson(post.body).object(), mapping::toJson(cr));

        Waiter<CollectionRestoreJob> one;
        client.getCollectionRestoreJob(g, c, QStringLiteral("cj1"), one.callback());
        WAIT_FOR(one);
        QVERIFY(one.got->ok());
        QCOMPARE(peer.requests().last().path,
                 QStringLiteral("/api/atlas/v2/groups/g1/clusters/Source/collectionRestoreJobs/cj1"));
        QCOMPARE(peer.requests().last().headers.value("accept"), versions::mediaType(QStringLiteral("2025-03-12")));
        Waiter<QList<CollectionRestoreJob>> all;
        client.listCollectionRestoreJobs(g, c, all.callback());
        WAIT_FOR(all);
        QVERIFY(all.got->ok());
        QCOMPARE(all.got->value.size(), 1);
        Waiter<QList<CollectionRestoreNamespaceState>> states;
        client.listCollectionRestoreCollections(g, c, QStringLiteral("cj1"), states.callback());
        WAIT_FOR(states);
        QVERIFY(states.got->ok());
        QCOMPARE(states.got->value.value(0).sourceNamespace, QStringLiteral("crm.contacts"));
        QCOMPARE(states.got->value.value(0).state, QStringLiteral("IN_PROGRESS"));
        QCOMPARE(peer.requests().last().path,
                 QStringLiteral("/api/atlas/v2/groups/g1/clusters/Source/collectionRestoreJobs/cj1/collections"));

        Waiter<QStringList> dbs;
        client.listSnapshotDatabases(g, c, QStringLiteral("s1"), dbs.callback());
        WAIT_FOR(dbs);
        QVERIFY(dbs.got->ok());
        QCOMPARE(dbs.got->value, (QStringList{QStringLiteral("crm"), QStringLiteral("sales")}));
        QCOMPARE(peer.requests().last().path,
                 QStringLiteral("/api/atlas/v2/groups/g1/clusters/Source/backup/snapshots/s1/databases"));
        QCOMPARE(peer.requests().last().headers.value("accept"), versions::mediaType(QStringLiteral("2025-03-12")));
        Waiter<QStringList> colls;
        client.listSnapshotCollections(g, c, QStringLiteral("s1"), QStringLiteral("crm"), colls.callback());
        WAIT_FOR(colls);
        QVERIFY(colls.got->ok());
        QCOMPARE(colls.got->value, QStringList{QStringLiteral("contacts")});

        FlexRestoreRequest fr{QStringLiteral("fs1"), QStringLiteral("flex-target"), QStringLiteral("g2")};
        Waiter<FlexRestoreAnswer> flex;
        client.createFlexRestoreJob(g, QStringLiteral("flex one"), fr, flex.callback());
        WAIT_FOR(flex);
        QVERIFY2(flex.got->ok(), qPrintable(flex.got->error.message));
        QCOMPARE(flex.got->value.job.id, QStringLiteral("fj1"));
        QVERIFY(flex.got->value.job.isRunning());
        QCOMPARE(peer.requests().last().path,
                 QStringLiteral("/api/atlas/v2/groups/g1/flexClusters/flex one/backup/restoreJobs"));
        QCOMPARE(peer.requests().last().headers.value("content-type"), versions::mediaType(versions::kFlex));
        QCOMPARE(QJsonDocument::fromJson(peer.requests().last().body).object(), mapping::toJson(fr));
        Waiter<FlexRestoreAnswer> flexGet;
        client.getFlexRestoreJob(g, QStringLiteral("flex one"), QStringLiteral("fj1"), flexGet.callback());
        WAIT_FOR(flexGet);
        QVERIFY(flexGet.got->ok());
        QCOMPARE(peer.requests().last().path,
                 QStringLiteral("/api/atlas/v2/groups/g1/flexClusters/flex one/backup/restoreJobs/fj1"));
        Waiter<FlexRestoreAnswer> download;
        client.downloadFlexSnapshot(g, QStringLiteral("flex one"), QStringLiteral("fs1"), download.callback());
        WAIT_FOR(download);
        QVERIFY(download.got->ok());
        QVERIFY(download.got->value.job.isDownload());
        QCOMPARE(download.got->value.snapshotUrl, QStringLiteral("https://flex.invalid/dl"));
        QCOMPARE(peer.requests().last().path,
                 QStringLiteral("/api/atlas/v2/groups/g1/flexClusters/flex one/backup/download"));
        QCOMPARE(QJsonDocument::fromJson(peer.requests().last().body).object(),
                 (QJsonObject{{QStringLiteral("snapshotId"), QStringLiteral("fs1")}}));
    }

    // A refused cancel (Atlas's 405 for a sharded restore) arrives typed, with its code.
    void cancelRefusedCarriesTheCode()
    {
        HttpPeer peer([](const PeerRequest &) {
            return apiError(405, QStringLiteral("ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED"),
                            QStringLiteral("Cannot cancel a sharded cluster restore job."));
        });
        Client client(peerOptions(peer));
        Waiter<bool> w;
        client.cancelRestoreJob(QStringLiteral("g1"), QStringLiteral("c"), QStringLiteral("j"), w.callback());
        WAIT_FOR(w);
        QVERIFY(!w.got->ok());
        QCOMPARE(w.got->error.httpStatus, 405);
        QCOMPARE(w.got->error.errorCode, QStringLiteral("ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED"));
        QCOMPARE(w.got->error.detail, QStringLiteral("Cannot cancel a sharded cluster restore job."));
        QCOMPARE(w.got->error.operation, QStringLiteral("cancelRestoreJob"));
        QCOMPARE(peer.requests().size(), 1);  // a DELETE refused is not sent again
    }

    // The server's clock from each answer's Date header; missing or garbled: the local clock.
    void serverClockFollowsTheDateHeader()
    {
        const QDateTime local = QDateTime::currentDateTimeUtc();
        QByteArray date =
            QLocale::c().toString(local.addSecs(-7200), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
        HttpPeer peer([&date](const PeerRequest &) {
            QList<QPair<QByteArray, QByteArray>> h;
            if (!date.isEmpty()) h.append({"Date", date});
            return json(200, {{QStringLiteral("results"), QJsonArray()}, {QStringLiteral("totalCount"), 0}}, h);
        });
        Client client(peerOptions(peer));
        QVERIFY(!client.serverClockKnown());
        QVERIFY(qAbs(client.serverNow().secsTo(QDateTime::currentDateTimeUtc())) <= 2);
        QSignalSpy changed(&client, &Transport::serverClockChanged);
        auto ask = [&] {
            Waiter<QList<Project>> w;
            client.listProjects(w.callback());
            WAIT_FOR(w);
            QVERIFY(w.got->ok());
        };
        ask();
        QVERIFY(client.serverClockKnown());
        QVERIFY2(qAbs(client.serverNow().secsTo(local.addSecs(-7200))) <= 2,
                 qPrintable(client.serverNow().toString(Qt::ISODate)));
        QCOMPARE(changed.size(), 1);
        date = "Tue, 99 Foo 2026 25:61:00 GMT";  // garbled
        ask();
        QVERIFY(!client.serverClockKnown());
        QVERIFY(qAbs(client.serverNow().secsTo(QDateTime::currentDateTimeUtc())) <= 2);
        date =
            QLocale::c()
                .toString(QDateTime::currentDateTimeUtc().addDays(3), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                .toLatin1();
        ask();
        QVERIFY(client.serverClockKnown());
        QVERIFY(qAbs(client.serverNow().secsTo(QDateTime::currentDateTimeUtc().addDays(3))) <= 2);
        date.clear();  // missing
        ask();
        QVERIFY(!client.serverClockKnown());
        QVERIFY(qAbs(client.serverNow().secsTo(QDateTime::currentDateTimeUtc())) <= 2);
        QCOMPARE(changed.size(), 4);

        QCOMPARE(Transport::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"),
                 QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
        QCOMPARE(Transport::parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"),
                 QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
        QCOMPARE(Transport::parseHttpDate("Sun Nov  6 08:49:37 1994"),
                 QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
        QVERIFY(!Transport::parseHttpDate("yesterday").isValid());
        QVERIFY(!Transport::parseHttpDate("").isValid());
    }

    // The sandbox's Date header reads its own (simulated) clock.
    void serverClockOfTheSandbox()
    {
        Client client(sandboxOptions());
        Waiter<QList<Project>> w;
        client.listProjects(w.callback());
        WAIT_FOR(w);
        QVERIFY(w.got->ok());
        QVERIFY(client.serverClockKnown());
        QVERIFY2(qAbs(client.serverNow().secsTo(m_engine.now())) <= 2,
                 qPrintable(client.serverNow().toString(Qt::ISODate) + u' ' + m_engine.now().toString(Qt::ISODate)));
    }

    void flexRestoreJobsListedFromTheFlexApi()
    {
        // The demo estate has a finished Flex restore into its own cluster; every Flex
        // cluster's list is asked, and the one with jobs is checked field by field.
        Client client(sandboxOptions());
        QList<FlexRestoreJob> all;
        for (const Named &f : m_allFlex) {
            Waiter<QList<FlexRestoreJob>> w;
            client.listFlexRestoreJobs(f.groupId, f.name, w.callback());
            WAIT_FOR(w);
            QVERIFY2(w.got->ok(), qPrintable(w.got->error.message));
            for (const FlexRestoreJob &j : w.got->value) {
                QCOMPARE(j.groupId, f.groupId);
                QCOMPARE(j.clusterName, f.name);
                all.append(j);
            }
        }
        QVERIFY(!all.isEmpty());
        const FlexRestoreJob &j = all.first();
        QCOMPARE(j.id.size(), 24);
        QCOMPARE(j.snapshotId.size(), 24);
        QCOMPARE(j.status.value, FlexJobStatus::Completed);
        QVERIFY(!j.isRunning());
        QCOMPARE(j.deliveryType, QStringLiteral("RESTORE"));
        QVERIFY(!j.isDownload());
        QCOMPARE(j.targetDeploymentItemName, j.clusterName);
        QCOMPARE(j.targetProjectId, j.groupId);
        QVERIFY(j.restoreScheduledDate.isValid());
        QVERIFY(j.restoreFinishedDate > j.restoreScheduledDate);
        QVERIFY(j.snapshotFinishedDate.isValid() && j.snapshotFinishedDate < j.restoreScheduledDate);
        QVERIFY(j.expirationDate.isValid());

        // A dedicated cluster on the Flex route: the Atlas code, under this operation's name.
        Waiter<QList<FlexRestoreJob>> wrong;
        client.listFlexRestoreJobs(m_replicaSet.groupId, m_replicaSet.name, wrong.callback());
        WAIT_FOR(wrong);
        QCOMPARE(wrong.got->error.errorCode, QStringLiteral("CANNOT_USE_NON_FLEX_CLUSTER_IN_FLEX_API"));
        QCOMPARE(wrong.got->error.operation, QStringLiteral("listFlexRestoreJobs"));
    }

    void flexRestoreJobsAskTheFlexVersion()
    {
        HttpPeer peer([](const PeerRequest &) {
            return json(200,
                        QJsonObject{{QStringLiteral("results"),
                                     QJsonArray{QJsonObject{
                                         {QStringLiteral("id"), QStringLiteral("j1")},
                                         {QStringLiteral("status"), QStringLiteral("RUNNING")},
                                         {QStringLiteral("deliveryType"), QStringLiteral("download")},
                                         {QStringLiteral("snapshotUrl"), QStringLiteral("https://secret.invalid/x")}}}},
                                    {QStringLiteral("totalCount"), 1}});
        });
        Client client(peerOptions(peer));
        Waiter<QList<FlexRestoreJob>> w;
        client.listFlexRestoreJobs(QStringLiteral("g1"), QStringLiteral("flex one"), w.callback());
        WAIT_FOR(w);
        QVERIFY2(w.got->ok(), qPrintable(w.got->error.message));
        QCOMPARE(w.got->value.size(), 1);
        QVERIFY(w.got->value.first().isRunning());
        QVERIFY(w.got->value.first().isDownload());
        const PeerRequest &r = peer.requests().first();
        QVERIFY(r.path.startsWith(QStringLiteral("/api/atlas/v2/groups/g1/flexClusters/flex one/backup/restoreJobs")));
        QCOMPARE(r.headers.value("accept"), versions::mediaType(versions::kFlex));
    }

    // --- Errors carry what the layer above needs ---

    void errorCarriesCodeParametersFieldsRequestIdAndServedVersion()
    {
        HttpPeer peer([](const PeerRequest &) {
            QJsonObject body{
                {QStringLiteral("error"), 400},
                {QStringLiteral("errorCode"), QStringLiteral("INVALID_ATTRIBUTE")},
                {QStringLiteral("detail"), QStringLiteral("Invalid attribute retentionInDays specified.")},
                {QStringLiteral("parameters"), QJsonArray{QStringLiteral("retentionInDays"), 0}},
                {QStringLiteral("badRequestDetail"),
                 QJsonObject{{QStringLiteral("fields"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("field"), QStringLiteral("retentionInDays")},
                                  {QStringLiteral("description"), QStringLiteral("must be at least 1")}}}}}}};
            return json(400, body, {{"X-Request-Id", "req-42"}}, "2023-01-01");
        });
        Client client(peerOptions(peer));
        Waiter<Snapshot> w;
        client.takeOnDemandSnapshot(QStringLiteral("g1"), QStringLiteral("c"), QStringLiteral("x"), 0, w.callback());
        WAIT_FOR(w);
        const ApiError &e = w.got->error;
        QCOMPARE(e.kind, ErrorKind::BadRequest);
        QCOMPARE(e.httpStatus, 400);
        QCOMPARE(e.errorCode, QStringLiteral("INVALID_ATTRIBUTE"));
        QCOMPARE(e.detail, QStringLiteral("Invalid attribute retentionInDays specified."));
        QCOMPARE(e.parameters, (QStringList{QStringLiteral("retentionInDays"), QStringLiteral("0")}));
        QCOMPARE(e.fieldViolations.size(), 1);
        QCOMPARE(e.fieldViolations[0].field, QStringLiteral("retentionInDays"));
        QCOMPARE(e.fieldViolations[0].description, QStringLiteral("must be at least 1"));
        QCOMPARE(e.requestId, QStringLiteral("req-42"));
        QCOMPARE(e.servedVersion, QStringLiteral("2023-01-01"));
        QCOMPARE(e.operation, QStringLiteral("takeOnDemandSnapshot"));
        QVERIFY(e.message.contains(e.detail));
    }

    // --- Served-version deprecation ---

    void ownVersionsAreNotDeprecatedOnTheSandbox()
    {
        // Lifeboat asks for the exact versions of mediatypes.h; none is deprecated.
        Client client(sandboxOptions());
        QSignalSpy notices(&client, &Client::deprecationNoticed);
        int done = 0;
        client.listClusters(m_replicaSet.groupId, [&](Result<QList<Cluster>>) { ++done; });
        client.getCluster(m_replicaSet.groupId, m_replicaSet.name, [&](Result<Cluster>) { ++done; });
        client.getSchedule(m_replicaSet.groupId, m_replicaSet.name, [&](Result<BackupSchedule>) { ++done; });
        client.getCompliancePolicy(m_replicaSet.groupId, [&](Result<std::optional<CompliancePolicy>>) { ++done; });
        client.listSnapshots(m_replicaSet.groupId, m_replicaSet.name, [&](Result<QList<Snapshot>>) { ++done; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 5, 20000);
        QCOMPARE(notices.count(), 0);
    }

    void deprecatedServedVersionIsNoticedOncePerOperation()
    {
        Client client(sandboxOptions());
        QSignalSpy notices(&client, &Client::deprecationNoticed);
        const QString path = QStringLiteral("/api/atlas/v2/groups/%1/clusters").arg(m_replicaSet.groupId);
        const QString onePath = path + u'/' + m_replicaSet.name;
        const QString old = QStringLiteral("2023-02-01");  // deprecated, sunset 2027-07-01 on the sandbox
        int done = 0;
        for (int i = 0; i < 3; ++i)
            client.getAllPages(Endpoint{QStringLiteral("listClustersOld"), path, old}, {}, [&](Result<QJsonArray> r) {
                QVERIFY2(r.ok(), qPrintable(r.error.message));
                ++done;
            });
        client.get(Endpoint{QStringLiteral("getClusterOld"), onePath, old}, {}, [&](Result<QByteArray>) { ++done; });
        // Raw calls without an operation name count as one operation per path shape.
        client.get(onePath, old, {}, [&](Result<QByteArray>) { ++done; });
        client.get(path + QStringLiteral("/") + m_sharded.name, old, {}, [&](Result<QByteArray>) { ++done; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 6, 20000);
        QCOMPARE(notices.count(), 3);
        QStringList operations;
        for (const auto &n : notices) {
            operations.append(n.at(0).toString());
            QCOMPARE(n.at(1).toString(), old);
            QCOMPARE(n.at(2).toDateTime(), QDateTime(QDate(2027, 7, 1), QTime(0, 0), Qt::UTC));
        }
        operations.sort();
        QCOMPARE(operations, (QStringList{QStringLiteral("GET /api/atlas/v2/groups/{}/clusters/{}"),
                                          QStringLiteral("getClusterOld"), QStringLiteral("listClustersOld")}));
    }

    void sunsetAsHttpDate()
    {
        HttpPeer peer([](const PeerRequest &) {
            return json(200, {{QStringLiteral("results"), QJsonArray()}, {QStringLiteral("totalCount"), 0}},
                        {{"Deprecation", "@1735689600"}, {"Sunset", "Thu, 01 Jul 2027 00:00:00 GMT"}});
        });
        Client client(peerOptions(peer));
        QSignalSpy notices(&client, &Client::deprecationNoticed);
        Waiter<QList<Project>> w;
        client.listProjects(w.callback());
        WAIT_FOR(w);
        QVERIFY(w.got->ok());
        QCOMPARE(notices.count(), 1);
        QCOMPARE(notices.first().at(0).toString(), QStringLiteral("listProjects"));
        QCOMPARE(notices.first().at(1).toString(), QStringLiteral("2023-01-01"));
        QCOMPARE(notices.first().at(2).toDateTime(), QDateTime(QDate(2027, 7, 1), QTime(0, 0), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestAtlasOpsHttp)
#include "tst_atlas_ops_http.moc"
