#pragma once
// lifeboat-sandbox engine: a local Atlas-compatible backup service. Tests start it
// in-process on a free port; app/lifeboat-sandbox/main.cpp is a thin wrapper.
#include "ratelimit.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>

namespace sandbox {

struct EngineOptions {
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;                           // 0 picks a free port
    QString dataDir;                            // empty: a temporary directory removed on exit
    QString scenario = QStringLiteral("demo");  // "demo" or a path to a scenario JSON file
    double speed = 1.0;                         // simulated seconds per real second; 0 stops the clock
    quint64 seed = 1;                           // deterministic generation
    // Where the simulated clock starts for a new data folder (UTC, whole seconds). Invalid: the
    // wall clock on a whole minute. Schedules follow the UTC calendar, so tests that count
    // snapshots set it: otherwise their result depends on the time of day they run at.
    QDateTime startAt;
    int tokenLifetimeSeconds = 3600;  // OAuth bearer tokens, in real seconds
    bool tls = false;                 // HTTPS; with no tlsCert, a self-signed one made in dataDir
    QString tlsCert, tlsKey;          // PEM files
    int latencyMs = 0;                // every answer waits latencyMs ± latencyJitterMs, as on a WAN
    int latencyJitterMs = 0;
    RateLimitOptions rateLimits;
    int requestTimeoutMs = 10000;  // a request (or its declared body) not in by then: 408
};

// The admin credentials of the scenario: its first API key and service account.
struct Credentials {
    QString publicKey, privateKey, clientId, clientSecret;
};

// One injected fault: the next `count` requests whose path contains `pathContains`
// (and whose method matches, when set) get this answer instead of the real one.
struct Fault {
    QString pathContains;
    QString method;              // empty: any method
    int status = 500;            // HTTP status of the answer
    int retryAfterSeconds = -1;  // adds Retry-After when >= 0
    int count = 1;               // how many requests it hits; -1: until cleared
    // RestoreFail: not an answer. The next `count` restore jobs created by a request whose path
    // contains pathContains (any restore kind: .../restoreJobs, .../collectionRestoreJobs, Flex
    // restores and downloads) are accepted as usual and then fail when they would finish.
    // ResetAfterApply / StatusAfterApply: the request is handled as usual (the change is made and
    // saved), then the connection is reset, or the answer replaced by `status` (a 5xx): what a
    // client sees when the server applied a change and the answer was lost. They hit only
    // requests the server answered with a 2xx (a digest challenge or a refusal passes through).
    enum class Kind {
        Status,
        Reset,
        Truncate,
        Malformed,
        Delay,
        RestoreFail,
        ResetAfterApply,
        StatusAfterApply
    } kind = Kind::Status;
    int delayMs = 0;  // for Delay: then answers normally
};

class Clock;
class Server;
class Store;
class State;

class Engine : public QObject {
    Q_OBJECT
public:
    explicit Engine(QObject *parent = nullptr);
    ~Engine() override;

    bool start(const EngineOptions &options, QString *error);
    void stop();

    QUrl baseUrl() const;
    QString caCertificate() const;  // with tls: the certificate a client should trust
    Credentials adminCredentials() const;
    QString startupLine() const;  // the one JSON line main() prints

    // Simulated time (UTC). advanceBy() moves it at once and runs due events.
    QDateTime now() const;
    void advanceBy(qint64 seconds);
    void setSpeed(double speed);

    void addFault(const Fault &fault);
    void clearFaults();

    State &state();
    quint64 requestCount() const;
    // Called for every request the front hands on (benchmarks count round trips with it).
    using RequestObserver =
        std::function<void(const QByteArray &method, const QByteArray &rawPath, const QByteArray &rawQuery)>;
    void setRequestObserver(RequestObserver observer);

    struct Operation {
        QString method, path, operationId;
        QStringList versions;
    };
    QList<Operation> operations() const;  // the route table, for contract tests

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace sandbox
