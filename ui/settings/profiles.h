#pragma once
// Connection profiles. What is not secret (name, kind, base URL, public key or client
// id) lives in QSettings; private keys and client secrets live only in the system
// keychain (QtKeychain). Without a keychain (no Secret Service) a secret can be kept in
// this process's memory for the session only; it is never written anywhere else.
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace lifeboat::ui {

struct Profile {
    enum class Kind { Sandbox, ApiKey, ServiceAccount };
    QString name;
    Kind kind = Kind::Sandbox;
    QString baseUrl;  // empty for the sandbox
    QString keyId;    // public key or client id
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

    // The session-only fallback: read() answers from memory first; forget() on remove.
    static void keepForSession(const QString &profile, const QString &secret);
    static bool hasSessionSecret(const QString &profile);
    static QString sessionSecret(const QString &profile);
    static void forgetSessionSecret(const QString &profile);
};

}  // namespace lifeboat::ui
