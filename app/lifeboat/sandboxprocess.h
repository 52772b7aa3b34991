#pragma once
// The bundled lifeboat-sandbox as a child process on a free loopback port, over HTTPS
// (--tls, its own self-signed certificate): started for a sandbox profile, stopped
// when Lifeboat exits. Its credentials stay in memory; its certificate is handed to
// the one client that talks to it, pinned (ClientOptions::pinnedCaCertificate).
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace lifeboat {

class SandboxProcess : public QObject {
    Q_OBJECT
public:
    explicit SandboxProcess(QObject *parent = nullptr);
    ~SandboxProcess() override;

    void start(const QString &dataDir);
    // Once ready: the PEM of the certificate it serves (the file its JSON line names as
    // caCertificate), to pin for the sandbox connection only.
    QByteArray caCertificate() const { return m_caCertificate; }
    void stop();
    static QString executable();
    qint64 processId() const { return m_process.processId(); }

signals:
    void ready(const QUrl &baseUrl, const QString &publicKey, const QString &privateKey);
    void failed(const QString &message);       // it could not start (never became ready)
    void stopped(int exitCode, bool crashed);  // it ended after it was ready

private:
    void onStdout();
    void fail(const QString &message);

    QProcess m_process;
    QTimer m_timeout;
    QByteArray m_stdout;
    QByteArray m_stderrTail;
    bool m_ready = false;
    QByteArray m_caCertificate;
};

}  // namespace lifeboat
