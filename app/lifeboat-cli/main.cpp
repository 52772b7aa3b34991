// lifeboat-cli: the models layer without widgets, for scripts and for checking the
// app from outside. See --help.
#include "cli.h"
#include "connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

using namespace lifeboat::cli;

namespace {

const char *kHelp = R"(
Commands:
  projects list                              projects the key can see
  clusters list --project ID                 clusters and flex clusters of a project
  snapshots list --project ID --cluster NAME cloud backup snapshots of a cluster
  snapshots take --project ID --cluster NAME [--description TEXT] [--retention-days N] [--watch]
                                             take an on-demand snapshot now (checked first:
                                             not for M0, Flex, backup off, or while another
                                             on-demand snapshot runs); --watch follows it
                                             until it completes or fails
  sync [--project ID]                        refresh the local cache (everything, or one project)
  restore validate|start --project ID --cluster NAME
      (--snapshot ID | --pit UTC_SECONDS | --oplog TS:INC)
      [--type automated|pointInTime|download]  (default automated with --snapshot,
                                                pointInTime with --pit/--oplog)
      [--target-project ID] [--target-cluster NAME]  (needed except for download;
                                                the project defaults to --project)
      [--namespaces DB[.COLL],...] [--write-strategy CREATE_NEW|OVERWRITE_EXISTING]
      [--index-strategy ALL|NONE|ALL_EXCEPT_TTL] [--rename SRC=DST,...]
      [--database-suffix S] [--collection-suffix S]   (a collection restore)
      start only: --confirm TARGET_NAME (needed whenever the target's data is
      replaced), --watch
                                             validate runs every restore rule with fresh
                                             facts and sends nothing; start validates again,
                                             then sends once
  restore watch|cancel --project ID --cluster NAME --job ID
  restore list --project ID --cluster NAME   restores of a cluster (all kinds)
  policy show --project ID --cluster NAME    the backup schedule (-o json: Atlas's body, 2024-08-05)
  policy validate|apply --project ID --cluster NAME --file FILE [--update-snapshots] [--yes]
                                             every policy rule, the diff, snapshots kept and the
                                             existing expiries that move; apply sends it with --yes
  snapshots expire --project ID --cluster NAME --snapshot ID --retention VALUE days|weeks|months|years
  snapshots delete --project ID --cluster NAME --snapshot ID --confirm SNAPSHOT_ID
  compliance show --project ID              the Backup Compliance Policy (-o json: Atlas's body,
                                             2023-10-01); exit 4 when the project has none
  compliance validate --project ID --file FILE
                                             every compliance rule over fresh facts and the cluster
                                             policy items it raises to its floor; sends nothing
  compliance apply --project ID --file FILE --confirm PROJECT_NAME
                                             validates, then enables or edits it (PUT once). The
                                             project's name, typed, is the acknowledgement that
                                             once enabled only MongoDB Support can lift the
                                             policy: no snapshot deleted, no retention shortened,
                                             no policy below its floor, no disabling;
                                             without it (or typed wrong) nothing is sent, exit 6
  compliance disable --project ID --confirm PROJECT_NAME
                                             only in an empty project (no clusters, Flex clusters
                                             or retained snapshots) or once Support approved;
                                             refused with exit 6 otherwise

Every command runs the same jobs as the desktop app. Lists sync what they show into
the local cache and answer from it; with --offline they answer from the cache alone
and say how old it is.

Connection (as the Atlas CLI): --base-url, else MONGODB_ATLAS_OPS_MANAGER_URL, else the
profile's ops_manager_url, else https://cloud.mongodb.com. Credentials from
MONGODB_ATLAS_PUBLIC_API_KEY + MONGODB_ATLAS_PRIVATE_API_KEY (API key, HTTP digest) or
MONGODB_ATLAS_CLIENT_ID + MONGODB_ATLAS_CLIENT_SECRET (service account), else from the
profile named by --profile (or "default") in ~/.config/atlascli/config.toml.
Secrets are never accepted as arguments, printed or logged.

Exit codes: 0 ok, 1 other failure (a failed snapshot, an M0 has no snapshots),
2 usage or configuration, 3 authentication or permission, 4 not found, 5 network
(server unreachable), 6 refused by a rule or the restore pre-flight before anything
was sent (the reasons are printed, one a line), 7 a restore ended failed, cancelled
or expired, 8 the local cache cannot be written (disk full, I/O, damaged).
)";

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lifeboat"));  // ~/.cache/lifeboat
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lifeboat command line: browse MongoDB Atlas cloud backups.") +
                                     QLatin1String(kHelp));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Output format: table (default) or json."), QStringLiteral("FORMAT"),
                                    QStringLiteral("table"));
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Project (group) id."),
                                     QStringLiteral("ID"));
    const QCommandLineOption cluster(QStringLiteral("cluster"), QStringLiteral("Cluster name."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption offline(QStringLiteral("offline"), QStringLiteral("Answer from the local cache only."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QStringLiteral("Atlas API base URL."),
                                     QStringLiteral("URL"));
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Atlas CLI profile name."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption cache(
        QStringLiteral("cache"),
        QStringLiteral("Cache file (default: %1).").arg(QStringLiteral("$XDG_CACHE_HOME/lifeboat/cache.sqlite")),
        QStringLiteral("FILE"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),  // -v is --version (Qt convention)
                                     QStringLiteral("Progress and warnings on stderr."));
    const QCommandLineOption description(QStringLiteral("description"),
                                         QStringLiteral("snapshots take: what the snapshot is for."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption retention(QStringLiteral("retention-days"),
                                       QStringLiteral("snapshots take: days to keep it (default 1)."),
                                       QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption watch(QStringLiteral("watch"),
                                   QStringLiteral("snapshots take: follow it until it completes."));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      QStringLiteral("--watch: seconds between checks (default 15)."),
                                      QStringLiteral("SECONDS"), QStringLiteral("15"));
    const auto valueOption = [](const char *name, const char *help, const char *value) {
        return QCommandLineOption(QLatin1String(name), QLatin1String(help), QLatin1String(value));
    };
    const QCommandLineOption snapshot = valueOption("snapshot", "restore: the snapshot to restore.", "ID");
    const QCommandLineOption pit = valueOption("pit", "restore: the point in time, UTC seconds.", "UTC_SECONDS");
    const QCommandLineOption oplog = valueOption("oplog", "restore: the point in time as oplog TS:INC.", "TS:INC");
    const QCommandLineOption type =
        valueOption("type", "restore: automated, pointInTime or download.", "automated|pointInTime|download");
    const QCommandLineOption targetProject =
        valueOption("target-project", "restore: the target's project (default --project).", "ID");
    const QCommandLineOption targetCluster = valueOption("target-cluster", "restore: the target cluster.", "NAME");
    const QCommandLineOption namespaces =
        valueOption("namespaces", "restore: databases/collections to restore.", "DB[.COLL],...");
    const QCommandLineOption writeStrategy =
        valueOption("write-strategy", "restore: CREATE_NEW or OVERWRITE_EXISTING.", "STRATEGY");
    const QCommandLineOption indexStrategy =
        valueOption("index-strategy", "restore: ALL, NONE or ALL_EXCEPT_TTL.", "STRATEGY");
    const QCommandLineOption rename = valueOption("rename", "restore: new names.", "SRC=DST,...");
    const QCommandLineOption databaseSuffix =
        valueOption("database-suffix", "restore: a suffix for every restored database.", "S");
    const QCommandLineOption collectionSuffix =
        valueOption("collection-suffix", "restore: a suffix for every restored collection.", "S");
    const QCommandLineOption confirm = valueOption(
        "confirm",
        "restore start: the target cluster's name, typed; snapshots delete: the snapshot id; compliance "
        "apply|disable: the project's name, typed (for apply: the acknowledgement that only MongoDB Support can "
        "lift the policy).",
        "NAME");
    const QCommandLineOption job = valueOption("job", "restore watch|cancel: the restore job.", "ID");
    const QCommandLineOption file = valueOption(
        "file",
        "policy validate|apply: the schedule as Atlas's JSON; compliance validate|apply: the policy as Atlas's JSON "
        "(laid over the current one; \"overwriteBackupPolicies\": false to refuse instead of raising cluster "
        "policies).",
        "FILE");
    const QCommandLineOption updateSnapshots(QStringLiteral("update-snapshots"),
                                             QStringLiteral("policy apply: move existing snapshots' expiries too."));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("policy apply: apply what validate shows."));
    const QCommandLineOption retentionValue =
        valueOption("retention", "snapshots expire: the new retention.", "VALUE days|weeks|months|years");
    parser.addOptions(
        {output,  project,        cluster,          offline,       baseUrl,    profile,       cache,
         verbose, description,    retention,        watch,         interval,   snapshot,      pit,
         oplog,   type,           targetProject,    targetCluster, namespaces, writeStrategy, indexStrategy,
         rename,  databaseSuffix, collectionSuffix, confirm,       job,        file,          updateSnapshots,
         yes,     retentionValue});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("projects list | clusters list | "
                                                                           "snapshots list | snapshots take | sync | "
                                                                           "restore validate|start|watch|cancel|list | "
                                                                           "policy show|validate|apply | "
                                                                           "snapshots expire|delete | "
                                                                           "compliance show|validate|apply|disable"));

    // process() would exit(1) on a bad option; usage errors exit 2 here.
    if (!parser.parse(QCoreApplication::arguments())) {
        fprintf(stderr, "lifeboat-cli: %s\nTry --help.\n", qPrintable(parser.errorText()));
        return Exit::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        fputs(qPrintable(parser.helpText()), stdout);
        return Exit::Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printf("lifeboat-cli %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return Exit::Ok;
    }

    // Logs go to stderr, never stdout (it carries JSON); quiet unless asked.
    auto logger = spdlog::stderr_color_mt("lifeboat-cli");
    spdlog::set_default_logger(logger);
    spdlog::set_level(parser.isSet(verbose) ? spdlog::level::info : spdlog::level::off);

    Invocation inv;
    inv.command = parser.positionalArguments();
    if (inv.command.isEmpty()) {
        fprintf(stderr, "lifeboat-cli: no command given.\n%s", qPrintable(parser.helpText()));
        return Exit::Usage;
    }
    const QString format = parser.value(output).toLower();
    if (format != u"table" && format != u"json") {
        fprintf(stderr, "lifeboat-cli: --output must be table or json, not \"%s\".\n", qPrintable(format));
        return Exit::Usage;
    }
    inv.json = format == u"json";
    inv.offline = parser.isSet(offline);
    inv.verbose = parser.isSet(verbose);
    inv.project = parser.value(project);
    inv.cluster = parser.value(cluster);
    inv.description = parser.value(description);
    bool numberOk = false;
    inv.retentionDays = parser.value(retention).toInt(&numberOk);
    if (!numberOk) {
        fprintf(stderr, "lifeboat-cli: --retention-days must be a whole number of days, not \"%s\".\n",
                qPrintable(parser.value(retention)));
        return Exit::Usage;
    }
    inv.watch = parser.isSet(watch);
    const double seconds = parser.value(interval).toDouble(&numberOk);
    if (!numberOk || seconds <= 0 || seconds > 3600) {
        fprintf(stderr, "lifeboat-cli: --interval must be a number of seconds between 0 and 3600.\n");
        return Exit::Usage;
    }
    inv.watchIntervalMs = int(seconds * 1000);
    inv.file = parser.value(file);
    inv.updateSnapshots = parser.isSet(updateSnapshots);
    inv.yes = parser.isSet(yes);
    inv.snapshot = parser.value(snapshot);
    inv.retention = parser.value(retentionValue);
    inv.confirm = parser.value(confirm);
    if (inv.command.value(0) == u"restore") {
        RestoreArgs &r = inv.restore;
        r.snapshot = parser.value(snapshot);
        r.pit = parser.value(pit);
        r.oplog = parser.value(oplog);
        r.type = parser.value(type);
        r.targetProject = parser.value(targetProject);
        r.targetCluster = parser.value(targetCluster);
        r.namespaces = parser.value(namespaces);
        r.writeStrategy = parser.value(writeStrategy);
        r.indexStrategy = parser.value(indexStrategy);
        r.rename = parser.value(rename);
        r.databaseSuffix = parser.value(databaseSuffix);
        r.collectionSuffix = parser.value(collectionSuffix);
        r.confirm = parser.value(confirm);
        r.job = parser.value(job);
        const QString verb = inv.command.value(1);
        QString problem;
        if (inv.command.size() != 2) {
            problem = QStringLiteral("restore takes one of validate, start, watch, cancel, list.");
        } else if (verb == u"validate" || verb == u"start") {
            inv.restorePlan = restorePlanFrom(inv.project, inv.cluster, r, &problem);
            if (verb == u"validate" && (parser.isSet(confirm) || parser.isSet(watch)))
                problem = QStringLiteral("--confirm and --watch are for restore start.");
        } else if (verb == u"watch" || verb == u"cancel") {
            if (inv.project.isEmpty() || inv.cluster.isEmpty() || r.job.isEmpty())
                problem = QStringLiteral("restore %1 needs --project ID, --cluster NAME and --job ID.").arg(verb);
        } else if (verb == u"list") {
            if (inv.project.isEmpty() || inv.cluster.isEmpty())
                problem = QStringLiteral("restore list needs --project ID and --cluster NAME.");
        } else {
            problem = QStringLiteral("unknown command \"restore %1\". Try --help.").arg(verb);
        }
        if (!problem.isEmpty()) {
            fprintf(stderr, "lifeboat-cli: %s\n", qPrintable(problem));
            return Exit::Usage;
        }
    }
    inv.cachePath = parser.value(cache);
    if (inv.cachePath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        QDir().mkpath(dir);
        inv.cachePath = dir + QStringLiteral("/cache.sqlite");
    }

    QString error;
    const auto connection = resolveConnection({parser.value(baseUrl), parser.value(profile)},
                                              QProcessEnvironment::systemEnvironment(), &error);
    if (!connection) {
        fprintf(stderr, "lifeboat-cli: %s\n", qPrintable(error));
        return Exit::Usage;
    }
    inv.options = connection->options;
    inv.haveCredentials = inv.options.credentials.kind != lifeboat::atlas::Credentials::Kind::None;
    Cli cli(inv);
    QTimer::singleShot(0, &cli, &Cli::start);  // inside the event loop, so exit(code) ends it
    return app.exec();
}
