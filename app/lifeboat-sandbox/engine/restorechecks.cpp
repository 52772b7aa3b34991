#include "restorechecks.h"

#include "clock.h"
#include "domain/version.h"
#include "restoretask.h"
#include "state.h"

#include <QJsonArray>

namespace sandbox {

using lifeboat::domain::MongoVersion;
using task::num;
using task::str;

namespace {

Reply refuse(int status, const char *code, const QString &detail)
{
    return Reply::error(status, QString::fromLatin1(code), detail);
}

QString nameOf(const Record *r)
{
    return r ? str(r->body, "name") : QString();
}

bool isSharded(const Record &c)
{
    return str(c.body, "clusterType") == u"SHARDED";
}

QString encryption(const Record &c)
{
    const QString p = str(c.body, "encryptionAtRestProvider");
    return p.isEmpty() ? QStringLiteral("NONE") : p;
}

std::optional<Reply> checkVersions(const Record &source, const Record *snapshot, qint64 at, const Record &target,
                                   bool sourceFlex)
{
    const QString fromText = snapshot && !str(snapshot->body, sourceFlex ? "mongoDBVersion" : "mongodVersion").isEmpty()
                                 ? str(snapshot->body, sourceFlex ? "mongoDBVersion" : "mongodVersion")
                                 : str(source.body, "mongoDBVersion");
    const MongoVersion from = MongoVersion::parse(fromText);
    const MongoVersion to = MongoVersion::parse(str(target.body, "mongoDBVersion"));
    if (!from.isValid() || !to.isValid()) return std::nullopt;
    const QString fcv = sourceFlex ? QString() : pinnedFcvAt(source, QDateTime::fromSecsSinceEpoch(at, Qt::UTC));
    if (!fcv.isEmpty()) {
        const MongoVersion pinned = MongoVersion::parse(fcv);
        if (pinned.isValid() && pinned.major != to.major)
            return refuse(400, "RESTORE_FCV_INCOMPATIBLE",
                          QStringLiteral("The snapshot was taken with featureCompatibilityVersion pinned to %1: it "
                                         "restores only to a cluster on MongoDB %2.x, and %3 runs %4.")
                              .arg(fcv)
                              .arg(pinned.major)
                              .arg(nameOf(&target), to.toString()));
        return std::nullopt;
    }
    const bool sameMajor = to.major == from.major && to.minor >= from.minor;
    const bool nextMajor = to.major == from.major + 1;
    if (!sameMajor && !nextMajor)
        return refuse(400, "RESTORE_VERSION_INCOMPATIBLE",
                      QStringLiteral("A snapshot of MongoDB %1 restores to the same major version with an equal or "
                                     "higher minor version, or to the next major version; %2 runs %3.")
                          .arg(from.toString(), nameOf(&target), to.toString()));
    return std::nullopt;
}

std::optional<Reply> checkTopology(const Record &source, const Record &target, bool sourceFlex)
{
    const bool fromSharded = !sourceFlex && isSharded(source);
    const bool toSharded = isSharded(target);
    if (fromSharded && !toSharded)
        return refuse(400, "SHARDED_CLUSTER_CANT_BECOME_REPLICA_SET",
                      QStringLiteral("A snapshot of the sharded cluster %1 cannot be restored to the replica set %2.")
                          .arg(nameOf(&source), nameOf(&target)));
    if (!fromSharded && toSharded)
        return refuse(400, "RESTORE_TOPOLOGY_MISMATCH",
                      QStringLiteral("A replica set snapshot cannot be restored to the sharded cluster %1.")
                          .arg(nameOf(&target)));
    if (!fromSharded) return std::nullopt;
    const int from = source.body.value(QLatin1String("shards")).toInt(1);
    const int to = target.body.value(QLatin1String("shards")).toInt(1);
    if (from != to)
        return refuse(400, "RESTORE_SHARD_COUNT_MISMATCH",
                      QStringLiteral("The snapshot has %1 shards and %2 has %3: a sharded restore needs the same "
                                     "number of shards.")
                          .arg(from)
                          .arg(nameOf(&target))
                          .arg(to));
    if (str(source.body, "configServerType") != str(target.body, "configServerType"))
        return refuse(
            400, "RESTORE_CONFIG_SERVER_TYPE_MISMATCH",
            QStringLiteral("The snapshot's config server is %1 and %2's is %3: they must be the same type.")
                .arg(str(source.body, "configServerType"), nameOf(&target), str(target.body, "configServerType")));
    return std::nullopt;
}

std::optional<Reply> checkEncryption(const Record &source, const Record *snapshot, const Record &target)
{
    const bool encrypted =
        snapshot ? snapshot->body.contains(QLatin1String("masterKeyUUID")) : encryption(source) != u"NONE";
    const QString to = encryption(target);
    if (!encrypted && to != u"NONE")
        return refuse(400, "INVALID_SNAPSHOT_RESTORE_ENCRYPTION",
                      QStringLiteral("Can't restore a non-encrypted snapshot to a cluster with Encryption at Rest "
                                     "enabled (%1 uses %2).")
                          .arg(nameOf(&target), to));
    if (encrypted && to != encryption(source))
        return refuse(400, "INVALID_SNAPSHOT_RESTORE_ENCRYPTION",
                      to == u"NONE"
                          ? QStringLiteral("Target cluster %1 doesn't have encryption enabled.").arg(nameOf(&target))
                          : QStringLiteral("Encryption provider of target cluster %1 (%2) doesn't match the "
                                           "selected snapshot's encryption provider (%3).")
                                .arg(nameOf(&target), to, encryption(source)));
    return std::nullopt;
}

// When the last restore onto `cluster` that started at or before `t` began, and when its
// blackout ends (the first completed snapshot after it finished; none: it has not ended).
std::optional<Reply> checkBlackout(const State &state, const Record &cluster, qint64 t)
{
    const QString name = nameOf(&cluster);
    for (const Record *job : state.all(Kind::RestoreJob)) {
        const QJsonObject &j = job->body;
        if (str(j, "deliveryType") == u"download" || j.value(QLatin1String("cancelled")).toBool()) continue;
        if (str(j, "targetGroupId") != cluster.groupId || str(j, "targetClusterName") != name) continue;
        const Record *t0 = state.find(Kind::RestoreTask, job->id);
        const qint64 start = t0 ? num(t0->body, "createdAt") : parseIsoTime(str(j, "timestamp")).toSecsSinceEpoch();
        if (t < start) continue;
        const QDateTime finished = parseIsoTime(str(j, "finishedAt"));
        qint64 end = -1;  // no snapshot after it yet: the blackout lasts
        if (finished.isValid())
            for (const Record *s : state.list(Kind::Snapshot, cluster.groupId, name)) {
                const qint64 at = task::snapshotTime(*s).toSecsSinceEpoch();
                if (at >= finished.toSecsSinceEpoch() && str(s->body, "status") == u"completed" &&
                    (end < 0 || at < end))
                    end = at;
            }
        if (end < 0 || t < end)
            return refuse(404, "UNABLE_T0_FIND_SNAPSHOT_PRIOR_TO_PIT_RESTORE_OPTIME",
                          QStringLiteral("Unable to find snapshot prior to pit restore optime: %1 was restored onto "
                                         "at %2 and no snapshot was taken after that restore before %3.")
                              .arg(name, isoTime(QDateTime::fromSecsSinceEpoch(start, Qt::UTC)),
                                   isoTime(QDateTime::fromSecsSinceEpoch(t, Qt::UTC))));
    }
    return std::nullopt;
}

std::optional<Reply> checkPointInTime(const State &state, const Record &source, qint64 t, const QDateTime &now)
{
    if (!source.body.value(QLatin1String("pitEnabled")).toBool())
        return refuse(400, "CONTINUOUS_BACKUP_NOT_ENABLED",
                      QStringLiteral("Continuous Cloud Backup is not enabled for cluster %1: a point-in-time restore "
                                     "needs it.")
                          .arg(nameOf(&source)));
    const int days =
        source.body.value(QLatin1String("schedule")).toObject().value(QLatin1String("restoreWindowDays")).toInt(7);
    const qint64 earliest = now.toSecsSinceEpoch() - qint64(days) * 86400;
    if (t > now.toSecsSinceEpoch() || t < earliest)
        return refuse(400, "INVALID_PIT_RESTORE_TIME",
                      QStringLiteral("Please provide a valid UTC time or an operation time (ts): %1 is outside the "
                                     "restore window of %2 (%3 to %4).")
                          .arg(isoTime(QDateTime::fromSecsSinceEpoch(t, Qt::UTC)), nameOf(&source),
                               isoTime(QDateTime::fromSecsSinceEpoch(earliest, Qt::UTC)), isoTime(now)));
    if (auto blackout = checkBlackout(state, source, t)) return blackout;
    if (!snapshotAtOrBefore(state, source, t))
        return refuse(404, "UNABLE_T0_FIND_SNAPSHOT_PRIOR_TO_PIT_RESTORE_OPTIME",
                      QStringLiteral("Unable to find snapshot prior to pit restore optime %1.")
                          .arg(isoTime(QDateTime::fromSecsSinceEpoch(t, Qt::UTC))));
    return std::nullopt;
}

}  // namespace

const Record *snapshotAtOrBefore(const State &state, const Record &cluster, qint64 t)
{
    for (const Record *s : state.list(Kind::Snapshot, cluster.groupId, nameOf(&cluster)))  // newest first
        if (str(s->body, "status") == u"completed" && task::snapshotTime(*s).toSecsSinceEpoch() <= t) return s;
    return nullptr;
}

QString pinnedFcvAt(const Record &cluster, const QDateTime &t)
{
    const QDateTime expiry = parseIsoTime(str(cluster.body, "featureCompatibilityVersionExpirationDate"));
    if (!expiry.isValid()) return QString();
    QDateTime start = parseIsoTime(str(cluster.body, "fcvPinnedAt"));
    if (!start.isValid()) start = expiry.addDays(-28);
    return t >= start && t <= expiry ? str(cluster.body, "featureCompatibilityVersion") : QString();
}

std::optional<Reply> checkRestore(const State &state, const RestoreAsk &ask)
{
    using K = RestoreAsk::Kind;
    const Record &source = *ask.source;
    const bool sourceFlex = ask.kind == K::Flex;
    if (ask.snapshot) {
        const QString st = str(ask.snapshot->body, "status");
        if (st != u"completed" && st != u"COMPLETED")
            return ask.kind == K::Download
                       ? refuse(409, "CANNOT_DOWNLOAD_INCOMPLETE_SNAPSHOT",
                                QStringLiteral("Cannot download incomplete cluster snapshot %1 (%2).")
                                    .arg(ask.snapshot->id, st))
                       : refuse(409, "CANNOT_START_RESTORE_JOB_FOR_INCOMPLETE_CLUSTER_SNAPSHOT",
                                QStringLiteral("Cannot start restore job for incomplete cluster snapshot %1 (%2).")
                                    .arg(ask.snapshot->id, st));
        if (ask.kind == K::Collection && str(ask.snapshot->body, "snapshotType") == u"fallback")
            return refuse(400, "COLLECTION_RESTORE_FALLBACK_SNAPSHOT_NOT_SUPPORTED",
                          QStringLiteral("Snapshot %1 is a fallback snapshot: databases and collections cannot be "
                                         "restored from it.")
                              .arg(ask.snapshot->id));
    }
    if (ask.kind == K::PointInTime || (ask.kind == K::Collection && ask.pit >= 0))
        if (auto r = checkPointInTime(state, source, ask.pit, ask.now)) return r;
    if (!ask.target) return std::nullopt;  // a download: nothing more

    const Record &target = *ask.target;
    if (!ask.targetFlex && str(target.body, "instanceSize") == u"M0")
        return refuse(
            400, "TENANT_CLUSTER_NOT_SUPPORTED",
            QStringLiteral("The free cluster %1 (M0) cannot be the target of a restore.").arg(nameOf(&target)));
    if (ask.targetFlex && ask.kind != K::Flex)
        return refuse(400, "CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API",
                      QStringLiteral("Flex cluster %1 cannot be used in the Cluster API: only a Flex snapshot "
                                     "restores to a Flex cluster.")
                          .arg(nameOf(&target)));
    if (target.body.value(QLatin1String("paused")).toBool())
        return refuse(400, "CLUSTER_PAUSED_CANNOT_RESTORE",
                      QStringLiteral("Backup restore cannot occur on a paused cluster. Please unpause the target "
                                     "cluster %1 or choose another target cluster.")
                          .arg(nameOf(&target)));
    if (!task::runningOnto(state, target.id).isEmpty())
        return refuse(
            409, "ATLAS_CLUSTER_RESTORE_IN_PROGRESS",
            QStringLiteral("Cluster restore already in progress: a restore onto %1 is running.").arg(nameOf(&target)));
    if (ask.kind == K::Collection) {
        for (const QString &id : {source.id, target.id})
            if (!task::collectionRunningOn(state, id).isEmpty())
                return refuse(409, "ATLAS_CLUSTER_RESTORE_IN_PROGRESS",
                              QStringLiteral("Cluster restore already in progress: a collection restore job is "
                                             "running on %1; one runs at a time per cluster.")
                                  .arg(nameOf(state.find(Kind::Cluster, id))));
    }
    const qint64 at = ask.pit >= 0 || !ask.snapshot ? ask.pit : task::snapshotTime(*ask.snapshot).toSecsSinceEpoch();
    if (auto r = checkVersions(source, ask.snapshot, at, target, sourceFlex)) return r;
    if (ask.kind == K::Collection) return std::nullopt;  // a logical restore: any topology and key
    if (sourceFlex) {
        if (!ask.targetFlex && isSharded(target))
            return refuse(400, "RESTORE_TOPOLOGY_MISMATCH",
                          QStringLiteral("A Flex snapshot restores to a Flex cluster or a replica set, not to the "
                                         "sharded cluster %1.")
                              .arg(nameOf(&target)));
        return std::nullopt;
    }
    if (auto r = checkTopology(source, target, false)) return r;
    return checkEncryption(source, ask.snapshot, target);
}

}  // namespace sandbox
