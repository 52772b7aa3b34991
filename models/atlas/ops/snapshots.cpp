#include "atlas/ops/snapshots.h"

#include "atlas/client.h"
#include "atlas/mediatypes.h"
#include "atlas/ops/endpoints.h"

namespace lifeboat::atlas {

using namespace ops;

namespace {

QString snapshotsPath(const QString &groupId, const QString &clusterName, bool sharded)
{
    return clusterPath(groupId, clusterName) +
           (sharded ? QStringLiteral("/backup/snapshots/shardedClusters") : QStringLiteral("/backup/snapshots"));
}

Endpoint snapshotsEndpoint(const QString &groupId, const QString &clusterName, bool sharded)
{
    return {sharded ? QStringLiteral("listShardedSnapshots") : QStringLiteral("listSnapshots"),
            snapshotsPath(groupId, clusterName, sharded), versions::kDefault};
}

Endpoint flexSnapshotsEndpoint(const QString &groupId, const QString &name)
{
    return {QStringLiteral("listFlexSnapshots"), flexPath(groupId, name) + QStringLiteral("/backup/snapshots"),
            versions::kFlex};
}

auto snapshotMapper(const QString &groupId, const QString &clusterName)
{
    return [groupId, clusterName](const QJsonObject &o) { return mapping::snapshot(o, groupId, clusterName); };
}

auto flexSnapshotMapper(const QString &groupId, const QString &name)
{
    return [groupId, name](const QJsonObject &o) { return mapping::flexSnapshot(o, groupId, name); };
}

}  // namespace

RequestId SnapshotOps::listSnapshots(const QString &groupId, const QString &clusterName, Callback<QList<Snapshot>> done)
{
    return listOf<Snapshot>(m_client, snapshotsEndpoint(groupId, clusterName, false),
                            snapshotMapper(groupId, clusterName), std::move(done));
}

RequestId SnapshotOps::listShardedSnapshots(const QString &groupId, const QString &clusterName,
                                            Callback<QList<Snapshot>> done)
{
    return listOf<Snapshot>(m_client, snapshotsEndpoint(groupId, clusterName, true),
                            snapshotMapper(groupId, clusterName), std::move(done));
}

RequestId SnapshotOps::listSnapshotsFor(const Cluster &cluster, Callback<QList<Snapshot>> done)
{
    return listOf<Snapshot>(m_client, snapshotsEndpoint(cluster.groupId, cluster.name, cluster.isSharded()),
                            snapshotMapper(cluster.groupId, cluster.name), std::move(done));
}

RequestId SnapshotOps::listFlexSnapshots(const QString &groupId, const QString &name,
                                         Callback<QList<FlexSnapshot>> done)
{
    return listOf<FlexSnapshot>(m_client, flexSnapshotsEndpoint(groupId, name), flexSnapshotMapper(groupId, name),
                                std::move(done));
}

RequestId SnapshotOps::listSnapshotsForName(const QString &groupId, const QString &name, Callback<NamedSnapshots> done)
{
    // One id for the lookup and the list, so cancel() stops both.
    const RequestId id = m_client.reserveId();
    auto found = [this, id, groupId, name, done](Result<AnyCluster> c) {
        if (!c.ok()) {
            done({{}, c.error});
            return;
        }
        NamedSnapshots out{c.value, QList<Snapshot>()};
        if (const auto *flex = std::get_if<FlexCluster>(&c.value)) {
            out.snapshots = QList<FlexSnapshot>();
            listOf<FlexSnapshot>(m_client, flexSnapshotsEndpoint(groupId, flex->name),
                                 flexSnapshotMapper(groupId, flex->name),
                                 Callback<QList<FlexSnapshot>>([out, done](Result<QList<FlexSnapshot>> r) mutable {
                                     out.snapshots = std::move(r.value);
                                     done({std::move(out), r.error});
                                 }),
                                 id);
            return;
        }
        const Cluster &cluster = std::get<Cluster>(c.value);
        if (cluster.isFreeTier()) {  // M0: no cloud backup, nothing to ask
            done({std::move(out), {}});
            return;
        }
        listOf<Snapshot>(m_client, snapshotsEndpoint(groupId, cluster.name, cluster.isSharded()),
                         snapshotMapper(groupId, cluster.name),
                         Callback<QList<Snapshot>>([out, done](Result<QList<Snapshot>> r) mutable {
                             out.snapshots = std::move(r.value);
                             done({std::move(out), r.error});
                         }),
                         id);
    };
    m_client.getAnyCluster(id, groupId, name, std::move(found));
    return id;
}

RequestId SnapshotOps::probeSnapshots(const Cluster &cluster, Callback<SnapshotProbe> done)
{
    QUrlQuery probe;
    probe.addQueryItem(QStringLiteral("pageNum"), QStringLiteral("1"));
    probe.addQueryItem(QStringLiteral("itemsPerPage"), QStringLiteral("1"));
    probe.addQueryItem(QStringLiteral("includeCount"), QStringLiteral("true"));
    Endpoint endpoint = snapshotsEndpoint(cluster.groupId, cluster.name, cluster.isSharded());
    endpoint.operation = QStringLiteral("probeSnapshots");
    const QString g = cluster.groupId;
    const QString name = cluster.name;
    return m_client.get(endpoint, probe, [g, name, done = std::move(done)](Result<QByteArray> r) {
        if (!r.ok()) {
            done({{}, r.error});
            return;
        }
        QString why;
        const auto page = mapping::parsePage(r.value, &why);
        if (!page) {
            done({{}, ApiError::invalidResponse(why)});
            return;
        }
        SnapshotProbe p;
        p.totalCount = page->totalCount;
        if (!page->results.isEmpty() && page->results.first().isObject())
            p.newest = mapping::snapshot(page->results.first().toObject(), g, name);
        done({p, {}});
    });
}

RequestId SnapshotOps::takeOnDemandSnapshot(const QString &groupId, const QString &clusterName,
                                            const OnDemandSnapshotRequest &request, Callback<Snapshot> done)
{
    return m_client.send(
        "POST",
        {QStringLiteral("takeOnDemandSnapshot"), snapshotsPath(groupId, clusterName, false), versions::kDefault},
        mapping::compact(mapping::toJson(request)),
        objectOf<Snapshot>(snapshotMapper(groupId, clusterName), std::move(done)));
}

RequestId SnapshotOps::takeOnDemandSnapshot(const QString &groupId, const QString &clusterName,
                                            const QString &description, int retentionDays, Callback<Snapshot> done)
{
    return takeOnDemandSnapshot(groupId, clusterName, OnDemandSnapshotRequest{description, retentionDays},
                                std::move(done));
}

RequestId SnapshotOps::updateSnapshotRetention(const QString &groupId, const QString &clusterName,
                                               const QString &snapshotId, domain::RetentionUnit unit, int value,
                                               Callback<Snapshot> done)
{
    const QJsonObject body{{QLatin1String("retentionUnit"),
                            domain::retentionUnitName(unit).toUpper()},  // BackupSnapshotRetention: DAYS, ...
                           {QLatin1String("retentionValue"), value}};
    return m_client.send(
        "PATCH",
        {QStringLiteral("updateSnapshotRetention"),
         snapshotsPath(groupId, clusterName, false) + u'/' + Transport::segment(snapshotId), versions::kDefault},
        mapping::compact(body), objectOf<Snapshot>(snapshotMapper(groupId, clusterName), std::move(done)));
}

RequestId SnapshotOps::deleteSnapshot(const QString &groupId, const QString &clusterName, const QString &snapshotId,
                                      bool sharded, Callback<bool> done)
{
    const QString path =
        clusterPath(groupId, clusterName) +
        (sharded ? QStringLiteral("/backup/snapshots/shardedCluster/") : QStringLiteral("/backup/snapshots/")) +
        Transport::segment(snapshotId);
    return m_client.send("DELETE", {QStringLiteral("deleteSnapshot"), path, versions::kDefault}, {},
                         [done = std::move(done)](Result<QByteArray> r) {
                             done({r.ok(), r.error});
                         });
}

}  // namespace lifeboat::atlas
