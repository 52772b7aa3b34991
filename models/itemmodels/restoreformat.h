#pragma once
// How a restore is described to a person: words for its kind, derived state, severity,
// strategies and durations, and "what will happen" for the wizard's Review page.
// Descriptions only: the rules that decide are in models/domain.
#include "domain/restore.h"
#include "domain/restorejob.h"

#include <QString>

namespace lifeboat::itemmodels {

QString restoreKindText(domain::RestoreKind kind);          // "Whole snapshot to a cluster", ...
QString restoreKindShortText(domain::RestoreKind kind);     // "snapshot", "point in time", ...
QString restoreStateText(domain::RestoreState state);       // "Running", "Download ready", ...
QString severityText(domain::Severity severity);            // "Refused", "Warning", "Note"
QString severityIconPath(domain::Severity severity);        // ":/icons/error.svg", ...
QString writeStrategyText(domain::WriteStrategy strategy);  // "Create new (rename on a clash)"
QString indexStrategyText(domain::IndexStrategy strategy);  // "All indexes"
QString durationText(qint64 seconds);                       // "about 12 minutes", "2 h 5 min"

// What the restore will do, in sentences (rich text, escaped), for the Review page.
QString restorePlanSummary(const domain::RestorePlan &plan, const QString &sourceProjectName,
                           const QString &targetProjectName, const QString &snapshotText);

}  // namespace lifeboat::itemmodels
