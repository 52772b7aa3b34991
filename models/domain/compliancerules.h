#pragma once
// The Backup Compliance Policy rules (DESIGN.md §4, atlas-domain.md §3): what enabling or
// editing one may be, what it does to the project's clusters, and when it may be disabled.
// Pure functions; logic and tests use the stable codes (compliancecode::k...).
#include "domain/cluster.h"
#include "domain/compliance.h"
#include "domain/finding.h"
#include "domain/policyrules.h"
#include "domain/schedule.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace lifeboat::domain {

namespace compliancecode {
inline const QString kRepresentativeMissing = QStringLiteral("representativeMissing");
inline const QString kEmailInvalid = QStringLiteral("emailInvalid");
inline const QString kItemInvalid = QStringLiteral("itemInvalid");  // a scheduled item's own rules
inline const QString kOnDemandInvalid = QStringLiteral("onDemandInvalid");
inline const QString kRetentionLowered = QStringLiteral("retentionLowered");  // an item keeps less than now
inline const QString kItemRemoved = QStringLiteral("itemRemoved");            // a compliance item dropped
inline const QString kRestoreWindowShortened = QStringLiteral("restoreWindowShortened");
inline const QString kRestoreWindowInvalid = QStringLiteral("restoreWindowInvalid");  // PIT on, window < 1 or > hourly
inline const QString kPitDisabled = QStringLiteral("pitDisabled");
inline const QString kClusterBelowFloor = QStringLiteral("clusterBelowFloor");  // refuse without overwrite
inline const QString kClusterRaised = QStringLiteral("clusterRaised");          // info: overwrite raises its policy
inline const QString kClusterNotEncrypted = QStringLiteral("clusterNotEncrypted");
inline const QString kClusterNoHourly = QStringLiteral("clusterNoHourly");  // PIT required, no hourly item
inline const QString kPermanent = QStringLiteral("permanent");              // warn: only MongoDB Support can lift it
inline const QString kNotEmpty = QStringLiteral("projectNotEmpty");         // disable refused
inline const QString kNotEnabled = QStringLiteral("notEnabled");            // disable: nothing to disable
inline const QString kProjectNameMismatch = QStringLiteral("projectNameMismatch");
inline const QString kNotAcknowledged = QStringLiteral("notAcknowledged");
// a change while Atlas still enables, updates or disables the policy (Atlas:
// CANNOT_UPDATE_BACKUP_COMPLIANCE_POLICY_SETTINGS_WITH_PENDING_ACTION)
inline const QString kPendingAction = QStringLiteral("pendingAction");
}  // namespace compliancecode

namespace compliancefield {
inline const QString kEmail = QStringLiteral("authorizedEmail");
inline const QString kFirstName = QStringLiteral("authorizedUserFirstName");
inline const QString kLastName = QStringLiteral("authorizedUserLastName");
inline const QString kRestoreWindow = QStringLiteral("restoreWindowDays");
inline const QString kOnDemand = QStringLiteral("onDemandPolicyItem");
QString item(int index);  // "scheduledPolicyItems/<n>"
}  // namespace compliancefield

struct ComplianceFacts {
    std::optional<CompliancePolicy> current;   // nullopt: not enabled
    QList<Cluster> clusters;                   // the project's dedicated clusters
    QHash<QString, BackupSchedule> schedules;  // by cluster name (where read)
    int retainedSnapshotsOfTerminatedClusters = 0;
    int flexClusters = 0;
};

struct ComplianceChange {
    CompliancePolicy after;
    bool overwriteBackupPolicies = true;  // Atlas's default
};

// One cluster item enabling/editing raises (overwriteBackupPolicies) to the floor.
struct PolicyRaise {
    QString clusterName;
    std::optional<PolicyItem> before;  // nullopt: the cluster has no item of that frequency (one is added)
    PolicyItem after;
};
QList<PolicyRaise> policiesRaised(const ComplianceChange &change, const ComplianceFacts &facts);

// What an enable or edit changes in the policy itself, setting by setting: field is
// "representative", "authorizedEmail", "encryptionAtRest", "copyProtection", "pit", "restoreWindowDays",
// "onDemand" or "items/<frequency>"; before and after in words (empty: added / removed).
QList<PolicyDiff> complianceDiff(const std::optional<CompliancePolicy> &before, const CompliancePolicy &after);

Findings checkComplianceChange(const ComplianceChange &change, const ComplianceFacts &facts);
// Atlas lets the policy be disabled without Support only in an empty project.
Findings checkComplianceDisable(const ComplianceFacts &facts);
// The confirmation of enabling: the project's name typed exactly, the acknowledgement ticked.
Findings checkComplianceConfirmation(const QString &projectName, const QString &typed, bool acknowledged);

}  // namespace lifeboat::domain
