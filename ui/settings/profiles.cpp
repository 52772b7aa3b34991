#include "settings/profiles.h"

#include <QHash>
#include <QSettings>
#include <qt6keychain/keychain.h>

namespace lifeboat::ui {

static const QString kService = QStringLiteral("Lifeboat");

// Secrets the keychain could not take, for this process only (never on disk).
static QHash<QString, QString> &sessionSecrets()
{
    static QHash<QString, QString> secrets;
    return secrets;
}

void SecretStore::keepForSession(const QString &profile, const QString &secret)
{
    sessionSecrets().insert(profile, secret);
}

bool SecretStore::hasSessionSecret(const QString &profile)
{
    return sessionSecrets().contains(profile);
}

QString SecretStore::sessionSecret(const QString &profile)
{
    return sessionSecrets().value(profile);
}

void SecretStore::forgetSessionSecret(const QString &profile)
{
    sessionSecrets().remove(profile);
}

QString Profile::kindName(Kind k)
{
    switch (k) {
    case Kind::Sandbox: return SecretStore::tr("Sandbox (local)");
    case Kind::ApiKey: return SecretStore::tr("Atlas — API key");
    case Kind::ServiceAccount: return SecretStore::tr("Atlas — service account");
    }
    return {};
}

QList<Profile> ProfileStore::profiles() const
{
    QSettings s;
    QList<Profile> out;
    s.beginGroup(QStringLiteral("profiles"));
    for (const QString &g : s.childGroups()) {
        s.beginGroup(g);
        Profile p;
        p.name = s.value(QStringLiteral("name"), g).toString();
        p.kind = Profile::Kind(qBound(0, s.value(QStringLiteral("kind")).toInt(), 2));
        p.baseUrl = s.value(QStringLiteral("baseUrl")).toString();
        p.keyId = s.value(QStringLiteral("keyId")).toString();
        p.pinnedCertificate = s.value(QStringLiteral("pinnedCertificate")).toByteArray();
        out.append(p);
        s.endGroup();
    }
    std::sort(out.begin(), out.end(),
              [](const Profile &a, const Profile &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return out;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    for (const Profile &p : profiles())
        if (p.name == name) return p;
    return std::nullopt;
}

static QString groupFor(const QString &name)
{
    return QStringLiteral("profiles/") + QString::fromLatin1(name.toUtf8().toHex());
}

void ProfileStore::save(const Profile &p)
{
    QSettings s;
    s.beginGroup(groupFor(p.name));
    s.setValue(QStringLiteral("name"), p.name);
    s.setValue(QStringLiteral("kind"), int(p.kind));
    s.setValue(QStringLiteral("baseUrl"), p.baseUrl);
    s.setValue(QStringLiteral("keyId"), p.keyId);
    if (p.pinnedCertificate.isEmpty())
        s.remove(QStringLiteral("pinnedCertificate"));
    else
        s.setValue(QStringLiteral("pinnedCertificate"), p.pinnedCertificate);
}

void ProfileStore::remove(const QString &name)
{
    QSettings s;
    s.remove(groupFor(name));
}

QString ProfileStore::lastUsed() const
{
    return QSettings().value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    QSettings().setValue(QStringLiteral("lastProfile"), name);
}

void SecretStore::read(const QString &profile, Done done)
{
    if (hasSessionSecret(profile)) {
        const QString secret = sessionSecret(profile);
        QMetaObject::invokeMethod(
            this, [done, secret] { done(true, secret); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(profile);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            done(true, static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
        else if (j->error() == QKeychain::EntryNotFound)
            done(false, tr("No secret is stored for this profile: edit it and enter the key again."));
        else
            done(false, tr("The system keychain could not be read: %1").arg(j->errorString()));
    });
    job->start();
}

void SecretStore::write(const QString &profile, const QString &secret, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(profile);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            done(true, QString());
        else
            done(false, tr("the system keychain is not available (%1)").arg(j->errorString()));
    });
    job->start();
}

void SecretStore::remove(const QString &profile, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(profile);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound, j->errorString());
    });
    job->start();
}

}  // namespace lifeboat::ui
