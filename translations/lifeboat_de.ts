<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>lifeboat::Launcher</name>
    <message>
        <location filename="../app/lifeboat/launcher.cpp" line="+35"/>
        <location line="+103"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>sandbox at %1</source>
        <translation>Sandbox unter %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sandbox is not available: %1</source>
        <translation>Die Sandbox ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox process crashed.</source>
        <translation>Der Sandbox-Prozess ist abgestürzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox process ended (exit code %1).</source>
        <translation>Der Sandbox-Prozess wurde beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting the bundled sandbox…</source>
        <translation>Die mitgelieferte Sandbox wird gestartet…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot connect with &quot;%1&quot;: %2</source>
        <translation>Verbindung mit „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The secret of &quot;%1&quot; is kept in memory for this session only: the system keychain did not take it. Retry the keychain in Connections.</source>
        <translation>Das Geheimnis von „%1“ wird nur für diese Sitzung im Arbeitsspeicher gehalten: Der Schlüsselbund des Systems hat es nicht angenommen. Versuchen Sie den Schlüsselbund unter Verbindungen erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Welcome to Lifeboat</source>
        <translation>Willkommen bei Lifeboat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no connection yet. Try Lifeboat on the bundled sandbox — a local, Atlas-compatible backup service with a demo estate — or add a connection to MongoDB Atlas.</source>
        <translation>Es gibt noch keine Verbindung. Probieren Sie Lifeboat mit der mitgelieferten Sandbox aus — einem lokalen, Atlas-kompatiblen Backup-Dienst mit Demodaten — oder fügen Sie eine Verbindung zu MongoDB Atlas hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the sandbox</source>
        <translation>Sandbox starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a connection…</source>
        <translation>Verbindung hinzufügen…</translation>
    </message>
</context>
<context>
    <name>lifeboat::SandboxProcess</name>
    <message>
        <location filename="../app/lifeboat/sandboxprocess.cpp" line="+19"/>
        <source>the sandbox did not start within 60 seconds</source>
        <translation>die Sandbox ist nicht innerhalb von 60 Sekunden gestartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the sandbox could not start (it ended with exit code %1; Lifeboat&apos;s log has its last words)</source>
        <translation>die Sandbox konnte nicht starten (sie endete mit Exit-Code %1; ihre letzten Meldungen stehen im Protokoll von Lifeboat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sandbox ended before it was ready</source>
        <translation>die Sandbox wurde beendet, bevor sie bereit war</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the sandbox printed something unexpected instead of its address</source>
        <translation>die Sandbox hat statt ihrer Adresse etwas Unerwartetes ausgegeben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the sandbox serves HTTPS but its certificate could not be read (%1)</source>
        <translation>die Sandbox antwortet über HTTPS, aber ihr Zertifikat ließ sich nicht lesen (%1)</translation>
    </message>
</context>
<context>
    <name>lifeboat::atlas</name>
    <message>
        <location filename="../models/atlas/apierror.cpp" line="+45"/>
        <source>Atlas could not be reached. Check the network connection and the base URL.</source>
        <translation>Atlas ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und die Basis-URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas refused the credentials. Check the API key or service account; it may have been revoked or mistyped.</source>
        <translation>Atlas hat die Zugangsdaten abgelehnt. Prüfen Sie den API-Schlüssel oder das Dienstkonto; es wurde vielleicht widerrufen oder falsch eingegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credentials work but lack the role this needs (for example Project Read Only or Backup Manager).</source>
        <translation>Die Zugangsdaten funktionieren, ihnen fehlt aber die nötige Rolle (zum Beispiel Project Read Only oder Backup Manager).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas requires calls from an address on the API access list. Add this machine&apos;s public IP address to the key&apos;s or organization&apos;s access list.</source>
        <translation>Atlas verlangt Aufrufe von einer Adresse auf der API-Zugriffsliste. Tragen Sie die öffentliche IP-Adresse dieses Rechners in die Zugriffsliste des Schlüssels oder der Organisation ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas says this no longer exists, or the credentials cannot see it.</source>
        <translation>Laut Atlas gibt es das nicht mehr, oder die Zugangsdaten sehen es nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas does not serve the API version Lifeboat asked for. Lifeboat may need an update.</source>
        <translation>Atlas bietet die API-Version nicht an, die Lifeboat angefragt hat. Lifeboat braucht vielleicht ein Update.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas is rate limiting requests. Try again in a minute.</source>
        <translation>Atlas begrenzt die Anfragerate. Versuchen Sie es in einer Minute noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas had an internal error. Try again later.</source>
        <translation>Atlas hatte einen internen Fehler. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas rejected the request as invalid.</source>
        <translation>Atlas hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas refused because of a conflicting operation already in progress.</source>
        <translation>Atlas hat abgelehnt, weil bereits ein widersprechender Vorgang läuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas sent an answer Lifeboat could not read.</source>
        <translation>Atlas hat eine Antwort gesendet, die Lifeboat nicht lesen konnte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection settings are not valid.</source>
        <translation>Die Verbindungseinstellungen sind ungültig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifeboat refused the server&apos;s TLS certificate, so nothing was sent.</source>
        <translation>Lifeboat hat das TLS-Zertifikat des Servers abgelehnt; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Atlas said: %1</source>
        <translation>Atlas meldete: %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+9"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The certificate of %1 has expired.</source>
        <translation>Das Zertifikat von %1 ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate of %1 is not valid yet (check this computer&apos;s clock).</source>
        <translation>Das Zertifikat von %1 ist noch nicht gültig (prüfen Sie die Uhr dieses Rechners).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate was issued for another host, not for %1.</source>
        <translation>Das Zertifikat wurde für einen anderen Host ausgestellt, nicht für %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate of %1 is self-signed and not the one pinned for this connection.</source>
        <translation>Das Zertifikat von %1 ist selbst signiert und nicht das für diese Verbindung hinterlegte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate of %1 is not signed by an authority this connection trusts.</source>
        <translation>Das Zertifikat von %1 ist von keiner Stelle signiert, der diese Verbindung vertraut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of %1 has been revoked.</source>
        <translation>Das Zertifikat von %1 wurde widerrufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of %1 could not be verified.</source>
        <translation>Das Zertifikat von %1 ließ sich nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../models/atlas/connection.cpp" line="+18"/>
        <source>The base URL is not a valid URL.</source>
        <translation>Die Basis-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL must not contain a user name or password.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plain http:// is only allowed for this machine (localhost, 127.0.0.1, ::1); use https:// for %1.</source>
        <translation>Unverschlüsseltes http:// ist nur für diesen Rechner erlaubt (localhost, 127.0.0.1, ::1); verwenden Sie https:// für %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The base URL must start with https://.</source>
        <translation>Die Basis-URL muss mit https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>lifeboat::atlas::Transport</name>
    <message>
        <location filename="../models/atlas/transport.cpp" line="+175"/>
        <source>The pinned certificate of this connection is not a PEM certificate.</source>
        <translation>Das hinterlegte Zertifikat dieser Verbindung ist kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>lifeboat::domain::Compliance</name>
    <message>
        <location filename="../models/domain/compliancerules.cpp" line="+88"/>
        <source>Atlas is still applying the last change to the compliance policy.</source>
        <translation>Atlas wendet die letzte Änderung der Compliance Policy noch an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until its state is Active, then try again.</source>
        <translation>Warten Sie, bis ihr Zustand „Aktiv“ ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The compliance policy needs its security or legal representative&apos;s first and last name.</source>
        <translation>Die Compliance-Richtlinie braucht Vor- und Nachnamen ihrer Sicherheits- oder Rechtsverantwortlichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this person can ask MongoDB Support to lift the policy: enter their name.</source>
        <translation>Nur diese Person kann den MongoDB-Support bitten, die Richtlinie aufzuheben: Geben Sie ihren Namen ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The compliance policy needs its representative&apos;s e-mail address.</source>
        <translation>Die Compliance-Richtlinie braucht die E-Mail-Adresse der verantwortlichen Person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wrong address blocks changes until MongoDB Support fixes it: check it.</source>
        <translation>Eine falsche Adresse blockiert Änderungen, bis der MongoDB-Support sie korrigiert: Prüfen Sie sie.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The on-demand item needs a retention of at least 1 day.</source>
        <translation>Das Element für Snapshots bei Bedarf braucht eine Aufbewahrung von mindestens 1 Tag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter how long on-demand snapshots are kept, or remove the item.</source>
        <translation>Geben Sie an, wie lange Snapshots bei Bedarf aufbewahrt werden, oder entfernen Sie das Element.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 item cannot be removed from an enabled compliance policy.</source>
        <translation>Das Element „%1“ kann aus einer aktivierten Compliance-Richtlinie nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Only MongoDB Support can remove it; keep the item.</source>
        <translation>Nur der MongoDB-Support kann es entfernen; behalten Sie das Element.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The %1 item&apos;s retention cannot go below %2 once the policy is enabled.</source>
        <translation>Die Aufbewahrung des Elements „%1“ kann nach der Aktivierung nicht unter %2 sinken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Keep it at %1 or more.</source>
        <translation>Behalten Sie %1 oder mehr.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The on-demand retention cannot go below %1 once the policy is enabled.</source>
        <translation>Die Aufbewahrung bei Bedarf kann nach der Aktivierung nicht unter %1 sinken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The on-demand item cannot be removed from an enabled compliance policy.</source>
        <translation>Das Element für Snapshots bei Bedarf kann aus einer aktivierten Compliance-Richtlinie nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point-in-time restore cannot be turned off once the policy requires it.</source>
        <translation>Die Point-in-Time-Wiederherstellung kann nicht abgeschaltet werden, solange die Richtlinie sie verlangt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only MongoDB Support can turn it off.</source>
        <translation>Nur der MongoDB-Support kann sie abschalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The restore window cannot be shortened below %n day(s) once the policy is enabled.</source>
        <translation>
            <numerusform>Das Wiederherstellungsfenster kann nach der Aktivierung nicht unter %n Tag verkürzt werden.</numerusform>
            <numerusform>Das Wiederherstellungsfenster kann nach der Aktivierung nicht unter %n Tage verkürzt werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only MongoDB Support can shorten it.</source>
        <translation>Nur der MongoDB-Support kann es verkürzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once enabled, nobody can delete a snapshot, shorten a retention, lower a policy below this floor or disable the policy: only MongoDB Support can, at the representative&apos;s request.</source>
        <translation>Einmal aktiviert, kann niemand einen Snapshot löschen, eine Aufbewahrung verkürzen, eine Richtlinie unter diese Untergrenze senken oder die Richtlinie deaktivieren: Nur der MongoDB-Support kann das, auf Wunsch der verantwortlichen Person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every item and the representative before you enable it.</source>
        <translation>Prüfen Sie jedes Element und die verantwortliche Person, bevor Sie sie aktivieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cluster %1 does not use encryption at rest with a customer key; the policy would require it.</source>
        <translation>Cluster %1 verwendet keine Verschlüsselung ruhender Daten mit eigenem Schlüssel; die Richtlinie würde sie verlangen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn on encryption at rest for %1 first.</source>
        <translation>Schalten Sie zuerst die Verschlüsselung ruhender Daten für %1 ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cluster %1 has no hourly item, which point-in-time restore needs.</source>
        <translation>Cluster %1 hat kein stündliches Element, das die Point-in-Time-Wiederherstellung braucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an hourly item to %1, or let the policy overwrite the cluster policies.</source>
        <translation>Fügen Sie %1 ein stündliches Element hinzu, oder lassen Sie die Richtlinie die Cluster-Richtlinien überschreiben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup policy of %1 is below the floor and is raised to it.</source>
        <translation>Die Backup-Richtlinie von %1 liegt unter der Untergrenze und wird auf sie angehoben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup policy of %1 is below the compliance policy&apos;s floor.</source>
        <translation>Die Backup-Richtlinie von %1 liegt unter der Untergrenze der Compliance-Richtlinie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise its policy first, or let the compliance policy overwrite it.</source>
        <translation>Heben Sie zuerst ihre Richtlinie an, oder lassen Sie die Compliance-Richtlinie sie überschreiben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project has no Backup Compliance Policy to disable.</source>
        <translation>Das Projekt hat keine Backup-Compliance-Richtlinie, die deaktiviert werden könnte.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The compliance policy can be disabled only in an empty project: this one has %n cluster(s) or retained snapshot(s).</source>
        <translation>
            <numerusform>Die Compliance-Richtlinie kann nur in einem leeren Projekt deaktiviert werden: Dieses hat %n Cluster oder aufbewahrten Snapshot.</numerusform>
            <numerusform>Die Compliance-Richtlinie kann nur in einem leeren Projekt deaktiviert werden: Dieses hat %n Cluster oder aufbewahrte Snapshots.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only MongoDB Support can disable it, at the representative&apos;s request.</source>
        <translation>Nur der MongoDB-Support kann sie deaktivieren, auf Wunsch der verantwortlichen Person.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the project&apos;s name, %1, to confirm.</source>
        <translation>Geben Sie zur Bestätigung den Namen des Projekts ein: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm that only MongoDB Support can lift the policy.</source>
        <translation>Bestätigen Sie, dass nur der MongoDB-Support die Richtlinie aufheben kann.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>required</source>
        <translation>verlangt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not required</source>
        <translation>nicht verlangt</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::domain::OnDemandSnapshot</name>
    <message>
        <location filename="../models/domain/ondemandsnapshot.cpp" line="+12"/>
        <source>%1 is an M0 (free) cluster: it has no cloud backup, so no snapshot can be taken. Use mongodump against it instead.</source>
        <translation>%1 ist ein M0-Cluster (kostenlos): Er hat kein Cloud Backup, daher lässt sich kein Snapshot erstellen. Sichern Sie ihn stattdessen mit mongodump.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cloud backup is off for %1. Turn it on in the cluster&apos;s settings first.</source>
        <translation>Cloud Backup ist für %1 ausgeschaltet. Schalten Sie es zuerst in den Einstellungen des Clusters ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a Flex cluster: Atlas takes its daily snapshots itself and takes none on demand.</source>
        <translation>%1 ist ein Flex-Cluster: Atlas erstellt seine täglichen Snapshots selbst und keine auf Anforderung.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Keep it at least %n day(s).</source>
        <translation>
            <numerusform>Bewahren Sie ihn mindestens %n Tag auf.</numerusform>
            <numerusform>Bewahren Sie ihn mindestens %n Tage auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Keep it at most %n day(s) (100 years).</source>
        <translation>
            <numerusform>Bewahren Sie ihn höchstens %n Tag auf (100 Jahre).</numerusform>
            <numerusform>Bewahren Sie ihn höchstens %n Tage auf (100 Jahre).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The project&apos;s Backup Compliance Policy keeps on-demand snapshots at least %n day(s).</source>
        <translation>
            <numerusform>Die Backup Compliance Policy des Projekts bewahrt Snapshots auf Anforderung mindestens %n Tag auf.</numerusform>
            <numerusform>Die Backup Compliance Policy des Projekts bewahrt Snapshots auf Anforderung mindestens %n Tage auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The description is too long (at most %n characters).</source>
        <translation>
            <numerusform>Die Beschreibung ist zu lang (höchstens %n Zeichen).</numerusform>
            <numerusform>Die Beschreibung ist zu lang (höchstens %n Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An on-demand snapshot (%1) is already %2; Atlas takes the next one only after it finishes.</source>
        <translation>Ein Snapshot auf Anforderung (%1) ist bereits %2; Atlas erstellt den nächsten erst, wenn dieser fertig ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
</context>
<context>
    <name>lifeboat::domain::Policy</name>
    <message>
        <location filename="../models/domain/policyrules.cpp" line="+73"/>
        <source>hourly</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on-demand</source>
        <translation>bei Bedarf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <location line="-46"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+127"/>
        <source>A policy item needs a frequency: hourly, daily, weekly, monthly or yearly.</source>
        <translation>Ein Richtlinienelement braucht eine Häufigkeit: stündlich, täglich, wöchentlich, monatlich oder jährlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the frequency of the item.</source>
        <translation>Wählen Sie die Häufigkeit des Elements.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hourly snapshots are taken every 1, 2, 4, 6, 8 or 12 hours.</source>
        <translation>Stündliche Snapshots werden alle 1, 2, 4, 6, 8 oder 12 Stunden erstellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily snapshots are taken every day (interval 1).</source>
        <translation>Tägliche Snapshots werden jeden Tag erstellt (Intervall 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A weekly snapshot is taken on a weekday from 1 (Monday) to 7 (Sunday).</source>
        <translation>Ein wöchentlicher Snapshot wird an einem Wochentag von 1 (Montag) bis 7 (Sonntag) erstellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A monthly snapshot is taken on a day from 1 to 28, or on the last day of the month (40).</source>
        <translation>Ein monatlicher Snapshot wird an einem Tag von 1 bis 28 oder am letzten Tag des Monats (40) erstellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A yearly snapshot is taken on the first day of a month from 1 (January) to 12 (December).</source>
        <translation>Ein jährlicher Snapshot wird am ersten Tag eines Monats von 1 (Januar) bis 12 (Dezember) erstellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 item&apos;s interval %2 is not one Atlas accepts.</source>
        <translation>Das Intervall %2 des Elements „%1“ akzeptiert Atlas nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 item needs a retention of at least 1 in days, weeks, months or years.</source>
        <translation>Das Element „%1“ braucht eine Aufbewahrung von mindestens 1 in Tagen, Wochen, Monaten oder Jahren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter how long its snapshots are kept.</source>
        <translation>Geben Sie an, wie lange seine Snapshots aufbewahrt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least 7 days or 1 week</source>
        <translation>mindestens 7 Tage oder 1 Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least 31 days, 5 weeks or 1 month</source>
        <translation>mindestens 31 Tage, 5 Wochen oder 1 Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least 366 days, 53 weeks, 12 months or 1 year</source>
        <translation>mindestens 366 Tage, 53 Wochen, 12 Monate oder 1 Jahr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 item keeps its snapshots for %2, less than one %1 period.</source>
        <translation>Das Element „%1“ bewahrt seine Snapshots %2 auf, weniger als einen Zeitraum „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep them %1.</source>
        <translation>Bewahren Sie sie %1 auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A policy can have only one hourly item.</source>
        <translation>Eine Richtlinie kann nur ein stündliches Element haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove one of the hourly items.</source>
        <translation>Entfernen Sie eines der stündlichen Elemente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A policy can have only one daily item.</source>
        <translation>Eine Richtlinie kann nur ein tägliches Element haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove one of the daily items.</source>
        <translation>Entfernen Sie eines der täglichen Elemente.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The %1 item keeps its snapshots for %2, less than the %3 item (%4).</source>
        <translation>Das Element „%1“ bewahrt seine Snapshots %2 auf, weniger als das Element „%3“ (%4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the %1 snapshots at least %2, or shorten the %3 item.</source>
        <translation>Bewahren Sie die Snapshots „%1“ mindestens %2 auf, oder verkürzen Sie das Element „%3“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The policy has no items: no scheduled snapshots will be taken.</source>
        <translation>Die Richtlinie hat keine Elemente: Es werden keine geplanten Snapshots erstellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least a daily item.</source>
        <translation>Fügen Sie mindestens ein tägliches Element hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continuous Cloud Backup cannot be on without an hourly policy item.</source>
        <translation>Kontinuierliches Cloud-Backup kann ohne stündliches Richtlinienelement nicht eingeschaltet sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep an hourly item, or turn continuous backup off first.</source>
        <translation>Behalten Sie ein stündliches Element, oder schalten Sie das kontinuierliche Backup zuerst ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The point-in-time restore window must be at least 1 day.</source>
        <translation>Das Fenster für die Point-in-Time-Wiederherstellung muss mindestens 1 Tag betragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a restore window of 1 day or more.</source>
        <translation>Geben Sie ein Wiederherstellungsfenster von 1 Tag oder mehr ein.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The restore window of %n day(s) is longer than the hourly snapshots are kept (%1).</source>
        <translation>
            <numerusform>Das Wiederherstellungsfenster von %n Tag ist länger, als die stündlichen Snapshots aufbewahrt werden (%1).</numerusform>
            <numerusform>Das Wiederherstellungsfenster von %n Tagen ist länger, als die stündlichen Snapshots aufbewahrt werden (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shorten the restore window or keep the hourly snapshots longer.</source>
        <translation>Verkürzen Sie das Wiederherstellungsfenster oder bewahren Sie die stündlichen Snapshots länger auf.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The snapshot hour must be from 0 to 23 (UTC).</source>
        <translation>Die Stunde des Snapshots muss zwischen 0 und 23 (UTC) liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an hour from 0 to 23.</source>
        <translation>Geben Sie eine Stunde von 0 bis 23 ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshot minute must be from 0 to 59.</source>
        <translation>Die Minute des Snapshots muss zwischen 0 und 59 liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a minute from 0 to 59.</source>
        <translation>Geben Sie eine Minute von 0 bis 59 ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The policy id %1 is not the cluster&apos;s policy.</source>
        <translation>Die Richtlinien-ID %1 ist nicht die Richtlinie des Clusters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from the schedule as Lifeboat or `policy show` reads it; leave the id out for a new item only.</source>
        <translation>Gehen Sie vom Zeitplan aus, wie Lifeboat oder `policy show` ihn liest; lassen Sie die ID nur bei einem neuen Element weg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The item id %1 is not an item of the cluster&apos;s policy.</source>
        <translation>Die Element-ID %1 ist kein Element der Richtlinie des Clusters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the id out for a new item.</source>
        <translation>Lassen Sie die ID bei einem neuen Element weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 item (%2) is removed; the snapshots it took stay until they expire.</source>
        <translation>Das Element „%1“ (%2) wird entfernt; seine Snapshots bleiben, bis sie ablaufen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The region %1 is listed twice among the copy regions.</source>
        <translation>Die Region %1 steht zweimal unter den Kopieregionen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove one of them.</source>
        <translation>Entfernen Sie eine davon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy region has no region name.</source>
        <translation>Einer Kopieregion fehlt der Regionsname.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the region to copy to, for example US_WEST_2, or remove the row.</source>
        <translation>Geben Sie die Zielregion ein, zum Beispiel US_WEST_2, oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy to %1 names a zone that is not one of the cluster&apos;s.</source>
        <translation>Die Kopie nach %1 nennt eine Zone, die nicht zum Cluster gehört.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the row and add the region again.</source>
        <translation>Entfernen Sie die Zeile und fügen Sie die Region erneut hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy to %1 names no frequency: no snapshot is copied there.</source>
        <translation>Die Kopie nach %1 nennt keine Häufigkeit: Dorthin wird kein Snapshot kopiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the frequencies whose snapshots are copied.</source>
        <translation>Wählen Sie die Häufigkeiten, deren Snapshots kopiert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oplogs can be copied to %1 only with continuous backup on.</source>
        <translation>Oplogs können nur bei eingeschaltetem kontinuierlichem Backup nach %1 kopiert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off copying the oplog, or turn continuous backup on first.</source>
        <translation>Schalten Sie das Kopieren des Oplogs ab, oder schalten Sie zuerst das kontinuierliche Backup ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy to %1 names an unknown frequency: %2.</source>
        <translation>Die Kopie nach %1 nennt eine unbekannte Häufigkeit: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY or ON_DEMAND.</source>
        <translation>Verwenden Sie HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY oder ON_DEMAND.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Auto export needs an export bucket.</source>
        <translation>Der automatische Export braucht einen Export-Bucket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export bucket %1 is not one of the project&apos;s.</source>
        <translation>Der Export-Bucket %1 gehört nicht zum Projekt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the project&apos;s export buckets, or turn auto export off.</source>
        <translation>Wählen Sie einen Export-Bucket des Projekts, oder schalten Sie den automatischen Export ab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Auto export takes monthly or yearly snapshots only.</source>
        <translation>Der automatische Export nimmt nur monatliche oder jährliche Snapshots.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose monthly or yearly.</source>
        <translation>Wählen Sie monatlich oder jährlich.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The project&apos;s Backup Compliance Policy requires a %1 item keeping at least %2.</source>
        <translation>Die Backup-Compliance-Richtlinie des Projekts verlangt ein Element „%1“ mit mindestens %2 Aufbewahrung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a %1 item; only MongoDB Support can lift the compliance policy.</source>
        <translation>Behalten Sie ein Element „%1“; nur der MongoDB-Support kann die Compliance-Richtlinie aufheben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 item keeps %2; the Backup Compliance Policy requires at least %3.</source>
        <translation>Das Element „%1“ bewahrt %2 auf; die Backup-Compliance-Richtlinie verlangt mindestens %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the %1 snapshots at least %2.</source>
        <translation>Bewahren Sie die Snapshots „%1“ mindestens %2 auf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hourly snapshots every %1 hours are fewer than the Backup Compliance Policy&apos;s every %2 hours.</source>
        <translation>Stündliche Snapshots alle %1 Stunden sind seltener als die der Backup-Compliance-Richtlinie alle %2 Stunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take hourly snapshots every %1 hours or more often.</source>
        <translation>Erstellen Sie stündliche Snapshots alle %1 Stunden oder öfter.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The Backup Compliance Policy requires a restore window of at least %n day(s).</source>
        <translation>
            <numerusform>Die Backup-Compliance-Richtlinie verlangt ein Wiederherstellungsfenster von mindestens %n Tag.</numerusform>
            <numerusform>Die Backup-Compliance-Richtlinie verlangt ein Wiederherstellungsfenster von mindestens %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Keep the restore window at %n day(s) or more.</source>
        <translation>
            <numerusform>Behalten Sie ein Wiederherstellungsfenster von %n Tag oder mehr.</numerusform>
            <numerusform>Behalten Sie ein Wiederherstellungsfenster von %n Tagen oder mehr.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copies in %1 are kept until they expire: the Backup Compliance Policy protects them.</source>
        <translation>Die Kopien in %1 bleiben, bis sie ablaufen: Die Backup-Compliance-Richtlinie schützt sie.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The expiry of %n existing snapshot(s) moves to the new retention.</source>
        <translation>
            <numerusform>Der Ablauf von %n vorhandenen Snapshot rückt auf die neue Aufbewahrung.</numerusform>
            <numerusform>Der Ablauf von %n vorhandenen Snapshots rückt auf die neue Aufbewahrung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Existing snapshots keep their expiry; the new retention applies to new snapshots.</source>
        <translation>Vorhandene Snapshots behalten ihr Ablaufdatum; die neue Aufbewahrung gilt für neue Snapshots.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the retention changes to existing snapshots to move them.</source>
        <translation>Wenden Sie die Änderungen der Aufbewahrung auf vorhandene Snapshots an, um sie zu verschieben.</translation>
    </message>
</context>
<context>
    <name>lifeboat::domain::Restore</name>
    <message numerus="yes">
        <location filename="../models/domain/restore.cpp" line="+116"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This restore needs a target cluster.</source>
        <translation>Diese Wiederherstellung braucht einen Zielcluster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the cluster the snapshot is restored onto.</source>
        <translation>Wählen Sie den Cluster, in den der Snapshot wiederhergestellt wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target cluster %1 was not found in project %2.</source>
        <translation>Der Zielcluster %1 wurde im Projekt %2 nicht gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <location line="+23"/>
        <source>Check the project and the cluster&apos;s name.</source>
        <translation>Prüfen Sie das Projekt und den Namen des Clusters.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>%1 is a Flex cluster: only snapshots of Flex clusters restore to it.</source>
        <translation>%1 ist ein Flex-Cluster: In ihn lassen sich nur Snapshots von Flex-Clustern wiederherstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore to a dedicated (M10 or larger) cluster instead.</source>
        <translation>Wählen Sie stattdessen als Ziel einen dedizierten Cluster (M10 oder größer).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is an M0 (free) cluster: Atlas restores no snapshot onto M0 clusters.</source>
        <translation>%1 ist ein M0-Cluster (kostenlos): Atlas stellt keine Snapshots in M0-Cluster wieder her.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore to an M10 or larger cluster (or a Flex cluster for a Flex snapshot).</source>
        <translation>Wählen Sie als Ziel einen Cluster ab M10 (oder einen Flex-Cluster für einen Flex-Snapshot).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a sharded cluster: a Flex snapshot restores only to a replica set.</source>
        <translation>%1 ist ein Sharded Cluster: Ein Flex-Snapshot lässt sich nur in ein Replica Set wiederherstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore to a Flex cluster or an M10+ replica set.</source>
        <translation>Wählen Sie als Ziel einen Flex-Cluster oder ein Replica Set ab M10.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Flex cluster %1 was not found in project %2.</source>
        <translation>Der Flex-Cluster %1 wurde im Projekt %2 nicht gefunden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a Flex cluster: it has no continuous backup, so no point-in-time restore.</source>
        <translation>%1 ist ein Flex-Cluster: Er hat kein kontinuierliches Backup, daher gibt es keine Point-in-Time-Wiederherstellung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a Flex cluster: Atlas restores its snapshots whole, not by database or collection.</source>
        <translation>%1 ist ein Flex-Cluster: Atlas stellt seine Snapshots nur vollständig wieder her, nicht nach Datenbank oder Collection.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore a whole daily snapshot, or download one.</source>
        <translation>Stellen Sie einen ganzen täglichen Snapshot wieder her oder laden Sie einen herunter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cluster %1 was not found in project %2.</source>
        <translation>Der Cluster %1 wurde im Projekt %2 nicht gefunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an M0 (free) cluster: it has no cloud backup, so there is nothing to restore.</source>
        <translation>%1 ist ein M0-Cluster (kostenlos): Er hat kein Cloud Backup, daher gibt es nichts wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use mongodump and mongorestore for an M0 cluster.</source>
        <translation>Verwenden Sie für einen M0-Cluster mongodump und mongorestore.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloud backup is off for %1: it has no snapshots to restore.</source>
        <translation>Cloud Backup ist für %1 ausgeschaltet: Es gibt keine Snapshots zum Wiederherstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn cloud backup on; restores are possible from its first snapshot on.</source>
        <translation>Schalten Sie Cloud Backup ein; ab dem ersten Snapshot sind Wiederherstellungen möglich.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Lifeboat could not read the MongoDB version of the snapshot (%1) or of the target (%2).</source>
        <translation>Lifeboat konnte die MongoDB-Version des Snapshots (%1) oder des Ziels (%2) nicht lesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>Atlas checks the versions itself when the restore starts.</source>
        <translation>Atlas prüft die Versionen selbst, wenn die Wiederherstellung beginnt.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The feature compatibility version %1 was inferred: Lifeboat saw the pin but not when it began, and treats the four weeks before its expiry as pinned.</source>
        <translation>Die Feature Compatibility Version %1 wurde erschlossen: Lifeboat hat die Fixierung gesehen, aber nicht ihren Beginn, und behandelt die vier Wochen vor ihrem Ablauf als fixiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The snapshot&apos;s pinned feature compatibility version (%1) is not a version.</source>
        <translation>Die fixierte Feature Compatibility Version des Snapshots (%1) ist keine Version.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The snapshot was taken while its cluster&apos;s feature compatibility version was pinned to %1 (inferred), so it restores only to a cluster on MongoDB %2.x; the target runs %3.</source>
        <translation>Der Snapshot wurde erstellt, während die Feature Compatibility Version seines Clusters auf %1 fixiert war (erschlossen); er lässt sich daher nur in einen Cluster mit MongoDB %2.x wiederherstellen. Das Ziel läuft mit %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The snapshot was taken while its cluster&apos;s feature compatibility version was pinned to %1, so it restores only to a cluster on MongoDB %2.x; the target runs %3.</source>
        <translation>Der Snapshot wurde erstellt, während die Feature Compatibility Version seines Clusters auf %1 fixiert war; er lässt sich daher nur in einen Cluster mit MongoDB %2.x wiederherstellen. Das Ziel läuft mit %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore to a cluster on MongoDB %1.x, or choose a snapshot taken when the feature compatibility version was not pinned.</source>
        <translation>Wählen Sie als Ziel einen Cluster mit MongoDB %1.x oder einen Snapshot, der erstellt wurde, als die Feature Compatibility Version nicht fixiert war.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The snapshot carries the pinned feature compatibility version %1; the target&apos;s MongoDB %2 matches it.</source>
        <translation>Der Snapshot trägt die fixierte Feature Compatibility Version %1; MongoDB %2 auf dem Ziel passt dazu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The snapshot is from MongoDB %1 and the target runs %2: Atlas restores only to the same or a newer version.</source>
        <translation>Der Snapshot stammt von MongoDB %1 und das Ziel läuft mit %2: Atlas stellt nur auf derselben oder einer neueren Version wieder her.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgrade the target to MongoDB %1 or later first, or choose another target.</source>
        <translation>Aktualisieren Sie das Ziel zuerst auf MongoDB %1 oder neuer, oder wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The snapshot is from MongoDB %1 and the target runs the older major version %2.</source>
        <translation>Der Snapshot stammt von MongoDB %1 und das Ziel läuft mit der älteren Hauptversion %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore to a cluster on MongoDB %1 or the next major version.</source>
        <translation>Wählen Sie als Ziel einen Cluster mit MongoDB %1 oder der nächsten Hauptversion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The snapshot is from MongoDB %1 and the target runs %2: Atlas restores at most one major version up.</source>
        <translation>Der Snapshot stammt von MongoDB %1 und das Ziel läuft mit %2: Atlas stellt höchstens eine Hauptversion höher wieder her.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore to a cluster on MongoDB %1.x or %2.x.</source>
        <translation>Wählen Sie als Ziel einen Cluster mit MongoDB %1.x oder %2.x.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The snapshot is of a sharded cluster and %1 is a replica set: Atlas restores a sharded snapshot only to a sharded cluster.</source>
        <translation>Der Snapshot stammt von einem Sharded Cluster und %1 ist ein Replica Set: Atlas stellt einen Sharded-Snapshot nur in einen Sharded Cluster wieder her.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Restore to a sharded cluster with %n shard(s), or restore chosen databases or collections instead.</source>
        <translation>
            <numerusform>Wählen Sie als Ziel einen Sharded Cluster mit %n Shard, oder stellen Sie stattdessen ausgewählte Datenbanken oder Collections wieder her.</numerusform>
            <numerusform>Wählen Sie als Ziel einen Sharded Cluster mit %n Shards, oder stellen Sie stattdessen ausgewählte Datenbanken oder Collections wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The snapshot is of a replica set and %1 is sharded: Atlas restores a snapshot only to a cluster of the same topology.</source>
        <translation>Der Snapshot stammt von einem Replica Set und %1 ist sharded: Atlas stellt einen Snapshot nur in einen Cluster derselben Topologie wieder her.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore to a replica set, or restore chosen databases or collections instead.</source>
        <translation>Wählen Sie als Ziel ein Replica Set, oder stellen Sie stattdessen ausgewählte Datenbanken oder Collections wieder her.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The snapshot has %1 shards and %2 has %3: Atlas restores a sharded snapshot only to the same number of shards.</source>
        <translation>Der Snapshot hat %1 Shards und %2 hat %3: Atlas stellt einen Sharded-Snapshot nur in einen Cluster mit derselben Anzahl von Shards wieder her.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Restore to a cluster with %n shard(s).</source>
        <translation>
            <numerusform>Wählen Sie als Ziel einen Cluster mit %n Shard.</numerusform>
            <numerusform>Wählen Sie als Ziel einen Cluster mit %n Shards.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The snapshot&apos;s config server is %1 and %2&apos;s is %3: Atlas restores only to the same config-server type.</source>
        <translation>Der Config-Server des Snapshots ist %1, der von %2 ist %3: Atlas stellt nur in einen Cluster mit demselben Config-Server-Typ wieder her.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the target&apos;s config-server type (embedded or dedicated) to match, or choose another target.</source>
        <translation>Passen Sie den Config-Server-Typ des Ziels (eingebettet oder eigene) an oder wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Can&apos;t restore a non-encrypted snapshot to a cluster with Encryption at Rest enabled.</source>
        <translation>Ein nicht verschlüsselter Snapshot lässt sich nicht in einen Cluster mit aktivierter Encryption at Rest wiederherstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore to a cluster without Encryption at Rest.</source>
        <translation>Wählen Sie als Ziel einen Cluster ohne Encryption at Rest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target cluster doesn&apos;t have encryption enabled.</source>
        <translation>Auf dem Zielcluster ist keine Verschlüsselung aktiviert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore to a cluster with Encryption at Rest using %1, or turn it on for the target first.</source>
        <translation>Wählen Sie als Ziel einen Cluster mit Encryption at Rest über %1, oder schalten Sie sie zuerst für das Ziel ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encryption provider of target cluster doesn&apos;t match selected snapshot&apos;s encryption provider.</source>
        <translation>Der Verschlüsselungsanbieter des Zielclusters passt nicht zum Verschlüsselungsanbieter des gewählten Snapshots.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore to a cluster encrypted with %1 (its target uses %2).</source>
        <translation>Wählen Sie als Ziel einen mit %1 verschlüsselten Cluster (dieses Ziel verwendet %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encryption credentials on snapshot aren&apos;t present.</source>
        <translation>Die Verschlüsselungszugangsdaten des Snapshots sind nicht vorhanden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the customer key (or its access) in %1, or choose a snapshot encrypted with a key that still exists.</source>
        <translation>Stellen Sie den Kundenschlüssel (oder den Zugriff darauf) in %1 wieder her oder wählen Sie einen Snapshot, der mit einem noch vorhandenen Schlüssel verschlüsselt ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a completed snapshot of %1.</source>
        <translation>Wählen Sie einen abgeschlossenen Snapshot von %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No snapshot was chosen.</source>
        <translation>Es wurde kein Snapshot gewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshot %1 was not found on %2.</source>
        <translation>Der Snapshot %1 wurde auf %2 nicht gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshot %1 is %2, not completed: only a completed snapshot restores.</source>
        <translation>Der Snapshot %1 hat den Status %2 und ist nicht abgeschlossen: Nur ein abgeschlossener Snapshot lässt sich wiederherstellen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <source>Wait for it to complete, or choose another snapshot.</source>
        <translation>Warten Sie, bis er abgeschlossen ist, oder wählen Sie einen anderen Snapshot.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>A collection restore comes from a snapshot or from a point in time, not from both.</source>
        <translation>Eine Wiederherstellung einzelner Collections geht von einem Snapshot oder von einem Zeitpunkt aus, nicht von beidem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear either the snapshot or the point in time.</source>
        <translation>Entfernen Sie entweder den Snapshot oder den Zeitpunkt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The snapshot %1 is a fallback snapshot: Atlas restores no databases or collections from one.</source>
        <translation>Der Snapshot %1 ist ein Fallback-Snapshot: Atlas stellt daraus keine einzelnen Datenbanken oder Collections wieder her.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a scheduled or on-demand snapshot, or restore the whole fallback snapshot.</source>
        <translation>Wählen Sie einen geplanten Snapshot oder einen Snapshot auf Anforderung, oder stellen Sie den ganzen Fallback-Snapshot wieder her.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The snapshot %1 is a fallback snapshot, taken by another process after a scheduled one failed: it may be inconsistent.</source>
        <translation>Der Snapshot %1 ist ein Fallback-Snapshot, von einem anderen Prozess erstellt, nachdem ein geplanter fehlgeschlagen war: Er ist möglicherweise inkonsistent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prefer a scheduled or on-demand snapshot when one is close enough; check the data after the restore.</source>
        <translation>Nehmen Sie lieber einen geplanten Snapshot oder einen Snapshot auf Anforderung, wenn einer nah genug liegt; prüfen Sie die Daten nach der Wiederherstellung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A point-in-time restore needs a date and time or an oplog timestamp.</source>
        <translation>Eine Point-in-Time-Wiederherstellung braucht Datum und Uhrzeit oder einen oplog-Zeitstempel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the moment to restore to.</source>
        <translation>Geben Sie den Zeitpunkt ein, auf den wiederhergestellt wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give either a date and time or an oplog timestamp and increment, not both.</source>
        <translation>Geben Sie entweder Datum und Uhrzeit oder einen oplog-Zeitstempel mit Inkrement an, nicht beides.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear one of them.</source>
        <translation>Entfernen Sie eine der beiden Angaben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An oplog point needs both its timestamp and its increment.</source>
        <translation>Ein oplog-Zeitpunkt braucht sowohl den Zeitstempel als auch das Inkrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the timestamp (seconds) and the increment (1 or more).</source>
        <translation>Geben Sie den Zeitstempel (Sekunden) und das Inkrement (1 oder mehr) ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is before 2008-01-01: Atlas takes no earlier point in time.</source>
        <translation>%1 liegt vor dem 2008-01-01: Atlas nimmt keinen früheren Zeitpunkt an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter seconds since 1970-01-01 UTC, at least %1.</source>
        <translation>Geben Sie Sekunden seit 1970-01-01 UTC ein, mindestens %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The oplog increment is %1: it starts at 1.</source>
        <translation>Das oplog-Inkrement ist %1: Es beginnt bei 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an increment of 1 or more.</source>
        <translation>Geben Sie ein Inkrement von 1 oder mehr ein.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Continuous Cloud Backup is off for %1: there is no oplog to replay to a point in time.</source>
        <translation>Continuous Cloud Backup ist für %1 ausgeschaltet: Es gibt kein oplog, das bis zu einem Zeitpunkt nachgespielt werden kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore a snapshot instead, or turn on Continuous Cloud Backup (the window starts then).</source>
        <translation>Stellen Sie stattdessen einen Snapshot wieder her oder schalten Sie Continuous Cloud Backup ein (das Fenster beginnt dann).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is in the future (Atlas&apos;s clock reads %2).</source>
        <translation>%1 liegt in der Zukunft (die Uhr von Atlas zeigt %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a moment in the past.</source>
        <translation>Wählen Sie einen Zeitpunkt in der Vergangenheit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no restore window yet: it needs a completed snapshot and a restore window of at least one day.</source>
        <translation>%1 hat noch kein Wiederherstellungsfenster: Dafür braucht es einen abgeschlossenen Snapshot und ein Wiederherstellungsfenster von mindestens einem Tag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for the first snapshot, or set the restore window in the backup policy.</source>
        <translation>Warten Sie auf den ersten Snapshot oder legen Sie das Wiederherstellungsfenster in der Backup-Richtlinie fest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is outside %2&apos;s restore window, which goes back to %3.</source>
        <translation>%1 liegt außerhalb des Wiederherstellungsfensters von %2, das bis %3 zurückreicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a moment from %1 to %2.</source>
        <translation>Wählen Sie einen Zeitpunkt von %1 bis %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 falls after the restore %2 onto %3 began (%4) and before any snapshot taken after it: the oplog cannot be replayed across a restore.</source>
        <translation>%1 liegt nach dem Beginn der Wiederherstellung %2 in %3 (%4) und vor jedem danach erstellten Snapshot: Das oplog lässt sich nicht über eine Wiederherstellung hinweg nachspielen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 falls between the start of the restore %2 onto %3 (%4) and the first snapshot after it (%5): the oplog cannot be replayed across a restore.</source>
        <translation>%1 liegt zwischen dem Beginn der Wiederherstellung %2 in %3 (%4) und dem ersten Snapshot danach (%5): Das oplog lässt sich nicht über eine Wiederherstellung hinweg nachspielen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a moment before %1, or wait for the next snapshot.</source>
        <translation>Wählen Sie einen Zeitpunkt vor %1 oder warten Sie auf den nächsten Snapshot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a moment before %1 or from %2 on.</source>
        <translation>Wählen Sie einen Zeitpunkt vor %1 oder ab %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wait for it to end, or cancel it first.</source>
        <translation>Warten Sie, bis sie beendet ist, oder brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>A restore (%1) is already running onto %2: Atlas runs one restore at a time per cluster.</source>
        <translation>Auf %2 läuft bereits eine Wiederherstellung (%1): Atlas führt pro Cluster jeweils nur eine Wiederherstellung aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A collection restore (%1) is already running on %2: Atlas runs one collection restore at a time per cluster.</source>
        <translation>Auf %2 läuft bereits eine Wiederherstellung einzelner Collections (%1): Atlas führt pro Cluster jeweils nur eine solche Wiederherstellung aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A collection restore (%1) is running on %2: a whole-cluster restore would replace what it writes.</source>
        <translation>Auf %2 läuft eine Wiederherstellung einzelner Collections (%1): Eine Wiederherstellung des ganzen Clusters würde ersetzen, was sie schreibt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A collection restore (%1) is already running from %2: Atlas runs one collection restore at a time per cluster.</source>
        <translation>Von %2 aus läuft bereits eine Wiederherstellung einzelner Collections (%1): Atlas führt pro Cluster jeweils nur eine solche Wiederherstellung aus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is paused: Atlas restores only to a running cluster.</source>
        <translation>%1 ist pausiert: Atlas stellt nur in einen laufenden Cluster wieder her.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume %1 first.</source>
        <translation>Setzen Sie %1 zuerst fort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2: it cannot take a restore now.</source>
        <translation>%1 hat den Status %2: Darauf ist gerade keine Wiederherstellung möglich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait until it is idle, or choose another target.</source>
        <translation>Warten Sie, bis er im Leerlauf ist, oder wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is %2: the restore may wait until that change is done.</source>
        <translation>%1 hat den Status %2: Die Wiederherstellung wartet möglicherweise, bis diese Änderung abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait until it is idle for a predictable restore.</source>
        <translation>Warten Sie für eine planbare Wiederherstellung, bis er im Leerlauf ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every database on %1 is deleted and replaced by the restored data, and %1 refuses reads and writes until the restore ends.</source>
        <translation>Jede Datenbank auf %1 wird gelöscht und durch die wiederhergestellten Daten ersetzt, und %1 verweigert Lese- und Schreibzugriffe, bis die Wiederherstellung endet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop the applications that use %1 first; restart them after the restore.</source>
        <translation>Beenden Sie zuerst die Anwendungen, die %1 nutzen; starten Sie sie nach der Wiederherstellung neu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>On %1 these namespaces are dropped and replaced, and writes to them while the restore runs are lost: %2.</source>
        <translation>Auf %1 werden diese Namespaces gelöscht und ersetzt, und Schreibzugriffe darauf während der Wiederherstellung gehen verloren: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop writes to them first, or choose &quot;create new&quot; to restore beside them.</source>
        <translation>Stoppen Sie zuerst die Schreibzugriffe darauf, oder wählen Sie „Neu erstellen“, um daneben wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On %1 the restored namespaces are created as new (%2); one whose name is taken gets a new name, nothing is overwritten.</source>
        <translation>Auf %1 werden die wiederhergestellten Namespaces neu angelegt (%2); einer, dessen Name vergeben ist, erhält einen neuen Namen, nichts wird überschrieben.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No database or collection was chosen.</source>
        <translation>Es wurde keine Datenbank und keine Collection gewählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one database or collection to restore.</source>
        <translation>Wählen Sie mindestens eine Datenbank oder Collection zum Wiederherstellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 databases are listed: Atlas restores at most %2 in one job.</source>
        <translation>%1 Datenbanken sind aufgeführt: Atlas stellt in einem Auftrag höchstens %2 wieder her.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Split the restore into several jobs, one after the other.</source>
        <translation>Teilen Sie die Wiederherstellung in mehrere Aufträge auf, einen nach dem anderen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 collections are listed: Atlas restores at most %2 in one job (a whole database counts once).</source>
        <translation>%1 Collections sind aufgeführt: Atlas stellt in einem Auftrag höchstens %2 wieder her (eine ganze Datenbank zählt einmal).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List whole databases instead, or split the restore.</source>
        <translation>Führen Sie stattdessen ganze Datenbanken auf oder teilen Sie die Wiederherstellung auf.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not a valid database or db.collection name: %1.</source>
        <translation>Kein gültiger Datenbank- oder db.collection-Name: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a database as db and a collection as db.collection; database names take no / \ . space &quot; $ * &lt; &gt; : | ?, collection names no $ and no system. prefix.</source>
        <translation>Schreiben Sie eine Datenbank als db und eine Collection als db.collection; Datenbanknamen dürfen kein / \ . Leerzeichen &quot; $ * &lt; &gt; : | ? enthalten, Collection-Namen kein $ und nicht das Präfix system.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listed more than once: %1.</source>
        <translation>Mehrfach aufgeführt: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List each namespace once.</source>
        <translation>Führen Sie jeden Namespace nur einmal auf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The suffix &quot;%1&quot; would make names that are not valid.</source>
        <translation>Das Suffix „%1“ würde ungültige Namen ergeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use letters, digits, _ or - in a suffix.</source>
        <translation>Verwenden Sie in einem Suffix Buchstaben, Ziffern, _ oder -.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Project Owner, Project Backup Manager, Project Backup Recovery Operator or Project Backup Export Operator</source>
        <translation>Project Owner, Project Backup Manager, Project Backup Recovery Operator oder Project Backup Export Operator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project Owner, Project Backup Manager or Project Backup Recovery Operator</source>
        <translation>Project Owner, Project Backup Manager oder Project Backup Recovery Operator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role in the target project cannot start this restore: it needs %1.</source>
        <translation>Ihre Rolle im Zielprojekt kann diese Wiederherstellung nicht starten: Sie braucht %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your role in the source project cannot start this restore: it needs %1.</source>
        <translation>Ihre Rolle im Quellprojekt kann diese Wiederherstellung nicht starten: Sie braucht %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask a Project Owner for one of these roles.</source>
        <translation>Bitten Sie einen Project Owner um eine dieser Rollen.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Atlas prepares a download link to the snapshot; it works for four hours.</source>
        <translation>Atlas bereitet einen Download-Link zum Snapshot vor; er ist vier Stunden gültig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atlas prepares a download link (one per shard for a sharded cluster); it works once, for one hour, and only from an address in the project&apos;s IP access list.</source>
        <translation>Atlas bereitet einen Download-Link vor (bei einem Sharded Cluster einen pro Shard); er funktioniert einmal, eine Stunde lang und nur von einer Adresse in der IP-Zugriffsliste des Projekts.</translation>
    </message>
</context>
<context>
    <name>lifeboat::domain::SnapshotAction</name>
    <message>
        <location filename="../models/domain/snapshotactions.cpp" line="+24"/>
        <source>The snapshot is still being taken; it cannot be deleted yet.</source>
        <translation>Der Snapshot wird noch erstellt; er kann noch nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot is still being taken; its expiry can be changed once it is complete.</source>
        <translation>Der Snapshot wird noch erstellt; sein Ablauf kann geändert werden, sobald er fertig ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait until the snapshot is complete.</source>
        <translation>Warten Sie, bis der Snapshot fertig ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshot has expired.</source>
        <translation>Der Snapshot ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list: Atlas deletes expired snapshots.</source>
        <translation>Aktualisieren Sie die Liste: Atlas löscht abgelaufene Snapshots.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your role cannot change snapshots: it needs Project Owner or Project Backup Manager.</source>
        <translation>Ihre Rolle kann keine Snapshots ändern: Dazu braucht es Project Owner oder Project Backup Manager.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask a Project Owner for one of these roles.</source>
        <translation>Bitten Sie einen Project Owner um eine dieser Rollen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A retention is at least 1 day, week, month or year.</source>
        <translation>Eine Aufbewahrung beträgt mindestens 1 Tag, 1 Woche, 1 Monat oder 1 Jahr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a retention of 1 or more.</source>
        <translation>Geben Sie eine Aufbewahrung von 1 oder mehr ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A retention of more than 100 years is not accepted.</source>
        <translation>Eine Aufbewahrung von mehr als 100 Jahren wird nicht angenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a shorter retention.</source>
        <translation>Geben Sie eine kürzere Aufbewahrung ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That retention ends on %1, which has passed.</source>
        <translation>Diese Aufbewahrung endet am %1, und das ist vorbei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the snapshot longer, or delete it.</source>
        <translation>Bewahren Sie den Snapshot länger auf, oder löschen Sie ihn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project&apos;s Backup Compliance Policy forbids shortening a snapshot&apos;s retention.</source>
        <translation>Die Backup-Compliance-Richtlinie des Projekts verbietet, die Aufbewahrung eines Snapshots zu verkürzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the expiry at %1 or later.</source>
        <translation>Behalten Sie den Ablauf am %1 oder später.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The snapshot will expire earlier than now planned, on %1.</source>
        <translation>Der Snapshot läuft früher ab als bisher geplant, am %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The project&apos;s Backup Compliance Policy forbids deleting snapshots.</source>
        <translation>Die Backup-Compliance-Richtlinie des Projekts verbietet das Löschen von Snapshots.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot is deleted when it expires; only MongoDB Support can lift the compliance policy.</source>
        <translation>Der Snapshot wird gelöscht, wenn er abläuft; nur der MongoDB-Support kann die Compliance-Richtlinie aufheben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its copies in %1 are deleted too.</source>
        <translation>Seine Kopien in %1 werden ebenfalls gelöscht.</translation>
    </message>
</context>
<context>
    <name>lifeboat::itemmodels::DestinationModel</name>
    <message>
        <location filename="../models/itemmodels/destinationmodel.cpp" line="+129"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Allowed, %n warning(s)</source>
        <translation>
            <numerusform>Zulässig, %n Warnung</numerusform>
            <numerusform>Zulässig, %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allowed</source>
        <translation>Zulässig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (source)</source>
        <translation>%1 (Quelle)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flex</source>
        <translation>Flex</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %n shard(s)</source>
        <translation>
            <numerusform>%1, %n Shard</numerusform>
            <numerusform>%1, %n Shards</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing stands in the way on what Lifeboat knows; the pre-flight checks again.</source>
        <translation>Nach dem, was Lifeboat weiß, steht nichts im Weg; die Vorabprüfung prüft erneut.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MongoDB</source>
        <translation>MongoDB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can it be the target?</source>
        <translation>Als Ziel möglich?</translation>
    </message>
</context>
<context>
    <name>lifeboat::itemmodels::HealthText</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/healthtext.cpp" line="+11"/>
        <source>%n second(s)</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s)</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s)</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unprotected</source>
        <translation>Ungeschützt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not synced yet: nothing is known about its backups.</source>
        <translation>Noch nicht synchronisiert: über seine Sicherungen ist nichts bekannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free clusters (M0) have no cloud backup.</source>
        <translation>Kostenlose Cluster (M0) haben keine Cloud-Sicherung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud Backup is turned off: no new snapshots are taken.</source>
        <translation>Cloud Backup ist ausgeschaltet: Es werden keine neuen Snapshots erstellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No completed snapshot: there is nothing to restore from yet.</source>
        <translation>Kein abgeschlossener Snapshot: Noch gibt es nichts, woraus wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest snapshot failed.</source>
        <translation>Der neueste Snapshot ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest good snapshot is a fallback snapshot: it may be inconsistent.</source>
        <translation>Der neueste gute Snapshot ist ein Fallback-Snapshot: Er ist möglicherweise inkonsistent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late: the last good snapshot is %1 old; the schedule promises one every %2.</source>
        <translation>Verspätet: Der letzte gute Snapshot ist %1 alt; der Zeitplan verspricht einen alle %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last restore failed.</source>
        <translation>Die letzte Wiederherstellung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last export failed.</source>
        <translation>Der letzte Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On schedule.</source>
        <translation>Im Zeitplan.</translation>
    </message>
</context>
<context>
    <name>lifeboat::itemmodels::NamespaceTreeModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/namespacetreemodel.cpp" line="+69"/>
        <source>Database %1: %n collection(s)</source>
        <translation>
            <numerusform>Datenbank %1: %n Collection</numerusform>
            <numerusform>Datenbank %1: %n Collections</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection %1.%2</source>
        <translation>Collection %1.%2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>In the snapshot</source>
        <translation>Im Snapshot</translation>
    </message>
</context>
<context>
    <name>lifeboat::itemmodels::NavigatorModel</name>
    <message>
        <location filename="../models/itemmodels/navigatormodel.cpp" line="+115"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 mo</source>
        <translation>%1 Mon.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Flex</source>
        <translation>Flex</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no cloud backup</source>
        <translation>kein Cloud-Backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup off</source>
        <translation>Backup aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restoring</source>
        <translation>wird wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIT</source>
        <comment>point-in-time restore badge</comment>
        <translation>PIT</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n shard(s)</source>
        <translation>
            <numerusform>%n Shard</numerusform>
            <numerusform>%n Shards</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Last good snapshot: %1</source>
        <translation>Letzter guter Snapshot: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No completed snapshot seen</source>
        <translation>Kein abgeschlossener Snapshot gesehen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 — under a Backup Compliance Policy</source>
        <translation>%1 — unter einer Backup Compliance Policy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MongoDB %1</source>
        <translation>MongoDB %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n Snapshot</numerusform>
            <numerusform>%n Snapshots</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced %1 ago</source>
        <translation>Vor %1 synchronisiert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last good</source>
        <translation>Letzter Snapshot</translation>
    </message>
</context>
<context>
    <name>lifeboat::itemmodels::PolicyItemsModel</name>
    <message>
        <location filename="../models/itemmodels/policyitemsmodel.cpp" line="+116"/>
        <source>The project&apos;s Backup Compliance Policy requires a %1 item: it cannot be removed.</source>
        <translation>Die Backup Compliance Policy des Projekts verlangt einen Eintrag (%1): er kann nicht entfernt werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>alle %n Stunde</numerusform>
            <numerusform>alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on the last day</source>
        <translation>am letzten Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on day %1</source>
        <translation>am Tag %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in %1</source>
        <translation>im %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interval %1</source>
        <translation>Intervall %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The Backup Compliance Policy keeps %1 snapshots at least %2; Atlas refuses less.</source>
        <translation>Die Backup Compliance Policy hält Snapshots (%1) mindestens %2; Atlas lehnt weniger ab.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance floor</source>
        <translation>Compliance-Untergrenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>lifeboat::itemmodels::RestoreFormat</name>
    <message>
        <location filename="../models/itemmodels/restoreformat.cpp" line="+22"/>
        <source>Whole snapshot to a cluster</source>
        <translation>Ganzer Snapshot in einen Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point in time</source>
        <translation>Point-in-Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databases and collections</source>
        <translation>Datenbanken und Collections</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point in time</source>
        <translation>Point-in-Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download ready</source>
        <translation>Download bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Create new (a name already there gets a new name)</source>
        <translation>Neu erstellen (ein vorhandener Name erhält einen neuen Namen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overwrite existing (replaces what has the same name)</source>
        <translation>Vorhandene überschreiben (ersetzt, was denselben Namen hat)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All indexes</source>
        <translation>Alle Indizes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No indexes</source>
        <translation>Keine Indizes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All indexes except TTL indexes</source>
        <translation>Alle Indizes außer TTL-Indizes</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oplog timestamp %1, increment %2 (%3)</source>
        <translation>oplog-Zeitstempel %1, Inkrement %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a moment not chosen yet</source>
        <translation>ein noch nicht gewählter Zeitpunkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (project %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Projekt %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Atlas restores the snapshot %1 of %2 onto %3.</source>
        <translation>Atlas stellt den Snapshot %1 von %2 in %3 wieder her.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atlas restores %1 as it was at %2 onto %3: it starts from the snapshot before that moment and replays the oplog up to it.</source>
        <translation>Atlas stellt %1 im Stand von %2 in %3 wieder her: Ausgangspunkt ist der Snapshot vor diesem Zeitpunkt, danach wird das oplog bis dorthin nachgespielt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Atlas prepares the snapshot %1 of %2 as a download: a link to a .tar.gz archive, valid for a short time and usable once. No cluster is changed.</source>
        <translation>Atlas stellt den Snapshot %1 von %2 als Download bereit: ein Link zu einem .tar.gz-Archiv, kurze Zeit gültig und einmal verwendbar. Kein Cluster wird verändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Atlas copies %n namespace(s) from the snapshot %1 of %2 into %3: %4.</source>
        <translation>
            <numerusform>Atlas kopiert %n Namespace aus dem Snapshot %1 von %2 nach %3: %4.</numerusform>
            <numerusform>Atlas kopiert %n Namespaces aus dem Snapshot %1 von %2 nach %3: %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A database or collection of the same name on the target is &lt;b&gt;replaced&lt;/b&gt;.</source>
        <translation>Eine Datenbank oder Collection gleichen Namens auf dem Ziel wird &lt;b&gt;ersetzt&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing on the target is replaced: a name already there gets a new name.</source>
        <translation>Auf dem Ziel wird nichts ersetzt: Ein vorhandener Name erhält einen neuen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indexes: %1.</source>
        <translation>Indizes: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suffixes: databases “%1”, collections “%2”.</source>
        <translation>Suffixe: Datenbanken „%1“, Collections „%2“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;All data on %1 is deleted&lt;/b&gt; and replaced; %1 refuses writes until the restore ends.</source>
        <translation>&lt;b&gt;Alle Daten auf %1 werden gelöscht&lt;/b&gt; und ersetzt; %1 verweigert Schreibzugriffe, bis die Wiederherstellung endet.</translation>
    </message>
</context>
<context>
    <name>lifeboat::itemmodels::RestoreJobsModel</name>
    <message>
        <location filename="../models/itemmodels/restorejobsmodel.cpp" line="+177"/>
        <source>%1 (%2%)</source>
        <comment>state (percent)</comment>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <comment>cluster (project)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download (until %1)</source>
        <translation>Download (bis %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A one-time link to the archive; it is not kept by Lifeboat.</source>
        <translation>Ein einmal verwendbarer Link zum Archiv; Lifeboat speichert ihn nicht.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started (UTC)</source>
        <translation>Gestartet (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished (UTC)</source>
        <translation>Beendet (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download link</source>
        <translation>Download-Link</translation>
    </message>
</context>
<context>
    <name>lifeboat::itemmodels::SnapshotFormat</name>
    <message>
        <location filename="../models/itemmodels/snapshotformat.cpp" line="+31"/>
        <location line="+38"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+36"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+37"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+47"/>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Other status</source>
        <translation>Anderer Status</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>On-demand</source>
        <translation>Auf Anforderung</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Eastern US (South Carolina)</source>
        <translation>Östliche USA (South Carolina)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eastern US (Virginia)</source>
        <translation>Östliche USA (Virginia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central US (Iowa)</source>
        <translation>Zentrale USA (Iowa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Western US (Oregon)</source>
        <translation>Westliche USA (Oregon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Western Europe (Belgium)</source>
        <translation>Westeuropa (Belgien)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Europe (Frankfurt)</source>
        <translation>Europa (Frankfurt)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>US East (N. Virginia)</source>
        <translation>USA Ost (Nord-Virginia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US East (Ohio)</source>
        <translation>USA Ost (Ohio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US West (Oregon)</source>
        <translation>USA West (Oregon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe (Ireland)</source>
        <translation>Europa (Irland)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asia Pacific (Sydney)</source>
        <translation>Asien-Pazifik (Sydney)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>West Europe (Netherlands)</source>
        <translation>Westeuropa (Niederlande)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>North Europe (Ireland)</source>
        <translation>Nordeuropa (Irland)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2</source>
        <comment>provider, region</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the cluster&apos;s %1 key (no key id reported)</source>
        <translation>der %1-Schlüssel des Clusters (keine Schlüssel-ID gemeldet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (no customer key)</source>
        <translation>keiner (kein Kundenschlüssel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 key %2</source>
        <translation>%1-Schlüssel %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer key %1</source>
        <translation>Kundenschlüssel %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dedicated config servers</source>
        <translation>eigene Config-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>config server embedded in a shard</source>
        <translation>Config-Server in einem Shard eingebettet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>config servers: %1</source>
        <translation>Config-Server: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AWS KMS</source>
        <translation>AWS KMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Key Vault</source>
        <translation>Azure Key Vault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Cloud KMS</source>
        <translation>Google Cloud KMS</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Jede Stunde</numerusform>
            <numerusform>Alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every %1</source>
        <translation>Jeden %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly (day %1)</source>
        <translation>Wöchentlich (Tag %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day of every month</source>
        <translation>Am letzten Tag jedes Monats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day %1 of every month</source>
        <translation>Am %1. jedes Monats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 %1 every year</source>
        <comment>day 1 of the month</comment>
        <translation>Jedes Jahr am 1. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On demand</source>
        <translation>Auf Anforderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other schedule</source>
        <translation>Anderer Zeitplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — kept %2</source>
        <translation>%1 — aufbewahrt %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a policy item no longer in the schedule (%1)</source>
        <translation>ein Richtlinieneintrag, den es im Zeitplan nicht mehr gibt (%1)</translation>
    </message>
</context>
<context>
    <name>lifeboat::itemmodels::SnapshotTableModel</name>
    <message>
        <location filename="../models/itemmodels/snapshottablemodel.cpp" line="+23"/>
        <source>%1: %2</source>
        <comment>number of copies: regions</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Status not known to Lifeboat: %1</source>
        <translation>Lifeboat unbekannter Status: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallback snapshot: may be inconsistent; it cannot be exported or used for a collection restore.</source>
        <translation>Fallback-Snapshot: kann inkonsistent sein; lässt sich weder exportieren noch für die Wiederherstellung einzelner Collections verwenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taken when a scheduled snapshot could not be; may be inconsistent.</source>
        <translation>Erstellt, als ein geplanter Snapshot nicht möglich war; kann inkonsistent sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size not reported</source>
        <translation>Größe nicht gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not encrypted with a customer key</source>
        <translation>Nicht mit einem Kundenschlüssel verschlüsselt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master key UUID %1</source>
        <translation>Hauptschlüssel-UUID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No copies in other regions</source>
        <translation>Keine Kopien in anderen Regionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied to %1</source>
        <translation>Kopiert nach %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshot %1</source>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MongoDB</source>
        <translation>MongoDB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires (UTC)</source>
        <translation>Läuft ab (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption key</source>
        <translation>Verschlüsselungsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies</source>
        <translation>Kopien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MongoDB version of the snapshot</source>
        <translation>MongoDB-Version des Snapshots</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::ApplyComplianceJob</name>
    <message>
        <location filename="../models/jobs/compliancejobs.cpp" line="+243"/>
        <source>Check the Backup Compliance Policy of project %1</source>
        <translation>Backup Compliance Policy des Projekts %1 prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the Backup Compliance Policy of project %1</source>
        <translation>Backup Compliance Policy des Projekts %1 anwenden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The answer to the compliance policy change was lost (%1) and the policy could not be read again (%2), so it is not known whether Atlas applied it. Nothing was sent twice; check the project after the next sync.</source>
        <translation>Die Antwort auf die Änderung der Compliance Policy ging verloren (%1), und die Policy konnte nicht erneut gelesen werden (%2); ob Atlas sie angewendet hat, ist daher unbekannt. Nichts wurde doppelt gesendet; prüfen Sie das Projekt nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The answer to the compliance policy change was lost (%1); the policy read again is unchanged, so Atlas did not apply it. Nothing was sent twice; apply it again.</source>
        <translation>Die Antwort auf die Änderung der Compliance Policy ging verloren (%1); die erneut gelesene Policy ist unverändert, Atlas hat sie also nicht angewendet. Nichts wurde doppelt gesendet; wenden Sie sie erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer to the compliance policy change was lost (%1); the policy read again is neither the old one nor the one asked for. Nothing was sent twice; review the project&apos;s compliance policy.</source>
        <translation>Die Antwort auf die Änderung der Compliance Policy ging verloren (%1); die erneut gelesene Policy ist weder die alte noch die verlangte. Nichts wurde doppelt gesendet; prüfen Sie die Compliance Policy des Projekts.</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::ApplyPolicyJob</name>
    <message>
        <location filename="../models/jobs/policyjobs.cpp" line="+128"/>
        <source>Check the backup policy of %1</source>
        <translation>Backup-Richtlinie von %1 prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the backup policy of %1</source>
        <translation>Backup-Richtlinie von %1 anwenden</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The answer to the policy change was lost (%1) and the schedule could not be read again (%2), so it is not known whether Atlas applied it. Nothing was sent twice; check the Backup Policy tab after the next sync.</source>
        <translation>Die Antwort auf die Richtlinienänderung ging verloren (%1), und der Zeitplan konnte nicht erneut gelesen werden (%2); daher ist unbekannt, ob Atlas sie angewendet hat. Nichts wurde doppelt gesendet; prüfen Sie den Tab „Backup-Richtlinie“ nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The answer to the policy change was lost (%1); the schedule read again is unchanged, so Atlas did not apply it. Nothing was sent twice; apply it again.</source>
        <translation>Die Antwort auf die Richtlinienänderung ging verloren (%1); der erneut gelesene Zeitplan ist unverändert, Atlas hat sie also nicht angewendet. Nichts wurde doppelt gesendet; wenden Sie sie erneut an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer to the policy change was lost (%1); the schedule read again is neither the old one nor the one asked for. Nothing was sent twice; review the Backup Policy tab.</source>
        <translation>Die Antwort auf die Richtlinienänderung ging verloren (%1); der erneut gelesene Zeitplan ist weder der alte noch der gewünschte. Nichts wurde doppelt gesendet; prüfen Sie den Tab „Backup-Richtlinie“.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the new backup policy</source>
        <translation>die neue Backup-Richtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas applied the change; the next sync shows it.</source>
        <translation>Atlas hat die Änderung angewendet; die nächste Synchronisierung zeigt sie.</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::CacheReadJob</name>
    <message>
        <location filename="../models/jobs/cachereadjob.cpp" line="+31"/>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the clusters of %1</source>
        <translation>Cluster von %1 laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the projects</source>
        <translation>Projekte laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the estate</source>
        <translation>Bestand laden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the cache</source>
        <translation>Cache wird gelesen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The cache knows no cluster named %1 in project %2; sync it first.</source>
        <translation>Der Cache kennt keinen Cluster namens %1 im Projekt %2; synchronisieren Sie ihn zuerst.</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::CacheWriter</name>
    <message>
        <location filename="../models/jobs/cachewriter.cpp" line="+94"/>
        <source>the synced cluster</source>
        <translation>den synchronisierten Cluster</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::CancelRestoreJob</name>
    <message>
        <location filename="../models/jobs/restorejobs.cpp" line="+757"/>
        <source>Cancel the restore from %1</source>
        <translation>Wiederherstellung aus %1 abbrechen</translation>
    </message>
    <message>
        <location line="-717"/>
        <source>Atlas offers no way to cancel a Flex restore; it runs to its end.</source>
        <translation>Atlas bietet keine Möglichkeit, eine Flex-Wiederherstellung abzubrechen; sie läuft bis zum Ende.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Atlas offers no way to cancel a collection restore; it runs to its end.</source>
        <translation>Atlas bietet keine Möglichkeit, eine Wiederherstellung einzelner Collections abzubrechen; sie läuft bis zum Ende.</translation>
    </message>
    <message>
        <location line="+727"/>
        <source>Asking Atlas to cancel</source>
        <translation>Atlas wird um Abbruch gebeten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the restore job</source>
        <translation>Wiederherstellungsauftrag wird gelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the restore job</source>
        <translation>den Wiederherstellungsauftrag</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::ComplianceMutationJob</name>
    <message>
        <location filename="../models/jobs/compliancejobs.cpp" line="-89"/>
        <source>the compliance policy</source>
        <translation>die Compliance Policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas made the change; the next sync shows it.</source>
        <translation>Atlas hat die Änderung vorgenommen; die nächste Synchronisierung zeigt sie.</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::DisableComplianceJob</name>
    <message>
        <location line="+123"/>
        <source>Disable the Backup Compliance Policy of project %1</source>
        <translation>Backup Compliance Policy des Projekts %1 deaktivieren</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The answer to disabling the compliance policy was lost (%1) and the policy could not be read again (%2), so it is not known whether Atlas disabled it. Nothing was sent twice; check the project after the next sync.</source>
        <translation>Die Antwort auf das Deaktivieren der Compliance Policy ging verloren (%1), und die Policy konnte nicht erneut gelesen werden (%2); ob Atlas sie deaktiviert hat, ist daher unbekannt. Nichts wurde doppelt gesendet; prüfen Sie das Projekt nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer to disabling the compliance policy was lost (%1); the policy read again is still in place, so Atlas did not disable it. Nothing was sent twice; try again.</source>
        <translation>Die Antwort auf das Deaktivieren der Compliance Policy ging verloren (%1); die erneut gelesene Policy besteht weiter, Atlas hat sie also nicht deaktiviert. Nichts wurde doppelt gesendet; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::Job</name>
    <message>
        <location filename="../models/jobs/job.cpp" line="+40"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::JobError</name>
    <message>
        <location filename="../models/jobs/joberror.cpp" line="+68"/>
        <source>the disk is full. Free some space; what was synced before is kept.</source>
        <translation>Die Festplatte ist voll. Geben Sie Speicherplatz frei; was vorher synchronisiert war, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk or the cache file cannot be written (%1).</source>
        <translation>Die Festplatte oder die Cache-Datei ist nicht beschreibbar (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the cache file is damaged; it is rebuilt at the next start.</source>
        <translation>Die Cache-Datei ist beschädigt; sie wird beim nächsten Start neu aufgebaut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another program keeps the cache file locked.</source>
        <translation>Ein anderes Programm hält die Cache-Datei gesperrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write %1 to the local cache: %2</source>
        <translation>Lifeboat konnte %1 nicht in den lokalen Cache schreiben: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::LoadRestoresJob</name>
    <message>
        <location filename="../models/jobs/restorejobs.cpp" line="+59"/>
        <source>Read the restores</source>
        <translation>Wiederherstellungen lesen</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::MutationJob</name>
    <message>
        <location filename="../models/jobs/mutationjob.cpp" line="+17"/>
        <source>Checking with the server</source>
        <translation>Abgleich mit dem Server</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped waiting; the request had been sent, so Atlas may have acted on it. The next sync shows what happened.</source>
        <translation>Warten beendet; die Anfrage war bereits gesendet, Atlas hat sie also vielleicht ausgeführt. Die nächste Synchronisierung zeigt, was geschehen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The answer was lost; checking whether Atlas acted on it</source>
        <translation>Die Antwort ging verloren; es wird geprüft, ob Atlas die Anfrage ausgeführt hat</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::NamespacesJob</name>
    <message>
        <location filename="../models/jobs/restorejobs.cpp" line="-39"/>
        <source>Read the databases of a snapshot of %1</source>
        <translation>Datenbanken eines Snapshots von %1 lesen</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::ReadComplianceJob</name>
    <message>
        <location filename="../models/jobs/compliancejobs.cpp" line="-270"/>
        <source>Read the Backup Compliance Policy of project %1</source>
        <translation>Backup Compliance Policy des Projekts %1 lesen</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::ReadPolicyJob</name>
    <message>
        <location filename="../models/jobs/policyjobs.cpp" line="-208"/>
        <source>Read the backup policy of %1</source>
        <translation>Backup-Richtlinie von %1 lesen</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::RestoreStartJob</name>
    <message>
        <location filename="../models/jobs/restorejobs.cpp" line="-670"/>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring</source>
        <translation>Wird wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download ready</source>
        <translation>Download bereit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Check a restore of %1</source>
        <translation>Wiederherstellung von %1 prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a snapshot of %1</source>
        <translation>Snapshot von %1 herunterladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore %1 to %2</source>
        <translation>%1 in %2 wiederherstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the target cluster&apos;s name, %1, to confirm that its data is replaced.</source>
        <translation>Geben Sie den Namen des Zielclusters, %1, ein, um zu bestätigen, dass seine Daten ersetzt werden.</translation>
    </message>
    <message>
        <location line="+218"/>
        <location line="+45"/>
        <location line="+30"/>
        <location line="+37"/>
        <location line="+18"/>
        <location line="+24"/>
        <source>the new restore job</source>
        <translation>den neuen Wiederherstellungsauftrag</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>The answer to the restore request was lost (%1) and the restore jobs could not be read again (%2), so it is not known whether Atlas started it. Nothing was sent twice; the Restores tab shows it after the next sync if it started.</source>
        <translation>Die Antwort auf die Wiederherstellungsanfrage ging verloren (%1), und die Wiederherstellungsaufträge ließen sich nicht erneut lesen (%2); daher ist unbekannt, ob Atlas die Wiederherstellung gestartet hat. Nichts wurde doppelt gesendet; falls sie gestartet wurde, zeigt der Tab Wiederherstellungen sie nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The answer to the restore request was lost (%1); the restore jobs read again show that Atlas did not start it. Nothing was sent twice; try again.</source>
        <translation>Die Antwort auf die Wiederherstellungsanfrage ging verloren (%1); die erneut gelesenen Wiederherstellungsaufträge zeigen, dass Atlas sie nicht gestartet hat. Nichts wurde doppelt gesendet; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::SnapshotChangeJob</name>
    <message>
        <location filename="../models/jobs/policyjobs.cpp" line="+231"/>
        <source>Delete snapshot %1</source>
        <translation>Snapshot %1 löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the expiry of snapshot %1</source>
        <translation>Ablauf von Snapshot %1 ändern</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cluster %1 has no snapshot %2.</source>
        <translation>Cluster %1 hat keinen Snapshot %2.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The answer was lost (%1) and the snapshots could not be read again (%2), so it is not known whether Atlas made the change. Nothing was sent twice.</source>
        <translation>Die Antwort ging verloren (%1), und die Snapshots konnten nicht erneut gelesen werden (%2); daher ist unbekannt, ob Atlas die Änderung vorgenommen hat. Nichts wurde doppelt gesendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer was lost (%1); the snapshots read again show that Atlas did not make the change. Nothing was sent twice; try again.</source>
        <translation>Die Antwort ging verloren (%1); die erneut gelesenen Snapshots zeigen, dass Atlas die Änderung nicht vorgenommen hat. Nichts wurde doppelt gesendet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the snapshot</source>
        <translation>den Snapshot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas made the change; the next sync shows it.</source>
        <translation>Atlas hat die Änderung vorgenommen; die nächste Synchronisierung zeigt sie.</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::SyncJob</name>
    <message>
        <location filename="../models/jobs/syncjob.cpp" line="+114"/>
        <source>Sync everything</source>
        <translation>Alles synchronisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync the project list</source>
        <translation>Projektliste synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync project %1</source>
        <translation>Projekt %1 synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync cluster %1</source>
        <translation>Cluster %1 synchronisieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Organizations and projects</source>
        <translation>Organisationen und Projekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Cancelled; the cache keeps what was synced before and what had finished.</source>
        <translation>Abgebrochen; der Cache behält, was vorher synchronisiert war und was schon fertig war.</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source> (%n part(s) of the sync failed in all)</source>
        <translation>
            <numerusform> (insgesamt ist %n Teil der Synchronisierung fehlgeschlagen)</numerusform>
            <numerusform> (insgesamt sind %n Teile der Synchronisierung fehlgeschlagen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No project with id %1 is visible to this key.</source>
        <translation>Für diesen Schlüssel ist kein Projekt mit der ID %1 sichtbar.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+4"/>
        <source>clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the compliance policy</source>
        <translation>die Compliance-Richtlinie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No cluster named %1 in project %2.</source>
        <translation>Kein Cluster namens %1 im Projekt %2.</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>flex snapshots</source>
        <translation>Flex-Snapshots</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::TakeSnapshotJob</name>
    <message>
        <location filename="../models/jobs/takesnapshotjob.cpp" line="+23"/>
        <source>Take a snapshot of %1</source>
        <translation>Snapshot von %1 erstellen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No cluster named %1 in project %2.</source>
        <translation>Im Projekt %2 gibt es keinen Cluster namens %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The answer to the snapshot request was lost (%1) and the snapshots could not be read again (%2), so it is not known whether Atlas took it. Nothing was sent twice; the next sync shows it if it was taken.</source>
        <translation>Die Antwort auf die Snapshot-Anfrage ging verloren (%1), und die Snapshots ließen sich nicht erneut lesen (%2); daher ist unbekannt, ob Atlas den Snapshot erstellt hat. Nichts wurde doppelt gesendet; falls er erstellt wurde, zeigt ihn die nächste Synchronisierung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The answer to the snapshot request was lost (%1); the snapshots read again show that Atlas did not take it. Nothing was sent twice; try again.</source>
        <translation>Die Antwort auf die Snapshot-Anfrage ging verloren (%1); die erneut gelesenen Snapshots zeigen, dass Atlas ihn nicht erstellt hat. Nichts wurde doppelt gesendet; versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the new snapshot</source>
        <translation>den neuen Snapshot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas took the snapshot (%1); the next sync shows it.</source>
        <translation>Atlas hat den Snapshot erstellt (%1); die nächste Synchronisierung zeigt ihn an.</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::UnfinishedRestoresJob</name>
    <message>
        <location filename="../models/jobs/restorejobs.cpp" line="+398"/>
        <source>Find the restores still running</source>
        <translation>Noch laufende Wiederherstellungen finden</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::WatchRestoreJob</name>
    <message>
        <location line="-286"/>
        <source>Follow the restore from %1</source>
        <translation>Wiederherstellung aus %1 verfolgen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the restore job</source>
        <translation>Wiederherstellungsauftrag wird gelesen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Atlas did not answer (%1); asking again</source>
        <translation>Atlas hat nicht geantwortet (%1); erneute Anfrage</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+16"/>
        <location line="+16"/>
        <source>the restore job</source>
        <translation>den Wiederherstellungsauftrag</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::Worker</name>
    <message>
        <location filename="../models/jobs/worker.cpp" line="+27"/>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Der lokale Cache %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the local cache %1: %2</source>
        <translation>Der lokale Cache %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write the local cache %1: %2</source>
        <translation>In den lokalen Cache %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Start the worker</source>
        <translation>Hintergrunddienst starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The worker was not started.</source>
        <translation>Der Hintergrunddienst wurde nicht gestartet.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stopped following; the job it joined goes on.</source>
        <translation>Verfolgung beendet; der Auftrag, dem er sich angeschlossen hat, läuft weiter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Cancelled before it started.</source>
        <translation>Abgebrochen, bevor es begann.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::BackupPolicyTab</name>
    <message>
        <location filename="../ui/policy/backuppolicytab.cpp" line="+70"/>
        <source>What the rules say about this edit</source>
        <translation>Was die Regeln zu dieser Änderung sagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review and &amp;save…</source>
        <translation>Prüfen und &amp;speichern…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the edit with the server…</source>
        <translation>Die Änderung wird mit dem Server geprüft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot time in UTC</source>
        <translation>Snapshot-Zeit in UTC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore window in days</source>
        <translation>Wiederherstellungsfenster in Tagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continuous cloud backup (point in time)</source>
        <translation>Kontinuierliches Cloud-Backup (Point in Time)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A setting of the cluster, not of its backup policy: change it in the cluster&apos;s configuration. The restore window applies while it is on.</source>
        <translation>Eine Einstellung des Clusters, nicht seiner Backup-Policy: ändern Sie sie in der Konfiguration des Clusters. Das Wiederherstellungsfenster gilt, solange sie eingeschaltet ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply retention changes to existing snapshots</source>
        <translation>Änderungen der Aufbewahrung auf vorhandene Snapshots anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas then moves the expiry of the snapshots the changed items took; otherwise only new snapshots keep the new retention.</source>
        <translation>Atlas verschiebt dann das Ablaufdatum der Snapshots der geänderten Einträge; sonst gilt die neue Aufbewahrung nur für neue Snapshots.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot &amp;time:</source>
        <translation>Snapshot-&amp;Zeit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore &amp;window (days):</source>
        <translation>&amp;Wiederherstellungsfenster (Tage):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Policy items</source>
        <translation>Policy-Einträge</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Add item</source>
        <translation>Eintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re&amp;move item</source>
        <translation>Eintrag ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copies to other regions</source>
        <translation>Kopien in andere Regionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy oplogs</source>
        <translation>Oplogs kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frequencies</source>
        <translation>Häufigkeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;region</source>
        <translation>&amp;Region hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove region</source>
        <translation>Region entfernen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Auto-export</source>
        <translation>Automatischer Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport snapshots to a bucket automatically</source>
        <translation>Snapshots automatisch in einen Bucket e&amp;xportieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frequency:</source>
        <translation>Häufigkeit:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pick a cluster in the navigator.</source>
        <translation>Wählen Sie einen Cluster im Navigator.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 has no backup policy of its own: Atlas backs it up on a fixed schedule.</source>
        <translation>%1 hat keine eigene Backup-Policy: Atlas sichert ihn nach einem festen Zeitplan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup policy of %1 has been read yet. Sync to read it.</source>
        <translation>Die Backup-Policy von %1 wurde noch nicht gelesen. Synchronisieren Sie, um sie zu lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the backup policy of %1 from the server…</source>
        <translation>Die Backup-Policy von %1 wird vom Server gelesen…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not in this project)</source>
        <translation>%1 (nicht in diesem Projekt)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>on demand</source>
        <translation>auf Anforderung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>(%1 %2 local time)</source>
        <translation>(%1 %2 Ortszeit)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick &quot;Apply retention changes to existing snapshots&quot; to move them.</source>
        <translation>Setzen Sie das Häkchen bei „Änderungen der Aufbewahrung auf vorhandene Snapshots anwenden“, um sie zu verschieben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing has been changed yet.</source>
        <translation>Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the edit with the server and review what it changes</source>
        <translation>Die Änderung mit dem Server prüfen und ansehen, was sie ändert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select an item first.</source>
        <translation>Wählen Sie zuerst einen Eintrag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected item</source>
        <translation>Den gewählten Eintrag entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup policy could not be read from the server (%1); showing what was seen before.</source>
        <translation>Die Backup-Policy konnte nicht vom Server gelesen werden (%1); angezeigt wird, was zuvor gesehen wurde.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+14"/>
        <source>The backup policy of %1 as Atlas has it at %2.</source>
        <translation>Die Backup-Policy von %1, wie Atlas sie um %2 hat.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The edit could not be checked with the server: %1</source>
        <translation>Die Änderung konnte nicht mit dem Server geprüft werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup policy of %1 was saved.</source>
        <translation>Die Backup-Policy von %1 wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup policy of %1 was not saved: %2</source>
        <translation>Die Backup-Policy von %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Go back and tick &quot;Apply retention changes to existing snapshots&quot; to move them.</source>
        <translation>Gehen Sie zurück und setzen Sie das Häkchen bei „Änderungen der Aufbewahrung auf vorhandene Snapshots anwenden“, um sie zu verschieben.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ChangeExpiryDialog</name>
    <message>
        <location filename="../ui/snapshots/snapshotactions.cpp" line="+46"/>
        <source>Change the expiry of snapshot %1</source>
        <translation>Ablaufdatum des Snapshots %1 ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken %1, expires %2. The retention counts from the snapshot&apos;s creation.</source>
        <translation>Erstellt %1, läuft ab %2. Die Aufbewahrung zählt ab der Erstellung des Snapshots.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Keep for:</source>
        <translation>&amp;Behalten für:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New expiry:</source>
        <translation>Neues Ablaufdatum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change expiry</source>
        <translation>Ablaufdatum ä&amp;ndern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ClusterOverview</name>
    <message>
        <location filename="../ui/overview/clusteroverview.cpp" line="+195"/>
        <source>No cluster selected</source>
        <translation>Kein Cluster ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a cluster in the navigator to see its backup health.</source>
        <translation>Wählen Sie im Navigator einen Cluster, um den Zustand seiner Backups zu sehen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Last good snapshot %1 ago (%2). Flex takes one a day.</source>
        <translation>Letzter guter Snapshot vor %1 (%2). Flex erstellt einen am Tag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last good snapshot is %1 old (%2); Flex should take one a day.</source>
        <translation>Der letzte gute Snapshot ist %1 alt (%2); Flex sollte einen am Tag erstellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No completed snapshot yet. Flex takes the first one a day after the cluster is created.</source>
        <translation>Noch kein abgeschlossener Snapshot. Flex erstellt den ersten einen Tag nach dem Anlegen des Clusters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic daily snapshots</source>
        <translation>Automatische tägliche Snapshots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flex clusters take one snapshot a day, at the time of day the cluster was created, and keep the last 8. There is no custom policy, no on-demand snapshot, no point-in-time restore and no export. A Flex snapshot restores to a Flex cluster or to an M10+ cluster.</source>
        <translation>Flex-Cluster erstellen einen Snapshot am Tag, zur Tageszeit, zu der der Cluster angelegt wurde, und behalten die letzten 8. Es gibt keine eigene Richtlinie, keinen Snapshot auf Anforderung, keine Point-in-Time-Wiederherstellung und keinen Export. Ein Flex-Snapshot lässt sich in einen Flex-Cluster oder einen Cluster ab M10 wiederherstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n snapshot(s) kept.</source>
        <translation>
            <numerusform>%n Snapshot aufbewahrt.</numerusform>
            <numerusform>%n Snapshots aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MongoDB %1</source>
        <translation>MongoDB %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replica set</source>
        <translation>Replica Set</translation>
    </message>
    <message>
        <location line="-218"/>
        <location line="+30"/>
        <source>as a download</source>
        <translation>als Download</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+30"/>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>to %1 in project %2</source>
        <translation>nach %1 im Projekt %2</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+30"/>
        <source>to an unnamed target</source>
        <translation>an ein unbenanntes Ziel</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+31"/>
        <source>Last restore: %1, %2 %3 — %4.</source>
        <translation>Letzte Wiederherstellung: %1, %2 %3 — %4.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Flex cluster · %1 · MongoDB %2</source>
        <translation>Flex-Cluster · %1 · MongoDB %2</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>sharded, %n shard(s)</source>
        <translation>
            <numerusform>sharded, %n Shard</numerusform>
            <numerusform>sharded, %n Shards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>sharded, %n shard(s), %1</source>
        <translation>
            <numerusform>sharded, %n Shard, %1</numerusform>
            <numerusform>sharded, %n Shards, %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>encrypted at rest with %1</source>
        <translation>ruhend verschlüsselt mit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FCV pinned to %1 until %2</source>
        <translation>FCV bis %2 auf %1 festgelegt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Free clusters (M0) have no cloud backup: nothing protects this data unless you copy it yourself.</source>
        <translation>Kostenlose Cluster (M0) haben kein Cloud-Backup: Nichts schützt diese Daten, wenn Sie sie nicht selbst kopieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back it up by hand</source>
        <translation>Von Hand sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dump it with the MongoDB Database Tools and keep the archive somewhere safe; restore it into another cluster with mongorestore. Replace USER with a database user and TARGET-HOST with the cluster to restore into:</source>
        <translation>Sichern Sie ihn mit den MongoDB Database Tools und bewahren Sie das Archiv an einem sicheren Ort auf; spielen Sie es mit mongorestore in einen anderen Cluster zurück. Ersetzen Sie USER durch einen Datenbankbenutzer und TARGET-HOST durch den Zielcluster:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or move to a tier with backup</source>
        <translation>Oder auf eine Stufe mit Backup wechseln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flex clusters take a daily snapshot; M10 and larger have scheduled snapshots, point-in-time restore and export.</source>
        <translation>Flex-Cluster erstellen täglich einen Snapshot; ab M10 gibt es geplante Snapshots, Point-in-Time-Wiederherstellung und Export.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cloud Backup is turned off for this cluster: no new snapshots are taken.</source>
        <translation>Cloud Backup ist für diesen Cluster ausgeschaltet: Es werden keine neuen Snapshots erstellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn backup on</source>
        <translation>Backup einschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Atlas UI, open the cluster, choose &lt;i&gt;Edit Configuration&lt;/i&gt;, switch on &lt;i&gt;Cloud Backup&lt;/i&gt; under &lt;i&gt;Additional Settings&lt;/i&gt; and apply the change. With the Atlas CLI: &lt;code&gt;atlas clusters update %1 --backup&lt;/code&gt;. Atlas then takes snapshots on the project&apos;s default policy; a project role of Project Owner or Project Cluster Manager is needed.</source>
        <translation>Öffnen Sie in der Atlas-Oberfläche den Cluster, wählen Sie &lt;i&gt;Edit Configuration&lt;/i&gt;, schalten Sie unter &lt;i&gt;Additional Settings&lt;/i&gt; &lt;i&gt;Cloud Backup&lt;/i&gt; ein und übernehmen Sie die Änderung. Mit der Atlas CLI: &lt;code&gt;atlas clusters update %1 --backup&lt;/code&gt;. Atlas erstellt dann Snapshots nach der Standardrichtlinie des Projekts; nötig ist die Projektrolle Project Owner oder Project Cluster Manager.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No completed snapshot: there is nothing to restore from yet.</source>
        <translation>Kein abgeschlossener Snapshot: Es gibt noch nichts, woraus sich wiederherstellen ließe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late: the last good snapshot is %1 old (%2), but the schedule promises one every %3.</source>
        <translation>Verspätet: Der letzte gute Snapshot ist %1 alt (%2), der Zeitplan verspricht aber einen alle %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On schedule: last good snapshot %1 ago (%2)%3.</source>
        <translation>Im Plan: letzter guter Snapshot vor %1 (%2)%3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the schedule promises one every %1</source>
        <translation>; der Zeitplan verspricht einen alle %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Snapshot time %1:%2 UTC.</source>
        <translation>Snapshot-Zeit %1:%2 UTC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next snapshot: %1 (in %2).</source>
        <translation>Nächster Snapshot: %1 (in %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A snapshot is being taken now (started %1).</source>
        <translation>Gerade wird ein Snapshot erstellt (begonnen %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copies to: %1.</source>
        <translation>Kopien nach: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup policy</source>
        <translation>Backup-Richtlinie</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Point-in-time restore</source>
        <translation>Point-in-Time-Wiederherstellung</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>Continuous Cloud Backup is on: any moment from %1 until now can be restored (a %n-day window).</source>
        <translation>
            <numerusform>Continuous Cloud Backup ist eingeschaltet: Jeder Moment von %1 bis jetzt lässt sich wiederherstellen (ein Fenster von %n Tag).</numerusform>
            <numerusform>Continuous Cloud Backup ist eingeschaltet: Jeder Moment von %1 bis jetzt lässt sich wiederherstellen (ein Fenster von %n Tagen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continuous Cloud Backup is on.</source>
        <translation>Continuous Cloud Backup ist eingeschaltet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: restores go to a snapshot&apos;s moment only.</source>
        <translation>Aus: Wiederherstellungen nur auf den Zeitpunkt eines Snapshots.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n snapshot(s), %1 stored.</source>
        <translation>
            <numerusform>%n Snapshot, %1 gespeichert.</numerusform>
            <numerusform>%n Snapshots, %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n fallback snapshot(s) (may be inconsistent; not usable for export or collection restore).</source>
        <translation>
            <numerusform>%n Fallback-Snapshot (kann inkonsistent sein; nicht für Export oder Wiederherstellung einzelner Collections nutzbar).</numerusform>
            <numerusform>%n Fallback-Snapshots (können inkonsistent sein; nicht für Export oder Wiederherstellung einzelner Collections nutzbar).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshots and storage</source>
        <translation>Snapshots und Speicher</translation>
    </message>
    <message numerus="yes">
        <location line="-293"/>
        <location line="+15"/>
        <source>%n restore(s) running now.</source>
        <translation>
            <numerusform>%n Wiederherstellung läuft gerade.</numerusform>
            <numerusform>%n Wiederherstellungen laufen gerade.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-97"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+53"/>
        <source>restore of a snapshot</source>
        <translation>Wiederherstellung eines Snapshots</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>point-in-time restore</source>
        <translation>Point-in-Time-Wiederherstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+15"/>
        <source>No restore in the history.</source>
        <translation>Keine Wiederherstellung im Verlauf.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+141"/>
        <source>Restores</source>
        <translation>Wiederherstellungen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The schedule has no policy items: no snapshot is taken on a schedule.</source>
        <translation>Der Zeitplan hat keine Richtlinieneinträge: Es werden keine geplanten Snapshots erstellt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Backup Compliance Policy</source>
        <translation>Backup Compliance Policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This project is under a Backup Compliance Policy: snapshots cannot be deleted, retention cannot be shortened and backup cannot be turned off.</source>
        <translation>Dieses Projekt steht unter einer Backup Compliance Policy: Snapshots lassen sich nicht löschen, die Aufbewahrung lässt sich nicht verkürzen und das Backup lässt sich nicht ausschalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced just now (%1).</source>
        <translation>Gerade eben synchronisiert (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced %1 ago (%2).</source>
        <translation>Vor %1 synchronisiert (%2).</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::CompliancePage</name>
    <message>
        <location filename="../ui/compliance/compliancepage.cpp" line="+29"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being enabled</source>
        <translation>Wird aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being updated</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being disabled</source>
        <translation>Wird deaktiviert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Required</source>
        <translation>Verlangt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not required</source>
        <translation>Nicht verlangt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;b&gt;Backup Compliance Policy of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Backup Compliance Policy von %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the compliance policy from the server…</source>
        <translation>Die Compliance Policy wird vom Server gelesen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Verantwortliche Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 &lt;%3&gt;</source>
        <translation>%1 %2 &lt;%3&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption at rest</source>
        <translation>Verschlüsselung im Ruhezustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy protection</source>
        <translation>Kopierschutz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuous cloud backup</source>
        <translation>Kontinuierliches Cloud-Backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore window</source>
        <translation>Wiederherstellungsfenster</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On-demand snapshots</source>
        <translation>On-Demand-Snapshots</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept at least %1</source>
        <translation>mindestens %1 behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 snapshots</source>
        <translation>Snapshots (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, kept at least %2</source>
        <translation>%1, mindestens %2 behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Enable…</source>
        <translation>&amp;Aktivieren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disable the policy: allowed while the project is empty</source>
        <translation>Die Policy deaktivieren: erlaubt, solange das Projekt leer ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The compliance policy could not be read: %1</source>
        <translation>Die Compliance Policy konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every cluster of %1 must meet this policy. Only MongoDB Support can lift it.</source>
        <translation>Jeder Cluster von %1 muss diese Policy erfüllen. Nur der MongoDB-Support kann sie aufheben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no Backup Compliance Policy.</source>
        <translation>%1 hat keine Backup Compliance Policy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Not disabled:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nicht deaktiviert:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The compliance policy of %1 is being disabled.</source>
        <translation>Die Compliance Policy von %1 wird deaktiviert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The compliance policy of %1 was sent and read back.</source>
        <translation>Die Compliance Policy von %1 wurde gesendet und zurückgelesen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Disable the Backup Compliance Policy of %1</source>
        <translation>Backup Compliance Policy von %1 deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project is empty, so Atlas lets the policy be disabled. Its protection of snapshots ends.</source>
        <translation>Das Projekt ist leer, daher lässt Atlas das Deaktivieren der Policy zu. Ihr Schutz der Snapshots endet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the project&apos;s name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Projekts &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Disable the policy</source>
        <translation>Policy &amp;deaktivieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disabling…</source>
        <translation>Wird deaktiviert…</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ComplianceWizard</name>
    <message>
        <location filename="../ui/compliance/compliancewizard.cpp" line="+74"/>
        <source>Checking with the server…</source>
        <translation>Wird mit dem Server geprüft…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sending the policy to Atlas, then reading it back…</source>
        <translation>Die Policy wird an Atlas gesendet und dann zurückgelesen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit the Backup Compliance Policy of %1</source>
        <translation>Backup Compliance Policy von %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable a Backup Compliance Policy for %1</source>
        <translation>Backup Compliance Policy für %1 aktivieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the policy</source>
        <translation>Policy &amp;speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Enable the policy</source>
        <translation>Policy &amp;aktivieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once enabled, a setting may only become stricter: each item shows the floor the policy sets now.</source>
        <translation>Einmal aktiviert, darf eine Einstellung nur strenger werden: jeder Eintrag zeigt die Untergrenze, die die Policy jetzt setzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every cluster of the project must meet these settings, and no one can delete its snapshots or shorten them.</source>
        <translation>Jeder Cluster des Projekts muss diese Einstellungen erfüllen, und niemand kann seine Snapshots löschen oder verkürzen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Require encryption at rest with the project&apos;s own key</source>
        <translation>Verschlüsselung im Ruhezustand mit dem eigenen Schlüssel des Projekts verlangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect copies in other regions from deletion</source>
        <translation>Kopien in anderen Regionen vor dem Löschen schützen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require continuous cloud backup (point in time)</source>
        <translation>Kontinuierliches Cloud-Backup (Point in Time) verlangen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Add item</source>
        <translation>Eintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;move item</source>
        <translation>Eintrag ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raise the backup policies of clusters below these settings</source>
        <translation>Die Backup-Policies der Cluster unter diesen Einstellungen anheben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Otherwise Atlas refuses the policy while a cluster&apos;s backup policy keeps less.</source>
        <translation>Sonst lehnt Atlas die Policy ab, solange die Backup-Policy eines Clusters weniger behält.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Representative (first, last name):</source>
        <translation>Verantwortliche Person (Vor-, Nachname):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative&apos;s e-mail:</source>
        <translation>E-Mail der verantwortlichen Person:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore window (days):</source>
        <translation>Wiederherstellungsfenster (Tage):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-demand snapshots kept at least:</source>
        <translation>On-Demand-Snapshots mindestens behalten:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scheduled snapshots kept at least:</source>
        <translation>Geplante Snapshots mindestens behalten:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifeboat read the project&apos;s clusters, their backup policies and the current compliance policy again. Nothing has been sent yet.</source>
        <translation>Lifeboat hat die Cluster des Projekts, ihre Backup-Policies und die aktuelle Compliance Policy erneut gelesen. Noch wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Only MongoDB Support can lift a Backup Compliance Policy.&lt;/b&gt; Once it is on, no one in this project — not even an Organization Owner — can disable it, relax its settings, delete snapshots or shorten their retention. Support does so only at the request of the representative named here.</source>
        <translation>&lt;b&gt;Nur der MongoDB-Support kann eine Backup Compliance Policy aufheben.&lt;/b&gt; Ist sie eingeschaltet, kann niemand in diesem Projekt – nicht einmal ein Organization Owner – sie deaktivieren, ihre Einstellungen lockern, Snapshots löschen oder ihre Aufbewahrung verkürzen. Der Support tut das nur auf Verlangen der hier genannten verantwortlichen Person.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I understand that only MongoDB Support can lift this policy</source>
        <translation>Ich verstehe, dass nur der MongoDB-Support diese Policy aufheben kann</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the project&apos;s name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Projekts &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Representative</source>
        <translation>Verantwortliche Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Representative&apos;s e-mail</source>
        <translation>E-Mail der verantwortlichen Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption at rest with the project&apos;s own key</source>
        <translation>Verschlüsselung ruhender Daten mit dem eigenen Schlüssel des Projekts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection of copies in other regions</source>
        <translation>Schutz der Kopien in anderen Regionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuous cloud backup</source>
        <translation>Kontinuierliche Cloud-Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore window</source>
        <translation>Wiederherstellungsfenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On-demand snapshots kept at least</source>
        <translation>On-Demand-Snapshots mindestens aufbewahrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 snapshots kept at least</source>
        <translation>%1 Snapshots mindestens aufbewahrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 (new)</source>
        <translation>%1: %2 (neu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no longer set (was %2)</source>
        <translation>%1: nicht mehr gesetzt (war %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the %2 item is raised from %3 to %4.</source>
        <translation>%1: Der Eintrag (%2) wird von %3 auf %4 angehoben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a %2 item keeping %3 is added.</source>
        <translation>%1: Ein Eintrag (%2), der %3 behält, wird hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>&lt;b&gt;Allowed.&lt;/b&gt; %n cluster item(s) will be raised to the policy&apos;s settings.</source>
        <translation>
            <numerusform>&lt;b&gt;Erlaubt.&lt;/b&gt; %n Eintrag eines Clusters wird auf die Einstellungen der Policy angehoben.</numerusform>
            <numerusform>&lt;b&gt;Erlaubt.&lt;/b&gt; %n Einträge von Clustern werden auf die Einstellungen der Policy angehoben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Refused:&lt;/b&gt; %1 Go Back to change the settings.</source>
        <translation>&lt;b&gt;Abgelehnt:&lt;/b&gt; %1 Gehen Sie zurück, um die Einstellungen zu ändern.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;The check could not be run:&lt;/b&gt; %1 Go Back and Next to try again.</source>
        <translation>&lt;b&gt;Die Prüfung konnte nicht laufen:&lt;/b&gt; %1 Gehen Sie zurück und wieder weiter, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Not applied:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nicht angewendet:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ConnectionsDialog</name>
    <message>
        <location filename="../ui/settings/connectionsdialog.cpp" line="+24"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+330"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-306"/>
        <location line="+86"/>
        <source>stored in the system keychain</source>
        <translation>wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retry the keychain</source>
        <translation>Schlüsselbund erneut versuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>unchanged (kept in memory for this session only)</source>
        <translation>unverändert (nur für diese Sitzung im Arbeitsspeicher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+172"/>
        <source>unchanged (kept in the system keychain)</source>
        <translation>unverändert (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name is longer than 64 characters.</source>
        <translation>Der Name ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Ein Profil namens „%1“ gibt es schon: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The base URL is not a URL (e.g. https://cloud.mongodb.com).</source>
        <translation>Die Basis-URL ist keine URL (z. B. https://cloud.mongodb.com).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the server only, without a path: %1://%2 (Lifeboat adds /api/atlas/v2 itself).</source>
        <translation>Geben Sie nur den Server ein, ohne Pfad: %1://%2 (Lifeboat ergänzt /api/atlas/v2 selbst).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The base URL must not have a query or a fragment.</source>
        <translation>Die Basis-URL darf keine Abfrage und kein Fragment haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the service account&apos;s client ID.</source>
        <translation>Geben Sie die Client-ID des Dienstkontos ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the API key&apos;s public key.</source>
        <translation>Geben Sie den öffentlichen Schlüssel des API-Schlüssels ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Geheimnis ein.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the private key.</source>
        <translation>Geben Sie den privaten Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>Saving the secret in the system keychain…</source>
        <translation>Geheimnis wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+27"/>
        <source>Saved. The secret is in the system keychain.</source>
        <translation>Gespeichert. Das Geheimnis liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Saved, but %1. The secret is kept in memory for this session only: Lifeboat forgets it when it quits and never writes it to disk. Retry the keychain once it is available.</source>
        <translation>Gespeichert, aber %1. Das Geheimnis wird nur für diese Sitzung im Arbeitsspeicher gehalten: Lifeboat vergisst es beim Beenden und schreibt es nie auf die Festplatte. Versuchen Sie den Schlüsselbund erneut, sobald er verfügbar ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Still not saved: %1. The secret stays in memory for this session only.</source>
        <translation>Weiterhin nicht gespeichert: %1. Das Geheimnis bleibt nur für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile &quot;%1&quot;? Its secret is deleted from the system keychain; the data Lifeboat cached for it stays until it is synced again.</source>
        <translation>Das Profil „%1“ entfernen? Sein Geheimnis wird aus dem Schlüsselbund des Systems gelöscht; die dafür zwischengespeicherten Daten bleiben, bis wieder synchronisiert wird.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Removed &quot;%1&quot;.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+7"/>
        <source>The connection works: the server answered and accepted the credentials.</source>
        <translation>Die Verbindung funktioniert: Der Server hat geantwortet und die Zugangsdaten angenommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection does not work: %1</source>
        <translation>Die Verbindung funktioniert nicht: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the secret…</source>
        <translation>Geheimnis wird gelesen…</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::DeleteSnapshotDialog</name>
    <message>
        <location filename="../ui/snapshots/snapshotactions.cpp" line="+38"/>
        <source>Delete snapshot %1</source>
        <translation>Snapshot %1 löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The snapshot taken %1 is deleted at once and cannot be restored from afterwards.</source>
        <translation>Der am %1 erstellte Snapshot wird sofort gelöscht; danach kann nicht mehr aus ihm wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The snapshot&apos;s id, typed to confirm</source>
        <translation>Die ID des Snapshots, zur Bestätigung eingegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the snapshot&apos;s id &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung die ID des Snapshots &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete snapshot</source>
        <translation>Snapshot &amp;löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+51"/>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+388"/>
        <source>Pick a cluster in the navigator.</source>
        <translation>Wählen Sie im Navigator einen Cluster.</translation>
    </message>
    <message>
        <location line="-377"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restores</source>
        <translation>Wiederherstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup Policy</source>
        <translation>Backup-Policy</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&lt;b&gt;Lifeboat is not connected.&lt;/b&gt;&lt;br&gt;Add a connection to MongoDB Atlas (an API key or a service account), or try Lifeboat on the bundled sandbox: a local, Atlas-compatible backup service with a demo estate.</source>
        <translation>&lt;b&gt;Lifeboat ist nicht verbunden.&lt;/b&gt;&lt;br&gt;Fügen Sie eine Verbindung zu MongoDB Atlas hinzu (ein API-Schlüssel oder ein Dienstkonto) oder probieren Sie Lifeboat mit der mitgelieferten Sandbox aus: einem lokalen, Atlas-kompatiblen Backup-Dienst mit Demodaten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start the sandbox</source>
        <translation>Sandbox starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a connection…</source>
        <translation>Verbindung hinzufügen…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch everything again from the server (F5)</source>
        <translation>Alles erneut vom Server holen (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restart the sandbox</source>
        <translation>Sandbox neu &amp;starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the bundled sandbox again and reconnect to it</source>
        <translation>Die mitgelieferte Sandbox erneut starten und wieder verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync &amp;automatically</source>
        <translation>&amp;Automatisch synchronisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Jede Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellung</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n restore(s) running</source>
        <translation>
            <numerusform>%n Wiederherstellung läuft</numerusform>
            <numerusform>%n Wiederherstellungen laufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Lifeboat</source>
        <translation>Über &amp;Lifeboat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Lifeboat</source>
        <translation>Über Lifeboat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Lifeboat&lt;/b&gt; %1&lt;br&gt;A desktop console for MongoDB Atlas cloud backups.</source>
        <translation>&lt;b&gt;Lifeboat&lt;/b&gt; %1&lt;br&gt;Eine Desktop-Konsole für Cloud-Backups von MongoDB Atlas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+131"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restart the sandbox</source>
        <translation>Sandbox neu starten</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird aufgebaut…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not authorized — showing what was seen before. %1</source>
        <translation>Nicht berechtigt — angezeigt wird der zuletzt gesehene Stand. %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot connect — showing what was seen before. %1</source>
        <translation>Keine Verbindung möglich — angezeigt wird der zuletzt gesehene Stand. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Syncing with %1…</source>
        <translation>Synchronisierung mit %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to show: the server refused the credentials. Check the profile in Connections.</source>
        <translation>Nichts anzuzeigen: Der Server hat die Zugangsdaten abgelehnt. Prüfen Sie das Profil unter Verbindungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to show: the server could not be reached.</source>
        <translation>Nichts anzuzeigen: Der Server war nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to show: the sandbox stopped. Restart it from the File menu.</source>
        <translation>Nichts anzuzeigen: Die Sandbox wurde beendet. Starten Sie sie über das Menü Datei neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to show: there is nothing to connect with. Check the profile in Connections.</source>
        <translation>Nichts anzuzeigen: Es fehlt, womit verbunden werden kann. Prüfen Sie das Profil unter Verbindungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no clusters this connection can see.</source>
        <translation>Diese Verbindung sieht keine Cluster.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Restores of every cluster</source>
        <translation>Wiederherstellungen aller Cluster</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>Last sync %1; the next in at most %n minute(s)</source>
        <translation>
            <numerusform>Letzte Synchronisierung %1; die nächste in höchstens %n Minute</numerusform>
            <numerusform>Letzte Synchronisierung %1; die nächste in höchstens %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync %1; automatic sync is off</source>
        <translation>Letzte Synchronisierung %1; die automatische Synchronisierung ist aus</translation>
    </message>
    <message>
        <location line="-340"/>
        <location line="+26"/>
        <source>%1 — Lifeboat</source>
        <translation>%1 — Lifeboat</translation>
    </message>
    <message>
        <location line="+258"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Online — %1</source>
        <translation>Online — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline — showing what was seen before. %1</source>
        <translation>Offline — angezeigt wird der zuletzt gesehene Stand. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync failed — %1</source>
        <translation>Synchronisierung fehlgeschlagen — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox stopped — showing what was seen before. Restart it to carry on.</source>
        <translation>Die Sandbox wurde beendet — angezeigt wird der zuletzt gesehene Stand. Starten Sie sie neu, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synced just now</source>
        <translation>Gerade eben synchronisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync %1 ago</source>
        <translation>Letzte Synchronisierung vor %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::NavigatorView</name>
    <message>
        <location filename="../ui/navigator/navigatorview.cpp" line="+115"/>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::PitTimeline</name>
    <message>
        <location filename="../ui/restore/pittimeline.cpp" line="+14"/>
        <source>Point-in-time window</source>
        <translation>Point-in-Time-Fenster</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restorable from %1 to %2</source>
        <translation>Wiederherstellbar von %1 bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>No point-in-time window</source>
        <translation>Kein Point-in-Time-Fenster</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::PolicyReviewDialog</name>
    <message>
        <location filename="../ui/policy/policyreviewdialog.cpp" line="+23"/>
        <source>%1 %2, keep %3</source>
        <translation>%1 %2, %3 behalten</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snapshot time (UTC)</source>
        <translation>Snapshot-Zeit (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore window (days)</source>
        <translation>Wiederherstellungsfenster (Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-export</source>
        <translation>Automatischer Export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 item</source>
        <translation>Eintrag (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy item</source>
        <translation>Policy-Eintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies to %1</source>
        <translation>Kopien nach %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review the backup policy of %1</source>
        <translation>Backup-Policy von %1 überprüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lifeboat read the schedule, the snapshots and the compliance policy again and checked the edit. Nothing has been sent yet.</source>
        <translation>Lifeboat hat den Zeitplan, die Snapshots und die Compliance Policy erneut gelesen und die Änderung geprüft. Noch wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing changes.</source>
        <translation>Nichts ändert sich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshots kept once the policy runs: %1 before, %2 after.</source>
        <translation>Behaltene Snapshots im laufenden Betrieb der Policy: %1 vorher, %2 nachher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their storage at today&apos;s snapshot size: %1 before, %2 after.</source>
        <translation>Ihr Speicher bei heutiger Snapshot-Größe: %1 vorher, %2 nachher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The oldest snapshot kept: %1 before, %2 after.</source>
        <translation>Der älteste behaltene Snapshot: %1 vorher, %2 nachher.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n existing snapshot(s) get a new expiry, the earliest %1 and the latest %2.</source>
        <translation>
            <numerusform>%n vorhandener Snapshot erhält ein neues Ablaufdatum, das früheste %1 und das späteste %2.</numerusform>
            <numerusform>%n vorhandene Snapshots erhalten ein neues Ablaufdatum, das früheste %1 und das späteste %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No existing snapshot&apos;s expiry moves: only new snapshots keep the new retention.</source>
        <translation>Kein Ablaufdatum eines vorhandenen Snapshots verschiebt sich: nur neue Snapshots behalten die neue Aufbewahrung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No existing snapshot&apos;s expiry moves.</source>
        <translation>Kein Ablaufdatum eines vorhandenen Snapshots verschiebt sich.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Snapshots of the %n removed item(s) stay until they expire.</source>
        <translation>
            <numerusform>Snapshots des %n entfernten Eintrags bleiben, bis sie ablaufen.</numerusform>
            <numerusform>Snapshots der %n entfernten Einträge bleiben, bis sie ablaufen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Refused:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Abgelehnt:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applying the change, then reading the schedule and the snapshots back…</source>
        <translation>Die Änderung wird angewendet, dann werden Zeitplan und Snapshots zurückgelesen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;What changes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was sich ändert&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;What it does to the snapshots&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was sie mit den Snapshots macht&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Not applied:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nicht angewendet:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Applied.&lt;/b&gt; The schedule read back is what was asked.</source>
        <translation>&lt;b&gt;Angewendet.&lt;/b&gt; Der zurückgelesene Zeitplan ist der verlangte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Applied, but the schedule read back differs from what was asked:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Angewendet, aber der zurückgelesene Zeitplan weicht vom verlangten ab:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: asked %2, Atlas has %3</source>
        <translation>%1: verlangt %2, Atlas hat %3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n moved expiry(ies) read back as the review said.</source>
        <translation>
            <numerusform>%1 von %n verschobenen Ablaufdatum wurde wie in der Überprüfung angekündigt zurückgelesen.</numerusform>
            <numerusform>%1 von %n verschobenen Ablaufdaten wurden wie in der Überprüfung angekündigt zurückgelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n snapshot(s) got a new expiry the review did not foresee.</source>
        <translation>
            <numerusform>%n Snapshot erhielt ein neues Ablaufdatum, das die Überprüfung nicht vorhersah.</numerusform>
            <numerusform>%n Snapshots erhielten ein neues Ablaufdatum, das die Überprüfung nicht vorhersah.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer was lost; reading the schedule again showed the change was made (it was not sent twice).</source>
        <translation>Die Antwort des Servers ging verloren; der erneut gelesene Zeitplan zeigte die Änderung (sie wurde nicht doppelt gesendet).</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreController</name>
    <message>
        <location filename="../ui/restore/restorecontroller.cpp" line="+33"/>
        <source>&amp;Restore snapshot…</source>
        <translation>Snapshot &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Point-in-time restore…</source>
        <translation>&amp;Point-in-Time-Wiederherstellung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Download snapshot…</source>
        <translation>Snapshot &amp;herunterladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore &amp;databases or collections…</source>
        <translation>&amp;Datenbanken oder Collections wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;All restores…</source>
        <translation>&amp;Alle Wiederherstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every restore job of the estate, with its status</source>
        <translation>Alle Wiederherstellungsaufträge des Bestands, mit ihrem Status</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Pick a cluster first.</source>
        <translation>Wählen Sie zuerst einen Cluster.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore a snapshot of %1 to a cluster</source>
        <translation>Einen Snapshot von %1 in einen Cluster wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected snapshot to a cluster</source>
        <translation>Den gewählten Snapshot in einen Cluster wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore %1 as it was at a moment you pick</source>
        <translation>%1 so wiederherstellen, wie er zu einem von Ihnen gewählten Zeitpunkt war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a snapshot of %1 as an archive</source>
        <translation>Einen Snapshot von %1 als Archiv herunterladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore chosen databases or collections of a snapshot of %1</source>
        <translation>Ausgewählte Datenbanken oder Collections aus einem Snapshot von %1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Restore %1 started: Lifeboat follows it.</source>
        <translation>Wiederherstellung %1 gestartet: Lifeboat verfolgt sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore onto %1 started: Lifeboat follows it.</source>
        <translation>Wiederherstellung in %1 gestartet: Lifeboat verfolgt sie.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Download of %1</source>
        <translation>Download von %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore onto %1</source>
        <translation>Wiederherstellung in %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore finished</source>
        <translation>Wiederherstellung abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore ended</source>
        <translation>Wiederherstellung beendet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreDestinationPage</name>
    <message>
        <location filename="../ui/restore/restoredestinationpage.cpp" line="+21"/>
        <source>Where to restore to</source>
        <translation>Wohin wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every cluster this connection sees, checked against the restore&apos;s rules. The target&apos;s data will be replaced.</source>
        <translation>Alle Cluster, die diese Verbindung sieht, geprüft anhand der Regeln für die Wiederherstellung. Die Daten des Ziels werden ersetzt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search: cluster, project, version, tier…</source>
        <translation>Suche: Cluster, Projekt, Version, Stufe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search target clusters</source>
        <translation>Zielcluster durchsuchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Target clusters</source>
        <translation>Zielcluster</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1 cannot be the target:&lt;/b&gt; %2 %3</source>
        <translation>&lt;b&gt;%1 kann nicht das Ziel sein:&lt;/b&gt; %2 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in project %2 is the target: everything on it is replaced.</source>
        <translation>%1 im Projekt %2 ist das Ziel: Alles darauf wird ersetzt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking %1 of %2…</source>
        <translation>%1 von %2 wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n cluster(s) can be the target</source>
        <translation>
            <numerusform>%1 von %n Cluster kann das Ziel sein</numerusform>
            <numerusform>%1 von %n Clustern können das Ziel sein</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestorePreflightPage</name>
    <message>
        <location filename="../ui/restore/restorepreflightpage.cpp" line="+21"/>
        <source>Pre-flight check</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifeboat reads the snapshot, the target and what runs on it from the server and checks every rule before anything is sent.</source>
        <translation>Lifeboat liest den Snapshot, das Ziel und was darauf läuft vom Server und prüft jede Regel, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pre-flight findings</source>
        <translation>Ergebnisse der Vorabprüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;The check could not be run:&lt;/b&gt; %1 Go Back and Next to try again.</source>
        <translation>&lt;b&gt;Die Prüfung konnte nicht ausgeführt werden:&lt;/b&gt; %1 Klicken Sie auf Zurück und dann auf Weiter, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking with the server…</source>
        <translation>Abgleich mit dem Server…</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>&lt;b&gt;Refused:&lt;/b&gt; %n rule(s) forbid this restore. Nothing was sent; change the source or the target.</source>
        <translation>
            <numerusform>&lt;b&gt;Abgelehnt:&lt;/b&gt; %n Regel verbietet diese Wiederherstellung. Nichts wurde gesendet; ändern Sie die Quelle oder das Ziel.</numerusform>
            <numerusform>&lt;b&gt;Abgelehnt:&lt;/b&gt; %n Regeln verbieten diese Wiederherstellung. Nichts wurde gesendet; ändern Sie die Quelle oder das Ziel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Allowed, with %n warning(s). Read them before you go on.</source>
        <translation>
            <numerusform>Zulässig, mit %n Warnung. Lesen Sie sie, bevor Sie fortfahren.</numerusform>
            <numerusform>Zulässig, mit %n Warnungen. Lesen Sie sie, bevor Sie fortfahren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed: every rule Lifeboat knows is met.</source>
        <translation>Zulässig: Jede Regel, die Lifeboat kennt, ist erfüllt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No rule stands in the way.</source>
        <translation>Keine Regel steht im Weg.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreProgressPage</name>
    <message>
        <location filename="../ui/restore/restoreprogresspage.cpp" line="+25"/>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this window: Lifeboat keeps following the restore (status bar, the Restores tab) and tells you when it ends.</source>
        <translation>Sie können dieses Fenster schließen: Lifeboat verfolgt die Wiederherstellung weiter (Statusleiste, Tab Wiederherstellungen) und meldet sich, wenn sie endet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Cancel the restore</source>
        <translation>Wiederherstellung &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Atlas accepted the restore (job %1). Waiting for it to start…</source>
        <translation>Atlas hat die Wiederherstellung angenommen (Auftrag %1). Warten auf den Start…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;The restore was not started:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Wiederherstellung wurde nicht gestartet:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel failed: %1</source>
        <translation>Abbruch fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking Atlas to cancel…</source>
        <translation>Atlas wird um Abbruch gebeten…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking once more and sending the restore…</source>
        <translation>Erneute Prüfung und Senden der Wiederherstellung…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Download (a one-time link, not kept by Lifeboat):&lt;br&gt;%1</source>
        <translation>Download (ein einmal verwendbarer Link, von Lifeboat nicht gespeichert):&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore finished</source>
        <translation>Wiederherstellung abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore ended</source>
        <translation>Wiederherstellung beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended at %1.</source>
        <translation>Beendet um %1.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreReviewPage</name>
    <message>
        <location filename="../ui/restore/restorereviewpage.cpp" line="+19"/>
        <source>Review and start</source>
        <translation>Prüfen und starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start restore</source>
        <translation>Wiederherstellung &amp;starten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Target cluster&apos;s name, typed to confirm</source>
        <translation>Name des Zielclusters, zur Bestätigung eingegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional: why, for Lifeboat&apos;s local audit log (e.g. ticket 4711)</source>
        <translation>Optional: der Grund, für das lokale Audit-Protokoll von Lifeboat (z. B. Ticket 4711)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the audit log</source>
        <translation>Grund für das Audit-Protokoll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That is not the target&apos;s name; Start stays off until it is.</source>
        <translation>Das ist nicht der Name des Ziels; „Wiederherstellung starten“ bleibt deaktiviert, bis er stimmt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>It should take about %1, judging by past restores of a similar size.</source>
        <translation>Nach bisherigen Wiederherstellungen ähnlicher Größe sollte es etwa %1 dauern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No past restore of a similar size is known, so there is no estimate of how long it takes.</source>
        <translation>Es ist keine bisherige Wiederherstellung ähnlicher Größe bekannt, daher gibt es keine Schätzung der Dauer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm that its data is replaced:</source>
        <translation>Geben Sie &lt;b&gt;%1&lt;/b&gt; ein, um zu bestätigen, dass seine Daten ersetzt werden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone. Read what happens, then type the target&apos;s name.</source>
        <translation>Dies lässt sich nicht rückgängig machen. Lesen Sie, was geschieht, und geben Sie dann den Namen des Ziels ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read what happens, then start.</source>
        <translation>Lesen Sie, was geschieht, und starten Sie dann.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreSourcePage</name>
    <message>
        <location filename="../ui/restore/restoresourcepage.cpp" line="+35"/>
        <source>What to restore</source>
        <translation>Was wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+261"/>
        <source>Pick the kind of restore and what it starts from.</source>
        <translation>Wählen Sie die Art der Wiederherstellung und ihren Ausgangspunkt.</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>&amp;Snapshot:</source>
        <translation>&amp;Snapshot:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n database(s) in the snapshot. Check what to restore, or type the names.</source>
        <translation>
            <numerusform>%n Datenbank im Snapshot. Wählen Sie aus, was wiederhergestellt wird, oder geben Sie die Namen ein.</numerusform>
            <numerusform>%n Datenbanken im Snapshot. Wählen Sie aus, was wiederhergestellt wird, oder geben Sie die Namen ein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The snapshot&apos;s databases could not be read: %1 Type the names instead.</source>
        <translation>Die Datenbanken des Snapshots ließen sich nicht lesen: %1 Geben Sie die Namen stattdessen ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moment to restore to</source>
        <translation>Zeitpunkt der Wiederherstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and &amp;time (UTC):</source>
        <translation>Datum und &amp;Uhrzeit (UTC):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Oplog timestamp:</source>
        <translation>&amp;oplog-Zeitstempel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moment to restore to, UTC</source>
        <translation>Zeitpunkt der Wiederherstellung, UTC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Oplog timestamp, seconds</source>
        <translation>oplog-Zeitstempel, Sekunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Oplog increment</source>
        <translation>oplog-Inkrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>increment </source>
        <translation>Inkrement </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Databases and collections</source>
        <translation>Datenbanken und Collections</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Databases and collections in the snapshot</source>
        <translation>Datenbanken und Collections im Snapshot</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>db or db.collection, separated by commas</source>
        <translation>db oder db.collection, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespaces to restore, typed</source>
        <translation>Wiederherzustellende Namespaces, eingegeben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>source=target, e.g. shop.orders=shop.orders_restored</source>
        <translation>Quelle=Ziel, z. B. shop.orders=shop.orders_restored</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>e.g. _restored</source>
        <translation>z. B. _restored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also &amp;restore:</source>
        <translation>Ebenfalls wiede&amp;rherstellen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write strategy:</source>
        <translation>Schreibstra&amp;tegie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indexes:</source>
        <translation>&amp;Indizes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;names:</source>
        <translation>Umbe&amp;nennungen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suffixes:</source>
        <translation>Suffixe:</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Atlas replays the oplog onto the snapshot before the moment you pick.</source>
        <translation>Atlas spielt das oplog auf den Snapshot vor dem gewählten Zeitpunkt nach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas prepares the snapshot as an archive to download; no cluster changes.</source>
        <translation>Atlas stellt den Snapshot als Archiv zum Herunterladen bereit; kein Cluster wird verändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the snapshot&apos;s databases and collections…</source>
        <translation>Datenbanken und Collections des Snapshots werden gelesen…</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreWizard</name>
    <message>
        <location filename="../ui/restore/restorewizard.cpp" line="+23"/>
        <source>Restore from %1</source>
        <translation>Wiederherstellung aus %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — fallback</source>
        <translation> — Fallback</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (Flex daily)</source>
        <translation>%1 (Flex, täglich)</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoresView</name>
    <message>
        <location filename="../ui/restore/restoresview.cpp" line="+32"/>
        <source>Restore jobs</source>
        <translation>Wiederherstellungsaufträge</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Filter: status, kind, cluster, snapshot…</source>
        <translation>Filter: Status, Art, Cluster, Snapshot…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter restores</source>
        <translation>Wiederherstellungen filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel restore</source>
        <translation>Wiederherstellung &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open download link</source>
        <translation>&amp;Download-Link öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Only a running restore can be cancelled.</source>
        <translation>Nur eine laufende Wiederherstellung lässt sich abbrechen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No valid download link for the selected row.</source>
        <translation>Kein gültiger Download-Link für die gewählte Zeile.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+1"/>
        <source>%n restore(s)</source>
        <translation>
            <numerusform>%n Wiederherstellung</numerusform>
            <numerusform>%n Wiederherstellungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SecretStore</name>
    <message>
        <location filename="../ui/settings/profiles.cpp" line="+41"/>
        <source>Sandbox (local)</source>
        <translation>Sandbox (lokal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas — API key</source>
        <translation>Atlas — API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atlas — service account</source>
        <translation>Atlas — Dienstkonto</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No secret is stored for this profile: edit it and enter the key again.</source>
        <translation>Für dieses Profil ist kein Geheimnis gespeichert: Bearbeiten Sie es und geben Sie den Schlüssel erneut ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain could not be read: %1</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the system keychain is not available (%1)</source>
        <translation>der Schlüsselbund des Systems ist nicht verfügbar (%1)</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SnapshotActionsController</name>
    <message>
        <location filename="../ui/snapshots/snapshotactions.cpp" line="+17"/>
        <source>Change e&amp;xpiry…</source>
        <translation>Ablaufdatum ä&amp;ndern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete snapshot…</source>
        <translation>Snapshot &amp;löschen…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Pick a cluster first.</source>
        <translation>Wählen Sie zuerst einen Cluster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atlas keeps a Flex cluster&apos;s snapshots on a fixed schedule.</source>
        <translation>Atlas behält die Snapshots eines Flex-Clusters nach einem festen Zeitplan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a snapshot first.</source>
        <translation>Wählen Sie zuerst einen Snapshot.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change when snapshot %1 expires</source>
        <translation>Ändern, wann Snapshot %1 abläuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete snapshot %1</source>
        <translation>Snapshot %1 löschen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Changing the expiry of snapshot %1…</source>
        <translation>Das Ablaufdatum von Snapshot %1 wird geändert…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deleting snapshot %1…</source>
        <translation>Snapshot %1 wird gelöscht…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Snapshot %1 was not changed: %2</source>
        <translation>Snapshot %1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot %1 was deleted.</source>
        <translation>Snapshot %1 wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot %1 now expires %2.</source>
        <translation>Snapshot %1 läuft jetzt ab: %2.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SnapshotDetails</name>
    <message>
        <location filename="../ui/snapshots/snapshotdetails.cpp" line="+21"/>
        <source>Snapshot details</source>
        <translation>Snapshot-Details</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a snapshot in the timeline or the table to see its details.</source>
        <translation>Wählen Sie in der Zeitleiste oder der Tabelle einen Snapshot, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MongoDB version</source>
        <translation>MongoDB-Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption key</source>
        <translation>Verschlüsselungsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy regions</source>
        <translation>Kopie-Regionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy items</source>
        <translation>Richtlinieneinträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shard members</source>
        <translation>Shard-Mitglieder</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+89"/>
        <source>Replica set</source>
        <translation>Replica Set</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Snapshot id</source>
        <translation>Snapshot-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1:</source>
        <comment>a label in the details</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 snapshot, %2</source>
        <translation>Snapshot (%1), %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>managed by Atlas</source>
        <translation>von Atlas verwaltet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily, kept by Atlas (the last 8)</source>
        <translation>täglich, von Atlas aufbewahrt (die letzten 8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flex cluster (automatic daily snapshot)</source>
        <translation>Flex-Cluster (automatischer täglicher Snapshot)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sharded cluster, %n member(s)</source>
        <translation>
            <numerusform>Sharded Cluster, %n Mitglied</numerusform>
            <numerusform>Sharded Cluster, %n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sharded cluster, %n member(s), %1</source>
        <translation>
            <numerusform>Sharded Cluster, %n Mitglied, %1</numerusform>
            <numerusform>Sharded Cluster, %n Mitglieder, %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replica set %1</source>
        <translation>Replica Set %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2</source>
        <comment>cluster on provider</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This snapshot failed: it holds no restorable data.</source>
        <translation>Dieser Snapshot ist fehlgeschlagen: Er enthält keine wiederherstellbaren Daten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fallback snapshot: it may be inconsistent, and it cannot be exported or used for a collection restore.</source>
        <translation>Fallback-Snapshot: Er kann inkonsistent sein und lässt sich weder exportieren noch für die Wiederherstellung einzelner Collections verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This snapshot is still being taken.</source>
        <translation>Dieser Snapshot wird noch erstellt.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SnapshotsPane</name>
    <message>
        <location filename="../ui/snapshots/snapshotspane.cpp" line="+35"/>
        <source>Snapshots table</source>
        <translation>Snapshot-Tabelle</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Filter: id, description, version, region…</source>
        <translation>Filter: ID, Beschreibung, Version, Region…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter snapshots</source>
        <translation>Snapshots filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued or in progress</source>
        <translation>Wartend oder laufend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type filter</source>
        <translation>Artfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>On-demand</source>
        <translation>Auf Anforderung</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frequency filter</source>
        <translation>Häufigkeitsfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All frequencies</source>
        <translation>Alle Häufigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Timeline span</source>
        <translation>Zeitraum der Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the timeline shows (wheel and +/- zoom, drag pans)</source>
        <translation>Was die Zeitleiste zeigt (Mausrad und +/- zoomen, Ziehen verschiebt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 2 days</source>
        <translation>Letzte 2 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%1 snapshot(s)</source>
        <comment>%1 is the number</comment>
        <translation>
            <numerusform>%1 Snapshot</numerusform>
            <numerusform>%1 Snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %2 snapshot(s)</source>
        <comment>%1 shown of %2 in all</comment>
        <translation>
            <numerusform>%1 von %2 Snapshot</numerusform>
            <numerusform>%1 von %2 Snapshots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::TakeSnapshotController</name>
    <message>
        <location filename="../ui/snapshots/takesnapshotdialog.cpp" line="+106"/>
        <source>Take snapshot &amp;now…</source>
        <translation>Snapshot &amp;jetzt erstellen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pick a cluster first.</source>
        <translation>Wählen Sie zuerst einen Cluster.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Take an on-demand snapshot of %1 now</source>
        <translation>Jetzt einen Snapshot auf Anforderung von %1 erstellen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Taking a snapshot of %1…</source>
        <translation>Snapshot von %1 wird erstellt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No snapshot of %1 was taken: %2</source>
        <translation>Es wurde kein Snapshot von %1 erstellt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atlas is taking a snapshot of %1 (%2).</source>
        <translation>Atlas erstellt einen Snapshot von %1 (%2).</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::TakeSnapshotDialog</name>
    <message>
        <location line="-152"/>
        <source>Take a snapshot of %1</source>
        <translation>Snapshot von %1 erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What it is for, e.g. before the schema change</source>
        <translation>Wofür er gedacht ist, z. B. vor der Schemaänderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention in days</source>
        <translation>Aufbewahrung in Tagen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep for:</source>
        <translation>&amp;Aufbewahren für:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Take snapshot</source>
        <translation>Snapshot &amp;erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Atlas takes an on-demand snapshot at once and keeps it for the days you choose.</source>
        <translation>Atlas erstellt sofort einen Snapshot auf Anforderung und bewahrt ihn so viele Tage auf, wie Sie wählen.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::TimelineWidget</name>
    <message>
        <location filename="../ui/timeline/timelinewidget.cpp" line="+34"/>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-demand</source>
        <translation>Auf Anforderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Snapshot timeline</source>
        <translation>Snapshot-Zeitleiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshots over time, one lane per frequency. Left and Right select the previous or next snapshot, Up and Down change lane, plus and minus zoom, Home and End go to the first and last.</source>
        <translation>Snapshots im Zeitverlauf, eine Spur pro Häufigkeit. Links und Rechts wählen den vorigen oder nächsten Snapshot, Auf und Ab wechseln die Spur, Plus und Minus zoomen, Pos1 und Ende springen zum ersten und letzten.</translation>
    </message>
    <message>
        <location line="+347"/>
        <source>No snapshots</source>
        <translation>Keine Snapshots</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Point-in-time window</source>
        <translation>Point-in-Time-Fenster</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Last expiry %1</source>
        <translation>Letzter Ablauf %1</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>%1 snapshot — %2</source>
        <translation>Snapshot (%1) — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry horizon: the last snapshot kept expires %1</source>
        <translation>Ablaufhorizont: Der letzte aufbewahrte Snapshot läuft %1 ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Point-in-time restore window
from %1
to %2</source>
        <translation>Fenster für Point-in-Time-Wiederherstellung
von %1
bis %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/lifeboat/main.cpp" line="+72"/>
        <source>Desktop console for MongoDB Atlas cloud backups.</source>
        <translation>Desktop-Konsole für Cloud-Backups von MongoDB Atlas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start and connect to the bundled lifeboat-sandbox.</source>
        <translation>Die mitgelieferte lifeboat-sandbox starten und verbinden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect with the saved profile NAME.</source>
        <translation>Mit dem gespeicherten Profil NAME verbinden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the language LANG (de, en) instead of the system&apos;s.</source>
        <translation>Die Sprache LANG (de, en) statt der des Systems verwenden.</translation>
    </message>
</context>
</TS>
