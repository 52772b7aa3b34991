#pragma once
// Connection profiles. What is not secret (name, kind, base URL, public key or client
// id) lives in QSettings; private keys and client secrets live only in the system
// keychain (QtKeychain). There is no insecure fallback: a keychain failure is an error.
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace lifeboat::ui {

struct Profile {
    enum class Kind { Sandbox, ApiKey, ServiceAccount };
    QString name;
    Kind kind = Kind::Sandbox;
    QString baseUrl;   // empty for the sandbox
    QString keyId;     // public key or client id
    // PEM of the one certificate this profile trusts (pinned), for a server with its
    // own self-signed certificate; empty: the system trust store. Not a secret.
    QByteArray pinnedCertificate;

    static QString kindName(Kind k);
};

class ProfileStore {
public:
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &name) const;
    void save(const Profile &p);
    void remove(const QString &name);
    QString lastUsed() const;
    void setLastUsed(const QString &name);
};

// Asynchronous keychain access; callbacks run on the caller's thread.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &secretOrError)>;
    explicit SecretStore(QObject *parent = nullptr) : QObject(parent) {}
    void read(const QString &profile, Done done);
    void write(const QString &profile, const QString &secret, Done done);
    void remove(const QString &profile, Done done);
};

}  // namespace lifeboat::ui
