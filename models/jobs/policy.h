#pragma once
// The values of the policy jobs (JobRunner::validatePolicy, applyPolicy, changeSnapshot):
// safe to pass between threads.
#include "domain/policyrules.h"
#include "domain/snapshotactions.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>

namespace lifeboat::jobs {

// What an edit would do, over facts read fresh: the findings, the diff and the impact.
struct PolicyValidation {
    domain::Findings findings;
    bool allowed = false;         // no Refuse finding
    domain::PolicyChange change;  // as checked (the policy id filled in)
    domain::PolicyFacts facts;
    domain::PolicyImpact impact;
    QList<domain::PolicyDiff> diff;
};

// One existing snapshot's expiry as the edit was to move it, and as the server then had it.
struct ExpiryCheck {
    QString snapshotId;
    QDateTime expected, actual;  // actual invalid: the snapshot is gone
};

// What applying an edit ended with: the schedule and snapshots read again after it.
struct PolicyOutcome {
    PolicyValidation validation;
    domain::BackupSchedule after;           // the schedule as Atlas now has it
    QList<domain::PolicyDiff> differences;  // asked vs. what the server did (empty: as asked)
    QList<ExpiryCheck> expiries;            // every expiry the review said would move
    int expiriesAsExpected = 0;
    QStringList expiriesMovedUnasked;  // snapshots whose expiry moved though the review said it would not
    bool confirmedByReread = false;    // the answer was lost; the re-read showed the change
};

// Change a snapshot's expiry, or delete it.
struct SnapshotChange {
    enum class Kind { Expire, Delete };
    Kind kind = Kind::Expire;
    QString groupId, clusterName, snapshotId;
    domain::RetentionUnit unit = domain::RetentionUnit::Days;  // Expire only
    int value = 0;
};
struct SnapshotChangeOutcome {
    SnapshotChange change;
    domain::Findings findings;
    std::optional<domain::Snapshot> snapshot;  // after an expiry change, as Atlas answered
    bool confirmedByReread = false;
};

// The schedule as Atlas's body (DiskBackupSnapshotSchedule20240805, what `policy show -o json`
// prints and `policy apply --file` takes, the Atlas CLI's `backups schedule update --file`).
QJsonObject scheduleBody(const domain::BackupSchedule &schedule);
// A body read back: the schedule, updateSnapshots and deleteCopiedBackups; ids may be left
// out for new items (and for the policy: the cluster's is used). nullopt with `why` when it
// is not one.
std::optional<domain::PolicyChange> policyChangeFromBody(const QJsonObject &body, QString *why);

}  // namespace lifeboat::jobs

Q_DECLARE_METATYPE(lifeboat::jobs::PolicyValidation)
Q_DECLARE_METATYPE(lifeboat::jobs::PolicyOutcome)
Q_DECLARE_METATYPE(lifeboat::jobs::SnapshotChangeOutcome)
