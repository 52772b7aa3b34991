#pragma once
// The caller's side of the worker layer. Lives in the GUI (or CLI main) thread and
// never touches the network or SQLite: each call posts a request to the worker
// thread and returns a JobId at once; results come back as values through queued
// signals, in the caller's thread.
#include "atlas/connection.h"
#include "jobs/estate.h"
#include "jobs/syncjob.h"

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

    JobId syncAll();  // orgs, projects, clusters, flex, compliance, schedules, snapshots, restore jobs
    JobId syncProject(const QString &groupId);
    JobId syncCluster(const QString &groupId, const QString &clusterName);
    JobId loadEstate();  // from the cache -> estateLoaded
    JobId loadClusterDetail(const QString &groupId, const QString &clusterName);  // -> clusterDetailLoaded
    void cancel(JobId id);

signals:
    void jobStarted(lifeboat::jobs::JobId id, const QString &title);
    void jobProgress(lifeboat::jobs::JobId id, int done, int total, const QString &step);
    void jobFinished(lifeboat::jobs::JobId id, bool ok, const QString &message);  // message in plain words on failure
    // The same end with the error kind and what a sync did (emitted just before jobFinished).
    void jobResult(const lifeboat::jobs::JobResult &result);
    void estateLoaded(const lifeboat::jobs::Estate &estate);
    void clusterDetailLoaded(const lifeboat::jobs::ClusterDetail &detail);
    void connectionChanged(bool online, const QString &message);  // after each sync: reachable or not, and why
    void cacheChanged();                                           // a sync wrote something: views may reload

private:
    JobId submit(const SyncScope &scope);
    JobId nextId() { return ++m_lastId; }

    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    SyncOptions m_syncOptions;
    JobId m_lastId = 0;
};

}  // namespace lifeboat::jobs
