// The bundled sandbox as Lifeboat starts it: a child process on a free loopback port
// whose printed credentials work, stopped cleanly; a broken binary is a clear failure.
#include "sandboxprocess.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

class SandboxProcessTest : public QObject {
    Q_OBJECT
private slots:
    void startsAndStops()
    {
        QTemporaryDir dir;
        lifeboat::SandboxProcess sandbox;
        QSignalSpy ready(&sandbox, &lifeboat::SandboxProcess::ready);
        QSignalSpy failed(&sandbox, &lifeboat::SandboxProcess::failed);
        sandbox.start(dir.filePath(QStringLiteral("sandbox")));
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const QUrl url = ready.first().at(0).toUrl();
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(url.scheme(), QStringLiteral("https"));  // --tls: its own certificate, handed over to pin
        QVERIFY(sandbox.caCertificate().contains("-----BEGIN CERTIFICATE-----"));
        QVERIFY(url.port() > 0);
        QVERIFY(!ready.first().at(1).toString().isEmpty());
        QVERIFY(!ready.first().at(2).toString().isEmpty());
        sandbox.stop();
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("sandbox/sandbox.db"))));  // state kept for next time
        QVERIFY(failed.isEmpty());  // a requested stop is not a failure
    }

    void aChildThatDiesIsAStopNotAStartFailure()
    {
        QTemporaryDir dir;
        lifeboat::SandboxProcess sandbox;
        QSignalSpy ready(&sandbox, &lifeboat::SandboxProcess::ready);
        QSignalSpy failed(&sandbox, &lifeboat::SandboxProcess::failed);
        QSignalSpy stopped(&sandbox, &lifeboat::SandboxProcess::stopped);
        sandbox.start(dir.filePath(QStringLiteral("sandbox")));
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY(failed.isEmpty());
        QVERIFY(sandbox.processId() > 0);
        ::kill(pid_t(sandbox.processId()), SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10000);
        QCOMPARE(stopped.first().at(1).toBool(), true);  // crashed
        QVERIFY2(failed.isEmpty(), "a sandbox that ran and then died did not fail to start");
    }

    void aBrokenStartSaysSoInWords()
    {
        QTemporaryDir dir;
        lifeboat::SandboxProcess sandbox;
        QSignalSpy failed(&sandbox, &lifeboat::SandboxProcess::failed);
        // A data folder that is a file: the sandbox cannot open its state and ends at once.
        QFile f(dir.filePath(QStringLiteral("notafolder")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        sandbox.start(dir.filePath(QStringLiteral("notafolder/sandbox")));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("could not start")) ||
                     message.contains(QStringLiteral("ended before")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("exited before it was ready")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(SandboxProcessTest)
#include "tst_sandboxprocess.moc"
