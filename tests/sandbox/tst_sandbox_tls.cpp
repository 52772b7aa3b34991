// HTTPS: the certificate the sandbox makes in its data folder (and reuses), or one it
// is given; a client that trusts it reads, one that does not fails the handshake.
#include "engine/engine.h"
#include "engine/tls.h"
#include "httptestutil.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QtTest>

using namespace testutil;

class SandboxTlsTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir;

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // A GET with a client that trusts only `ca` (none: the system's store).
    static Response getTrusting(const sandbox::Engine &engine, const QString &path, const QString &ca,
                                QSslCertificate *peer = nullptr, const QString &host = QString())
    {
        QNetworkAccessManager nam;
        useApiKey(nam, engine.adminCredentials().publicKey, engine.adminCredentials().privateKey);
        QUrl url(engine.baseUrl().toString() + path);
        if (!host.isEmpty()) url.setHost(host);
        QNetworkRequest req(url);
        req.setRawHeader("Accept", accept("2023-01-01"));
        if (!ca.isEmpty()) {
            QSslConfiguration c = QSslConfiguration::defaultConfiguration();
            c.setCaCertificates(QSslCertificate::fromPath(ca));
            req.setSslConfiguration(c);
        }
        QNetworkReply *reply = nam.get(req);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        if (peer) *peer = reply->sslConfiguration().peerCertificate();
        delete reply;
        return r;
    }

private slots:
    void selfSignedCertificateMadeOnceAndTrustedByItsClient()
    {
        const QString data = dir.filePath(QStringLiteral("made"));
        QByteArray first;
        for (int run = 0; run < 2; ++run) {
            sandbox::Engine engine;
            sandbox::EngineOptions o;
            o.speed = 0;
            o.tls = true;
            o.dataDir = data;
            QString error;
            QVERIFY2(engine.start(o, &error), qPrintable(error));
            QCOMPARE(engine.baseUrl().scheme(), QStringLiteral("https"));
            const QString ca = engine.caCertificate();
            QVERIFY(ca.startsWith(data));
            QVERIFY(QFile::exists(ca));
            const QJsonObject line = QJsonDocument::fromJson(engine.startupLine().toUtf8()).object();
            QCOMPARE(line.value("caCertificate").toString(), ca);
            QVERIFY(line.value("baseUrl").toString().startsWith(QStringLiteral("https://127.0.0.1:")));

            const auto cert = QSslCertificate::fromPath(ca).value(0);
            QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("localhost"));
            const auto san = cert.subjectAlternativeNames();
            QVERIFY(san.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
            QVERIFY(san.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
            if (run == 0)
                first = fileBytes(ca);
            else
                QCOMPARE(fileBytes(ca), first);  // reused, not remade

            QSslCertificate peer;
            const Response ok = getTrusting(engine, QStringLiteral("/api/atlas/v2/orgs"), ca, &peer);
            QVERIFY2(ok.status == 200, qPrintable(QString::number(ok.error)));
            QVERIFY(!ok.json().value("results").toArray().isEmpty());
            QCOMPARE(peer, cert);
            // By name too: the certificate names localhost.
            QCOMPARE(getTrusting(engine, QStringLiteral("/api/atlas/v2/orgs"), ca, nullptr, QStringLiteral("localhost"))
                         .status,
                     200);
            // Links name the scheme the client used.
            QVERIFY(
                ok.json().value("links").toArray().first().toObject().value("href").toString().startsWith(u"https://"));

            // Without that CA the handshake fails and nothing is read.
            const Response refused = getTrusting(engine, QStringLiteral("/api/atlas/v2/orgs"), QString());
            QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
            QCOMPARE(refused.status, 0);
            QVERIFY(refused.body.isEmpty());
        }
    }

    void serviceAccountLogsInOverHttps()
    {
        sandbox::Engine engine;
        sandbox::EngineOptions o;
        o.speed = 0;
        o.tls = true;
        o.dataDir = dir.filePath(QStringLiteral("oauth"));
        QString error;
        QVERIFY2(engine.start(o, &error), qPrintable(error));
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setCaCertificates(QSslCertificate::fromPath(engine.caCertificate()));
        QNetworkAccessManager nam;
        const auto creds = engine.adminCredentials();
        QNetworkRequest tokenReq(QUrl(engine.baseUrl().toString() + QStringLiteral("/api/oauth/token")));
        tokenReq.setSslConfiguration(c);
        tokenReq.setRawHeader("Authorization",
                              "Basic " + (creds.clientId + u':' + creds.clientSecret).toUtf8().toBase64());
        tokenReq.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        QNetworkReply *t = nam.post(tokenReq, "grant_type=client_credentials");
        QTRY_VERIFY_WITH_TIMEOUT(t->isFinished(), 20000);
        QCOMPARE(t->error(), QNetworkReply::NoError);
        const QByteArray token =
            QJsonDocument::fromJson(t->readAll()).object().value("access_token").toString().toUtf8();
        delete t;
        QVERIFY(!token.isEmpty());
        // The date a generic client (MongoDB's SDKs) sends to every endpoint: each answer is the
        // newest version dated on or before it, named in Content-Type, as Atlas serves it.
        struct Answer {
            int status = 0;
            QByteArray contentType;
            QJsonObject body;
        };
        auto get = [&](const QString &path) {
            QNetworkRequest req(QUrl(engine.baseUrl().toString() + QStringLiteral("/api/atlas/v2") + path));
            req.setSslConfiguration(c);
            req.setRawHeader("Authorization", "Bearer " + token);
            req.setRawHeader("Accept", accept("2025-03-12"));
            QNetworkReply *r = nam.get(req);
            Answer a;
            if (!QTest::qWaitFor([r] { return r->isFinished(); }, 20000)) return a;
            a.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            a.contentType = r->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            a.body = QJsonDocument::fromJson(r->readAll()).object();
            delete r;
            return a;
        };
        auto results = [](const Answer &a) { return a.body.value(QLatin1String("results")).toArray(); };
        const Answer orgs = get(QStringLiteral("/orgs"));
        QCOMPARE(orgs.status, 200);
        QVERIFY2(orgs.contentType.contains("2023-01-01"), orgs.contentType.constData());
        QVERIFY(!results(orgs).isEmpty());
        const Answer groups = get(QStringLiteral("/groups"));
        QCOMPARE(groups.status, 200);
        QVERIFY(!results(groups).isEmpty());
        int clusters = 0, flexClusters = 0, snapshotLists = 0, flexSnapshotLists = 0;
        for (const QJsonValue &g : results(groups)) {
            const QString gid = g.toObject().value(QLatin1String("id")).toString();
            const Answer list = get(QStringLiteral("/groups/%1/clusters").arg(gid));
            QCOMPARE(list.status, 200);
            QVERIFY2(list.contentType.contains("2024-08-05"), list.contentType.constData());
            for (const QJsonValue &v : results(list)) {
                const QJsonObject cl = v.toObject();
                ++clusters;
                const bool m0 = cl.value(QLatin1String("replicationSpecs")).toArray().isEmpty() ||
                                QJsonDocument(cl).toJson(QJsonDocument::Compact).contains("\"instanceSize\":\"M0\"");
                if (m0 || !cl.value(QLatin1String("backupEnabled")).toBool()) continue;
                const Answer snaps = get(QStringLiteral("/groups/%1/clusters/%2/backup/snapshots")
                                             .arg(gid, cl.value(QLatin1String("name")).toString()));
                QCOMPARE(snaps.status, 200);
                QVERIFY2(snaps.contentType.contains("2023-01-01"), snaps.contentType.constData());
                ++snapshotLists;
            }
            const Answer flex = get(QStringLiteral("/groups/%1/flexClusters").arg(gid));
            QCOMPARE(flex.status, 200);
            QVERIFY2(flex.contentType.contains("2024-11-13"), flex.contentType.constData());
            for (const QJsonValue &v : results(flex)) {
                ++flexClusters;
                const Answer snaps = get(QStringLiteral("/groups/%1/flexClusters/%2/backup/snapshots")
                                             .arg(gid, v.toObject().value(QLatin1String("name")).toString()));
                QCOMPARE(snaps.status, 200);
                QVERIFY(!results(snaps).isEmpty());
                ++flexSnapshotLists;
            }
        }
        QVERIFY(clusters > 0);
        QVERIFY(flexClusters > 0);
        QVERIFY(snapshotLists > 0);
        QCOMPARE(flexSnapshotLists, flexClusters);
    }

    void givenCertificateIsServed()
    {
        QString cert, key, error;
        const QString own = dir.filePath(QStringLiteral("own"));
        QVERIFY(QDir().mkpath(own));
        QVERIFY2(sandbox::ensureSelfSignedCertificate(own, &cert, &key, &error), qPrintable(error));
        QVERIFY(QFile::permissions(key) & QFile::ReadOwner);
        QVERIFY(!(QFile::permissions(key) & QFile::ReadOther));

        sandbox::Engine engine;
        sandbox::EngineOptions o;
        o.speed = 0;
        o.tls = true;
        o.tlsCert = cert;
        o.tlsKey = key;
        o.dataDir = dir.filePath(QStringLiteral("given"));
        QVERIFY2(engine.start(o, &error), qPrintable(error));
        QCOMPARE(engine.caCertificate(), cert);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("given/tls-cert.pem"))));  // nothing made
        QSslCertificate peer;
        QCOMPARE(getTrusting(engine, QStringLiteral("/api/atlas/v2/orgs"), cert, &peer).status, 200);
        QCOMPARE(peer, QSslCertificate::fromPath(cert).value(0));
    }

    void badCertificateFilesAreRefusedWithAReason()
    {
        const QString junk = dir.filePath(QStringLiteral("junk.pem"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a certificate");
        f.close();
        sandbox::Engine engine;
        sandbox::EngineOptions o;
        o.speed = 0;
        o.tls = true;
        o.tlsCert = junk;
        o.tlsKey = junk;
        QString error;
        QVERIFY(!engine.start(o, &error));
        QVERIFY2(error.contains(junk), qPrintable(error));
        o.tlsKey.clear();
        QVERIFY(!engine.start(o, &error));
        QVERIFY2(error.contains(QStringLiteral("--tls-key")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(SandboxTlsTest)
#include "tst_sandbox_tls.moc"
