#pragma once
// A project's Backup Compliance Policy.
#include "domain/policy.h"
#include "domain/tagged.h"
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace lifeboat::domain {

struct CompliancePolicy {
    QString projectId;
    QString authorizedEmail;
    QString authorizedUserFirstName;
    QString authorizedUserLastName;
    bool copyProtectionEnabled = false;
    bool encryptionAtRestEnabled = false;
    bool pitEnabled = false;
    bool deletable = false;
    int restoreWindowDays = 0;
    std::optional<PolicyItem> onDemandPolicyItem;
    QList<PolicyItem> scheduledPolicyItems;
    Tagged<ComplianceState> state;
    QDateTime updatedDate;
    QString updatedUser;
    QDateTime syncedAt;
};

}  // namespace lifeboat::domain
