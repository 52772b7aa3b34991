#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace lifeboat {

SandboxProcess::SandboxProcess(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { fail(tr("the sandbox did not start within 60 seconds")); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::onStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_stderrTail = QByteArray(m_stderrTail + m_process.readAllStandardError()).right(2000); });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(tr("%1 could not be started: %2").arg(executable(), m_process.errorString()));
    });
#ifdef Q_OS_LINUX
    // If Lifeboat dies without stopping it (a crash, SIGKILL), the kernel stops the sandbox too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        // Its own log lines go to Lifeboat's log, not into the message: they are not words for a person.
        const QString last = QString::fromUtf8(m_stderrTail).trimmed().section(u'\n', -1);
        if (!last.isEmpty()) qWarning("lifeboat-sandbox ended (exit code %d): %s", code, qPrintable(last));
        const bool crashed = status == QProcess::CrashExit;
        if (m_ready) {
            m_timeout.stop();
            emit stopped(code, crashed);
        } else {
            fail(crashed || code != 0
                     ? tr("the sandbox could not start (it ended with exit code %1; Lifeboat's log has its "
                          "last words)")
                           .arg(code)
                     : tr("the sandbox ended before it was ready"));
        }
    });
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executable()
{
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : QStringList{dir + QStringLiteral("/lifeboat-sandbox"),
                                                dir + QStringLiteral("/../lifeboat-sandbox/lifeboat-sandbox"),
                                                QStringLiteral(LIFEBOAT_SANDBOX_BUILD_PATH)})
        if (QFileInfo(candidate).isExecutable()) return QDir::cleanPath(candidate);
    return QStringLiteral("lifeboat-sandbox");  // from PATH
}

void SandboxProcess::start(const QString &dataDir)
{
    m_ready = false;
    m_caCertificate.clear();
    m_stdout.clear();
    QDir().mkpath(dataDir);
    m_process.start(executable(),
                    {QStringLiteral("--scenario"), QStringLiteral("demo"), QStringLiteral("--data-dir"), dataDir,
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls")});
    m_timeout.start(60000);
}

void SandboxProcess::stop()
{
    m_timeout.stop();
    if (m_process.state() == QProcess::NotRunning) return;
    QObject::disconnect(&m_process, &QProcess::finished, this, nullptr);
    m_process.terminate();  // SIGTERM: the sandbox saves its state and exits
    if (!m_process.waitForFinished(5000)) m_process.kill();
}

void SandboxProcess::onStdout()
{
    m_stdout += m_process.readAllStandardOutput();
    if (m_ready || !m_stdout.contains('\n')) return;
    const QByteArray line = m_stdout.left(m_stdout.indexOf('\n'));
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    const QUrl url(o.value(QLatin1String("baseUrl")).toString());
    if (!url.isValid() || o.value(QLatin1String("publicKey")).toString().isEmpty()) {
        fail(tr("the sandbox printed something unexpected instead of its address"));
        return;
    }
    // Over https the sandbox names its certificate; without it there is nothing to pin
    // and the system trust store would refuse the self-signed certificate anyway.
    // (The client parses the PEM; a file that is not one makes its configuration error.)
    QByteArray ca;
    if (url.scheme() == u"https") {
        const QString path = o.value(QLatin1String("caCertificate")).toString();
        QFile f(path);
        if (!path.isEmpty() && f.open(QIODevice::ReadOnly)) ca = f.readAll();
        if (!ca.contains("-----BEGIN CERTIFICATE-----")) {
            fail(tr("the sandbox serves HTTPS but its certificate could not be read (%1)").arg(path));
            return;
        }
    }
    m_ready = true;
    m_caCertificate = ca;
    m_timeout.stop();
    emit ready(url, o.value(QLatin1String("publicKey")).toString(), o.value(QLatin1String("privateKey")).toString());
}

void SandboxProcess::fail(const QString &message)
{
    m_timeout.stop();
    emit failed(message);
}

}  // namespace lifeboat
