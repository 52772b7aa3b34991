#include "cache/cache.h"

#include "cache/migrations.h"
#include "cache/rows.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
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
        // SQLite may have rolled back already (a full disk does): then ROLLBACK would fail
        // too and hide the reason (SQLITE_FULL) behind "no transaction is active".
        if (!sqlite3_get_autocommit(m_db.handle())) m_db.exec(QStringLiteral("ROLLBACK"));
        return false;
    }

private:
    Database &m_db;
    bool m_active = false;
};

}  // namespace

bool Cache::fail(const QString &what)
{
    m_error = what + QStringLiteral(": ") + m_db.lastError();
    spdlog::error("cache: {}", m_error.toStdString());
    return false;
}

bool Cache::open(const QString &path, Mode mode, Check check)
{
    close();
    m_path = path;
    m_error.clear();
    m_rebuildReason.clear();
    m_movedAside.clear();
    m_checked = needsCheck(path, check);
    QString problem;
    const Outcome outcome = openChecked(path, mode, m_checked, &problem);
    if (outcome == Outcome::Failed || (outcome == Outcome::Damaged && mode == Mode::ReadOnly)) {
        // Busy, locked or not accessible: not a reason to throw the cache away.
        m_error = problem;
        m_db.close();
        spdlog::error("cache: {}", m_error.toStdString());
        return false;
    }
    if (outcome == Outcome::Damaged && !rebuild(path, problem)) return false;
    m_ownsMarker = mode == Mode::ReadWrite && check != Check::Never;
    if (m_ownsMarker) markOpen();
    return true;
}

void Cache::close()
{
    const bool wasOpen = m_db.isOpen();
    m_db.close();
    if (wasOpen && m_ownsMarker) markClean();
    m_ownsMarker = false;
}

namespace {
// What a clean close leaves in the marker: the file as it was then.
QByteArray fileStamp(const QString &path)
{
    const QFileInfo f(path);
    return QByteArray::number(f.size()) + ' ' + QByteArray::number(f.lastModified().toMSecsSinceEpoch());
}
}  // namespace

bool Cache::needsCheck(const QString &path, Check check) const
{
    if (check != Check::IfUnclean) return check == Check::Always;
    if (!QFileInfo::exists(path)) return false;  // a new, empty file
    QFile marker(markerPath(path));
    if (!marker.open(QIODevice::ReadOnly)) return true;  // no record of a clean close (or an older Lifeboat)
    const QByteArray state = marker.readAll().trimmed();
    // Left open (a crash, a kill) or written to since: check it before trusting it.
    if (state != "clean " + fileStamp(path)) return true;
    return QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}

void Cache::markOpen()
{
    QFile marker(markerPath(m_path));
    if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate)) marker.write("open\n");
}

bool Cache::quickCheck()
{
    const auto r = m_db.scalarText(QStringLiteral("PRAGMA quick_check"));
    if (r && *r == u"ok") return true;
    spdlog::critical("cache: {} failed its integrity check ({}); the next start rebuilds it", m_path.toStdString(),
                     (r ? *r : m_db.lastError()).toStdString());
    QFile marker(markerPath(m_path));
    if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate)) marker.write("damaged\n");
    return false;
}

void Cache::markClean()
{
    QFile marker(markerPath(m_path));
    if (marker.open(QIODevice::ReadOnly) && marker.readAll().startsWith("damaged")) return;  // stays for the next open
    marker.close();
    if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate)) marker.write("clean " + fileStamp(m_path) + '\n');
}

bool Cache::lastErrorMeansDamage() const
{
    const int primary = m_db.lastCode() & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_FORMAT;
}

Cache::Outcome Cache::openChecked(const QString &path, Mode mode, bool check, QString *problem)
{
    const bool readOnly = mode == Mode::ReadOnly;
    if (!m_db.open(path, readOnly)) {
        *problem = QStringLiteral("cannot open: ") + m_db.lastError();
        return lastErrorMeansDamage() ? Outcome::Damaged : Outcome::Failed;
    }
    // Without the check, reading the schema version still finds a file that is no database.
    const auto result = check ? m_db.scalarText(QStringLiteral("PRAGMA quick_check"))
                              : m_db.scalarText(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!result || (check && *result != u"ok")) {
        *problem = (check ? QStringLiteral("integrity check failed: ") : QStringLiteral("cannot read the schema: ")) +
                   (result ? *result : m_db.lastError());
        const Outcome o = result || lastErrorMeansDamage() ? Outcome::Damaged : Outcome::Failed;
        m_db.close();
        return o;
    }
    if (readOnly) {
        if (schemaVersion() != latestSchemaVersion()) {
            *problem =
                QStringLiteral("cache schema version %1, expected %2").arg(schemaVersion()).arg(latestSchemaVersion());
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
    QFile::remove(markerPath(path));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(aside + suffix);
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix))
            QFile::remove(path + suffix);
    }
    m_rebuildReason = reason;
    m_movedAside = QFileInfo::exists(aside) ? aside : QString();
    QString problem;
    if (openChecked(path, Mode::ReadWrite, false, &problem) == Outcome::Ok) return true;
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

// --- Writes. Each public write is one transaction; the *Rows helpers write inside the
// caller's transaction, so one synced cluster (snapshots, schedule, restore jobs) is one.

bool Cache::replaceOrganizations(const QList<Organization> &orgs, const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    RowWriter<Organization> w(m_db, organizationRows());
    QStringList ids;
    for (const Organization &o : orgs) {
        ids.append(o.id);
        if (!w.write(o, "synced_at", syncedAt)) return fail(QStringLiteral("writing organizations"));
    }
    if (!tx.isActive() || !removeMissing(QStringLiteral("orgs"), {}, {}, ids) ||
        !mark(scopeOrganizations(), syncedAt) || !tx.commit())
        return fail(QStringLiteral("writing organizations"));
    return true;
}

bool Cache::replaceProjects(const QList<Project> &projects, const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    RowWriter<Project> w(m_db, projectRows());
    QStringList ids;
    for (const Project &p : projects) {
        ids.append(p.id);
        if (!w.write(p, "synced_at", syncedAt)) return fail(QStringLiteral("writing projects"));
    }
    if (!tx.isActive() || !removeMissing(QStringLiteral("projects"), {}, {}, ids) || !mark(scopeProjects(), syncedAt) ||
        !tx.commit())
        return fail(QStringLiteral("writing projects"));
    return true;
}

bool Cache::replaceClusters(const QString &groupId, const QList<Cluster> &clusters, const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    RowWriter<Cluster> w(m_db, clusterRows());
    w.scope(groupId);
    QStringList names;
    for (const Cluster &c : clusters) {
        names.append(c.name);
        // before the row is overwritten: the pin's start depends on what the row said
        if (!recordFcvPinRow(groupId, c, syncedAt)) return fail(QStringLiteral("recording an FCV pin"));
        if (!w.write(c, "synced_at", syncedAt)) return fail(QStringLiteral("writing clusters"));
    }
    // Clusters are keyed by name; removeMissing compares `id`, so delete by name here.
    if (!m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS keep_names (name TEXT PRIMARY KEY); "
                                  "DELETE FROM temp.keep_names;")))
        return fail(QStringLiteral("writing clusters"));
    Statement keep = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.keep_names (name) VALUES (?)"));
    for (const QString &n : names) keep.bind(1, n).execute();
    Statement del = m_db.prepare(
        QStringLiteral("DELETE FROM clusters WHERE group_id = ? AND name NOT IN (SELECT name FROM temp.keep_names)"));
    if (!tx.isActive() || !del.bind(1, groupId).execute() || !mark(scopeClusters(groupId), syncedAt) || !tx.commit())
        return fail(QStringLiteral("writing clusters"));
    return true;
}

bool Cache::replaceFlexClusters(const QString &groupId, const QList<FlexCluster> &clusters, const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    Statement clear = m_db.prepare(QStringLiteral("DELETE FROM flex_clusters WHERE group_id = ?"));
    if (!tx.isActive() || !clear.bind(1, groupId).execute()) return fail(QStringLiteral("writing flex clusters"));
    RowWriter<FlexCluster> w(m_db, flexClusterRows());
    w.scope(groupId);
    for (const FlexCluster &f : clusters) {
        if (!w.write(f, "synced_at", syncedAt)) return fail(QStringLiteral("writing flex clusters"));
    }
    if (!mark(scopeFlexClusters(groupId), syncedAt) || !tx.commit())
        return fail(QStringLiteral("writing flex clusters"));
    return true;
}

bool Cache::writeSnapshotRows(const QString &groupId, const QString &clusterName, const QList<Snapshot> &snapshots,
                              const QDateTime &syncedAt)
{
    RowWriter<Snapshot> w(m_db, snapshotRows());
    w.scope(groupId, clusterName);
    for (const Snapshot &n : snapshots) {
        if (!w.write(n, "synced_at", syncedAt)) return false;
    }
    return true;
}

bool Cache::refreshSnapshotSummary(const QString &groupId, const QString &clusterName)
{
    // One cluster's rows through the (group, cluster, created_at) index: under a millisecond for 2,000.
    Statement s = m_db.prepare(QStringLiteral(R"SQL(
        INSERT OR REPLACE INTO snapshot_summaries
        SELECT :g, :c, count(*), max(synced_at),
          (SELECT created_at FROM snapshots WHERE group_id = :g AND cluster_name = :c ORDER BY created_at DESC, id
           LIMIT 1),
          (SELECT status FROM snapshots WHERE group_id = :g AND cluster_name = :c ORDER BY created_at DESC, id LIMIT 1),
          (SELECT created_at FROM snapshots WHERE group_id = :g AND cluster_name = :c AND lower(status) = 'completed'
           ORDER BY created_at DESC, id LIMIT 1),
          (SELECT snapshot_type FROM snapshots WHERE group_id = :g AND cluster_name = :c AND
           lower(status) = 'completed' ORDER BY created_at DESC, id LIMIT 1)
        FROM snapshots WHERE group_id = :g AND cluster_name = :c HAVING count(*) > 0)SQL"));
    s.bind(s.parameterIndex(QStringLiteral(":g")), groupId).bind(s.parameterIndex(QStringLiteral(":c")), clusterName);
    Statement drop = m_db.prepare(
        QStringLiteral("DELETE FROM snapshot_summaries WHERE group_id = ? AND cluster_name = ? AND NOT EXISTS "
                       "(SELECT 1 FROM snapshots WHERE group_id = ? AND cluster_name = ?)"));
    drop.bind(1, groupId).bind(2, clusterName).bind(3, groupId).bind(4, clusterName);
    return s.execute() && drop.execute();
}

bool Cache::replaceSnapshotRows(const QString &groupId, const QString &clusterName, const QList<Snapshot> &snapshots,
                                const QDateTime &syncedAt)
{
    QStringList ids;
    ids.reserve(snapshots.size());
    for (const Snapshot &n : snapshots) ids.append(n.id);
    return writeSnapshotRows(groupId, clusterName, snapshots, syncedAt) &&
           removeMissing(QStringLiteral("snapshots"), QStringLiteral("group_id = ? AND cluster_name = ?"),
                         {groupId, clusterName}, ids) &&
           refreshSnapshotSummary(groupId, clusterName) && mark(scopeSnapshots(groupId, clusterName), syncedAt);
}

bool Cache::replaceSnapshots(const QString &groupId, const QString &clusterName, const QList<Snapshot> &snapshots,
                             const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    if (!tx.isActive() || !replaceSnapshotRows(groupId, clusterName, snapshots, syncedAt) || !tx.commit())
        return fail(QStringLiteral("writing snapshots"));
    return true;
}

bool Cache::upsertSnapshots(const QString &groupId, const QString &clusterName, const QList<Snapshot> &snapshots,
                            const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    if (!tx.isActive() || !writeSnapshotRows(groupId, clusterName, snapshots, syncedAt) ||
        !refreshSnapshotSummary(groupId, clusterName) || !tx.commit())
        return fail(QStringLiteral("writing snapshots"));
    return true;
}

bool Cache::upsertSnapshot(const QString &groupId, const QString &clusterName, const Snapshot &snapshot,
                           const QDateTime &syncedAt)
{
    return upsertSnapshots(groupId, clusterName, {snapshot}, syncedAt);
}

bool Cache::removeSnapshot(const QString &groupId, const QString &clusterName, const QString &snapshotId)
{
    Statement d = m_db.prepare(QStringLiteral(
        "DELETE FROM snapshots WHERE group_id = :group_id AND cluster_name = :cluster_name AND id = :id"));
    d.bind(d.parameterIndex(QStringLiteral(":group_id")), groupId);
    d.bind(d.parameterIndex(QStringLiteral(":cluster_name")), clusterName);
    d.bind(d.parameterIndex(QStringLiteral(":id")), snapshotId);
    Transaction tx(m_db);
    if (!tx.isActive() || !d.execute() || !refreshSnapshotSummary(groupId, clusterName) || !tx.commit())
        return fail(QStringLiteral("removing a snapshot"));
    return true;
}

bool Cache::setSnapshotExpiry(const QString &groupId, const QString &clusterName, const QString &snapshotId,
                              const QDateTime &expiresAt)
{
    Statement u = m_db.prepare(QStringLiteral(
        "UPDATE snapshots SET expires_at = :expires_at WHERE group_id = :group_id AND cluster_name = :cluster_name "
        "AND id = :id"));
    u.bind(u.parameterIndex(QStringLiteral(":expires_at")), expiresAt);
    u.bind(u.parameterIndex(QStringLiteral(":group_id")), groupId);
    u.bind(u.parameterIndex(QStringLiteral(":cluster_name")), clusterName);
    u.bind(u.parameterIndex(QStringLiteral(":id")), snapshotId);
    if (!u.execute()) return fail(QStringLiteral("setting a snapshot's expiry"));
    if (m_db.changes() == 0) {
        m_error = QStringLiteral("setting a snapshot's expiry: the cache holds no snapshot %1 of %2")
                      .arg(snapshotId, clusterName);
        return false;
    }
    return true;
}

bool Cache::replaceFlexSnapshotRows(const QString &groupId, const QString &clusterName,
                                    const QList<FlexSnapshot> &snapshots, const QDateTime &syncedAt)
{
    RowWriter<FlexSnapshot> w(m_db, flexSnapshotRows());
    w.scope(groupId, clusterName);
    QStringList ids;
    for (const FlexSnapshot &f : snapshots) {
        ids.append(f.id);
        if (!w.write(f, "synced_at", syncedAt)) return false;
    }
    return removeMissing(QStringLiteral("flex_snapshots"), QStringLiteral("group_id = ? AND cluster_name = ?"),
                         {groupId, clusterName}, ids) &&
           mark(scopeFlexSnapshots(groupId, clusterName), syncedAt);
}

bool Cache::replaceFlexSnapshots(const QString &groupId, const QString &clusterName,
                                 const QList<FlexSnapshot> &snapshots, const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    if (!tx.isActive() || !replaceFlexSnapshotRows(groupId, clusterName, snapshots, syncedAt) || !tx.commit())
        return fail(QStringLiteral("writing flex snapshots"));
    return true;
}

bool Cache::replaceFlexRestoreJobRows(const QString &groupId, const QString &clusterName,
                                      const QList<FlexRestoreJob> &jobs, const QDateTime &syncedAt)
{
    RowWriter<FlexRestoreJob> w(m_db, flexRestoreJobRows());
    w.scope(groupId, clusterName);
    QStringList ids;
    for (const FlexRestoreJob &j : jobs) {
        ids.append(j.id);
        if (!w.write(j, "synced_at", syncedAt)) return false;
    }
    return removeMissing(QStringLiteral("flex_restore_jobs"), QStringLiteral("group_id = ? AND cluster_name = ?"),
                         {groupId, clusterName}, ids) &&
           mark(scopeFlexRestoreJobs(groupId, clusterName), syncedAt);
}

bool Cache::writeSyncedFlexCluster(const SyncedFlexCluster &c)
{
    Transaction tx(m_db);
    bool ok = tx.isActive();
    QString what = QStringLiteral("flex snapshots");
    if (ok) ok = replaceFlexSnapshotRows(c.groupId, c.clusterName, c.snapshots, c.syncedAt);
    if (ok) {
        what = QStringLiteral("flex restore jobs");
        ok = replaceFlexRestoreJobRows(c.groupId, c.clusterName, c.restoreJobs, c.syncedAt);
    }
    if (!ok || !tx.commit()) return fail(QStringLiteral("writing %1 of flex cluster %2").arg(what, c.clusterName));
    return true;
}

bool Cache::writeScheduleRow(const QString &groupId, const QString &clusterName, const BackupSchedule &schedule,
                             const QDateTime &syncedAt)
{
    RowWriter<BackupSchedule> w(m_db, scheduleRows());
    return w.scope(groupId, clusterName).write(schedule, "synced_at", syncedAt);
}

bool Cache::upsertSchedule(const QString &groupId, const QString &clusterName, const BackupSchedule &schedule,
                           const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    if (!tx.isActive() || !writeScheduleRow(groupId, clusterName, schedule, syncedAt) || !tx.commit())
        return fail(QStringLiteral("writing a schedule"));
    return true;
}

bool Cache::setCompliancePolicy(const QString &groupId, const std::optional<CompliancePolicy> &policy,
                                const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    RowWriter<CompliancePolicy> w(m_db, complianceRows());
    w.scope(groupId, policy.has_value());
    if (!tx.isActive() || !w.write(policy.value_or(CompliancePolicy()), "synced_at", syncedAt) || !tx.commit())
        return fail(QStringLiteral("writing a compliance policy"));
    return true;
}

QHash<QString, QDateTime> Cache::firstSeen(const QString &table, const QString &groupId, const QString &clusterName)
{
    QHash<QString, QDateTime> out;
    Statement s = m_db.prepare(
        QStringLiteral("SELECT id, first_seen_at FROM %1 WHERE group_id = ? AND cluster_name = ? AND first_seen_at "
                       "IS NOT NULL")
            .arg(table));
    s.bind(1, groupId).bind(2, clusterName);
    while (s.next()) out.insert(s.text(0), s.dateTime(1));
    return out;
}

namespace {
// The first sighting stays the earliest one known.
template <typename J>
J withFirstSeen(J job, const QHash<QString, QDateTime> &known, const QDateTime &syncedAt)
{
    const QDateTime before = known.value(job.id);
    if (before.isValid() && (!job.firstSeenAt.isValid() || before < job.firstSeenAt))
        job.firstSeenAt = before;
    else if (!job.firstSeenAt.isValid())
        job.firstSeenAt = syncedAt;
    return job;
}
}  // namespace

bool Cache::replaceRestoreJobRows(const QString &groupId, const QString &clusterName, const QList<RestoreJob> &jobs,
                                  const QDateTime &syncedAt)
{
    RowWriter<RestoreJob> w(m_db, restoreJobRows());
    w.scope(groupId, clusterName);
    const QHash<QString, QDateTime> known = firstSeen(QStringLiteral("restore_jobs"), groupId, clusterName);
    QStringList ids;
    for (const RestoreJob &j : jobs) {
        ids.append(j.id);
        if (!w.write(withFirstSeen(j, known, syncedAt), "synced_at", syncedAt)) return false;
    }
    return removeMissing(QStringLiteral("restore_jobs"), QStringLiteral("group_id = ? AND cluster_name = ?"),
                         {groupId, clusterName}, ids) &&
           mark(scopeRestoreJobs(groupId, clusterName), syncedAt);
}

bool Cache::replaceRestoreJobs(const QString &groupId, const QString &clusterName, const QList<RestoreJob> &jobs,
                               const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    if (!tx.isActive() || !replaceRestoreJobRows(groupId, clusterName, jobs, syncedAt) || !tx.commit())
        return fail(QStringLiteral("writing restore jobs"));
    return true;
}

bool Cache::upsertRestoreJob(const RestoreJob &job, const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    RowWriter<RestoreJob> w(m_db, restoreJobRows());
    w.scope(job.groupId, job.clusterName);
    if (!tx.isActive() ||
        !w.write(withFirstSeen(job, firstSeen(QStringLiteral("restore_jobs"), job.groupId, job.clusterName), syncedAt),
                 "synced_at", syncedAt) ||
        !tx.commit())
        return fail(QStringLiteral("writing a restore job"));
    return true;
}

bool Cache::replaceCollectionRestoreJobRows(const QString &groupId, const QString &clusterName,
                                            const QList<CollectionRestoreJob> &jobs, const QDateTime &syncedAt)
{
    RowWriter<CollectionRestoreJob> w(m_db, collectionRestoreJobRows());
    w.scope(groupId, clusterName);
    const QHash<QString, QDateTime> known = firstSeen(QStringLiteral("collection_restore_jobs"), groupId, clusterName);
    QStringList ids;
    for (const CollectionRestoreJob &j : jobs) {
        ids.append(j.id);
        if (!w.write(withFirstSeen(j, known, syncedAt), "synced_at", syncedAt)) return false;
    }
    return removeMissing(QStringLiteral("collection_restore_jobs"), QStringLiteral("group_id = ? AND cluster_name = ?"),
                         {groupId, clusterName}, ids) &&
           mark(scopeCollectionRestoreJobs(groupId, clusterName), syncedAt);
}

bool Cache::replaceCollectionRestoreJobs(const QString &groupId, const QString &clusterName,
                                         const QList<CollectionRestoreJob> &jobs, const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    if (!tx.isActive() || !replaceCollectionRestoreJobRows(groupId, clusterName, jobs, syncedAt) || !tx.commit())
        return fail(QStringLiteral("writing collection restore jobs"));
    return true;
}

bool Cache::upsertCollectionRestoreJob(const CollectionRestoreJob &job, const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    RowWriter<CollectionRestoreJob> w(m_db, collectionRestoreJobRows());
    w.scope(job.groupId, job.clusterName);
    const auto known = firstSeen(QStringLiteral("collection_restore_jobs"), job.groupId, job.clusterName);
    if (!tx.isActive() || !w.write(withFirstSeen(job, known, syncedAt), "synced_at", syncedAt) || !tx.commit())
        return fail(QStringLiteral("writing a collection restore job"));
    return true;
}

bool Cache::upsertFlexRestoreJob(const FlexRestoreJob &job, const QDateTime &syncedAt)
{
    Transaction tx(m_db);
    RowWriter<FlexRestoreJob> w(m_db, flexRestoreJobRows());
    w.scope(job.groupId, job.clusterName);
    if (!tx.isActive() || !w.write(job, "synced_at", syncedAt) || !tx.commit())
        return fail(QStringLiteral("writing a Flex restore job"));
    return true;
}

bool Cache::recordFcvPinRow(const QString &groupId, const Cluster &c, const QDateTime &seenAt)
{
    const std::optional<FcvPin> now = currentPin(c, seenAt);
    if (!now) return true;
    const qint64 expiry = now->expiry.toMSecsSinceEpoch();
    Statement known = m_db.prepare(
        QStringLiteral("SELECT 1 FROM fcv_pins WHERE group_id = ? AND cluster_name = ? AND fcv = ? AND expiry = ?"));
    known.bind(1, groupId).bind(2, c.name).bind(3, now->fcv).bind(4, expiry);
    if (known.next()) return true;
    FcvPin pin = *now;
    pin.groupId = groupId;
    Statement prev =
        m_db.prepare(QStringLiteral("SELECT fcv, fcv_expiration FROM clusters WHERE group_id = ? AND name = ?"));
    prev.bind(1, groupId).bind(2, c.name);
    if (prev.next()) {
        if (prev.isNull(1)) {
            pin.start = seenAt;  // seen unpinned before: the pin began since
        } else if (prev.text(0) == pin.fcv) {
            // the same pin, its expiry moved: keep the row (and its start), move the expiry
            Statement move = m_db.prepare(QStringLiteral(
                "UPDATE fcv_pins SET expiry = ? WHERE group_id = ? AND cluster_name = ? AND fcv = ? AND expiry = ?"));
            move.bind(1, expiry).bind(2, groupId).bind(3, c.name).bind(4, pin.fcv).bind(5, prev.integer(1));
            if (!move.execute()) return false;
            if (m_db.changes() > 0) return true;
        }
    }
    RowWriter<FcvPin> w(m_db, fcvPinRows());
    w.scope(groupId, c.name);
    return w.write(pin);
}

bool Cache::recordFcvPin(const Cluster &cluster, const QDateTime &seenAt)
{
    Transaction tx(m_db);
    if (!tx.isActive() || !recordFcvPinRow(cluster.groupId, cluster, seenAt) || !tx.commit())
        return fail(QStringLiteral("recording an FCV pin"));
    return true;
}

qint64 Cache::appendRestoreAudit(const RestoreAuditEntry &entry)
{
    Transaction tx(m_db);
    RowWriter<RestoreAuditEntry> w(m_db, restoreAuditRows());
    RestoreAuditEntry e = entry;
    e.seq = 0;
    if (!tx.isActive() || !w.write(e)) {
        fail(QStringLiteral("writing the restore audit log"));
        return 0;
    }
    const qint64 seq = m_db.scalarInt(QStringLiteral("SELECT last_insert_rowid()")).value_or(0);
    if (!tx.commit()) {
        fail(QStringLiteral("writing the restore audit log"));
        return 0;
    }
    return seq;
}

bool Cache::setRestoreAuditOutcome(qint64 seq, const QString &outcome, const QString &jobId)
{
    Statement s = m_db.prepare(
        QStringLiteral("UPDATE restore_audit SET outcome = ?, job_id = coalesce(nullif(?, ''), job_id) WHERE seq = ?"));
    s.bind(1, outcome).bind(2, jobId).bind(3, seq);
    if (!s.execute()) return fail(QStringLiteral("amending the restore audit log"));
    if (m_db.changes() == 0) {
        m_error = QStringLiteral("no restore audit entry %1").arg(seq);
        return false;
    }
    return true;
}

bool Cache::writeSyncedCluster(const SyncedCluster &c)
{
    Transaction tx(m_db);
    bool ok = tx.isActive();
    QString what = QStringLiteral("snapshots");
    if (ok && c.fullList)
        ok = replaceSnapshotRows(c.groupId, c.clusterName, *c.fullList, c.syncedAt);
    else if (ok && c.newest)
        ok = writeSnapshotRows(c.groupId, c.clusterName, {*c.newest}, c.syncedAt) &&
             refreshSnapshotSummary(c.groupId, c.clusterName);
    if (ok && c.schedule) {
        what = QStringLiteral("the backup schedule");
        ok = writeScheduleRow(c.groupId, c.clusterName, *c.schedule, c.syncedAt);
    }
    if (ok) {
        what = QStringLiteral("restore jobs");
        ok = replaceRestoreJobRows(c.groupId, c.clusterName, c.restoreJobs, c.syncedAt);
    }
    if (ok && c.collectionRestoreJobs) {
        what = QStringLiteral("collection restore jobs");
        ok = replaceCollectionRestoreJobRows(c.groupId, c.clusterName, *c.collectionRestoreJobs, c.syncedAt);
    }
    if (ok && c.cluster) {
        what = QStringLiteral("the FCV pin");
        ok = recordFcvPinRow(c.groupId, *c.cluster, c.syncedAt);
    }
    if (!ok || !tx.commit()) return fail(QStringLiteral("writing %1 of cluster %2").arg(what, c.clusterName));
    return true;
}

bool Cache::removeCluster(const QString &groupId, const QString &clusterName)
{
    Transaction tx(m_db);
    for (const char *table : {"clusters", "flex_clusters"}) {
        Statement d =
            m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE group_id = ? AND name = ?").arg(QLatin1String(table)));
        if (!d.bind(1, groupId).bind(2, clusterName).execute()) return fail(QStringLiteral("removing a cluster"));
    }
    for (const char *table : {"snapshots", "snapshot_summaries", "flex_snapshots", "schedules", "restore_jobs",
                              "flex_restore_jobs", "collection_restore_jobs", "fcv_pins"}) {
        Statement d = m_db.prepare(
            QStringLiteral("DELETE FROM %1 WHERE group_id = ? AND cluster_name = ?").arg(QLatin1String(table)));
        if (!d.bind(1, groupId).bind(2, clusterName).execute()) return fail(QStringLiteral("removing a cluster"));
    }
    Statement marks = m_db.prepare(QStringLiteral("DELETE FROM sync_marks WHERE scope IN (?, ?, ?, ?, ?)"));
    marks.bind(1, scopeSnapshots(groupId, clusterName)).bind(2, scopeFlexSnapshots(groupId, clusterName));
    marks.bind(3, scopeRestoreJobs(groupId, clusterName)).bind(4, scopeFlexRestoreJobs(groupId, clusterName));
    marks.bind(5, scopeCollectionRestoreJobs(groupId, clusterName));
    if (!tx.isActive() || !marks.execute() || !tx.commit()) return fail(QStringLiteral("removing a cluster"));
    return true;
}

// --- Reads: the codec's SELECT, then the scope the rows were asked by. ---

QList<Organization> Cache::organizations()
{
    QList<Organization> out;
    Statement s = m_db.prepare(organizationRows().selectSql(QStringLiteral("ORDER BY name, id")));
    while (s.next()) out.append(organizationRows().read(s));
    return out;
}

QList<Project> Cache::projects(const QString &orgId)
{
    QList<Project> out;
    Statement s =
        m_db.prepare(projectRows().selectSql(QStringLiteral("WHERE :org IS NULL OR org_id = :org ORDER BY name, id")));
    s.bind(s.parameterIndex(QStringLiteral(":org")), orgId.isEmpty() ? QString() : orgId);
    while (s.next()) out.append(projectRows().read(s));
    return out;
}

QList<Cluster> Cache::clusters(const QString &groupId)
{
    QList<Cluster> out;
    Statement s = m_db.prepare(clusterRows().selectSql(QStringLiteral("WHERE group_id = :group_id ORDER BY name")));
    s.bind(s.parameterIndex(QStringLiteral(":group_id")), groupId);
    while (s.next()) {
        out.append(clusterRows().read(s));
        out.last().groupId = groupId;
    }
    return out;
}

QList<FlexCluster> Cache::flexClusters(const QString &groupId)
{
    QList<FlexCluster> out;
    Statement s = m_db.prepare(flexClusterRows().selectSql(QStringLiteral("WHERE group_id = :group_id ORDER BY name")));
    s.bind(s.parameterIndex(QStringLiteral(":group_id")), groupId);
    while (s.next()) {
        out.append(flexClusterRows().read(s));
        out.last().groupId = groupId;
    }
    return out;
}

namespace {
// SELECT ... WHERE group_id = :group_id AND cluster_name = :cluster_name, bound.
template <typename T>
Statement clusterScoped(Database &db, const RowCodec<T> &codec, const QString &order, const QString &groupId,
                        const QString &clusterName)
{
    Statement s = db.prepare(
        codec.selectSql(QStringLiteral("WHERE group_id = :group_id AND cluster_name = :cluster_name ") + order));
    s.bind(s.parameterIndex(QStringLiteral(":group_id")), groupId);
    s.bind(s.parameterIndex(QStringLiteral(":cluster_name")), clusterName);
    return s;
}
}  // namespace

QList<Snapshot> Cache::snapshots(const QString &groupId, const QString &clusterName)
{
    QList<Snapshot> out;
    Statement s =
        clusterScoped(m_db, snapshotRows(), QStringLiteral("ORDER BY created_at DESC, id"), groupId, clusterName);
    while (s.next()) {
        Snapshot n = snapshotRows().read(s);
        n.groupId = groupId;
        n.clusterName = clusterName;
        out.append(std::move(n));
    }
    return out;
}

int Cache::snapshotCount(const QString &groupId, const QString &clusterName)
{
    Statement s =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM snapshots WHERE group_id = ? AND cluster_name = ?"));
    s.bind(1, groupId).bind(2, clusterName);
    return s.next() ? int(s.integer(0)) : 0;
}

QList<FlexSnapshot> Cache::flexSnapshots(const QString &groupId, const QString &clusterName)
{
    QList<FlexSnapshot> out;
    Statement s = clusterScoped(m_db, flexSnapshotRows(), QStringLiteral("ORDER BY scheduled_time DESC, id"), groupId,
                                clusterName);
    while (s.next()) {
        FlexSnapshot f = flexSnapshotRows().read(s);
        f.groupId = groupId;
        f.clusterName = clusterName;
        out.append(std::move(f));
    }
    return out;
}

std::optional<BackupSchedule> Cache::schedule(const QString &groupId, const QString &clusterName)
{
    Statement s = clusterScoped(m_db, scheduleRows(), QString(), groupId, clusterName);
    if (!s.next()) return std::nullopt;
    BackupSchedule b = scheduleRows().read(s);
    b.groupId = groupId;
    b.clusterName = clusterName;
    return b;
}

std::optional<CompliancePolicy> Cache::compliancePolicy(const QString &groupId)
{
    Statement s =
        m_db.prepare(complianceRows().selectSql(QStringLiteral("WHERE group_id = :group_id AND present = 1")));
    s.bind(s.parameterIndex(QStringLiteral(":group_id")), groupId);
    if (!s.next()) return std::nullopt;
    CompliancePolicy p = complianceRows().read(s);
    p.projectId = groupId;
    return p;
}

QDateTime Cache::compliancePolicyCheckedAt(const QString &groupId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT synced_at FROM compliance_policies WHERE group_id = ?"));
    s.bind(1, groupId);
    return s.next() ? s.dateTime(0) : QDateTime();
}

QList<RestoreJob> Cache::restoreJobs(const QString &groupId, const QString &clusterName)
{
    QList<RestoreJob> out;
    Statement s =
        clusterScoped(m_db, restoreJobRows(), QStringLiteral("ORDER BY timestamp DESC, id"), groupId, clusterName);
    while (s.next()) {
        RestoreJob j = restoreJobRows().read(s);
        j.groupId = groupId;
        j.clusterName = clusterName;
        out.append(std::move(j));
    }
    return out;
}

QList<FlexRestoreJob> Cache::flexRestoreJobs(const QString &groupId, const QString &clusterName)
{
    QList<FlexRestoreJob> out;
    Statement s = clusterScoped(m_db, flexRestoreJobRows(), QStringLiteral("ORDER BY scheduled_date DESC, id"), groupId,
                                clusterName);
    while (s.next()) {
        FlexRestoreJob j = flexRestoreJobRows().read(s);
        j.groupId = groupId;
        j.clusterName = clusterName;
        out.append(std::move(j));
    }
    return out;
}

QList<CollectionRestoreJob> Cache::collectionRestoreJobs(const QString &groupId, const QString &clusterName)
{
    QList<CollectionRestoreJob> out;
    Statement s =
        clusterScoped(m_db, collectionRestoreJobRows(),
                      QStringLiteral("ORDER BY coalesce(created_at, first_seen_at) DESC, id"), groupId, clusterName);
    while (s.next()) {
        CollectionRestoreJob j = collectionRestoreJobRows().read(s);
        j.groupId = groupId;
        j.clusterName = clusterName;
        out.append(std::move(j));
    }
    return out;
}

namespace {
// SELECT codec fields plus the scope columns (appended), for rows read by target.
template <typename T>
QList<T> readOnto(Database &db, const RowCodec<T> &codec, const QString &targetGroupColumn,
                  const QString &targetClusterColumn, const QString &order, const QString &targetGroupId,
                  const QString &targetClusterName, QString T::*groupMember, QString T::*clusterMember)
{
    QList<T> out;
    QStringList cols;
    for (const Field<T> &f : codec.fields) cols.append(QLatin1String(f.column));
    const int n = int(cols.size());
    Statement s = db.prepare(
        QStringLiteral("SELECT %1, group_id, cluster_name FROM %2 WHERE %3 = ? AND %4 = ? %5")
            .arg(cols.join(QStringLiteral(", ")), codec.table, targetGroupColumn, targetClusterColumn, order));
    s.bind(1, targetGroupId).bind(2, targetClusterName);
    while (s.next()) {
        T v = codec.read(s);
        v.*groupMember = s.text(n);
        v.*clusterMember = s.text(n + 1);
        out.append(std::move(v));
    }
    return out;
}
}  // namespace

QList<RestoreJob> Cache::restoreJobsOnto(const QString &targetGroupId, const QString &targetClusterName)
{
    return readOnto(m_db, restoreJobRows(), QStringLiteral("target_group_id"), QStringLiteral("target_cluster_name"),
                    QStringLiteral("ORDER BY coalesce(first_seen_at, timestamp) DESC, id"), targetGroupId,
                    targetClusterName, &RestoreJob::groupId, &RestoreJob::clusterName);
}

QList<CollectionRestoreJob> Cache::collectionRestoreJobsOnto(const QString &targetGroupId,
                                                             const QString &targetClusterName)
{
    return readOnto(m_db, collectionRestoreJobRows(), QStringLiteral("target_group_id"),
                    QStringLiteral("target_cluster_name"),
                    QStringLiteral("ORDER BY coalesce(created_at, first_seen_at) DESC, id"), targetGroupId,
                    targetClusterName, &CollectionRestoreJob::groupId, &CollectionRestoreJob::clusterName);
}

QList<FlexRestoreJob> Cache::flexRestoreJobsOnto(const QString &targetGroupId, const QString &targetClusterName)
{
    return readOnto(m_db, flexRestoreJobRows(), QStringLiteral("target_project_id"),
                    QStringLiteral("target_deployment"), QStringLiteral("ORDER BY scheduled_date DESC, id"),
                    targetGroupId, targetClusterName, &FlexRestoreJob::groupId, &FlexRestoreJob::clusterName);
}

QList<RunningRestore> Cache::runningRestores()
{
    QList<RunningRestore> out;
    const auto collect = [&](RestoreFamily family, const QString &sql) {
        Statement s = m_db.prepare(sql);
        while (s.next()) out.append({family, s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.dateTime(5)});
    };
    // Dedicated: no flag and no finishedAt; a download with its links served has ended.
    collect(RestoreFamily::Dedicated,
            QStringLiteral("SELECT group_id, cluster_name, id, target_group_id, target_cluster_name, first_seen_at "
                           "FROM restore_jobs WHERE coalesce(cancelled, 0) = 0 AND coalesce(failed, 0) = 0 AND "
                           "coalesce(expired, 0) = 0 AND finished_at IS NULL AND NOT (lower(delivery_type) = "
                           "'download' AND delivery_url_count > 0)"));
    // Collection: any state that is not final (an unknown one too: its end was not seen).
    collect(RestoreFamily::Collection,
            QStringLiteral("SELECT group_id, cluster_name, id, target_group_id, target_cluster_name, first_seen_at "
                           "FROM collection_restore_jobs WHERE upper(coalesce(state, '')) NOT IN ('SUCCESSFUL', "
                           "'CANCELED', 'CANCELLED', 'FAILED')"));
    collect(RestoreFamily::Flex,
            QStringLiteral("SELECT group_id, cluster_name, id, target_project_id, target_deployment, scheduled_date "
                           "FROM flex_restore_jobs WHERE lower(status) IN ('pending', 'queued', 'running')"));
    std::stable_sort(out.begin(), out.end(), [](const RunningRestore &a, const RunningRestore &b) {
        if (a.firstSeenAt.isValid() != b.firstSeenAt.isValid()) return a.firstSeenAt.isValid();
        return a.firstSeenAt < b.firstSeenAt;
    });
    return out;
}

QList<FcvPin> Cache::fcvPins(const QString &groupId, const QString &clusterName)
{
    QList<FcvPin> out;
    Statement s = clusterScoped(m_db, fcvPinRows(), QStringLiteral("ORDER BY expiry, fcv"), groupId, clusterName);
    while (s.next()) {
        FcvPin p = fcvPinRows().read(s);
        p.groupId = groupId;
        p.clusterName = clusterName;
        out.append(std::move(p));
    }
    return out;
}

QList<PastRestore> Cache::pastRestores(int limit)
{
    QList<PastRestore> out;
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT snapshot_size_bytes, (finished_at - first_seen_at) / 1000 FROM restore_jobs WHERE finished_at IS "
        "NOT NULL AND first_seen_at IS NOT NULL AND finished_at > first_seen_at AND snapshot_size_bytes > 0 AND "
        "coalesce(failed, 0) = 0 AND coalesce(cancelled, 0) = 0 AND lower(coalesce(delivery_type, '')) <> "
        "'download' ORDER BY finished_at DESC LIMIT ?"));
    s.bind(1, limit);
    while (s.next()) out.append({s.integer(0), s.integer(1)});
    return out;
}

QList<RestoreAuditEntry> Cache::restoreAudit(int limit)
{
    QList<RestoreAuditEntry> out;
    Statement s = m_db.prepare(restoreAuditRows().selectSql(QStringLiteral("ORDER BY seq DESC LIMIT ?")));
    s.bind(1, limit);
    while (s.next()) out.append(restoreAuditRows().read(s));
    return out;
}

// --- Aggregates ---

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
    Statement running = m_db.prepare(
        QStringLiteral("SELECT group_id, cluster_name FROM restore_jobs WHERE coalesce(cancelled, 0) = 0 AND "
                       "coalesce(failed, 0) = 0 AND coalesce(expired, 0) = 0 AND finished_at IS NULL GROUP BY 1, 2"));
    while (running.next()) summaryFor(out, running.text(0), running.text(1)).restoreRunning = true;
}

QList<ClusterBackupSummary> Cache::clusterBackupSummaries()
{
    QHash<SummaryKey, ClusterBackupSummary> out;
    // Kept at write time (refreshSnapshotSummary): no pass over every snapshot here.
    Statement sums = m_db.prepare(
        QStringLiteral("SELECT group_id, cluster_name, snapshot_count, synced_at, latest_at, latest_status, "
                       "last_good_at, last_good_type FROM snapshot_summaries"));
    while (sums.next()) {
        ClusterBackupSummary &s = summaryFor(out, sums.text(0), sums.text(1));
        s.snapshotCount = int(sums.integer(2));
        s.snapshotsSyncedAt = sums.dateTime(3);
        s.health.latestAt = sums.dateTime(4);
        s.health.latestStatus = parseSnapshotStatus(sums.text(5)).value;
        if (!sums.isNull(6)) {
            s.health.lastGood = sums.dateTime(6);
            s.health.lastGoodIsFallback = parseSnapshotType(sums.text(7)).value == SnapshotType::Fallback;
        }
    }
    Statement schedules =
        m_db.prepare(QStringLiteral("SELECT group_id, cluster_name, synced_at, policies FROM schedules"));
    while (schedules.next()) {
        ClusterBackupSummary &s = summaryFor(out, schedules.text(0), schedules.text(1));
        s.scheduleSyncedAt = schedules.dateTime(2);
        s.health.promisedSeconds = promisedIntervalSeconds(policyItemsFrom(schedules.text(3)));
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
    Statement latest = m_db.prepare(QStringLiteral("SELECT group_id, cluster_name, max(coalesce(start_time, "
                                                   "scheduled_time)), status FROM flex_snapshots GROUP BY 1, 2"));
    while (latest.next()) {
        ClusterBackupSummary &s = summaryFor(out, latest.text(0), latest.text(1));
        s.health.latestAt = latest.dateTime(2);
        s.health.latestStatus = snapshotStatusOf(parseFlexJobStatus(latest.text(3)).value);
    }
    Statement good = m_db.prepare(QStringLiteral(
        "SELECT group_id, cluster_name, max(coalesce(finish_time, start_time, scheduled_time)) FROM flex_snapshots "
        "WHERE lower(status) = 'completed' GROUP BY 1, 2"));
    while (good.next()) summaryFor(out, good.text(0), good.text(1)).health.lastGood = good.dateTime(2);
    // A Flex restore reports one status word (pending, queued, running, failed, completed).
    Statement last = m_db.prepare(QStringLiteral(
        "SELECT group_id, cluster_name, max(scheduled_date), status FROM flex_restore_jobs GROUP BY 1, 2"));
    while (last.next()) {
        ClusterBackupSummary &s = summaryFor(out, last.text(0), last.text(1));
        s.health.lastRestoreAt = last.dateTime(2);
        s.health.lastRestoreFailed = parseFlexJobStatus(last.text(3)).value == FlexJobStatus::Failed;
    }
    Statement running = m_db.prepare(QStringLiteral(
        "SELECT group_id, cluster_name FROM flex_restore_jobs WHERE lower(status) IN ('pending', 'queued', "
        "'running') GROUP BY 1, 2"));
    while (running.next()) summaryFor(out, running.text(0), running.text(1)).restoreRunning = true;
    // Keep only clusters with flex snapshots (a restore alone does not make a Flex cluster known).
    for (auto it = out.begin(); it != out.end();) {
        if (it->snapshotCount == 0)
            it = out.erase(it);
        else
            ++it;
    }
    return sortedSummaries(out);
}

}  // namespace lifeboat::cache
