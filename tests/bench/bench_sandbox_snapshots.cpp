// Benchmark: GET snapshot pages (itemsPerPage=500) per second from an in-process
// lifeboat-sandbox over loopback, with two client connections (keep-alive, digest auth).
// The floor is a bare QAbstractHttpServer answering a fixed body of the same size, in
// the same run, so the figure is comparable across noisy machines.
#include "engine/engine.h"
#include "engine/state.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <cstdio>

static const char kScenario[] = R"({
  "historyDays": 40,
  "organizations": [{"name": "Bench", "projects": [{"name": "bench", "clusters": [
    {"name": "busy", "tier": "M30", "mongoDBVersion": "8.0.4", "createdDaysAgo": 60,
     "schedule": {"policyItems": [
       {"frequencyType": "hourly", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 30},
       {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 35}]}}]}]}],
  "apiKeys": [{"publicKey": "benchkey", "privateKey": "benchsecret", "orgRole": "ORG_OWNER"}],
  "serviceAccounts": [{"clientId": "mdb_sa_id_bench", "clientSecret": "mdb_sa_sk_bench", "orgRole": "ORG_OWNER"}]
})";

// A fixed answer, to measure what the HTTP stack alone costs.
class FloorServer : public QAbstractHttpServer {
public:
    QByteArray body;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QHttpServerResponder r = makeResponder(request, socket);
        r.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        r.writeHeader("Content-Type", "application/vnd.atlas.2023-01-01+json");
        r.writeHeader("Content-Length", QByteArray::number(body.size()));
        r.writeBody(body);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
};

struct Client {
    QString host;
    quint16 port;
    QString path;
    QByteArray user, password;  // empty: no auth
    std::atomic<qint64> *requests;
    std::atomic<qint64> *bytes;
    std::atomic<bool> *stop;
    std::atomic<int> *errors;
};

static QByteArray md5(const QByteArray &d)
{
    return QCryptographicHash::hash(d, QCryptographicHash::Md5).toHex();
}

// Reads one HTTP response; returns the status (0 on error) and the body size.
static int readResponse(QTcpSocket &s, QByteArray *headers, qint64 *bodySize)
{
    QByteArray buf;
    while (!buf.contains("\r\n\r\n")) {
        if (!s.bytesAvailable() && !s.waitForReadyRead(10000)) return 0;
        buf += s.read(qMax<qint64>(1, s.bytesAvailable()));
    }
    const int end = buf.indexOf("\r\n\r\n") + 4;
    *headers = buf.left(end);
    const auto m =
        QRegularExpression(QStringLiteral("(?i)content-length:\\s*(\\d+)")).match(QString::fromLatin1(*headers));
    const qint64 length = m.hasMatch() ? m.captured(1).toLongLong() : 0;
    qint64 have = buf.size() - end;
    while (have < length) {
        if (!s.bytesAvailable() && !s.waitForReadyRead(10000)) return 0;
        have += s.read(length - have).size();
    }
    *bodySize = length;
    return headers->mid(9, 3).toInt();
}

static void runClient(Client c)
{
    QTcpSocket s;
    s.connectToHost(c.host, c.port);
    if (!s.waitForConnected(5000)) {
        ++*c.errors;
        return;
    }
    const QByteArray accept = "application/vnd.atlas.2023-01-01+json";
    QByteArray nonce;
    quint32 nc = 0;
    while (!c.stop->load()) {
        QByteArray req =
            "GET " + c.path.toLatin1() + " HTTP/1.1\r\nHost: " + c.host.toLatin1() + "\r\nAccept: " + accept + "\r\n";
        if (!nonce.isEmpty()) {
            const QByteArray ncText = QByteArray::number(++nc, 16).rightJustified(8, '0');
            const QByteArray ha1 = md5(c.user + ":MMS Public API:" + c.password);
            const QByteArray ha2 = md5("GET:" + c.path.toLatin1());
            const QByteArray resp = md5(ha1 + ':' + nonce + ':' + ncText + ":b3nch:auth:" + ha2);
            req += "Authorization: Digest username=\"" + c.user + "\", realm=\"MMS Public API\", nonce=\"" + nonce +
                   "\", uri=\"" + c.path.toLatin1() + "\", algorithm=MD5, qop=auth, nc=" + ncText +
                   ", cnonce=\"b3nch\", response=\"" + resp + "\"\r\n";
        }
        req += "\r\n";
        s.write(req);
        QByteArray headers;
        qint64 size = 0;
        const int status = readResponse(s, &headers, &size);
        if (status == 401 && !c.user.isEmpty()) {
            const auto m = QRegularExpression(QStringLiteral("nonce=\"([^\"]+)\"")).match(QString::fromLatin1(headers));
            if (!m.hasMatch()) {
                ++*c.errors;
                return;
            }
            nonce = m.captured(1).toLatin1();
            continue;
        }
        if (status != 200) {
            ++*c.errors;
            return;
        }
        ++*c.requests;
        *c.bytes += size;
    }
}

struct Result {
    double perSecond;
    double mbPerSecond;
    int errors;
};

static Result measure(const QString &host, quint16 port, const QString &path, const QByteArray &user,
                      const QByteArray &password, int seconds)
{
    std::atomic<qint64> requests{0}, bytes{0};
    std::atomic<bool> stop{false};
    std::atomic<int> errors{0};
    QList<QThread *> threads;
    for (int i = 0; i < 2; ++i) {
        Client c{host, port, path, user, password, &requests, &bytes, &stop, &errors};
        threads << QThread::create([c] { runClient(c); });
        threads.last()->start();
    }
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < seconds * 1000) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    stop = true;
    while (std::any_of(threads.begin(), threads.end(), [](QThread *th) { return th->isRunning(); }))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const double secs = t.elapsed() / 1000.0;
    qDeleteAll(threads);
    return {requests / secs, bytes / secs / 1e6, errors.load()};
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds =
        qMax(1, qEnvironmentVariableIntValue("BENCH_SECONDS") ? qEnvironmentVariableIntValue("BENCH_SECONDS") : 5);
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("bench.json")));
    if (!f.open(QIODevice::WriteOnly)) return 1;
    f.write(kScenario);
    f.close();

    sandbox::Engine engine;
    sandbox::EngineOptions o;
    o.speed = 0;
    o.scenario = f.fileName();
    QString error;
    if (!engine.start(o, &error)) {
        std::fprintf(stderr, "cannot start the sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const QString host = engine.baseUrl().host();
    const quint16 port = quint16(engine.baseUrl().port());
    const QString group = engine.state().all(sandbox::Kind::Project).first()->id;
    const QString path =
        QStringLiteral("/api/atlas/v2/groups/%1/clusters/busy/backup/snapshots?itemsPerPage=500").arg(group);

    const int snapshots = engine.state().count(sandbox::Kind::Snapshot);

    const Result sandboxResult = measure(host, port, path, "benchkey", "benchsecret", seconds);

    FloorServer floor;
    floor.body = QByteArray(int(sandboxResult.mbPerSecond / qMax(1.0, sandboxResult.perSecond) * 1e6), 'x');
    const quint16 floorPort = floor.listen(QHostAddress::LocalHost, 0);
    const Result floorResult = measure(QStringLiteral("127.0.0.1"), floorPort, path, {}, {}, seconds);

    std::printf("sandbox snapshot pages: %d snapshots in the cluster, page of 500 = %.0f KB\n", snapshots,
                sandboxResult.mbPerSecond / qMax(1.0, sandboxResult.perSecond) * 1000.0);
    std::printf("sandbox: %.0f requests/s (%.1f MB/s), errors %d\n", sandboxResult.perSecond, sandboxResult.mbPerSecond,
                sandboxResult.errors);
    std::printf("floor (fixed body, same size, no auth): %.0f requests/s (%.1f MB/s), errors %d\n",
                floorResult.perSecond, floorResult.mbPerSecond, floorResult.errors);
    std::printf("ratio sandbox/floor: %.2f\n", sandboxResult.perSecond / qMax(1.0, floorResult.perSecond));
    return sandboxResult.errors || floorResult.errors ? 1 : 0;
}
