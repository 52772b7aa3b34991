// The sandbox over real HTTP: authentication, versions, pagination, roles, errors.
#include "engine/engine.h"
#include "httptestutil.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace testutil;

class SandboxHttpTest : public QObject {
    Q_OBJECT

    sandbox::Engine engine;
    sandbox::Credentials creds;
    QString groupId;  // payments-prod

    QUrl url(const QString &path) const { return QUrl(engine.baseUrl().toString() + path); }

    Response getAs(const QString &key, const QString &secret, const QString &path, const char *version = "2023-01-01")
    {
        QNetworkAccessManager nam;
        useApiKey(nam, key, secret);
        return send(nam, "GET", url(path), {{"Accept", accept(version)}});
    }
    Response get(const QString &path, const char *version = "2023-01-01")
    {
        return getAs(creds.publicKey, creds.privateKey, path, version);
    }
    QString projectId(const QString &name)
    {
        const auto results = get(QStringLiteral("/api/atlas/v2/groups")).json().value("results").toArray();
        for (const auto &p : results)
            if (p.toObject().value("name").toString() == name) return p.toObject().value("id").toString();
        return {};
    }

private slots:
    void initTestCase()
    {
        sandbox::EngineOptions o;
        o.speed = 0;
        o.tokenLifetimeSeconds = 2;
        QString error;
        QVERIFY2(engine.start(o, &error), qPrintable(error));
        creds = engine.adminCredentials();
        QCOMPARE(creds.publicKey, QStringLiteral("lbdemoowner"));
        groupId = projectId(QStringLiteral("payments-prod"));
        QVERIFY(!groupId.isEmpty());
    }

    void startupLineNamesBaseUrlAndCredentials()
    {
        const QJsonObject o = QJsonDocument::fromJson(engine.startupLine().toUtf8()).object();
        QCOMPARE(o.value("baseUrl").toString(), engine.baseUrl().toString());
        QCOMPARE(o.value("publicKey").toString(), creds.publicKey);
        QCOMPARE(o.value("privateKey").toString(), creds.privateKey);
        QCOMPARE(o.value("clientId").toString(), creds.clientId);
        QCOMPARE(o.value("clientSecret").toString(), creds.clientSecret);
        QVERIFY(engine.baseUrl().host() == QStringLiteral("127.0.0.1"));
    }

    void digestChallengeAndResponse()
    {
        QNetworkAccessManager nam;
        const QString path = QStringLiteral("/api/atlas/v2/groups/%1").arg(groupId);
        const Response challenge = send(nam, "GET", url(path), {{"Accept", accept("2023-01-01")}});
        QCOMPARE(challenge.status, 401);
        QCOMPARE(challenge.json().value("errorCode").toString(), QStringLiteral("UNAUTHORIZED"));
        const QByteArray www = challenge.header("WWW-Authenticate");
        QVERIFY2(www.startsWith("Digest "), www.constData());
        QVERIFY(www.contains("realm=\"MMS Public API\""));
        QVERIFY(www.contains("qop=\"auth\""));
        QVERIFY(www.contains("algorithm=MD5"));
        const auto m = QRegularExpression(QStringLiteral("nonce=\"([^\"]+)\"")).match(QString::fromLatin1(www));
        QVERIFY(m.hasMatch());
        const QByteArray nonce = m.captured(1).toLatin1();

        auto authorization = [&](const QByteArray &password, const QByteArray &n) {
            const QByteArray ha1 = md5(creds.publicKey.toUtf8() + ":MMS Public API:" + password);
            const QByteArray ha2 = md5("GET:" + path.toUtf8());
            const QByteArray response = md5(ha1 + ':' + n + ":00000001:0a4f113b:auth:" + ha2);
            return "Digest username=\"" + creds.publicKey.toUtf8() + "\", realm=\"MMS Public API\", nonce=\"" + n +
                   "\", uri=\"" + path.toUtf8() +
                   "\", algorithm=MD5, qop=auth, nc=00000001, cnonce=\"0a4f113b\", response=\"" + response + "\"";
        };
        const Response ok = send(
            nam, "GET", url(path),
            {{"Accept", accept("2023-01-01")}, {"Authorization", authorization(creds.privateKey.toUtf8(), nonce)}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value("id").toString(), groupId);
        QCOMPARE(ok.json().value("name").toString(), QStringLiteral("payments-prod"));

        const Response wrong =
            send(nam, "GET", url(path),
                 {{"Accept", accept("2023-01-01")}, {"Authorization", authorization("not-the-key", nonce)}});
        QCOMPARE(wrong.status, 401);
        QVERIFY(wrong.header("WWW-Authenticate").startsWith("Digest "));

        QByteArray forged = nonce;
        forged[forged.size() - 2] = forged[forged.size() - 2] == 'A' ? 'B' : 'A';
        const Response badNonce = send(
            nam, "GET", url(path),
            {{"Accept", accept("2023-01-01")}, {"Authorization", authorization(creds.privateKey.toUtf8(), forged)}});
        QCOMPARE(badNonce.status, 401);
    }

    void qtDigestClientWorksAndWrongPasswordIsRefused()
    {
        QCOMPARE(get(QStringLiteral("/api/atlas/v2/orgs")).status, 200);
        const Response r = getAs(creds.publicKey, QStringLiteral("wrong-secret"), QStringLiteral("/api/atlas/v2/orgs"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value("error").toInt(), 401);
        QCOMPARE(r.json().value("reason").toString(), QStringLiteral("Unauthorized"));
        const Response unknown =
            getAs(QStringLiteral("nosuchkey"), QStringLiteral("x"), QStringLiteral("/api/atlas/v2/orgs"));
        QCOMPARE(unknown.status, 401);
    }

    void serviceAccountTokenAndExpiry()
    {
        QNetworkAccessManager nam;
        const QByteArray basic = "Basic " + (creds.clientId + u':' + creds.clientSecret).toUtf8().toBase64();
        const Response token = send(nam, "POST", url(QStringLiteral("/api/oauth/token")),
                                    {{"Authorization", basic}, {"Content-Type", "application/x-www-form-urlencoded"}},
                                    "grant_type=client_credentials");
        QCOMPARE(token.status, 200);
        const QString access = token.json().value("access_token").toString();
        QVERIFY(!access.isEmpty());
        QCOMPARE(token.json().value("token_type").toString(), QStringLiteral("Bearer"));
        QCOMPARE(token.json().value("expires_in").toInt(), 2);

        const QList<QPair<QByteArray, QByteArray>> h = {{"Accept", accept("2023-01-01")},
                                                        {"Authorization", "Bearer " + access.toUtf8()}};
        QCOMPARE(send(nam, "GET", url(QStringLiteral("/api/atlas/v2/groups")), h).status, 200);
        QTest::qWait(2300);
        const Response expired = send(nam, "GET", url(QStringLiteral("/api/atlas/v2/groups")), h);
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.json().value("detail").toString().contains(QStringLiteral("expired")));

        const QByteArray bad = "Basic " + (creds.clientId + QStringLiteral(":nope")).toUtf8().toBase64();
        const Response refused = send(nam, "POST", url(QStringLiteral("/api/oauth/token")),
                                      {{"Authorization", bad}, {"Content-Type", "application/x-www-form-urlencoded"}},
                                      "grant_type=client_credentials");
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json().value("error").toString(), QStringLiteral("invalid_client"));
        const Response grant = send(nam, "POST", url(QStringLiteral("/api/oauth/token")),
                                    {{"Authorization", basic}, {"Content-Type", "application/x-www-form-urlencoded"}},
                                    "grant_type=password");
        QCOMPARE(grant.status, 400);
        const Response bogus = send(nam, "GET", url(QStringLiteral("/api/atlas/v2/groups")),
                                    {{"Accept", accept("2023-01-01")}, {"Authorization", "Bearer made-up"}});
        QCOMPARE(bogus.status, 401);
    }

    void missingOrUnknownVersionIs406()
    {
        QNetworkAccessManager nam;
        useApiKey(nam, creds.publicKey, creds.privateKey);
        const QString path = QStringLiteral("/api/atlas/v2/groups/%1/clusters").arg(groupId);
        const Response none = send(nam, "GET", url(path));
        QCOMPARE(none.status, 406);
        QCOMPARE(none.json().value("error").toInt(), 406);
        QVERIFY(!none.json().value("errorCode").toString().isEmpty());
        QVERIFY(none.header("Content-Type").startsWith("application/json"));
        // Older than every version (resolution to the newest version on or before it is in tst_sandbox_front).
        QCOMPARE(send(nam, "GET", url(path), {{"Accept", accept("2022-12-31")}}).status, 406);
        QCOMPARE(send(nam, "GET", url(path), {{"Accept", "application/json"}}).status, 406);
        const Response ok = send(nam, "GET", url(path), {{"Accept", accept("2024-08-05")}});
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.header("Content-Type").startsWith("application/vnd.atlas.2024-08-05+json"));
    }

    void clusterVersionsHaveTheirOwnShape()
    {
        const QString path = QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-events").arg(groupId);
        const Response v2024 = get(path, "2024-08-05");
        QCOMPARE(v2024.status, 200);
        QCOMPARE(v2024.json().value("replicationSpecs").toArray().size(), 3);  // one per shard
        QCOMPARE(v2024.json().value("clusterType").toString(), QStringLiteral("SHARDED"));
        QCOMPARE(v2024.json().value("configServerType").toString(), QStringLiteral("DEDICATED"));
        QVERIFY(v2024.header("Sunset").isEmpty());
        const Response v2023 = get(path, "2023-02-01");
        QCOMPARE(v2023.json().value("replicationSpecs").toArray().first().toObject().value("numShards").toInt(), 3);
        QCOMPARE(v2023.header("Sunset"), QByteArray("2027-07-01"));
        const Response legacy = get(path, "2023-01-01");
        QCOMPARE(legacy.json().value("numShards").toInt(), 3);
        QCOMPARE(legacy.json().value("providerSettings").toObject().value("instanceSizeName").toString(),
                 QStringLiteral("M50"));
    }

    void paginationEdges()
    {
        const QString base =
            QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-main/backup/snapshots").arg(groupId);
        const Response all = get(base + QStringLiteral("?itemsPerPage=500"));
        QCOMPARE(all.status, 200);
        const int total = all.json().value("totalCount").toInt();
        QVERIFY2(total > 20, qPrintable(QString::number(total)));
        QCOMPARE(all.json().value("results").toArray().size(), total);

        const int per = 7;
        const int lastPage = (total + per - 1) / per;
        const Response last = get(base + QStringLiteral("?itemsPerPage=%1&pageNum=%2").arg(per).arg(lastPage));
        QCOMPARE(last.status, 200);
        QCOMPARE(last.json().value("results").toArray().size(), total - per * (lastPage - 1));
        QStringList rels;
        for (const auto &l : last.json().value("links").toArray()) rels << l.toObject().value("rel").toString();
        QVERIFY(rels.contains("self") && rels.contains("previous") && !rels.contains("next"));
        const Response first = get(base + QStringLiteral("?itemsPerPage=%1").arg(per));
        rels.clear();
        for (const auto &l : first.json().value("links").toArray()) rels << l.toObject().value("rel").toString();
        QVERIFY(rels.contains("next") && !rels.contains("previous"));

        // Pages together are the whole list, newest first, without repeats.
        QStringList ids;
        for (int p = 1; p <= lastPage; ++p)
            for (const auto &s : get(base + QStringLiteral("?itemsPerPage=%1&pageNum=%2").arg(per).arg(p))
                                     .json()
                                     .value("results")
                                     .toArray())
                ids << s.toObject().value("id").toString();
        QStringList allIds;
        QString previousCreated = QStringLiteral("9999");
        for (const auto &s : all.json().value("results").toArray()) {
            allIds << s.toObject().value("id").toString();
            const QString created = s.toObject().value("createdAt").toString();
            QVERIFY(created <= previousCreated);
            previousCreated = created;
        }
        QCOMPARE(ids, allIds);

        const Response past = get(base + QStringLiteral("?itemsPerPage=%1&pageNum=%2").arg(per).arg(lastPage + 5));
        QCOMPARE(past.status, 200);
        QCOMPARE(past.json().value("results").toArray().size(), 0);
        QCOMPARE(past.json().value("totalCount").toInt(), total);

        const Response tooMany = get(base + QStringLiteral("?itemsPerPage=501"));
        QCOMPARE(tooMany.status, 400);
        QVERIFY(tooMany.json().value("detail").toString().contains(QStringLiteral("itemsPerPage")));
        QCOMPARE(get(base + QStringLiteral("?itemsPerPage=0")).status, 400);
        QCOMPARE(get(base + QStringLiteral("?pageNum=0")).status, 400);
        QCOMPARE(get(base + QStringLiteral("?pageNum=abc")).status, 400);

        const Response noCount = get(base + QStringLiteral("?includeCount=false"));
        QCOMPARE(noCount.status, 200);
        QVERIFY(!noCount.json().contains("totalCount"));
        QCOMPARE(get(base).json().value("results").toArray().size(), qMin(total, 100));
    }

    void rolesLimitWhatAKeySees()
    {
        const QString staging = projectId(QStringLiteral("payments-staging"));
        const QString key = QStringLiteral("lbdemostaging"),
                      secret = QStringLiteral("5e8f3a10-9b2c-4d61-8e7f-1a2b3c4d5e6f");
        const auto results =
            getAs(key, secret, QStringLiteral("/api/atlas/v2/groups")).json().value("results").toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().toObject().value("id").toString(), staging);
        QCOMPARE(
            getAs(key, secret, QStringLiteral("/api/atlas/v2/groups/%1/clusters").arg(staging), "2024-08-05").status,
            200);
        const Response denied =
            getAs(key, secret, QStringLiteral("/api/atlas/v2/groups/%1/clusters").arg(groupId), "2024-08-05");
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.json().value("error").toInt(), 403);
        QCOMPARE(denied.json().value("reason").toString(), QStringLiteral("Forbidden"));

        const Response fenced =
            getAs(QStringLiteral("lbdemofenced"), QStringLiteral("9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d"),
                  QStringLiteral("/api/atlas/v2/groups"));
        QCOMPARE(fenced.status, 403);
        QCOMPARE(fenced.json().value("errorCode").toString(), QStringLiteral("RESOURCE_REQUIRES_ACCESS_LIST"));
    }

    void errorsUseApiErrorWithAtlasCodes()
    {
        const Response missingGroup = get(QStringLiteral("/api/atlas/v2/groups/0123456789abcdef01234567"));
        QCOMPARE(missingGroup.status, 404);
        QCOMPARE(missingGroup.json().value("errorCode").toString(), QStringLiteral("GROUP_NOT_FOUND"));
        QCOMPARE(get(QStringLiteral("/api/atlas/v2/groups/not-an-id")).json().value("errorCode").toString(),
                 QStringLiteral("INVALID_GROUP_ID"));
        const Response cluster =
            get(QStringLiteral("/api/atlas/v2/groups/%1/clusters/nope").arg(groupId), "2024-08-05");
        QCOMPARE(cluster.status, 404);
        QCOMPARE(cluster.json().value("errorCode").toString(), QStringLiteral("CLUSTER_NOT_FOUND"));
        const Response snap = get(
            QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-main/backup/snapshots/0123456789abcdef01234567")
                .arg(groupId));
        QCOMPARE(snap.status, 404);
        QCOMPARE(snap.json().value("errorCode").toString(), QStringLiteral("RESOURCE_NOT_FOUND"));
        const QString staging = projectId(QStringLiteral("payments-staging"));
        const Response m0 =
            get(QStringLiteral("/api/atlas/v2/groups/%1/clusters/sandbox-free/backup/snapshots").arg(staging));
        QCOMPARE(m0.status, 400);
        QVERIFY(m0.json().value("detail").toString().contains(QStringLiteral("M0")));
        const Response bcp =
            get(QStringLiteral("/api/atlas/v2/groups/%1/backupCompliancePolicy").arg(staging), "2023-10-01");
        QCOMPARE(bcp.status, 404);
        QCOMPARE(
            get(QStringLiteral("/api/atlas/v2/groups/%1/backupCompliancePolicy").arg(groupId), "2023-10-01").status,
            200);
        QCOMPARE(get(QStringLiteral("/api/atlas/v2/nothing/here")).status, 404);
    }

    void demoEstateCoversTheDomain()
    {
        QSet<QString> tiers, providers, versions;
        bool sharded3 = false, kms = false, pit = false, pinned = false;
        int clusters = 0, flex = 0;
        for (const auto &p : get(QStringLiteral("/api/atlas/v2/groups")).json().value("results").toArray()) {
            const QString id = p.toObject().value("id").toString();
            for (const auto &cv : get(QStringLiteral("/api/atlas/v2/groups/%1/clusters").arg(id), "2024-08-05")
                                      .json()
                                      .value("results")
                                      .toArray()) {
                const QJsonObject c = cv.toObject();
                ++clusters;
                const QJsonObject rc = c.value("replicationSpecs")
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value("regionConfigs")
                                           .toArray()
                                           .first()
                                           .toObject();
                tiers << rc.value("electableSpecs").toObject().value("instanceSize").toString();
                providers << (rc.value("providerName").toString() == u"TENANT"
                                  ? rc.value("backingProviderName").toString()
                                  : rc.value("providerName").toString());
                versions << c.value("mongoDBVersion").toString().section(u'.', 0, 1);
                sharded3 |= c.value("clusterType").toString() == u"SHARDED" &&
                            c.value("replicationSpecs").toArray().size() == 3;
                kms |= c.value("encryptionAtRestProvider").toString() == u"AWS";
                pit |= c.value("pitEnabled").toBool();
                pinned |= c.contains("featureCompatibilityVersionExpirationDate");
            }
            flex += get(QStringLiteral("/api/atlas/v2/groups/%1/flexClusters").arg(id), "2024-11-13")
                        .json()
                        .value("totalCount")
                        .toInt();
        }
        QVERIFY(clusters + flex >= 12);
        QVERIFY(flex >= 1);
        for (const char *t : {"M0", "M10", "M20", "M30", "M40"}) QVERIFY2(tiers.contains(QLatin1String(t)), t);
        for (const char *p : {"AWS", "AZURE", "GCP"}) QVERIFY2(providers.contains(QLatin1String(p)), p);
        QVERIFY(versions.contains("6.0") && versions.contains("8.2"));
        QVERIFY(sharded3 && kms && pit && pinned);
    }
};

QTEST_GUILESS_MAIN(SandboxHttpTest)
#include "tst_sandbox_http.moc"
