#include "writeapi.h"

#include "readapi.h"
#include "router.h"
#include "simulator.h"
#include "state.h"

#include <QJsonArray>

namespace sandbox {

namespace {

QString name(const Record *r)
{
    return r->body.value(QLatin1String("name")).toString();
}

// The sandbox keeps expiry dates printable; the contract gives no maximum.
constexpr int kMaxRetentionDays = 36500;

Reply takeSnapshot(State &state, Simulator &sim, Call &call)
{
    Reply err;
    const Record *cl = api::cluster(state, call, &err);
    if (!cl) return err;
    if (api::isTenant(cl)) return api::tenantUnsupported(cl);
    if (!cl->body.value(QLatin1String("backupEnabled")).toBool())
        return Reply::error(400, QStringLiteral("BACKUP_NOT_ENABLED"),
                            QStringLiteral("Cloud Backup is not enabled for cluster %1.").arg(name(cl)),
                            QJsonArray{name(cl)});
    const QJsonValue retention = call.json.value(QLatin1String("retentionInDays"));
    const double days = retention.isUndefined() ? 1 : retention.toDouble();  // 1: the Atlas CLI's default
    if (days > kMaxRetentionDays)
        return Reply::error(
            400, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("Invalid value for retentionInDays: the sandbox keeps snapshots for at most %1 days.")
                .arg(kMaxRetentionDays),
            {},
            QJsonArray{QJsonObject{
                {QStringLiteral("field"), QStringLiteral("retentionInDays")},
                {QStringLiteral("description"), QStringLiteral("must be at most %1").arg(kMaxRetentionDays)}}});
    // Atlas takes one on-demand snapshot at a time; a scheduled one running is no obstacle.
    for (const Record *s : state.list(Kind::Snapshot, cl->groupId, name(cl))) {
        const QString status = s->body.value(QLatin1String("status")).toString();
        if (s->body.value(QLatin1String("snapshotType")).toString() == u"onDemand" &&
            (status == u"queued" || status == u"inProgress"))
            return Reply::error(
                400, QStringLiteral("SNAPSHOT_ALREADY_REQUESTED"),
                QStringLiteral("An on-demand snapshot of cluster %1 is already %2; wait until it completes.")
                    .arg(name(cl), status == u"queued" ? QStringLiteral("queued") : QStringLiteral("in progress")),
                QJsonArray{name(cl), s->id});
    }
    const QString id =
        sim.takeOnDemandSnapshot(*cl, call.now, call.json.value(QLatin1String("description")).toString(), int(days));
    return Reply::json(state.find(Kind::Snapshot, id)->body);
}

}  // namespace

void addWriteRoutes(Router &router, State &state, Simulator &simulator)
{
    const QString v1 = QStringLiteral("2023-01-01");
    const QString c = QStringLiteral("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}");
    State *s = &state;
    Simulator *sim = &simulator;

    router
        .add("POST", c + QStringLiteral("/backup/snapshots"), QStringLiteral("takeGroupClusterBackupSnapshots"), {v1},
             [s, sim](Call &call) { return takeSnapshot(*s, *sim, call); })
        .needs(QStringLiteral("GROUP_BACKUP_CREATOR"))
        .withJsonBody();
}

}  // namespace sandbox
