// Lifeboat: a desktop console for MongoDB Atlas cloud backups.
#include "i18n/i18n.h"
#include "launcher.h"
#include "mainwindow/mainwindow.h"
#include "settings/profiles.h"
#include "startupprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <csignal>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

static int signalPipe[2];

static void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(signalPipe[1], &c, 1);
}

// SIGINT/SIGTERM quit through the event loop, so the sandbox child is stopped and state saved.
static void quitOnSignals(QApplication &app)
{
    if (::pipe(signalPipe) != 0) return;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QApplication::quit(); });
}

static void setUpLogging()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    QDir().mkpath(dir);
    try {
        auto logger = spdlog::rotating_logger_mt(
            "lifeboat", QString(dir + QStringLiteral("/lifeboat.log")).toStdString(), 5 * 1024 * 1024, 3);
        spdlog::set_default_logger(logger);
        spdlog::flush_every(std::chrono::seconds(5));
    } catch (const spdlog::spdlog_ex &) {
        // Logging is a help, not a requirement: carry on with the default logger.
    }
}

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lifeboat"));
    QApplication::setApplicationName(QStringLiteral("lifeboat"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lifeboat"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lifeboat.svg")));
    setUpLogging();
    quitOnSignals(app);
    // The language is known before the parser runs so --help is translated too.
    QString language;
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--language") == 0) language = QString::fromLocal8Bit(argv[i + 1]);
    lifeboat::ui::installTranslations(lifeboat::ui::languageFor(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop console for MongoDB Atlas cloud backups."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("sandbox"),
                      QCoreApplication::translate("main", "Start and connect to the bundled lifeboat-sandbox.")});
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("main", "Connect with the saved profile NAME."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("language"),
                      QCoreApplication::translate("main", "Use the language LANG (de, en) instead of the system's."),
                      QStringLiteral("LANG")});
    parser.process(app);

    lifeboat::ui::MainWindow window;
    lifeboat::Launcher launcher(&window);
    lifeboat::StartupProbe::installIfAsked(&window, clock);
    window.show();
    if (parser.isSet(QStringLiteral("sandbox"))) {
        launcher.startSandbox();
    } else if (parser.isSet(QStringLiteral("profile"))) {
        launcher.connectProfile(parser.value(QStringLiteral("profile")));
    } else {
        const lifeboat::ui::ProfileStore store;
        if (store.profiles().isEmpty())
            launcher.firstStart();
        else
            launcher.connectProfile(store.lastUsed().isEmpty() ? store.profiles().first().name : store.lastUsed());
    }
    const int rc = app.exec();
    spdlog::info("Lifeboat exits ({})", rc);
    return rc;
}
