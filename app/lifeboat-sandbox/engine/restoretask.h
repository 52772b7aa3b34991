#pragma once
// What the sandbox keeps about each restore it runs (Kind::RestoreTask records, never
// rendered): its kind, source, content time, target, timing, outcome and download tokens.
// The API bodies (restore jobs, collection restore jobs, Flex restore jobs) are kept apart
// and updated from the task as the clock moves (RestoreRunner).
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sandbox {

class State;
struct Record;
struct Content;

namespace task {

// Timing, in simulated seconds (README "Restores"): queued 30 s, then running 60 s plus one
// second per 100 MiB of the snapshot (dedicated), per 1,000 documents restored (collection);
// a Flex restore is pending 10 s, queued 30 s and running 120 s; a Flex download takes 60 s.
constexpr qint64 kQueuedSeconds = 30;
constexpr qint64 kRunningBaseSeconds = 60;
constexpr qint64 kBytesPerSecond = 100LL * 1024 * 1024;
constexpr qint64 kDocumentsPerSecond = 1000;
constexpr qint64 kDownloadLinkSeconds = 3600;          // a restore's download link: one hour, one use
constexpr qint64 kFlexDownloadLinkSeconds = 4 * 3600;  // a Flex snapshot URL: four hours

QString str(const QJsonObject &o, const char *key);
qint64 num(const QJsonObject &o, const char *key);

// The time a snapshot's content is taken at: a dedicated snapshot's createdAt, a Flex
// snapshot's scheduledTime.
QDateTime snapshotTime(const Record &snapshot);
// The record a task's source / target id names (a cluster or a Flex cluster), or null.
const Record *clusterById(const State &state, const QString &id, bool flex);
// Tasks not finished whose target is `clusterId` (any kind but downloads).
QList<const Record *> runningOnto(const State &state, const QString &clusterId);
// Collection restore tasks not finished that involve `clusterId` as source or target.
QList<const Record *> collectionRunningOn(const State &state, const QString &clusterId);
// The content a task restores (its source at its content time, whole).
Content sourceContent(const State &state, const Record &task);
// A fresh token for a download link (deterministic for the scenario and seed).
QString token(const State &state, const QString &jobId, const QString &component);

}  // namespace task

}  // namespace sandbox
