#pragma once
// Writes each synced cluster's lists (snapshots, schedule, restore jobs) on a thread
// of its own with its own SQLite connection, so the worker goes on fetching the
// next clusters while SQLite writes. One cluster is one transaction
// (cache::Cache::writeSyncedCluster); SQLite (WAL,
// busy timeout) serialises this writer with the worker's small writes.
#include "cache/cache.h"
#include "domain/types.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QThread;

namespace lifeboat::jobs {

struct ClusterWrite {
    QString groupId;
    QString clusterName;
    std::optional<QList<domain::Snapshot>> fullList;  // replaces the cached list
    std::optional<domain::Snapshot> newest;           // or refreshes just the newest
    std::optional<domain::BackupSchedule> schedule;
    QList<domain::RestoreJob> restoreJobs;
    QDateTime syncedAt;
};

class CacheWriter : public QObject {
    Q_OBJECT
public:
    // Starts the writer thread and opens `cachePath` there; false with `error` if it cannot.
    bool start(const QString &cachePath, QString *error);
    void stop();  // waits for what was posted
    ~CacheWriter() override;

    // PRAGMA quick_check on the writer's thread after `delayMs`: off the way to the first window.
    void checkInBackground(int delayMs);
    // Queues a write; `written` reports it (queued to the receiver's thread).
    quint64 post(ClusterWrite write);

signals:
    // `code` is 0 when written, else SQLite's code of the failure; `what` names the list.
    void written(quint64 ticket, int code, const QString &what, const QString &detail, int snapshotsWritten);

private:
    void run(quint64 ticket, const ClusterWrite &w);

    QThread *m_thread = nullptr;
    cache::Cache m_cache;  // used only on m_thread
    quint64 m_lastTicket = 0;
    QPointer<QObject> m_check;  // the pending background check
};

}  // namespace lifeboat::jobs
