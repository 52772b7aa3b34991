#include "domain/ondemandsnapshot.h"

#include <QCoreApplication>

namespace lifeboat::domain {

Reasons onDemandSnapshotBlockers(const Cluster &cluster)
{
    if (cluster.isFreeTier())
        return {{ondemand::kFreeTier,
                 {},
                 QCoreApplication::translate(
                     "lifeboat::domain::OnDemandSnapshot",
                     "%1 is an M0 (free) cluster: it has no cloud backup, so no snapshot can be taken. Use "
                     "mongodump against it instead.")
                     .arg(cluster.name)}};
    if (!cluster.backupEnabled)
        return {{ondemand::kBackupOff,
                 {},
                 QCoreApplication::translate("lifeboat::domain::OnDemandSnapshot",
                                             "Cloud backup is off for %1. Turn it on in the cluster's settings first.")
                     .arg(cluster.name)}};
    return {};
}

Reasons onDemandSnapshotBlockersForFlex(const FlexCluster &cluster)
{
    return {{ondemand::kFlex,
             {},
             QCoreApplication::translate(
                 "lifeboat::domain::OnDemandSnapshot",
                 "%1 is a Flex cluster: Atlas takes its daily snapshots itself and takes none on demand.")
                 .arg(cluster.name)}};
}

int onDemandRetentionFloorDays(const std::optional<CompliancePolicy> &compliance)
{
    if (!compliance || !compliance->onDemandPolicyItem) return 0;
    const PolicyItem &item = *compliance->onDemandPolicyItem;
    return int((retentionHours(item.unit, item.value) + 23) / 24);
}

Reasons onDemandRequestProblems(const OnDemandSnapshotRequest &request,
                                const std::optional<CompliancePolicy> &compliance)
{
    Reasons out;
    const int floor = onDemandRetentionFloorDays(compliance);
    if (request.retentionDays < kOnDemandRetentionMinDays)
        out.append({ondemand::kRetentionTooShort, ondemand::kFieldRetention,
                    QCoreApplication::translate("lifeboat::domain::OnDemandSnapshot", "Keep it at least %n day(s).",
                                                nullptr, kOnDemandRetentionMinDays)});
    else if (request.retentionDays > kOnDemandRetentionMaxDays)
        out.append(
            {ondemand::kRetentionTooLong, ondemand::kFieldRetention,
             QCoreApplication::translate("lifeboat::domain::OnDemandSnapshot", "Keep it at most %n day(s) (100 years).",
                                         nullptr, kOnDemandRetentionMaxDays)});
    else if (request.retentionDays < floor)
        out.append({ondemand::kBelowComplianceFloor, ondemand::kFieldRetention,
                    QCoreApplication::translate(
                        "lifeboat::domain::OnDemandSnapshot",
                        "The project's Backup Compliance Policy keeps on-demand snapshots at least %n day(s).", nullptr,
                        floor)});
    if (request.description.size() > kOnDemandDescriptionMaxLength)
        out.append({ondemand::kDescriptionTooLong, ondemand::kFieldDescription,
                    QCoreApplication::translate("lifeboat::domain::OnDemandSnapshot",
                                                "The description is too long (at most %n characters).", nullptr,
                                                kOnDemandDescriptionMaxLength)});
    return out;
}

Reasons onDemandSnapshotRunning(const QList<Snapshot> &current)
{
    for (const Snapshot &s : current) {
        if (s.snapshotType.value != SnapshotType::OnDemand) continue;
        if (s.status.value != SnapshotStatus::Queued && s.status.value != SnapshotStatus::InProgress) continue;
        return {
            {ondemand::kAlreadyRunning,
             {},
             QCoreApplication::translate(
                 "lifeboat::domain::OnDemandSnapshot",
                 "An on-demand snapshot (%1) is already %2; Atlas takes the next one only after it finishes.")
                 .arg(s.id, s.status.value == SnapshotStatus::Queued
                                ? QCoreApplication::translate("lifeboat::domain::OnDemandSnapshot", "queued")
                                : QCoreApplication::translate("lifeboat::domain::OnDemandSnapshot", "in progress"))}};
    }
    return {};
}

}  // namespace lifeboat::domain
