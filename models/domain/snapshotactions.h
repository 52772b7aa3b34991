#pragma once
// Changing a snapshot's expiry and deleting a snapshot (atlas-domain.md §1.3, §3.2):
// allowed, or why not. Pure functions; codes are snapshotcode::k....
#include "domain/compliance.h"
#include "domain/finding.h"
#include "domain/policy.h"
#include "domain/snapshot.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace lifeboat::domain {

namespace snapshotcode {
inline const QString kNotCompleted = QStringLiteral("snapshotNotCompleted");  // queued / in progress
inline const QString kExpired = QStringLiteral("snapshotExpired");
inline const QString kComplianceNoDelete = QStringLiteral("complianceNoDelete");
inline const QString kComplianceShorter = QStringLiteral("complianceShorter");
inline const QString kRetentionInvalid = QStringLiteral("retentionInvalid");
inline const QString kRetentionTooLong = QStringLiteral("retentionTooLong");
inline const QString kRetentionInPast = QStringLiteral("retentionInPast");  // the new expiry has passed
inline const QString kShorter = QStringLiteral("expiryEarlier");            // warn: it expires sooner
inline const QString kRoleMissing = QStringLiteral("roleMissing");
inline const QString kCopiesDeleted = QStringLiteral("copiesDeleted");  // info: its copies go too
}  // namespace snapshotcode

inline constexpr int kSnapshotRetentionMaxDays = 36500;  // the on-demand limit (ondemandsnapshot.h)

// The expiry a retention gives the snapshot: counted from its creation.
QDateTime retentionExpiry(const Snapshot &snapshot, RetentionUnit unit, int value);
// Roles that may change or delete snapshots: Project Owner, Project Backup Manager.
QStringList rolesThatMayEditBackups();

Findings checkSnapshotRetention(const Snapshot &snapshot, RetentionUnit unit, int value, const QDateTime &now,
                                const std::optional<CompliancePolicy> &compliance,
                                const std::optional<QStringList> &roles);
Findings checkSnapshotDelete(const Snapshot &snapshot, const QDateTime &now,
                             const std::optional<CompliancePolicy> &compliance,
                             const std::optional<QStringList> &roles);

}  // namespace lifeboat::domain
