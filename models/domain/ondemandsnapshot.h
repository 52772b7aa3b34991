#pragma once
// The rules for taking an on-demand snapshot (atlas-domain.md §1.3): allowed, or
// why not in words. Pure functions; the facts come from the caller (the job reads
// them fresh from the API, a view passes what the cache holds).
#include "domain/cluster.h"
#include "domain/compliance.h"
#include "domain/reason.h"
#include "domain/snapshot.h"

#include <optional>

namespace lifeboat::domain {

struct OnDemandSnapshotRequest {
    QString description;
    int retentionDays = 1;
};

// Atlas asks for at least one day and documents no maximum; Lifeboat refuses more
// than 100 years (the sandbox's limit too), where an expiry stops meaning anything.
inline constexpr int kOnDemandRetentionMinDays = 1;
inline constexpr int kOnDemandRetentionMaxDays = 36500;
inline constexpr int kOnDemandDescriptionMaxLength = 1000;

// Stable codes of the reasons below.
namespace ondemand {
inline const QString kFreeTier = QStringLiteral("freeTier");
inline const QString kFlex = QStringLiteral("flex");
inline const QString kBackupOff = QStringLiteral("backupOff");
inline const QString kAlreadyRunning = QStringLiteral("onDemandRunning");
inline const QString kRetentionTooShort = QStringLiteral("retentionTooShort");
inline const QString kRetentionTooLong = QStringLiteral("retentionTooLong");
inline const QString kBelowComplianceFloor = QStringLiteral("belowComplianceFloor");
inline const QString kDescriptionTooLong = QStringLiteral("descriptionTooLong");
inline const QString kFieldRetention = QStringLiteral("retentionDays");
inline const QString kFieldDescription = QStringLiteral("description");
}  // namespace ondemand

// Whether the cluster can take one at all: M0 has no cloud backup, backup must be on.
Reasons onDemandSnapshotBlockers(const Cluster &cluster);
// Flex clusters have automatic daily snapshots only.
Reasons onDemandSnapshotBlockersForFlex(const FlexCluster &cluster);
// The request's own fields; a compliance policy's on-demand item sets a floor.
Reasons onDemandRequestProblems(const OnDemandSnapshotRequest &request,
                                const std::optional<CompliancePolicy> &compliance);
// Atlas takes one on-demand snapshot at a time (a scheduled one running is fine).
Reasons onDemandSnapshotRunning(const QList<Snapshot> &current);
// The minimum retention in days the compliance policy allows (0: no floor).
int onDemandRetentionFloorDays(const std::optional<CompliancePolicy> &compliance);

}  // namespace lifeboat::domain
