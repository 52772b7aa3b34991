#pragma once
// The caller's side of the worker layer. Lives in the GUI (or CLI main) thread and
// never touches the network or SQLite: each call posts a job to the worker thread and
// returns a JobId at once; results come back as values through queued signals, in the
// caller's thread. The GUI and the CLI submit the same jobs through this class. Its
// header shows values only: no client, no cache.
#include "atlas/connection.h"
#include "domain/ondemandsnapshot.h"
#include "jobs/jobresult.h"
#include "jobs/syncscope.h"

#include <QObject>

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

private:
    using Factory = std::function<class Job *(JobId, const struct JobContext &)>;
    JobId submit(Factory make);

    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    SyncOptions m_syncOptions;
    JobId m_lastId = 0;
};

}  // namespace lifeboat::jobs
