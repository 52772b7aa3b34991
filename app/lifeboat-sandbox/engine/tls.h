#pragma once
// HTTPS for the sandbox: a self-signed certificate for localhost and 127.0.0.1 made
// once in the data folder (by the openssl program: Qt cannot make certificates),
// or a certificate and key the user gives.
#include <QString>

class QSslConfiguration;

namespace sandbox {

// Reuses DIR/tls-cert.pem and DIR/tls-key.pem while the certificate is valid, else makes them.
bool ensureSelfSignedCertificate(const QString &dir, QString *certPath, QString *keyPath, QString *error);

// A server configuration with that certificate and key (PEM; RSA or EC).
bool loadTlsConfiguration(const QString &certPath, const QString &keyPath, QSslConfiguration *out, QString *error);

}  // namespace sandbox
