#pragma once
// The one shape of every job: a kind, a title (display only), a target key, progress,
// cancel, and exactly one finished(JobResult). The base tracks the client requests a
// job has in flight so cancel() stops them all; subclasses only say what to ask and
// what to write. Jobs live on the worker thread.
#include "atlas/client.h"
#include "jobs/jobresult.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <memory>

namespace lifeboat::cache {
class Cache;
}

namespace lifeboat::jobs {

class CacheReader;
class CacheWriter;

// What the worker lends a job: its client and cache connections. All of them live on
// the worker thread (the writer posts to a thread of its own).
struct JobContext {
    atlas::Client &client;
    cache::Cache &cache;  // the write connection
    CacheReader &reader;  // a read-only connection
    CacheWriter *writer;  // may be null: then jobs write through `cache`
    SyncOptions syncOptions;
};

class Job : public QObject {
    Q_OBJECT
public:
    Job(JobId id, JobKind kind, QString targetKey, const JobContext &context, QObject *parent = nullptr);
    ~Job() override;

    JobId id() const { return m_id; }
    JobKind kind() const { return m_kind; }
    // What the job acts on ("cluster/<group>/<name>", ...): one job per key runs at a time.
    QString targetKey() const { return m_targetKey; }
    // Submissions with the same request key ask for the same thing: a second one joins the
    // first instead of running again. Defaults to the kind and the target key.
    virtual QString requestKey() const;
    virtual QString title() const = 0;  // for people; logic never reads it
    // Exclusive jobs run one at a time (syncs: each keeps several requests in flight).
    virtual bool exclusive() const { return false; }
    // Whether the job talks to the server, so its end says something about the connection.
    virtual bool usesNetwork() const { return true; }

    void start();
    // Stops at once: requests in flight are cancelled and finished() follows with Cancelled.
    void cancel();
    bool isFinished() const { return m_finished; }

signals:
    void progress(lifeboat::jobs::JobId id, int done, int total, const QString &step);
    void finished(const lifeboat::jobs::JobResult &result);  // exactly once
    // A value a job reports while it runs (a restore's RestoreProgress), before its end.
    void update(lifeboat::jobs::JobId id, const QVariant &value);

protected:
    virtual void run() = 0;
    virtual QString cancelledMessage() const;
    virtual void onCancelled() {}  // drop queued work; requests are cancelled already

    // Ends the job (once; later calls are ignored).
    void finish(const JobError &error, const QVariant &payload = {});
    void reportProgress(int done, int total, const QString &step);
    void reportUpdate(const QVariant &value);
    // Marks what was written, for cacheChanged(scope); merged over the job's life.
    void noteChanged(const CacheScope &scope);
    // Cancels what is in flight and ignores its answers (a failure that ends the job).
    void stopRequests();
    bool isStopped() const { return m_stopped; }
    // The cache's last failure, typed (disk full, I/O, corrupt).
    JobError cacheError(const QString &what) const;

    // Starts one client request and tracks it; `done` runs only while the job is alive
    // and not stopped. `start` gets the callback and returns the request id.
    template <typename T, typename Start, typename Done>
    void request(Start start, Done done);

    JobContext m_ctx;

private:
    JobId m_id;
    JobKind m_kind;
    QString m_targetKey;
    QSet<atlas::RequestId> m_pending;
    CacheScope m_changed;
    bool m_started = false;
    bool m_finished = false;
    bool m_stopped = false;
};

template <typename T, typename Start, typename Done>
void Job::request(Start start, Done done)
{
    auto state = std::make_shared<std::pair<atlas::RequestId, bool>>(0, false);  // id, answered
    QPointer<Job> self(this);
    const atlas::RequestId id = start([self, state, done](atlas::Result<T> r) mutable {
        state->second = true;
        if (!self) return;
        self->m_pending.remove(state->first);
        if (self->m_stopped) return;
        done(std::move(r));
    });
    state->first = id;
    if (!state->second) m_pending.insert(id);
}

}  // namespace lifeboat::jobs
