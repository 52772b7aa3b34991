#include "launcher.h"

#include "mainwindow/mainwindow.h"
#include "sandboxprocess.h"
#include "settings/connectionsdialog.h"
#include "settings/profiles.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace lifeboat {

using ui::Profile;

QString cachePathFor(const QString &profileName)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(profileName.toUtf8().toHex())));
}

Launcher::Launcher(ui::MainWindow *window, QObject *parent)
    : QObject(parent), m_window(window), m_secrets(new ui::SecretStore(this))
{
    connect(window, &ui::MainWindow::connectionsRequested, this, &Launcher::openConnections);
    connect(window, &ui::MainWindow::sandboxRequested, this, [this] { startSandbox(m_sandboxProfile); });
}

void Launcher::startSandbox(const QString &profileName)
{
    m_sandboxProfile = profileName.isEmpty() ? tr("Sandbox") : profileName;
    if (m_sandbox) {
        m_sandbox->stop();  // a restart: the old child, if any, goes first
    } else {
        m_sandbox = new SandboxProcess(this);
        connect(m_sandbox, &SandboxProcess::ready, this,
                [this](const QUrl &url, const QString &key, const QString &secret) {
                    spdlog::info("sandbox ready at {}", url.toString().toStdString());
                    ui::ConnectionTarget t;
                    t.profileName = m_sandboxProfile;
                    t.options.baseUrl = url;
                    t.options.credentials = atlas::Credentials::apiKey(key, secret);
                    t.options.pinnedCaCertificate = m_sandbox->caCertificate();  // trusted for the sandbox only
                    t.cachePath = cachePathFor(QStringLiteral("sandbox"));
                    t.description = tr("sandbox at %1").arg(url.toString());
                    m_window->connectTo(t);
                });
        connect(m_sandbox, &SandboxProcess::failed, this, [this](const QString &message) {
            spdlog::error("sandbox: {}", message.toStdString());
            m_window->showSandboxStopped(message);
            m_window->showMessage(tr("The sandbox is not available: %1").arg(message));
        });
        connect(m_sandbox, &SandboxProcess::stopped, this, [this](int code, bool crashed) {
            spdlog::error("sandbox stopped (exit code {}, {})", code, crashed ? "crashed" : "exited");
            m_window->showSandboxStopped(crashed ? tr("The sandbox process crashed.")
                                                 : tr("The sandbox process ended (exit code %1).").arg(code));
        });
    }
    const QString data =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sandbox"));
    m_window->showMessage(tr("Starting the bundled sandbox…"));
    afterCacheShown(m_sandboxProfile, cachePathFor(QStringLiteral("sandbox")),
                    [this, data] { m_sandbox->start(data); });
}

void Launcher::afterCacheShown(const QString &profileName, const QString &cachePath, std::function<void()> then)
{
    delete m_pending;  // a profile picked before the last one was shown: only this one goes on
    m_pending = new QObject(this);
    connect(m_window, &ui::MainWindow::cacheShown, m_pending, [this, then] {
        m_pending->deleteLater();
        QTimer::singleShot(0, this, then);  // after the rows' paint, which is posted already
    });
    m_window->showCached(profileName, cachePath);
}

void Launcher::connectProfile(const QString &name)
{
    ui::ProfileStore store;
    const auto p = store.profile(name);
    if (!p) {
        m_window->showMessage(tr("There is no profile named \"%1\".").arg(name));
        return;
    }
    store.setLastUsed(name);
    if (p->kind == Profile::Kind::Sandbox) {
        startSandbox(p->name);
        return;
    }
    // The cache first: a keychain that is slow, locked or missing must not hide it.
    afterCacheShown(p->name, cachePathFor(p->name), [this, p] { readSecretAndConnect(*p); });
}

void Launcher::readSecretAndConnect(const ui::Profile &profile)
{
    const auto p = std::make_optional(profile);
    m_secrets->read(p->name, [this, p](bool ok, const QString &secretOrError) {
        if (!ok) {
            // In the connection's place in the status bar, beside what the cache shows.
            m_window->showCannotConnect(tr("Cannot connect with \"%1\": %2").arg(p->name, secretOrError));
            return;
        }
        ui::ConnectionTarget t;
        t.profileName = p->name;
        t.options.baseUrl = QUrl(p->baseUrl);
        t.options.credentials = p->kind == Profile::Kind::ServiceAccount
                                    ? atlas::Credentials::serviceAccount(p->keyId, secretOrError)
                                    : atlas::Credentials::apiKey(p->keyId, secretOrError);
        t.options.pinnedCaCertificate = p->pinnedCertificate;  // empty: the system trust store
        t.cachePath = cachePathFor(p->name);
        t.description = QUrl(p->baseUrl).host();
        m_window->connectTo(t);
        if (ui::SecretStore::hasSessionSecret(p->name))
            m_window->showMessage(
                tr("The secret of \"%1\" is kept in memory for this session only: the system keychain "
                   "did not take it. Retry the keychain in Connections.")
                    .arg(p->name));
    });
}

void Launcher::firstStart()
{
    QMessageBox box(QMessageBox::Question, tr("Welcome to Lifeboat"),
                    tr("There is no connection yet. Try Lifeboat on the bundled sandbox — a local, Atlas-compatible "
                       "backup service with a demo estate — or add a connection to MongoDB Atlas."),
                    QMessageBox::NoButton, m_window);
    QPushButton *sandbox = box.addButton(tr("Start the sandbox"), QMessageBox::AcceptRole);
    QPushButton *add = box.addButton(tr("Add a connection…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(sandbox);
    box.exec();
    if (box.clickedButton() == sandbox) {
        // The name is translated once, here; from now on it is the user's profile name.
        const QString name = tr("Sandbox");
        ui::ProfileStore().save(Profile{name, Profile::Kind::Sandbox, {}, {}, {}});
        ui::ProfileStore().setLastUsed(name);
        startSandbox(name);
    } else if (box.clickedButton() == add) {
        openConnections();
    }
}

void Launcher::openConnections()
{
    ui::ConnectionsDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenProfile().isEmpty()) connectProfile(dialog.chosenProfile());
}

}  // namespace lifeboat
