#pragma once
// What a sync covers; a value the caller hands JobRunner (no client or cache in sight).
#include <QString>

namespace lifeboat::jobs {

struct SyncScope {
    enum class Kind { All, Project, Cluster };
    Kind kind = Kind::All;
    QString groupId;
    QString clusterName;
    // Only the lists (All: orgs and projects; Project: its clusters and compliance
    // policy), not the backups under them: what `clusters list` needs.
    bool listsOnly = false;
};

}  // namespace lifeboat::jobs
