#include "domain/tagged.h"

#include <initializer_list>
#include <utility>

namespace lifeboat::domain {

namespace {

// "inProgress", "IN_PROGRESS", "in-progress" -> "inprogress": real answers vary in case.
QString normalized(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    for (QChar c : raw) {
        if (c == u'_' || c == u'-' || c.isSpace()) continue;
        out.append(c.toLower());
    }
    return out;
}

template <typename E>
Tagged<E> lookup(const QString &raw, std::initializer_list<std::pair<const char16_t *, E>> known)
{
    Tagged<E> t;
    t.raw = raw;
    const QString n = normalized(raw);
    for (const auto &[name, value] : known) {
        if (n == QStringView(name)) {
            t.value = value;
            break;
        }
    }
    return t;
}

}  // namespace

Tagged<SnapshotStatus> parseSnapshotStatus(const QString &raw)
{
    return lookup<SnapshotStatus>(raw, {{u"queued", SnapshotStatus::Queued},
                                        {u"inprogress", SnapshotStatus::InProgress},
                                        {u"completed", SnapshotStatus::Completed},
                                        {u"failed", SnapshotStatus::Failed}});
}

Tagged<SnapshotType> parseSnapshotType(const QString &raw)
{
    return lookup<SnapshotType>(raw, {{u"ondemand", SnapshotType::OnDemand},
                                      {u"scheduled", SnapshotType::Scheduled},
                                      {u"fallback", SnapshotType::Fallback}});
}

Tagged<ClusterType> parseClusterType(const QString &raw)
{
    return lookup<ClusterType>(raw, {{u"replicaset", ClusterType::ReplicaSet},
                                     {u"sharded", ClusterType::Sharded},
                                     {u"geosharded", ClusterType::GeoSharded}});
}

Tagged<ClusterState> parseClusterState(const QString &raw)
{
    return lookup<ClusterState>(raw, {{u"idle", ClusterState::Idle},
                                      {u"creating", ClusterState::Creating},
                                      {u"updating", ClusterState::Updating},
                                      {u"deleting", ClusterState::Deleting},
                                      {u"repairing", ClusterState::Repairing}});
}

Tagged<FlexJobStatus> parseFlexJobStatus(const QString &raw)
{
    return lookup<FlexJobStatus>(raw, {{u"pending", FlexJobStatus::Pending},
                                       {u"queued", FlexJobStatus::Queued},
                                       {u"running", FlexJobStatus::Running},
                                       {u"failed", FlexJobStatus::Failed},
                                       {u"completed", FlexJobStatus::Completed}});
}

Tagged<DeliveryType> parseDeliveryType(const QString &raw)
{
    return lookup<DeliveryType>(raw, {{u"automated", DeliveryType::Automated},
                                      {u"download", DeliveryType::Download},
                                      {u"pointintime", DeliveryType::PointInTime}});
}

Tagged<ComplianceState> parseComplianceState(const QString &raw)
{
    return lookup<ComplianceState>(raw, {{u"active", ComplianceState::Active},
                                         {u"enabling", ComplianceState::Enabling},
                                         {u"updating", ComplianceState::Updating},
                                         {u"disabling", ComplianceState::Disabling}});
}

Tagged<CollectionRestoreState> parseCollectionRestoreState(const QString &raw)
{
    return lookup<CollectionRestoreState>(raw, {{u"initializing", CollectionRestoreState::Initializing},
                                                {u"inprogress", CollectionRestoreState::InProgress},
                                                {u"finalizing", CollectionRestoreState::Finalizing},
                                                {u"successful", CollectionRestoreState::Successful},
                                                {u"canceled", CollectionRestoreState::Canceled},
                                                {u"cancelled", CollectionRestoreState::Canceled},
                                                {u"failed", CollectionRestoreState::Failed}});
}

Tagged<Frequency> parseFrequency(const QString &raw)
{
    Tagged<Frequency> t;
    t.raw = raw;
    t.value = frequencyFromName(normalized(raw));
    return t;
}

Tagged<RetentionUnit> parseRetentionUnit(const QString &raw)
{
    Tagged<RetentionUnit> t;
    t.raw = raw;
    t.value = retentionUnitFromName(normalized(raw));
    return t;
}

}  // namespace lifeboat::domain
