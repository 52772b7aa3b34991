// The client over HTTPS against the sandbox started with TLS: the pinned sandbox
// certificate is trusted, and only for the client that pins it; the system trust
// store refuses it; another certificate, a wrong host and an expired certificate are
// refused with the reason in words and never retried; plain http:// to a remote host
// is refused before anything is sent.
#include "atlas/client.h"
#include "engine/engine.h"

#include <QFile>
#include <QNetworkProxy>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

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

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool run(const QString &dir, const QStringList &args, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) return true;
    *error = QString::fromLocal8Bit(p.readAllStandardError()) + p.errorString();
    return false;
}

// A certificate and key in `dir` (cert.pem, key.pem) for `host`; expired when asked
// (made with `openssl ca`, the one openssl 3.0 tool that takes a start date).
bool makeCertificate(const QString &dir, const QString &host, bool expired, QString *error)
{
    const QString san = QStringLiteral("subjectAltName=DNS:%1").arg(host) +
                        (host == u"localhost" ? QStringLiteral(",IP:127.0.0.1") : QString());
    const QStringList key = {QStringLiteral("-newkey"),
                             QStringLiteral("ec"),
                             QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"),
                             QStringLiteral("-nodes"),
                             QStringLiteral("-keyout"),
                             QStringLiteral("key.pem"),
                             QStringLiteral("-subj"),
                             QStringLiteral("/CN=") + host,
                             QStringLiteral("-addext"),
                             san};
    if (!expired)
        return run(dir,
                   QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-days"),
                               QStringLiteral("30"), QStringLiteral("-out"), QStringLiteral("cert.pem")} +
                       key,
                   error);
    QFile cnf(dir + QStringLiteral("/ca.cnf"));
    if (!cnf.open(QIODevice::WriteOnly)) return false;
    cnf.write(
        "[ca]\ndefault_ca = c\n[c]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n"
        "default_md = sha256\npolicy = p\ncopy_extensions = copy\nunique_subject = no\n[p]\ncommonName = supplied\n");
    cnf.close();
    QFile(dir + QStringLiteral("/index.txt")).open(QIODevice::WriteOnly);
    QFile serial(dir + QStringLiteral("/serial"));
    if (!serial.open(QIODevice::WriteOnly)) return false;
    serial.write("01\n");
    serial.close();
    return run(dir,
               QStringList{QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-out"),
                           QStringLiteral("req.csr")} +
                   key,
               error) &&
           run(dir,
               {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
                QStringLiteral("-selfsign"), QStringLiteral("-keyfile"), QStringLiteral("key.pem"),
                QStringLiteral("-in"), QStringLiteral("req.csr"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
                QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                QStringLiteral("20200201000000Z")},
               error);
}

// A CA (ca.pem) and a leaf it signed for localhost (cert.pem, key.pem) in `dir`.
bool makeCaSignedCertificate(const QString &dir, QString *error)
{
    const QStringList ec = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    QFile ext(dir + QStringLiteral("/leaf.ext"));
    if (!ext.open(QIODevice::WriteOnly)) return false;
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n");
    ext.close();
    return run(dir,
               QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-days"),
                           QStringLiteral("30"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                           QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-subj"),
                           QStringLiteral("/CN=Lifeboat Test CA")} +
                   ec,
               error) &&
           run(dir,
               QStringList{QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-keyout"),
                           QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("leaf.csr"),
                           QStringLiteral("-subj"), QStringLiteral("/CN=localhost")} +
                   ec,
               error) &&
           run(dir,
               {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("leaf.csr"),
                QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("30"),
                QStringLiteral("-extfile"), QStringLiteral("leaf.ext"), QStringLiteral("-out"),
                QStringLiteral("cert.pem")},
               error);
}

}  // namespace

class TestAtlasTls : public QObject {
    Q_OBJECT
private:
    sandbox::Engine m_engine;
    sandbox::Credentials m_admin;
    QByteArray m_sandboxPem;
    QTemporaryDir m_dir;

    ClientOptions options(const QUrl &base, const QByteArray &pinned,
                          Credentials::Kind kind = Credentials::Kind::ApiKey) const
    {
        ClientOptions o;
        o.baseUrl = base;
        o.credentials = kind == Credentials::Kind::ServiceAccount
                            ? Credentials::serviceAccount(m_admin.clientId, m_admin.clientSecret)
                            : Credentials::apiKey(m_admin.publicKey, m_admin.privateKey);
        o.pinnedCaCertificate = pinned;
        o.retry.maxAttempts = 3;  // so a retry of a refused certificate would show
        o.retry.timeScale = 0.01;
        return o;
    }

    // A second sandbox serving `certDir`'s certificate; its base URL.
    bool startWith(sandbox::Engine &engine, const QString &certDir, QString *error)
    {
        sandbox::EngineOptions eo;
        eo.speed = 0;
        eo.tls = true;
        eo.tlsCert = certDir + QStringLiteral("/cert.pem");
        eo.tlsKey = certDir + QStringLiteral("/key.pem");
        return engine.start(eo, error);
    }

    ApiError firstError(const ClientOptions &o, int *retries = nullptr)
    {
        Client client(o);
        QSignalSpy retried(&client, &Client::retryScheduled);
        Waiter<QList<Project>> w;
        client.listProjects(w.callback());
        [&] { WAIT_FOR(w); }();
        if (retries) *retries = int(retried.count());
        return w.got ? w.got->error : ApiError();
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("the sandbox's --tls and these tests need the openssl program");
        QVERIFY(m_dir.isValid());
        sandbox::EngineOptions eo;
        eo.speed = 0;
        eo.tls = true;  // a self-signed certificate made in its data folder
        QString error;
        QVERIFY2(m_engine.start(eo, &error), qPrintable(error));
        m_admin = m_engine.adminCredentials();
        QCOMPARE(m_engine.baseUrl().scheme(), QStringLiteral("https"));
        QVERIFY(m_engine.startupLine().contains(QStringLiteral("\"caCertificate\"")));
        m_sandboxPem = readAll(m_engine.caCertificate());
        QVERIFY(m_sandboxPem.contains("BEGIN CERTIFICATE"));
        for (const char *name : {"other", "wronghost", "expired", "casigned"})
            QVERIFY(QDir(m_dir.path()).mkpath(QString::fromLatin1(name)));
        QVERIFY2(makeCertificate(m_dir.filePath(QStringLiteral("other")), QStringLiteral("localhost"), false, &error),
                 qPrintable(error));
        QVERIFY2(makeCertificate(m_dir.filePath(QStringLiteral("wronghost")), QStringLiteral("wrong.example"), false,
                                 &error),
                 qPrintable(error));
        QVERIFY2(makeCertificate(m_dir.filePath(QStringLiteral("expired")), QStringLiteral("localhost"), true, &error),
                 qPrintable(error));
        QVERIFY2(makeCaSignedCertificate(m_dir.filePath(QStringLiteral("casigned")), &error), qPrintable(error));
    }

    void caSignedServerTrustedByItsPinnedCaOnly()
    {
        // A server whose certificate a CA signed: pinning that CA trusts it ...
        sandbox::Engine engine;
        QString error;
        QVERIFY2(startWith(engine, m_dir.filePath(QStringLiteral("casigned")), &error), qPrintable(error));
        const QByteArray ca = readAll(m_dir.filePath(QStringLiteral("casigned/ca.pem")));
        QCOMPARE(firstError(options(engine.baseUrl(), ca)).kind, ErrorKind::None);
        // ... another pin does not: the issuer is unknown, "untrusted" in words.
        const ApiError e = firstError(options(engine.baseUrl(), m_sandboxPem));
        QCOMPARE(e.kind, ErrorKind::Certificate);
        QCOMPARE(e.certificateProblem, CertificateProblem::Untrusted);
        QVERIFY2(e.message.contains(QStringLiteral("not signed by an authority")), qPrintable(e.message));
        // And the system store does not know that CA either.
        QCOMPARE(firstError(options(engine.baseUrl(), {})).certificateProblem, CertificateProblem::Untrusted);
    }

    void pinnedSandboxCertificateIsTrusted()
    {
        for (const auto kind : {Credentials::Kind::ApiKey, Credentials::Kind::ServiceAccount}) {
            Client client(options(m_engine.baseUrl(), m_sandboxPem, kind));
            QVERIFY(!client.configurationError());
            Waiter<QList<Project>> projects;
            client.listProjects(projects.callback());
            WAIT_FOR(projects);
            QVERIFY2(projects.got->ok(), qPrintable(projects.got->error.message));
            QVERIFY(!projects.got->value.isEmpty());
            Waiter<QList<Cluster>> clusters;
            client.listClusters(projects.got->value.first().id, clusters.callback());
            WAIT_FOR(clusters);
            QVERIFY2(clusters.got->ok(), qPrintable(clusters.got->error.message));
        }
    }

    void mutationOverTlsUsesThePinToo()
    {
        // Mutations go through a connection pool of their own: it must trust the pin as well.
        Client client(options(m_engine.baseUrl(), m_sandboxPem));
        Waiter<QList<Project>> projects;
        client.listProjects(projects.callback());
        WAIT_FOR(projects);
        QVERIFY(projects.got->ok());
        std::optional<Cluster> target;
        for (const Project &p : projects.got->value) {
            Waiter<QList<Cluster>> clusters;
            client.listClusters(p.id, clusters.callback());
            WAIT_FOR(clusters);
            for (const Cluster &c : clusters.got->value)
                if (!target && c.backupEnabled && !c.isFreeTier() && !c.isSharded()) target = c;
        }
        QVERIFY(target);
        Waiter<Snapshot> taken;
        client.takeOnDemandSnapshot(target->groupId, target->name, QStringLiteral("over https"), 2, taken.callback());
        WAIT_FOR(taken);
        QVERIFY2(taken.got->ok(), qPrintable(taken.got->error.message));
        QCOMPARE(taken.got->value.description, QStringLiteral("over https"));

        // And without the pin the mutation is refused for the certificate, not sent.
        Client unpinned(options(m_engine.baseUrl(), {}));
        Waiter<Snapshot> refused;
        unpinned.takeOnDemandSnapshot(target->groupId, target->name, QStringLiteral("x"), 1, refused.callback());
        WAIT_FOR(refused);
        QCOMPARE(refused.got->error.kind, ErrorKind::Certificate);
    }

    void systemTrustStoreRefusesTheSelfSignedSandbox()
    {
        int retries = -1;
        const ApiError e = firstError(options(m_engine.baseUrl(), {}), &retries);
        QCOMPARE(e.kind, ErrorKind::Certificate);
        QCOMPARE(e.certificateProblem, CertificateProblem::SelfSigned);
        QVERIFY2(e.message.contains(QStringLiteral("self-signed")), qPrintable(e.message));
        QVERIFY(e.message.contains(m_engine.baseUrl().host()));
        QCOMPARE(retries, 0);  // refused once and for all
        QVERIFY(!e.message.contains(m_admin.privateKey));

        // A service account: its token request is refused the same way, the secret never sent.
        const ApiError t = firstError(options(m_engine.baseUrl(), {}, Credentials::Kind::ServiceAccount));
        QCOMPARE(t.kind, ErrorKind::Certificate);
        QCOMPARE(t.operation, QStringLiteral("token"));
    }

    void anotherPinnedCertificateIsRefused()
    {
        // Pinning trusts that one certificate only: the sandbox's own is then refused.
        const QByteArray other = readAll(m_dir.filePath(QStringLiteral("other/cert.pem")));
        const ApiError e = firstError(options(m_engine.baseUrl(), other));
        QCOMPARE(e.kind, ErrorKind::Certificate);
        QCOMPARE(e.certificateProblem, CertificateProblem::SelfSigned);
        QVERIFY2(e.message.contains(QStringLiteral("not the one pinned")), qPrintable(e.message));
    }

    void wrongHostIsRefused()
    {
        sandbox::Engine engine;
        QString error;
        QVERIFY2(startWith(engine, m_dir.filePath(QStringLiteral("wronghost")), &error), qPrintable(error));
        const QByteArray pem = readAll(m_dir.filePath(QStringLiteral("wronghost/cert.pem")));
        int retries = -1;
        const ApiError e = firstError(options(engine.baseUrl(), pem), &retries);
        QCOMPARE(e.kind, ErrorKind::Certificate);
        QCOMPARE(e.certificateProblem, CertificateProblem::WrongHost);
        QVERIFY2(e.message.contains(QStringLiteral("another host")), qPrintable(e.message));
        QCOMPARE(retries, 0);
    }

    void expiredCertificateIsRefused()
    {
        sandbox::Engine engine;
        QString error;
        QVERIFY2(startWith(engine, m_dir.filePath(QStringLiteral("expired")), &error), qPrintable(error));
        const QByteArray pem = readAll(m_dir.filePath(QStringLiteral("expired/cert.pem")));
        const ApiError e = firstError(options(engine.baseUrl(), pem));
        QCOMPARE(e.kind, ErrorKind::Certificate);
        QCOMPARE(e.certificateProblem, CertificateProblem::Expired);
        QVERIFY2(e.message.contains(QStringLiteral("expired")), qPrintable(e.message));
    }

    void unreadablePinIsAConfigurationError()
    {
        Client client(options(m_engine.baseUrl(), QByteArray("not a certificate")));
        QVERIFY(client.configurationError().has_value());
        QCOMPARE(client.configurationError()->kind, ErrorKind::InvalidConfiguration);
    }

    void plainHttpToRemoteHostIsRefusedBeforeAnyRequest()
    {
        // Every request goes through this "proxy", so anything sent would reach it.
        QTcpServer proxy;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&proxy, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = proxy.nextPendingConnection()) {
                ++connections;
                s->close();
                s->deleteLater();
            }
        });
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.serverPort()));
        auto restore = qScopeGuard([] { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); });

        ClientOptions o = options(QUrl(QStringLiteral("https://atlas.example.invalid")), {});
        o.retry.maxAttempts = 1;
        // The control: an https request does leave (and reaches the proxy).
        const ApiError control = firstError(o);
        QVERIFY(control.isError());
        QTRY_VERIFY(connections >= 1);

        connections = 0;
        o.baseUrl = QUrl(QStringLiteral("http://atlas.example.invalid"));
        Client client(o);
        QSignalSpy exchanges(&client, &Client::exchangeFinished);
        Waiter<QList<Project>> w;
        client.listProjects(w.callback());
        WAIT_FOR(w);
        QCOMPARE(w.got->error.kind, ErrorKind::InvalidConfiguration);
        QVERIFY2(w.got->error.message.contains(QStringLiteral("https://")), qPrintable(w.got->error.message));
        QVERIFY(w.got->error.message.contains(QStringLiteral("atlas.example.invalid")));
        QTest::qWait(100);
        QCOMPARE(connections, 0);
        QCOMPARE(exchanges.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAtlasTls)
#include "tst_atlas_tls.moc"
