#pragma once
// The backup policy rules (DESIGN.md §4, atlas-domain.md §1.2, §3): what an edit of a
// cluster's schedule may be, what it does to the snapshots that exist, and the floor a
// Backup Compliance Policy sets. Pure functions over facts the caller read; logic and tests
// use the stable codes (policycode::k...), never the sentences.
#include "domain/compliance.h"
#include "domain/finding.h"
#include "domain/schedule.h"
#include "domain/snapshot.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace lifeboat::domain {

namespace policycode {
inline const QString kFrequencyUnknown = QStringLiteral("frequencyUnknown");
inline const QString kIntervalInvalid = QStringLiteral("intervalInvalid");
inline const QString kRetentionInvalid = QStringLiteral("retentionInvalid");    // unit unknown or value < 1
inline const QString kRetentionTooShort = QStringLiteral("retentionTooShort");  // < one frequency unit
inline const QString kRetentionOrder = QStringLiteral("retentionOrder");        // keeps less than a more frequent item
inline const QString kDuplicateHourly = QStringLiteral("duplicateHourly");
inline const QString kDuplicateDaily = QStringLiteral("duplicateDaily");
inline const QString kNoItems = QStringLiteral("noItems");  // warn: no scheduled snapshots
inline const QString kReferenceHourInvalid = QStringLiteral("referenceHourInvalid");
inline const QString kReferenceMinuteInvalid = QStringLiteral("referenceMinuteInvalid");
inline const QString kRestoreWindowInvalid = QStringLiteral("restoreWindowInvalid");  // < 1 day with PIT on
inline const QString kRestoreWindowTooLong = QStringLiteral("restoreWindowTooLong");  // > the hourly retention
inline const QString kPitNeedsHourly = QStringLiteral("pitNeedsHourly");
inline const QString kPolicyIdUnknown = QStringLiteral("policyIdUnknown");  // not the cluster's policy
inline const QString kItemIdUnknown = QStringLiteral("itemIdUnknown");      // not an item of the policy
inline const QString kItemRemoved = QStringLiteral("itemRemoved");      // info: its snapshots stay until they expire
inline const QString kExpiriesMoved = QStringLiteral("expiriesMoved");  // info: updateSnapshots moves these
inline const QString kExpiriesNotMoved = QStringLiteral("expiriesNotMoved");  // info: a retention changed, not applied
inline const QString kExportBucketMissing = QStringLiteral("exportBucketMissing");
inline const QString kExportFrequencyInvalid = QStringLiteral("exportFrequencyInvalid");
inline const QString kCopyRegionDuplicate = QStringLiteral("copyRegionDuplicate");
inline const QString kCopyOplogsWithoutPit = QStringLiteral("copyOplogsWithoutPit");
inline const QString kCopyFrequencyUnknown = QStringLiteral("copyFrequencyUnknown");
inline const QString kCopyRegionMissing = QStringLiteral("copyRegionMissing");
inline const QString kCopyZoneUnknown = QStringLiteral("copyZoneUnknown");
inline const QString kCopyNothing = QStringLiteral("copyNothing");
// the compliance policy's floor
inline const QString kComplianceItemMissing = QStringLiteral("complianceItemMissing");
inline const QString kBelowComplianceFloor = QStringLiteral("belowComplianceFloor");
inline const QString kComplianceIntervalTooLong = QStringLiteral("complianceIntervalTooLong");  // hourly less often
inline const QString kComplianceRestoreWindow = QStringLiteral("complianceRestoreWindow");
inline const QString kComplianceCopiesKept = QStringLiteral("complianceCopiesKept");  // info: copies are kept
}  // namespace policycode

// Fields of the findings: "referenceHourOfDay", "restoreWindowDays", "export",
// "items/<n>/interval", "items/<n>/retention", "items/<n>" (n: the position in allItems()),
// "copySettings/<n>".
namespace policyfield {
QString item(int index);
QString itemInterval(int index);
QString itemRetention(int index);
QString copySetting(int index);
inline const QString kReferenceHour = QStringLiteral("referenceHourOfDay");
inline const QString kReferenceMinute = QStringLiteral("referenceMinuteOfHour");
inline const QString kRestoreWindow = QStringLiteral("restoreWindowDays");
inline const QString kExport = QStringLiteral("export");
}  // namespace policyfield

// One edit of a cluster's schedule (what PATCH .../backup/schedule will carry).
struct PolicyChange {
    BackupSchedule after;                    // ids kept; new items have none
    bool updateSnapshots = false;            // move the expiries of existing snapshots of changed items
    QList<CopySetting> deleteCopiedBackups;  // removed copy regions whose copies go too
};

struct PolicyFacts {
    QDateTime now;  // the server's clock
    BackupSchedule before;
    bool pitEnabled = false;  // the cluster's continuous backup
    std::optional<CompliancePolicy> compliance;
    QList<Snapshot> snapshots;  // the cluster's, as read
    QStringList zoneIds;        // the cluster's zones, where copy settings belong; empty: unknown
    std::optional<QList<ExportBucket>> exportBuckets;  // the project's; nullopt: unknown (not read)
};

// The valid frequencyInterval values of a frequency (hourly 1,2,4,6,8,12; daily 1; weekly
// 1-7; monthly 1-28 and 40; yearly 1-12).
bool intervalAllowed(Frequency frequency, int interval);
// A retention keeps at least one frequency unit (weekly ≥ 7 days / 1 week; monthly ≥ 31
// days / 5 weeks / 1 month; yearly ≥ 366 days / 53 weeks / 12 months / 1 year: a year is 365.25 days).
bool retentionCoversFrequency(Frequency frequency, RetentionUnit unit, int value);

// Retention on one scale for comparing items and floors: a year is 12 months, a month
// 365.25/12 days (in hours, rounded).
qint64 comparableRetentionHours(const PolicyItem &item);
// Plain words for a frequency ("hourly") and an item's retention ("7 days"), translated.
QString frequencyWord(Frequency frequency);
QString retentionWords(const PolicyItem &item);

// The items' own rules, each finding with the field of its cell (index: position in `items`).
Findings checkPolicyItems(const QList<PolicyItem> &items, bool pitEnabled, int restoreWindowDays);
// The compliance floor of one frequency (nullopt: the policy sets none for it).
std::optional<PolicyItem> complianceFloor(const CompliancePolicy &compliance, Frequency frequency);
// Every rule over an edit: the items, the snapshot time, the restore window, ids, copies,
// export, the compliance floor; infos for removed items and moved expiries.
Findings checkPolicyChange(const PolicyChange &change, const PolicyFacts &facts);

// Fills the policy id the cluster has when the edit left it out (a file written by hand).
BackupSchedule withPolicyId(BackupSchedule after, const BackupSchedule &before);

// What an edit does to the snapshots that exist and will exist.
struct MovedExpiry {
    QString snapshotId;
    QDateTime createdAt, before, after;
};
struct PolicyImpact {
    int keptBefore = 0, keptAfter = 0;                     // snapshots kept once the policy runs steadily
    qint64 bytesBefore = 0, bytesAfter = 0;                // their storage, at the recent snapshots' median size
    qint64 horizonBeforeHours = 0, horizonAfterHours = 0;  // the longest retention
    QList<MovedExpiry> moved;                              // existing expiries the edit moves
    QDateTime earliestNewExpiry, latestNewExpiry;          // of `moved`
    QStringList removedItemIds;                            // their snapshots stay until they expire
};
PolicyImpact policyImpact(const PolicyChange &change, const PolicyFacts &facts);
// Snapshots a set of items keeps at `now` once it has run for longer than its horizon.
int snapshotsKept(const QList<PolicyItem> &items, int referenceHour, const QDateTime &now);
// The expiry an item's retention gives a snapshot (Atlas counts from createdAt).
QDateTime expiryUnder(const Snapshot &snapshot, const PolicyItem &item);

// A field-by-field account of an edit, for the review and `policy validate`.
// before/after are stable renderings (numbers, "18:00", itemText) for the CLI and JSON;
// views format the items themselves.
struct PolicyDiff {
    QString field;   // "referenceTime", "restoreWindowDays", "items/<id>" (or "items/new<n>"), "copySettings/<region>",
                     // "export"
    QString before;  // empty: added
    QString after;   // empty: removed
    std::optional<PolicyItem> itemBefore, itemAfter;
};
QList<PolicyDiff> policyDiff(const BackupSchedule &before, const BackupSchedule &after);
QString itemText(const PolicyItem &item);  // "hourly every 6, keep 7 days" (stable, English; for CLI/diff)

}  // namespace lifeboat::domain
