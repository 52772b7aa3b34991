#include "cli.h"

#include "output.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

namespace lifeboat::cli {

using namespace lifeboat::atlas;
using namespace lifeboat::domain;
using jobs::JobError;
using jobs::JobResult;

int exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ErrorKind::None: return Exit::Ok;
    case ErrorKind::Unauthorized:
    case ErrorKind::Forbidden:
    case ErrorKind::AccessListRequired: return Exit::Auth;
    case ErrorKind::NotFound: return Exit::NotFound;
    case ErrorKind::Network: return Exit::Network;
    case ErrorKind::InvalidConfiguration: return Exit::Usage;
    case ErrorKind::BadRequest:
        // A malformed project id names no project either.
        if (error.errorCode == u"INVALID_GROUP_ID" || error.errorCode == u"INVALID_CLUSTER_NAME") return Exit::NotFound;
        return Exit::Other;
    default: return Exit::Other;
    }
}

int exitCodeFor(const JobError &error)
{
    switch (error.kind) {
    case JobError::Kind::None: return Exit::Ok;
    case JobError::Kind::Api: return exitCodeFor(error.api);
    case JobError::Kind::Cache: return Exit::LocalCache;  // a full disk is not a network problem
    case JobError::Kind::Validation: return Exit::Refused;
    case JobError::Kind::Cancelled: return Exit::Other;
    }
    return Exit::Other;
}

namespace {

QDateTime newer(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid()) return b;
    if (!b.isValid()) return a;
    return b > a ? b : a;
}

}  // namespace

Cli::Cli(Invocation inv, QObject *parent) : QObject(parent), m_inv(std::move(inv))
{
    connect(&m_runner, &jobs::JobRunner::jobResult, this, &Cli::onResult);
    const bool showProgress = m_inv.verbose || isatty(fileno(stderr));
    connect(&m_runner, &jobs::JobRunner::jobProgress, this,
            [showProgress](jobs::JobId, int done, int total, const QString &step) {
                if (showProgress && !step.isEmpty()) fprintf(stderr, "[%d/%d] %s\n", done, total, qPrintable(step));
            });
}

void Cli::then(jobs::JobId id, Next next)
{
    m_next.insert(id, std::move(next));
}

void Cli::onResult(const JobResult &r)
{
    const Next next = m_next.take(r.id);
    if (next && !m_done) next(r);
}

void Cli::done(int code)
{
    if (m_done) return;
    m_done = true;
    m_runner.stop();
    QCoreApplication::exit(code);
}

void Cli::out(const QByteArray &text)
{
    fwrite(text.constData(), 1, size_t(text.size()), stdout);
    fflush(stdout);
}

void Cli::note(const QString &text)
{
    fprintf(stderr, "%s\n", qPrintable(text));
}

void Cli::fail(int code, const QString &message)
{
    note(QStringLiteral("lifeboat-cli: ") + message);
    done(code);
}

void Cli::failJob(const JobError &error)
{
    QString message = error.message;
    if (error.kind == JobError::Kind::Validation) {
        // One reason a line: scripts and people read them alike.
        QStringList lines;
        for (const Reason &r : error.findings) lines.append(QStringLiteral("refused (%1): %2").arg(r.code, r.text));
        message = lines.join(QStringLiteral("\nlifeboat-cli: "));
    }
    if (error.apiKind() == ErrorKind::Unauthorized)
        message +=
            QStringLiteral(" Check MONGODB_ATLAS_PUBLIC_API_KEY/MONGODB_ATLAS_PRIVATE_API_KEY (or the profile).");
    fail(exitCodeFor(error), message);
}

bool Cli::needOnline()
{
    if (m_inv.haveCredentials) return true;
    fail(Exit::Auth, QStringLiteral("no credentials. Set MONGODB_ATLAS_PUBLIC_API_KEY and "
                                    "MONGODB_ATLAS_PRIVATE_API_KEY (or MONGODB_ATLAS_CLIENT_ID and "
                                    "MONGODB_ATLAS_CLIENT_SECRET), use --profile NAME, or add --offline."));
    return false;
}

void Cli::cacheAge(const QDateTime &syncedAt)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (syncedAt.isValid())
        note(QStringLiteral("Offline: from the cache, synced %1 ago (%2 UTC).")
                 .arg(age(syncedAt, now), shortTime(syncedAt)));
    else
        note(QStringLiteral("Offline: from the cache (never fully synced)."));
}

void Cli::start()
{
    const QString what = m_inv.command.join(u' ');
    // Offline needs an existing cache: never create an empty one and call it an answer.
    if (m_inv.offline && !QFileInfo::exists(m_inv.cachePath))
        return fail(Exit::Other, QStringLiteral("--offline: there is no cache at %1 yet. Run the same command online "
                                                "(or `lifeboat-cli sync`) first.")
                                     .arg(m_inv.cachePath));
    using Command = void (Cli::*)();
    const QHash<QString, Command> commands{{QStringLiteral("projects list"), &Cli::projectsList},
                                           {QStringLiteral("clusters list"), &Cli::clustersList},
                                           {QStringLiteral("snapshots list"), &Cli::snapshotsList},
                                           {QStringLiteral("snapshots take"), &Cli::snapshotsTake},
                                           {QStringLiteral("snapshots expire"), &Cli::snapshotsExpire},
                                           {QStringLiteral("snapshots delete"), &Cli::snapshotsDelete},
                                           {QStringLiteral("sync"), &Cli::sync}};
    // The restore commands' options were checked in main.cpp (restoreargs.h).
    if (m_inv.command.value(0) == u"restore") {
        if (!m_inv.offline && !needOnline()) return;
        m_runner.start(m_inv.options, m_inv.cachePath);
        return restore();
    }
    if (m_inv.command.value(0) == u"policy") {
        if (m_inv.offline)
            return fail(Exit::Usage, QStringLiteral("policy talks to the server; it cannot run --offline."));
        if (!needOnline()) return;
        m_runner.start(m_inv.options, m_inv.cachePath);
        return policy();
    }
    if (m_inv.command.value(0) == u"compliance") {
        if (m_inv.offline)
            return fail(Exit::Usage, QStringLiteral("compliance talks to the server; it cannot run --offline."));
        if (!needOnline()) return;
        m_runner.start(m_inv.options, m_inv.cachePath);
        return compliance();
    }
    // "snapshots expire --retention 30 days": the unit may come as a third word.
    const QString key = m_inv.command.value(0) == u"snapshots" && m_inv.command.value(1) == u"expire"
                            ? QStringLiteral("snapshots expire")
                            : what;
    const Command command = commands.value(key);
    if (!command) return fail(Exit::Usage, QStringLiteral("unknown command \"%1\". Try --help.").arg(what));
    if (what == u"sync" || what == u"snapshots take" || key == u"snapshots expire" || what == u"snapshots delete") {
        if (m_inv.offline)
            return fail(Exit::Usage, QStringLiteral("%1 talks to the server; it cannot run --offline.").arg(what));
    }
    if (!m_inv.offline && !needOnline()) return;
    m_runner.start(m_inv.options, m_inv.cachePath);
    (this->*command)();
}

// --- projects list ---

void Cli::projectsList()
{
    auto read = [this] {
        then(m_runner.loadProjects(), [this](const JobResult &r) {
            if (!r.ok()) return failJob(r.error);
            printProjects(r.payload.value<QList<Project>>());
        });
    };
    if (m_inv.offline) return read();
    jobs::SyncScope lists;
    lists.listsOnly = true;
    then(m_runner.sync(lists), [this, read](const JobResult &r) {
        if (!r.ok()) return failJob(r.error);
        read();
    });
}

void Cli::printProjects(const QList<Project> &projects)
{
    if (m_inv.offline) {
        if (projects.isEmpty()) return fail(Exit::NotFound, QStringLiteral("the cache holds no projects yet."));
        QDateTime synced;
        for (const Project &p : projects) synced = newer(synced, p.syncedAt);
        cacheAge(synced);
    }
    if (m_inv.json) {
        QJsonArray a;
        for (const Project &p : projects) a.append(projectJson(p));
        out(listDocument(a));
        return done(Exit::Ok);
    }
    Table t({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("ORG ID"), QStringLiteral("CLUSTERS"),
             QStringLiteral("CREATED")});
    t.rightAlign(3);
    for (const Project &p : projects)
        t.add({p.id, p.name, p.orgId, QString::number(p.clusterCount), shortTime(p.created)});
    out(t.render().toUtf8());
    done(Exit::Ok);
}

// --- clusters list ---

void Cli::clustersList()
{
    if (m_inv.project.isEmpty()) return fail(Exit::Usage, QStringLiteral("clusters list needs --project ID."));
    auto read = [this] {
        then(m_runner.loadClusters(m_inv.project), [this](const JobResult &r) {
            if (!r.ok()) return failJob(r.error);
            printClusters(r.payload.value<jobs::ProjectClusters>());
        });
    };
    if (m_inv.offline) return read();
    jobs::SyncScope lists{jobs::SyncScope::Kind::Project, m_inv.project, {}, true};
    then(m_runner.sync(lists), [this, read](const JobResult &r) {
        if (!r.ok()) return failJob(r.error);
        read();
    });
}

void Cli::printClusters(const jobs::ProjectClusters &p)
{
    if (m_inv.offline) {
        if (p.clusters.isEmpty() && p.flexClusters.isEmpty())
            return fail(Exit::NotFound,
                        QStringLiteral("the cache holds no clusters of project %1.").arg(m_inv.project));
        QDateTime synced;
        for (const Cluster &c : p.clusters) synced = newer(synced, c.syncedAt);
        for (const FlexCluster &f : p.flexClusters) synced = newer(synced, f.syncedAt);
        cacheAge(synced);
    }
    if (m_inv.json) {
        QJsonArray a;
        auto withHealth = [&](QJsonObject o, const QString &name) {
            o.insert(QStringLiteral("health"), healthJson(p.health.value(name)));
            return o;
        };
        for (const Cluster &c : p.clusters) a.append(withHealth(clusterJson(c), c.name));
        for (const FlexCluster &f : p.flexClusters) a.append(withHealth(flexClusterJson(f), f.name));
        out(listDocument(a));
        return done(Exit::Ok);
    }
    Table t({QStringLiteral("NAME"), QStringLiteral("TIER"), QStringLiteral("TYPE"), QStringLiteral("PROVIDER"),
             QStringLiteral("REGION"), QStringLiteral("VERSION"), QStringLiteral("BACKUP"), QStringLiteral("PIT"),
             QStringLiteral("STATE"), QStringLiteral("HEALTH")});
    auto yes = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    for (const Cluster &c : p.clusters) {
        const QString type =
            c.isSharded() ? QStringLiteral("sharded (%1)").arg(c.shardCount) : QStringLiteral("replica set");
        const QString provider =
            c.isFreeTier() && !c.backingProviderName.isEmpty() ? c.backingProviderName : c.providerName;
        t.add({c.name, c.instanceSize, type, provider, c.regionName, c.mongoDBVersion,
               c.isFreeTier() ? QStringLiteral("none (M0)") : yes(c.backupEnabled), yes(c.pitEnabled), c.stateName.raw,
               healthCell(p.health.value(c.name))});
    }
    for (const FlexCluster &f : p.flexClusters)
        t.add({f.name, QStringLiteral("FLEX"), QStringLiteral("replica set"), f.backingProviderName, f.regionName,
               f.mongoDBVersion, QStringLiteral("daily (flex)"), QStringLiteral("no"), f.stateName.raw,
               healthCell(p.health.value(f.name))});
    out(t.render().toUtf8());
    done(Exit::Ok);
}

// --- snapshots list ---

void Cli::snapshotsList()
{
    if (m_inv.project.isEmpty() || m_inv.cluster.isEmpty())
        return fail(Exit::Usage, QStringLiteral("snapshots list needs --project ID and --cluster NAME."));
    auto read = [this] {
        then(m_runner.loadClusterDetail(m_inv.project, m_inv.cluster), [this](const JobResult &r) {
            if (!r.ok()) {
                if (m_inv.offline && r.error.apiKind() == ErrorKind::NotFound)
                    return fail(Exit::NotFound, QStringLiteral("the cache knows no cluster %1 in project %2.")
                                                    .arg(m_inv.cluster, m_inv.project));
                return failJob(r.error);
            }
            printSnapshots(r.payload.value<jobs::ClusterDetail>());
        });
    };
    if (m_inv.offline) return read();
    then(m_runner.syncCluster(m_inv.project, m_inv.cluster), [this, read](const JobResult &r) {
        if (!r.ok()) return failJob(r.error);
        read();
    });
}

void Cli::printSnapshots(const jobs::ClusterDetail &d)
{
    if (d.cluster.isFreeTier())
        return fail(Exit::Other, QStringLiteral("%1 is an M0 (free) cluster: it has no cloud backup. Use "
                                                "mongodump/mongorestore against it instead.")
                                     .arg(d.clusterName));
    if (m_inv.offline) {
        QDateTime synced;
        for (const Snapshot &s : d.snapshots) synced = newer(synced, s.syncedAt);
        for (const FlexSnapshot &s : d.flexSnapshots) synced = newer(synced, s.syncedAt);
        cacheAge(synced);
    }
    if (m_inv.json) {
        QJsonArray a;
        for (const Snapshot &s : d.snapshots) a.append(snapshotJson(s));
        for (const FlexSnapshot &s : d.flexSnapshots) a.append(flexSnapshotJson(s));
        out(listDocument(a));
        return done(Exit::Ok);
    }
    if (d.isFlex) {
        Table t({QStringLiteral("ID"), QStringLiteral("SCHEDULED"), QStringLiteral("FINISHED"),
                 QStringLiteral("STATUS"), QStringLiteral("VERSION"), QStringLiteral("EXPIRES")});
        for (const FlexSnapshot &s : d.flexSnapshots)
            t.add({s.id, shortTime(s.scheduledTime), shortTime(s.finishTime), s.status.raw, s.mongoDBVersion,
                   shortTime(s.expiration)});
        out(t.render().toUtf8());
        return done(Exit::Ok);
    }
    Table t({QStringLiteral("ID"), QStringLiteral("CREATED"), QStringLiteral("TYPE"), QStringLiteral("FREQUENCY"),
             QStringLiteral("STATUS"), QStringLiteral("SIZE"), QStringLiteral("VERSION"), QStringLiteral("EXPIRES"),
             QStringLiteral("DESCRIPTION")});
    t.rightAlign(5);
    for (const Snapshot &s : d.snapshots)
        t.add({s.id, shortTime(s.createdAt), s.snapshotType.raw, s.frequencyType.raw, s.status.raw,
               humanSize(s.storageSizeBytes), s.mongodVersion, shortTime(s.expiresAt), s.description});
    out(t.render().toUtf8());
    done(Exit::Ok);
}

// --- sync ---

void Cli::sync()
{
    jobs::SyncScope scope;
    if (!m_inv.project.isEmpty()) scope = {jobs::SyncScope::Kind::Project, m_inv.project, {}, false};
    then(m_runner.sync(scope), [this](const JobResult &r) {
        if (!r.ok()) return failJob(r.error);
        const jobs::SyncStats s = r.syncStats();
        if (m_inv.json) {
            const QJsonObject o{{QStringLiteral("ok"), true},
                                {QStringLiteral("projects"), s.projects},
                                {QStringLiteral("clusters"), s.clusters},
                                {QStringLiteral("snapshotListsFetched"), s.snapshotListsFetched},
                                {QStringLiteral("snapshotListsSkipped"), s.snapshotListsSkipped},
                                {QStringLiteral("snapshotsWritten"), s.snapshotsWritten},
                                {QStringLiteral("elapsedMs"), s.elapsedMs},
                                {QStringLiteral("cache"), m_inv.cachePath}};
            out(QJsonDocument(o).toJson(QJsonDocument::Indented));
            return done(Exit::Ok);
        }
        Table t({QStringLiteral("SYNCED"), QStringLiteral("")});
        t.rightAlign(1);
        t.add({QStringLiteral("projects"), QString::number(s.projects)});
        t.add({QStringLiteral("clusters"), QString::number(s.clusters)});
        t.add({QStringLiteral("snapshot lists fetched"), QString::number(s.snapshotListsFetched)});
        t.add({QStringLiteral("snapshot lists unchanged"), QString::number(s.snapshotListsSkipped)});
        t.add({QStringLiteral("snapshots written"), QString::number(s.snapshotsWritten)});
        t.add({QStringLiteral("seconds"), QString::number(s.elapsedMs / 1000.0, 'f', 2)});
        out(t.render().toUtf8());
        done(Exit::Ok);
    });
}

// --- snapshots take ---

void Cli::snapshotsTake()
{
    if (m_inv.project.isEmpty() || m_inv.cluster.isEmpty())
        return fail(Exit::Usage, QStringLiteral("snapshots take needs --project ID and --cluster NAME."));
    const OnDemandSnapshotRequest request{m_inv.description, m_inv.retentionDays};
    then(m_runner.takeSnapshot(m_inv.project, m_inv.cluster, request), [this](const JobResult &r) {
        if (!r.ok()) return failJob(r.error);
        const auto outcome = r.payload.value<jobs::TakeSnapshotOutcome>();
        if (outcome.confirmedByReread)
            note(QStringLiteral("The answer to the request was lost; reading the snapshots again shows it was taken "
                                "(once)."));
        if (!m_inv.watch) {
            printTaken(outcome.snapshot, outcome.confirmedByReread);
            return done(Exit::Ok);
        }
        note(QStringLiteral("Snapshot %1: %2").arg(outcome.snapshot.id, outcome.snapshot.status.raw));
        watchSnapshot(outcome.snapshot);
    });
}

// Follows the snapshot through the same jobs as the GUI: a cluster sync, then the
// cluster's pages read from the cache, every --interval, until it completes or fails.
void Cli::watchSnapshot(const Snapshot &taken)
{
    auto poll = std::make_shared<std::function<void(QString)>>();
    *poll = [this, taken, poll](const QString &lastStatus) {
        QTimer::singleShot(m_inv.watchIntervalMs, this, [this, taken, poll, lastStatus] {
            then(m_runner.syncCluster(m_inv.project, m_inv.cluster),
                 [this, taken, poll, lastStatus](const JobResult &s) {
                     if (!s.ok()) return failJob(s.error);
                     then(m_runner.loadClusterDetail(m_inv.project, m_inv.cluster), [this, taken, poll,
                                                                                     lastStatus](const JobResult &r) {
                         if (!r.ok()) return failJob(r.error);
                         const auto detail = r.payload.value<jobs::ClusterDetail>();
                         const auto it = std::find_if(detail.snapshots.cbegin(), detail.snapshots.cend(),
                                                      [&](const Snapshot &x) { return x.id == taken.id; });
                         if (it == detail.snapshots.cend())
                             return fail(Exit::NotFound,
                                         QStringLiteral("snapshot %1 is no longer listed by Atlas.").arg(taken.id));
                         if (it->status.raw != lastStatus)
                             note(QStringLiteral("Snapshot %1: %2").arg(it->id, it->status.raw));
                         if (it->status.value == SnapshotStatus::Completed) {
                             printTaken(*it, false);
                             return done(Exit::Ok);
                         }
                         if (it->status.value == SnapshotStatus::Failed) {
                             printTaken(*it, false);
                             return fail(Exit::Other, QStringLiteral("snapshot %1 failed.").arg(it->id));
                         }
                         (*poll)(it->status.raw);
                     });
                 });
        });
    };
    (*poll)(taken.status.raw);
}

void Cli::printTaken(const Snapshot &s, bool confirmedByReread)
{
    if (m_inv.json) {
        QJsonObject o = snapshotJson(s);
        if (confirmedByReread) o.insert(QStringLiteral("confirmedByReread"), true);
        out(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return;
    }
    Table t({QStringLiteral("ID"), QStringLiteral("CREATED"), QStringLiteral("STATUS"), QStringLiteral("SIZE"),
             QStringLiteral("EXPIRES"), QStringLiteral("DESCRIPTION")});
    t.rightAlign(3);
    t.add({s.id, shortTime(s.createdAt), s.status.raw, humanSize(s.storageSizeBytes), shortTime(s.expiresAt),
           s.description});
    out(t.render().toUtf8());
}

}  // namespace lifeboat::cli
