#include "cli.h"

#include "atlas/client.h"
#include "cache/cache.h"
#include "jobs/jobrunner.h"
#include "output.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

namespace lifeboat::cli {

using namespace lifeboat::atlas;
using namespace lifeboat::domain;

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

namespace {

// Runs one client call in a local event loop and returns its result.
template <typename T, typename Start>
Result<T> await(Start start)
{
    std::optional<Result<T>> got;
    QEventLoop loop;
    start([&](Result<T> r) {
        got = std::move(r);
        loop.quit();
    });
    if (!got) loop.exec();
    return std::move(*got);
}

// Each cluster's backup health by name, from what the cache holds of its snapshots
// (domain/health.h decides; a cluster never synced is "unknown").
QHash<QString, BackupHealth> clusterHealth(const QString &cachePath, const QString &groupId,
                                           const QList<Cluster> &clusters, const QList<FlexCluster> &flex)
{
    QHash<QString, cache::ClusterBackupSummary> dedicated, flexible;
    cache::Cache cache;
    if (cache.open(cachePath, cache::Cache::Mode::ReadOnly)) {
        for (const auto &s : cache.clusterBackupSummaries())
            if (s.groupId == groupId) dedicated.insert(s.clusterName, s);
        for (const auto &s : cache.flexBackupSummaries())
            if (s.groupId == groupId) flexible.insert(s.clusterName, s);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, BackupHealth> out;
    for (const Cluster &c : clusters) out.insert(c.name, backupHealth(dedicated.value(c.name).factsFor(c), now));
    for (const FlexCluster &f : flex) out.insert(f.name, backupHealth(flexible.value(f.name).factsFor(f), now));
    return out;
}

QDateTime newer(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid()) return b;
    if (!b.isValid()) return a;
    return b > a ? b : a;
}

}  // namespace

void Cli::out(const QByteArray &text)
{
    fwrite(text.constData(), 1, size_t(text.size()), stdout);
    fflush(stdout);
}

void Cli::note(const QString &text)
{
    fprintf(stderr, "%s\n", qPrintable(text));
}

int Cli::fail(int code, const QString &message)
{
    note(QStringLiteral("lifeboat-cli: ") + message);
    return code;
}

int Cli::failApi(const ApiError &error)
{
    QString message = error.message.isEmpty() ? errorKindName(error.kind) : error.message;
    if (error.kind == ErrorKind::Unauthorized)
        message += QStringLiteral(" Check MONGODB_ATLAS_PUBLIC_API_KEY/MONGODB_ATLAS_PRIVATE_API_KEY (or the profile).");
    return fail(exitCodeFor(error), message);
}

bool Cli::needOnline()
{
    if (m_inv.haveCredentials) return true;
    m_exit = fail(Exit::Auth, QStringLiteral("no credentials. Set MONGODB_ATLAS_PUBLIC_API_KEY and "
                                             "MONGODB_ATLAS_PRIVATE_API_KEY (or MONGODB_ATLAS_CLIENT_ID and "
                                             "MONGODB_ATLAS_CLIENT_SECRET), use --profile NAME, or add --offline."));
    return false;
}

void Cli::cacheAge(const QDateTime &syncedAt)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (syncedAt.isValid())
        note(QStringLiteral("Offline: from the cache, synced %1 ago (%2 UTC).").arg(age(syncedAt, now), shortTime(syncedAt)));
    else
        note(QStringLiteral("Offline: from the cache (never fully synced)."));
}

int Cli::run()
{
    const QString what = m_inv.command.join(u' ');
    // Offline needs an existing cache: never create an empty one and call it an answer.
    if (m_inv.offline && !QFileInfo::exists(m_inv.cachePath))
        return fail(Exit::Other, QStringLiteral("--offline: there is no cache at %1 yet. Run the same command online "
                                                "(or `lifeboat-cli sync`) first.")
                                     .arg(m_inv.cachePath));
    if (what == u"projects list") return projectsList();
    if (what == u"clusters list") return clustersList();
    if (what == u"snapshots list") return snapshotsList();
    if (what == u"sync") return sync();
    return fail(Exit::Usage, QStringLiteral("unknown command \"%1\". Try --help.").arg(what));
}

int Cli::projectsList()
{
    QList<Project> projects;
    if (m_inv.offline) {
        cache::Cache cache;
        if (!cache.open(m_inv.cachePath, cache::Cache::Mode::ReadOnly))
            return fail(Exit::Other, QStringLiteral("cannot read the cache: ") + cache.lastError());
        projects = cache.projects();
        if (projects.isEmpty()) return fail(Exit::NotFound, QStringLiteral("the cache holds no projects yet."));
        QDateTime synced;
        for (const Project &p : projects) synced = newer(synced, p.syncedAt);
        cacheAge(synced);
    } else {
        if (!needOnline()) return m_exit;
        Client client(m_inv.options);
        auto r = await<QList<Project>>([&](auto cb) { client.listProjects(cb); });
        if (!r.ok()) return failApi(r.error);
        projects = r.value;
        cache::Cache cache;
        if (!cache.open(m_inv.cachePath) || !cache.replaceProjects(projects, QDateTime::currentDateTimeUtc()))
            note(QStringLiteral("warning: could not refresh the cache: ") + cache.lastError());
    }
    if (m_inv.json) {
        QJsonArray a;
        for (const Project &p : projects) a.append(projectJson(p));
        out(listDocument(a));
        return Exit::Ok;
    }
    Table t({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("ORG ID"), QStringLiteral("CLUSTERS"),
             QStringLiteral("CREATED")});
    t.rightAlign(3);
    for (const Project &p : projects)
        t.add({p.id, p.name, p.orgId, QString::number(p.clusterCount), shortTime(p.created)});
    out(t.render().toUtf8());
    return Exit::Ok;
}

int Cli::clustersList()
{
    if (m_inv.project.isEmpty()) return fail(Exit::Usage, QStringLiteral("clusters list needs --project ID."));
    QList<Cluster> clusters;
    QList<FlexCluster> flex;
    if (m_inv.offline) {
        cache::Cache cache;
        if (!cache.open(m_inv.cachePath, cache::Cache::Mode::ReadOnly))
            return fail(Exit::Other, QStringLiteral("cannot read the cache: ") + cache.lastError());
        clusters = cache.clusters(m_inv.project);
        flex = cache.flexClusters(m_inv.project);
        if (clusters.isEmpty() && flex.isEmpty())
            return fail(Exit::NotFound, QStringLiteral("the cache holds no clusters of project %1.").arg(m_inv.project));
        QDateTime synced;
        for (const Cluster &c : clusters) synced = newer(synced, c.syncedAt);
        for (const FlexCluster &f : flex) synced = newer(synced, f.syncedAt);
        cacheAge(synced);
    } else {
        if (!needOnline()) return m_exit;
        Client client(m_inv.options);
        auto r = await<QList<Cluster>>([&](auto cb) { client.listClusters(m_inv.project, cb); });
        if (!r.ok()) return failApi(r.error);
        auto rf = await<QList<FlexCluster>>([&](auto cb) { client.listFlexClusters(m_inv.project, cb); });
        if (!rf.ok()) return failApi(rf.error);
        clusters = r.value;
        flex = rf.value;
        cache::Cache cache;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!cache.open(m_inv.cachePath) || !cache.replaceClusters(m_inv.project, clusters, now) ||
            !cache.replaceFlexClusters(m_inv.project, flex, now))
            note(QStringLiteral("warning: could not refresh the cache: ") + cache.lastError());
    }
    const QHash<QString, BackupHealth> health = clusterHealth(m_inv.cachePath, m_inv.project, clusters, flex);
    if (m_inv.json) {
        QJsonArray a;
        auto withHealth = [&](QJsonObject o, const QString &name) {
            o.insert(QStringLiteral("health"), healthJson(health.value(name)));
            return o;
        };
        for (const Cluster &c : clusters) a.append(withHealth(clusterJson(c), c.name));
        for (const FlexCluster &f : flex) a.append(withHealth(flexClusterJson(f), f.name));
        out(listDocument(a));
        return Exit::Ok;
    }
    Table t({QStringLiteral("NAME"), QStringLiteral("TIER"), QStringLiteral("TYPE"), QStringLiteral("PROVIDER"),
             QStringLiteral("REGION"), QStringLiteral("VERSION"), QStringLiteral("BACKUP"), QStringLiteral("PIT"),
             QStringLiteral("STATE"), QStringLiteral("HEALTH")});
    auto yes = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    for (const Cluster &c : clusters) {
        const QString type = c.isSharded() ? QStringLiteral("sharded (%1)").arg(c.shardCount) : QStringLiteral("replica set");
        const QString provider = c.isFreeTier() && !c.backingProviderName.isEmpty() ? c.backingProviderName : c.providerName;
        t.add({c.name, c.instanceSize, type, provider, c.regionName, c.mongoDBVersion,
               c.isFreeTier() ? QStringLiteral("none (M0)") : yes(c.backupEnabled), yes(c.pitEnabled), c.stateName.raw,
               healthCell(health.value(c.name))});
    }
    for (const FlexCluster &f : flex)
        t.add({f.name, QStringLiteral("FLEX"), QStringLiteral("replica set"), f.backingProviderName, f.regionName,
               f.mongoDBVersion, QStringLiteral("daily (flex)"), QStringLiteral("no"), f.stateName.raw,
               healthCell(health.value(f.name))});
    out(t.render().toUtf8());
    return Exit::Ok;
}

int Cli::snapshotsList()
{
    if (m_inv.project.isEmpty() || m_inv.cluster.isEmpty())
        return fail(Exit::Usage, QStringLiteral("snapshots list needs --project ID and --cluster NAME."));
    const QString g = m_inv.project, name = m_inv.cluster;
    QList<Snapshot> snapshots;
    QList<FlexSnapshot> flexSnapshots;
    bool isFlex = false;
    if (m_inv.offline) {
        cache::Cache cache;
        if (!cache.open(m_inv.cachePath, cache::Cache::Mode::ReadOnly))
            return fail(Exit::Other, QStringLiteral("cannot read the cache: ") + cache.lastError());
        for (const FlexCluster &f : cache.flexClusters(g)) isFlex = isFlex || f.name == name;
        bool known = isFlex;
        for (const Cluster &c : cache.clusters(g)) known = known || c.name == name;
        QDateTime synced;
        if (isFlex) {
            flexSnapshots = cache.flexSnapshots(g, name);
            for (const FlexSnapshot &s : flexSnapshots) synced = newer(synced, s.syncedAt);
        } else {
            snapshots = cache.snapshots(g, name);
            for (const Snapshot &s : snapshots) synced = newer(synced, s.syncedAt);
        }
        if (!known && snapshots.isEmpty())
            return fail(Exit::NotFound, QStringLiteral("the cache knows no cluster %1 in project %2.").arg(name, g));
        cacheAge(synced);
    } else {
        if (!needOnline()) return m_exit;
        Client client(m_inv.options);
        auto c = await<Cluster>([&](auto cb) { client.getCluster(g, name, cb); });
        // Atlas answers a Flex name on the cluster API with a 400 code of its own (older servers: 404).
        if (!c.ok() && c.error.kind != ErrorKind::NotFound && c.error.errorCode != u"CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API")
            return failApi(c.error);
        cache::Cache cache;
        const bool cacheOk = cache.open(m_inv.cachePath);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        bool written = false;
        if (c.ok()) {
            if (c.value.isFreeTier())
                return fail(Exit::Other, QStringLiteral("%1 is an M0 (free) cluster: it has no cloud backup. Use "
                                                        "mongodump/mongorestore against it instead.").arg(name));
            auto r = await<QList<Snapshot>>([&](auto cb) {
                if (c.value.isSharded()) client.listShardedSnapshots(g, name, cb);
                else client.listSnapshots(g, name, cb);
            });
            if (!r.ok()) return failApi(r.error);
            snapshots = r.value;
            written = cacheOk && cache.replaceSnapshots(g, name, snapshots, now);
        } else {
            // Not a dedicated cluster: maybe a flex one (or the project itself is unknown).
            auto f = await<QList<FlexCluster>>([&](auto cb) { client.listFlexClusters(g, cb); });
            if (!f.ok()) return failApi(f.error);
            isFlex = std::any_of(f.value.cbegin(), f.value.cend(), [&](const FlexCluster &x) { return x.name == name; });
            if (!isFlex) return fail(Exit::NotFound, QStringLiteral("no cluster named %1 in project %2.").arg(name, g));
            auto r = await<QList<FlexSnapshot>>([&](auto cb) { client.listFlexSnapshots(g, name, cb); });
            if (!r.ok()) return failApi(r.error);
            flexSnapshots = r.value;
            written = cacheOk && cache.replaceFlexSnapshots(g, name, flexSnapshots, now);
        }
        if (!written) note(QStringLiteral("warning: could not refresh the cache: ") + cache.lastError());
    }
    if (m_inv.json) {
        QJsonArray a;
        for (const Snapshot &s : snapshots) a.append(snapshotJson(s));
        for (const FlexSnapshot &s : flexSnapshots) a.append(flexSnapshotJson(s));
        out(listDocument(a));
        return Exit::Ok;
    }
    if (isFlex) {
        Table t({QStringLiteral("ID"), QStringLiteral("SCHEDULED"), QStringLiteral("FINISHED"), QStringLiteral("STATUS"),
                 QStringLiteral("VERSION"), QStringLiteral("EXPIRES")});
        for (const FlexSnapshot &s : flexSnapshots)
            t.add({s.id, shortTime(s.scheduledTime), shortTime(s.finishTime), s.status.raw, s.mongoDBVersion,
                   shortTime(s.expiration)});
        out(t.render().toUtf8());
        return Exit::Ok;
    }
    Table t({QStringLiteral("ID"), QStringLiteral("CREATED"), QStringLiteral("TYPE"), QStringLiteral("FREQUENCY"),
             QStringLiteral("STATUS"), QStringLiteral("SIZE"), QStringLiteral("VERSION"), QStringLiteral("EXPIRES"),
             QStringLiteral("DESCRIPTION")});
    t.rightAlign(5);
    for (const Snapshot &s : snapshots)
        t.add({s.id, shortTime(s.createdAt), s.snapshotType.raw, s.frequencyType.raw, s.status.raw,
               humanSize(s.storageSizeBytes), s.mongodVersion, shortTime(s.expiresAt), s.description});
    out(t.render().toUtf8());
    return Exit::Ok;
}

int Cli::sync()
{
    if (m_inv.offline) return fail(Exit::Usage, QStringLiteral("sync talks to the server; it cannot run --offline."));
    if (!needOnline()) return m_exit;
    jobs::JobRunner runner;
    std::optional<jobs::JobResult> result;
    QEventLoop loop;
    const bool showProgress = m_inv.verbose || isatty(fileno(stderr));
    QObject::connect(&runner, &jobs::JobRunner::jobProgress, &runner,
                     [&](jobs::JobId, int done, int total, const QString &step) {
                         if (showProgress && !step.isEmpty())
                             fprintf(stderr, "[%d/%d] %s\n", done, total, qPrintable(step));
                     });
    QObject::connect(&runner, &jobs::JobRunner::jobResult, &runner, [&](const jobs::JobResult &r) {
        result = r;
        loop.quit();
    });
    runner.start(m_inv.options, m_inv.cachePath);
    if (m_inv.project.isEmpty()) runner.syncAll();
    else runner.syncProject(m_inv.project);
    loop.exec();
    runner.stop();
    if (!result->ok()) return failApi(result->error);
    const jobs::SyncStats &s = result->stats;
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
        return Exit::Ok;
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
    return Exit::Ok;
}

}  // namespace lifeboat::cli
