#pragma once
// Restore jobs of a dedicated cluster (2023-01-01), collection restore jobs and the
// namespaces in a snapshot (2025-03-12), and those of a Flex cluster (the Flex API,
// 2024-11-13). Every POST is sent once, never retried: after a lost answer, list the
// jobs to learn whether it started.
#include "atlas/answers.h"
#include "atlas/requests.h"
#include "atlas/transport.h"

namespace lifeboat::atlas {

class Client;

class RestoreOps {
public:
    RequestId listRestoreJobs(const QString &groupId, const QString &clusterName, Callback<QList<RestoreJob>> done);
    RequestId getRestoreJob(const QString &groupId, const QString &clusterName, const QString &restoreJobId,
                            Callback<RestoreJob> done);
    // POST; sent once, never retried: after a timeout, list the jobs to learn whether it started.
    RequestId createRestoreJob(const QString &groupId, const QString &clusterName, const RestoreRequest &request,
                               Callback<RestoreJob> done);
    // The same two with the download links (deliveryUrl[], components[], private links):
    // for the caller only, never for the cache.
    RequestId getRestoreJobWithLinks(const QString &groupId, const QString &clusterName, const QString &restoreJobId,
                                     Callback<RestoreJobAnswer> done);
    RequestId createRestoreJobWithLinks(const QString &groupId, const QString &clusterName,
                                        const RestoreRequest &request, Callback<RestoreJobAnswer> done);
    RequestId listRestoreJobsWithLinks(const QString &groupId, const QString &clusterName,
                                       Callback<QList<RestoreJobAnswer>> done);
    // DELETE .../backup/restoreJobs/{id}: 204. Atlas refuses a sharded restore with 405
    // ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED (an ApiError like any other).
    RequestId cancelRestoreJob(const QString &groupId, const QString &clusterName, const QString &restoreJobId,
                               Callback<bool> done);

    // --- Collection restore jobs (2025-03-12); `clusterName` is the source cluster. ---
    RequestId createCollectionRestoreJob(const QString &groupId, const QString &clusterName,
                                         const CollectionRestoreRequest &request, Callback<CollectionRestoreJob> done);
    RequestId getCollectionRestoreJob(const QString &groupId, const QString &clusterName, const QString &jobId,
                                      Callback<CollectionRestoreJob> done);
    RequestId listCollectionRestoreJobs(const QString &groupId, const QString &clusterName,
                                        Callback<QList<CollectionRestoreJob>> done);
    // The per-collection states (empty while the job is INITIALIZING).
    RequestId listCollectionRestoreCollections(const QString &groupId, const QString &clusterName, const QString &jobId,
                                               Callback<QList<CollectionRestoreNamespaceState>> done);

    // --- The namespaces in a snapshot (2025-03-12): names, as Atlas lists them. ---
    RequestId listSnapshotDatabases(const QString &groupId, const QString &clusterName, const QString &snapshotId,
                                    Callback<QStringList> done);
    RequestId listSnapshotCollections(const QString &groupId, const QString &clusterName, const QString &snapshotId,
                                      const QString &databaseName, Callback<QStringList> done);

    // --- Flex (2024-11-13) ---
    // GET /flexClusters/{name}/backup/restoreJobs.
    RequestId listFlexRestoreJobs(const QString &groupId, const QString &name, Callback<QList<FlexRestoreJob>> done);
    RequestId getFlexRestoreJob(const QString &groupId, const QString &name, const QString &restoreJobId,
                                Callback<FlexRestoreAnswer> done);
    RequestId createFlexRestoreJob(const QString &groupId, const QString &name, const FlexRestoreRequest &request,
                                   Callback<FlexRestoreAnswer> done);
    // POST /flexClusters/{name}/backup/download {snapshotId}: a DOWNLOAD job whose
    // snapshotUrl (valid 4 hours) comes in the answer or, later, in getFlexRestoreJob.
    RequestId downloadFlexSnapshot(const QString &groupId, const QString &name, const QString &snapshotId,
                                   Callback<FlexRestoreAnswer> done);

protected:
    explicit RestoreOps(Client &client) : m_client(client) {}
    ~RestoreOps() = default;

private:
    Client &m_client;
};

}  // namespace lifeboat::atlas
