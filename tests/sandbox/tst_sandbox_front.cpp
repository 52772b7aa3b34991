// The sandbox's HTTP front as Atlas's: version resolution, authentication before
// routing, 405 with Allow, HEAD, envelope and pretty, encoded slashes, request limits,
// token revocation, rate limits and latency; over real HTTP to an in-process engine.
#include "engine/engine.h"
#include "engine/httpfront.h"
#include "httptestutil.h"
#include "rawhttp.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace testutil;

class SandboxFrontTest : public QObject {
    Q_OBJECT

    sandbox::Engine engine;
    sandbox::Credentials creds;
    QString groupId;  // payments-prod
    QByteArray bearer;

    QUrl url(const QString &path) const { return QUrl(engine.baseUrl().toString() + path); }

    Response get(const QString &path, const QByteArray &accept = testutil::accept("2023-01-01"),
                 const QByteArray &method = "GET")
    {
        QNetworkAccessManager nam;
        useApiKey(nam, creds.publicKey, creds.privateKey);
        return send(nam, method, url(path), {{"Accept", accept}});
    }

    static QByteArray tokenFor(const QUrl &base, const sandbox::Credentials &c)
    {
        QNetworkAccessManager nam;
        const QByteArray basic = "Basic " + (c.clientId + u':' + c.clientSecret).toUtf8().toBase64();
        const Response r = send(nam, "POST", QUrl(base.toString() + QStringLiteral("/api/oauth/token")),
                                {{"Authorization", basic}, {"Content-Type", "application/x-www-form-urlencoded"}},
                                "grant_type=client_credentials");
        return r.json().value("access_token").toString().toUtf8();
    }

    // The server still answers a plain request on a new connection.
    void verifyUnharmed()
    {
        const rawhttp::Response ok = rawhttp::exchange(engine.baseUrl(), rawhttp::get("/api/atlas/v2/orgs", bearer));
        QCOMPARE(ok.status, 200);
    }

    static void verifyApiError(const rawhttp::Response &r, int status, const char *errorCode)
    {
        QCOMPARE(r.status, status);
        const QJsonObject o = r.json();
        QCOMPARE(o.value("error").toInt(), status);
        QCOMPARE(o.value("errorCode").toString(), QString::fromLatin1(errorCode));
        QVERIFY(!o.value("detail").toString().isEmpty());
        QVERIFY(!o.value("reason").toString().isEmpty());
        QVERIFY(r.header("content-type").startsWith("application/json"));
    }

private slots:
    void initTestCase()
    {
        sandbox::EngineOptions o;
        o.speed = 0;
        o.requestTimeoutMs = 400;
        QString error;
        QVERIFY2(engine.start(o, &error), qPrintable(error));
        creds = engine.adminCredentials();
        for (const auto &p : get(QStringLiteral("/api/atlas/v2/groups")).json().value("results").toArray())
            if (p.toObject().value("name").toString() == u"payments-prod")
                groupId = p.toObject().value("id").toString();
        QVERIFY(!groupId.isEmpty());
        bearer = tokenFor(engine.baseUrl(), creds);
        QVERIFY(!bearer.isEmpty());
    }

    void versionDatesResolveToTheNewestOnOrBefore()
    {
        // The date MongoDB's own clients send everywhere; /orgs serves only 2023-01-01.
        const Response orgs = get(QStringLiteral("/api/atlas/v2/orgs"), accept("2025-03-12"));
        QCOMPARE(orgs.status, 200);
        QVERIFY2(orgs.header("Content-Type").startsWith("application/vnd.atlas.2023-01-01+json"),
                 orgs.header("Content-Type").constData());
        QVERIFY(!orgs.json().value("results").toArray().isEmpty());

        const QString cluster = QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-events").arg(groupId);
        const Response newest = get(cluster, accept("2025-03-12"));
        QCOMPARE(newest.status, 200);
        QVERIFY(newest.header("Content-Type").startsWith("application/vnd.atlas.2024-08-05+json"));
        QCOMPARE(newest.json().value("replicationSpecs").toArray().size(), 3);  // the 2024-08-05 shape
        QVERIFY(newest.header("Sunset").isEmpty());

        // Between two versions: the older one is served, with its deprecation headers.
        const Response between = get(cluster, accept("2024-08-04"));
        QCOMPARE(between.status, 200);
        QVERIFY(between.header("Content-Type").startsWith("application/vnd.atlas.2023-02-01+json"));
        QCOMPARE(between.header("Deprecation"), QByteArray("true"));
        QCOMPARE(between.header("Sunset"), QByteArray("2027-07-01"));
        QCOMPARE(get(cluster, accept("2023-01-31")).header("Content-Type").left(39),
                 QByteArray("application/vnd.atlas.2023-01-01+json;c"));

        // 406 only for a date older than every version, a malformed date, or none.
        for (const QByteArray &a :
             {accept("2022-12-31"), accept("2023-13-01"), QByteArray("application/json"), QByteArray()}) {
            const Response r = get(cluster, a);
            QVERIFY2(r.status == 406, a.constData());
            QCOMPARE(r.json().value("errorCode").toString(), QStringLiteral("INVALID_VERSION_DATE"));
        }
        // Snapshots serve 2023-01-01 only: any later date gets it.
        const Response snaps =
            get(QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-main/backup/snapshots").arg(groupId),
                accept("2024-08-05"));
        QCOMPARE(snaps.status, 200);
        QVERIFY(snaps.header("Content-Type").startsWith("application/vnd.atlas.2023-01-01+json"));
    }

    void authenticationComesBeforeRouting()
    {
        QNetworkAccessManager nam;  // no credentials
        for (const auto &[method, path] :
             QList<QPair<QByteArray, QString>>{{"GET", QStringLiteral("/api/atlas/v2/no/such/thing")},
                                               {"DELETE", QStringLiteral("/api/atlas/v2/orgs")},
                                               {"GET", QStringLiteral("/favicon.ico")}}) {
            const Response r = send(nam, method, url(path), {{"Accept", accept("2023-01-01")}});
            QVERIFY2(r.status == 401, qPrintable(method + u' ' + path + u' ' + QString::number(r.status)));
            QVERIFY(r.header("WWW-Authenticate").startsWith("Digest "));
            QCOMPARE(r.json().value("errorCode").toString(), QStringLiteral("UNAUTHORIZED"));
        }
        // With credentials the same requests get 404 and 405.
        QCOMPARE(get(QStringLiteral("/api/atlas/v2/no/such/thing")).status, 404);
        QCOMPARE(get(QStringLiteral("/api/atlas/v2/orgs"), accept("2023-01-01"), "DELETE").status, 405);
    }

    void methodNotAllowedNamesTheAllowedOnes()
    {
        const Response r = get(QStringLiteral("/api/atlas/v2/groups/%1").arg(groupId), accept("2023-01-01"), "PATCH");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.json().value("errorCode").toString(), QStringLiteral("METHOD_NOT_ALLOWED"));
        QCOMPARE(r.header("Allow"), QByteArray("GET, HEAD"));
        QNetworkAccessManager nam;
        const Response token = send(nam, "GET", url(QStringLiteral("/api/oauth/token")));
        QCOMPARE(token.status, 405);
        QCOMPARE(token.header("Allow"), QByteArray("POST"));
    }

    void headWhereverGetWorks()
    {
        const QByteArray path =
            "/api/atlas/v2/groups/" + groupId.toLatin1() + "/clusters/payments-main/backup/snapshots";
        const rawhttp::Response full = rawhttp::exchange(engine.baseUrl(), rawhttp::get(path, bearer));
        QCOMPARE(full.status, 200);
        QVERIFY(full.body.size() > 100);
        rawhttp::Client c(engine.baseUrl());
        c.write(rawhttp::get(path, bearer, "2023-01-01", "HEAD"));
        const rawhttp::Response head = c.read(true);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("content-length"), QByteArray::number(full.body.size()));
        QCOMPARE(head.header("content-type"), full.header("content-type"));
        QVERIFY(head.body.isEmpty());
        // Nothing followed the headers: the next answer on the connection is a whole one.
        c.write(rawhttp::get("/api/atlas/v2/orgs", bearer));
        const rawhttp::Response next = c.read();
        QCOMPARE(next.status, 200);
        QVERIFY(next.json().contains("results"));
        // A refusal after a HEAD is no HEAD answer: it has its body.
        c.write(rawhttp::get("/api/atlas/v2/orgs", bearer, "2023-01-01", "HEAD"));
        QCOMPARE(c.read(true).status, 200);
        c.write("GARBAGE\r\n\r\n");
        verifyApiError(c.read(), 400, "MALFORMED_REQUEST");
        // HEAD is authenticated as its own method too (QNAM computes the digest for HEAD).
        QNetworkAccessManager nam;
        useApiKey(nam, creds.publicKey, creds.privateKey);
        QNetworkRequest req(url(QString::fromLatin1(path)));
        req.setRawHeader("Accept", accept("2023-01-01"));
        QNetworkReply *reply = nam.head(req);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const Response asGet = get(QString::fromLatin1(path));  // the same Host header, so the same links
        QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), qlonglong(asGet.body.size()));
        QVERIFY(reply->readAll().isEmpty());
        delete reply;
    }

    void envelopeAndPretty()
    {
        const QString group = QStringLiteral("/api/atlas/v2/groups/%1").arg(groupId);
        const Response one = get(group + QStringLiteral("?envelope=true"));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value("status").toInt(), 200);
        QCOMPARE(one.json().value("content").toObject().value("id").toString(), groupId);

        // Lists use their own object as the envelope.
        const Response list = get(QStringLiteral("/api/atlas/v2/orgs?envelope=true"));
        QCOMPARE(list.json().value("status").toInt(), 200);
        QVERIFY(!list.json().value("results").toArray().isEmpty());
        QVERIFY(!list.json().contains("content"));

        // An error is enveloped with its status, and HTTP says 200.
        const Response missing = get(QStringLiteral("/api/atlas/v2/groups/0123456789abcdef01234567?envelope=true"));
        QCOMPARE(missing.status, 200);
        QCOMPARE(missing.json().value("status").toInt(), 404);
        QCOMPARE(missing.json().value("content").toObject().value("errorCode").toString(),
                 QStringLiteral("GROUP_NOT_FOUND"));
        const Response old = get(group + QStringLiteral("?envelope=true"), accept("2022-01-01"));
        QCOMPARE(old.status, 200);
        QCOMPARE(old.json().value("status").toInt(), 406);

        const Response pretty = get(group + QStringLiteral("?pretty=true"));
        QCOMPARE(pretty.status, 200);
        QVERIFY(pretty.body.contains("\n    \""));
        QCOMPARE(pretty.json().value("id").toString(), groupId);
        QVERIFY(!get(group).body.contains('\n'));
        const Response both = get(group + QStringLiteral("?pretty=true&envelope=true"));
        QVERIFY(both.body.contains("\n        \""));
        QCOMPARE(both.json().value("content").toObject().value("id").toString(), groupId);
    }

    // Enveloped bodies hold what the contract describes: their content validates.
    void envelopedContentValidatesAgainstTheContract()
    {
        QTemporaryDir dir;
        QJsonArray entries;
        auto visit = [&](const QString &pattern, const QString &path, const char *version, const QString &operationId) {
            const QString sep = path.contains(u'?') ? QStringLiteral("&") : QStringLiteral("?");
            const Response plain = get(path, accept(version));
            const Response r = get(path + sep + QStringLiteral("envelope=true"), accept(version));
            QCOMPARE(r.status, 200);
            QJsonObject o = r.json();
            const int status = o.value("status").toInt();
            QCOMPARE(status, plain.status);
            QJsonObject content = o.contains("content") ? o.value("content").toObject() : o;
            content.remove(QStringLiteral("status"));
            QCOMPARE(content, plain.json());
            const QString file = QStringLiteral("body-%1.json").arg(entries.size());
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(content).toJson());
            entries.append(QJsonObject{{"file", file},
                                       {"kind", "response"},
                                       {"method", "GET"},
                                       {"path_template", pattern},
                                       {"operationId", operationId},
                                       {"status", QString::number(status)},
                                       {"api_version", QString::fromLatin1(version)}});
        };
        const QString g = QStringLiteral("/api/atlas/v2/groups/{groupId}");
        const QString gp = QStringLiteral("/api/atlas/v2/groups/") + groupId;
        visit(QStringLiteral("/api/atlas/v2/orgs"), QStringLiteral("/api/atlas/v2/orgs"), "2023-01-01",
              QStringLiteral("listOrgs"));
        visit(g, gp, "2023-01-01", QStringLiteral("getGroup"));
        visit(g + QStringLiteral("/clusters"), gp + QStringLiteral("/clusters"), "2024-08-05",
              QStringLiteral("listGroupClusters"));
        visit(g + QStringLiteral("/clusters/{clusterName}/backup/snapshots"),
              gp + QStringLiteral("/clusters/payments-main/backup/snapshots?itemsPerPage=5"), "2023-01-01",
              QStringLiteral("listGroupClusterBackupSnapshots"));
        visit(g + QStringLiteral("/clusters/{clusterName}"), gp + QStringLiteral("/clusters/nope"), "2024-08-05",
              QStringLiteral("getGroupCluster"));
        QFile m(dir.filePath(QStringLiteral("manifest.json")));
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write(QJsonDocument(QJsonObject{{"entries", entries}}).toJson());
        m.close();
        const QString openapi = QStringLiteral(LIFEBOAT_OPENAPI_DIR);
        QProcess p;
        p.start(QStringLiteral("python3"),
                {openapi + QStringLiteral("/validate.py"),
                 openapi + QStringLiteral("/atlas-backup-api.upstream-multiversion.json"), QStringLiteral("--manifest"),
                 m.fileName(), QStringLiteral("--report-json"), dir.filePath(QStringLiteral("report.json"))});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QFile rf(dir.filePath(QStringLiteral("report.json")));
        QVERIFY(rf.open(QIODevice::ReadOnly));
        const QJsonObject totals =
            QJsonDocument::fromJson(rf.readAll()).object().value("summary").toObject().value("totals").toObject();
        QCOMPARE(totals.value("PASS").toInt(), entries.size());
    }

    void encodedSlashStaysInItsSegment()
    {
        const QByteArray base = "/api/atlas/v2/groups/" + groupId.toLatin1() + "/clusters/";
        // "a%2Fb" is one cluster name, "a/b": the cluster route answers, not the router's 404.
        const rawhttp::Response r =
            rawhttp::exchange(engine.baseUrl(), rawhttp::get(base + "a%2Fb", bearer, "2024-08-05"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value("errorCode").toString(), QStringLiteral("CLUSTER_NOT_FOUND"));
        QVERIFY2(r.json().value("detail").toString().contains(QStringLiteral("named a/b ")), r.body.constData());
        // Decoded, the same text is two segments and no route.
        const rawhttp::Response split =
            rawhttp::exchange(engine.baseUrl(), rawhttp::get(base + "a/b", bearer, "2024-08-05"));
        QCOMPARE(split.json().value("errorCode").toString(), QStringLiteral("RESOURCE_NOT_FOUND"));
        // Other encoded characters are decoded in the parameter.
        const rawhttp::Response ok =
            rawhttp::exchange(engine.baseUrl(), rawhttp::get(base + "payments%2Dmain", bearer, "2024-08-05"));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value("name").toString(), QStringLiteral("payments-main"));
    }

    void requestLineOver8KiBIs414()
    {
        const QByteArray target = "/api/atlas/v2/orgs?x=" + QByteArray(9000, 'a');
        verifyApiError(rawhttp::exchange(engine.baseUrl(), rawhttp::get(target, bearer)), 414, "REQUEST_URI_TOO_LONG");
        // Even a request line that never ends.
        rawhttp::Client c(engine.baseUrl());
        c.write("GET /" + QByteArray(20000, 'b'));
        verifyApiError(c.read(), 414, "REQUEST_URI_TOO_LONG");
        QVERIFY(c.waitClosed());
        verifyUnharmed();
        // Just under the limit is fine.
        const QByteArray near = "/api/atlas/v2/orgs?x=" + QByteArray(7900, 'a');
        QCOMPARE(rawhttp::exchange(engine.baseUrl(), rawhttp::get(near, bearer)).status, 200);
    }

    void linksCarryOnlyThePathAndPaging()
    {
        const QString path =
            QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-main/backup/snapshots").arg(groupId);
        const Response r =
            get(path + QStringLiteral("?itemsPerPage=2&pageNum=2&includeCount=true&junk=") + QString(3000, u'j'));
        QCOMPARE(r.status, 200);
        const QJsonArray links = r.json().value("links").toArray();
        QCOMPARE(links.size(), 3);
        for (const auto &l : links) {
            const QUrl href(l.toObject().value("href").toString());
            QCOMPARE(href.path(), path);
            QStringList names;
            for (const auto &item : QUrlQuery(href).queryItems()) names << item.first;
            names.sort();
            QCOMPARE(names, (QStringList{"includeCount", "itemsPerPage", "pageNum"}));
        }
    }

    void headersOver16KiBAre431()
    {
        QByteArray req = rawhttp::get("/api/atlas/v2/orgs", bearer);
        req.insert(req.size() - 2, "X-Padding: " + QByteArray(17 * 1024, 'p') + "\r\n");
        verifyApiError(rawhttp::exchange(engine.baseUrl(), req), 431, "REQUEST_HEADER_FIELDS_TOO_LARGE");
        QByteArray many = rawhttp::get("/api/atlas/v2/orgs", bearer);
        for (int i = 0; i < 400; ++i)
            many.insert(many.size() - 2, "X-H" + QByteArray::number(i) + ": " + QByteArray(40, 'h') + "\r\n");
        verifyApiError(rawhttp::exchange(engine.baseUrl(), many), 431, "REQUEST_HEADER_FIELDS_TOO_LARGE");
        verifyUnharmed();
    }

    void bodyOver1MiBIs413()
    {
        const QByteArray head =
            "POST /api/oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            "Content-Length: 2000000\r\n\r\n";
        verifyApiError(rawhttp::exchange(engine.baseUrl(), head), 413, "REQUEST_ENTITY_TOO_LARGE");
        // The client sending the body anyway still reads the answer.
        rawhttp::Client c(engine.baseUrl());
        c.write(head + QByteArray(300000, 'z'));
        verifyApiError(c.read(), 413, "REQUEST_ENTITY_TOO_LARGE");
        verifyUnharmed();
    }

    void garbageIs400()
    {
        // The start of a TLS ClientHello sent to the plain listener (binary, NUL bytes included).
        static const char tlsHello[] = "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n";
        for (const QByteArray &bad :
             {QByteArray("HELLO\r\n\r\n"), QByteArray("GET\r\n\r\n"), QByteArray("GET nopath HTTP/1.1\r\n\r\n"),
              QByteArray(tlsHello, sizeof tlsHello - 1), QByteArray("GET / HTTP/1.1\r\nno colon here\r\n\r\n"),
              QByteArray("GET / HTTP/1.1\r\n\r\n"),  // HTTP/1.1 without Host
              QByteArray("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n")}) {
            rawhttp::Client c(engine.baseUrl());
            c.write(bad);
            const rawhttp::Response r = c.read();
            QVERIFY2(r.status == 400, bad.constData());
            verifyApiError(r, 400, "MALFORMED_REQUEST");
            QVERIFY(c.waitClosed());
        }
        verifyApiError(rawhttp::exchange(engine.baseUrl(), "GET / HTTP/2.0\r\nHost: x\r\n\r\n"), 505,
                       "HTTP_VERSION_NOT_SUPPORTED");
        verifyUnharmed();
    }

    void bodyThatNeverComesIs408()
    {
        rawhttp::Client c(engine.baseUrl());
        c.write("POST /api/oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n\r\nabc");
        const rawhttp::Response r = c.read();
        verifyApiError(r, 408, "REQUEST_TIMEOUT");
        QVERIFY(c.waitClosed());
        // Half a request line, then silence.
        rawhttp::Client half(engine.baseUrl());
        half.write("GET /api/atl");
        verifyApiError(half.read(), 408, "REQUEST_TIMEOUT");
        verifyUnharmed();
    }

    void keepAliveServesRequestsInTurn()
    {
        rawhttp::Client c(engine.baseUrl());
        for (int i = 0; i < 3; ++i) {
            c.write(rawhttp::get("/api/atlas/v2/orgs", bearer));
            QCOMPARE(c.read().status, 200);
        }
        // Two requests sent at once are answered in order.
        c.write(rawhttp::get("/api/atlas/v2/orgs", bearer) + rawhttp::get("/api/atlas/v2/nothing", bearer));
        QCOMPARE(c.read().status, 200);
        QCOMPARE(c.read().status, 404);
        QVERIFY(!c.closed());
        c.write("GET /api/atlas/v2/orgs HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAccept: "
                "application/vnd.atlas.2023-01-01+json\r\n"
                "Authorization: Bearer " +
                bearer + "\r\n\r\n");
        const rawhttp::Response last = c.read();
        QCOMPARE(last.status, 200);
        QCOMPARE(last.header("connection"), QByteArray("close"));
        QVERIFY(c.waitClosed());
    }

    void expectContinueGetsAnInterimAnswer()
    {
        rawhttp::Client c(engine.baseUrl());
        const QByteArray body = "grant_type=client_credentials";
        const QByteArray basic = (creds.clientId + u':' + creds.clientSecret).toUtf8().toBase64();
        c.write("POST /api/oauth/token HTTP/1.1\r\nHost: x\r\nAuthorization: Basic " + basic +
                "\r\nContent-Type: application/x-www-form-urlencoded\r\nExpect: 100-continue\r\nContent-Length: " +
                QByteArray::number(body.size()) + "\r\n\r\n");
        QCOMPARE(c.read().status, 100);
        c.write(body);
        const rawhttp::Response r = c.read();
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().value("access_token").toString().isEmpty());
    }

    void revokedTokenStopsWorking()
    {
        QNetworkAccessManager nam;
        const QByteArray token = tokenFor(engine.baseUrl(), creds);
        const QList<QPair<QByteArray, QByteArray>> use = {{"Accept", accept("2023-01-01")},
                                                          {"Authorization", "Bearer " + token}};
        QCOMPARE(send(nam, "GET", url(QStringLiteral("/api/atlas/v2/orgs")), use).status, 200);
        const QByteArray basic = "Basic " + (creds.clientId + u':' + creds.clientSecret).toUtf8().toBase64();
        const QList<QPair<QByteArray, QByteArray>> form = {{"Authorization", basic},
                                                           {"Content-Type", "application/x-www-form-urlencoded"}};
        const Response revoked = send(nam, "POST", url(QStringLiteral("/api/oauth/revoke")), form, "token=" + token);
        QCOMPARE(revoked.status, 200);
        QCOMPARE(revoked.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(send(nam, "GET", url(QStringLiteral("/api/atlas/v2/orgs")), use).status, 401);
        // Unknown and already revoked tokens are 200 too (RFC 7009 section 2.2).
        QCOMPARE(send(nam, "POST", url(QStringLiteral("/api/oauth/revoke")), form, "token=" + token).status, 200);
        QCOMPARE(send(nam, "POST", url(QStringLiteral("/api/oauth/revoke")), form,
                      "token=made-up&token_type_hint=access_token")
                     .status,
                 200);
        // The client must authenticate; a wrong secret revokes nothing.
        const QByteArray other = tokenFor(engine.baseUrl(), creds);
        const QByteArray wrong = "Basic " + (creds.clientId + QStringLiteral(":nope")).toUtf8().toBase64();
        const Response refused =
            send(nam, "POST", url(QStringLiteral("/api/oauth/revoke")),
                 {{"Authorization", wrong}, {"Content-Type", "application/x-www-form-urlencoded"}}, "token=" + other);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json().value("error").toString(), QStringLiteral("invalid_client"));
        QCOMPARE(send(nam, "GET", url(QStringLiteral("/api/atlas/v2/orgs")),
                      {{"Accept", accept("2023-01-01")}, {"Authorization", "Bearer " + other}})
                     .status,
                 200);
        QCOMPARE(send(nam, "GET", url(QStringLiteral("/api/oauth/revoke"))).header("Allow"), QByteArray("POST"));
    }

    void rateLimitsAsTokenBuckets()
    {
        sandbox::Engine limited;
        sandbox::EngineOptions o;
        o.speed = 0;
        QString error;
        QVERIFY(sandbox::parseRateLimits(QStringLiteral("capacity=3,refill=1/1s"), &o.rateLimits, &error));
        QVERIFY2(limited.start(o, &error), qPrintable(error));
        const QByteArray token = tokenFor(limited.baseUrl(), limited.adminCredentials());
        QNetworkAccessManager nam;
        auto at = [&](const QString &path, const char *version = "2023-01-01") {
            return send(nam, "GET", QUrl(limited.baseUrl().toString() + path),
                        {{"Accept", accept(version)}, {"Authorization", "Bearer " + token}});
        };
        QString prod, staging;
        for (const auto &p : at(QStringLiteral("/api/atlas/v2/groups")).json().value("results").toArray()) {
            if (p.toObject().value("name").toString() == u"payments-prod") prod = p.toObject().value("id").toString();
            if (p.toObject().value("name").toString() == u"payments-staging")
                staging = p.toObject().value("id").toString();
        }
        QVERIFY(!prod.isEmpty() && !staging.isEmpty());
        const QString snaps =
            QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-main/backup/snapshots").arg(prod);
        // Outside any endpoint set: no limit and no headers.
        QVERIFY(at(QStringLiteral("/api/atlas/v2/orgs")).header("RateLimit-Limit").isEmpty());
        // Wait until the bucket is surely full, then drain it.
        QTest::qWait(10);
        int remaining = -1;
        int served = 0;
        Response r;
        for (int i = 0; i < 10; ++i) {
            r = at(snaps);
            if (r.status != 200) break;
            ++served;
            QCOMPARE(r.header("RateLimit-Limit"), QByteArray("3"));
            remaining = r.header("RateLimit-Remaining").toInt();
        }
        QVERIFY2(served >= 3, qPrintable(QString::number(served)));
        QCOMPARE(remaining, 0);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json().value("errorCode").toString(), QStringLiteral("RATE_LIMITED_TOKEN_BUCKET"));
        QCOMPARE(r.json().value("error").toInt(), 429);
        QVERIFY(r.json().value("detail").toString().contains(QStringLiteral("Request capacity: 3")));
        QCOMPARE(r.header("RateLimit-Remaining"), QByteArray("0"));
        QVERIFY(r.header("Retry-After").toInt() >= 1);
        // The backups set is per project: another project has its own bucket ...
        QCOMPARE(at(QStringLiteral("/api/atlas/v2/groups/%1/backupCompliancePolicy").arg(staging), "2023-10-01")
                     .header("RateLimit-Limit"),
                 QByteArray("3"));
        // ... and the clusters set is another bucket of the same project.
        const Response clusters = at(QStringLiteral("/api/atlas/v2/groups/%1/clusters").arg(prod), "2024-08-05");
        QCOMPARE(clusters.status, 200);
        QCOMPARE(clusters.header("RateLimit-Limit"), QByteArray("3"));
        // The bucket refills on real time.
        QTest::qWait(r.header("Retry-After").toInt() * 1000 + 100);
        QCOMPARE(at(snaps).status, 200);
    }

    void rateLimitSpecs()
    {
        sandbox::RateLimitOptions o;
        QString error;
        QVERIFY(sandbox::parseRateLimits(QStringLiteral("atlas"), &o, &error));
        QVERIFY(o.enabled && o.capacity == 0);
        QVERIFY(sandbox::parseRateLimits(QStringLiteral("capacity=10,refill=5/2m"), &o, &error));
        QCOMPARE(o.capacity, 10);
        QCOMPARE(o.refill, 5);
        QCOMPARE(o.refillSeconds, 120);
        for (const char *bad : {"", "fast", "capacity=0,refill=1/1s", "capacity=5", "capacity=5,refill=1"})
            QVERIFY2(!sandbox::parseRateLimits(QString::fromLatin1(bad), &o, &error), bad);
        QVERIFY(error.contains(QStringLiteral("--rate-limits")));

        // Atlas's figures: the backups set holds 1,200 per project.
        sandbox::RateLimiter atlas(sandbox::RateLimitOptions{true, 0, 0, 60});
        const auto d =
            atlas.take(QStringLiteral("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/snapshots"),
                       QStringLiteral("g"));
        QVERIFY(d.limited && d.allowed);
        QCOMPARE(d.limit, 1200);
        QCOMPARE(d.remaining, 1199);
        QCOMPARE(d.refill, 500);
        QCOMPARE(atlas.take(QStringLiteral("/api/atlas/v2/groups/{groupId}/clusters"), QStringLiteral("g")).limit,
                 10000);
        QVERIFY(!atlas.take(QStringLiteral("/api/atlas/v2/orgs"), QString()).limited);
    }

    void logRedactsSecretLookingParameters()
    {
        QCOMPARE(sandbox::redactedQuery("pageNum=2&access_token=abc&clientSecret=x&apiKey=k&itemsPerPage=5&password"),
                 QByteArray("pageNum=2&access_token=***&clientSecret=***&apiKey=***&itemsPerPage=5&password"));
        sandbox::HttpFront front([](const sandbox::HttpRequest &) { return sandbox::HttpAnswer(); });
        QCOMPARE(front.nextLatencyMs(), 0);
        front.setLatency(100, 20);
        for (int i = 0; i < 200; ++i) {
            const int ms = front.nextLatencyMs();
            QVERIFY2(ms >= 80 && ms <= 120, qPrintable(QString::number(ms)));
        }
    }

    // Latency holds answers on timers: another connection is served meanwhile.
    void slowAnswersDoNotHoldOthers()
    {
        engine.addFault({QStringLiteral("/api/atlas/v2/groups/") + groupId, QStringLiteral("GET"), 200, -1, 1,
                         sandbox::Fault::Kind::Delay, 3000});
        rawhttp::Client slow(engine.baseUrl());
        slow.write(rawhttp::get("/api/atlas/v2/groups/" + groupId.toLatin1(), bearer));
        const rawhttp::Response fast = rawhttp::exchange(engine.baseUrl(), rawhttp::get("/api/atlas/v2/orgs", bearer));
        QCOMPARE(fast.status, 200);
        const rawhttp::Response late = slow.read();
        QCOMPARE(late.status, 200);
        QCOMPARE(late.json().value("id").toString(), groupId);
        engine.clearFaults();
    }

    void latencyDelaysEveryAnswer()
    {
        sandbox::Engine wan;
        sandbox::EngineOptions o;
        o.speed = 0;
        o.latencyMs = 300;
        QString error;
        QVERIFY2(wan.start(o, &error), qPrintable(error));
        const QByteArray token = tokenFor(wan.baseUrl(), wan.adminCredentials());
        // Several connections in flight at once all get their answers.
        QList<rawhttp::Client *> clients;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 4; ++i) {
            clients << new rawhttp::Client(wan.baseUrl());
            clients.last()->write(rawhttp::get("/api/atlas/v2/orgs", token));
        }
        for (rawhttp::Client *c : clients) QCOMPARE(c->read().status, 200);
        // A lower bound only (timers may fire a little early), never a speed.
        QVERIFY2(t.elapsed() >= 270, qPrintable(QString::number(t.elapsed())));
        qDeleteAll(clients);
        // Refused requests wait too: a WAN delays everything.
        t.restart();
        QCOMPARE(rawhttp::exchange(wan.baseUrl(), "HELLO\r\n\r\n").status, 400);
        QVERIFY(t.elapsed() >= 270);
    }
};

QTEST_GUILESS_MAIN(SandboxFrontTest)
#include "tst_sandbox_front.moc"
