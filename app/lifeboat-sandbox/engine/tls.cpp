#include "tls.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <spdlog/spdlog.h>

namespace sandbox {

// Our own request config, so the result does not depend on the system's openssl.cnf.
static const char kOpensslConfig[] = R"([req]
distinguished_name = dn
x509_extensions = v3
prompt = no
[dn]
CN = localhost
O = lifeboat-sandbox
[v3]
basicConstraints = critical,CA:TRUE
keyUsage = critical,digitalSignature,keyEncipherment,keyCertSign
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost,IP:127.0.0.1,IP:::1
subjectKeyIdentifier = hash
)";

static bool stillGood(const QString &certPath, const QString &keyPath)
{
    if (!QFile::exists(certPath) || !QFile::exists(keyPath)) return false;
    const auto certs = QSslCertificate::fromPath(certPath);
    // A day's margin so a client does not meet it expiring mid-session.
    return !certs.isEmpty() && certs.first().expiryDate() > QDateTime::currentDateTimeUtc().addDays(1);
}

bool ensureSelfSignedCertificate(const QString &dir, QString *certPath, QString *keyPath, QString *error)
{
    *certPath = QDir(dir).filePath(QStringLiteral("tls-cert.pem"));
    *keyPath = QDir(dir).filePath(QStringLiteral("tls-key.pem"));
    if (stillGood(*certPath, *keyPath)) return true;

    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error = QStringLiteral("--tls needs the openssl program to make a certificate (install openssl), "
                                "or give one with --tls-cert FILE --tls-key FILE");
        return false;
    }
    QTemporaryDir work(QDir(dir).filePath(QStringLiteral(".tls-XXXXXX")));
    QFile config(work.filePath(QStringLiteral("req.cnf")));
    if (!work.isValid() || !config.open(QIODevice::WriteOnly) || config.write(kOpensslConfig) < 0) {
        *error = QStringLiteral("cannot write in %1 to make a TLS certificate").arg(dir);
        return false;
    }
    config.close();
    const QString cert = work.filePath(QStringLiteral("cert.pem")), key = work.filePath(QStringLiteral("key.pem"));
    QProcess p;
    p.start(openssl,
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
             QStringLiteral("-sha256"), QStringLiteral("-days"), QStringLiteral("825"), QStringLiteral("-config"),
             config.fileName(), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl could not make a certificate: %1")
                     .arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed() + p.errorString());
        return false;
    }
    QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
    QFile::remove(*certPath);
    QFile::remove(*keyPath);
    if (!QFile::rename(key, *keyPath) || !QFile::rename(cert, *certPath)) {
        *error = QStringLiteral("cannot save the TLS certificate in %1").arg(dir);
        return false;
    }
    spdlog::info("made a self-signed TLS certificate for localhost and 127.0.0.1: {}", certPath->toStdString());
    return true;
}

bool loadTlsConfiguration(const QString &certPath, const QString &keyPath, QSslConfiguration *out, QString *error)
{
    const auto certs = QSslCertificate::fromPath(certPath);
    if (certs.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certPath);
        return false;
    }
    QFile f(keyPath);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS key %1: %2").arg(keyPath, f.errorString());
        return false;
    }
    const QByteArray pem = f.readAll();
    QSslKey key(pem, QSsl::Ec);
    if (key.isNull()) key = QSslKey(pem, QSsl::Rsa);
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no unencrypted PEM key (RSA or EC)").arg(keyPath);
        return false;
    }
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificateChain(certs);
    c.setPrivateKey(key);
    c.setPeerVerifyMode(QSslSocket::VerifyNone);
    *out = c;
    return true;
}

}  // namespace sandbox
