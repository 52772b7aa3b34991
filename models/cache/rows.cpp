#include "cache/rows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lifeboat::cache {

using namespace lifeboat::domain;

namespace {

QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonArray arrayFrom(const QString &text)
{
    if (text.isEmpty() || text == u"[]") return QJsonArray();
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isArray() ? doc.array() : QJsonArray();
}

QJsonObject objectFrom(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isObject() ? doc.object() : QJsonObject();
}

// Policy items are stored in the API's shape.
QJsonObject itemJson(const PolicyItem &i)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("frequencyType"), frequencyName(i.frequency)},
            {QStringLiteral("frequencyInterval"), i.interval},
            {QStringLiteral("retentionUnit"), retentionUnitName(i.unit)},
            {QStringLiteral("retentionValue"), i.value}};
}

PolicyItem itemFromJson(const QJsonObject &o)
{
    PolicyItem i;
    i.id = o.value(QLatin1String("id")).toString();
    i.frequency = frequencyFromName(o.value(QLatin1String("frequencyType")).toString());
    i.interval = o.value(QLatin1String("frequencyInterval")).toInt();
    i.unit = retentionUnitFromName(o.value(QLatin1String("retentionUnit")).toString());
    i.value = o.value(QLatin1String("retentionValue")).toInt();
    return i;
}

QJsonArray itemsJson(const QList<PolicyItem> &items)
{
    QJsonArray a;
    for (const auto &i : items) a.append(itemJson(i));
    return a;
}

QList<PolicyItem> itemsFromJson(const QJsonArray &a)
{
    QList<PolicyItem> items;
    for (const QJsonValue &v : a) items.append(itemFromJson(v.toObject()));
    return items;
}

// --- One value <-> one column ---
void put(Statement &s, int i, const QString &v)
{
    s.bind(i, v);
}
void put(Statement &s, int i, const QDateTime &v)
{
    s.bind(i, v);
}
void put(Statement &s, int i, bool v)
{
    s.bind(i, v);
}
void put(Statement &s, int i, int v)
{
    s.bind(i, v);
}
void put(Statement &s, int i, qint64 v)
{
    s.bind(i, v);
}
void put(Statement &s, int i, double v)
{
    s.bind(i, v);
}
void put(Statement &s, int i, const std::optional<qint64> &v)
{
    s.bind(i, v);
}
void put(Statement &s, int i, const QStringList &v)
{
    s.bind(i, toJson(v));
}
template <typename E>
void put(Statement &s, int i, const Tagged<E> &v)
{
    s.bind(i, v.raw);
}

void get(const Statement &s, int c, QString &v)
{
    v = s.text(c);
}
void get(const Statement &s, int c, QDateTime &v)
{
    v = s.dateTime(c);
}
void get(const Statement &s, int c, bool &v)
{
    v = s.boolean(c);
}
void get(const Statement &s, int c, int &v)
{
    v = int(s.integer(c));
}
void get(const Statement &s, int c, qint64 &v)
{
    v = s.integer(c);
}
void get(const Statement &s, int c, double &v)
{
    v = s.real(c);
}
void get(const Statement &s, int c, std::optional<qint64> &v)
{
    v = s.optionalInteger(c);
}
void get(const Statement &s, int c, QStringList &v)
{
    v = listFrom(s.text(c));
}
void get(const Statement &s, int c, Tagged<SnapshotStatus> &v)
{
    v = parseSnapshotStatus(s.text(c));
}
void get(const Statement &s, int c, Tagged<SnapshotType> &v)
{
    v = parseSnapshotType(s.text(c));
}
void get(const Statement &s, int c, Tagged<Frequency> &v)
{
    v = parseFrequency(s.text(c));
}
void get(const Statement &s, int c, Tagged<ClusterType> &v)
{
    v = parseClusterType(s.text(c));
}
void get(const Statement &s, int c, Tagged<ClusterState> &v)
{
    v = parseClusterState(s.text(c));
}
void get(const Statement &s, int c, Tagged<FlexJobStatus> &v)
{
    v = parseFlexJobStatus(s.text(c));
}
void get(const Statement &s, int c, Tagged<DeliveryType> &v)
{
    v = parseDeliveryType(s.text(c));
}
void get(const Statement &s, int c, Tagged<ComplianceState> &v)
{
    v = parseComplianceState(s.text(c));
}
void get(const Statement &s, int c, Tagged<CollectionRestoreState> &v)
{
    v = parseCollectionRestoreState(s.text(c));
}

// A field bound straight to a member.
template <typename T, auto Member>
Field<T> f(const char *column)
{
    return {column, [](Statement &s, int i, const T &v) { put(s, i, v.*Member); },
            [](const Statement &s, int c, T &v) { get(s, c, v.*Member); }};
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list) out.append(QLatin1String(n));
    return out;
}

}  // namespace

// A JSON array of strings, written directly: this runs once or twice per cached
// snapshot, and a QJsonDocument round trip per row is a large part of a sync's write.
QString toJson(const QStringList &list)
{
    if (list.isEmpty()) return QStringLiteral("[]");
    QString out;
    out.reserve(2 + list.size() * 28);
    out += u'[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i) out += u',';
        out += u'"';
        for (const QChar c : list[i]) {
            if (c == u'"' || c == u'\\') {
                out += u'\\';
                out += c;
            } else if (c.unicode() < 0x20) {
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
        out += u'"';
    }
    out += u']';
    return out;
}

QStringList listFrom(const QString &text)
{
    QStringList out;
    if (text.isEmpty() || text == u"[]") return out;
    for (const QJsonValue &v : arrayFrom(text)) out.append(v.toString());
    return out;
}

QList<PolicyItem> policyItemsFrom(const QString &schedulePoliciesJson)
{
    QList<PolicyItem> items;
    for (const QJsonValue &v : arrayFrom(schedulePoliciesJson))
        items += itemsFromJson(v.toObject().value(QLatin1String("policyItems")).toArray());
    return items;
}

const RowCodec<Organization> &organizationRows()
{
    using O = Organization;
    static const RowCodec<O> codec{QStringLiteral("orgs"),
                                   {},
                                   names({"id"}),
                                   {f<O, &O::id>("id"), f<O, &O::name>("name"), f<O, &O::isDeleted>("is_deleted"),
                                    f<O, &O::syncedAt>("synced_at")}};
    return codec;
}

const RowCodec<Project> &projectRows()
{
    using P = Project;
    static const RowCodec<P> codec{QStringLiteral("projects"),
                                   {},
                                   names({"id"}),
                                   {f<P, &P::id>("id"), f<P, &P::orgId>("org_id"), f<P, &P::name>("name"),
                                    f<P, &P::clusterCount>("cluster_count"), f<P, &P::created>("created"),
                                    f<P, &P::syncedAt>("synced_at")}};
    return codec;
}

const RowCodec<Cluster> &clusterRows()
{
    using C = Cluster;
    static const RowCodec<C> codec{QStringLiteral("clusters"),
                                   names({"group_id"}),
                                   names({"group_id", "name"}),
                                   {f<C, &C::name>("name"),
                                    f<C, &C::id>("id"),
                                    f<C, &C::clusterType>("cluster_type"),
                                    f<C, &C::mongoDBVersion>("mongodb_version"),
                                    f<C, &C::mongoDBMajorVersion>("mongodb_major_version"),
                                    f<C, &C::featureCompatibilityVersion>("fcv"),
                                    f<C, &C::featureCompatibilityVersionExpirationDate>("fcv_expiration"),
                                    f<C, &C::backupEnabled>("backup_enabled"),
                                    f<C, &C::pitEnabled>("pit_enabled"),
                                    f<C, &C::encryptionAtRestProvider>("ear_provider"),
                                    f<C, &C::stateName>("state_name"),
                                    f<C, &C::configServerType>("config_server_type"),
                                    f<C, &C::paused>("paused"),
                                    f<C, &C::createDate>("create_date"),
                                    f<C, &C::shardCount>("shard_count"),
                                    f<C, &C::providerName>("provider_name"),
                                    f<C, &C::backingProviderName>("backing_provider_name"),
                                    f<C, &C::regionName>("region_name"),
                                    f<C, &C::instanceSize>("instance_size"),
                                    f<C, &C::standardSrv>("standard_srv"),
                                    f<C, &C::syncedAt>("synced_at")}};
    return codec;
}

const RowCodec<FlexCluster> &flexClusterRows()
{
    using F = FlexCluster;
    static const RowCodec<F> codec{
        QStringLiteral("flex_clusters"),
        names({"group_id"}),
        names({"group_id", "name"}),
        {f<F, &F::name>("name"), f<F, &F::id>("id"), f<F, &F::mongoDBVersion>("mongodb_version"),
         f<F, &F::stateName>("state_name"), f<F, &F::backingProviderName>("backing_provider_name"),
         f<F, &F::regionName>("region_name"), f<F, &F::diskSizeGB>("disk_size_gb"),
         f<F, &F::backupEnabled>("backup_enabled"), f<F, &F::terminationProtectionEnabled>("termination_protection"),
         f<F, &F::createDate>("create_date"), f<F, &F::syncedAt>("synced_at")}};
    return codec;
}

namespace {
void putMembers(Statement &s, int i, const Snapshot &n)
{
    if (n.members.isEmpty()) {
        s.bind(i, QStringLiteral("[]"));
        return;
    }
    QJsonArray members;
    for (const SnapshotMember &m : n.members)
        members.append(QJsonObject{{QStringLiteral("id"), m.id},
                                   {QStringLiteral("cloudProvider"), m.cloudProvider},
                                   {QStringLiteral("replicaSetName"), m.replicaSetName}});
    s.bind(i, jsonText(members));
}

void getMembers(const Statement &s, int c, Snapshot &n)
{
    n.members.clear();
    for (const QJsonValue &v : arrayFrom(s.text(c))) {
        const QJsonObject m = v.toObject();
        n.members.append({m.value(QLatin1String("id")).toString(), m.value(QLatin1String("cloudProvider")).toString(),
                          m.value(QLatin1String("replicaSetName")).toString()});
    }
}
}  // namespace

const RowCodec<Snapshot> &snapshotRows()
{
    using S = Snapshot;
    static const RowCodec<S> codec{QStringLiteral("snapshots"),
                                   names({"group_id", "cluster_name"}),
                                   names({"group_id", "cluster_name", "id"}),
                                   {f<S, &S::id>("id"),
                                    f<S, &S::createdAt>("created_at"),
                                    f<S, &S::expiresAt>("expires_at"),
                                    f<S, &S::status>("status"),
                                    f<S, &S::snapshotType>("snapshot_type"),
                                    f<S, &S::frequencyType>("frequency_type"),
                                    f<S, &S::policyItems>("policy_items"),
                                    f<S, &S::storageSizeBytes>("storage_size_bytes"),
                                    f<S, &S::mongodVersion>("mongod_version"),
                                    f<S, &S::masterKeyUUID>("master_key_uuid"),
                                    f<S, &S::copyRegions>("copy_regions"),
                                    f<S, &S::description>("description"),
                                    f<S, &S::replicaSetName>("replica_set_name"),
                                    f<S, &S::type>("type"),
                                    f<S, &S::cloudProvider>("cloud_provider"),
                                    f<S, &S::configServerType>("config_server_type"),
                                    {"members", putMembers, getMembers},
                                    f<S, &S::snapshotIds>("snapshot_ids"),
                                    f<S, &S::syncedAt>("synced_at")}};
    return codec;
}

const RowCodec<FlexSnapshot> &flexSnapshotRows()
{
    using S = FlexSnapshot;
    static const RowCodec<S> codec{QStringLiteral("flex_snapshots"),
                                   names({"group_id", "cluster_name"}),
                                   names({"group_id", "cluster_name", "id"}),
                                   {f<S, &S::id>("id"), f<S, &S::scheduledTime>("scheduled_time"),
                                    f<S, &S::startTime>("start_time"), f<S, &S::finishTime>("finish_time"),
                                    f<S, &S::expiration>("expiration"), f<S, &S::mongoDBVersion>("mongodb_version"),
                                    f<S, &S::status>("status"), f<S, &S::syncedAt>("synced_at")}};
    return codec;
}

namespace {
void putPolicies(Statement &s, int i, const BackupSchedule &b)
{
    QJsonArray policies;
    for (const SchedulePolicy &p : b.policies)
        policies.append(
            QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("policyItems"), itemsJson(p.policyItems)}});
    s.bind(i, jsonText(policies));
}

void getPolicies(const Statement &s, int c, BackupSchedule &b)
{
    b.policies.clear();
    for (const QJsonValue &v : arrayFrom(s.text(c))) {
        const QJsonObject p = v.toObject();
        b.policies.append(
            {p.value(QLatin1String("id")).toString(), itemsFromJson(p.value(QLatin1String("policyItems")).toArray())});
    }
}

void putCopies(Statement &s, int i, const BackupSchedule &b)
{
    QJsonArray copies;
    for (const CopySetting &c : b.copySettings)
        copies.append(QJsonObject{{QStringLiteral("cloudProvider"), c.cloudProvider},
                                  {QStringLiteral("regionName"), c.regionName},
                                  {QStringLiteral("zoneId"), c.zoneId},
                                  {QStringLiteral("frequencies"), QJsonArray::fromStringList(c.frequencies)},
                                  {QStringLiteral("shouldCopyOplogs"), c.shouldCopyOplogs}});
    s.bind(i, jsonText(copies));
}

void getCopies(const Statement &s, int c, BackupSchedule &b)
{
    b.copySettings.clear();
    for (const QJsonValue &v : arrayFrom(s.text(c))) {
        const QJsonObject o = v.toObject();
        CopySetting copy;
        copy.cloudProvider = o.value(QLatin1String("cloudProvider")).toString();
        copy.regionName = o.value(QLatin1String("regionName")).toString();
        copy.zoneId = o.value(QLatin1String("zoneId")).toString();
        for (const QJsonValue &fr : o.value(QLatin1String("frequencies")).toArray())
            copy.frequencies.append(fr.toString());
        copy.shouldCopyOplogs = o.value(QLatin1String("shouldCopyOplogs")).toBool();
        b.copySettings.append(copy);
    }
}
void putExport(Statement &s, int i, const BackupSchedule &b)
{
    s.bind(i, jsonText(QJsonObject{{QStringLiteral("exportBucketId"), b.exportPolicy.exportBucketId},
                                   {QStringLiteral("frequencyType"), b.exportPolicy.frequencyType}}));
}

void getExport(const Statement &s, int c, BackupSchedule &b)
{
    const QJsonObject o = QJsonDocument::fromJson(s.text(c).toUtf8()).object();
    b.exportPolicy.exportBucketId = o.value(QLatin1String("exportBucketId")).toString();
    b.exportPolicy.frequencyType = o.value(QLatin1String("frequencyType")).toString();
}
}  // namespace

const RowCodec<BackupSchedule> &scheduleRows()
{
    using B = BackupSchedule;
    static const RowCodec<B> codec{QStringLiteral("schedules"),
                                   names({"group_id", "cluster_name"}),
                                   names({"group_id", "cluster_name"}),
                                   {f<B, &B::clusterId>("cluster_id"),
                                    f<B, &B::referenceHourOfDay>("reference_hour"),
                                    f<B, &B::referenceMinuteOfHour>("reference_minute"),
                                    f<B, &B::restoreWindowDays>("restore_window_days"),
                                    f<B, &B::nextSnapshot>("next_snapshot"),
                                    {"policies", putPolicies, getPolicies},
                                    {"copy_settings", putCopies, getCopies},
                                    f<B, &B::autoExportEnabled>("auto_export_enabled"),
                                    {"export_policy", putExport, getExport},
                                    f<B, &B::syncedAt>("synced_at")}};
    return codec;
}

namespace {
void putOnDemand(Statement &s, int i, const CompliancePolicy &p)
{
    if (p.onDemandPolicyItem)
        s.bind(i, jsonText(itemJson(*p.onDemandPolicyItem)));
    else
        s.bindNull(i);
}

void getOnDemand(const Statement &s, int c, CompliancePolicy &p)
{
    p.onDemandPolicyItem.reset();
    if (!s.isNull(c)) p.onDemandPolicyItem = itemFromJson(objectFrom(s.text(c)));
}

void putScheduled(Statement &s, int i, const CompliancePolicy &p)
{
    s.bind(i, jsonText(itemsJson(p.scheduledPolicyItems)));
}

void getScheduled(const Statement &s, int c, CompliancePolicy &p)
{
    p.scheduledPolicyItems = itemsFromJson(arrayFrom(s.text(c)));
}
}  // namespace

const RowCodec<CompliancePolicy> &complianceRows()
{
    using P = CompliancePolicy;
    static const RowCodec<P> codec{QStringLiteral("compliance_policies"),
                                   names({"group_id", "present"}),
                                   names({"group_id"}),
                                   {f<P, &P::authorizedEmail>("authorized_email"),
                                    f<P, &P::authorizedUserFirstName>("first_name"),
                                    f<P, &P::authorizedUserLastName>("last_name"),
                                    f<P, &P::copyProtectionEnabled>("copy_protection"),
                                    f<P, &P::encryptionAtRestEnabled>("ear_enabled"),
                                    f<P, &P::pitEnabled>("pit_enabled"),
                                    f<P, &P::deletable>("deletable"),
                                    f<P, &P::restoreWindowDays>("restore_window_days"),
                                    {"on_demand_item", putOnDemand, getOnDemand},
                                    {"scheduled_items", putScheduled, getScheduled},
                                    f<P, &P::state>("state"),
                                    f<P, &P::updatedDate>("updated_date"),
                                    f<P, &P::updatedUser>("updated_user"),
                                    f<P, &P::syncedAt>("synced_at")}};
    return codec;
}

const RowCodec<RestoreJob> &restoreJobRows()
{
    using J = RestoreJob;
    static const RowCodec<J> codec{QStringLiteral("restore_jobs"),
                                   names({"group_id", "cluster_name"}),
                                   names({"group_id", "cluster_name", "id"}),
                                   {f<J, &J::id>("id"),
                                    f<J, &J::snapshotId>("snapshot_id"),
                                    f<J, &J::deliveryType>("delivery_type"),
                                    f<J, &J::targetClusterName>("target_cluster_name"),
                                    f<J, &J::targetGroupId>("target_group_id"),
                                    f<J, &J::cancelled>("cancelled"),
                                    f<J, &J::expired>("expired"),
                                    f<J, &J::failed>("failed"),
                                    f<J, &J::expiresAt>("expires_at"),
                                    f<J, &J::finishedAt>("finished_at"),
                                    f<J, &J::timestamp>("timestamp"),
                                    f<J, &J::pointInTimeUTCSeconds>("pit_seconds"),
                                    f<J, &J::oplogTs>("oplog_ts"),
                                    f<J, &J::oplogInc>("oplog_inc"),
                                    f<J, &J::componentReplicaSets>("components"),
                                    f<J, &J::syncedAt>("synced_at"),
                                    f<J, &J::firstSeenAt>("first_seen_at"),
                                    f<J, &J::snapshotSizeBytes>("snapshot_size_bytes"),
                                    f<J, &J::kindNote>("kind_note"),
                                    f<J, &J::deliveryUrlCount>("delivery_url_count")}};
    return codec;
}

const RowCodec<FlexRestoreJob> &flexRestoreJobRows()
{
    using J = FlexRestoreJob;
    static const RowCodec<J> codec{
        QStringLiteral("flex_restore_jobs"),
        names({"group_id", "cluster_name"}),
        names({"group_id", "cluster_name", "id"}),
        {f<J, &J::id>("id"), f<J, &J::snapshotId>("snapshot_id"),
         f<J, &J::targetDeploymentItemName>("target_deployment"), f<J, &J::targetProjectId>("target_project_id"),
         f<J, &J::status>("status"), f<J, &J::deliveryType>("delivery_type"),
         f<J, &J::restoreScheduledDate>("scheduled_date"), f<J, &J::restoreFinishedDate>("finished_date"),
         f<J, &J::expirationDate>("expiration_date"), f<J, &J::snapshotFinishedDate>("snapshot_finished_date"),
         f<J, &J::syncedAt>("synced_at")}};
    return codec;
}

const RowCodec<CollectionRestoreJob> &collectionRestoreJobRows()
{
    using J = CollectionRestoreJob;
    static const RowCodec<J> codec{
        QStringLiteral("collection_restore_jobs"),
        names({"group_id", "cluster_name"}),
        names({"group_id", "cluster_name", "id"}),
        {f<J, &J::id>("id"), f<J, &J::snapshotId>("snapshot_id"), f<J, &J::pointInTimeUTCSeconds>("pit_seconds"),
         f<J, &J::oplogTs>("oplog_ts"), f<J, &J::oplogInc>("oplog_inc"), f<J, &J::targetGroupId>("target_group_id"),
         f<J, &J::targetClusterName>("target_cluster_name"), f<J, &J::state>("state"),
         f<J, &J::createdAt>("created_at"), f<J, &J::finishedAt>("finished_at"),
         f<J, &J::errorMessage>("error_message"), f<J, &J::restoredDocuments>("restored_documents"),
         f<J, &J::totalDocuments>("total_documents"), f<J, &J::writeStrategy>("write_strategy"),
         f<J, &J::indexStrategy>("index_strategy"), f<J, &J::firstSeenAt>("first_seen_at"),
         f<J, &J::syncedAt>("synced_at")}};
    return codec;
}

const RowCodec<FcvPin> &fcvPinRows()
{
    using P = FcvPin;
    static const RowCodec<P> codec{QStringLiteral("fcv_pins"),
                                   names({"group_id", "cluster_name"}),
                                   names({"group_id", "cluster_name", "fcv", "expiry"}),
                                   {f<P, &P::fcv>("fcv"), f<P, &P::firstSeen>("first_seen"), f<P, &P::start>("start"),
                                    f<P, &P::expiry>("expiry")}};
    return codec;
}

namespace {
// seq 0 binds NULL: SQLite then gives the next number (INTEGER PRIMARY KEY AUTOINCREMENT).
void putSeq(Statement &s, int i, const RestoreAuditEntry &a)
{
    if (a.seq > 0)
        s.bind(i, a.seq);
    else
        s.bindNull(i);
}
void getSeq(const Statement &s, int c, RestoreAuditEntry &a)
{
    a.seq = s.integer(c);
}
}  // namespace

const RowCodec<RestoreAuditEntry> &restoreAuditRows()
{
    using A = RestoreAuditEntry;
    static const RowCodec<A> codec{QStringLiteral("restore_audit"),
                                   {},
                                   names({"seq"}),
                                   {{"seq", putSeq, getSeq},
                                    f<A, &A::at>("at"),
                                    f<A, &A::profile>("profile"),
                                    f<A, &A::kind>("kind"),
                                    f<A, &A::sourceGroupId>("source_group_id"),
                                    f<A, &A::sourceClusterName>("source_cluster"),
                                    f<A, &A::targetGroupId>("target_group_id"),
                                    f<A, &A::targetClusterName>("target_cluster"),
                                    f<A, &A::snapshotId>("snapshot_id"),
                                    f<A, &A::pit>("pit"),
                                    f<A, &A::reason>("reason"),
                                    f<A, &A::jobId>("job_id"),
                                    f<A, &A::outcome>("outcome")}};
    return codec;
}

}  // namespace lifeboat::cache
