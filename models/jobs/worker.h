#pragma once
// The worker: lives on the jobs thread, owns the Atlas client, the cache's write
// connection and a read-only one. Sync jobs run one after another (each with a few
// requests in flight); cache reads (estate, cluster detail) run as soon as they
// arrive, between the network callbacks of a running sync.
#include "atlas/client.h"
#include "cache/cache.h"
#include "jobs/cachereader.h"
#include "jobs/cachewriter.h"
#include "jobs/estate.h"
#include "jobs/syncjob.h"

#include <QObject>
#include <deque>
#include <memory>

namespace lifeboat::jobs {

class Worker : public QObject {
    Q_OBJECT
public:
    explicit Worker(QObject *parent = nullptr);
    ~Worker() override;

    // All of these are called on the worker thread (queued from JobRunner).
    void init(const atlas::ClientOptions &options, const QString &cachePath, const SyncOptions &syncOptions);
    void submitSync(JobId id, const SyncScope &scope);
    void loadEstate(JobId id);
    void loadClusterDetail(JobId id, const QString &groupId, const QString &clusterName);
    void cancel(JobId id);
    void shutdown();  // cancels everything, closes the cache, drops the client

signals:
    void jobStarted(lifeboat::jobs::JobId id, const QString &title);
    void jobProgress(lifeboat::jobs::JobId id, int done, int total, const QString &step);
    void jobFinished(const lifeboat::jobs::JobResult &result);
    void estateLoaded(const lifeboat::jobs::Estate &estate);
    void clusterDetailLoaded(const lifeboat::jobs::ClusterDetail &detail);
    void connectionChanged(bool online, const QString &message);
    void cacheChanged();

private:
    struct Pending {
        JobId id;
        SyncScope scope;
    };
    void startNext();
    void onSyncFinished(const JobResult &result);
    bool ready(JobId id, const QString &title);  // false (and reports why) when init failed
    void finishWith(JobId id, const atlas::ApiError &error);

    std::unique_ptr<atlas::Client> m_client;
    cache::Cache m_cache;
    CacheReader m_reader;
    std::unique_ptr<CacheWriter> m_writer;  // cluster writes on a thread of their own
    SyncOptions m_syncOptions;
    QString m_initError;
    std::deque<Pending> m_queue;
    SyncJob *m_current = nullptr;
};

}  // namespace lifeboat::jobs
