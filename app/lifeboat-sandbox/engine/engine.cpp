#include "engine.h"

#include "auth.h"
#include "clock.h"
#include "collectionapi.h"
#include "compliance.h"
#include "complianceapi.h"
#include "dataapi.h"
#include "httpfront.h"
#include "policyapi.h"
#include "readapi.h"
#include "restoreapi.h"
#include "restorerunner.h"
#include "router.h"
#include "scenario.h"
#include "server.h"
#include "simulator.h"
#include "snapshotapi.h"
#include "state.h"
#include "store.h"
#include "tls.h"
#include "writeapi.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTimer>
#include <spdlog/spdlog.h>

static void initResources()
{
    Q_INIT_RESOURCE(sandbox);
}

namespace sandbox {

struct Engine::Private {
    State state;
    Store store;
    Clock clock;
    Simulator simulator{state};
    RestoreRunner restores{state};
    Router router;
    std::unique_ptr<Auth> auth;
    std::unique_ptr<Server> server;
    std::unique_ptr<HttpFront> front;
    QString caCertificate;
    std::unique_ptr<QTemporaryDir> tempDir;
    QTimer ticker;
    QUrl baseUrl;
    Credentials credentials;
    bool running = false;

    void tick()
    {
        simulator.runUntil(clock.now());
        restores.runUntil(clock.now());
        compliance::advance(state, clock.now());
        state.setMeta(QStringLiteral("clock"), isoTime(clock.now()));
        QString error;
        if (!store.flush(&state, &error)) spdlog::error("could not save the sandbox state: {}", error.toStdString());
    }
};

Engine::Engine(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    initResources();
    QObject::connect(&d->ticker, &QTimer::timeout, this, [this] { d->tick(); });
}

Engine::~Engine()
{
    stop();
}

static Credentials firstCredentials(const State &state)
{
    Credentials c;
    const auto keys = state.list(Kind::ApiKey);  // sorted by scenario order (first = highest key)
    if (!keys.isEmpty()) {
        c.publicKey = keys.first()->id;
        c.privateKey = keys.first()->body.value(QLatin1String("secret")).toString();
    }
    const auto accounts = state.list(Kind::ServiceAccount);
    if (!accounts.isEmpty()) {
        c.clientId = accounts.first()->id;
        c.clientSecret = accounts.first()->body.value(QLatin1String("secret")).toString();
    }
    return c;
}

bool Engine::start(const EngineOptions &options, QString *error)
{
    if (d->running) {
        if (error) *error = QStringLiteral("the engine is already running");
        return false;
    }
    QString dir = options.dataDir;
    if (dir.isEmpty()) {
        d->tempDir = std::make_unique<QTemporaryDir>();
        dir = d->tempDir->path();
    }
    if (!QDir().mkpath(dir)) {
        if (error) *error = QStringLiteral("cannot create the data directory %1").arg(dir);
        return false;
    }
    QString err;
    QSslConfiguration tls;
    if (options.tls) {
        QString cert = options.tlsCert, key = options.tlsKey;
        if (cert.isEmpty() != key.isEmpty()) {
            if (error) *error = QStringLiteral("--tls-cert and --tls-key go together");
            return false;
        }
        if (cert.isEmpty() && !ensureSelfSignedCertificate(dir, &cert, &key, &err)) {
            if (error) *error = err;
            return false;
        }
        if (!loadTlsConfiguration(cert, key, &tls, &err)) {
            if (error) *error = err;
            return false;
        }
        d->caCertificate = QFileInfo(cert).absoluteFilePath();
    }
    if (!d->store.open(QDir(dir).filePath(QStringLiteral("sandbox.db")), &err)) {
        if (error) *error = QStringLiteral("cannot open the sandbox database in %1: %2").arg(dir, err);
        return false;
    }
    const QDateTime realNow = QDateTime::currentDateTimeUtc();
    if (d->store.isEmpty()) {
        QByteArray json;
        if (options.scenario == u"demo") {
            json = demoScenario();
        } else {
            QFile f(options.scenario);
            if (!f.open(QIODevice::ReadOnly)) {
                if (error)
                    *error =
                        QStringLiteral("cannot read the scenario file %1: %2").arg(options.scenario, f.errorString());
                return false;
            }
            json = f.readAll();
        }
        d->state.setMeta(QStringLiteral("seed"), QString::number(options.seed));
        d->state.setMeta(QStringLiteral("scenario"), options.scenario);
        // A scenario starts on a whole minute so repeated runs with one seed agree.
        const QDateTime start = options.startAt.isValid()
                                    ? QDateTime::fromSecsSinceEpoch(options.startAt.toSecsSinceEpoch(), Qt::UTC)
                                    : QDateTime::fromSecsSinceEpoch(realNow.toSecsSinceEpoch() / 60 * 60, Qt::UTC);
        if (!loadScenario(json, start, d->state, d->simulator, &err)) {
            if (error) *error = QStringLiteral("scenario %1: %2").arg(options.scenario, err);
            return false;
        }
        d->state.setMeta(QStringLiteral("clock"), isoTime(start));
        d->clock.start(start, options.speed);
        spdlog::info("seeded scenario {} (seed {}): {} clusters, {} snapshots", options.scenario.toStdString(),
                     options.seed, d->state.count(Kind::Cluster), d->state.count(Kind::Snapshot));
    } else {
        if (!d->store.load(&d->state, &err)) {
            if (error) *error = QStringLiteral("cannot load the saved state from %1: %2").arg(dir, err);
            return false;
        }
        d->simulator.rebuildIndexes();
        QDateTime saved = parseIsoTime(d->state.meta(QStringLiteral("clock")));
        if (!saved.isValid()) saved = realNow;
        // At real-time speed the estate catches up with the wall clock; faster clocks resume.
        d->clock.start(options.speed == 1.0 ? qMax(saved, realNow) : saved, options.speed);
        spdlog::info("resumed saved state from {}: {} clusters, {} snapshots, clock {}", dir.toStdString(),
                     d->state.count(Kind::Cluster), d->state.count(Kind::Snapshot),
                     isoTime(d->clock.now()).toStdString());
    }
    d->tick();

    d->auth = std::make_unique<Auth>(d->state);
    d->auth->setTokenLifetime(options.tokenLifetimeSeconds);
    d->router = Router();
    addReadRoutes(d->router, d->state);
    addWriteRoutes(d->router, d->state, d->simulator);
    addPolicyRoutes(d->router, d->state, d->simulator);
    addSnapshotRoutes(d->router, d->state, d->simulator);
    addComplianceRoutes(d->router, d->state, d->simulator);
    addRestoreRoutes(d->router, d->state);
    addCollectionRestoreRoutes(d->router, d->state);
    addDataRoutes(d->router, d->state);
    d->server = std::make_unique<Server>(
        d->router, *d->auth, [this] { return d->clock.now(); }, options.rateLimits);
    d->server->afterWrite = [this] { d->tick(); };
    d->server->downloads = [this](const QByteArray &method, const QString &path, const QDateTime &now) {
        Reply r = serveDownload(d->state, method, path, now);
        d->tick();  // a used link is saved at once
        return r;
    };
    Server *server = d->server.get();
    d->front = std::make_unique<HttpFront>([server](const HttpRequest &r) { return server->handle(r); });
    HttpLimits limits;
    limits.bodyTimeoutMs = options.requestTimeoutMs;
    d->front->setLimits(limits);
    d->front->setLatency(options.latencyMs, options.latencyJitterMs);
    d->front->setClock([this] { return d->clock.now(); });
    const quint16 port = d->front->listen(options.host, options.port, options.tls ? &tls : nullptr, &err);
    if (port == 0) {
        if (error)
            *error =
                QStringLiteral("cannot listen on %1:%2: %3").arg(options.host.toString()).arg(options.port).arg(err);
        d->front.reset();
        d->server.reset();
        return false;
    }
    const QString host = options.host.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(options.host.toString())
                             : options.host.toString();
    d->baseUrl = QUrl(QStringLiteral("%1://%2:%3")
                          .arg(options.tls ? QStringLiteral("https") : QStringLiteral("http"), host)
                          .arg(port));
    d->credentials = firstCredentials(d->state);
    if (options.speed > 0) d->ticker.start(1000);
    d->running = true;
    spdlog::info("listening on {}", d->baseUrl.toString().toStdString());
    return true;
}

void Engine::stop()
{
    if (!d->running) return;
    d->ticker.stop();
    d->tick();
    d->front.reset();
    d->server.reset();
    d->caCertificate.clear();
    d->store.close();
    d->running = false;
}

QUrl Engine::baseUrl() const
{
    return d->baseUrl;
}

QString Engine::caCertificate() const
{
    return d->caCertificate;
}

Credentials Engine::adminCredentials() const
{
    return d->credentials;
}

QString Engine::startupLine() const
{
    // Keys in the documented order: baseUrl, publicKey, privateKey, clientId, clientSecret[, caCertificate].
    auto quoted = [](const QString &v) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    };
    QString line =
        QStringLiteral(
            "{\"baseUrl\": %1, \"publicKey\": %2, \"privateKey\": %3, \"clientId\": %4, \"clientSecret\": %5")
            .arg(quoted(d->baseUrl.toString()), quoted(d->credentials.publicKey), quoted(d->credentials.privateKey),
                 quoted(d->credentials.clientId), quoted(d->credentials.clientSecret));
    if (!d->caCertificate.isEmpty()) line += QStringLiteral(", \"caCertificate\": %1").arg(quoted(d->caCertificate));
    return line + u'}';
}

QDateTime Engine::now() const
{
    return d->clock.now();
}

void Engine::advanceBy(qint64 seconds)
{
    d->clock.advanceBy(seconds);
    d->tick();
}

void Engine::setSpeed(double speed)
{
    d->clock.setSpeed(speed);
    if (speed > 0 && d->running)
        d->ticker.start(1000);
    else
        d->ticker.stop();
}

void Engine::addFault(const Fault &fault)
{
    if (d->server) d->server->addFault(fault);
}

void Engine::clearFaults()
{
    if (d->server) d->server->clearFaults();
}

State &Engine::state()
{
    return d->state;
}

void Engine::setRequestObserver(RequestObserver observer)
{
    if (d->server) d->server->observer = std::move(observer);
}

quint64 Engine::requestCount() const
{
    return d->server ? d->server->requestCount() : 0;
}

}  // namespace sandbox

namespace sandbox {

QList<Engine::Operation> Engine::operations() const
{
    QList<Operation> out;
    for (const Route &r : d->router.routes())
        out.append({QString::fromLatin1(r.method), r.pattern, r.operationId, r.versions});
    return out;
}

}  // namespace sandbox
