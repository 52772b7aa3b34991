#pragma once
// TEMPORARY (removed when jobs-restore lands): the plan §3 payload types, so the restore
// UI builds and its pages can be looked at before the JobRunner's restore API exists.
// Nothing is sent while this is in use: RestoreJobs submits no job.
#include "domain/restore.h"

#include <QMetaType>

namespace lifeboat::jobs {
struct RestoreRef {
    enum class Kind { Dedicated, Collection, Flex } kind = Kind::Dedicated;
    QString groupId, clusterName, jobId;
};
struct RestoreValidation {
    domain::Findings findings;
    bool allowed = false;
    domain::RestoreFacts facts;
};
struct RestoreProgress {
    RestoreRef ref;
    domain::RestoreState state = domain::RestoreState::Unknown;
    int percent = -1;
    QString step;
    QString targetClusterName;
    QDateTime finishedAt;
    QStringList downloadUrls;
};
struct SnapshotDatabase {
    QString name;
    QStringList collections;
};
struct RestoreRow {
    RestoreRef ref;
};
}  // namespace lifeboat::jobs
