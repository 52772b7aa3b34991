// Error typing, retry arithmetic, base-URL rules and the token cache: no network needed.
#include "atlas/client.h"
#include "atlas/retrypolicy.h"
#include "atlas/tokencache.h"

#include <QSignalSpy>
#include <QSslError>
#include <QTest>

using namespace lifeboat::atlas;
using namespace lifeboat::domain;

class TestAtlasErrors : public QObject {
    Q_OBJECT
private slots:
    void httpStatusToKind_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("400") << 400 << QByteArray(R"({"error":400,"errorCode":"VALIDATION_ERROR"})")
                             << int(ErrorKind::BadRequest);
        QTest::newRow("401") << 401 << QByteArray(R"({"error":401,"errorCode":"NOT_AUTHORIZED"})")
                             << int(ErrorKind::Unauthorized);
        QTest::newRow("403 role") << 403 << QByteArray(R"({"error":403,"errorCode":"USER_CANNOT_ACCESS_GROUP"})")
                                  << int(ErrorKind::Forbidden);
        QTest::newRow("403 access list") << 403
                                         << QByteArray(R"({"error":403,"errorCode":"RESOURCE_REQUIRES_ACCESS_LIST"})")
                                         << int(ErrorKind::AccessListRequired);
        QTest::newRow("403 org access list")
            << 403 << QByteArray(R"({"error":403,"errorCode":"ORG_REQUIRES_ACCESS_LIST"})")
            << int(ErrorKind::AccessListRequired);
        QTest::newRow("404") << 404 << QByteArray(R"({"error":404,"errorCode":"RESOURCE_NOT_FOUND"})")
                             << int(ErrorKind::NotFound);
        QTest::newRow("406") << 406 << QByteArray(R"({"error":406,"errorCode":"INVALID_VERSION_DATE"})")
                             << int(ErrorKind::UnsupportedVersion);
        QTest::newRow("410 gone") << 410 << QByteArray(R"({"error":410,"errorCode":"VERSION_GONE"})")
                                  << int(ErrorKind::UnsupportedVersion);
        QTest::newRow("409") << 409 << QByteArray(R"({"error":409,"errorCode":"CANNOT_RESTORE"})")
                             << int(ErrorKind::Conflict);
        QTest::newRow("429") << 429 << QByteArray(R"({"error":429,"errorCode":"RATE_LIMITED_TOKEN_BUCKET"})")
                             << int(ErrorKind::RateLimited);
        QTest::newRow("500") << 500 << QByteArray(R"({"error":500,"errorCode":"UNEXPECTED_ERROR"})")
                             << int(ErrorKind::Server);
        QTest::newRow("503 html") << 503 << QByteArray("<html>down</html>") << int(ErrorKind::Server);
        QTest::newRow("418 empty") << 418 << QByteArray() << int(ErrorKind::BadRequest);
    }
    void httpStatusToKind()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const ApiError e = ApiError::fromHttp(status, body);
        QCOMPARE(errorKindName(e.kind), errorKindName(ErrorKind(kind)));
        QCOMPARE(e.httpStatus, status);
        QVERIFY(e.isError());
        QVERIFY(!e.message.isEmpty());
    }

    void keepsCodeAndDetail()
    {
        const ApiError e =
            ApiError::fromHttp(429,
                               R"({"detail":"Rate limit exceeded. Please retry after 55 seconds.","error":429,
                "errorCode":"RATE_LIMITED_TOKEN_BUCKET","parameters":["api/atlas/v2/orgs",55],"reason":"Too Many Requests"})",
                               55);
        QCOMPARE(e.kind, ErrorKind::RateLimited);
        QCOMPARE(e.errorCode, QStringLiteral("RATE_LIMITED_TOKEN_BUCKET"));
        QCOMPARE(e.reason, QStringLiteral("Too Many Requests"));
        QVERIFY(e.detail.contains(QStringLiteral("55 seconds")));
        QVERIFY(e.message.contains(QStringLiteral("55 seconds")));  // the user sees Atlas' words too
        QCOMPARE(e.retryAfterSeconds, 55);
        QCOMPARE(e.parameters, (QStringList{QStringLiteral("api/atlas/v2/orgs"), QStringLiteral("55")}));
    }

    void parametersOfAnyShapeAndFieldViolations()
    {
        const ApiError e = ApiError::fromHttp(
            400, R"({"error":400,"errorCode":"INVALID_ATTRIBUTE","parameters":[{"name":"x"},true,null],
                     "badRequestDetail":{"fields":[{"field":"policies[0].policyItems[1].retentionValue",
                                                    "description":"must be greater than 0"},{"bad":1}]}})");
        QCOMPARE(e.parameters,
                 (QStringList{QStringLiteral("{\"name\":\"x\"}"), QStringLiteral("true"), QStringLiteral("null")}));
        QCOMPARE(e.fieldViolations.size(), 2);
        QCOMPARE(e.fieldViolations[0].field, QStringLiteral("policies[0].policyItems[1].retentionValue"));
        QCOMPARE(e.fieldViolations[0].description, QStringLiteral("must be greater than 0"));
        QVERIFY(e.fieldViolations[1].field.isEmpty());  // tolerated, not invented
        // Not an ApiError body: still typed, nothing made up.
        const ApiError plain = ApiError::fromHttp(502, "<html>Bad gateway</html>");
        QCOMPARE(plain.kind, ErrorKind::Server);
        QVERIFY(plain.parameters.isEmpty());
        QVERIFY(plain.fieldViolations.isEmpty());
    }

    void certificateProblemsInWords_data()
    {
        QTest::addColumn<QList<int>>("errors");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("words");
        QTest::newRow("expired") << QList<int>{QSslError::CertificateExpired} << int(CertificateProblem::Expired)
                                 << "expired";
        // An expired self-signed certificate: the expiry is what the user must hear first.
        QTest::newRow("expired and self-signed")
            << QList<int>{QSslError::SelfSignedCertificate, QSslError::CertificateExpired}
            << int(CertificateProblem::Expired) << "expired";
        QTest::newRow("wrong host") << QList<int>{QSslError::CertificateUntrusted, QSslError::HostNameMismatch}
                                    << int(CertificateProblem::WrongHost) << "another host";
        QTest::newRow("self-signed") << QList<int>{QSslError::SelfSignedCertificate}
                                     << int(CertificateProblem::SelfSigned) << "self-signed";
        QTest::newRow("self-signed in chain") << QList<int>{QSslError::SelfSignedCertificateInChain}
                                              << int(CertificateProblem::SelfSigned) << "self-signed";
        QTest::newRow("untrusted issuer") << QList<int>{QSslError::UnableToGetLocalIssuerCertificate}
                                          << int(CertificateProblem::Untrusted) << "not signed by an authority";
        QTest::newRow("not yet valid") << QList<int>{QSslError::CertificateNotYetValid}
                                       << int(CertificateProblem::NotYetValid) << "not valid yet";
        QTest::newRow("revoked") << QList<int>{QSslError::CertificateRevoked} << int(CertificateProblem::Revoked)
                                 << "revoked";
        QTest::newRow("other") << QList<int>{QSslError::CertificateSignatureFailed} << int(CertificateProblem::Other)
                               << "could not be verified";
    }
    void certificateProblemsInWords()
    {
        QFETCH(QList<int>, errors);
        QFETCH(int, problem);
        QFETCH(QString, words);
        QList<QSslError> ssl;
        for (int e : errors) ssl.append(QSslError(QSslError::SslError(e)));
        const ApiError e = ApiError::certificate(ssl, QStringLiteral("atlas.example.org"));
        QCOMPARE(e.kind, ErrorKind::Certificate);
        QCOMPARE(errorKindName(e.kind), QStringLiteral("Certificate"));
        QCOMPARE(int(e.certificateProblem), problem);
        QVERIFY2(e.message.contains(words), qPrintable(e.message));
        QVERIFY(e.message.contains(QStringLiteral("atlas.example.org")));
        QVERIFY(!e.detail.isEmpty());  // Qt's own words kept for the log
    }

    void accessListMessageSaysWhatToDo()
    {
        const ApiError e = ApiError::fromHttp(403, R"({"error":403,"errorCode":"RESOURCE_REQUIRES_ACCESS_LIST"})");
        QVERIFY(e.message.contains(QStringLiteral("access list")));
    }

    void networkAndCancel()
    {
        const ApiError n = ApiError::network(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"));
        QCOMPARE(n.kind, ErrorKind::Network);
        QCOMPARE(ApiError::network(QNetworkReply::OperationCanceledError, {}).kind, ErrorKind::Cancelled);
        QCOMPARE(ApiError::cancelled().kind, ErrorKind::Cancelled);
        QCOMPARE(ApiError::invalidResponse(QStringLiteral("x")).kind, ErrorKind::InvalidResponse);
    }

    void retryAfterHonoured()
    {
        RetryPolicy p;
        QCOMPARE(p.delayMs(1, 3), 3000);
        QCOMPARE(p.delayMs(3, 0), 0);
        p.timeScale = 0.01;
        QCOMPARE(p.delayMs(1, 3), 30);
        QCOMPARE(p.delayMs(1, p.maxRetryAfterSeconds + 1), -1);  // too long: give the error to the user
    }

    void backoffIsExponentialCappedAndJittered()
    {
        RetryPolicy p;
        p.baseDelayMs = 100;
        p.maxDelayMs = 1000;
        p.random = [] { return 0.0; };
        QCOMPARE(p.delayMs(1, -1), 50);
        QCOMPARE(p.delayMs(2, -1), 100);
        QCOMPARE(p.delayMs(3, -1), 200);
        QCOMPARE(p.delayMs(10, -1), 500);  // capped at maxDelayMs, half of it fixed
        p.random = [] { return 0.999; };
        QVERIFY(p.delayMs(1, -1) >= 99 && p.delayMs(1, -1) <= 100);
        QVERIFY(p.delayMs(10, -1) <= 1000);
        p.random = {};
        QSet<int> seen;
        for (int i = 0; i < 20; ++i) seen.insert(p.delayMs(4, -1));
        QVERIFY2(seen.size() > 1, "jitter must vary the delay");
    }

    void retryableStatuses()
    {
        QVERIFY(RetryPolicy::isRetryableStatus(429));
        QVERIFY(RetryPolicy::isRetryableStatus(500));
        QVERIFY(RetryPolicy::isRetryableStatus(503));
        QVERIFY(!RetryPolicy::isRetryableStatus(501));
        QVERIFY(!RetryPolicy::isRetryableStatus(404));
        QVERIFY(!RetryPolicy::isRetryableStatus(401));
    }

    void parseRetryAfter()
    {
        QCOMPARE(RetryPolicy::parseRetryAfter("5"), 5);
        QCOMPARE(RetryPolicy::parseRetryAfter(" 7 "), 7);
        QCOMPARE(RetryPolicy::parseRetryAfter(""), -1);
        QCOMPARE(RetryPolicy::parseRetryAfter("soon"), -1);
        QCOMPARE(RetryPolicy::parseRetryAfter("-3"), -1);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 60);
    }

    void baseUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("atlas") << "https://cloud.mongodb.com" << true;
        QTest::newRow("https other") << "https://atlas.example.org:8443/base" << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << true;
        QTest::newRow("http 127.x") << "http://127.3.2.1:9" << true;
        QTest::newRow("http ::1") << "http://[::1]:8080" << true;
        QTest::newRow("http localhost") << "http://localhost:1234" << true;
        QTest::newRow("http LOCALHOST") << "http://LOCALHOST:1234" << true;
        QTest::newRow("http remote") << "http://cloud.mongodb.com" << false;
        QTest::newRow("http private ip") << "http://10.0.0.5:8080" << false;
        QTest::newRow("http localhost lookalike") << "http://localhost.evil.com" << false;
        QTest::newRow("http 128") << "http://128.0.0.1" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
        QTest::newRow("no host") << "https://" << false;
        QTest::newRow("user info") << "https://u:p@cloud.mongodb.com" << false;
    }
    void baseUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const auto problem = baseUrlProblem(QUrl(url));
        QCOMPARE(!problem.has_value(), accepted);
    }

    void clientRefusesPlainHttpToRemoteHost()
    {
        ClientOptions o;
        o.baseUrl = QUrl(QStringLiteral("http://198.51.100.7:8080"));
        o.credentials = Credentials::apiKey(QStringLiteral("pub"), QStringLiteral("s3cr3t-private"));
        Client client(o);
        QVERIFY(client.configurationError().has_value());
        QSignalSpy exchanges(&client, &Client::exchangeFinished);
        std::optional<Result<QList<Project>>> got;
        client.listProjects([&](Result<QList<Project>> r) { got = r; });
        QVERIFY(!got.has_value());  // answered asynchronously, never inside the call
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->error.kind, ErrorKind::InvalidConfiguration);
        QVERIFY(got->error.message.contains(QStringLiteral("https")));
        QVERIFY(!got->error.message.contains(QStringLiteral("s3cr3t")));
        QCOMPARE(exchanges.count(), 0);  // nothing was sent
    }

    void defaultBaseUrlIsAtlas()
    {
        ClientOptions o;
        QCOMPARE(o.baseUrl, QUrl(QStringLiteral("https://cloud.mongodb.com")));
        Client client(o);
        QVERIFY(!client.configurationError().has_value());
    }

    void tokenCache()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        TokenCache cache(60);
        QString error;
        QVERIFY(cache.store(R"({"access_token":"tok","expires_in":3600,"token_type":"Bearer"})", now, &error));
        QCOMPARE(cache.validToken(now).value_or(QByteArray()), QByteArray("tok"));
        QVERIFY(cache.validToken(now.addSecs(3500)).has_value());
        QVERIFY(!cache.validToken(now.addSecs(3541)).has_value());  // inside the renew margin
        QVERIFY(!cache.store(R"({"expires_in":3600})", now, &error));
        QVERIFY(!cache.validToken(now).has_value());
        QVERIFY(!cache.store(R"({"access_token":"t","token_type":"mac"})", now, &error));
        QVERIFY(!cache.store("not json", now, &error));
    }
};

QTEST_GUILESS_MAIN(TestAtlasErrors)
#include "tst_atlas_errors.moc"
