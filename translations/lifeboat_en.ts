<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>lifeboat::domain::Compliance</name>
    <message numerus="yes">
        <location filename="../models/domain/compliancerules.cpp" line="+178"/>
        <source>The restore window cannot be shortened below %n day(s) once the policy is enabled.</source>
        <translation>
            <numerusform>The restore window cannot be shortened below %n day once the policy is enabled.</numerusform>
            <numerusform>The restore window cannot be shortened below %n days once the policy is enabled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>The compliance policy can be disabled only in an empty project: this one has %n cluster(s) or retained snapshot(s).</source>
        <translation>
            <numerusform>The compliance policy can be disabled only in an empty project: this one has %n cluster or retained snapshot.</numerusform>
            <numerusform>The compliance policy can be disabled only in an empty project: this one has %n clusters or retained snapshots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::domain::OnDemandSnapshot</name>
    <message numerus="yes">
        <location filename="../models/domain/ondemandsnapshot.cpp" line="+50"/>
        <source>Keep it at least %n day(s).</source>
        <translation>
            <numerusform>Keep it at least %n day.</numerusform>
            <numerusform>Keep it at least %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Keep it at most %n day(s) (100 years).</source>
        <translation>
            <numerusform>Keep it at most %n day (100 years).</numerusform>
            <numerusform>Keep it at most %n days (100 years).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The project&apos;s Backup Compliance Policy keeps on-demand snapshots at least %n day(s).</source>
        <translation>
            <numerusform>The project&apos;s Backup Compliance Policy keeps on-demand snapshots at least %n day.</numerusform>
            <numerusform>The project&apos;s Backup Compliance Policy keeps on-demand snapshots at least %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The description is too long (at most %n characters).</source>
        <translation>
            <numerusform>The description is too long (at most %n character).</numerusform>
            <numerusform>The description is too long (at most %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::domain::Policy</name>
    <message numerus="yes">
        <location filename="../models/domain/policyrules.cpp" line="+35"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+228"/>
        <source>The restore window of %n day(s) is longer than the hourly snapshots are kept (%1).</source>
        <translation>
            <numerusform>The restore window of %n day is longer than the hourly snapshots are kept (%1).</numerusform>
            <numerusform>The restore window of %n days is longer than the hourly snapshots are kept (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+160"/>
        <source>The Backup Compliance Policy requires a restore window of at least %n day(s).</source>
        <translation>
            <numerusform>The Backup Compliance Policy requires a restore window of at least %n day.</numerusform>
            <numerusform>The Backup Compliance Policy requires a restore window of at least %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Keep the restore window at %n day(s) or more.</source>
        <translation>
            <numerusform>Keep the restore window at %n day or more.</numerusform>
            <numerusform>Keep the restore window at %n days or more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The expiry of %n existing snapshot(s) moves to the new retention.</source>
        <translation>
            <numerusform>The expiry of %n existing snapshot moves to the new retention.</numerusform>
            <numerusform>The expiry of %n existing snapshots moves to the new retention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::domain::Restore</name>
    <message numerus="yes">
        <location filename="../models/domain/restore.cpp" line="+116"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+288"/>
        <source>Restore to a sharded cluster with %n shard(s), or restore chosen databases or collections instead.</source>
        <translation>
            <numerusform>Restore to a sharded cluster with %n shard, or restore chosen databases or collections instead.</numerusform>
            <numerusform>Restore to a sharded cluster with %n shards, or restore chosen databases or collections instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Restore to a cluster with %n shard(s).</source>
        <translation>
            <numerusform>Restore to a cluster with %n shard.</numerusform>
            <numerusform>Restore to a cluster with %n shards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::itemmodels::DestinationModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/destinationmodel.cpp" line="+133"/>
        <source>Allowed, %n warning(s)</source>
        <translation>
            <numerusform>Allowed, %n warning</numerusform>
            <numerusform>Allowed, %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1, %n shard(s)</source>
        <translation>
            <numerusform>%1, %n shard</numerusform>
            <numerusform>%1, %n shards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::itemmodels::HealthText</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/healthtext.cpp" line="+11"/>
        <source>%n second(s)</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s)</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s)</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::itemmodels::NamespaceTreeModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/namespacetreemodel.cpp" line="+69"/>
        <source>Database %1: %n collection(s)</source>
        <translation>
            <numerusform>Database %1: %n collection</numerusform>
            <numerusform>Database %1: %n collections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::itemmodels::NavigatorModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/navigatormodel.cpp" line="+150"/>
        <source>%n shard(s)</source>
        <translation>
            <numerusform>%n shard</numerusform>
            <numerusform>%n shards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n snapshot</numerusform>
            <numerusform>%n snapshots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::itemmodels::PolicyItemsModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/policyitemsmodel.cpp" line="+123"/>
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>every %n hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::itemmodels::RestoreFormat</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/restoreformat.cpp" line="+99"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Atlas copies %n namespace(s) from the snapshot %1 of %2 into %3: %4.</source>
        <translation>
            <numerusform>Atlas copies %n namespace from the snapshot %1 of %2 into %3: %4.</numerusform>
            <numerusform>Atlas copies %n namespaces from the snapshot %1 of %2 into %3: %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::itemmodels::SnapshotFormat</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/snapshotformat.cpp" line="+217"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::SyncJob</name>
    <message numerus="yes">
        <location filename="../models/jobs/syncjob.cpp" line="+181"/>
        <source> (%n part(s) of the sync failed in all)</source>
        <translation>
            <numerusform> (%n part of the sync failed in all)</numerusform>
            <numerusform> (%n parts of the sync failed in all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ClusterOverview</name>
    <message numerus="yes">
        <location filename="../ui/overview/clusteroverview.cpp" line="+260"/>
        <source>%n snapshot(s) kept.</source>
        <translation>
            <numerusform>%n snapshot kept.</numerusform>
            <numerusform>%n snapshots kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>sharded, %n shard(s)</source>
        <translation>
            <numerusform>sharded, %n shard</numerusform>
            <numerusform>sharded, %n shards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>sharded, %n shard(s), %1</source>
        <translation>
            <numerusform>sharded, %n shard, %1</numerusform>
            <numerusform>sharded, %n shards, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
        <source>Continuous Cloud Backup is on: any moment from %1 until now can be restored (a %n-day window).</source>
        <translation>
            <numerusform>Continuous Cloud Backup is on: any moment from %1 until now can be restored (a %n-day window).</numerusform>
            <numerusform>Continuous Cloud Backup is on: any moment from %1 until now can be restored (a %n-day window).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n snapshot(s), %1 stored.</source>
        <translation>
            <numerusform>%n snapshot, %1 stored.</numerusform>
            <numerusform>%n snapshots, %1 stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n fallback snapshot(s) (may be inconsistent; not usable for export or collection restore).</source>
        <translation>
            <numerusform>%n fallback snapshot (may be inconsistent; not usable for export or collection restore).</numerusform>
            <numerusform>%n fallback snapshots (may be inconsistent; not usable for export or collection restore).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-291"/>
        <location line="+15"/>
        <source>%n restore(s) running now.</source>
        <translation>
            <numerusform>%n restore running now.</numerusform>
            <numerusform>%n restores running now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::CompliancePage</name>
    <message numerus="yes">
        <location filename="../ui/compliance/compliancepage.cpp" line="+131"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ComplianceWizard</name>
    <message numerus="yes">
        <location filename="../ui/compliance/compliancewizard.cpp" line="+432"/>
        <source>&lt;b&gt;Allowed.&lt;/b&gt; %n cluster item(s) will be raised to the policy&apos;s settings.</source>
        <translation>
            <numerusform>&lt;b&gt;Allowed.&lt;/b&gt; %n cluster item will be raised to the policy&apos;s settings.</numerusform>
            <numerusform>&lt;b&gt;Allowed.&lt;/b&gt; %n cluster items will be raised to the policy&apos;s settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+223"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n restore(s) running</source>
        <translation>
            <numerusform>%n restore running</numerusform>
            <numerusform>%n restores running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+467"/>
        <source>Last sync %1; the next in at most %n minute(s)</source>
        <translation>
            <numerusform>Last sync %1; the next in at most %n minute</numerusform>
            <numerusform>Last sync %1; the next in at most %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::PolicyReviewDialog</name>
    <message numerus="yes">
        <location filename="../ui/policy/policyreviewdialog.cpp" line="+32"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n existing snapshot(s) get a new expiry, the earliest %1 and the latest %2.</source>
        <translation>
            <numerusform>%n existing snapshot gets a new expiry, the earliest %1 and the latest %2.</numerusform>
            <numerusform>%n existing snapshots get a new expiry, the earliest %1 and the latest %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Snapshots of the %n removed item(s) stay until they expire.</source>
        <translation>
            <numerusform>Snapshots of the %n removed item stay until they expire.</numerusform>
            <numerusform>Snapshots of the %n removed items stay until they expire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%1 of %n moved expiry(ies) read back as the review said.</source>
        <translation>
            <numerusform>%1 of %n moved expiry read back as the review said.</numerusform>
            <numerusform>%1 of %n moved expiries read back as the review said.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n snapshot(s) got a new expiry the review did not foresee.</source>
        <translation>
            <numerusform>%n snapshot got a new expiry the review did not foresee.</numerusform>
            <numerusform>%n snapshots got a new expiry the review did not foresee.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreDestinationPage</name>
    <message numerus="yes">
        <location filename="../ui/restore/restoredestinationpage.cpp" line="+147"/>
        <source>%1 of %n cluster(s) can be the target</source>
        <translation>
            <numerusform>%1 of %n cluster can be the target</numerusform>
            <numerusform>%1 of %n clusters can be the target</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestorePreflightPage</name>
    <message numerus="yes">
        <location filename="../ui/restore/restorepreflightpage.cpp" line="+93"/>
        <source>&lt;b&gt;Refused:&lt;/b&gt; %n rule(s) forbid this restore. Nothing was sent; change the source or the target.</source>
        <translation>
            <numerusform>&lt;b&gt;Refused:&lt;/b&gt; %n rule forbids this restore. Nothing was sent; change the source or the target.</numerusform>
            <numerusform>&lt;b&gt;Refused:&lt;/b&gt; %n rules forbid this restore. Nothing was sent; change the source or the target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Allowed, with %n warning(s). Read them before you go on.</source>
        <translation>
            <numerusform>Allowed, with %n warning. Read it before you go on.</numerusform>
            <numerusform>Allowed, with %n warnings. Read them before you go on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreSourcePage</name>
    <message numerus="yes">
        <location filename="../ui/restore/restoresourcepage.cpp" line="+86"/>
        <source>%n database(s) in the snapshot. Check what to restore, or type the names.</source>
        <translation>
            <numerusform>%n database in the snapshot. Check what to restore, or type the names.</numerusform>
            <numerusform>%n databases in the snapshot. Check what to restore, or type the names.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoresView</name>
    <message numerus="yes">
        <location filename="../ui/restore/restoresview.cpp" line="+174"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+1"/>
        <source>%n restore(s)</source>
        <translation>
            <numerusform>%n restore</numerusform>
            <numerusform>%n restores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SnapshotDetails</name>
    <message numerus="yes">
        <location filename="../ui/snapshots/snapshotdetails.cpp" line="+168"/>
        <source>Sharded cluster, %n member(s)</source>
        <translation>
            <numerusform>Sharded cluster, %n member</numerusform>
            <numerusform>Sharded cluster, %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sharded cluster, %n member(s), %1</source>
        <translation>
            <numerusform>Sharded cluster, %n member, %1</numerusform>
            <numerusform>Sharded cluster, %n members, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SnapshotsPane</name>
    <message numerus="yes">
        <location filename="../ui/snapshots/snapshotspane.cpp" line="+212"/>
        <source>%1 snapshot(s)</source>
        <comment>%1 is the number</comment>
        <translation>
            <numerusform>%1 snapshot</numerusform>
            <numerusform>%1 snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %2 snapshot(s)</source>
        <comment>%1 shown of %2 in all</comment>
        <translation>
            <numerusform>%1 of %2 snapshot</numerusform>
            <numerusform>%1 of %2 snapshots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::TakeSnapshotDialog</name>
    <message numerus="yes">
        <location filename="../ui/snapshots/takesnapshotdialog.cpp" line="+89"/>
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
</TS>
