#pragma once
// The caller's side of the worker layer. Lives in the GUI (or CLI main) thread and
// never touches the network or SQLite: each call posts a job to the worker thread and
// returns a JobId at once; results come back as values through queued signals, in the
// caller's thread. The GUI and the CLI submit the same jobs through this class. Its
// header shows values only: no client, no cache.
#include "atlas/connection.h"
#include "domain/ondemandsnapshot.h"
#include "jobs/compliance.h"
#include "jobs/jobresult.h"
#include "jobs/policy.h"
#include "jobs/restore.h"
#include "jobs/syncscope.h"

#include <QObject>
#include <QSet>

class QThread;

namespace lifeboat::jobs {

class Worker;

class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;  // stops the worker thread cleanly

    // Before start(): concurrency and the incremental rule (see syncjob.h).
    void setSyncOptions(const SyncOptions &options) { m_syncOptions = options; }

    // Starts the worker thread: it owns the atlas::Client and the cache's write connection.
    void start(const atlas::ClientOptions &options, const QString &cachePath);
    void stop();
    bool isRunning() const { return m_thread != nullptr; }
    // After a start() on the cache alone (empty options, so nothing can reach a server): the
    // server to talk to from now on. The cache stays open; jobs submitted after it use it.
    void setClientOptions(const atlas::ClientOptions &options);

    JobId sync(const SyncScope &scope);
    JobId syncAll();  // orgs, projects, clusters, flex, compliance, schedules, snapshots, restore jobs
    JobId syncProject(const QString &groupId);
    JobId syncCluster(const QString &groupId, const QString &clusterName);
    JobId loadEstate();  // from the cache -> estateLoaded (and the result's payload)
    JobId loadClusterDetail(const QString &groupId, const QString &clusterName);  // -> clusterDetailLoaded
    JobId loadProjects();                                                         // payload QList<domain::Project>
    JobId loadClusters(const QString &groupId);                                   // payload ProjectClusters
    // An on-demand snapshot (TakeSnapshotJob); payload TakeSnapshotOutcome.
    JobId takeSnapshot(const QString &groupId, const QString &clusterName,
                       const domain::OnDemandSnapshotRequest &request);

    // --- Restores (jobs/restore.h, restore-plan.md §3). Flex and collection restores go
    // through the same calls (the plan's sourceIsFlex / kind; RestoreRef::Kind). ---
    // The pre-flight over facts read fresh (server's clock); payload RestoreValidation.
    JobId validateRestore(const domain::RestorePlan &plan);
    // Validates again; the typed name must equal the target's whenever its data is replaced;
    // sends the POST once; a lost answer is reconciled by listing; cache + audit log.
    // Payload RestoreRef. One start per target: the same plan again joins the running one.
    JobId startRestore(const domain::RestorePlan &plan, const QString &typedTargetName, const QString &reason = {});
    // Polls until the end (backing off, reading again after 429/5xx/resets); restoreProgress
    // on each change; payload RestoreProgress. A second watch of the same job joins the first.
    JobId watchRestore(const RestoreRef &ref);
    JobId cancelRestore(const RestoreRef &ref);  // payload RestoreProgress (the job read after)
    JobId listSnapshotNamespaces(const QString &groupId, const QString &clusterName, const QString &snapshotId);
    JobId loadRestores(const QString &groupId = {}, const QString &clusterName = {});  // payload QList<RestoreRow>
    // A watch for every restore whose end Lifeboat has not seen (after a restart too); returns
    // the id of the job that reads them from the cache (its payload: QList<RestoreRow>).
    JobId resumeFollowing();
    // A watch from watchRestore or resumeFollowing, until its end: views follow these in
    // their own place (a restore is cancelled through cancelRestore, not cancel()).
    bool isRestoreWatch(JobId id) const { return m_watches.contains(id); }

    // --- Backup policy and snapshot actions (jobs/policy.h). ---
    JobId readPolicy(const QString &groupId, const QString &clusterName);  // payload domain::BackupSchedule
    // The checks and the review over facts read fresh; payload PolicyValidation.
    JobId validatePolicy(const QString &groupId, const QString &clusterName, const domain::PolicyChange &change);
    // Validates again, PATCHes once (a lost answer reconciled by reading the schedule), reads
    // the schedule and snapshots back; payload PolicyOutcome.
    JobId applyPolicy(const QString &groupId, const QString &clusterName, const domain::PolicyChange &change);
    // A snapshot's new expiry or its deletion, checked first; payload SnapshotChangeOutcome.
    JobId changeSnapshot(const SnapshotChange &change);

    // --- Backup Compliance Policy (jobs/compliance.h). ---
    JobId readCompliance(const QString &groupId);  // payload ComplianceRead (nullopt: none enabled)
    // The checks and the clusters it raises over facts read fresh; payload ComplianceValidation.
    JobId validateCompliance(const QString &groupId, const domain::ComplianceChange &change);
    // Validates again with the typed project name and the acknowledgement, PUTs once (a lost answer
    // reconciled by reading the policy), reads it back; payload ComplianceOutcome.
    JobId applyCompliance(const QString &groupId, const domain::ComplianceChange &change,
                          const QString &typedProjectName, bool acknowledged);
    // Only in an empty project (or once Support approved), the name typed; DELETE once; payload
    // ComplianceOutcome.
    JobId disableCompliance(const QString &groupId, const QString &typedProjectName);

    void cancel(JobId id);

signals:
    void jobStarted(lifeboat::jobs::JobId id, const QString &title);
    void jobProgress(lifeboat::jobs::JobId id, int done, int total, const QString &step);
    // The end of every job: kind, typed error, payload, what changed.
    void jobResult(const lifeboat::jobs::JobResult &result);
    // The same end in short (emitted just after jobResult); message in plain words on failure.
    void jobFinished(lifeboat::jobs::JobId id, bool ok, const QString &message);
    void estateLoaded(const lifeboat::jobs::Estate &estate);
    void clusterDetailLoaded(const lifeboat::jobs::ClusterDetail &detail);
    // After each job that talked to the server: reachable or not, and why. Cache and
    // validation failures say nothing about the connection and do not emit it.
    void connectionChanged(bool online, const QString &message);
    void cacheChanged(const lifeboat::jobs::CacheScope &scope);  // a job wrote there: views of it may reload
    // A watched restore changed (state, progress, links); `id` is the watch's job id.
    void restoreProgress(const lifeboat::jobs::RestoreProgress &progress);
    void restoreProgressOf(lifeboat::jobs::JobId id, const lifeboat::jobs::RestoreProgress &progress);

private:
    using Factory = std::function<class Job *(JobId, const struct JobContext &)>;
    JobId submit(Factory make);

    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    SyncOptions m_syncOptions;
    JobId m_lastId = 0;
    QSet<JobId> m_watches;
    QSet<JobId> m_resumeReads;  // resumeFollowing's cache reads: their rows become watches
};

}  // namespace lifeboat::jobs
