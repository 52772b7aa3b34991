#pragma once
// The values of the restore jobs (JobRunner::validateRestore, startRestore, watchRestore,
// cancelRestore, listSnapshotNamespaces, loadRestores): safe to pass between threads.
// Download links travel only here, in RestoreProgress, never into the cache.
#include "domain/restore.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace lifeboat::jobs {

// Which restore job: the family (each has its own API), the SOURCE cluster and the job's id.
struct RestoreRef {
    enum class Kind { Dedicated, Collection, Flex };
    Kind kind = Kind::Dedicated;
    QString groupId;      // the source cluster's project
    QString clusterName;  // the source cluster
    QString jobId;
    // Set by startRestore only: the answer to the POST was lost and the job was found by
    // listing the restore jobs again (it was sent once, not twice).
    bool confirmedByReread = false;

    bool isValid() const { return !groupId.isEmpty() && !clusterName.isEmpty() && !jobId.isEmpty(); }
    QString key() const;  // "dedicated/<g>/<c>/<id>", stable
    friend bool operator==(const RestoreRef &a, const RestoreRef &b)
    {
        return a.kind == b.kind && a.groupId == b.groupId && a.clusterName == b.clusterName && a.jobId == b.jobId;
    }
};
QString restoreRefKindName(RestoreRef::Kind kind);  // "dedicated" | "collection" | "flex"
// The family a plan's restore is made in.
RestoreRef::Kind restoreRefKindOf(const domain::RestorePlan &plan);
// Why a restore of this family cannot be cancelled (empty when it can): the contract has
// a cancel for dedicated restore jobs only. Views disable Cancel with it; the job refuses.
QString cancelUnsupportedReason(RestoreRef::Kind kind);

// The pre-flight: every finding over facts read fresh from the API.
struct RestoreValidation {
    domain::Findings findings;
    bool allowed = false;  // no Refuse finding
    domain::RestoreFacts facts;
    domain::RestorePlan plan;  // as checked (Flex flags corrected from what the API answered)
};

// One look at a running restore (JobRunner::restoreProgress, and WatchRestore's payload at its end).
struct RestoreProgress {
    RestoreRef ref;
    domain::RestoreState state = domain::RestoreState::Unknown;
    int percent = -1;  // -1: unknown (dedicated jobs report none)
    QString step;      // plain words
    QString targetGroupId, targetClusterName;
    QDateTime finishedAt;
    QStringList downloadUrls;  // a download's links (one-time, short-lived): never cached
    QString errorMessage;      // Atlas's own words when the job failed (collection restores)
    bool ended() const { return domain::isEnded(state); }
};

// A database of a snapshot with its collections (listSnapshotNamespaces).
struct SnapshotDatabase {
    QString name;
    QStringList collections;
};

// One restore of any family as the cache holds it (loadRestores).
struct RestoreRow {
    RestoreRef ref;
    domain::RestoreKind kind = domain::RestoreKind::Automated;
    domain::RestoreState state = domain::RestoreState::Unknown;
    QString snapshotId;
    QString targetGroupId, targetClusterName;  // empty for a download
    QDateTime started;                         // first seen (dedicated), createdAt (collection), scheduled (Flex)
    QDateTime finished;                        // invalid while running
    qint64 durationSeconds = -1;
    QString detail;  // Atlas's error message, a delivery note
};

}  // namespace lifeboat::jobs

Q_DECLARE_METATYPE(lifeboat::jobs::RestoreRef)
Q_DECLARE_METATYPE(lifeboat::jobs::RestoreValidation)
Q_DECLARE_METATYPE(lifeboat::jobs::RestoreProgress)
Q_DECLARE_METATYPE(lifeboat::jobs::SnapshotDatabase)
Q_DECLARE_METATYPE(QList<lifeboat::jobs::SnapshotDatabase>)
Q_DECLARE_METATYPE(lifeboat::jobs::RestoreRow)
Q_DECLARE_METATYPE(QList<lifeboat::jobs::RestoreRow>)
