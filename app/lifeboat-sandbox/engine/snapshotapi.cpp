#include "snapshotapi.h"

#include "audit.h"
#include "clock.h"
#include "compliance.h"
#include "domain/policy.h"
#include "readapi.h"
#include "router.h"
#include "simulator.h"
#include "state.h"

#include <QJsonArray>

namespace sandbox {

namespace {

// The sandbox keeps expiry dates printable; the contract gives no maximum (as for on-demand snapshots).
constexpr int kMaxRetentionDays = 36500;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString markerKey(const QString &snapshotId)
{
    return QStringLiteral("retentionSetByHand/") + snapshotId;
}

bool running(const Record &snapshot)
{
    const QString st = str(snapshot.body, "status");
    return st == u"queued" || st == u"inProgress";
}

enum class Shape { Any, ReplicaSet, Sharded };

// The snapshot {snapshotId} of the call's cluster, or Atlas's 404.
const Record *snapshotOf(const State &s, const Record &cl, const Call &call, Shape shape, Reply *error)
{
    const QString id = call.params.value(QStringLiteral("snapshotId"));
    const Record *r = s.find(Kind::Snapshot, id);
    const bool sharded = r && str(r->body, "type") == u"shardedCluster";
    const bool shapeOk = shape == Shape::Any || sharded == (shape == Shape::Sharded);
    if (r && r->groupId == cl.groupId && r->parent == str(cl.body, "name") && shapeOk) return r;
    *error =
        Reply::error(404, QStringLiteral("SNAPSHOT_NOT_FOUND"),
                     QStringLiteral("No snapshot with ID %1 exists for cluster %2.").arg(id, str(cl.body, "name")));
    return nullptr;
}

// A restore not yet ended that reads this snapshot, or null.
const Record *restoreUsing(const State &s, const QString &snapshotId)
{
    for (const Record *t : s.all(Kind::RestoreTask)) {
        if (str(t->body, "state") == u"done") continue;
        const Record *job = s.find(Kind::RestoreJob, t->id);
        if (!job) job = s.find(Kind::CollectionRestoreJob, t->id);
        if (job && str(job->body, "snapshotId") == snapshotId) return job;
    }
    return nullptr;
}

// The body PATCH answers: DiskBackupReplicaSet, the contract's answer for both kinds (a sharded
// snapshot without its members, as that shape has no such fields).
QJsonObject replicaSetShape(const Record &snapshot, const Record &cluster)
{
    QJsonObject o = snapshot.body;
    if (str(o, "type") != u"shardedCluster") return o;
    for (const char *k : {"members", "snapshotIds", "configServerType"}) o.remove(QLatin1String(k));
    o.insert(QLatin1String("cloudProvider"), cluster.body.value(QLatin1String("provider")));
    return o;
}

Reply patchSnapshot(State &s, Simulator &sim, Call &call)
{
    sim.runUntil(call.now);
    Reply err;
    const Record *cl = api::cluster(s, call, &err);
    if (!cl) return err;
    if (api::isTenant(cl)) return api::tenantUnsupported(cl);
    const Record cluster = *cl;
    const Record *found = snapshotOf(s, cluster, call, Shape::Any, &err);
    if (!found) return err;
    Record snap = *found;
    const int value = call.json.value(QLatin1String("retentionValue")).toInt();
    const auto unit = lifeboat::domain::retentionUnitFromName(str(call.json, "retentionUnit"));
    if (value < 1)
        return Reply::error(400, QStringLiteral("BACKUP_SNAPSHOT_RETENTION_VALUE_INVALID"),
                            QStringLiteral("Retention value of snapshot is invalid: %1 (at least 1).").arg(value));
    if (running(snap))
        return Reply::error(400, QStringLiteral("CANNOT_MODIFY_IN_PROGRESS_SNAPSHOT_RETENTION"),
                            QStringLiteral("Snapshot retention can only be modified once it is completed (snapshot %1 "
                                           "is %2).")
                                .arg(snap.id, str(snap.body, "status")));
    const QDateTime created = parseIsoTime(str(snap.body, "createdAt"));
    const QDateTime expires = lifeboat::domain::expiryFor(created, unit, value);
    if (!expires.isValid() || expires > call.now.addDays(kMaxRetentionDays))
        return Reply::error(400, QStringLiteral("EXPIRATION_DATE_EXCEEDS_MAX"),
                            QStringLiteral("The specified expiration date can be at most %1 days in the future (the "
                                           "sandbox's limit).")
                                .arg(kMaxRetentionDays));
    if (expires <= call.now)
        return Reply::error(400, QStringLiteral("EXPIRATION_DATE_IN_PAST"),
                            QStringLiteral("The specified expiration date must be in the future: snapshot %1, taken "
                                           "%2, kept %3 %4 would expire at %5.")
                                .arg(snap.id, str(snap.body, "createdAt"))
                                .arg(value)
                                .arg(str(call.json, "retentionUnit").toLower(), isoTime(expires)));
    const QDateTime was = parseIsoTime(str(snap.body, "expiresAt"));
    if (const Record *bcp = compliance::inForce(s, cluster.groupId); bcp && was.isValid() && expires < was) {
        const bool onDemand = str(snap.body, "snapshotType") == u"onDemand";
        if (!onDemand || compliance::onDemandItem(*bcp))
            return Reply::error(400, QStringLiteral("CANNOT_DECREASE_SNAPSHOT_RETENTION_WITH_BACKUP_COMPLIANCE_POLICY"),
                                QStringLiteral("You can't decrease the snapshot retention while you have a Backup "
                                               "Compliance Policy enabled (snapshot %1 expires at %2).")
                                    .arg(snap.id, isoTime(was)));
    }
    snap.body.insert(QLatin1String("expiresAt"), isoTime(expires));
    s.put(snap, Kind::Snapshot);
    s.setMeta(markerKey(snap.id), QStringLiteral("1"));
    sim.noteExpiry(snap.id, expires);
    addAuditEvent(s, cluster.groupId, snap.parent, QStringLiteral("CPS_SNAPSHOT_RETENTION_MODIFIED_AUDIT"), call.now,
                  &call.principal);
    return Reply::json(replicaSetShape(snap, cluster));
}

Reply deleteSnapshot(State &s, Simulator &sim, Call &call, bool sharded)
{
    sim.runUntil(call.now);
    Reply err;
    const Record *cl = api::cluster(s, call, &err);
    if (!cl) return err;
    if (api::isTenant(cl)) return api::tenantUnsupported(cl);
    const Record cluster = *cl;
    const Record *snap = snapshotOf(s, cluster, call, sharded ? Shape::Sharded : Shape::ReplicaSet, &err);
    if (!snap) return err;
    const QString id = snap->id;
    if (running(*snap))
        return Reply::error(400, QStringLiteral("CANNOT_DELETE_IN_PROGRESS_SNAPSHOT"),
                            QStringLiteral("Cannot delete an in progress snapshot %1.").arg(id));
    if (const Record *job = restoreUsing(s, id))
        return Reply::error(
            400, QStringLiteral("SNAPSHOT_IN_USE_BY_RESTORE"),
            QStringLiteral("Cannot delete snapshot %1: restore job %2 reads it until it ends.").arg(id, job->id));
    if (compliance::inForce(s, cluster.groupId))
        return Reply::error(400, QStringLiteral("CANNOT_DELETE_SNAPSHOT_WITH_BACKUP_COMPLIANCE_POLICY"),
                            QStringLiteral("You can't delete snapshots while you have a Backup Compliance Policy "
                                           "enabled."));
    forgetSnapshot(s, id);
    addAuditEvent(s, cluster.groupId, str(cluster.body, "name"), QStringLiteral("CPS_SNAPSHOT_DELETED_AUDIT"), call.now,
                  &call.principal);
    return Reply::raw(QByteArray(), 204);
}

}  // namespace

bool retentionSetByHand(const State &state, const QString &snapshotId)
{
    return !state.meta(markerKey(snapshotId)).isEmpty();
}

void forgetSnapshot(State &state, const QString &snapshotId)
{
    state.remove(Kind::Snapshot, snapshotId);
    if (retentionSetByHand(state, snapshotId)) state.setMeta(markerKey(snapshotId), QString());
}

void addSnapshotRoutes(Router &router, State &state, Simulator &simulator)
{
    const QString c = QStringLiteral("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/snapshots");
    const QString v1 = QStringLiteral("2023-01-01");
    State *s = &state;
    Simulator *sim = &simulator;
    router
        .add("PATCH", c + QStringLiteral("/{snapshotId}"), QStringLiteral("updateGroupClusterBackupSnapshot"), {v1},
             [s, sim](Call &call) { return patchSnapshot(*s, *sim, call); })
        .needs(QStringLiteral("GROUP_BACKUP_MANAGER"))
        .withJsonBody();
    router
        .add("DELETE", c + QStringLiteral("/{snapshotId}"), QStringLiteral("deleteGroupClusterBackupSnapshot"), {v1},
             [s, sim](Call &call) { return deleteSnapshot(*s, *sim, call, false); })
        .needs(QStringLiteral("GROUP_BACKUP_MANAGER"));
    router
        .add("DELETE", c + QStringLiteral("/shardedCluster/{snapshotId}"),
             QStringLiteral("deleteGroupClusterBackupSnapshotShardedCluster"), {v1},
             [s, sim](Call &call) { return deleteSnapshot(*s, *sim, call, true); })
        .needs(QStringLiteral("GROUP_BACKUP_MANAGER"));
}

}  // namespace sandbox
