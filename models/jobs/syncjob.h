#pragma once
// One sync (everything, one project or one cluster) as a small state machine on the
// worker thread: a queue of tasks (the org/project lists, one task per project, one
// per cluster), a few in flight at once, every request tracked so cancel() can stop
// them. Each cluster's snapshots are written in one transaction, so stopping at any
// point leaves a consistent cache.
//
// Incremental rule (why a re-sync with nothing changed is cheap): Atlas lists a
// cluster's snapshots newest first and new snapshots are always the newest. So the
// first page with itemsPerPage=1 (the "probe") gives the total count and the newest
// id. The full list is skipped when all of these hold:
//   - the count and the newest id equal what the cache holds (an addition changes
//     the newest id, an expiry or deletion changes the count);
//   - no cached snapshot other than the newest is still queued or in progress
//     (its status may have moved; the newest one is refreshed from the probe);
//   - the backup schedule (policy items, restore window) is unchanged: a policy
//     edit can move existing expiries;
//   - the list was fully fetched less than `fullRefreshAfterSeconds` ago, for
//     what the API gives no sign of (an expiry changed by hand).
// Otherwise the whole list is fetched and replaces the cached one.
#include "jobs/cachereader.h"
#include "jobs/job.h"
#include "jobs/syncscope.h"

#include <QElapsedTimer>
#include <deque>
#include <functional>

namespace lifeboat::jobs {

// The incremental rule above, as a pure function (unit-tested).
bool snapshotListUnchanged(const SnapshotFingerprint &cached, qint64 serverTotal, const QString &serverNewestId,
                           bool scheduleChanged, const QDateTime &now, qint64 fullRefreshAfterSeconds);
// Whether two schedules differ in what decides expiries (policy items, restore window).
bool scheduleChanged(const std::optional<domain::BackupSchedule> &cached,
                     const std::optional<domain::BackupSchedule> &fetched);

class SyncJob : public Job {
    Q_OBJECT
public:
    // With a writer in the context, each cluster's lists are written on the writer's
    // thread while fetching goes on; without one they are written here.
    SyncJob(JobId id, SyncScope scope, const JobContext &context, QObject *parent = nullptr);

    QString title() const override;
    bool exclusive() const override { return true; }
    static QString targetKeyFor(const SyncScope &scope);

protected:
    void run() override;
    QString cancelledMessage() const override;
    void onCancelled() override { m_queue.clear(); }

private:
    struct Task {
        QString step;
        std::function<void()> run;  // must end with taskDone()
    };
    struct ClusterWork;

    void enqueue(const QString &step, std::function<void()> run);
    void pump();
    void taskDone();
    void complete();
    // Records a failure; a failure that will hit every request (network, bad key, the
    // local disk) ends the job.
    void fail(const atlas::ApiError &error);
    void fail(const JobError &error, bool endsTheJob);
    void cacheWriteFailed(const QString &what);
    void wrote();  // something reached the cache

    void syncOrgsAndProjects();
    void syncProjectList(const QString &groupId);
    void syncProject(const domain::Project &project, const QString &onlyCluster);
    void syncCluster(const QString &projectName, const domain::Cluster &cluster);
    void decideCluster(const std::shared_ptr<ClusterWork> &work);
    void writeCluster(const std::shared_ptr<ClusterWork> &work, const QList<domain::Snapshot> *fullList);
    void syncFlexCluster(const QString &projectName, const domain::FlexCluster &flex);

    SyncScope m_scope;
    SyncOptions m_options;
    QSet<quint64> m_writes;  // tickets posted to the writer and not yet written

    std::deque<Task> m_queue;
    int m_running = 0;
    int m_done = 0;
    int m_total = 0;
    int m_errorCount = 0;
    JobError m_error;
    SyncStats m_stats;
    QElapsedTimer m_clock;
};

}  // namespace lifeboat::jobs
