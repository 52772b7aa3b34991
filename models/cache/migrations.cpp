#include "cache/migrations.h"

namespace lifeboat::cache {

// Times are INTEGER milliseconds since the epoch (UTC); lists are JSON text in the
// API's own shape so the atlas mapping reads them back. No column holds a secret.
static const char *kV1 = R"SQL(
CREATE TABLE orgs (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, is_deleted INTEGER NOT NULL DEFAULT 0,
  synced_at INTEGER NOT NULL);
CREATE TABLE projects (
  id TEXT PRIMARY KEY, org_id TEXT, name TEXT NOT NULL, cluster_count INTEGER NOT NULL DEFAULT 0,
  created INTEGER, synced_at INTEGER NOT NULL);
CREATE INDEX projects_by_org ON projects(org_id);
CREATE TABLE clusters (
  group_id TEXT NOT NULL, name TEXT NOT NULL, id TEXT, cluster_type TEXT, mongodb_version TEXT,
  mongodb_major_version TEXT, fcv TEXT, fcv_expiration INTEGER, backup_enabled INTEGER NOT NULL DEFAULT 0,
  pit_enabled INTEGER NOT NULL DEFAULT 0, ear_provider TEXT, state_name TEXT, config_server_type TEXT,
  paused INTEGER NOT NULL DEFAULT 0, create_date INTEGER, shard_count INTEGER NOT NULL DEFAULT 0,
  provider_name TEXT, backing_provider_name TEXT, region_name TEXT, instance_size TEXT,
  synced_at INTEGER NOT NULL, PRIMARY KEY (group_id, name));
CREATE TABLE flex_clusters (
  group_id TEXT NOT NULL, name TEXT NOT NULL, id TEXT, mongodb_version TEXT, state_name TEXT,
  backing_provider_name TEXT, region_name TEXT, disk_size_gb REAL, backup_enabled INTEGER NOT NULL DEFAULT 1,
  termination_protection INTEGER NOT NULL DEFAULT 0, create_date INTEGER, synced_at INTEGER NOT NULL,
  PRIMARY KEY (group_id, name));
CREATE TABLE snapshots (
  group_id TEXT NOT NULL, cluster_name TEXT NOT NULL, id TEXT NOT NULL, created_at INTEGER, expires_at INTEGER,
  status TEXT, snapshot_type TEXT, frequency_type TEXT, policy_items TEXT, storage_size_bytes INTEGER,
  mongod_version TEXT, master_key_uuid TEXT, copy_regions TEXT, description TEXT, replica_set_name TEXT,
  type TEXT, cloud_provider TEXT, config_server_type TEXT, members TEXT, snapshot_ids TEXT,
  synced_at INTEGER NOT NULL, PRIMARY KEY (group_id, cluster_name, id));
CREATE INDEX snapshots_by_time ON snapshots(group_id, cluster_name, created_at);
CREATE TABLE flex_snapshots (
  group_id TEXT NOT NULL, cluster_name TEXT NOT NULL, id TEXT NOT NULL, scheduled_time INTEGER,
  start_time INTEGER, finish_time INTEGER, expiration INTEGER, mongodb_version TEXT, status TEXT,
  synced_at INTEGER NOT NULL, PRIMARY KEY (group_id, cluster_name, id));
CREATE TABLE schedules (
  group_id TEXT NOT NULL, cluster_name TEXT NOT NULL, cluster_id TEXT, reference_hour INTEGER,
  reference_minute INTEGER, restore_window_days INTEGER, next_snapshot INTEGER, policies TEXT,
  copy_settings TEXT, auto_export_enabled INTEGER NOT NULL DEFAULT 0, synced_at INTEGER NOT NULL,
  PRIMARY KEY (group_id, cluster_name));
CREATE TABLE compliance_policies (
  group_id TEXT PRIMARY KEY, present INTEGER NOT NULL, authorized_email TEXT, first_name TEXT,
  last_name TEXT, copy_protection INTEGER, ear_enabled INTEGER, pit_enabled INTEGER, deletable INTEGER,
  restore_window_days INTEGER, on_demand_item TEXT, scheduled_items TEXT, state TEXT, updated_date INTEGER,
  updated_user TEXT, synced_at INTEGER NOT NULL);
CREATE TABLE restore_jobs (
  group_id TEXT NOT NULL, cluster_name TEXT NOT NULL, id TEXT NOT NULL, snapshot_id TEXT, delivery_type TEXT,
  target_cluster_name TEXT, target_group_id TEXT, cancelled INTEGER, expired INTEGER, failed INTEGER,
  expires_at INTEGER, finished_at INTEGER, timestamp INTEGER, pit_seconds INTEGER, oplog_ts INTEGER,
  oplog_inc INTEGER, components TEXT, synced_at INTEGER NOT NULL, PRIMARY KEY (group_id, cluster_name, id));
)SQL";

// When each list was last fetched in full: an empty list has no rows to carry the
// time, yet "no snapshots, checked 5 minutes ago" differs from "never checked".
static const char *kV2 = R"SQL(
CREATE TABLE sync_marks (scope TEXT PRIMARY KEY, synced_at INTEGER NOT NULL);
)SQL";

// The SRV connection string, so the M0 page can show mongodump commands for the real host.
static const char *kV3 = R"SQL(
ALTER TABLE clusters ADD COLUMN standard_srv TEXT;
)SQL";

// Restore jobs of Flex clusters: a status word instead of flags, so a table of their own.
static const char *kV4 = R"SQL(
CREATE TABLE flex_restore_jobs (
  group_id TEXT NOT NULL, cluster_name TEXT NOT NULL, id TEXT NOT NULL, snapshot_id TEXT,
  target_deployment TEXT, target_project_id TEXT, status TEXT, delivery_type TEXT, scheduled_date INTEGER,
  finished_date INTEGER, expiration_date INTEGER, snapshot_finished_date INTEGER, synced_at INTEGER NOT NULL,
  PRIMARY KEY (group_id, cluster_name, id));
)SQL";

// Restores: the FCV pins Lifeboat saw (Atlas's snapshots do not carry the FCV), collection
// restore jobs, the local audit log of restores started from Lifeboat, and when each restore
// job was first seen (Atlas has no createdAt; the PIT blackout starts there). Download links
// are never stored: delivery_url_count counts them.
static const char *kV5 = R"SQL(
CREATE TABLE fcv_pins (
  group_id TEXT NOT NULL, cluster_name TEXT NOT NULL, fcv TEXT NOT NULL, first_seen INTEGER NOT NULL,
  start INTEGER, expiry INTEGER NOT NULL, PRIMARY KEY (group_id, cluster_name, fcv, expiry));
CREATE TABLE collection_restore_jobs (
  group_id TEXT NOT NULL, cluster_name TEXT NOT NULL, id TEXT NOT NULL, snapshot_id TEXT, pit_seconds INTEGER,
  oplog_ts INTEGER, oplog_inc INTEGER, target_group_id TEXT, target_cluster_name TEXT, state TEXT,
  created_at INTEGER, finished_at INTEGER, error_message TEXT, restored_documents INTEGER,
  total_documents INTEGER, write_strategy TEXT, index_strategy TEXT, first_seen_at INTEGER,
  synced_at INTEGER NOT NULL, PRIMARY KEY (group_id, cluster_name, id));
CREATE INDEX collection_restore_jobs_by_target ON collection_restore_jobs(target_group_id, target_cluster_name);
CREATE TABLE restore_audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, profile TEXT, kind TEXT, source_group_id TEXT,
  source_cluster TEXT, target_group_id TEXT, target_cluster TEXT, snapshot_id TEXT, pit TEXT, reason TEXT,
  job_id TEXT, outcome TEXT);
ALTER TABLE restore_jobs ADD COLUMN first_seen_at INTEGER;
ALTER TABLE restore_jobs ADD COLUMN snapshot_size_bytes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE restore_jobs ADD COLUMN kind_note TEXT;
ALTER TABLE restore_jobs ADD COLUMN delivery_url_count INTEGER NOT NULL DEFAULT 0;
CREATE INDEX restore_jobs_by_target ON restore_jobs(target_group_id, target_cluster_name);
)SQL";

// Auto export's bucket and frequency ({"exportBucketId", "frequencyType"}), so the policy
// tab shows what Atlas has before the fresh read arrives.
static const char *kV6 = R"SQL(
ALTER TABLE schedules ADD COLUMN export_policy TEXT;
)SQL";

// The estate summary per cluster, kept by the writes of snapshot rows in their own
// transaction (Cache::refreshSnapshotSummary), so a start reads 50 rows, not 100,000.
// The newest snapshot and the newest completed one are the rows ORDER BY created_at picks.
static const char *kV7 = R"SQL(
CREATE TABLE snapshot_summaries (
  group_id TEXT NOT NULL, cluster_name TEXT NOT NULL, snapshot_count INTEGER NOT NULL, synced_at INTEGER,
  latest_at INTEGER, latest_status TEXT, last_good_at INTEGER, last_good_type TEXT,
  PRIMARY KEY (group_id, cluster_name));
INSERT INTO snapshot_summaries (group_id, cluster_name, snapshot_count, synced_at)
  SELECT group_id, cluster_name, count(*), max(synced_at) FROM snapshots GROUP BY 1, 2;
UPDATE snapshot_summaries SET
  latest_at = (SELECT created_at FROM snapshots s WHERE s.group_id = snapshot_summaries.group_id AND
               s.cluster_name = snapshot_summaries.cluster_name ORDER BY created_at DESC, id LIMIT 1),
  latest_status = (SELECT status FROM snapshots s WHERE s.group_id = snapshot_summaries.group_id AND
               s.cluster_name = snapshot_summaries.cluster_name ORDER BY created_at DESC, id LIMIT 1),
  last_good_at = (SELECT created_at FROM snapshots s WHERE s.group_id = snapshot_summaries.group_id AND
               s.cluster_name = snapshot_summaries.cluster_name AND lower(status) = 'completed'
               ORDER BY created_at DESC, id LIMIT 1),
  last_good_type = (SELECT snapshot_type FROM snapshots s WHERE s.group_id = snapshot_summaries.group_id AND
               s.cluster_name = snapshot_summaries.cluster_name AND lower(status) = 'completed'
               ORDER BY created_at DESC, id LIMIT 1);
)SQL";

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {1, kV1}, {2, kV2}, {3, kV3}, {4, kV4}, {5, kV5}, {6, kV6}, {7, kV7},
    };
    return steps;
}

int latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

}  // namespace lifeboat::cache
