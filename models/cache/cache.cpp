#include "cache/cache.h"

#include "cache/migrations.h"

#include <QFile>
#include <algorithm>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace lifeboat::cache {

namespace {

// BEGIN IMMEDIATE .. COMMIT, rolled back unless committed.
class Transaction {
public:
    explicit Transaction(Database &db) : m_db(db) { m_active = m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); }
    ~Transaction()
    {
        if (m_active) m_db.exec(QStringLiteral("ROLLBACK"));
    }
    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active) return false;
        m_active = false;
        if (m_db.exec(QStringLiteral("COMMIT"))) return true;
        m_db.exec(QStringLiteral("ROLLBACK"));
        return false;
    }

private:
    Database &m_db;
    bool m_active = false;
};

QString toJson(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString toJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

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

QStringList listFrom(const QString &text)
{
    QStringList out;
    if (text.isEmpty() || text == u"[]") return out;
    for (const QJsonValue &v : arrayFrom(text)) out.append(v.toString());
    return out;
}

// Policy items are stored in the API's shape, so the atlas mapping reads them back
// as it read them from the server.
QJsonObject itemJson(const PolicyItem &i)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), i.id);
    o.insert(QStringLiteral("frequencyType"), domain::frequencyName(i.frequency));
    o.insert(QStringLiteral("frequencyInterval"), i.interval);
    o.insert(QStringLiteral("retentionUnit"), domain::retentionUnitName(i.unit));
    o.insert(QStringLiteral("retentionValue"), i.value);
    return o;
}

PolicyItem itemFromJson(const QJsonObject &o)
{
    PolicyItem i;
    i.id = o.value(QLatin1String("id")).toString();
    i.frequency = domain::frequencyFromName(o.value(QLatin1String("frequencyType")).toString());
    i.interval = o.value(QLatin1String("frequencyInterval")).toInt();
    i.unit = domain::retentionUnitFromName(o.value(QLatin1String("retentionUnit")).toString());
    i.value = o.value(QLatin1String("retentionValue")).toInt();
    return i;
}

QList<PolicyItem> itemsFromJson(const QJsonArray &a)
{
    QList<PolicyItem> items;
    for (const QJsonValue &v : a) items.append(itemFromJson(v.toObject()));
    return items;
}

QJsonArray itemsJson(const QList<PolicyItem> &items)
{
    QJsonArray a;
    for (const auto &i : items) a.append(itemJson(i));
    return a;
}

}  // namespace

bool Cache::fail(const QString &what)
{
    m_error = what + QStringLiteral(": ") + m_db.lastError();
    spdlog::error("cache: {}", m_error.toStdString());
    return false;
}

bool Cache::open(const QString &path, Mode mode)
{
    m_path = path;
    m_error.clear();
    m_rebuildReason.clear();
    m_movedAside.clear();
    QString problem;
    const Outcome outcome = openChecked(path, mode, &problem);
    if (outcome == Outcome::Ok) return true;
    if (outcome == Outcome::Failed || mode == Mode::ReadOnly) {
        // Busy, locked or not accessible: not a reason to throw the cache away.
        m_error = problem;
        m_db.close();
        spdlog::error("cache: {}", m_error.toStdString());
        return false;
    }
    return rebuild(path, problem);
}

bool Cache::lastErrorMeansDamage() const
{
    const int primary = m_db.lastCode() & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_FORMAT;
}

Cache::Outcome Cache::openChecked(const QString &path, Mode mode, QString *problem)
{
    const bool readOnly = mode == Mode::ReadOnly;
    if (!m_db.open(path, readOnly)) {
        *problem = QStringLiteral("cannot open: ") + m_db.lastError();
        return lastErrorMeansDamage() ? Outcome::Damaged : Outcome::Failed;
    }
    // quick_check also catches a file that is not a database at all (SQLITE_NOTADB).
    const auto check = m_db.scalarText(QStringLiteral("PRAGMA quick_check"));
    if (!check || *check != u"ok") {
        *problem = QStringLiteral("integrity check failed: ") + (check ? *check : m_db.lastError());
        const Outcome o = check || lastErrorMeansDamage() ? Outcome::Damaged : Outcome::Failed;
        m_db.close();
        return o;
    }
    if (readOnly) {
        if (schemaVersion() != latestSchemaVersion()) {
            *problem = QStringLiteral("cache schema version %1, expected %2").arg(schemaVersion()).arg(latestSchemaVersion());
            m_db.close();
            return Outcome::Failed;
        }
        return Outcome::Ok;
    }
    if (!m_db.exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"))) {
        *problem = QStringLiteral("cannot set pragmas: ") + m_db.lastError();
        const Outcome o = lastErrorMeansDamage() ? Outcome::Damaged : Outcome::Failed;
        m_db.close();
        return o;
    }
    const Outcome migrated = migrate(problem);
    if (migrated != Outcome::Ok) m_db.close();
    return migrated;
}

int Cache::schemaVersion()
{
    return int(m_db.scalarInt(QStringLiteral("PRAGMA user_version")).value_or(-1));
}

Cache::Outcome Cache::migrate(QString *problem)
{
    const int current = schemaVersion();
    if (current < 0) {
        *problem = QStringLiteral("cannot read the schema version: ") + m_db.lastError();
        return lastErrorMeansDamage() ? Outcome::Damaged : Outcome::Failed;
    }
    if (current > latestSchemaVersion()) {
        // Written by a newer Lifeboat: this one cannot read it safely.
        *problem = QStringLiteral("cache schema version %1 is newer than this build's %2")
                       .arg(current)
                       .arg(latestSchemaVersion());
        return Outcome::Damaged;
    }
    for (const Migration &step : migrations()) {
        if (step.version <= current) continue;
        Transaction tx(m_db);
        const bool ok = tx.isActive() && m_db.exec(QString::fromUtf8(step.sql)) &&
                        m_db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)) && tx.commit();
        if (!ok) {
            *problem = QStringLiteral("migration %1 failed: ").arg(step.version) + m_db.lastError();
            // Busy or locked: try again later. Anything else: this file cannot take the schema.
            const int primary = m_db.lastCode() & 0xff;
            return primary == SQLITE_BUSY || primary == SQLITE_LOCKED ? Outcome::Failed : Outcome::Damaged;
        }
        spdlog::info("cache: migrated to schema version {}", step.version);
    }
    return Outcome::Ok;
}

bool Cache::rebuild(const QString &path, const QString &reason)
{
    m_db.close();
    spdlog::error("cache: {}; moving {} aside and starting empty", reason.toStdString(), path.toStdString());
    const QString aside = path + QStringLiteral(".corrupt");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(aside + suffix);
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix))
            QFile::remove(path + suffix);
    }
    m_rebuildReason = reason;
    m_movedAside = QFileInfo::exists(aside) ? aside : QString();
    QString problem;
    if (openChecked(path, Mode::ReadWrite, &problem) == Outcome::Ok) return true;
    m_error = reason + QStringLiteral("; rebuilding failed too: ") + problem;
    spdlog::critical("cache: {}", m_error.toStdString());
    return false;
}

bool Cache::integrityCheck()
{
    const auto r = m_db.scalarText(QStringLiteral("PRAGMA integrity_check"));
    return r && *r == u"ok";
}

bool Cache::removeMissing(const QString &table, const QString &scopeWhere, const QStringList &scopeValues,
                          const QStringList &keepIds)
{
    // A temporary table of the ids to keep: fast for thousands of ids.
    if (!m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS keep_ids (id TEXT PRIMARY KEY); "
                                  "DELETE FROM temp.keep_ids;")))
        return false;
    Statement ins = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.keep_ids (id) VALUES (?)"));
    for (const QString &id : keepIds) {
        if (!ins.bind(1, id).execute()) return false;
    }
    QString sql = QStringLiteral("DELETE FROM %1 WHERE id NOT IN (SELECT id FROM temp.keep_ids)").arg(table);
    if (!scopeWhere.isEmpty()) sql += QStringLiteral(" AND ") + scopeWhere;
    Statement del = m_db.prepare(sql);
    for (int i = 0; i < scopeValues.size(); ++i) del.bind(i + 1, scopeValues.at(i));
    return del.execute();
}

bool Cache::mark(const QString &scope, const QDateTime &syncedAt)
{
    Statement s = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_marks (scope, synced_at) VALUES (?, ?)"));
    return s.bind(1, scope).bind(2, syncedAt).execute();
}

QDateTime Cache::listSyncedAt(const QString &scope)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT synced_at FROM sync_marks WHERE scope = ?"));
    s.bind(1, scope);
    return s.next() ? s.dateTime(0) : QDateTime();
}

bool Cache::replaceOrganizations(const QList<Organization> &orgs, const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    Statement s = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO orgs (id, name, is_deleted, synced_at) VALUES (?, ?, ?, ?)"));
    QStringList ids;
    for (const Organization &o : orgs) {
        ids.append(o.id);
        if (!s.bind(1, o.id).bind(2, o.name).bind(3, o.isDeleted).bind(4, syncedAt).execute())
            return fail(QStringLiteral("writing organizations"));
    }
    if (!removeMissing(QStringLiteral("orgs"), {}, {}, ids) || !mark(scopeOrganizations(), syncedAt) || !tx.commit())
        return fail(QStringLiteral("writing organizations"));
    return true;
}

bool Cache::replaceProjects(const QList<Project> &projects, const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    Statement s = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO projects (id, org_id, name, cluster_count, "
                                              "created, synced_at) VALUES (?, ?, ?, ?, ?, ?)"));
    QStringList ids;
    for (const Project &p : projects) {
        ids.append(p.id);
        if (!s.bind(1, p.id).bind(2, p.orgId).bind(3, p.name).bind(4, p.clusterCount).bind(5, p.created)
                 .bind(6, syncedAt).execute())
            return fail(QStringLiteral("writing projects"));
    }
    if (!removeMissing(QStringLiteral("projects"), {}, {}, ids) || !mark(scopeProjects(), syncedAt) || !tx.commit())
        return fail(QStringLiteral("writing projects"));
    return true;
}

bool Cache::replaceClusters(const QString &groupId, const QList<Cluster> &clusters, const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO clusters (group_id, name, id, cluster_type, mongodb_version, mongodb_major_version, "
        "fcv, fcv_expiration, backup_enabled, pit_enabled, ear_provider, state_name, config_server_type, paused, "
        "create_date, shard_count, provider_name, backing_provider_name, region_name, instance_size, synced_at, "
        "standard_srv) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QStringList names;
    for (const Cluster &c : clusters) {
        names.append(c.name);
        s.bind(1, groupId).bind(2, c.name).bind(3, c.id).bind(4, c.clusterType.raw).bind(5, c.mongoDBVersion);
        s.bind(6, c.mongoDBMajorVersion).bind(7, c.featureCompatibilityVersion);
        s.bind(8, c.featureCompatibilityVersionExpirationDate).bind(9, c.backupEnabled).bind(10, c.pitEnabled);
        s.bind(11, c.encryptionAtRestProvider).bind(12, c.stateName.raw).bind(13, c.configServerType);
        s.bind(14, c.paused).bind(15, c.createDate).bind(16, c.shardCount).bind(17, c.providerName);
        s.bind(18, c.backingProviderName).bind(19, c.regionName).bind(20, c.instanceSize).bind(21, syncedAt);
        s.bind(22, c.standardSrv);
        if (!s.execute()) return fail(QStringLiteral("writing clusters"));
    }
    // Clusters are keyed by name; removeMissing compares `id`, so delete by name here.
    if (!m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS keep_names (name TEXT PRIMARY KEY); "
                                  "DELETE FROM temp.keep_names;")))
        return fail(QStringLiteral("writing clusters"));
    Statement keep = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.keep_names (name) VALUES (?)"));
    for (const QString &n : names) keep.bind(1, n).execute();
    Statement del = m_db.prepare(QStringLiteral(
        "DELETE FROM clusters WHERE group_id = ? AND name NOT IN (SELECT name FROM temp.keep_names)"));
    if (!del.bind(1, groupId).execute() || !mark(scopeClusters(groupId), syncedAt) || !tx.commit())
        return fail(QStringLiteral("writing clusters"));
    return true;
}

bool Cache::replaceFlexClusters(const QString &groupId, const QList<FlexCluster> &clusters,
                                const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO flex_clusters (group_id, name, id, mongodb_version, state_name, "
        "backing_provider_name, region_name, disk_size_gb, backup_enabled, termination_protection, create_date, "
        "synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Statement clear = m_db.prepare(QStringLiteral("DELETE FROM flex_clusters WHERE group_id = ?"));
    if (!clear.bind(1, groupId).execute()) return fail(QStringLiteral("writing flex clusters"));
    for (const FlexCluster &f : clusters) {
        s.bind(1, groupId).bind(2, f.name).bind(3, f.id).bind(4, f.mongoDBVersion).bind(5, f.stateName.raw);
        s.bind(6, f.backingProviderName).bind(7, f.regionName).bind(8, f.diskSizeGB).bind(9, f.backupEnabled);
        s.bind(10, f.terminationProtectionEnabled).bind(11, f.createDate).bind(12, syncedAt);
        if (!s.execute()) return fail(QStringLiteral("writing flex clusters"));
    }
    if (!mark(scopeFlexClusters(groupId), syncedAt) || !tx.commit()) return fail(QStringLiteral("writing flex clusters"));
    return true;
}

bool Cache::writeSnapshots(const QString &groupId, const QString &clusterName, const QList<Snapshot> &snapshots,
                           const QDateTime &syncedAt)
{
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT INTO snapshots (group_id, cluster_name, id, created_at, expires_at, status, "
        "snapshot_type, frequency_type, policy_items, storage_size_bytes, mongod_version, master_key_uuid, "
        "copy_regions, description, replica_set_name, type, cloud_provider, config_server_type, members, "
        "snapshot_ids, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        // An update in place: cheaper than REPLACE's delete + insert on a re-sync.
        "ON CONFLICT (group_id, cluster_name, id) DO UPDATE SET created_at = excluded.created_at, "
        "expires_at = excluded.expires_at, status = excluded.status, snapshot_type = excluded.snapshot_type, "
        "frequency_type = excluded.frequency_type, policy_items = excluded.policy_items, "
        "storage_size_bytes = excluded.storage_size_bytes, mongod_version = excluded.mongod_version, "
        "master_key_uuid = excluded.master_key_uuid, copy_regions = excluded.copy_regions, "
        "description = excluded.description, replica_set_name = excluded.replica_set_name, type = excluded.type, "
        "cloud_provider = excluded.cloud_provider, config_server_type = excluded.config_server_type, "
        "members = excluded.members, snapshot_ids = excluded.snapshot_ids, synced_at = excluded.synced_at"));
    for (const Snapshot &n : snapshots) {
        QJsonArray members;
        for (const SnapshotMember &m : n.members)
            members.append(QJsonObject{{QStringLiteral("id"), m.id},
                                       {QStringLiteral("cloudProvider"), m.cloudProvider},
                                       {QStringLiteral("replicaSetName"), m.replicaSetName}});
        const QString membersJson = members.isEmpty() ? QStringLiteral("[]") : toJson(members);
        s.bind(1, groupId).bind(2, clusterName).bind(3, n.id).bind(4, n.createdAt).bind(5, n.expiresAt);
        s.bind(6, n.status.raw).bind(7, n.snapshotType.raw).bind(8, n.frequencyType.raw);
        s.bind(9, toJson(n.policyItems)).bind(10, n.storageSizeBytes).bind(11, n.mongodVersion);
        s.bind(12, n.masterKeyUUID).bind(13, toJson(n.copyRegions)).bind(14, n.description);
        s.bind(15, n.replicaSetName).bind(16, n.type).bind(17, n.cloudProvider).bind(18, n.configServerType);
        s.bind(19, membersJson).bind(20, toJson(n.snapshotIds)).bind(21, syncedAt);
        if (!s.execute()) return false;
    }
    return true;
}

bool Cache::replaceSnapshots(const QString &groupId, const QString &clusterName, const QList<Snapshot> &snapshots,
                             const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    QStringList ids;
    ids.reserve(snapshots.size());
    for (const Snapshot &n : snapshots) ids.append(n.id);
    if (!tx.isActive() || !writeSnapshots(groupId, clusterName, snapshots, syncedAt) ||
        !removeMissing(QStringLiteral("snapshots"), QStringLiteral("group_id = ? AND cluster_name = ?"),
                       {groupId, clusterName}, ids) ||
        !mark(scopeSnapshots(groupId, clusterName), syncedAt) || !tx.commit())
        return fail(QStringLiteral("writing snapshots"));
    return true;
}

bool Cache::upsertSnapshots(const QString &groupId, const QString &clusterName, const QList<Snapshot> &snapshots,
                            const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    if (!tx.isActive() || !writeSnapshots(groupId, clusterName, snapshots, syncedAt) || !tx.commit())
        return fail(QStringLiteral("writing snapshots"));
    return true;
}

bool Cache::replaceFlexSnapshots(const QString &groupId, const QString &clusterName,
                                 const QList<FlexSnapshot> &snapshots, const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO flex_snapshots (group_id, cluster_name, id, scheduled_time, start_time, "
        "finish_time, expiration, mongodb_version, status, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QStringList ids;
    for (const FlexSnapshot &f : snapshots) {
        ids.append(f.id);
        s.bind(1, groupId).bind(2, clusterName).bind(3, f.id).bind(4, f.scheduledTime).bind(5, f.startTime);
        s.bind(6, f.finishTime).bind(7, f.expiration).bind(8, f.mongoDBVersion).bind(9, f.status.raw);
        s.bind(10, syncedAt);
        if (!s.execute()) return fail(QStringLiteral("writing flex snapshots"));
    }
    if (!removeMissing(QStringLiteral("flex_snapshots"), QStringLiteral("group_id = ? AND cluster_name = ?"),
                       {groupId, clusterName}, ids) ||
        !mark(scopeFlexSnapshots(groupId, clusterName), syncedAt) || !tx.commit())
        return fail(QStringLiteral("writing flex snapshots"));
    return true;
}

bool Cache::upsertSchedule(const QString &groupId, const QString &clusterName, const BackupSchedule &schedule,
                           const QDateTime &syncedAt)
{
    QJsonArray policies;
    for (const SchedulePolicy &p : schedule.policies)
        policies.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("policyItems"), itemsJson(p.policyItems)}});
    QJsonArray copies;
    for (const CopySetting &c : schedule.copySettings)
        copies.append(QJsonObject{{QStringLiteral("cloudProvider"), c.cloudProvider},
                                  {QStringLiteral("regionName"), c.regionName},
                                  {QStringLiteral("zoneId"), c.zoneId},
                                  {QStringLiteral("frequencies"), QJsonArray::fromStringList(c.frequencies)},
                                  {QStringLiteral("shouldCopyOplogs"), c.shouldCopyOplogs}});
    Transaction tx(m_db);
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO schedules (group_id, cluster_name, cluster_id, reference_hour, reference_minute, "
        "restore_window_days, next_snapshot, policies, copy_settings, auto_export_enabled, synced_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    s.bind(1, groupId).bind(2, clusterName).bind(3, schedule.clusterId).bind(4, schedule.referenceHourOfDay);
    s.bind(5, schedule.referenceMinuteOfHour).bind(6, schedule.restoreWindowDays).bind(7, schedule.nextSnapshot);
    s.bind(8, toJson(policies)).bind(9, toJson(copies)).bind(10, schedule.autoExportEnabled).bind(11, syncedAt);
    if (!s.execute() || !tx.commit()) return fail(QStringLiteral("writing a schedule"));
    return true;
}

bool Cache::setCompliancePolicy(const QString &groupId, const std::optional<CompliancePolicy> &policy,
                                const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO compliance_policies (group_id, present, authorized_email, first_name, last_name, "
        "copy_protection, ear_enabled, pit_enabled, deletable, restore_window_days, on_demand_item, "
        "scheduled_items, state, updated_date, updated_user, synced_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const CompliancePolicy p = policy.value_or(CompliancePolicy());
    s.bind(1, groupId).bind(2, policy.has_value()).bind(3, p.authorizedEmail).bind(4, p.authorizedUserFirstName);
    s.bind(5, p.authorizedUserLastName).bind(6, p.copyProtectionEnabled).bind(7, p.encryptionAtRestEnabled);
    s.bind(8, p.pitEnabled).bind(9, p.deletable).bind(10, p.restoreWindowDays);
    if (p.onDemandPolicyItem) s.bind(11, toJson(itemJson(*p.onDemandPolicyItem)));
    else s.bindNull(11);
    s.bind(12, toJson(itemsJson(p.scheduledPolicyItems))).bind(13, p.state.raw).bind(14, p.updatedDate);
    s.bind(15, p.updatedUser).bind(16, syncedAt);
    if (!s.execute() || !tx.commit()) return fail(QStringLiteral("writing a compliance policy"));
    return true;
}

bool Cache::replaceRestoreJobs(const QString &groupId, const QString &clusterName, const QList<RestoreJob> &jobs,
                               const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    Statement s = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO restore_jobs (group_id, cluster_name, id, snapshot_id, delivery_type, "
        "target_cluster_name, target_group_id, cancelled, expired, failed, expires_at, finished_at, timestamp, "
        "pit_seconds, oplog_ts, oplog_inc, components, synced_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QStringList ids;
    for (const RestoreJob &j : jobs) {
        ids.append(j.id);
        s.bind(1, groupId).bind(2, clusterName).bind(3, j.id).bind(4, j.snapshotId).bind(5, j.deliveryType.raw);
        s.bind(6, j.targetClusterName).bind(7, j.targetGroupId).bind(8, j.cancelled).bind(9, j.expired);
        s.bind(10, j.failed).bind(11, j.expiresAt).bind(12, j.finishedAt).bind(13, j.timestamp);
        s.bind(14, j.pointInTimeUTCSeconds).bind(15, j.oplogTs).bind(16, j.oplogInc);
        s.bind(17, toJson(j.componentReplicaSets)).bind(18, syncedAt);
        if (!s.execute()) return fail(QStringLiteral("writing restore jobs"));
    }
    if (!removeMissing(QStringLiteral("restore_jobs"), QStringLiteral("group_id = ? AND cluster_name = ?"),
                       {groupId, clusterName}, ids) ||
        !mark(scopeRestoreJobs(groupId, clusterName), syncedAt) || !tx.commit())
        return fail(QStringLiteral("writing restore jobs"));
    return true;
}

bool Cache::removeCluster(const QString &groupId, const QString &clusterName)
{
    Transaction tx(m_db);
    for (const char *table : {"clusters", "flex_clusters"}) {
        Statement d = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE group_id = ? AND name = ?").arg(QLatin1String(table)));
        if (!d.bind(1, groupId).bind(2, clusterName).execute()) return fail(QStringLiteral("removing a cluster"));
    }
    for (const char *table : {"snapshots", "flex_snapshots", "schedules", "restore_jobs"}) {
        Statement d = m_db.prepare(
            QStringLiteral("DELETE FROM %1 WHERE group_id = ? AND cluster_name = ?").arg(QLatin1String(table)));
        if (!d.bind(1, groupId).bind(2, clusterName).execute()) return fail(QStringLiteral("removing a cluster"));
    }
    Statement marks = m_db.prepare(QStringLiteral("DELETE FROM sync_marks WHERE scope IN (?, ?, ?)"));
    marks.bind(1, scopeSnapshots(groupId, clusterName)).bind(2, scopeFlexSnapshots(groupId, clusterName));
    marks.bind(3, scopeRestoreJobs(groupId, clusterName));
    if (!marks.execute() || !tx.commit()) return fail(QStringLiteral("removing a cluster"));
    return true;
}

QList<Organization> Cache::organizations()
{
    QList<Organization> out;
    Statement s = m_db.prepare(QStringLiteral("SELECT id, name, is_deleted, synced_at FROM orgs ORDER BY name, id"));
    while (s.next()) out.append({s.text(0), s.text(1), s.boolean(2), s.dateTime(3)});
    return out;
}

QList<Project> Cache::projects(const QString &orgId)
{
    QList<Project> out;
    Statement s = m_db.prepare(QStringLiteral("SELECT id, org_id, name, cluster_count, created, synced_at "
                                              "FROM projects WHERE ?1 IS NULL OR org_id = ?1 ORDER BY name, id"));
    s.bind(1, orgId.isEmpty() ? QString() : orgId);
    while (s.next()) out.append({s.text(0), s.text(1), s.text(2), s.integer(3), s.dateTime(4), s.dateTime(5)});
    return out;
}

QList<Cluster> Cache::clusters(const QString &groupId)
{
    QList<Cluster> out;
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT name, id, cluster_type, mongodb_version, mongodb_major_version, fcv, fcv_expiration, "
        "backup_enabled, pit_enabled, ear_provider, state_name, config_server_type, paused, create_date, "
        "shard_count, provider_name, backing_provider_name, region_name, instance_size, synced_at, standard_srv "
        "FROM clusters WHERE group_id = ? ORDER BY name"));
    s.bind(1, groupId);
    while (s.next()) {
        Cluster c;
        c.groupId = groupId;
        c.name = s.text(0);
        c.id = s.text(1);
        c.clusterType = parseClusterType(s.text(2));
        c.mongoDBVersion = s.text(3);
        c.mongoDBMajorVersion = s.text(4);
        c.featureCompatibilityVersion = s.text(5);
        c.featureCompatibilityVersionExpirationDate = s.dateTime(6);
        c.backupEnabled = s.boolean(7);
        c.pitEnabled = s.boolean(8);
        c.encryptionAtRestProvider = s.text(9);
        c.stateName = parseClusterState(s.text(10));
        c.configServerType = s.text(11);
        c.paused = s.boolean(12);
        c.createDate = s.dateTime(13);
        c.shardCount = int(s.integer(14));
        c.providerName = s.text(15);
        c.backingProviderName = s.text(16);
        c.regionName = s.text(17);
        c.instanceSize = s.text(18);
        c.syncedAt = s.dateTime(19);
        c.standardSrv = s.text(20);
        out.append(c);
    }
    return out;
}

QList<FlexCluster> Cache::flexClusters(const QString &groupId)
{
    QList<FlexCluster> out;
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT name, id, mongodb_version, state_name, backing_provider_name, region_name, disk_size_gb, "
        "backup_enabled, termination_protection, create_date, synced_at FROM flex_clusters WHERE group_id = ? "
        "ORDER BY name"));
    s.bind(1, groupId);
    while (s.next()) {
        FlexCluster f;
        f.groupId = groupId;
        f.name = s.text(0);
        f.id = s.text(1);
        f.mongoDBVersion = s.text(2);
        f.stateName = parseClusterState(s.text(3));
        f.backingProviderName = s.text(4);
        f.regionName = s.text(5);
        f.diskSizeGB = s.real(6);
        f.backupEnabled = s.boolean(7);
        f.terminationProtectionEnabled = s.boolean(8);
        f.createDate = s.dateTime(9);
        f.syncedAt = s.dateTime(10);
        out.append(f);
    }
    return out;
}

QList<Snapshot> Cache::snapshots(const QString &groupId, const QString &clusterName)
{
    QList<Snapshot> out;
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT id, created_at, expires_at, status, snapshot_type, frequency_type, policy_items, "
        "storage_size_bytes, mongod_version, master_key_uuid, copy_regions, description, replica_set_name, type, "
        "cloud_provider, config_server_type, members, snapshot_ids, synced_at FROM snapshots "
        "WHERE group_id = ? AND cluster_name = ? ORDER BY created_at DESC, id"));
    s.bind(1, groupId).bind(2, clusterName);
    while (s.next()) {
        Snapshot n;
        n.groupId = groupId;
        n.clusterName = clusterName;
        n.id = s.text(0);
        n.createdAt = s.dateTime(1);
        n.expiresAt = s.dateTime(2);
        n.status = parseSnapshotStatus(s.text(3));
        n.snapshotType = parseSnapshotType(s.text(4));
        n.frequencyType = parseFrequency(s.text(5));
        n.policyItems = listFrom(s.text(6));
        n.storageSizeBytes = s.integer(7);
        n.mongodVersion = s.text(8);
        n.masterKeyUUID = s.text(9);
        n.copyRegions = listFrom(s.text(10));
        n.description = s.text(11);
        n.replicaSetName = s.text(12);
        n.type = s.text(13);
        n.cloudProvider = s.text(14);
        n.configServerType = s.text(15);
        for (const QJsonValue &v : arrayFrom(s.text(16))) {
            const QJsonObject m = v.toObject();
            n.members.append({m.value(QLatin1String("id")).toString(),
                              m.value(QLatin1String("cloudProvider")).toString(),
                              m.value(QLatin1String("replicaSetName")).toString()});
        }
        n.snapshotIds = listFrom(s.text(17));
        n.syncedAt = s.dateTime(18);
        out.append(n);
    }
    return out;
}

int Cache::snapshotCount(const QString &groupId, const QString &clusterName)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT count(*) FROM snapshots WHERE group_id = ? AND cluster_name = ?"));
    s.bind(1, groupId).bind(2, clusterName);
    return s.next() ? int(s.integer(0)) : 0;
}

QList<FlexSnapshot> Cache::flexSnapshots(const QString &groupId, const QString &clusterName)
{
    QList<FlexSnapshot> out;
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT id, scheduled_time, start_time, finish_time, expiration, mongodb_version, status, synced_at "
        "FROM flex_snapshots WHERE group_id = ? AND cluster_name = ? ORDER BY scheduled_time DESC, id"));
    s.bind(1, groupId).bind(2, clusterName);
    while (s.next()) {
        FlexSnapshot f;
        f.groupId = groupId;
        f.clusterName = clusterName;
        f.id = s.text(0);
        f.scheduledTime = s.dateTime(1);
        f.startTime = s.dateTime(2);
        f.finishTime = s.dateTime(3);
        f.expiration = s.dateTime(4);
        f.mongoDBVersion = s.text(5);
        f.status = parseFlexJobStatus(s.text(6));
        f.syncedAt = s.dateTime(7);
        out.append(f);
    }
    return out;
}

std::optional<BackupSchedule> Cache::schedule(const QString &groupId, const QString &clusterName)
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT cluster_id, reference_hour, reference_minute, restore_window_days, next_snapshot, policies, "
        "copy_settings, auto_export_enabled, synced_at FROM schedules WHERE group_id = ? AND cluster_name = ?"));
    s.bind(1, groupId).bind(2, clusterName);
    if (!s.next()) return std::nullopt;
    BackupSchedule b;
    b.groupId = groupId;
    for (const QJsonValue &v : arrayFrom(s.text(5))) {
        const QJsonObject p = v.toObject();
        b.policies.append({p.value(QLatin1String("id")).toString(), itemsFromJson(p.value(QLatin1String("policyItems")).toArray())});
    }
    for (const QJsonValue &v : arrayFrom(s.text(6))) {
        const QJsonObject c = v.toObject();
        CopySetting copy;
        copy.cloudProvider = c.value(QLatin1String("cloudProvider")).toString();
        copy.regionName = c.value(QLatin1String("regionName")).toString();
        copy.zoneId = c.value(QLatin1String("zoneId")).toString();
        for (const QJsonValue &f : c.value(QLatin1String("frequencies")).toArray()) copy.frequencies.append(f.toString());
        copy.shouldCopyOplogs = c.value(QLatin1String("shouldCopyOplogs")).toBool();
        b.copySettings.append(copy);
    }
    b.clusterId = s.text(0);
    b.clusterName = clusterName;
    b.referenceHourOfDay = int(s.integer(1));
    b.referenceMinuteOfHour = int(s.integer(2));
    b.restoreWindowDays = int(s.integer(3));
    b.nextSnapshot = s.dateTime(4);
    b.autoExportEnabled = s.boolean(7);
    b.syncedAt = s.dateTime(8);
    return b;
}

std::optional<CompliancePolicy> Cache::compliancePolicy(const QString &groupId)
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT present, authorized_email, first_name, last_name, copy_protection, ear_enabled, pit_enabled, "
        "deletable, restore_window_days, on_demand_item, scheduled_items, state, updated_date, updated_user, "
        "synced_at FROM compliance_policies WHERE group_id = ?"));
    s.bind(1, groupId);
    if (!s.next() || !s.boolean(0)) return std::nullopt;
    CompliancePolicy p;
    p.projectId = groupId;
    p.authorizedEmail = s.text(1);
    p.authorizedUserFirstName = s.text(2);
    p.authorizedUserLastName = s.text(3);
    p.copyProtectionEnabled = s.boolean(4);
    p.encryptionAtRestEnabled = s.boolean(5);
    p.pitEnabled = s.boolean(6);
    p.deletable = s.boolean(7);
    p.restoreWindowDays = int(s.integer(8));
    if (!s.isNull(9)) p.onDemandPolicyItem = itemFromJson(objectFrom(s.text(9)));
    p.scheduledPolicyItems = itemsFromJson(arrayFrom(s.text(10)));
    p.state = parseComplianceState(s.text(11));
    p.updatedDate = s.dateTime(12);
    p.updatedUser = s.text(13);
    p.syncedAt = s.dateTime(14);
    return p;
}

QDateTime Cache::compliancePolicyCheckedAt(const QString &groupId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT synced_at FROM compliance_policies WHERE group_id = ?"));
    s.bind(1, groupId);
    return s.next() ? s.dateTime(0) : QDateTime();
}

namespace {
using SummaryKey = QPair<QString, QString>;

ClusterBackupSummary &summaryFor(QHash<SummaryKey, ClusterBackupSummary> &out, const QString &g, const QString &c)
{
    ClusterBackupSummary &s = out[{g, c}];
    s.groupId = g;
    s.clusterName = c;
    return s;
}

QList<ClusterBackupSummary> sortedSummaries(const QHash<SummaryKey, ClusterBackupSummary> &all)
{
    QList<ClusterBackupSummary> out = all.values();
    std::sort(out.begin(), out.end(), [](const ClusterBackupSummary &a, const ClusterBackupSummary &b) {
        return a.groupId != b.groupId ? a.groupId < b.groupId : a.clusterName < b.clusterName;
    });
    return out;
}
}  // namespace

HealthFacts ClusterBackupSummary::factsFor(const Cluster &c) const
{
    HealthFacts f = health;
    f.kind = c.isFreeTier() ? ClusterKind::FreeTier : ClusterKind::Dedicated;
    f.backupEnabled = c.backupEnabled;
    f.synced = syncedAt().isValid();
    return f;
}

HealthFacts ClusterBackupSummary::factsFor(const FlexCluster &fc) const
{
    HealthFacts f = health;
    f.kind = ClusterKind::Flex;
    f.backupEnabled = fc.backupEnabled;
    f.promisedSeconds = kFlexIntervalSeconds;
    f.synced = snapshotsSyncedAt.isValid();
    return f;
}

void Cache::restoreSummaries(QHash<SummaryKey, ClusterBackupSummary> &out)
{
    // SQLite takes a bare column from the row max() picked: the newest restore's outcome.
    Statement last = m_db.prepare(QStringLiteral(
        "SELECT group_id, cluster_name, max(timestamp), coalesce(failed, 0) FROM restore_jobs GROUP BY 1, 2"));
    while (last.next()) {
        ClusterBackupSummary &s = summaryFor(out, last.text(0), last.text(1));
        s.health.lastRestoreAt = last.dateTime(2);
        s.health.lastRestoreFailed = last.boolean(3);
    }
    Statement running = m_db.prepare(QStringLiteral(
        "SELECT group_id, cluster_name FROM restore_jobs WHERE coalesce(cancelled, 0) = 0 AND "
        "coalesce(failed, 0) = 0 AND coalesce(expired, 0) = 0 AND finished_at IS NULL GROUP BY 1, 2"));
    while (running.next()) summaryFor(out, running.text(0), running.text(1)).restoreRunning = true;
}

QList<ClusterBackupSummary> Cache::clusterBackupSummaries()
{
    QHash<SummaryKey, ClusterBackupSummary> out;
    Statement counts = m_db.prepare(
        QStringLiteral("SELECT group_id, cluster_name, count(*), max(synced_at) FROM snapshots GROUP BY 1, 2"));
    while (counts.next()) {
        ClusterBackupSummary &s = summaryFor(out, counts.text(0), counts.text(1));
        s.snapshotCount = int(counts.integer(2));
        s.snapshotsSyncedAt = counts.dateTime(3);
    }
    // The newest snapshot (any status) and the newest completed one, with the columns of that row.
    Statement latest = m_db.prepare(QStringLiteral(
        "SELECT group_id, cluster_name, max(created_at), status FROM snapshots GROUP BY 1, 2"));
    while (latest.next()) {
        ClusterBackupSummary &s = summaryFor(out, latest.text(0), latest.text(1));
        s.health.latestAt = latest.dateTime(2);
        s.health.latestStatus = parseSnapshotStatus(latest.text(3)).value;
    }
    Statement good = m_db.prepare(QStringLiteral(
        "SELECT group_id, cluster_name, max(created_at), snapshot_type FROM snapshots "
        "WHERE lower(status) = 'completed' GROUP BY 1, 2"));
    while (good.next()) {
        ClusterBackupSummary &s = summaryFor(out, good.text(0), good.text(1));
        s.health.lastGood = good.dateTime(2);
        s.health.lastGoodIsFallback = parseSnapshotType(good.text(3)).value == SnapshotType::Fallback;
    }
    Statement schedules = m_db.prepare(QStringLiteral("SELECT group_id, cluster_name, synced_at, policies FROM schedules"));
    while (schedules.next()) {
        ClusterBackupSummary &s = summaryFor(out, schedules.text(0), schedules.text(1));
        s.scheduleSyncedAt = schedules.dateTime(2);
        QList<PolicyItem> items;
        for (const QJsonValue &v : arrayFrom(schedules.text(3)))
            items += itemsFromJson(v.toObject().value(QLatin1String("policyItems")).toArray());
        s.health.promisedSeconds = promisedIntervalSeconds(items);
    }
    restoreSummaries(out);
    return sortedSummaries(out);
}

QList<ClusterBackupSummary> Cache::flexBackupSummaries()
{
    QHash<SummaryKey, ClusterBackupSummary> out;
    Statement counts = m_db.prepare(
        QStringLiteral("SELECT group_id, cluster_name, count(*), max(synced_at) FROM flex_snapshots GROUP BY 1, 2"));
    while (counts.next()) {
        ClusterBackupSummary &s = summaryFor(out, counts.text(0), counts.text(1));
        s.snapshotCount = int(counts.integer(2));
        s.snapshotsSyncedAt = counts.dateTime(3);
        s.health.promisedSeconds = kFlexIntervalSeconds;
    }
    Statement latest = m_db.prepare(QStringLiteral(
        "SELECT group_id, cluster_name, max(coalesce(start_time, scheduled_time)), status FROM flex_snapshots GROUP BY 1, 2"));
    while (latest.next()) {
        ClusterBackupSummary &s = summaryFor(out, latest.text(0), latest.text(1));
        s.health.latestAt = latest.dateTime(2);
        s.health.latestStatus = snapshotStatusOf(parseFlexJobStatus(latest.text(3)).value);
    }
    Statement good = m_db.prepare(QStringLiteral(
        "SELECT group_id, cluster_name, max(coalesce(finish_time, start_time, scheduled_time)) FROM flex_snapshots "
        "WHERE lower(status) = 'completed' GROUP BY 1, 2"));
    while (good.next()) summaryFor(out, good.text(0), good.text(1)).health.lastGood = good.dateTime(2);
    restoreSummaries(out);
    // Restore jobs of dedicated clusters share the table: keep only clusters with flex snapshots.
    for (auto it = out.begin(); it != out.end();) {
        if (it->snapshotCount == 0) it = out.erase(it);
        else ++it;
    }
    return sortedSummaries(out);
}

QList<RestoreJob> Cache::restoreJobs(const QString &groupId, const QString &clusterName)
{
    QList<RestoreJob> out;
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT id, snapshot_id, delivery_type, target_cluster_name, target_group_id, cancelled, expired, failed, "
        "expires_at, finished_at, timestamp, pit_seconds, oplog_ts, oplog_inc, components, synced_at "
        "FROM restore_jobs WHERE group_id = ? AND cluster_name = ? ORDER BY timestamp DESC, id"));
    s.bind(1, groupId).bind(2, clusterName);
    while (s.next()) {
        RestoreJob j;
        j.groupId = groupId;
        j.clusterName = clusterName;
        j.id = s.text(0);
        j.snapshotId = s.text(1);
        j.deliveryType = parseDeliveryType(s.text(2));
        j.targetClusterName = s.text(3);
        j.targetGroupId = s.text(4);
        j.cancelled = s.boolean(5);
        j.expired = s.boolean(6);
        j.failed = s.boolean(7);
        j.expiresAt = s.dateTime(8);
        j.finishedAt = s.dateTime(9);
        j.timestamp = s.dateTime(10);
        j.pointInTimeUTCSeconds = s.optionalInteger(11);
        j.oplogTs = s.optionalInteger(12);
        j.oplogInc = s.optionalInteger(13);
        j.componentReplicaSets = listFrom(s.text(14));
        j.syncedAt = s.dateTime(15);
        out.append(j);
    }
    return out;
}

}  // namespace lifeboat::cache
