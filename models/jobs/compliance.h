#pragma once
// The values of the compliance jobs (JobRunner::readCompliance, validateCompliance,
// applyCompliance, disableCompliance): safe to pass between threads.
#include "domain/compliancerules.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <optional>

namespace lifeboat::jobs {

// What enabling, editing or disabling the Backup Compliance Policy would do, over facts
// read fresh: the findings and the cluster items it raises (overwriteBackupPolicies).
struct ComplianceValidation {
    domain::Findings findings;
    bool allowed = false;             // no Refuse finding
    domain::ComplianceChange change;  // as checked (projectId filled in); empty for a disable
    domain::ComplianceFacts facts;
    QList<domain::PolicyRaise> raises;
    QString projectName;  // as the server has it: what the confirmation must type
};

// What applying or disabling ended with.
struct ComplianceOutcome {
    ComplianceValidation validation;
    std::optional<domain::CompliancePolicy> after;  // read back after an apply; nullopt after a disable
    bool confirmedByReread = false;                 // the answer was lost; the re-read showed the change
};

// The policy read fresh: nullopt when the project has none. Payload of ReadCompliance.
struct ComplianceRead {
    QString groupId;
    std::optional<domain::CompliancePolicy> policy;
};

// The policy as Atlas's body (DataProtectionSettings20231001, what `compliance show -o json`
// prints and `compliance validate|apply --file` takes), read-only fields included.
QJsonObject complianceBody(const domain::CompliancePolicy &policy);
// A body read back: the policy and, when the body names it, "overwriteBackupPolicies" (not part
// of Atlas's body: its query parameter; true when left out). projectId may be absent (the job
// fills it). nullopt with `why` when it is not one.
std::optional<domain::ComplianceChange> complianceChangeFromBody(const QJsonObject &body, QString *why);
// Whether two policies have the same settings (what a PUT sets; ids, state and dates aside).
bool sameComplianceSettings(const domain::CompliancePolicy &a, const domain::CompliancePolicy &b);

}  // namespace lifeboat::jobs

Q_DECLARE_METATYPE(lifeboat::jobs::ComplianceValidation)
Q_DECLARE_METATYPE(lifeboat::jobs::ComplianceOutcome)
Q_DECLARE_METATYPE(lifeboat::jobs::ComplianceRead)
