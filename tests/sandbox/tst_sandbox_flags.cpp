// The lifeboat-sandbox program with the front-end flags: --tls (JSON line with an
// https:// base URL and caCertificate), --verbose (one line per request, never a
// secret), --rate-limits, --latency, --request-timeout, and clear errors for bad values.
#include "httptestutil.h"
#include "rawhttp.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace testutil;

class SandboxFlagsTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir;

    static QString program() { return QStringLiteral(LIFEBOAT_SANDBOX_BIN); }

    static QJsonObject startAndReadLine(QProcess &p, const QStringList &args)
    {
        return testutil::startAndReadLine(p, program(), args);
    }

    static QByteArray stop(QProcess &p)
    {
        ::kill(pid_t(p.processId()), SIGTERM);
        if (!p.waitForFinished(10000)) p.kill();
        return p.readAllStandardError();
    }

private slots:
    void tlsVerboseRateLimitsAndLatency()
    {
        QProcess p;
        const QJsonObject line = startAndReadLine(
            p, {QStringLiteral("--tls"), QStringLiteral("--verbose"), QStringLiteral("--speed"), QStringLiteral("0"),
                QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("a")), QStringLiteral("--rate-limits"),
                QStringLiteral("capacity=2,refill=1/60s"), QStringLiteral("--latency"), QStringLiteral("20:5")});
        QCOMPARE(line.keys(),
                 (QStringList{"baseUrl", "caCertificate", "clientId", "clientSecret", "privateKey", "publicKey"}));
        const QUrl base(line.value("baseUrl").toString());
        QCOMPARE(base.scheme(), QStringLiteral("https"));
        const QString ca = line.value("caCertificate").toString();
        QVERIFY(ca.startsWith(dir.filePath(QStringLiteral("a"))));
        QCOMPARE(QSslCertificate::fromPath(ca).size(), 1);

        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(ca));
        QNetworkAccessManager nam;
        auto request = [&](const QByteArray &method, const QString &path,
                           const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body = {}) {
            QNetworkRequest req(QUrl(base.toString() + path));
            req.setSslConfiguration(tls);
            for (const auto &h : headers) req.setRawHeader(h.first, h.second);
            QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            loop.exec();
            Response r;
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.body = reply->readAll();
            r.headers = reply->rawHeaderPairs();
            reply->deleteLater();
            return r;
        };
        const QString clientId = line.value("clientId").toString(),
                      clientSecret = line.value("clientSecret").toString();
        const QList<QPair<QByteArray, QByteArray>> basic = {
            {"Authorization", "Basic " + (clientId + u':' + clientSecret).toUtf8().toBase64()},
            {"Content-Type", "application/x-www-form-urlencoded"}};
        const Response token =
            request("POST", QStringLiteral("/api/oauth/token"), basic, "grant_type=client_credentials");
        QCOMPARE(token.status, 200);
        const QByteArray access = token.json().value("access_token").toString().toUtf8();
        const QList<QPair<QByteArray, QByteArray>> bearer = {{"Authorization", "Bearer " + access},
                                                             {"Accept", accept("2025-03-12")}};
        QCOMPARE(request("GET", QStringLiteral("/api/atlas/v2/orgs?pageNum=1&token=supersecretvalue"), bearer).status,
                 200);
        QString groupId;
        for (const auto &g :
             request("GET", QStringLiteral("/api/atlas/v2/groups"), bearer).json().value("results").toArray())
            if (g.toObject().value("name").toString() == u"payments-prod")
                groupId = g.toObject().value("id").toString();
        QVERIFY(!groupId.isEmpty());
        const QString snaps =
            QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-main/backup/snapshots").arg(groupId);
        QCOMPARE(request("GET", snaps, bearer).header("RateLimit-Remaining"), QByteArray("1"));
        QCOMPARE(request("GET", snaps, bearer).status, 200);
        const Response limited = request("GET", snaps, bearer);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json().value("errorCode").toString(), QStringLiteral("RATE_LIMITED_TOKEN_BUCKET"));
        QVERIFY(limited.header("Retry-After").toInt() > 0);
        QCOMPARE(request("POST", QStringLiteral("/api/oauth/revoke"), basic, "token=" + access).status, 200);
        QCOMPARE(request("GET", QStringLiteral("/api/atlas/v2/orgs"), bearer).status, 401);
        // A digest client too, so a Digest header passes through the log path.
        useApiKey(nam, line.value("publicKey").toString(), line.value("privateKey").toString());
        QCOMPARE(request("GET", QStringLiteral("/api/atlas/v2/orgs"), {{"Accept", accept("2023-01-01")}}).status, 200);

        const QByteArray log = stop(p);
        QCOMPARE(p.exitCode(), 0);
        // One line per request with what happened.
        QVERIFY2(log.contains("GET /api/atlas/v2/orgs?pageNum=1&token=*** asked=2025-03-12 served=2023-01-01 "
                              "status=200 errorCode=- bytes="),
                 log.constData());
        QVERIFY(log.contains("status=429 errorCode=RATE_LIMITED_TOKEN_BUCKET"));
        QVERIFY(log.contains("POST /api/oauth/revoke asked=- served=- status=200"));
        QVERIFY(log.contains("status=401 errorCode=UNAUTHORIZED"));
        QVERIFY(log.contains(" ms="));
        // And never a credential.
        for (const QByteArray &secret : {line.value("privateKey").toString().toUtf8(), clientSecret.toUtf8(), access,
                                         QByteArray("supersecretvalue"), QByteArray("Authorization"),
                                         QByteArray("Bearer"), QByteArray("Digest"), QByteArray("Basic ")})
            QVERIFY2(!log.contains(secret), secret.constData());
    }

    void requestTimeoutFlag()
    {
        QProcess p;
        const QJsonObject line = startAndReadLine(p, {QStringLiteral("--speed"), QStringLiteral("0"),
                                                      QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("b")),
                                                      QStringLiteral("--request-timeout"), QStringLiteral("300")});
        const QUrl base(line.value("baseUrl").toString());
        rawhttp::Client c(base);
        c.write("POST /api/oauth/token HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n");
        const rawhttp::Response r = c.read();
        QCOMPARE(r.status, 408);
        QCOMPARE(r.json().value("errorCode").toString(), QStringLiteral("REQUEST_TIMEOUT"));
        const QByteArray log = stop(p);
        QVERIFY2(log.contains("408 REQUEST_TIMEOUT"), log.constData());  // refusals are logged without --verbose
    }

    void badFlagsGetAClearMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("latency") << QStringList{"--latency", "slow"} << "--latency";
        QTest::newRow("jitter") << QStringList{"--latency", "100:x"} << "--latency";
        QTest::newRow("rate-limits") << QStringList{"--rate-limits", "lots"} << "--rate-limits";
        QTest::newRow("cert without tls") << QStringList{"--tls-cert", "/x.pem", "--tls-key", "/y.pem"} << "--tls";
        QTest::newRow("cert without key") << QStringList{"--tls", "--tls-cert", "/x.pem"} << "--tls-key";
        QTest::newRow("missing cert") << QStringList{"--tls", "--tls-cert", "/no/such.pem", "--tls-key", "/no/such.key"}
                                      << "/no/such.pem";
        QTest::newRow("timeout") << QStringList{"--request-timeout", "0"} << "--request-timeout";
    }

    void badFlagsGetAClearMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QProcess p;
        p.start(program(), args + QStringList{QStringLiteral("--data-dir"),
                                              dir.filePath(QString::fromLatin1(QTest::currentDataTag()))});
        QVERIFY(p.waitForFinished(20000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY(p.readAllStandardOutput().isEmpty());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(mentions), qPrintable(err));
    }

    void helpDescribesTheNewFlags()
    {
        QProcess p;
        p.start(program(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        const QByteArray out = p.readAllStandardOutput();
        for (const char *flag :
             {"--tls", "--tls-cert", "--tls-key", "--rate-limits", "--latency", "--request-timeout", "--verbose"})
            QVERIFY2(out.contains(flag), flag);
    }
};

QTEST_GUILESS_MAIN(SandboxFlagsTest)
#include "tst_sandbox_flags.moc"
