#pragma once
// Decides what to connect to at start and when the user picks a profile: the bundled
// sandbox (a child process) or an Atlas profile whose secret comes from the keychain.
#include <QObject>
#include <QPointer>

namespace lifeboat {

class SandboxProcess;
namespace ui {
class MainWindow;
class SecretStore;
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
    ui::MainWindow *m_window;
    SandboxProcess *m_sandbox = nullptr;
    ui::SecretStore *m_secrets;
    QString m_sandboxProfile;
};

QString cachePathFor(const QString &profileName);

}  // namespace lifeboat
