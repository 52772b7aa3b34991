#pragma once
// The worker: lives on the jobs thread, owns the Atlas client, the cache's write
// connection and a read-only one, and runs any Job. Rules:
//   - one job per target key at a time; a submission whose request key equals a
//     running or waiting job's joins it (it gets the same result, nothing is sent twice);
//   - exclusive jobs (syncs) run one after another; the others start at once;
//   - cache reads finish as soon as they start, between the network callbacks.
#include "atlas/client.h"
#include "cache/cache.h"
#include "jobs/cachereader.h"
#include "jobs/cachewriter.h"
#include "jobs/job.h"

#include <QHash>
#include <QObject>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace lifeboat::jobs {

class Worker : public QObject {
    Q_OBJECT
public:
    using JobFactory = std::function<Job *(JobId id, const JobContext &context)>;

    explicit Worker(QObject *parent = nullptr);
    ~Worker() override;

    // All of these are called on the worker thread (queued from JobRunner).
    void init(const atlas::ClientOptions &options, const QString &cachePath, const SyncOptions &syncOptions);
    // Replaces the client (JobRunner::setClientOptions); the jobs that use the old one are cancelled.
    void setClient(const atlas::ClientOptions &options);
    void submit(JobId id, const JobFactory &make);
    // A joined submission stops following alone; the job itself stops when nobody follows it.
    void cancel(JobId id);
    void shutdown();  // cancels everything, closes the cache, drops the client

signals:
    void jobStarted(lifeboat::jobs::JobId id, const QString &title);
    void jobProgress(lifeboat::jobs::JobId id, int done, int total, const QString &step);
    void jobFinished(const lifeboat::jobs::JobResult &result);
    void jobUpdate(lifeboat::jobs::JobId id, const QVariant &value);
    void connectionChanged(bool online, const QString &message);
    void cacheChanged(const lifeboat::jobs::CacheScope &scope);

private:
    struct Entry {
        Job *job = nullptr;
        QList<JobId> followers;  // the job's own id first, then the ids that joined it
        bool running = false;
    };
    Entry *findByRequest(const QString &requestKey);
    Entry *findByFollower(JobId id);
    void schedule();
    void onFinished(Job *job, const JobResult &result);
    void finishAlone(JobId id, const JobError &error);

    std::unique_ptr<atlas::Client> m_client;
    cache::Cache m_cache;
    CacheReader m_reader;
    std::unique_ptr<CacheWriter> m_writer;  // cluster writes on a thread of their own
    SyncOptions m_syncOptions;
    std::optional<JobError> m_initError;
    std::vector<std::unique_ptr<Entry>> m_entries;  // waiting and running, in submission order
    bool m_scheduling = false;
};

}  // namespace lifeboat::jobs
