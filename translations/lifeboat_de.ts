<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="110"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="112"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="113"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="114"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="115"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="116"/>
        <source>%1 mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/navigatormodel.cpp" line="126"/>
        <source>%n shards</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="127"/>
        <source>no cloud backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="128"/>
        <source>backup off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="130"/>
        <source>restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="155"/>
        <source>Last good snapshot: %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="156"/>
        <source>No completed snapshot seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="183"/>
        <source>%1 — under a Backup Compliance Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="186"/>
        <source>MongoDB %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/navigatormodel.cpp" line="187"/>
        <source>%n snapshot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="188"/>
        <source>Synced %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="209"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="209"/>
        <source>Last good</source>
        <translation>Letzter gültiger</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="20"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/clusteroverview.cpp" line="60"/>
        <source>Every %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="61"/>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="63"/>
        <source>Every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="64"/>
        <source>Weekly (day %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="67"/>
        <source>Last day of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="67"/>
        <source>Day %1 of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="70"/>
        <source>1 %1 every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="74"/>
        <source>%1 — kept %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/profiles.cpp" line="13"/>
        <source>Sandbox (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/profiles.cpp" line="14"/>
        <source>Atlas — API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/profiles.cpp" line="15"/>
        <source>Atlas — service account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeboat::Launcher</name>
    <message>
        <location filename="../app/lifeboat/launcher.cpp" line="38"/>
        <location filename="../app/lifeboat/launcher.cpp" line="96"/>
        <location filename="../app/lifeboat/launcher.cpp" line="97"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lifeboat/launcher.cpp" line="42"/>
        <source>sandbox at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lifeboat/launcher.cpp" line="47"/>
        <source>The sandbox is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lifeboat/launcher.cpp" line="51"/>
        <source>Starting the bundled sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lifeboat/launcher.cpp" line="60"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lifeboat/launcher.cpp" line="70"/>
        <source>Cannot connect with &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lifeboat/launcher.cpp" line="86"/>
        <source>Welcome to Lifeboat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lifeboat/launcher.cpp" line="87"/>
        <source>There is no connection yet. Try Lifeboat on the bundled sandbox — a local, Atlas-compatible backup service with a demo estate — or add a connection to MongoDB Atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lifeboat/launcher.cpp" line="90"/>
        <source>Start the sandbox</source>
        <translation>Sandbox starten</translation>
    </message>
    <message>
        <location filename="../app/lifeboat/launcher.cpp" line="91"/>
        <source>Add a connection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeboat::SandboxProcess</name>
    <message>
        <location filename="../app/lifeboat/sandboxprocess.cpp" line="14"/>
        <source>the sandbox did not start within 60 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lifeboat/sandboxprocess.cpp" line="20"/>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lifeboat/sandboxprocess.cpp" line="24"/>
        <source>the sandbox stopped (exit code %1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lifeboat/sandboxprocess.cpp" line="25"/>
        <source>the sandbox exited before it was ready (exit code %1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lifeboat/sandboxprocess.cpp" line="71"/>
        <source>the sandbox printed something unexpected instead of its address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ClusterOverview</name>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="130"/>
        <source>No cluster selected</source>
        <translation>Kein Cluster ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="131"/>
        <source>Pick a cluster in the navigator to see its backup health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="171"/>
        <source>Flex cluster · %1 %2 · MongoDB %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="179"/>
        <source>Last good snapshot %1 ago (%2). Flex takes one a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="182"/>
        <source>The last good snapshot is %1 old (%2); Flex should take one a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="185"/>
        <source>No completed snapshot yet. Flex takes the first one a day after the cluster is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="186"/>
        <source>Automatic daily snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="187"/>
        <source>Flex clusters take one snapshot a day, at the time of day the cluster was created, and keep the last 8. There is no custom policy, no on-demand snapshot, no point-in-time restore and no export. A Flex snapshot restores to a Flex cluster or to an M10+ cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="190"/>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/clusteroverview.cpp" line="190"/>
        <source>%n snapshot(s) kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="195"/>
        <source>MongoDB %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/clusteroverview.cpp" line="196"/>
        <source>sharded, %n shard(s), %1 config servers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="197"/>
        <source>replica set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="199"/>
        <source>encryption at rest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="201"/>
        <source>FCV pinned to %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="206"/>
        <source>Free clusters (M0) have no cloud backup: nothing protects this data unless you copy it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="207"/>
        <source>Back it up by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="208"/>
        <source>Dump it with the MongoDB Database Tools and keep the archive somewhere safe; restore it into another cluster with mongorestore. Replace USER, HOST and TARGET with the values from the cluster&apos;s Connect dialog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="212"/>
        <source>Or move to a tier with backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="213"/>
        <source>Flex clusters take a daily snapshot; M10 and larger have scheduled snapshots, point-in-time restore and export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="217"/>
        <source>Cloud Backup is turned off for this cluster: no new snapshots are taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="235"/>
        <source>No completed snapshot: there is nothing to restore from yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="238"/>
        <source>Late: the last good snapshot is %1 old (%2), but the schedule promises one every %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="242"/>
        <source>On schedule: last good snapshot %1 ago (%2)%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="244"/>
        <source>; the schedule promises one every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="259"/>
        <source>Snapshot time %1:%2 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="260"/>
        <source>Next snapshot: %1 (in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="261"/>
        <source>No policy items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="265"/>
        <source>Copies to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="267"/>
        <source>Backup policy</source>
        <translation>Sicherungsrichtlinie</translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="272"/>
        <location filename="../ui/overview/clusteroverview.cpp" line="277"/>
        <source>Point-in-time restore</source>
        <translation>Wiederherstellung zu einem Zeitpunkt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/clusteroverview.cpp" line="273"/>
        <source>Continuous Cloud Backup is on: any moment from %1 until now can be restored (a %n-day window).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="275"/>
        <source>Continuous Cloud Backup is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="277"/>
        <source>Off: restores go to a snapshot&apos;s moment only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/clusteroverview.cpp" line="280"/>
        <source>%n snapshot(s), %1 stored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/clusteroverview.cpp" line="281"/>
        <source>%n failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/clusteroverview.cpp" line="282"/>
        <source>%n fallback snapshot(s) (may be inconsistent; not usable for export or collection restore).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="283"/>
        <source>Snapshots and storage</source>
        <translation>Snapshots und Speicher</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/clusteroverview.cpp" line="292"/>
        <source>%n restore(s) running now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="294"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="294"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="295"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="295"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="296"/>
        <source>Last restore: %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="298"/>
        <source>No restore in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="300"/>
        <source>Restores</source>
        <translation>Wiederherstellungen</translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="302"/>
        <source>Backup Compliance Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="303"/>
        <source>This project is under a Backup Compliance Policy: snapshots cannot be deleted, retention cannot be shortened and backup cannot be turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="306"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="306"/>
        <source>Synced %1 ago (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ConnectionsDialog</name>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="19"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="26"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="28"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="29"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="52"/>
        <source>stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="55"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="56"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="57"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="67"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="68"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="87"/>
        <source>Pick a saved profile to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="119"/>
        <source>unchanged (kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="127"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="127"/>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="128"/>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="128"/>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="138"/>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="139"/>
        <source>The name is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="143"/>
        <source>The base URL is not a URL (e.g. https://cloud.mongodb.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="146"/>
        <source>Enter the service account&apos;s client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="146"/>
        <source>Enter the API key&apos;s public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="149"/>
        <source>Enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="149"/>
        <source>Enter the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="177"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="180"/>
        <source>Saving the secret in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="189"/>
        <source>Saved. The secret is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="31"/>
        <source>Lifeboat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="43"/>
        <source>Pick a cluster in the navigator.</source>
        <translation>Wählen Sie links einen Cluster aus.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="51"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="52"/>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="75"/>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="78"/>
        <source>Fetch everything again from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="80"/>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="83"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="87"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="92"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="93"/>
        <source>&amp;About Lifeboat</source>
        <translation>&amp;Über Lifeboat</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="94"/>
        <source>About Lifeboat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="95"/>
        <source>&lt;b&gt;Lifeboat&lt;/b&gt; %1&lt;br&gt;A desktop console for MongoDB Atlas cloud backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="99"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="111"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="123"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="154"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="155"/>
        <source>%1 — Lifeboat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="259"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="260"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="270"/>
        <source>Online — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="271"/>
        <source>Offline — showing what was seen before. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="278"/>
        <source>Never synced</source>
        <translation>Noch nie synchronisiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="282"/>
        <source>Synced just now</source>
        <translation>Gerade synchronisiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="283"/>
        <source>Last sync %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::NavigatorView</name>
    <message>
        <location filename="../ui/navigator/navigatorview.cpp" line="105"/>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SecretStore</name>
    <message>
        <location filename="../ui/settings/profiles.cpp" line="84"/>
        <source>No secret is stored for this profile: edit it and enter the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/profiles.cpp" line="85"/>
        <source>The system keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/profiles.cpp" line="98"/>
        <source>The secret was not saved: the system keychain is not available (%1). Lifeboat never stores secrets elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
