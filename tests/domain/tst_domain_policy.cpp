// The policy, compliance and snapshot-action rules of models/domain (policyrules.h,
// compliancerules.h, snapshotactions.h), on both sides of every boundary: intervals,
// retention per frequency, ordering, one hourly / one daily, the restore window and PIT,
// ids, copies, export, the compliance floor; the impact of an edit (kept snapshots, moved
// expiries); compliance changes, disable, confirmation; expiry change and delete.
#include "domain/compliancerules.h"
#include "domain/policyrules.h"
#include "domain/snapshotactions.h"

#include <QTest>

using namespace lifeboat::domain;

Q_DECLARE_METATYPE(lifeboat::domain::Frequency)
Q_DECLARE_METATYPE(lifeboat::domain::RetentionUnit)

namespace {

const QDateTime kNow(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);

PolicyItem item(Frequency f, int interval, RetentionUnit u, int value, const QString &id = {})
{
    return {id, f, interval, u, value};
}

BackupSchedule schedule(const QList<PolicyItem> &items, int window = 2)
{
    BackupSchedule s;
    s.groupId = QStringLiteral("g1");
    s.clusterName = QStringLiteral("c1");
    s.referenceHourOfDay = 18;
    s.restoreWindowDays = window;
    s.policies.append({QStringLiteral("p1"), items});
    return s;
}

QList<PolicyItem> standard()
{
    return {item(Frequency::Hourly, 6, RetentionUnit::Days, 7, QStringLiteral("h")),
            item(Frequency::Daily, 1, RetentionUnit::Days, 7, QStringLiteral("d")),
            item(Frequency::Weekly, 6, RetentionUnit::Weeks, 4, QStringLiteral("w")),
            item(Frequency::Monthly, 40, RetentionUnit::Months, 12, QStringLiteral("m"))};
}

PolicyFacts facts(const QList<PolicyItem> &before = standard(), bool pit = true)
{
    PolicyFacts f;
    f.now = kNow;
    f.before = schedule(before);
    f.pitEnabled = pit;
    return f;
}

Snapshot snapshot(const QString &id, const QDateTime &created, const QString &itemId, const PolicyItem &by)
{
    Snapshot s;
    s.id = id;
    s.createdAt = created;
    s.expiresAt = expiryFor(created, by.unit, by.value);
    s.status = parseSnapshotStatus(QStringLiteral("completed"));
    s.policyItems = {itemId};
    s.storageSizeBytes = qint64(1) << 30;
    return s;
}

CompliancePolicy bcp()
{
    CompliancePolicy p;
    p.projectId = QStringLiteral("g1");
    p.authorizedEmail = QStringLiteral("legal@example.com");
    p.authorizedUserFirstName = QStringLiteral("Ada");
    p.authorizedUserLastName = QStringLiteral("Lovelace");
    p.scheduledPolicyItems = {item(Frequency::Hourly, 6, RetentionUnit::Days, 7),
                              item(Frequency::Daily, 1, RetentionUnit::Days, 7)};
    p.pitEnabled = true;
    p.restoreWindowDays = 2;
    return p;
}

Cluster cluster(const QString &name)
{
    Cluster c;
    c.groupId = QStringLiteral("g1");
    c.name = name;
    c.instanceSize = QStringLiteral("M10");
    c.backupEnabled = true;
    c.pitEnabled = true;
    c.encryptionAtRestProvider = QStringLiteral("NONE");
    return c;
}

}  // namespace

class TestDomainPolicy : public QObject {
    Q_OBJECT
private slots:
    void intervals_data()
    {
        QTest::addColumn<Frequency>("frequency");
        QTest::addColumn<int>("interval");
        QTest::addColumn<bool>("allowed");
        for (int h : {1, 2, 4, 6, 8, 12}) QTest::addRow("hourly %d", h) << Frequency::Hourly << h << true;
        for (int h : {0, 3, 5, 7, 24}) QTest::addRow("hourly %d", h) << Frequency::Hourly << h << false;
        QTest::newRow("daily 1") << Frequency::Daily << 1 << true;
        QTest::newRow("daily 2") << Frequency::Daily << 2 << false;
        QTest::newRow("weekly 0") << Frequency::Weekly << 0 << false;
        QTest::newRow("weekly 1") << Frequency::Weekly << 1 << true;
        QTest::newRow("weekly 7") << Frequency::Weekly << 7 << true;
        QTest::newRow("weekly 8") << Frequency::Weekly << 8 << false;
        QTest::newRow("monthly 0") << Frequency::Monthly << 0 << false;
        QTest::newRow("monthly 1") << Frequency::Monthly << 1 << true;
        QTest::newRow("monthly 28") << Frequency::Monthly << 28 << true;
        QTest::newRow("monthly 29") << Frequency::Monthly << 29 << false;
        QTest::newRow("monthly 39") << Frequency::Monthly << 39 << false;
        QTest::newRow("monthly 40") << Frequency::Monthly << 40 << true;
        QTest::newRow("monthly 41") << Frequency::Monthly << 41 << false;
        QTest::newRow("yearly 0") << Frequency::Yearly << 0 << false;
        QTest::newRow("yearly 1") << Frequency::Yearly << 1 << true;
        QTest::newRow("yearly 12") << Frequency::Yearly << 12 << true;
        QTest::newRow("yearly 13") << Frequency::Yearly << 13 << false;
    }
    void intervals()
    {
        QFETCH(Frequency, frequency);
        QFETCH(int, interval);
        QFETCH(bool, allowed);
        QCOMPARE(intervalAllowed(frequency, interval), allowed);
        QList<PolicyItem> items = {item(Frequency::Hourly, 6, RetentionUnit::Years, 2)};
        if (frequency == Frequency::Hourly) items.clear();
        items.append(item(frequency, interval, RetentionUnit::Years, 2));
        const Findings f = checkPolicyItems(items, false, 0);
        QCOMPARE(hasFinding(f, policycode::kIntervalInvalid), !allowed);
        if (!allowed) QCOMPARE(f.first().field, policyfield::itemInterval(int(items.size()) - 1));
    }

    void retentionPerFrequency_data()
    {
        QTest::addColumn<Frequency>("frequency");
        QTest::addColumn<RetentionUnit>("unit");
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("covers");
        QTest::newRow("hourly 1 day") << Frequency::Hourly << RetentionUnit::Days << 1 << true;
        QTest::newRow("hourly 0 days") << Frequency::Hourly << RetentionUnit::Days << 0 << false;
        QTest::newRow("daily 1 day") << Frequency::Daily << RetentionUnit::Days << 1 << true;
        QTest::newRow("weekly 6 days") << Frequency::Weekly << RetentionUnit::Days << 6 << false;
        QTest::newRow("weekly 7 days") << Frequency::Weekly << RetentionUnit::Days << 7 << true;
        QTest::newRow("weekly 1 week") << Frequency::Weekly << RetentionUnit::Weeks << 1 << true;
        QTest::newRow("monthly 30 days") << Frequency::Monthly << RetentionUnit::Days << 30 << false;
        QTest::newRow("monthly 31 days") << Frequency::Monthly << RetentionUnit::Days << 31 << true;
        QTest::newRow("monthly 4 weeks") << Frequency::Monthly << RetentionUnit::Weeks << 4 << false;
        QTest::newRow("monthly 5 weeks") << Frequency::Monthly << RetentionUnit::Weeks << 5 << true;
        QTest::newRow("monthly 1 month") << Frequency::Monthly << RetentionUnit::Months << 1 << true;
        QTest::newRow("yearly 365 days") << Frequency::Yearly << RetentionUnit::Days << 365 << false;
        QTest::newRow("yearly 366 days") << Frequency::Yearly << RetentionUnit::Days << 366 << true;
        QTest::newRow("yearly 52 weeks") << Frequency::Yearly << RetentionUnit::Weeks << 52 << false;
        QTest::newRow("yearly 53 weeks") << Frequency::Yearly << RetentionUnit::Weeks << 53 << true;
        QTest::newRow("yearly 11 months") << Frequency::Yearly << RetentionUnit::Months << 11 << false;
        QTest::newRow("yearly 12 months") << Frequency::Yearly << RetentionUnit::Months << 12 << true;
        QTest::newRow("yearly 1 year") << Frequency::Yearly << RetentionUnit::Years << 1 << true;
    }
    void retentionPerFrequency()
    {
        QFETCH(Frequency, frequency);
        QFETCH(RetentionUnit, unit);
        QFETCH(int, value);
        QFETCH(bool, covers);
        QCOMPARE(retentionCoversFrequency(frequency, unit, value), covers);
        const Findings f =
            checkPolicyItems({item(frequency, frequency == Frequency::Monthly ? 40 : 1, unit, value)}, false, 0);
        QCOMPARE(hasFinding(f, policycode::kRetentionTooShort) || hasFinding(f, policycode::kRetentionInvalid),
                 !covers);
        QCOMPARE(isRefused(f), !covers);
    }

    void lessFrequentKeepsAtLeastAsLong()
    {
        // Equal is allowed: hourly 7 days, daily 1 week.
        Findings f = checkPolicyItems(
            {item(Frequency::Hourly, 6, RetentionUnit::Days, 7), item(Frequency::Daily, 1, RetentionUnit::Weeks, 1)},
            false, 0);
        QVERIFY2(!isRefused(f), qPrintable(findingCodes(f).join(u',')));
        // One day less: refused on the daily item's retention.
        f = checkPolicyItems(
            {item(Frequency::Hourly, 6, RetentionUnit::Days, 7), item(Frequency::Daily, 1, RetentionUnit::Days, 6)},
            false, 0);
        QCOMPARE(findingCodes(f), QStringList{policycode::kRetentionOrder});
        QCOMPARE(f.first().field, policyfield::itemRetention(1));
        // Across two ranks: weekly keeps 2 weeks, monthly 13 days is also too short for monthly.
        f = checkPolicyItems({item(Frequency::Weekly, 6, RetentionUnit::Weeks, 5),
                              item(Frequency::Monthly, 40, RetentionUnit::Months, 1)},
                             false, 0);
        QCOMPARE(findingCodes(f), QStringList{policycode::kRetentionOrder});
        f = checkPolicyItems({item(Frequency::Weekly, 6, RetentionUnit::Weeks, 4),
                              item(Frequency::Monthly, 40, RetentionUnit::Months, 1)},
                             false, 0);
        QVERIFY(!isRefused(f));
        // Atlas's default policy: monthly 12 months and yearly 1 year keep equally long.
        f = checkPolicyItems(defaultPolicyItems(), false, 0);
        QVERIFY2(!isRefused(f), qPrintable(findingCodes(f).join(u',')));
        f = checkPolicyItems({item(Frequency::Monthly, 40, RetentionUnit::Months, 13),
                              item(Frequency::Yearly, 12, RetentionUnit::Years, 1)},
                             false, 0);
        QCOMPARE(findingCodes(f), QStringList{policycode::kRetentionOrder});
    }

    void oneHourlyOneDaily()
    {
        Findings f = checkPolicyItems(
            {item(Frequency::Hourly, 6, RetentionUnit::Days, 2), item(Frequency::Hourly, 12, RetentionUnit::Days, 2)},
            false, 0);
        QCOMPARE(findingCodes(f), QStringList{policycode::kDuplicateHourly});
        f = checkPolicyItems(
            {item(Frequency::Daily, 1, RetentionUnit::Days, 7), item(Frequency::Daily, 1, RetentionUnit::Days, 7)},
            false, 0);
        QCOMPARE(findingCodes(f), QStringList{policycode::kDuplicateDaily});
        // Two weekly items are fine (Atlas allows several weekly/monthly/yearly).
        f = checkPolicyItems(
            {item(Frequency::Weekly, 1, RetentionUnit::Weeks, 4), item(Frequency::Weekly, 6, RetentionUnit::Weeks, 4)},
            false, 0);
        QVERIFY(!isRefused(f));
    }

    void restoreWindowAndPit()
    {
        const QList<PolicyItem> items = {item(Frequency::Hourly, 6, RetentionUnit::Days, 7)};
        QVERIFY(!isRefused(checkPolicyItems(items, true, 7)));  // the window equals the hourly retention
        Findings f = checkPolicyItems(items, true, 8);
        QCOMPARE(findingCodes(f), QStringList{policycode::kRestoreWindowTooLong});
        QCOMPARE(f.first().field, policyfield::kRestoreWindow);
        QCOMPARE(findingCodes(checkPolicyItems(items, true, 0)), QStringList{policycode::kRestoreWindowInvalid});
        QVERIFY(!isRefused(checkPolicyItems(items, false, 30)));  // without PIT the window means nothing
        // PIT needs an hourly item.
        f = checkPolicyItems({item(Frequency::Daily, 1, RetentionUnit::Days, 7)}, true, 1);
        QVERIFY(hasFinding(f, policycode::kPitNeedsHourly));
        QVERIFY(!hasFinding(checkPolicyItems({item(Frequency::Daily, 1, RetentionUnit::Days, 7)}, false, 1),
                            policycode::kPitNeedsHourly));
        // No items at all: a warning, not a refusal.
        f = checkPolicyItems({}, false, 0);
        QCOMPARE(findingCodes(f), QStringList{policycode::kNoItems});
        QVERIFY(!isRefused(f));
    }

    void snapshotTime()
    {
        PolicyChange c{schedule(standard()), false, {}};
        for (int h : {0, 23}) {
            c.after.referenceHourOfDay = h;
            QVERIFY(!hasFinding(checkPolicyChange(c, facts()), policycode::kReferenceHourInvalid));
        }
        for (int h : {-1, 24}) {
            c.after.referenceHourOfDay = h;
            QVERIFY(hasFinding(checkPolicyChange(c, facts()), policycode::kReferenceHourInvalid));
        }
        c.after.referenceHourOfDay = 18;
        for (int m : {0, 59}) {
            c.after.referenceMinuteOfHour = m;
            QVERIFY(!hasFinding(checkPolicyChange(c, facts()), policycode::kReferenceMinuteInvalid));
        }
        c.after.referenceMinuteOfHour = 60;
        QVERIFY(hasFinding(checkPolicyChange(c, facts()), policycode::kReferenceMinuteInvalid));
    }

    void idsAreKept()
    {
        PolicyChange c{schedule(standard()), false, {}};
        QVERIFY(!isRefused(checkPolicyChange(c, facts())));
        c.after.policies[0].id = QStringLiteral("other");
        QVERIFY(hasFinding(checkPolicyChange(c, facts()), policycode::kPolicyIdUnknown));
        // A file without the policy id gets the cluster's.
        c.after.policies[0].id.clear();
        QCOMPARE(withPolicyId(c.after, facts().before).policies.first().id, QStringLiteral("p1"));
        c.after = schedule(standard());
        c.after.policies[0].policyItems[1].id = QStringLiteral("nope");
        const Findings f = checkPolicyChange(c, facts());
        QVERIFY(hasFinding(f, policycode::kItemIdUnknown));
        // An item without id is new; the one whose id went is removed (an info, its snapshots stay).
        c.after = schedule(standard());
        c.after.policies[0].policyItems.removeAt(3);
        c.after.policies[0].policyItems.append(item(Frequency::Monthly, 1, RetentionUnit::Months, 12));
        const Findings g = checkPolicyChange(c, facts());
        QVERIFY(!isRefused(g));
        QVERIFY(hasFinding(g, policycode::kItemRemoved));
        const QList<PolicyDiff> diff = policyDiff(facts().before, c.after);
        QCOMPARE(diff.size(), 2);
        QCOMPARE(diff.at(0).field, QStringLiteral("items/m"));
        QVERIFY(diff.at(0).after.isEmpty());
        QCOMPARE(diff.at(1).field, QStringLiteral("items/new1"));
        QCOMPARE(diff.at(1).after, QStringLiteral("monthly every 1, keep 12 months"));
    }

    void copiesAndExport()
    {
        PolicyChange c{schedule(standard()), false, {}};
        CopySetting copy{
            QStringLiteral("AWS"), QStringLiteral("EU_WEST_1"), QStringLiteral("z1"), {QStringLiteral("DAILY")}, true};
        c.after.copySettings = {copy};
        QVERIFY(!isRefused(checkPolicyChange(c, facts())));
        QVERIFY(hasFinding(checkPolicyChange(c, facts(standard(), false)), policycode::kCopyOplogsWithoutPit));
        c.after.copySettings = {copy, copy};
        QVERIFY(hasFinding(checkPolicyChange(c, facts()), policycode::kCopyRegionDuplicate));
        {
            // The region must be named; the zone must be the cluster's when its zones are known.
            PolicyChange z{schedule(standard()), false, {}};
            CopySetting other = copy;
            z.after.copySettings = {other};
            PolicyFacts known = facts();
            known.zoneIds = {QStringLiteral("z1")};
            QVERIFY(!hasFinding(checkPolicyChange(z, known), policycode::kCopyZoneUnknown));
            z.after.copySettings[0].zoneId = QStringLiteral("z2");
            QVERIFY(hasFinding(checkPolicyChange(z, known), policycode::kCopyZoneUnknown));
            QVERIFY(!hasFinding(checkPolicyChange(z, facts()), policycode::kCopyZoneUnknown));  // zones unknown
            z.after.copySettings[0].zoneId = QStringLiteral("z1");
            z.after.copySettings[0].regionName = QStringLiteral(" ");
            QVERIFY(hasFinding(checkPolicyChange(z, known), policycode::kCopyRegionMissing));
            z.after.copySettings[0].regionName = QStringLiteral("EU_WEST_1");
            QVERIFY(!hasFinding(checkPolicyChange(z, known), policycode::kCopyRegionMissing));
            // No frequency and no oplog: nothing is copied (a warning, not a refusal).
            z.after.copySettings[0].frequencies.clear();
            z.after.copySettings[0].shouldCopyOplogs = false;
            QVERIFY(hasFinding(checkPolicyChange(z, known), policycode::kCopyNothing));
            QVERIFY(!isRefused(checkPolicyChange(z, known)));
            z.after.copySettings[0].shouldCopyOplogs = true;
            QVERIFY(!hasFinding(checkPolicyChange(z, known), policycode::kCopyNothing));
        }
        copy.frequencies = {QStringLiteral("SOMETIMES")};
        c.after.copySettings = {copy};
        QVERIFY(hasFinding(checkPolicyChange(c, facts()), policycode::kCopyFrequencyUnknown));
        c.after.copySettings.clear();
        c.after.autoExportEnabled = true;
        c.after.exportPolicy = {QStringLiteral("b1"), QStringLiteral("monthly")};
        PolicyFacts f = facts();
        f.exportBuckets = QList<ExportBucket>{{QStringLiteral("b1"), QStringLiteral("exports"), QStringLiteral("AWS")}};
        QVERIFY(!isRefused(checkPolicyChange(c, f)));
        f.exportBuckets = QList<ExportBucket>{{QStringLiteral("b2"), QStringLiteral("other"), QStringLiteral("AWS")}};
        QVERIFY(hasFinding(checkPolicyChange(c, f), policycode::kExportBucketMissing));
        f.exportBuckets.reset();  // unknown: not refused for the bucket, only for an empty id
        QVERIFY(!isRefused(checkPolicyChange(c, f)));
        c.after.exportPolicy.exportBucketId.clear();
        QVERIFY(hasFinding(checkPolicyChange(c, f), policycode::kExportBucketMissing));
        c.after.exportPolicy = {QStringLiteral("b1"), QStringLiteral("hourly")};
        QVERIFY(hasFinding(checkPolicyChange(c, f), policycode::kExportFrequencyInvalid));
        // The API takes monthly and yearly; daily and weekly are refused when asked for...
        c.after.exportPolicy = {QStringLiteral("b1"), QStringLiteral("yearly")};
        QVERIFY(!hasFinding(checkPolicyChange(c, f), policycode::kExportFrequencyInvalid));
        c.after.exportPolicy = {QStringLiteral("b1"), QStringLiteral("weekly")};
        QVERIFY(hasFinding(checkPolicyChange(c, f), policycode::kExportFrequencyInvalid));
        // ...but one Atlas already holds does not block other edits.
        f.before.autoExportEnabled = true;
        f.before.exportPolicy = c.after.exportPolicy;
        QVERIFY(!hasFinding(checkPolicyChange(c, f), policycode::kExportFrequencyInvalid));
    }

    void complianceFloorPerItem()
    {
        PolicyFacts f = facts();
        f.compliance = bcp();
        PolicyChange c{schedule(standard()), false, {}};
        QVERIFY(!isRefused(checkPolicyChange(c, f)));  // exactly at the floor
        QCOMPARE(complianceFloor(*f.compliance, Frequency::Daily)->value, 7);
        QVERIFY(!complianceFloor(*f.compliance, Frequency::Weekly));
        // One day below the floor: refused on that cell.
        c.after.policies[0].policyItems[1].value = 6;
        c.after.policies[0].policyItems[0].value = 6;
        c.after.restoreWindowDays = 2;
        Findings r = checkPolicyChange(c, f);
        QVERIFY(hasFinding(r, policycode::kBelowComplianceFloor));
        QCOMPARE(firstRefusal(r)->field, policyfield::itemRetention(0));
        // The daily item removed: its frequency is missing.
        c.after = schedule(standard());
        c.after.policies[0].policyItems.removeAt(1);
        QVERIFY(hasFinding(checkPolicyChange(c, f), policycode::kComplianceItemMissing));
        // Hourly less often than the floor (every 12 h against every 6 h); more often is fine.
        c.after = schedule(standard());
        c.after.policies[0].policyItems[0].interval = 12;
        QVERIFY(hasFinding(checkPolicyChange(c, f), policycode::kComplianceIntervalTooLong));
        c.after.policies[0].policyItems[0].interval = 4;
        QVERIFY(!isRefused(checkPolicyChange(c, f)));
        // The restore window: at the floor fine, one day less refused.
        c.after = schedule(standard(), 2);
        QVERIFY(!hasFinding(checkPolicyChange(c, f), policycode::kComplianceRestoreWindow));
        c.after.restoreWindowDays = 1;
        QVERIFY(hasFinding(checkPolicyChange(c, f), policycode::kComplianceRestoreWindow));
    }

    void impactMovesOnlyTheChangedItemsUntouchedSnapshots()
    {
        PolicyFacts f = facts();
        const QList<PolicyItem> before = standard();
        const QDateTime t1 = kNow.addDays(-2), t2 = kNow.addDays(-1);
        Snapshot daily1 = snapshot(QStringLiteral("s1"), t1.addSecs(40), QStringLiteral("d"), before[1]);
        Snapshot daily2 = snapshot(QStringLiteral("s2"), t2.addSecs(70), QStringLiteral("d"), before[1]);
        Snapshot changedByHand = snapshot(QStringLiteral("s3"), t2, QStringLiteral("d"), before[1]);
        changedByHand.expiresAt = changedByHand.expiresAt.addDays(30);
        Snapshot weekly = snapshot(QStringLiteral("s4"), t1, QStringLiteral("w"), before[2]);
        Snapshot expired = snapshot(QStringLiteral("s5"), kNow.addDays(-8), QStringLiteral("d"), before[1]);
        f.snapshots = {daily1, daily2, changedByHand, weekly, expired};
        PolicyChange c{schedule(before), true, {}};
        c.after.policies[0].policyItems[1].value = 14;  // daily: 7 -> 14 days
        PolicyImpact impact = policyImpact(c, f);
        QCOMPARE(impact.moved.size(), 2);
        QCOMPARE(impact.moved.at(0).snapshotId, QStringLiteral("s1"));
        QCOMPARE(impact.moved.at(0).after, daily1.createdAt.addDays(14));
        QCOMPARE(impact.earliestNewExpiry, daily1.createdAt.addDays(14));
        QCOMPARE(impact.latestNewExpiry, daily2.createdAt.addDays(14));
        QVERIFY(hasFinding(checkPolicyChange(c, f), policycode::kExpiriesMoved));
        // Without updateSnapshots nothing moves, and the review says so.
        c.updateSnapshots = false;
        QVERIFY(policyImpact(c, f).moved.isEmpty());
        QVERIFY(hasFinding(checkPolicyChange(c, f), policycode::kExpiriesNotMoved));
        // Storage at the median size; more kept after a longer retention.
        c.updateSnapshots = true;
        impact = policyImpact(c, f);
        QVERIFY(impact.keptAfter > impact.keptBefore);
        QCOMPARE(impact.bytesAfter, qint64(impact.keptAfter) << 30);
    }

    void snapshotsKeptCountsOverlapsOnce()
    {
        // Daily at 18:00 kept 7 days, at 12:00: the one taken seven days ago expires at 18:00, so 7.
        const QList<PolicyItem> daily = {item(Frequency::Daily, 1, RetentionUnit::Days, 7)};
        QCOMPARE(snapshotsKept(daily, 18, kNow), 7);
        // Every 6 hours for 2 days: 8; plus a daily kept 7 days that fires on the same hour (18:00):
        // the shared slots count once.
        const QList<PolicyItem> both = {item(Frequency::Hourly, 6, RetentionUnit::Days, 2),
                                        item(Frequency::Daily, 1, RetentionUnit::Days, 7)};
        QCOMPARE(snapshotsKept({both[0]}, 18, kNow), 8);
        QCOMPARE(snapshotsKept(both, 18, kNow), 8 - 2 + 7);
        QCOMPARE(snapshotsKept({}, 18, kNow), 0);
    }

    void complianceChange()
    {
        ComplianceFacts facts;
        facts.clusters = {cluster(QStringLiteral("c1"))};
        facts.schedules.insert(QStringLiteral("c1"), schedule(standard()));
        ComplianceChange c{bcp(), true};
        Findings f = checkComplianceChange(c, facts);
        QVERIFY2(!isRefused(f), qPrintable(findingCodes(f).join(u',')));
        QVERIFY(hasFinding(f, compliancecode::kPermanent));  // first enable: it cannot be undone
        // The representative: names and a real address.
        c.after.authorizedEmail = QStringLiteral("not-an-address");
        QVERIFY(hasFinding(checkComplianceChange(c, facts), compliancecode::kEmailInvalid));
        c.after = bcp();
        c.after.authorizedUserLastName = QStringLiteral("  ");
        QVERIFY(hasFinding(checkComplianceChange(c, facts), compliancecode::kRepresentativeMissing));
        // A cluster below the floor: raised with overwrite, refused without.
        c.after = bcp();
        c.after.scheduledPolicyItems[1].value = 14;
        f = checkComplianceChange(c, facts);
        QVERIFY(hasFinding(f, compliancecode::kClusterRaised));
        const QList<PolicyRaise> raised = policiesRaised(c, facts);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().before->id, QStringLiteral("d"));
        QCOMPARE(raised.first().after.value, 14);
        QCOMPARE(raised.first().after.id, QStringLiteral("d"));
        c.overwriteBackupPolicies = false;
        QVERIFY(hasFinding(checkComplianceChange(c, facts), compliancecode::kClusterBelowFloor));
        // A frequency the cluster lacks is added.
        c = {bcp(), true};
        c.after.scheduledPolicyItems.append(item(Frequency::Yearly, 1, RetentionUnit::Years, 1));
        QVERIFY(!policiesRaised(c, facts).first().before.has_value());
        // Encryption at rest required: every cluster must have it.
        c = {bcp(), true};
        c.after.encryptionAtRestEnabled = true;
        QVERIFY(hasFinding(checkComplianceChange(c, facts), compliancecode::kClusterNotEncrypted));
        facts.clusters[0].encryptionAtRestProvider = QStringLiteral("AWS");
        QVERIFY(!hasFinding(checkComplianceChange(c, facts), compliancecode::kClusterNotEncrypted));
    }

    void complianceDiffNamesWhatChanges()
    {
        const CompliancePolicy now = bcp();
        QVERIFY(complianceDiff(now, now).isEmpty());
        CompliancePolicy edit = now;
        edit.authorizedEmail = QStringLiteral("ada@example.com");
        edit.scheduledPolicyItems[1].value += 3;
        QStringList fields;
        for (const PolicyDiff &d : complianceDiff(now, edit)) fields << d.field;
        QCOMPARE(fields,
                 (QStringList{QStringLiteral("authorizedEmail"),
                              QStringLiteral("items/") + frequencyName(edit.scheduledPolicyItems[1].frequency)}));
        // A first enable: every setting is new (nothing before).
        const QList<PolicyDiff> first = complianceDiff(std::nullopt, now);
        QVERIFY(!first.isEmpty());
        for (const PolicyDiff &d : first) QVERIFY2(d.before.isEmpty() && !d.after.isEmpty(), qPrintable(d.field));
    }

    void complianceOnceEnabled()
    {
        ComplianceFacts facts;
        facts.current = bcp();
        ComplianceChange c{bcp(), true};
        QVERIFY(!isRefused(checkComplianceChange(c, facts)));
        QVERIFY(!hasFinding(checkComplianceChange(c, facts), compliancecode::kPermanent));
        c.after.scheduledPolicyItems[1].value = 6;
        QVERIFY(hasFinding(checkComplianceChange(c, facts), compliancecode::kRetentionLowered));
        c.after = bcp();
        c.after.scheduledPolicyItems[1].value = 8;  // growing is fine
        QVERIFY(!isRefused(checkComplianceChange(c, facts)));
        c.after = bcp();
        c.after.scheduledPolicyItems.removeAt(1);
        QVERIFY(hasFinding(checkComplianceChange(c, facts), compliancecode::kItemRemoved));
        c.after = bcp();
        c.after.pitEnabled = false;
        QVERIFY(hasFinding(checkComplianceChange(c, facts), compliancecode::kPitDisabled));
        c.after = bcp();
        c.after.restoreWindowDays = 1;
        QVERIFY(hasFinding(checkComplianceChange(c, facts), compliancecode::kRestoreWindowShortened));
        c.after.restoreWindowDays = 3;
        QVERIFY(!isRefused(checkComplianceChange(c, facts)));
        c.after.restoreWindowDays = 8;  // longer than the hourly item keeps
        QVERIFY(hasFinding(checkComplianceChange(c, facts), compliancecode::kRestoreWindowInvalid));
        // The on-demand item: lowered or removed refused.
        facts.current->onDemandPolicyItem = item(Frequency::OnDemand, 0, RetentionUnit::Days, 7);
        c.after = *facts.current;
        QVERIFY(!isRefused(checkComplianceChange(c, facts)));
        c.after.onDemandPolicyItem->value = 6;
        QVERIFY(hasFinding(checkComplianceChange(c, facts), compliancecode::kRetentionLowered));
        c.after.onDemandPolicyItem.reset();
        QVERIFY(hasFinding(checkComplianceChange(c, facts), compliancecode::kItemRemoved));
    }

    void complianceDisableAndConfirm()
    {
        ComplianceFacts facts;
        QVERIFY(hasFinding(checkComplianceDisable(facts), compliancecode::kNotEnabled));
        facts.current = bcp();
        QVERIFY(checkComplianceDisable(facts).isEmpty());  // an empty project
        facts.clusters = {cluster(QStringLiteral("c1"))};
        QVERIFY(hasFinding(checkComplianceDisable(facts), compliancecode::kNotEmpty));
        facts.clusters.clear();
        facts.retainedSnapshotsOfTerminatedClusters = 1;
        QVERIFY(hasFinding(checkComplianceDisable(facts), compliancecode::kNotEmpty));
        facts.current->deletable = true;  // MongoDB Support approved it
        QVERIFY(checkComplianceDisable(facts).isEmpty());
        // While Atlas still applies the last change, nothing else is sent (both sides).
        facts.current->state.value = ComplianceState::Disabling;
        QVERIFY(hasFinding(checkComplianceDisable(facts), compliancecode::kPendingAction));
        QVERIFY(hasFinding(checkComplianceChange({*facts.current, true}, facts), compliancecode::kPendingAction));
        facts.current->state.value = ComplianceState::Active;
        QVERIFY(checkComplianceDisable(facts).isEmpty());
        QVERIFY(!hasFinding(checkComplianceChange({*facts.current, true}, facts), compliancecode::kPendingAction));

        QVERIFY(checkComplianceConfirmation(QStringLiteral("payments"), QStringLiteral("payments"), true).isEmpty());
        QCOMPARE(
            findingCodes(checkComplianceConfirmation(QStringLiteral("payments"), QStringLiteral("Payments"), true)),
            QStringList{compliancecode::kProjectNameMismatch});
        QCOMPARE(
            findingCodes(checkComplianceConfirmation(QStringLiteral("payments"), QStringLiteral("payments"), false)),
            QStringList{compliancecode::kNotAcknowledged});
    }

    void snapshotRetention()
    {
        const PolicyItem daily = item(Frequency::Daily, 1, RetentionUnit::Days, 7);
        const Snapshot s = snapshot(QStringLiteral("s1"), kNow.addDays(-2), QStringLiteral("d"), daily);
        // Longer: fine; shorter: a warning, refused under a compliance policy.
        QVERIFY(checkSnapshotRetention(s, RetentionUnit::Days, 8, kNow, {}, {}).isEmpty());
        QVERIFY(checkSnapshotRetention(s, RetentionUnit::Days, 7, kNow, bcp(), {}).isEmpty());  // unchanged
        QCOMPARE(findingCodes(checkSnapshotRetention(s, RetentionUnit::Days, 6, kNow, {}, {})),
                 QStringList{snapshotcode::kShorter});
        QCOMPARE(findingCodes(checkSnapshotRetention(s, RetentionUnit::Days, 6, kNow, bcp(), {})),
                 QStringList{snapshotcode::kComplianceShorter});
        // An expiry that has passed: 2 days after a creation 2 days ago is now; 3 is not.
        QVERIFY(hasFinding(checkSnapshotRetention(s, RetentionUnit::Days, 2, kNow, {}, {}),
                           snapshotcode::kRetentionInPast));
        QVERIFY(!hasFinding(checkSnapshotRetention(s, RetentionUnit::Days, 3, kNow, {}, {}),
                            snapshotcode::kRetentionInPast));
        QVERIFY(hasFinding(checkSnapshotRetention(s, RetentionUnit::Days, 0, kNow, {}, {}),
                           snapshotcode::kRetentionInvalid));
        QVERIFY(!hasFinding(checkSnapshotRetention(s, RetentionUnit::Days, kSnapshotRetentionMaxDays, kNow, {}, {}),
                            snapshotcode::kRetentionTooLong));
        QVERIFY(hasFinding(checkSnapshotRetention(s, RetentionUnit::Days, kSnapshotRetentionMaxDays + 1, kNow, {}, {}),
                           snapshotcode::kRetentionTooLong));
        QCOMPARE(retentionExpiry(s, RetentionUnit::Weeks, 2), s.createdAt.addDays(14));
        // Roles: known and missing refuses; Backup Manager may.
        QVERIFY(hasFinding(
            checkSnapshotRetention(s, RetentionUnit::Days, 8, kNow, {}, QStringList{QStringLiteral("GROUP_READ_ONLY")}),
            snapshotcode::kRoleMissing));
        QVERIFY(checkSnapshotRetention(s, RetentionUnit::Days, 8, kNow, {},
                                       QStringList{QStringLiteral("GROUP_BACKUP_MANAGER")})
                    .isEmpty());
        Snapshot running = s;
        running.status = parseSnapshotStatus(QStringLiteral("inProgress"));
        QVERIFY(hasFinding(checkSnapshotRetention(running, RetentionUnit::Days, 8, kNow, {}, {}),
                           snapshotcode::kNotCompleted));
    }

    void snapshotDelete()
    {
        const PolicyItem daily = item(Frequency::Daily, 1, RetentionUnit::Days, 7);
        Snapshot s = snapshot(QStringLiteral("s1"), kNow.addDays(-2), QStringLiteral("d"), daily);
        QVERIFY(checkSnapshotDelete(s, kNow, {}, {}).isEmpty());
        QCOMPARE(findingCodes(checkSnapshotDelete(s, kNow, bcp(), {})), QStringList{snapshotcode::kComplianceNoDelete});
        s.copyRegions = {QStringLiteral("EU_WEST_1")};
        const Findings f = checkSnapshotDelete(s, kNow, {}, {});
        QCOMPARE(findingCodes(f), QStringList{snapshotcode::kCopiesDeleted});
        QVERIFY(!isRefused(f));
        s.status = parseSnapshotStatus(QStringLiteral("queued"));
        QVERIFY(hasFinding(checkSnapshotDelete(s, kNow, {}, {}), snapshotcode::kNotCompleted));
    }
};

QTEST_APPLESS_MAIN(TestDomainPolicy)
#include "tst_domain_policy.moc"
