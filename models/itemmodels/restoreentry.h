#pragma once
// What the restore entry points and the wizard ask the domain about a source cluster as
// the cache shows it: the facts Lifeboat knows without asking the server, which kinds
// of restore cannot work at all (and why), and the source-level findings of a plan.
// The pre-flight job asks again with fresh facts; these only shape the controls.
#include "domain/restore.h"
#include "jobs/estate.h"

#include <QPair>

namespace lifeboat::itemmodels {

domain::RestoreFacts restoreSourceFacts(const jobs::ClusterDetail &source, const QString &snapshotId,
                                        const QDateTime &now);
// A plan of `kind` from this source (and snapshot), with no target yet.
domain::RestorePlan restoreSourcePlan(const jobs::ClusterDetail &source, domain::RestoreKind kind,
                                      const QString &snapshotId);
// The refusals that stand whatever the target: M0, Flex and PIT, no continuous backup, a
// fallback snapshot for a collection restore, a role known to be missing, ...
domain::Findings restoreKindBlockers(const jobs::ClusterDetail &source, domain::RestoreKind kind,
                                     const QString &snapshotId, const QDateTime &now);
// The findings of the plan that do not depend on the target (shown on the Source page).
domain::Findings restoreSourceFindings(const domain::RestorePlan &plan, const domain::RestoreFacts &facts);
// Spans after an earlier restore in which no point-in-time restore is possible.
QList<QPair<QDateTime, QDateTime>> restoreBlackouts(const domain::RestoreFacts &facts);
// How long a restore of this snapshot should take, from the source's past restores.
std::optional<qint64> restoreEstimateSeconds(const jobs::ClusterDetail &source, const QString &snapshotId);

}  // namespace lifeboat::itemmodels
