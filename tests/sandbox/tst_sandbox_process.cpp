// The lifeboat-sandbox program itself: flags, the one JSON line on stdout, logs on
// stderr, --fault, clear errors for bad flags, and a clean stop that keeps the state.
#include "httptestutil.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace testutil;

class SandboxProcessTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir;

    static QString program() { return QStringLiteral(LIFEBOAT_SANDBOX_BIN); }

    static QJsonObject startAndReadLine(QProcess &p, const QStringList &args)
    {
        return testutil::startAndReadLine(p, program(), args);
    }

private slots:
    void printsOneLineThenServes()
    {
        QProcess p;
        const QJsonObject line = startAndReadLine(
            p, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--speed"),
                QStringLiteral("0"), QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("a")),
                QStringLiteral("--fault"), QStringLiteral("503,/api/atlas/v2/orgs,count=1,retry-after=1")});
        QCOMPARE(line.keys(), (QStringList{"baseUrl", "clientId", "clientSecret", "privateKey", "publicKey"}));
        const QUrl base(line.value("baseUrl").toString());
        QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(base.port() > 0);

        QNetworkAccessManager nam;
        useApiKey(nam, line.value("publicKey").toString(), line.value("privateKey").toString());
        const QUrl orgs(base.toString() + QStringLiteral("/api/atlas/v2/orgs"));
        const Response faulted = send(nam, "GET", orgs, {{"Accept", accept("2023-01-01")}});
        QCOMPARE(faulted.status, 503);
        QCOMPARE(faulted.header("Retry-After"), QByteArray("1"));
        QCOMPARE(send(nam, "GET", orgs, {{"Accept", accept("2023-01-01")}}).status, 200);

        QTest::qWait(100);
        QVERIFY(p.readAllStandardOutput().trimmed().isEmpty());  // exactly one line on stdout
        ::kill(pid_t(p.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 10000);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QByteArray log = p.readAllStandardError();
        QVERIFY2(log.contains("listening on"), log.constData());
        QVERIFY2(log.contains("state saved"), log.constData());
        QVERIFY(!log.contains(line.value("privateKey").toString().toUtf8()));  // secrets never in the log

        // The same folder again: the same estate and credentials.
        QProcess again;
        const QJsonObject line2 =
            startAndReadLine(again, {QStringLiteral("--speed"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                                     dir.filePath(QStringLiteral("a"))});
        QCOMPARE(line2.value("publicKey"), line.value("publicKey"));
        QVERIFY(again.readAllStandardError().contains("resumed saved state"));
        again.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(again.state() == QProcess::NotRunning, 10000);
    }

    void twoProcessesGiveTheSameHistory()
    {
        // Each process has its own QHash seed: nothing generated may depend on it. The same
        // scenario, seed and start give the same snapshots, times, sizes, kinds and events.
        auto history = [this](const QString &name) {
            QProcess p;
            const QJsonObject line = startAndReadLine(
                p, {QStringLiteral("--speed"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("4"),
                    QStringLiteral("--start-at"), QStringLiteral("2026-11-25T06:30:00Z"), QStringLiteral("--data-dir"),
                    dir.filePath(name)});
            QStringList out;
            QNetworkAccessManager nam;
            useApiKey(nam, line.value("publicKey").toString(), line.value("privateKey").toString());
            auto get = [&](const QString &path) {
                return send(nam, "GET", QUrl(line.value("baseUrl").toString() + path),
                            {{"Accept", accept("2023-01-01")}})
                    .json()
                    .value("results")
                    .toArray();
            };
            for (const auto &g : get(QStringLiteral("/api/atlas/v2/groups"))) {
                const QString gp = QStringLiteral("/api/atlas/v2/groups/") + g.toObject().value("id").toString();
                for (const auto &e : get(gp + QStringLiteral("/events?itemsPerPage=500")))
                    out << QJsonDocument(e.toObject()).toJson(QJsonDocument::Compact);
                for (const auto &c : get(gp + QStringLiteral("/clusters")))
                    for (const auto &s : get(gp + QStringLiteral("/clusters/%1/backup/snapshots?itemsPerPage=500")
                                                      .arg(c.toObject().value("name").toString())))
                        out << QJsonDocument(s.toObject()).toJson(QJsonDocument::Compact);
            }
            p.terminate();
            p.waitForFinished(10000);
            return out;
        };
        const QStringList one = history(QStringLiteral("history-1")), two = history(QStringLiteral("history-2"));
        QVERIFY(one.size() > 200);
        QVERIFY(one.filter(QStringLiteral("\"snapshotType\":\"fallback\"")).size() > 0);
        QCOMPARE(one, two);
    }

    // --fault 5xx-after-apply: the change is made, then the answer is that status.
    void faultAfterApplyFlag()
    {
        QProcess p;
        const QJsonObject line =
            startAndReadLine(p, {QStringLiteral("--speed"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                                 dir.filePath(QStringLiteral("after")), QStringLiteral("--fault"),
                                 QStringLiteral("503-after-apply,/backup/schedule,method=DELETE")});
        const QString base = line.value("baseUrl").toString();
        QNetworkAccessManager nam;
        useApiKey(nam, line.value("publicKey").toString(), line.value("privateKey").toString());
        QString staging;
        for (const auto &g :
             send(nam, "GET", QUrl(base + QStringLiteral("/api/atlas/v2/groups")), {{"Accept", accept("2023-01-01")}})
                 .json()
                 .value("results")
                 .toArray())
            if (g.toObject().value("name").toString() == u"payments-staging")
                staging = g.toObject().value("id").toString();
        const QUrl sched(base +
                         QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-qa/backup/schedule").arg(staging));
        const Response lost = send(nam, "DELETE", sched, {{"Accept", accept("2024-08-05")}});
        QCOMPARE(lost.status, 503);
        const QJsonArray items = send(nam, "GET", sched, {{"Accept", accept("2024-08-05")}})
                                     .json()
                                     .value("policies")
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value("policyItems")
                                     .toArray();
        QVERIFY(items.isEmpty());  // applied
        QCOMPARE(send(nam, "DELETE", sched, {{"Accept", accept("2024-08-05")}}).status, 200);
        ::kill(pid_t(p.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 10000);
        QVERIFY(p.readAllStandardError().contains("applied, then answered 503"));
    }

    void badFlagsGetAClearMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("listen") << QStringList{"--listen", "nowhere"} << "--listen";
        QTest::newRow("speed") << QStringList{"--speed", "fast"} << "--speed";
        QTest::newRow("seed") << QStringList{"--seed", "-x"} << "--seed";
        QTest::newRow("start-at") << QStringList{"--start-at", "2026-11-25 06:00"} << "--start-at";
        QTest::newRow("start-at local") << QStringList{"--start-at", "2026-11-25T06:00:00"} << "--start-at";
        QTest::newRow("scenario") << QStringList{"--scenario", "/no/such/file.json"} << "/no/such/file.json";
        QTest::newRow("fault") << QStringList{"--fault", "teapot,/x"} << "--fault";
        QTest::newRow("fault after apply") << QStringList{"--fault", "404-after-apply,/x"} << "5xx";
    }

    void badFlagsGetAClearMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QProcess p;
        p.start(program(), args + QStringList{QStringLiteral("--data-dir"),
                                              dir.filePath(QString::fromLatin1(QTest::currentDataTag()))});
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
        QVERIFY(p.exitCode() != 0);
        QVERIFY(p.readAllStandardOutput().isEmpty());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(mentions), qPrintable(err));
    }

    void helpDescribesTheFlags()
    {
        QProcess p;
        p.start(program(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        const QByteArray out = p.readAllStandardOutput();
        for (const char *flag : {"--listen", "--data-dir", "--scenario", "--speed", "--seed", "--start-at", "--fault"})
            QVERIFY2(out.contains(flag), flag);
    }
};

QTEST_GUILESS_MAIN(SandboxProcessTest)
#include "tst_sandbox_process.moc"
