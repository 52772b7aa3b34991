#pragma once
// `lifeboat-cli restore ...`: the options as given, turned into a domain::RestorePlan (or a
// usage error in words). Only the shape is checked here (numbers are numbers, a rename names
// a listed namespace); every rule is the domain's, asked by the restore jobs.
#include "domain/restore.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace lifeboat::cli {

struct RestoreArgs {
    QString snapshot;       // --snapshot ID
    QString pit;            // --pit UTC_SECONDS
    QString oplog;          // --oplog TS:INC
    QString type;           // --type automated|pointInTime|download
    QString targetProject;  // --target-project ID (default: --project)
    QString targetCluster;  // --target-cluster NAME
    QString namespaces;     // --namespaces DB[.COLL],...
    QString writeStrategy;  // --write-strategy CREATE_NEW|OVERWRITE_EXISTING
    QString indexStrategy;  // --index-strategy ALL|NONE|ALL_EXCEPT_TTL
    QString rename;         // --rename SRC=DST,...
    QString databaseSuffix;
    QString collectionSuffix;
    QString confirm;  // start: --confirm TARGET_NAME
    QString job;      // watch|cancel: --job ID
};

// validate|start: the plan the options ask for. Kind: --namespaces makes a collection
// restore (from --snapshot, or from --pit/--oplog); else --type, defaulting to automated
// with --snapshot and pointInTime with --pit/--oplog. nullopt (and *error) on a usage error.
std::optional<domain::RestorePlan> restorePlanFrom(const QString &project, const QString &cluster,
                                                   const RestoreArgs &args, QString *error);

// The check `start` makes before anything is sent: the typed --confirm must equal the
// target's name whenever the target's data is replaced. Empty when fine.
domain::Findings confirmFindings(const domain::RestorePlan &plan, const QString &confirm);
namespace restorecode_cli {
inline const QString kConfirmMissing = QStringLiteral("confirmMissing");
inline const QString kConfirmMismatch = QStringLiteral("confirmMismatch");
}  // namespace restorecode_cli

// {"code", "severity", "message", "fix"} and {"allowed": bool, "findings": [...]}.
QJsonObject findingJson(const domain::Finding &f);
QByteArray findingsDocument(const domain::Findings &findings);
// One finding a line for people: "refuse  CODE  message  (fix)".
QString findingsText(const domain::Findings &findings);

}  // namespace lifeboat::cli
