#include "restoreapi.h"

#include "clock.h"
#include "readapi.h"
#include "restorechecks.h"
#include "restorerunner.h"
#include "restoretask.h"
#include "roles.h"
#include "router.h"
#include "state.h"

#include <QJsonArray>

namespace sandbox {

using task::str;

namespace restore {

const Record *targetProject(const State &state, const Call &call, const QString &groupId, const QString &roles,
                            Reply *error)
{
    const Record *p = state.find(Kind::Project, groupId);
    if (!p) {
        *error = Reply::error(404, QStringLiteral("GROUP_NOT_FOUND"),
                              QStringLiteral("No group with ID %1 exists.").arg(groupId));
        return nullptr;
    }
    const QString role = call.principal.roleIn(p->id, str(p->body, "orgId"));
    bool allowed = false;
    for (const QString &m : roles.split(u'|')) allowed = allowed || roleAllows(role, m);
    if (!allowed) {
        *error = Reply::error(403, QStringLiteral("CANNOT_RESTORE_TO_TARGET"),
                              QStringLiteral("Cannot restore with insufficient permission on source snapshot or target "
                                             "cluster: restoring into project %1 needs %2.")
                                  .arg(p->id, roles.split(u'|').join(QStringLiteral(" or "))));
        return nullptr;
    }
    return p;
}

const Record *targetCluster(const State &state, const QString &groupId, const QString &name, bool *flex, Reply *error)
{
    for (const Kind k : {Kind::Cluster, Kind::FlexCluster})
        for (const Record *r : state.list(k, groupId))
            if (str(r->body, "name") == name) {
                *flex = k == Kind::FlexCluster;
                return r;
            }
    *error = Reply::error(404, QStringLiteral("CLUSTER_NOT_FOUND"),
                          QStringLiteral("No cluster named %1 exists in group %2.").arg(name, groupId));
    return nullptr;
}

QString selfLink(const Call &call, const QString &id)
{
    return call.baseUrl + call.path + u'/' + id;
}

}  // namespace restore

namespace {

const QString kRestoreRoles = QStringLiteral("GROUP_BACKUP_EXPORT_OPERATOR|GROUP_BACKUP_RECOVERY_OPERATOR");

Reply missing(const QString &field)
{
    return Reply::error(400, QStringLiteral("MISSING_ATTRIBUTE"),
                        QStringLiteral("The required attribute %1 was not specified.").arg(field), {},
                        QJsonArray{QJsonObject{{QStringLiteral("field"), field},
                                               {QStringLiteral("description"), QStringLiteral("is required")}}});
}

Reply badPit(const QString &why)
{
    return Reply::error(400, QStringLiteral("INVALID_PIT_RESTORE_TIME"),
                        QStringLiteral("Please provide a valid UTC time or an operation time (ts): %1").arg(why));
}

Reply snapshotNotFound(const QString &id, const QString &cluster)
{
    return Reply::error(404, QStringLiteral("SNAPSHOT_NOT_FOUND"),
                        QStringLiteral("No snapshot with ID %1 exists for cluster %2.").arg(id, cluster));
}

const Record *snapshotOf(const State &s, Kind kind, const Record &cluster, const QString &id)
{
    const Record *r = s.find(kind, id);
    return r && r->groupId == cluster.groupId && r->parent == str(cluster.body, "name") ? r : nullptr;
}

// The replica set names a restore of `cluster` has: each shard, then a dedicated config server.
QStringList replicaSets(const Record &cluster)
{
    const QString prefix = str(cluster.body, "replicaSetPrefix");
    if (str(cluster.body, "clusterType") != u"SHARDED") return {prefix + QStringLiteral("-shard-0")};
    QStringList out;
    const int shards = cluster.body.value(QLatin1String("shards")).toInt(1);
    for (int i = 0; i < shards; ++i) out << QStringLiteral("%1-shard-%2").arg(prefix).arg(i);
    if (str(cluster.body, "configServerType") == u"DEDICATED") out << prefix + QStringLiteral("-config-0");
    return out;
}

Reply createRestore(State &s, Call &call)
{
    Reply err;
    const Record *cl = api::cluster(s, call, &err);
    if (!cl) return err;
    if (api::isTenant(cl)) return api::tenantUnsupported(cl);
    const QJsonObject &j = call.json;
    const QString delivery = str(j, "deliveryType");
    const QString snapshotId = str(j, "snapshotId");
    const bool download = delivery == u"download", pit = delivery == u"pointInTime";
    if (!pit && snapshotId.isEmpty()) return missing(QStringLiteral("snapshotId"));
    if (!download) {
        if (str(j, "targetClusterName").isEmpty()) return missing(QStringLiteral("targetClusterName"));
        if (str(j, "targetGroupId").isEmpty()) return missing(QStringLiteral("targetGroupId"));
    }
    qint64 pitSecs = -1;
    if (pit) {
        const bool utc = j.contains(QLatin1String("pointInTimeUTCSeconds"));
        const bool ts = j.contains(QLatin1String("oplogTs")), inc = j.contains(QLatin1String("oplogInc"));
        if (utc && (ts || inc))
            return badPit(QStringLiteral("give pointInTimeUTCSeconds or oplogTs and oplogInc, not both."));
        if (!utc && !ts && !inc)
            return badPit(
                QStringLiteral("a point-in-time restore needs pointInTimeUTCSeconds, or oplogTs and oplogInc."));
        if (ts != inc) return missing(ts ? QStringLiteral("oplogInc") : QStringLiteral("oplogTs"));
        pitSecs = task::num(j, utc ? "pointInTimeUTCSeconds" : "oplogTs");
    }
    const Record *snapshot = nullptr;
    if (!snapshotId.isEmpty()) {
        snapshot = snapshotOf(s, Kind::Snapshot, *cl, snapshotId);
        if (!snapshot) return snapshotNotFound(snapshotId, str(cl->body, "name"));
    } else if (pit) {
        snapshot = snapshotAtOrBefore(s, *cl, pitSecs);
    }
    const Record *target = nullptr;
    bool targetFlex = false;
    if (!download) {
        const Record *p = restore::targetProject(s, call, str(j, "targetGroupId"), kRestoreRoles, &err);
        if (!p) return err;
        target = restore::targetCluster(s, p->id, str(j, "targetClusterName"), &targetFlex, &err);
        if (!target) return err;
    }
    RestoreAsk ask;
    ask.kind = download ? RestoreAsk::Kind::Download
               : pit    ? RestoreAsk::Kind::PointInTime
                        : RestoreAsk::Kind::Automated;
    ask.source = cl;
    ask.snapshot = snapshot;
    ask.pit = pitSecs;
    ask.target = target;
    ask.targetFlex = targetFlex;
    ask.now = call.now;
    if (auto refusal = checkRestore(s, ask)) return *refusal;

    const qint64 now = call.now.toSecsSinceEpoch();
    const QString id = s.newId(call.now);
    const qint64 size = snapshot ? task::num(snapshot->body, "storageSizeBytes") : 0;
    const qint64 start = now + task::kQueuedSeconds;
    const qint64 finish = start + task::kRunningBaseSeconds + size / task::kBytesPerSecond;
    const qint64 contentAt = pit ? pitSecs : task::snapshotTime(*snapshot).toSecsSinceEpoch();
    const bool sharded = str(cl->body, "clusterType") == u"SHARDED";
    QJsonObject job{
        {QStringLiteral("id"), id},
        {QStringLiteral("deliveryType"), delivery},
        {QStringLiteral("timestamp"), isoTime(QDateTime::fromSecsSinceEpoch(contentAt, Qt::UTC))},
        {QStringLiteral("cancelled"), false},
        {QStringLiteral("failed"), false},
        {QStringLiteral("expired"), false},
        {QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("href"), restore::selfLink(call, id)},
                                                         {QStringLiteral("rel"), QStringLiteral("self")}}}}};
    if (snapshot) job.insert(QLatin1String("snapshotId"), snapshot->id);
    if (target) {
        job.insert(QLatin1String("targetGroupId"), target->groupId);
        job.insert(QLatin1String("targetClusterName"), str(target->body, "name"));
    }
    for (const char *k : {"pointInTimeUTCSeconds", "oplogTs", "oplogInc"})
        if (pit && j.contains(QLatin1String(k))) job.insert(QLatin1String(k), j.value(QLatin1String(k)));
    QJsonArray components, names;
    for (const QString &rs : replicaSets(*cl)) {
        components.append(QJsonObject{{QStringLiteral("replicaSetName"), rs}});
        names.append(rs);
    }
    if (sharded) job.insert(QLatin1String("components"), components);
    if (download) job.insert(QLatin1String("deliveryUrl"), QJsonArray());
    QJsonObject t{{QStringLiteral("kind"), QStringLiteral("dedicated")},
                  {QStringLiteral("delivery"), delivery},
                  {QStringLiteral("sourceId"), cl->id},
                  {QStringLiteral("sourceFlex"), false},
                  {QStringLiteral("contentAt"), double(contentAt)},
                  {QStringLiteral("createdAt"), double(now)},
                  {QStringLiteral("startAt"), double(start)},
                  {QStringLiteral("finishAt"), double(finish)},
                  {QStringLiteral("state"), QStringLiteral("queued")},
                  {QStringLiteral("fail"), call.takeRestoreFault && call.takeRestoreFault()},
                  {QStringLiteral("baseUrl"), call.baseUrl},
                  {QStringLiteral("components"), names},
                  {QStringLiteral("sharded"), sharded}};
    if (target) t.insert(QLatin1String("targetId"), target->id);
    const QByteArray sortKey = isoTime(call.now).toLatin1() + id.toLatin1();
    s.put(Record{id, cl->groupId, str(cl->body, "name"), t, sortKey, {}}, Kind::RestoreTask);
    s.put(Record{id, cl->groupId, str(cl->body, "name"), job, sortKey, {}}, Kind::RestoreJob);
    if (target) RestoreRunner::markTarget(s, target->id, false);
    RestoreRunner::addEvent(s, cl->groupId, str(cl->body, "name"), QStringLiteral("CPS_RESTORE_REQUESTED_AUDIT"),
                            call.now);
    return Reply::json(job);
}

Reply cancelRestore(State &s, Call &call)
{
    Reply err;
    const Record *cl = api::cluster(s, call, &err);
    if (!cl) return err;
    const QString id = call.params.value(QStringLiteral("restoreJobId"));
    const Record *job = s.find(Kind::RestoreJob, id);
    if (!job || job->groupId != cl->groupId || job->parent != str(cl->body, "name"))
        return Reply::error(
            404, QStringLiteral("RESTORE_JOB_NOT_FOUND"),
            QStringLiteral("No restore job with ID %1 exists for cluster %2.").arg(id, str(cl->body, "name")));
    if (str(cl->body, "clusterType") == u"SHARDED")
        return Reply::error(405, QStringLiteral("ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED"),
                            QStringLiteral("Cannot cancel a restore job of an individual shard. Please cancel the "
                                           "entire sharded cluster restore job."));
    const Record *t = s.find(Kind::RestoreTask, id);
    const QJsonObject &b = job->body;
    const bool ended = t ? str(t->body, "state") == u"done"
                         : b.contains(QLatin1String("finishedAt")) || b.value(QLatin1String("cancelled")).toBool() ||
                               b.value(QLatin1String("failed")).toBool();
    if (ended)
        return Reply::error(400, QStringLiteral("RESTORE_JOB_ALREADY_FINISHED"),
                            QStringLiteral("Restore job %1 has already ended and cannot be cancelled.").arg(id));
    Record u = *job;
    u.body.insert(QLatin1String("cancelled"), true);
    s.put(u, Kind::RestoreJob);
    if (t) {
        Record ut = *t;
        ut.body.insert(QLatin1String("state"), QStringLiteral("done"));
        ut.body.insert(QLatin1String("outcome"), QStringLiteral("cancelled"));
        ut.body.insert(QLatin1String("expired"), true);
        ut.body.insert(QLatin1String("cancelledAt"), double(call.now.toSecsSinceEpoch()));
        s.put(ut, Kind::RestoreTask);
        const QString target = str(ut.body, "targetId");
        if (!target.isEmpty()) RestoreRunner::markTarget(s, target, false);
    }
    Reply r = Reply::raw(QByteArray(), 204);
    return r;
}

Reply createFlex(State &s, Call &call, bool download)
{
    Reply err;
    const Record *flex = api::flexCluster(s, call, &err);
    if (!flex) return err;
    const QJsonObject &j = call.json;
    const QString snapshotId = str(j, "snapshotId");
    const Record *snapshot = snapshotOf(s, Kind::FlexSnapshot, *flex, snapshotId);
    if (!snapshot) return snapshotNotFound(snapshotId, str(flex->body, "name"));
    const Record *target = nullptr;
    bool targetFlex = false;
    if (!download) {
        const QString group = str(j, "targetProjectId").isEmpty() ? flex->groupId : str(j, "targetProjectId");
        const Record *p =
            restore::targetProject(s, call, group, QStringLiteral("GROUP_BACKUP_RECOVERY_OPERATOR"), &err);
        if (!p) return err;
        target = restore::targetCluster(s, p->id, str(j, "targetDeploymentItemName"), &targetFlex, &err);
        if (!target) return err;
    }
    RestoreAsk ask;
    ask.kind = download ? RestoreAsk::Kind::Download : RestoreAsk::Kind::Flex;
    ask.source = flex;
    ask.snapshot = snapshot;
    ask.target = target;
    ask.targetFlex = targetFlex;
    ask.now = call.now;
    if (auto refusal = checkRestore(s, ask)) return *refusal;

    const qint64 now = call.now.toSecsSinceEpoch();
    const QString id = s.newId(call.now);
    const qint64 start = now + (download ? 10 : 40);
    const qint64 finish = download ? now + 60 : start + 120;
    QJsonObject job{{QStringLiteral("id"), id},
                    {QStringLiteral("deliveryType"), download ? QStringLiteral("DOWNLOAD") : QStringLiteral("RESTORE")},
                    {QStringLiteral("instanceName"), str(flex->body, "name")},
                    {QStringLiteral("projectId"), flex->groupId},
                    {QStringLiteral("restoreScheduledDate"), isoTime(call.now)},
                    {QStringLiteral("snapshotId"), snapshot->id},
                    {QStringLiteral("status"), QStringLiteral("PENDING")}};
    const QString finished = str(snapshot->body, "finishTime");
    if (!finished.isEmpty()) job.insert(QLatin1String("snapshotFinishedDate"), finished);
    if (target) {
        job.insert(QLatin1String("targetDeploymentItemName"), str(target->body, "name"));
        job.insert(QLatin1String("targetProjectId"), target->groupId);
    }
    QJsonObject t{{QStringLiteral("kind"), download ? QStringLiteral("flexDownload") : QStringLiteral("flex")},
                  {QStringLiteral("sourceId"), flex->id},
                  {QStringLiteral("sourceFlex"), true},
                  {QStringLiteral("contentAt"), double(task::snapshotTime(*snapshot).toSecsSinceEpoch())},
                  {QStringLiteral("createdAt"), double(now)},
                  {QStringLiteral("startAt"), double(start)},
                  {QStringLiteral("finishAt"), double(finish)},
                  {QStringLiteral("state"), QStringLiteral("queued")},
                  {QStringLiteral("fail"), call.takeRestoreFault && call.takeRestoreFault()},
                  {QStringLiteral("baseUrl"), call.baseUrl}};
    if (target) {
        t.insert(QLatin1String("targetId"), target->id);
        t.insert(QLatin1String("targetFlex"), targetFlex);
    }
    const QByteArray sortKey = isoTime(call.now).toLatin1() + id.toLatin1();
    s.put(Record{id, flex->groupId, str(flex->body, "name"), t, sortKey, {}}, Kind::RestoreTask);
    s.put(Record{id, flex->groupId, str(flex->body, "name"), job, sortKey, {}}, Kind::FlexRestoreJob);
    if (target) RestoreRunner::markTarget(s, target->id, targetFlex);
    return Reply::json(job);
}

}  // namespace

void addRestoreRoutes(Router &router, State &state)
{
    const QString c = QStringLiteral("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}");
    const QString f = QStringLiteral("/api/atlas/v2/groups/{groupId}/flexClusters/{name}");
    const QString v1 = QStringLiteral("2023-01-01"), flexV = QStringLiteral("2024-11-13");
    State *s = &state;
    router
        .add("POST", c + QStringLiteral("/backup/restoreJobs"), QStringLiteral("createGroupClusterBackupRestoreJob"),
             {v1}, [s](Call &call) { return createRestore(*s, call); })
        .needs(kRestoreRoles)
        .withJsonBody();
    router
        .add("DELETE", c + QStringLiteral("/backup/restoreJobs/{restoreJobId}"),
             QStringLiteral("cancelGroupClusterBackupRestoreJob"), {v1},
             [s](Call &call) { return cancelRestore(*s, call); })
        .needs(kRestoreRoles);
    router
        .add("POST", f + QStringLiteral("/backup/restoreJobs"),
             QStringLiteral("createGroupFlexClusterBackupRestoreJob"), {flexV},
             [s](Call &call) { return createFlex(*s, call, false); })
        .needs(QStringLiteral("GROUP_BACKUP_RECOVERY_OPERATOR"))
        .withJsonBody();
    router
        .add("POST", f + QStringLiteral("/backup/download"), QStringLiteral("downloadGroupFlexClusterBackup"), {flexV},
             [s](Call &call) { return createFlex(*s, call, true); })
        .needs(QStringLiteral("GROUP_BACKUP_EXPORT_OPERATOR"))
        .withJsonBody();
}

}  // namespace sandbox
