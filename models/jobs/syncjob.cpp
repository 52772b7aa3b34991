#include "jobs/syncjob.h"

#include "jobs/cachewriter.h"

#include "atlas/mapping.h"
#include "atlas/mediatypes.h"

#include <QPointer>
#include <QTimer>
#include <QUrlQuery>
#include <spdlog/spdlog.h>

namespace lifeboat::jobs {

using namespace lifeboat::atlas;
using namespace lifeboat::domain;

namespace {

QString clusterPath(const QString &groupId, const QString &name)
{
    return QStringLiteral("/api/atlas/v2/groups/") + Client::segment(groupId) + QStringLiteral("/clusters/") +
           Client::segment(name);
}

// Errors after which every further request would fail the same way.
bool endsTheJob(ErrorKind kind)
{
    return kind == ErrorKind::Network || kind == ErrorKind::Unauthorized || kind == ErrorKind::AccessListRequired ||
           kind == ErrorKind::InvalidConfiguration || kind == ErrorKind::UnsupportedVersion;
}

struct ItemKey {
    QString id, frequency, unit;
    int interval, value;
    friend bool operator==(const ItemKey &, const ItemKey &) = default;
};

QList<ItemKey> itemKeys(const BackupSchedule &s)
{
    QList<ItemKey> out;
    for (const PolicyItem &i : s.allItems())
        out.append({i.id, domain::frequencyName(i.frequency), domain::retentionUnitName(i.unit), i.interval, i.value});
    return out;
}

}  // namespace

bool snapshotListUnchanged(const SnapshotFingerprint &cached, qint64 serverTotal, const QString &serverNewestId,
                           bool scheduleChanged, const QDateTime &now, qint64 fullRefreshAfterSeconds)
{
    if (scheduleChanged || cached.count != serverTotal) return false;
    if (serverTotal == 0) return true;
    if (cached.newestId != serverNewestId || cached.unfinishedOthers > 0) return false;
    return cached.oldestSyncedAt.isValid() && cached.oldestSyncedAt.secsTo(now) < fullRefreshAfterSeconds;
}

bool scheduleChanged(const std::optional<BackupSchedule> &cached, const std::optional<BackupSchedule> &fetched)
{
    if (cached.has_value() != fetched.has_value()) return true;
    if (!cached) return false;
    return cached->restoreWindowDays != fetched->restoreWindowDays || itemKeys(*cached) != itemKeys(*fetched);
}

// What one cluster's first round of requests brought back.
struct SyncJob::ClusterWork {
    QString projectName;
    Cluster cluster;
    int waiting = 3;
    ApiError error;
    std::optional<BackupSchedule> schedule;
    qint64 total = 0;
    std::optional<Snapshot> newest;
    std::optional<QList<Snapshot>> full;  // fetched at once when nothing was cached
    QList<RestoreJob> restoreJobs;
    QString step() const { return projectName + QStringLiteral(" / ") + cluster.name; }
};

SyncJob::SyncJob(JobId id, SyncScope scope, const JobContext &context, QObject *parent)
    : Job(id, JobKind::Sync, targetKeyFor(scope), context, parent), m_scope(std::move(scope)),
      m_options(context.syncOptions)
{
    if (m_ctx.writer) {
        // Queued: the writer emits on its own thread. This job is the context, so a
        // deleted job gets no call.
        connect(
            m_ctx.writer, &CacheWriter::written, this,
            [this](quint64 ticket, int code, const QString &what, const QString &detail, int count) {
                if (!m_writes.remove(ticket) || isFinished()) return;
                if (code != 0) return fail(JobError::fromCache(code, what, detail), true);
                m_stats.snapshotsWritten += count;
                wrote();
                taskDone();
            },
            Qt::QueuedConnection);
    }
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
}

QString SyncJob::targetKeyFor(const SyncScope &scope)
{
    const QString depth = scope.listsOnly ? QStringLiteral("lists:") : QString();
    switch (scope.kind) {
    case SyncScope::Kind::All: return depth + QStringLiteral("estate");
    case SyncScope::Kind::Project: return depth + QStringLiteral("project/") + scope.groupId;
    case SyncScope::Kind::Cluster: return depth + QStringLiteral("cluster/%1/%2").arg(scope.groupId, scope.clusterName);
    }
    return {};
}

QString SyncJob::title() const
{
    switch (m_scope.kind) {
    case SyncScope::Kind::All: return m_scope.listsOnly ? tr("Sync the project list") : tr("Sync everything");
    case SyncScope::Kind::Project: return tr("Sync project %1").arg(m_scope.groupId);
    case SyncScope::Kind::Cluster: return tr("Sync cluster %1").arg(m_scope.clusterName);
    }
    return {};
}

QString SyncJob::cancelledMessage() const
{
    return tr("Cancelled; the cache keeps what was synced before and what had finished.");
}

void SyncJob::run()
{
    m_clock.start();
    connect(&m_ctx.client, &Client::exchangeFinished, this, [this] { ++m_stats.requests; });
    switch (m_scope.kind) {
    case SyncScope::Kind::All: enqueue(tr("Organizations and projects"), [this] { syncOrgsAndProjects(); }); break;
    case SyncScope::Kind::Project: enqueue(tr("Projects"), [this] { syncProjectList(m_scope.groupId); }); break;
    case SyncScope::Kind::Cluster: {
        // The project row may not be cached yet; the cluster lists need only its id.
        Project p;
        p.id = m_scope.groupId;
        p.name = m_scope.groupId;
        for (const Project &cached : m_ctx.reader.typed().projects()) {
            if (cached.id == p.id) p = cached;
        }
        enqueue(p.name, [this, p] { syncProject(p, m_scope.clusterName); });
        break;
    }
    }
    pump();
}

void SyncJob::enqueue(const QString &step, std::function<void()> run)
{
    m_queue.push_back({step, std::move(run)});
    ++m_total;
    reportProgress(m_done, m_total, step);
}

void SyncJob::pump()
{
    while (!isFinished() && m_running < m_options.maxInFlight && !m_queue.empty()) {
        Task task = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_running;
        reportProgress(m_done, m_total, task.step);
        task.run();
    }
    if (!isFinished() && m_running == 0 && m_queue.empty()) complete();
}

void SyncJob::taskDone()
{
    --m_running;
    ++m_done;
    reportProgress(m_done, m_total, QString());
    // Later, not from inside the finishing task's own callback.
    QTimer::singleShot(0, this, [this] { pump(); });
}

void SyncJob::complete()
{
    if (isFinished()) return;
    m_stats.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_error.isError() && m_errorCount > 1)
        m_error.message += tr(" (%n part(s) of the sync failed in all)", nullptr, m_errorCount);
    finish(m_error, QVariant::fromValue(m_stats));
}

void SyncJob::wrote()
{
    switch (m_scope.kind) {
    case SyncScope::Kind::All: noteChanged(CacheScope::estate()); break;
    case SyncScope::Kind::Project: noteChanged(CacheScope::project(m_scope.groupId)); break;
    case SyncScope::Kind::Cluster: noteChanged(CacheScope::cluster(m_scope.groupId, m_scope.clusterName)); break;
    }
}

void SyncJob::fail(const ApiError &error)
{
    if (error.kind == ErrorKind::Cancelled) return;
    fail(JobError::fromApi(error), endsTheJob(error.kind));
}

void SyncJob::fail(const JobError &error, bool ends)
{
    if (isStopped()) return;
    ++m_errorCount;
    if (!m_error.isError()) m_error = error;
    spdlog::warn("sync {}: {}", id(), error.message.toStdString());
    if (ends) {
        m_queue.clear();
        stopRequests();  // the callbacks of what is still in flight are ignored
        complete();
    }
}

void SyncJob::cacheWriteFailed(const QString &what)
{
    fail(cacheError(what), true);  // a local failure hits every later write too
}

void SyncJob::syncOrgsAndProjects()
{
    struct Lists {
        int waiting = 2;
        ApiError error;
        QList<Organization> orgs;
        QList<Project> projects;
    };
    auto lists = std::make_shared<Lists>();
    auto whenBoth = [this, lists] {
        if (--lists->waiting > 0) return;
        if (lists->error.isError()) {
            fail(lists->error);
            if (!isFinished()) taskDone();
            return;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!m_ctx.cache.replaceOrganizations(lists->orgs, now)) return cacheWriteFailed(tr("organizations"));
        if (!m_ctx.cache.replaceProjects(lists->projects, now)) return cacheWriteFailed(tr("projects"));
        wrote();
        m_stats.projects = int(lists->projects.size());
        if (!m_scope.listsOnly)
            for (const Project &p : lists->projects) enqueue(p.name, [this, p] { syncProject(p, QString()); });
        taskDone();
    };
    request<QList<Organization>>([this](auto cb) { return m_ctx.client.listOrganizations(cb); },
                                 [lists, whenBoth](Result<QList<Organization>> r) {
                                     if (!r.ok() && !lists->error.isError()) lists->error = r.error;
                                     lists->orgs = r.value;
                                     whenBoth();
                                 });
    request<QList<Project>>([this](auto cb) { return m_ctx.client.listProjects(cb); },
                            [lists, whenBoth](Result<QList<Project>> r) {
                                if (!r.ok() && !lists->error.isError()) lists->error = r.error;
                                lists->projects = r.value;
                                whenBoth();
                            });
}

void SyncJob::syncProjectList(const QString &groupId)
{
    // The full project list (one request) keeps the cache's project rows whole.
    request<QList<Project>>([this](auto cb) { return m_ctx.client.listProjects(cb); },
                            [this, groupId](Result<QList<Project>> r) {
                                if (!r.ok()) {
                                    fail(r.error);
                                    if (!isFinished()) taskDone();
                                    return;
                                }
                                const auto it = std::find_if(r.value.cbegin(), r.value.cend(),
                                                             [&](const Project &p) { return p.id == groupId; });
                                if (it == r.value.cend()) {
                                    ApiError e;
                                    e.kind = ErrorKind::NotFound;
                                    e.httpStatus = 404;
                                    e.errorCode = QStringLiteral("GROUP_NOT_FOUND");
                                    e.message = tr("No project with id %1 is visible to this key.").arg(groupId);
                                    fail(e);
                                    taskDone();
                                    return;
                                }
                                if (!m_ctx.cache.replaceProjects(r.value, QDateTime::currentDateTimeUtc()))
                                    return cacheWriteFailed(tr("projects"));
                                wrote();
                                m_stats.projects = 1;
                                const Project p = *it;
                                enqueue(p.name, [this, p] { syncProject(p, QString()); });
                                taskDone();
                            });
}

void SyncJob::syncProject(const Project &project, const QString &onlyCluster)
{
    struct Lists {
        int waiting = 3;
        ApiError error;
        QList<Cluster> clusters;
        QList<FlexCluster> flex;
        std::optional<CompliancePolicy> policy;
    };
    auto lists = std::make_shared<Lists>();
    auto keep = [lists](const ApiError &e) {
        if (e.isError() && !lists->error.isError()) lists->error = e;
    };
    auto whenAll = [this, lists, project, onlyCluster] {
        if (--lists->waiting > 0) return;
        if (lists->error.isError()) {
            fail(lists->error);
            if (!isFinished()) taskDone();
            return;
        }
        const QString g = project.id;
        QSet<QString> present;
        for (const Cluster &c : lists->clusters) present.insert(c.name);
        for (const FlexCluster &f : lists->flex) present.insert(f.name);
        // Clusters deleted on the server: forget them and everything under them.
        QStringList cachedNames;
        for (const Cluster &c : m_ctx.reader.typed().clusters(g)) cachedNames.append(c.name);
        for (const FlexCluster &f : m_ctx.reader.typed().flexClusters(g)) cachedNames.append(f.name);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString &name : cachedNames) {
            if (!present.contains(name) && !m_ctx.cache.removeCluster(g, name)) return cacheWriteFailed(tr("clusters"));
        }
        if (!m_ctx.cache.replaceClusters(g, lists->clusters, now) ||
            !m_ctx.cache.replaceFlexClusters(g, lists->flex, now))
            return cacheWriteFailed(tr("clusters"));
        if (!m_ctx.cache.setCompliancePolicy(g, lists->policy, now))
            return cacheWriteFailed(tr("the compliance policy"));
        wrote();

        if (!onlyCluster.isEmpty() && !present.contains(onlyCluster)) {
            ApiError e;
            e.kind = ErrorKind::NotFound;
            e.httpStatus = 404;
            e.errorCode = QStringLiteral("CLUSTER_NOT_FOUND");
            e.message = tr("No cluster named %1 in project %2.").arg(onlyCluster, project.name);
            fail(e);
        }
        if (m_scope.listsOnly) {
            taskDone();
            return;
        }
        for (Cluster c : lists->clusters) {
            if (!onlyCluster.isEmpty() && c.name != onlyCluster) continue;
            c.groupId = g;
            enqueue(project.name + QStringLiteral(" / ") + c.name,
                    [this, project, c] { syncCluster(project.name, c); });
        }
        for (FlexCluster f : lists->flex) {
            if (!onlyCluster.isEmpty() && f.name != onlyCluster) continue;
            f.groupId = g;
            enqueue(project.name + QStringLiteral(" / ") + f.name,
                    [this, project, f] { syncFlexCluster(project.name, f); });
        }
        taskDone();
    };
    const QString g = project.id;
    request<QList<Cluster>>([this, g](auto cb) { return m_ctx.client.listClusters(g, cb); },
                            [lists, keep, whenAll](Result<QList<Cluster>> r) {
                                keep(r.error);
                                lists->clusters = r.value;
                                whenAll();
                            });
    request<QList<FlexCluster>>([this, g](auto cb) { return m_ctx.client.listFlexClusters(g, cb); },
                                [lists, keep, whenAll](Result<QList<FlexCluster>> r) {
                                    keep(r.error);
                                    lists->flex = r.value;
                                    whenAll();
                                });
    request<std::optional<CompliancePolicy>>([this, g](auto cb) { return m_ctx.client.getCompliancePolicy(g, cb); },
                                             [lists, keep, whenAll](Result<std::optional<CompliancePolicy>> r) {
                                                 keep(r.error);
                                                 lists->policy = r.value;
                                                 whenAll();
                                             });
}

void SyncJob::syncCluster(const QString &projectName, const Cluster &cluster)
{
    ++m_stats.clusters;
    if (cluster.isFreeTier()) {  // M0: no cloud backup, nothing to fetch
        taskDone();
        return;
    }
    auto work = std::make_shared<ClusterWork>();
    work->projectName = projectName;
    work->cluster = cluster;
    const QString g = cluster.groupId;
    const QString name = cluster.name;
    auto keep = [work](const ApiError &e) {
        if (e.isError() && !work->error.isError()) work->error = e;
    };

    request<BackupSchedule>([this, g, name](auto cb) { return m_ctx.client.getSchedule(g, name, cb); },
                            [this, work, keep](Result<BackupSchedule> r) {
                                // A cluster without backup may have no schedule: not a failure.
                                if (r.ok())
                                    work->schedule = r.value;
                                else if (r.error.kind != ErrorKind::NotFound && r.error.kind != ErrorKind::BadRequest)
                                    keep(r.error);
                                if (--work->waiting == 0) decideCluster(work);
                            });
    // Never synced (no snapshot and no schedule cached) or not incremental: fetch the
    // whole list at once, no probe first.
    const bool neverSynced = m_ctx.reader.fingerprint(g, name).count == 0 && !m_ctx.reader.typed().schedule(g, name);
    if (!m_options.incremental || neverSynced) {
        auto onList = [this, work, keep](Result<QList<Snapshot>> r) {
            if (r.ok()) {
                m_stats.snapshotsFetched += int(r.value.size());
                work->full = std::move(r.value);
            } else
                keep(r.error);
            if (--work->waiting == 0) decideCluster(work);
        };
        if (cluster.isSharded())
            request<QList<Snapshot>>(
                [this, g, name](auto cb) { return m_ctx.client.listShardedSnapshots(g, name, cb); }, onList);
        else
            request<QList<Snapshot>>([this, g, name](auto cb) { return m_ctx.client.listSnapshots(g, name, cb); },
                                     onList);
    } else {
        // The probe: page 1 with one item, newest first, with the total count.
        const QString listPath =
            clusterPath(g, name) + (cluster.isSharded() ? QStringLiteral("/backup/snapshots/shardedClusters")
                                                        : QStringLiteral("/backup/snapshots"));
        QUrlQuery probe;
        probe.addQueryItem(QStringLiteral("pageNum"), QStringLiteral("1"));
        probe.addQueryItem(QStringLiteral("itemsPerPage"), QStringLiteral("1"));
        probe.addQueryItem(QStringLiteral("includeCount"), QStringLiteral("true"));
        request<QByteArray>(
            [this, listPath, probe](auto cb) { return m_ctx.client.get(listPath, versions::kDefault, probe, cb); },
            [this, work, keep, g, name](Result<QByteArray> r) {
                if (r.ok()) {
                    QString why;
                    const auto page = mapping::parsePage(r.value, &why);
                    if (!page) {
                        keep(ApiError::invalidResponse(why));
                    } else if (!page->totalCount) {
                        work->total = -1;  // no count: the probe cannot vouch for anything
                    } else {
                        work->total = *page->totalCount;
                        m_stats.snapshotsFetched += int(page->results.size());
                        if (!page->results.isEmpty() && page->results.first().isObject())
                            work->newest = mapping::snapshot(page->results.first().toObject(), g, name);
                    }
                } else {
                    keep(r.error);
                }
                if (--work->waiting == 0) decideCluster(work);
            });
    }
    request<QList<RestoreJob>>([this, g, name](auto cb) { return m_ctx.client.listRestoreJobs(g, name, cb); },
                               [this, work, keep](Result<QList<RestoreJob>> r) {
                                   keep(r.error);
                                   work->restoreJobs = r.value;
                                   if (--work->waiting == 0) decideCluster(work);
                               });
}

void SyncJob::decideCluster(const std::shared_ptr<ClusterWork> &work)
{
    if (work->error.isError()) {
        ++m_stats.failedClusters;
        fail(work->error);
        if (!isFinished()) taskDone();
        return;
    }
    if (work->full) {
        ++m_stats.snapshotListsFetched;
        writeCluster(work, &*work->full);
        return;
    }
    const QString g = work->cluster.groupId;
    const QString name = work->cluster.name;
    const SnapshotFingerprint cached = m_ctx.reader.fingerprint(g, name);
    const bool policyMoved = scheduleChanged(m_ctx.reader.typed().schedule(g, name), work->schedule);
    const QString newestId = work->newest ? work->newest->id : QString();
    const bool unchanged = m_options.incremental && work->total >= 0 &&
                           snapshotListUnchanged(cached, work->total, newestId, policyMoved,
                                                 QDateTime::currentDateTimeUtc(), m_options.fullRefreshAfterSeconds);
    spdlog::debug("sync {}: {} snapshots {} (count {} -> {}, newest {} -> {}, unfinished {}, schedule changed {})",
                  id(), name.toStdString(), unchanged ? "unchanged" : "refetched", cached.count, work->total,
                  cached.newestId.toStdString(), newestId.toStdString(), cached.unfinishedOthers, policyMoved);
    if (unchanged) {
        ++m_stats.snapshotListsSkipped;
        writeCluster(work, nullptr);
        return;
    }
    auto onList = [this, work](Result<QList<Snapshot>> r) {
        if (!r.ok()) {
            ++m_stats.failedClusters;
            fail(r.error);
            if (!isFinished()) taskDone();
            return;
        }
        ++m_stats.snapshotListsFetched;
        m_stats.snapshotsFetched += int(r.value.size());
        writeCluster(work, &r.value);
    };
    if (work->cluster.isSharded())
        request<QList<Snapshot>>([this, g, name](auto cb) { return m_ctx.client.listShardedSnapshots(g, name, cb); },
                                 onList);
    else
        request<QList<Snapshot>>([this, g, name](auto cb) { return m_ctx.client.listSnapshots(g, name, cb); }, onList);
}

void SyncJob::writeCluster(const std::shared_ptr<ClusterWork> &work, const QList<Snapshot> *fullList)
{
    const QString g = work->cluster.groupId;
    const QString name = work->cluster.name;
    // The one write path of a synced cluster: the cache writer's thread, one transaction
    // (the Worker always gives a SyncJob its writer).
    Q_ASSERT(m_ctx.writer);
    ClusterWrite w;
    w.groupId = g;
    w.clusterName = name;
    if (fullList)
        w.fullList = *fullList;
    else if (work->newest)
        w.newest = *work->newest;
    w.schedule = work->schedule;
    w.restoreJobs = work->restoreJobs;
    w.syncedAt = QDateTime::currentDateTimeUtc();
    m_writes.insert(m_ctx.writer->post(std::move(w)));  // taskDone() when it is written
}

void SyncJob::syncFlexCluster(const QString &projectName, const FlexCluster &flex)
{
    Q_UNUSED(projectName);
    ++m_stats.clusters;
    // Snapshots (at most 8: always fetched whole) and restore jobs side by side, then one write.
    struct FlexWork {
        cache::SyncedFlexCluster write;
        ApiError error;
        int waiting = 2;
    };
    auto work = std::make_shared<FlexWork>();
    work->write.groupId = flex.groupId;
    work->write.clusterName = flex.name;
    auto settle = [this, work] {
        if (--work->waiting > 0) return;
        if (work->error.isError()) {
            ++m_stats.failedClusters;
            fail(work->error);
            if (!isFinished()) taskDone();
            return;
        }
        work->write.syncedAt = QDateTime::currentDateTimeUtc();
        if (!m_ctx.cache.writeSyncedFlexCluster(work->write)) return cacheWriteFailed(tr("flex snapshots"));
        const int n = int(work->write.snapshots.size());
        ++m_stats.snapshotListsFetched;
        m_stats.snapshotsFetched += n;
        m_stats.snapshotsWritten += n;
        wrote();
        taskDone();
    };
    const QString g = flex.groupId;
    const QString name = flex.name;
    request<QList<FlexSnapshot>>([this, g, name](auto cb) { return m_ctx.client.listFlexSnapshots(g, name, cb); },
                                 [work, settle](Result<QList<FlexSnapshot>> r) {
                                     if (r.ok())
                                         work->write.snapshots = r.value;
                                     else if (!work->error.isError())
                                         work->error = r.error;
                                     settle();
                                 });
    request<QList<FlexRestoreJob>>([this, g, name](auto cb) { return m_ctx.client.listFlexRestoreJobs(g, name, cb); },
                                   [work, settle](Result<QList<FlexRestoreJob>> r) {
                                       if (r.ok())
                                           work->write.restoreJobs = r.value;
                                       else if (!work->error.isError())
                                           work->error = r.error;
                                       settle();
                                   });
}

}  // namespace lifeboat::jobs
