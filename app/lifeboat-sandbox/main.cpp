// lifeboat-sandbox: a local Atlas-compatible backup service on loopback.
#include "engine/engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

static int signalPipe[2];

static void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(signalPipe[1], &c, 1);
}

static bool parseListen(const QString &text, QHostAddress *host, quint16 *port, QString *error)
{
    const int colon = text.lastIndexOf(u':');
    if (colon <= 0) {
        *error = QStringLiteral("--listen wants HOST:PORT, e.g. 127.0.0.1:0 (got \"%1\")").arg(text);
        return false;
    }
    QString h = text.left(colon);
    if (h.startsWith(u'[') && h.endsWith(u']')) h = h.mid(1, h.size() - 2);
    if (h == u"localhost") h = QStringLiteral("127.0.0.1");
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!host->setAddress(h) || !ok || p > 65535) {
        *error = QStringLiteral("--listen: \"%1\" is not an IP address and port").arg(text);
        return false;
    }
    *port = quint16(p);
    return true;
}

// --fault WHAT,PATH[,count=N][,retry-after=S][,method=M]; WHAT is an HTTP status,
// reset, truncate, malformed, delay=MS, restore-fail (the next restores created on a
// matching path fail when they would finish), reset-after-apply or 5xx-after-apply (the
// request is applied, then the connection is reset or the answer replaced by that status).
// count defaults to 1; -1 means every time.
static bool parseFault(const QString &text, sandbox::Fault *f, QString *error)
{
    const QStringList parts = text.split(u',');
    if (parts.size() < 2 || parts[1].isEmpty()) {
        *error = QStringLiteral("--fault wants WHAT,PATH[,count=N][,retry-after=S][,method=M] (got \"%1\")").arg(text);
        return false;
    }
    const QString what = parts[0].trimmed().toLower();
    bool ok = false;
    if (what == u"reset")
        f->kind = sandbox::Fault::Kind::Reset;
    else if (what == u"truncate")
        f->kind = sandbox::Fault::Kind::Truncate;
    else if (what == u"malformed")
        f->kind = sandbox::Fault::Kind::Malformed;
    else if (what == u"restore-fail")
        f->kind = sandbox::Fault::Kind::RestoreFail;
    else if (what == u"reset-after-apply")
        f->kind = sandbox::Fault::Kind::ResetAfterApply;
    else if (what.endsWith(u"-after-apply")) {
        f->kind = sandbox::Fault::Kind::StatusAfterApply;
        f->status = what.chopped(12).toInt(&ok);
        if (!ok || f->status < 500 || f->status > 599) {
            *error = QStringLiteral("--fault: STATUS-after-apply wants a 5xx status (got \"%1\")").arg(what);
            return false;
        }
    } else if (what.startsWith(u"delay=")) {
        f->kind = sandbox::Fault::Kind::Delay;
        f->delayMs = what.mid(6).toInt(&ok);
        if (!ok || f->delayMs < 0) {
            *error = QStringLiteral("--fault: delay=MS wants milliseconds (got \"%1\")").arg(what);
            return false;
        }
    } else {
        f->kind = sandbox::Fault::Kind::Status;
        f->status = what.toInt(&ok);
        if (!ok || f->status < 400 || f->status > 599) {
            *error = QStringLiteral("--fault: \"%1\" is not a 4xx/5xx status, reset, truncate, malformed, delay=MS, "
                                    "restore-fail, reset-after-apply or 5xx-after-apply")
                         .arg(what);
            return false;
        }
    }
    f->pathContains = parts[1].trimmed();
    for (int i = 2; i < parts.size(); ++i) {
        const QString key = parts[i].section(u'=', 0, 0).trimmed(), value = parts[i].section(u'=', 1).trimmed();
        if (key == u"count")
            f->count = value.toInt(&ok);
        else if (key == u"retry-after")
            f->retryAfterSeconds = value.toInt(&ok);
        else if (key == u"method") {
            f->method = value.toUpper();
            ok = !value.isEmpty();
        } else
            ok = false;
        if (!ok || (key == u"count" && (f->count == 0 || f->count < -1))) {
            *error = QStringLiteral("--fault: cannot use \"%1\"").arg(parts[i]);
            return false;
        }
    }
    return true;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lifeboat-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    spdlog::set_default_logger(spdlog::stderr_color_mt("sandbox"));
    spdlog::set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %v");

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local Atlas-compatible backup service (Atlas Admin API v2 subset) for Lifeboat.\n"
        "Prints one JSON line with the base URL and the scenario's admin credentials, then serves until stopped."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("listen"),
                      QStringLiteral("Address and port to listen on (port 0 picks a free one)."),
                      QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0")});
    parser.addOption(
        {QStringLiteral("data-dir"),
         QStringLiteral("Folder for the SQLite state that survives a restart (default: a temporary folder)."),
         QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("scenario"),
                      QStringLiteral("\"demo\" or a scenario JSON file, used when the data folder is new."),
                      QStringLiteral("demo|FILE"), QStringLiteral("demo")});
    parser.addOption({QStringLiteral("speed"), QStringLiteral("Simulated seconds per real second (0 stops the clock)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed for deterministic generation."), QStringLiteral("N"),
                      QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("start-at"),
         QStringLiteral("Where the simulated clock starts for a new data folder, in UTC (e.g. 2026-11-25T06:00:00Z; "
                        "default: now, on a whole minute)."),
         QStringLiteral("TIME")});
    parser.addOption(
        {QStringLiteral("fault"),
         QStringLiteral("Inject a fault (repeatable): WHAT,PATH[,count=N][,retry-after=S][,method=M] where WHAT is "
                        "an HTTP status (429, 500, ...), reset, truncate, malformed, delay=MS, restore-fail (the "
                        "next restore created on that path fails when it would finish), reset-after-apply or "
                        "5xx-after-apply (e.g. 503-after-apply: the request is applied, then the connection is reset "
                        "or the answer is that status) and PATH a part of the request path. Example: "
                        "429,/backup/snapshots,count=3,retry-after=2"),
         QStringLiteral("SPEC")});
    parser.addOption({QStringLiteral("tls"),
                      QStringLiteral("Serve HTTPS. Without --tls-cert, a self-signed certificate for localhost and "
                                     "127.0.0.1 is made in the data folder on first start (with the openssl "
                                     "program) and reused; the JSON line then names it as caCertificate.")});
    parser.addOption({QStringLiteral("tls-cert"), QStringLiteral("With --tls: the PEM certificate (chain) to serve."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tls-key"),
                      QStringLiteral("With --tls: the PEM private key (unencrypted) of --tls-cert."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("rate-limits"),
         QStringLiteral("Atlas's token-bucket rate limits: \"atlas\" (Cloud Backups: 1,200 per project, refill 500 per "
                        "60 s; Clusters: 10,000, refill 5,000 per 60 s) or capacity=N,refill=M/S[s|m] for every set, "
                        "e.g. capacity=5,refill=1/1s. Buckets refill on real time."),
         QStringLiteral("SPEC")});
    parser.addOption(
        {QStringLiteral("latency"),
         QStringLiteral("Delay every answer by MS milliseconds, plus or minus JITTER, as a WAN link would."),
         QStringLiteral("MS[:JITTER]")});
    parser.addOption(
        {QStringLiteral("request-timeout"),
         QStringLiteral(
             "Milliseconds a request (or the body its Content-Length declares) may take to arrive before a 408."),
         QStringLiteral("MS"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("verbose"),
                      QStringLiteral("Log one line per request: method, path, query, version asked and served, "
                                     "status, errorCode, bytes, milliseconds (never a credential).")});
    parser.process(app);

    auto fail = [](const QString &message) {
        spdlog::critical("{}", message.toStdString());
        std::fprintf(stderr, "lifeboat-sandbox: %s\n", qPrintable(message));
        return 2;
    };
    sandbox::EngineOptions options;
    QString error;
    if (!parseListen(parser.value(QStringLiteral("listen")), &options.host, &options.port, &error)) return fail(error);
    bool ok = false;
    options.speed = parser.value(QStringLiteral("speed")).toDouble(&ok);
    if (!ok || options.speed < 0 || options.speed > 1e7)
        return fail(QStringLiteral("--speed wants a number from 0 to 10000000 (got \"%1\")")
                        .arg(parser.value(QStringLiteral("speed"))));
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(
            QStringLiteral("--seed wants a whole number (got \"%1\")").arg(parser.value(QStringLiteral("seed"))));
    if (parser.isSet(QStringLiteral("start-at"))) {
        const QString text = parser.value(QStringLiteral("start-at"));
        options.startAt = QDateTime::fromString(text, Qt::ISODate);
        if (!options.startAt.isValid() || options.startAt.timeSpec() == Qt::LocalTime)
            return fail(
                QStringLiteral("--start-at wants a UTC time such as 2026-11-25T06:00:00Z (got \"%1\")").arg(text));
        options.startAt = options.startAt.toUTC();
    }
    options.dataDir = parser.value(QStringLiteral("data-dir"));
    options.scenario = parser.value(QStringLiteral("scenario"));
    if (parser.isSet(QStringLiteral("verbose"))) spdlog::set_level(spdlog::level::debug);
    options.tls = parser.isSet(QStringLiteral("tls"));
    options.tlsCert = parser.value(QStringLiteral("tls-cert"));
    options.tlsKey = parser.value(QStringLiteral("tls-key"));
    if (!options.tls && (!options.tlsCert.isEmpty() || !options.tlsKey.isEmpty()))
        return fail(QStringLiteral("--tls-cert and --tls-key need --tls"));
    if (options.tlsCert.isEmpty() != options.tlsKey.isEmpty())
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    if (parser.isSet(QStringLiteral("rate-limits")) &&
        !sandbox::parseRateLimits(parser.value(QStringLiteral("rate-limits")), &options.rateLimits, &error))
        return fail(error);
    if (parser.isSet(QStringLiteral("latency"))) {
        const QString text = parser.value(QStringLiteral("latency"));
        bool okMs = false, okJitter = true;
        options.latencyMs = text.section(u':', 0, 0).toInt(&okMs);
        if (text.contains(u':')) options.latencyJitterMs = text.section(u':', 1).toInt(&okJitter);
        if (!okMs || !okJitter || options.latencyMs < 0 || options.latencyJitterMs < 0 || options.latencyMs > 600000)
            return fail(QStringLiteral("--latency wants MS[:JITTER] in milliseconds, e.g. 100 or 100:20 (got \"%1\")")
                            .arg(text));
    }
    options.requestTimeoutMs = parser.value(QStringLiteral("request-timeout")).toInt(&ok);
    if (!ok || options.requestTimeoutMs <= 0)
        return fail(QStringLiteral("--request-timeout wants milliseconds (got \"%1\")")
                        .arg(parser.value(QStringLiteral("request-timeout"))));

    QList<sandbox::Fault> faults;
    for (const QString &spec : parser.values(QStringLiteral("fault"))) {
        sandbox::Fault f;
        if (!parseFault(spec, &f, &error)) return fail(error);
        faults.append(f);
    }

    sandbox::Engine engine;
    if (!engine.start(options, &error)) return fail(error);
    for (const auto &f : faults) engine.addFault(f);
    std::printf("%s\n", qPrintable(engine.startupLine()));
    std::fflush(stdout);

    // SIGINT/SIGTERM stop the event loop so the state is saved.
    if (::pipe(signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    }
    const int rc = app.exec();
    engine.stop();
    spdlog::info("stopped; state saved");
    return rc;
}
