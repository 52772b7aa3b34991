#pragma once
// Decides what to connect to at start and when the user picks a profile: the bundled
// sandbox (a child process) or an Atlas profile whose secret comes from the keychain.
#include <QObject>
#include <QPointer>
#include <functional>

namespace lifeboat {

class SandboxProcess;
namespace ui {
class MainWindow;
class SecretStore;
struct Profile;
}  // namespace ui

class Launcher : public QObject {
    Q_OBJECT
public:
    Launcher(ui::MainWindow *window, QObject *parent = nullptr);

    // Starts (or restarts) the bundled sandbox and connects to it; `profileName` names it in the window.
    void startSandbox(const QString &profileName = QString());
    void connectProfile(const QString &name);
    void firstStart();  // no profile yet: offer the sandbox
    void openConnections();

private:
    // Runs `then` once the window shows the cache (showCached()), so no keychain or sandbox
    // work comes before the first rows.
    void readSecretAndConnect(const ui::Profile &profile);
    void afterCacheShown(const QString &profileName, const QString &cachePath, std::function<void()> then);

    ui::MainWindow *m_window;
    SandboxProcess *m_sandbox = nullptr;
    ui::SecretStore *m_secrets;
    QString m_sandboxProfile;
    QPointer<QObject> m_pending;  // the afterCacheShown() waiting
};

QString cachePathFor(const QString &profileName);

}  // namespace lifeboat
