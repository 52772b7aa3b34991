#include "domain/policyrules.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace lifeboat::domain {

namespace {

// The sentences' translation context (lupdate files them under lifeboat::domain::Policy).
class Policy {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::domain::Policy)
};

Finding refuse(const QString &code, const QString &message, const QString &fix, const QString &field = {})
{
    return {code, Severity::Refuse, message, fix, field};
}

Finding warn(const QString &code, const QString &message, const QString &fix, const QString &field = {})
{
    return {code, Severity::Warn, message, fix, field};
}

Finding info(const QString &code, const QString &message, const QString &field = {})
{
    return {code, Severity::Info, message, {}, field};
}

QString unitWords(RetentionUnit unit, int value)
{
    switch (unit) {
    case RetentionUnit::Days: return Policy::tr("%n day(s)", nullptr, value);
    case RetentionUnit::Weeks: return Policy::tr("%n week(s)", nullptr, value);
    case RetentionUnit::Months: return Policy::tr("%n month(s)", nullptr, value);
    case RetentionUnit::Years: return Policy::tr("%n year(s)", nullptr, value);
    case RetentionUnit::Unknown: break;
    }
    return QString::number(value);
}

qint64 hoursOf(const PolicyItem &item)
{
    return comparableRetentionHours(item);
}

// The retention in whole days, for the restore window.
int retentionDays(const PolicyItem &item)
{
    return int(hoursOf(item) / 24);
}

const PolicyItem *findItem(const QList<PolicyItem> &items, const QString &id)
{
    if (id.isEmpty()) return nullptr;
    for (const PolicyItem &i : items)
        if (i.id == id) return &i;
    return nullptr;
}

QString copyKey(const CopySetting &c)
{
    return c.cloudProvider + u'/' + c.regionName + u'/' + c.zoneId;
}

}  // namespace

QString frequencyWord(Frequency f)
{
    switch (f) {
    case Frequency::Hourly: return Policy::tr("hourly");
    case Frequency::Daily: return Policy::tr("daily");
    case Frequency::Weekly: return Policy::tr("weekly");
    case Frequency::Monthly: return Policy::tr("monthly");
    case Frequency::Yearly: return Policy::tr("yearly");
    case Frequency::OnDemand: return Policy::tr("on-demand");
    case Frequency::Unknown: break;
    }
    return Policy::tr("unknown");
}

QString retentionWords(const PolicyItem &item)
{
    return unitWords(item.unit, item.value);
}

// Retention on one scale for comparing items: a year is 12 months (Atlas's default keeps
// monthly 12 months and yearly 1 year), a month 365.25/12 days. In hours, rounded.
qint64 comparableRetentionHours(const PolicyItem &item)
{
    switch (item.unit) {
    case RetentionUnit::Days: return 24LL * item.value;
    case RetentionUnit::Weeks: return 24LL * 7 * item.value;
    case RetentionUnit::Months: return qint64(item.value * 365.25 * 24 / 12 + 0.5);
    case RetentionUnit::Years: return qint64(item.value * 365.25 * 24 + 0.5);
    case RetentionUnit::Unknown: break;
    }
    return 0;
}

namespace policyfield {
QString item(int index)
{
    return QStringLiteral("items/%1").arg(index);
}
QString itemInterval(int index)
{
    return QStringLiteral("items/%1/interval").arg(index);
}
QString itemRetention(int index)
{
    return QStringLiteral("items/%1/retention").arg(index);
}
QString copySetting(int index)
{
    return QStringLiteral("copySettings/%1").arg(index);
}
}  // namespace policyfield

bool intervalAllowed(Frequency frequency, int interval)
{
    switch (frequency) {
    case Frequency::Hourly:
        return interval == 1 || interval == 2 || interval == 4 || interval == 6 || interval == 8 || interval == 12;
    case Frequency::Daily: return interval == 1;
    case Frequency::Weekly: return interval >= 1 && interval <= 7;
    case Frequency::Monthly: return (interval >= 1 && interval <= 28) || interval == 40;
    case Frequency::Yearly: return interval >= 1 && interval <= 12;
    case Frequency::OnDemand:
    case Frequency::Unknown: break;
    }
    return false;
}

bool retentionCoversFrequency(Frequency frequency, RetentionUnit unit, int value)
{
    if (value < 1 || unit == RetentionUnit::Unknown) return false;
    switch (frequency) {
    case Frequency::Hourly:
    case Frequency::Daily:
    case Frequency::OnDemand: return true;
    case Frequency::Weekly: return unit != RetentionUnit::Days || value >= 7;
    case Frequency::Monthly:
        return (unit == RetentionUnit::Days && value >= 31) || (unit == RetentionUnit::Weeks && value >= 5) ||
               unit == RetentionUnit::Months || unit == RetentionUnit::Years;
    case Frequency::Yearly:
        // A year is 365.25 days: 365 days or 52 weeks fall short of it.
        return (unit == RetentionUnit::Days && value >= 366) || (unit == RetentionUnit::Weeks && value >= 53) ||
               (unit == RetentionUnit::Months && value >= 12) || unit == RetentionUnit::Years;
    case Frequency::Unknown: break;
    }
    return false;
}

Findings checkPolicyItems(const QList<PolicyItem> &items, bool pitEnabled, int restoreWindowDays)
{
    Findings out;
    int hourly = -1, daily = -1;
    for (int n = 0; n < items.size(); ++n) {
        const PolicyItem &i = items.at(n);
        if (i.frequency == Frequency::Unknown || i.frequency == Frequency::OnDemand) {
            out.append(refuse(policycode::kFrequencyUnknown,
                              Policy::tr("A policy item needs a frequency: hourly, daily, weekly, "
                                         "monthly or yearly."),
                              Policy::tr("Choose the frequency of the item."), policyfield::item(n)));
            continue;
        }
        if (!intervalAllowed(i.frequency, i.interval)) {
            QString allowed;
            switch (i.frequency) {
            case Frequency::Hourly:
                allowed = Policy::tr("Hourly snapshots are taken every 1, 2, 4, 6, 8 or 12 hours.");
                break;
            case Frequency::Daily: allowed = Policy::tr("Daily snapshots are taken every day (interval 1)."); break;
            case Frequency::Weekly:
                allowed = Policy::tr("A weekly snapshot is taken on a weekday from 1 (Monday) to 7 (Sunday).");
                break;
            case Frequency::Monthly:
                allowed = Policy::tr(
                    "A monthly snapshot is taken on a day from 1 to 28, or on the last day of the month (40).");
                break;
            default:
                allowed = Policy::tr(
                    "A yearly snapshot is taken on the first day of a month from 1 (January) to 12 (December).");
            }
            out.append(refuse(policycode::kIntervalInvalid,
                              Policy::tr("The %1 item's interval %2 is not one Atlas accepts.")
                                  .arg(frequencyWord(i.frequency))
                                  .arg(i.interval),
                              allowed, policyfield::itemInterval(n)));
        }
        if (i.value < 1 || i.unit == RetentionUnit::Unknown) {
            out.append(refuse(policycode::kRetentionInvalid,
                              Policy::tr("The %1 item needs a retention of at least 1 in days, weeks, months or years.")
                                  .arg(frequencyWord(i.frequency)),
                              Policy::tr("Enter how long its snapshots are kept."), policyfield::itemRetention(n)));
        } else if (!retentionCoversFrequency(i.frequency, i.unit, i.value)) {
            QString least;
            switch (i.frequency) {
            case Frequency::Weekly: least = Policy::tr("at least 7 days or 1 week"); break;
            case Frequency::Monthly: least = Policy::tr("at least 31 days, 5 weeks or 1 month"); break;
            default: least = Policy::tr("at least 366 days, 53 weeks, 12 months or 1 year");
            }
            out.append(refuse(policycode::kRetentionTooShort,
                              Policy::tr("The %1 item keeps its snapshots for %2, less than one %1 period.")
                                  .arg(frequencyWord(i.frequency), retentionWords(i)),
                              Policy::tr("Keep them %1.").arg(least), policyfield::itemRetention(n)));
        }
        if (i.frequency == Frequency::Hourly) {
            if (hourly >= 0)
                out.append(refuse(policycode::kDuplicateHourly, Policy::tr("A policy can have only one hourly item."),
                                  Policy::tr("Remove one of the hourly items."), policyfield::item(n)));
            else
                hourly = n;
        }
        if (i.frequency == Frequency::Daily) {
            if (daily >= 0)
                out.append(refuse(policycode::kDuplicateDaily, Policy::tr("A policy can have only one daily item."),
                                  Policy::tr("Remove one of the daily items."), policyfield::item(n)));
            else
                daily = n;
        }
    }
    // A less frequent item keeps at least as long as every more frequent one.
    for (int n = 0; n < items.size(); ++n) {
        const PolicyItem &i = items.at(n);
        if (i.value < 1 || i.unit == RetentionUnit::Unknown || i.frequency == Frequency::Unknown) continue;
        const PolicyItem *longest = nullptr;
        for (const PolicyItem &j : items) {
            if (j.value < 1 || j.unit == RetentionUnit::Unknown || j.frequency == Frequency::Unknown ||
                j.frequency == Frequency::OnDemand)
                continue;
            if (frequencyRank(j.frequency) < frequencyRank(i.frequency) && hoursOf(j) > hoursOf(i) &&
                (!longest || hoursOf(j) > hoursOf(*longest)))
                longest = &j;
        }
        if (longest)
            out.append(refuse(
                policycode::kRetentionOrder,
                Policy::tr("The %1 item keeps its snapshots for %2, less than the %3 item (%4).")
                    .arg(frequencyWord(i.frequency), retentionWords(i), frequencyWord(longest->frequency),
                         retentionWords(*longest)),
                Policy::tr("Keep the %1 snapshots at least %2, or shorten the %3 item.")
                    .arg(frequencyWord(i.frequency), retentionWords(*longest), frequencyWord(longest->frequency)),
                policyfield::itemRetention(n)));
    }
    if (items.isEmpty())
        out.append(warn(policycode::kNoItems,
                        Policy::tr("The policy has no items: no scheduled snapshots will be taken."),
                        Policy::tr("Add at least a daily item.")));
    if (pitEnabled) {
        if (hourly < 0)
            out.append(refuse(policycode::kPitNeedsHourly,
                              Policy::tr("Continuous Cloud Backup cannot be on without an hourly policy item."),
                              Policy::tr("Keep an hourly item, or turn continuous backup off first.")));
        if (restoreWindowDays < 1)
            out.append(refuse(policycode::kRestoreWindowInvalid,
                              Policy::tr("The point-in-time restore window must be at least 1 day."),
                              Policy::tr("Enter a restore window of 1 day or more."), policyfield::kRestoreWindow));
        else if (hourly >= 0 && items.at(hourly).value >= 1 && items.at(hourly).unit != RetentionUnit::Unknown &&
                 restoreWindowDays > retentionDays(items.at(hourly)))
            out.append(
                refuse(policycode::kRestoreWindowTooLong,
                       Policy::tr("The restore window of %n day(s) is longer than the hourly snapshots are kept (%1).",
                                  nullptr, restoreWindowDays)
                           .arg(retentionWords(items.at(hourly))),
                       Policy::tr("Shorten the restore window or keep the hourly snapshots longer."),
                       policyfield::kRestoreWindow));
    }
    return out;
}

std::optional<PolicyItem> complianceFloor(const CompliancePolicy &compliance, Frequency frequency)
{
    std::optional<PolicyItem> floor;
    for (const PolicyItem &i : compliance.scheduledPolicyItems)
        if (i.frequency == frequency && (!floor || hoursOf(i) > hoursOf(*floor))) floor = i;
    return floor;
}

BackupSchedule withPolicyId(BackupSchedule after, const BackupSchedule &before)
{
    if (after.policies.isEmpty()) after.policies.append(SchedulePolicy{});
    if (after.policies.first().id.isEmpty() && !before.policies.isEmpty())
        after.policies.first().id = before.policies.first().id;
    return after;
}

Findings checkPolicyChange(const PolicyChange &change, const PolicyFacts &facts)
{
    const BackupSchedule &a = change.after;
    const QList<PolicyItem> items = a.allItems();
    const QList<PolicyItem> beforeItems = facts.before.allItems();
    Findings out;
    if (a.referenceHourOfDay < 0 || a.referenceHourOfDay > 23)
        out.append(refuse(policycode::kReferenceHourInvalid,
                          Policy::tr("The snapshot hour must be from 0 to 23 (UTC)."),
                          Policy::tr("Enter an hour from 0 to 23."), policyfield::kReferenceHour));
    if (a.referenceMinuteOfHour < 0 || a.referenceMinuteOfHour > 59)
        out.append(refuse(policycode::kReferenceMinuteInvalid, Policy::tr("The snapshot minute must be from 0 to 59."),
                          Policy::tr("Enter a minute from 0 to 59."), policyfield::kReferenceMinute));
    out.append(checkPolicyItems(items, facts.pitEnabled, a.restoreWindowDays));

    // Ids: Atlas keeps the policy's and items' ids; an edit that names others would rebuild it.
    QSet<QString> beforePolicyIds;
    for (const SchedulePolicy &p : facts.before.policies) beforePolicyIds.insert(p.id);
    for (const SchedulePolicy &p : a.policies)
        if (!p.id.isEmpty() && !beforePolicyIds.contains(p.id))
            out.append(refuse(
                policycode::kPolicyIdUnknown, Policy::tr("The policy id %1 is not the cluster's policy.").arg(p.id),
                Policy::tr("Start from the schedule as Lifeboat or `policy show` reads it; leave the id out "
                           "for a new item only.")));
    for (int n = 0; n < items.size(); ++n)
        if (!items.at(n).id.isEmpty() && !findItem(beforeItems, items.at(n).id))
            out.append(refuse(policycode::kItemIdUnknown,
                              Policy::tr("The item id %1 is not an item of the cluster's policy.").arg(items.at(n).id),
                              Policy::tr("Leave the id out for a new item."), policyfield::item(n)));
    for (const PolicyItem &b : beforeItems)
        if (!findItem(items, b.id))
            out.append(info(policycode::kItemRemoved,
                            Policy::tr("The %1 item (%2) is removed; the snapshots it took stay until they expire.")
                                .arg(frequencyWord(b.frequency), retentionWords(b))));

    // Copies and export.
    QSet<QString> copies;
    for (int n = 0; n < a.copySettings.size(); ++n) {
        const CopySetting &c = a.copySettings.at(n);
        if (copies.contains(copyKey(c)))
            out.append(refuse(policycode::kCopyRegionDuplicate,
                              Policy::tr("The region %1 is listed twice among the copy regions.").arg(c.regionName),
                              Policy::tr("Remove one of them."), policyfield::copySetting(n)));
        copies.insert(copyKey(c));
        if (c.regionName.trimmed().isEmpty())
            out.append(refuse(policycode::kCopyRegionMissing, Policy::tr("A copy region has no region name."),
                              Policy::tr("Type the region to copy to, for example US_WEST_2, or remove the row."),
                              policyfield::copySetting(n)));
        if (!facts.zoneIds.isEmpty() && !facts.zoneIds.contains(c.zoneId))
            out.append(
                refuse(policycode::kCopyZoneUnknown,
                       Policy::tr("The copy to %1 names a zone that is not one of the cluster's.").arg(c.regionName),
                       Policy::tr("Remove the row and add the region again."), policyfield::copySetting(n)));
        if (c.frequencies.isEmpty() && !c.shouldCopyOplogs)
            out.append(
                warn(policycode::kCopyNothing,
                     Policy::tr("The copy to %1 names no frequency: no snapshot is copied there.").arg(c.regionName),
                     Policy::tr("Pick the frequencies whose snapshots are copied."), policyfield::copySetting(n)));
        if (c.shouldCopyOplogs && !facts.pitEnabled)
            out.append(
                refuse(policycode::kCopyOplogsWithoutPit,
                       Policy::tr("Oplogs can be copied to %1 only with continuous backup on.").arg(c.regionName),
                       Policy::tr("Turn off copying the oplog, or turn continuous backup on first."),
                       policyfield::copySetting(n)));
        for (const QString &f : c.frequencies) {
            const QString lower = f.toLower();
            if (lower != u"on_demand" && frequencyFromName(lower) == Frequency::Unknown)
                out.append(refuse(policycode::kCopyFrequencyUnknown,
                                  Policy::tr("The copy to %1 names an unknown frequency: %2.").arg(c.regionName, f),
                                  Policy::tr("Use HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY or ON_DEMAND."),
                                  policyfield::copySetting(n)));
        }
    }
    if (a.autoExportEnabled) {
        const QString bucket = a.exportPolicy.exportBucketId;
        const auto known = [&bucket](const QList<ExportBucket> &all) {
            return std::any_of(all.cbegin(), all.cend(), [&bucket](const ExportBucket &b) { return b.id == bucket; });
        };
        if (bucket.isEmpty() || (facts.exportBuckets && !known(*facts.exportBuckets)))
            out.append(refuse(policycode::kExportBucketMissing,
                              bucket.isEmpty()
                                  ? Policy::tr("Auto export needs an export bucket.")
                                  : Policy::tr("The export bucket %1 is not one of the project's.").arg(bucket),
                              Policy::tr("Choose one of the project's export buckets, or turn auto export off."),
                              policyfield::kExport));
        // The Admin API's AutoExportPolicy takes monthly and yearly (atlas-domain.md §5.3: other
        // sources name daily and weekly too); a value Atlas already holds is left alone.
        const Frequency f = frequencyFromName(a.exportPolicy.frequencyType);
        const bool asBefore = facts.before.autoExportEnabled && facts.before.exportPolicy == a.exportPolicy;
        if (f != Frequency::Monthly && f != Frequency::Yearly && !asBefore)
            out.append(refuse(policycode::kExportFrequencyInvalid,
                              Policy::tr("Auto export takes monthly or yearly snapshots only."),
                              Policy::tr("Choose monthly or yearly."), policyfield::kExport));
    }

    // The compliance policy's floor: an item of each of its frequencies, kept at least as long.
    if (facts.compliance) {
        const CompliancePolicy &bcp = *facts.compliance;
        for (const PolicyItem &f : bcp.scheduledPolicyItems) {
            int match = -1;
            for (int n = 0; n < items.size(); ++n)
                if (items.at(n).frequency == f.frequency &&
                    (match < 0 || hoursOf(items.at(n)) > hoursOf(items.at(match))))
                    match = n;
            if (match < 0) {
                out.append(
                    refuse(policycode::kComplianceItemMissing,
                           Policy::tr("The project's Backup Compliance Policy requires a %1 item keeping at least %2.")
                               .arg(frequencyWord(f.frequency), retentionWords(f)),
                           Policy::tr("Keep a %1 item; only MongoDB Support can lift the compliance policy.")
                               .arg(frequencyWord(f.frequency))));
                continue;
            }
            const PolicyItem &m = items.at(match);
            if (m.value >= 1 && m.unit != RetentionUnit::Unknown && hoursOf(m) < hoursOf(f))
                out.append(refuse(
                    policycode::kBelowComplianceFloor,
                    Policy::tr("The %1 item keeps %2; the Backup Compliance Policy requires at least %3.")
                        .arg(frequencyWord(m.frequency), retentionWords(m), retentionWords(f)),
                    Policy::tr("Keep the %1 snapshots at least %2.").arg(frequencyWord(m.frequency), retentionWords(f)),
                    policyfield::itemRetention(match)));
            if (f.frequency == Frequency::Hourly && intervalAllowed(Frequency::Hourly, m.interval) &&
                m.interval > f.interval)
                out.append(
                    refuse(policycode::kComplianceIntervalTooLong,
                           Policy::tr("Hourly snapshots every %1 hours are fewer than the Backup Compliance Policy's "
                                      "every %2 hours.")
                               .arg(m.interval)
                               .arg(f.interval),
                           Policy::tr("Take hourly snapshots every %1 hours or more often.").arg(f.interval),
                           policyfield::itemInterval(match)));
        }
        if (bcp.pitEnabled && a.restoreWindowDays < bcp.restoreWindowDays)
            out.append(
                refuse(policycode::kComplianceRestoreWindow,
                       Policy::tr("The Backup Compliance Policy requires a restore window of at least %n day(s).",
                                  nullptr, bcp.restoreWindowDays),
                       Policy::tr("Keep the restore window at %n day(s) or more.", nullptr, bcp.restoreWindowDays),
                       policyfield::kRestoreWindow));
        if (bcp.copyProtectionEnabled) {
            for (const CopySetting &c : facts.before.copySettings)
                if (!copies.contains(copyKey(c)))
                    out.append(
                        info(policycode::kComplianceCopiesKept,
                             Policy::tr("The copies in %1 are kept until they expire: the Backup Compliance Policy "
                                        "protects them.")
                                 .arg(c.regionName)));
        }
    }

    const PolicyImpact impact = policyImpact(change, facts);
    if (!impact.moved.isEmpty())
        out.append(info(policycode::kExpiriesMoved,
                        Policy::tr("The expiry of %n existing snapshot(s) moves to the new retention.", nullptr,
                                   int(impact.moved.size()))));
    else if (!change.updateSnapshots) {
        bool retentionChanged = false;
        for (const PolicyItem &i : items)
            if (const PolicyItem *b = findItem(beforeItems, i.id))
                retentionChanged = retentionChanged || b->unit != i.unit || b->value != i.value;
        if (retentionChanged)
            out.append({policycode::kExpiriesNotMoved,
                        Severity::Info,
                        Policy::tr("Existing snapshots keep their expiry; the new retention applies to new snapshots."),
                        // Views name their own control (the tab's checkbox, the CLI's --update-snapshots).
                        Policy::tr("Apply the retention changes to existing snapshots to move them."),
                        {}});
    }
    return out;
}

QDateTime expiryUnder(const Snapshot &snapshot, const PolicyItem &item)
{
    return expiryFor(snapshot.createdAt, item.unit, item.value);
}

int snapshotsKept(const QList<PolicyItem> &items, int referenceHour, const QDateTime &now)
{
    qint64 horizon = 0;
    for (const PolicyItem &i : items)
        if (intervalAllowed(i.frequency, i.interval)) horizon = std::max(horizon, hoursOf(i));
    if (horizon <= 0) return 0;
    horizon = std::min<qint64>(horizon, 24LL * 366 * 100);  // a century is enough to count
    const QDateTime end = now.toUTC();
    QDateTime t(end.date(), QTime(end.time().hour(), 0), Qt::UTC);
    int kept = 0;
    for (qint64 h = 0; h <= horizon; ++h, t = t.addSecs(-3600)) {
        const auto item = taggingItem(items, t, referenceHour);
        if (item && expiryFor(t, item->unit, item->value) > end) ++kept;
    }
    return kept;
}

PolicyImpact policyImpact(const PolicyChange &change, const PolicyFacts &facts)
{
    PolicyImpact out;
    const QList<PolicyItem> before = facts.before.allItems(), after = change.after.allItems();
    const QDateTime now = facts.now.isValid() ? facts.now : QDateTime::currentDateTimeUtc();
    out.keptBefore = snapshotsKept(before, facts.before.referenceHourOfDay, now);
    out.keptAfter = snapshotsKept(after, change.after.referenceHourOfDay, now);
    for (const PolicyItem &i : before)
        if (intervalAllowed(i.frequency, i.interval))
            out.horizonBeforeHours = std::max(out.horizonBeforeHours, hoursOf(i));
    for (const PolicyItem &i : after)
        if (intervalAllowed(i.frequency, i.interval))
            out.horizonAfterHours = std::max(out.horizonAfterHours, hoursOf(i));

    QList<qint64> sizes;
    for (const Snapshot &s : facts.snapshots)
        if (s.status.value == SnapshotStatus::Completed && s.storageSizeBytes > 0) sizes.append(s.storageSizeBytes);
    if (!sizes.isEmpty()) {
        std::sort(sizes.begin(), sizes.end());
        const qint64 median = sizes.at(sizes.size() / 2);
        out.bytesBefore = median * out.keptBefore;
        out.bytesAfter = median * out.keptAfter;
    }
    for (const PolicyItem &b : before)
        if (!findItem(after, b.id)) out.removedItemIds.append(b.id);

    if (!change.updateSnapshots) return out;
    for (const Snapshot &s : facts.snapshots) {
        if (!s.createdAt.isValid() || !s.expiresAt.isValid() || s.expiresAt <= now) continue;
        for (const QString &id : s.policyItems) {
            const PolicyItem *b = findItem(before, id);
            const PolicyItem *a = findItem(after, id);
            if (!b || !a || (b->unit == a->unit && b->value == a->value)) continue;
            // A retention changed on the snapshot itself stays (Atlas moves only the others);
            // scheduled snapshots start up to a few minutes after their slot.
            if (qAbs(expiryUnder(s, *b).secsTo(s.expiresAt)) > 3600) continue;
            // Counted from where the server counted the old expiry (its slot or createdAt).
            const QDateTime anchor = expiryFor(s.expiresAt, b->unit, -b->value);
            const QDateTime moved = expiryFor(anchor, a->unit, a->value);
            out.moved.append({s.id, s.createdAt, s.expiresAt, moved});
            if (!out.earliestNewExpiry.isValid() || moved < out.earliestNewExpiry) out.earliestNewExpiry = moved;
            if (!out.latestNewExpiry.isValid() || moved > out.latestNewExpiry) out.latestNewExpiry = moved;
            break;
        }
    }
    return out;
}

QString itemText(const PolicyItem &item)
{
    return QStringLiteral("%1 every %2, keep %3 %4")
        .arg(frequencyName(item.frequency))
        .arg(item.interval)
        .arg(item.value)
        .arg(retentionUnitName(item.unit));
}

QList<PolicyDiff> policyDiff(const BackupSchedule &before, const BackupSchedule &after)
{
    QList<PolicyDiff> out;
    auto time = [](const BackupSchedule &s) {
        return QStringLiteral("%1:%2")
            .arg(s.referenceHourOfDay, 2, 10, QLatin1Char('0'))
            .arg(s.referenceMinuteOfHour, 2, 10, QLatin1Char('0'));
    };
    if (time(before) != time(after)) out.append({QStringLiteral("referenceTime"), time(before), time(after), {}, {}});
    if (before.restoreWindowDays != after.restoreWindowDays)
        out.append({policyfield::kRestoreWindow,
                    QString::number(before.restoreWindowDays),
                    QString::number(after.restoreWindowDays),
                    {},
                    {}});
    const QList<PolicyItem> b = before.allItems(), a = after.allItems();
    for (const PolicyItem &i : b) {
        const PolicyItem *now = findItem(a, i.id);
        if (!now)
            out.append({QStringLiteral("items/") + i.id, itemText(i), QString(), i, std::nullopt});
        else if (!(*now == i))
            out.append({QStringLiteral("items/") + i.id, itemText(i), itemText(*now), i, *now});
    }
    int fresh = 0;
    for (const PolicyItem &i : a)
        if (i.id.isEmpty() || !findItem(b, i.id))
            out.append({QStringLiteral("items/new%1").arg(++fresh), QString(), itemText(i), std::nullopt, i});
    auto copyText = [](const CopySetting &c) {
        QStringList f = c.frequencies;
        std::sort(f.begin(), f.end());
        return QStringLiteral("%1 %2%3").arg(c.cloudProvider, f.join(u','),
                                             c.shouldCopyOplogs ? QStringLiteral(" +oplog") : QString());
    };
    for (const CopySetting &c : before.copySettings) {
        const auto it = std::find_if(after.copySettings.cbegin(), after.copySettings.cend(),
                                     [&](const CopySetting &x) { return copyKey(x) == copyKey(c); });
        if (it == after.copySettings.cend())
            out.append({QStringLiteral("copySettings/") + c.regionName, copyText(c), QString(), {}, {}});
        else if (copyText(*it) != copyText(c))
            out.append({QStringLiteral("copySettings/") + c.regionName, copyText(c), copyText(*it), {}, {}});
    }
    for (const CopySetting &c : after.copySettings)
        if (std::none_of(before.copySettings.cbegin(), before.copySettings.cend(),
                         [&](const CopySetting &x) { return copyKey(x) == copyKey(c); }))
            out.append({QStringLiteral("copySettings/") + c.regionName, QString(), copyText(c), {}, {}});
    auto exportText = [](const BackupSchedule &s) {
        return s.autoExportEnabled
                   ? s.exportPolicy.frequencyType + QStringLiteral(" to ") + s.exportPolicy.exportBucketId
                   : QStringLiteral("off");
    };
    if (exportText(before) != exportText(after))
        out.append({policyfield::kExport, exportText(before), exportText(after), {}, {}});
    return out;
}

}  // namespace lifeboat::domain
