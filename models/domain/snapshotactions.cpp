#include "domain/snapshotactions.h"

#include <QCoreApplication>

namespace lifeboat::domain {

namespace {

class SnapshotAction {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::domain::SnapshotAction)
};

Finding refuse(const QString &code, const QString &message, const QString &fix)
{
    return {code, Severity::Refuse, message, fix, {}};
}

Findings common(const Snapshot &snapshot, const QDateTime &now, const std::optional<QStringList> &roles, bool deleting)
{
    Findings out;
    const SnapshotStatus st = snapshot.status.value;
    if (st == SnapshotStatus::Queued || st == SnapshotStatus::InProgress)
        out.append(refuse(snapshotcode::kNotCompleted,
                          deleting ? SnapshotAction::tr("The snapshot is still being taken; it cannot be deleted yet.")
                                   : SnapshotAction::tr("The snapshot is still being taken; its expiry can be changed "
                                                        "once it is complete."),
                          SnapshotAction::tr("Wait until the snapshot is complete.")));
    if (snapshot.expiresAt.isValid() && now.isValid() && snapshot.expiresAt <= now)
        out.append(refuse(snapshotcode::kExpired, SnapshotAction::tr("The snapshot has expired."),
                          SnapshotAction::tr("Refresh the list: Atlas deletes expired snapshots.")));
    if (roles) {
        bool may = false;
        for (const QString &r : *roles) may = may || rolesThatMayEditBackups().contains(r, Qt::CaseInsensitive);
        if (!may)
            out.append(refuse(snapshotcode::kRoleMissing,
                              SnapshotAction::tr("Your role cannot change snapshots: it needs Project Owner or "
                                                 "Project Backup Manager."),
                              SnapshotAction::tr("Ask a Project Owner for one of these roles.")));
    }
    return out;
}

}  // namespace

QDateTime retentionExpiry(const Snapshot &snapshot, RetentionUnit unit, int value)
{
    return expiryFor(snapshot.createdAt, unit, value);
}

QStringList rolesThatMayEditBackups()
{
    return {QStringLiteral("GROUP_OWNER"), QStringLiteral("GROUP_BACKUP_MANAGER"), QStringLiteral("ORG_OWNER")};
}

Findings checkSnapshotRetention(const Snapshot &snapshot, RetentionUnit unit, int value, const QDateTime &now,
                                const std::optional<CompliancePolicy> &compliance,
                                const std::optional<QStringList> &roles)
{
    Findings out = common(snapshot, now, roles, false);
    if (value < 1 || unit == RetentionUnit::Unknown) {
        out.append(refuse(snapshotcode::kRetentionInvalid,
                          SnapshotAction::tr("A retention is at least 1 day, week, month or year."),
                          SnapshotAction::tr("Enter a retention of 1 or more.")));
        return out;
    }
    if (retentionHours(unit, value) > 24LL * kSnapshotRetentionMaxDays) {
        out.append(refuse(snapshotcode::kRetentionTooLong,
                          SnapshotAction::tr("A retention of more than 100 years is not accepted."),
                          SnapshotAction::tr("Enter a shorter retention.")));
        return out;
    }
    const QDateTime expiry = retentionExpiry(snapshot, unit, value);
    if (now.isValid() && expiry <= now)
        out.append(refuse(snapshotcode::kRetentionInPast,
                          SnapshotAction::tr("That retention ends on %1, which has passed.")
                              .arg(expiry.toUTC().toString(Qt::ISODate)),
                          SnapshotAction::tr("Keep the snapshot longer, or delete it.")));
    if (snapshot.expiresAt.isValid() && expiry < snapshot.expiresAt) {
        if (compliance)
            out.append(refuse(snapshotcode::kComplianceShorter,
                              SnapshotAction::tr("The project's Backup Compliance Policy forbids shortening a "
                                                 "snapshot's retention."),
                              SnapshotAction::tr("Keep the expiry at %1 or later.")
                                  .arg(snapshot.expiresAt.toUTC().toString(Qt::ISODate))));
        else
            out.append({snapshotcode::kShorter,
                        Severity::Warn,
                        SnapshotAction::tr("The snapshot will expire earlier than now planned, on %1.")
                            .arg(expiry.toUTC().toString(Qt::ISODate)),
                        {},
                        {}});
    }
    return out;
}

Findings checkSnapshotDelete(const Snapshot &snapshot, const QDateTime &now,
                             const std::optional<CompliancePolicy> &compliance, const std::optional<QStringList> &roles)
{
    Findings out = common(snapshot, now, roles, true);
    if (compliance)
        out.append(refuse(snapshotcode::kComplianceNoDelete,
                          SnapshotAction::tr("The project's Backup Compliance Policy forbids deleting snapshots."),
                          SnapshotAction::tr("The snapshot is deleted when it expires; only MongoDB Support can lift "
                                             "the compliance policy.")));
    if (!snapshot.copyRegions.isEmpty())
        out.append({snapshotcode::kCopiesDeleted,
                    Severity::Info,
                    SnapshotAction::tr("Its copies in %1 are deleted too.").arg(snapshot.copyRegions.join(u", ")),
                    {},
                    {}});
    return out;
}

}  // namespace lifeboat::domain
