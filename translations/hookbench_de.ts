<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Theme</name>
    <message>
        <location filename="../ui/common/theme.cpp" line="+80"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
</context>
<context>
    <name>hb::ui::AboutDialog</name>
    <message>
        <location filename="../ui/common/aboutdialog.cpp" line="+23"/>
        <source>About Hookbench</source>
        <translation>Über Hookbench</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>see the project&apos;s README</source>
        <translation>siehe die README des Projekts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A local workbench for incoming webhooks.</source>
        <translation>Eine lokale Werkbank für eingehende Webhooks.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Copy details</source>
        <translation>Angaben &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>hb::ui::BatchPanel</name>
    <message>
        <location filename="../ui/sender/batchpanel.cpp" line="+28"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A .csv file with a header row, or a .jsonl file</source>
        <translation>Eine .csv-Datei mit Kopfzeile oder eine .jsonl-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows file</source>
        <translation>Zeilendatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body template</source>
        <translation>Inhaltsvorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The body of each request; {{column}} is filled from the row, for example {&quot;email&quot;: &quot;{{email}}&quot;, &quot;coins&quot;: {{coins}}}</source>
        <translation>Der Inhalt jeder Anfrage; {{column}} wird aus der Zeile gefüllt, zum Beispiel {&quot;email&quot;: &quot;{{email}}&quot;, &quot;coins&quot;: {{coins}}}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests in flight at once</source>
        <translation>Gleichzeitig laufende Anfragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests per second, 0 = no limit</source>
        <translation>Anfragen pro Sekunde, 0 = keine Begrenzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start no more requests; the ones in flight are still counted</source>
        <translation>Keine weiteren Anfragen starten; laufende werden noch gezählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Rows file</source>
        <translation>&amp;Zeilendatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Body &amp;template</source>
        <translation>Inhalts&amp;vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;oncurrency</source>
        <translation>&amp;Parallelität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests per second, 0 = no &amp;limit</source>
        <translation>Anfragen pro Sekunde, 0 = keine &amp;Begrenzung</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n row(s), columns: %1</source>
        <translation>
            <numerusform>%n Zeile, Spalten: %1</numerusform>
            <numerusform>%n Zeilen, Spalten: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the rows to send</source>
        <translation>Zu sendende Zeilen wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows (*.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Zeilen (*.csv *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write the body, with {{column}} where a row&apos;s value goes</source>
        <translation>Schreiben Sie den Inhalt, mit {{column}} dort, wo der Wert einer Zeile hingehört</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No placeholders: every row sends the same body</source>
        <translation>Keine Platzhalter: Jede Zeile sendet denselben Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, all in the file</source>
        <translation>%1, alle in der Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a webhook and URL on the Compose tab first</source>
        <translation>Wählen Sie zuerst im Tab „Verfassen“ einen Webhook und eine URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the rows file first</source>
        <translation>Korrigieren Sie zuerst die Zeilendatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a rows file</source>
        <translation>Wählen Sie eine Zeilendatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a body template</source>
        <translation>Schreiben Sie eine Inhaltsvorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the template first: %1</source>
        <translation>Korrigieren Sie zuerst die Vorlage: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling: waiting for the requests in flight</source>
        <translation>Wird abgebrochen: Warten auf die laufenden Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>hb::ui::BatchSummaryView</name>
    <message>
        <location filename="../ui/sender/batchsummaryview.cpp" line="+17"/>
        <source>Export summary…</source>
        <translation>Zusammenfassung exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export rows…</source>
        <translation>Zeilen exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch summary</source>
        <translation>Stapelzusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the counts and times as CSV</source>
        <translation>Anzahlen und Zeiten als CSV speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save each row&apos;s status, time, delivery id and error as CSV</source>
        <translation>Status, Zeit, Zustellungsnummer und Fehler jeder Zeile als CSV speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export batch summary</source>
        <translation>Stapelzusammenfassung exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export batch rows</source>
        <translation>Stapelzeilen exportieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled after %1 of %2 rows</source>
        <translation>Abgebrochen nach %1 von %2 Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent: %1 · errors: %2</source>
        <translation>Gesendet: %1 · Fehler: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No HTTP answer</source>
        <translation>Keine HTTP-Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statuses: %1</source>
        <translation>Statuscodes: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median %1 ms · 95th percentile %2 ms · %3 s in all</source>
        <translation>Median %1 ms · 95. Perzentil %2 ms · insgesamt %3 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First error, line %1: %2</source>
        <translation>Erster Fehler, Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No batch sent yet</source>
        <translation>Noch kein Stapel gesendet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>hb::ui::ChannelsView</name>
    <message>
        <location filename="../ui/community/channelsview.cpp" line="+55"/>
        <source>&lt;b&gt;#%1&lt;/b&gt; · 1 message</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; · 1 Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;#%1&lt;/b&gt; · %2 messages, newest first</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; · %2 Nachrichten, neueste zuerst</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Could not read the channels: %1</source>
        <translation>Die Kanäle konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No channels yet: a webhook&apos;s message creates its channel when it first posts.</source>
        <translation>Noch keine Kanäle: Ein Kanal entsteht, wenn ein Webhook zum ersten Mal eine Nachricht darin postet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No messages in #%1 yet.</source>
        <translation>Noch keine Nachrichten in #%1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not read older messages: %1</source>
        <translation>Ältere Nachrichten konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>hb::ui::CommunityPage</name>
    <message>
        <location filename="../ui/community/communitypage.cpp" line="+74"/>
        <source>&lt;b&gt;Community&lt;/b&gt; · users, balances and custom fields</source>
        <translation>&lt;b&gt;Community&lt;/b&gt; · Benutzer, Guthaben und eigene Felder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes made here, by serve or by the command line show up by themselves; this reads everything again now</source>
        <translation>Änderungen von hier, von serve oder von der Befehlszeile erscheinen von selbst; dies liest jetzt alles neu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+12"/>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Checking the file…</source>
        <translation>Die Datei wird geprüft…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Adding users…</source>
        <translation>Benutzer werden hinzugefügt…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Imported %n user(s).</source>
        <translation>
            <numerusform>Importierte Benutzer: %n.</numerusform>
            <numerusform>Importierte Benutzer: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import abgebrochen: Nichts wurde importiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (nothing was imported)</source>
        <translation>%1 (nichts wurde importiert)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading the community…</source>
        <translation>Die Community wird geladen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the community: %1</source>
        <translation>Die Community konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No users yet.</source>
        <translation>Noch keine Benutzer.</translation>
    </message>
</context>
<context>
    <name>hb::ui::ConditionsGroup</name>
    <message>
        <location filename="../ui/webhooks/conditionsgroup.cpp" line="+17"/>
        <source>Only when</source>
        <translation>Nur wenn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every request is handled. To handle only some, click &quot;+ Condition&quot;, then a payload node.</source>
        <translation>Jede Anfrage wird verarbeitet. Um nur manche zu verarbeiten, klicken Sie auf „+ Bedingung“ und dann auf einen Nutzdatenknoten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>+ Condition</source>
        <translation>+ Bedingung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then click the payload node the condition is about</source>
        <translation>Klicken Sie dann auf den Nutzdatenknoten, um den es in der Bedingung geht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
</context>
<context>
    <name>hb::ui::ConditionsModel</name>
    <message>
        <location filename="../ui/webhooks/conditionsmodel.cpp" line="+57"/>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text in quotes is text; one of takes a list: &quot;a&quot;, &quot;b&quot;</source>
        <translation>Text in Anführungszeichen ist Text; „eines von“ nimmt eine Liste: &quot;a&quot;, &quot;b&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when %1</source>
        <translation>Nur wenn %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change condition path</source>
        <translation>Bedingungspfad ändern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change condition operator</source>
        <translation>Bedingungsoperator ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change condition value</source>
        <translation>Bedingungswert ändern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>hb::ui::DeliveriesModel</name>
    <message>
        <location filename="../ui/deliveries/deliveriesmodel.cpp" line="+110"/>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sample for designing: changes nobody until applied</source>
        <translation>Beispiel zum Entwerfen: ändert niemanden, bis es angewendet wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pending for over an hour: is a processor running?</source>
        <translation>seit über einer Stunde ausstehend: Läuft eine Verarbeitung?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to be processed</source>
        <translation>wartet auf Verarbeitung</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>hb::ui::DeliveriesPage</name>
    <message>
        <location filename="../ui/deliveries/deliveriespage.cpp" line="+43"/>
        <location line="+266"/>
        <source>Refused requests…</source>
        <translation>Abgewiesene Anfragen…</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>&lt;b&gt;Deliveries&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zustellungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliveries that match the search, webhook and time, per status</source>
        <translation>Zustellungen, die zu Suche, Webhook und Zeitraum passen, nach Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests answered with an error before they were received (a wrong API key or signature, a disabled webhook, an unknown URL): no delivery shows them</source>
        <translation>Anfragen, die mit einem Fehler beantwortet wurden, bevor sie angenommen wurden (falscher API-Schlüssel oder falsche Signatur, deaktivierter Webhook, unbekannte URL): Keine Zustellung zeigt sie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+131"/>
        <source>Could not read the deliveries: %1</source>
        <translation>Die Zustellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Loading deliveries…</source>
        <translation>Zustellungen werden geladen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delivery counts unavailable: %1</source>
        <translation>Anzahl der Zustellungen nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused requests (%1)…</source>
        <translation>Abgewiesene Anfragen (%1)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 delivery</source>
        <translation>1 Zustellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 deliveries</source>
        <translation>%1 Zustellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 success · %3 failed · %4 pending</source>
        <translation>%1: %2 erfolgreich · %3 fehlgeschlagen · %4 ausstehend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · %1 skipped</source>
        <translation> · %1 übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · 1 sample</source>
        <translation> · 1 Beispiel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · %1 samples</source>
        <translation> · %1 Beispiele</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No deliveries match these filters: clear the search or widen them.</source>
        <translation>Keine Zustellung passt zu diesen Filtern: Leeren Sie die Suche oder erweitern Sie die Filter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No deliveries yet, but 1 request was refused before it could be received (a wrong key, signature or URL?): see &quot;Refused requests&quot;.</source>
        <translation>Noch keine Zustellungen, aber 1 Anfrage wurde abgewiesen, bevor sie angenommen werden konnte (falscher Schlüssel, falsche Signatur oder URL?): siehe „Abgewiesene Anfragen“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deliveries yet, but %1 requests were refused before they could be received (a wrong key, signature or URL?): see &quot;Refused requests&quot;.</source>
        <translation>Noch keine Zustellungen, aber %1 Anfragen wurden abgewiesen, bevor sie angenommen werden konnten (falscher Schlüssel, falsche Signatur oder URL?): siehe „Abgewiesene Anfragen“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No deliveries yet: they appear here as requests arrive at a webhook&apos;s URL.</source>
        <translation>Noch keine Zustellungen: Sie erscheinen hier, sobald Anfragen an der URL eines Webhooks ankommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No %1 deliveries.</source>
        <translation>Keine Zustellungen mit Status %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delivery %1 was not found.</source>
        <translation>Zustellung %1 wurde nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>hb::ui::DeliveryActions</name>
    <message>
        <location filename="../ui/deliveries/deliveryactions.cpp" line="+36"/>
        <source>Replay…</source>
        <translation>Erneut senden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>Im Sender öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send the selected delivery&apos;s request again, to its webhook&apos;s URL or another</source>
        <translation>Die Anfrage der gewählten Zustellung erneut senden, an die URL ihres Webhooks oder eine andere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy a curl command line that sends the selected delivery&apos;s request again, with its API key</source>
        <translation>Eine curl-Befehlszeile kopieren, die die Anfrage der gewählten Zustellung erneut sendet, mit ihrem API-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the selected deliveries, or every one the filter matches, as JSON, CSV or HAR</source>
        <translation>Die gewählten Zustellungen, oder alle, die zum Filter passen, als JSON, CSV oder HAR speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the Sender with the selected delivery&apos;s body, to change it and send it</source>
        <translation>Den Sender mit dem Inhalt der gewählten Zustellung öffnen, um ihn zu ändern und zu senden</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Could not read delivery %1: %2</source>
        <translation>Zustellung %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot copy delivery %1 as curl: %2.</source>
        <translation>Zustellung %1 kann nicht als curl kopiert werden: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied delivery %1 as a curl command to %2. It contains the API key (and signatures): paste it only where that is safe.</source>
        <translation>Zustellung %1 als curl-Befehl an %2 kopiert. Er enthält den API-Schlüssel (und Signaturen): Fügen Sie ihn nur ein, wo das sicher ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied delivery %1 as a curl command to %2.</source>
        <translation>Zustellung %1 als curl-Befehl an %2 kopiert.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported 1 delivery to %1.</source>
        <translation>1 Zustellung nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 deliveries to %2.</source>
        <translation>%1 Zustellungen nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export cancelled: nothing was written to %1.</source>
        <translation>Export abgebrochen: Nichts wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not export the deliveries: %1. Choose another file and try again.</source>
        <translation>Die Zustellungen konnten nicht exportiert werden: %1. Wählen Sie eine andere Datei und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>hb::ui::DeliveryAlerts</name>
    <message>
        <location filename="../ui/common/deliveryalerts.cpp" line="+36"/>
        <source>Delivery %1 failed</source>
        <translation>Zustellung %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n deliveries failed</source>
        <translation>Fehlgeschlagene Zustellungen: %n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest, %1 (%2): %3</source>
        <translation>Die neueste, %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%n deliveries waiting for over an hour</source>
        <translation>Seit über einer Stunde wartende Zustellungen: %n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery %1 is still Pending: is processing running?</source>
        <translation>Zustellung %1 ist noch ausstehend: Läuft die Verarbeitung?</translation>
    </message>
</context>
<context>
    <name>hb::ui::DeliveryDetailsView</name>
    <message>
        <location filename="../ui/deliveries/deliverydetailsview.cpp" line="+72"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Res&amp;ponse</source>
        <translation>A&amp;ntwort</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a delivery to see its status, why it failed, its request and what the catcher answered.</source>
        <translation>Wählen Sie eine Zustellung, um ihren Status, den Grund eines Fehlschlags, ihre Anfrage und die Antwort des Empfängers zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading delivery %1…</source>
        <translation>Zustellung %1 wird geladen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The catcher stored this request as delivery %1 and then answered:</source>
        <translation>Der Empfänger hat diese Anfrage als Zustellung %1 gespeichert und dann geantwortet:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer promises that the delivery is kept; it is processed after.</source>
        <translation>Die Antwort sichert zu, dass die Zustellung aufbewahrt wird; verarbeitet wird sie danach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catcher answers before processing, so the sender was not told that this delivery became %1.</source>
        <translation>Der Empfänger antwortet vor der Verarbeitung, daher erfuhr der Absender nicht, dass diese Zustellung %1 wurde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request had no webhook-id or idempotency-key header, so a repeat of it is stored and applied as a new delivery.</source>
        <translation>Die Anfrage hatte keinen webhook-id- oder idempotency-key-Header, daher wird eine Wiederholung als neue Zustellung gespeichert und angewendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request had the idempotency key &quot;%1&quot;: a repeat of it to this webhook is not stored or applied again, and is answered now:</source>
        <translation>Die Anfrage hatte den Idempotenzschlüssel „%1“: Eine Wiederholung an diesen Webhook wird nicht erneut gespeichert oder angewendet und jetzt so beantwortet:</translation>
    </message>
</context>
<context>
    <name>hb::ui::DeliveryExportDialog</name>
    <message>
        <location filename="../ui/deliveries/deliveryexportdialog.cpp" line="+47"/>
        <source>Include secrets (API key, signatures)</source>
        <translation>Geheimnisse einschließen (API-Schlüssel, Signaturen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export deliveries</source>
        <translation>Zustellungen exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (the deliveries as `delivery show` gives them)</source>
        <translation>JSON (die Zustellungen, wie `delivery show` sie ausgibt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (one row per delivery, for a spreadsheet)</source>
        <translation>CSV (eine Zeile je Zustellung, für eine Tabellenkalkulation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HAR 1.2 (each request and its answer, for HTTP tools)</source>
        <translation>HAR 1.2 (jede Anfrage mit ihrer Antwort, für HTTP-Werkzeuge)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left unticked, API keys and signatures are masked as `delivery show` masks them: the file can be shared, but its requests are refused if sent again</source>
        <translation>Nicht angehakt, werden API-Schlüssel und Signaturen maskiert wie bei `delivery show`: Die Datei kann weitergegeben werden, aber ihre Anfragen werden abgewiesen, wenn sie erneut gesendet werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The selected deliveries (%1 of the %2 selected have been read: scroll to them, or export what the filter matches)</source>
        <translation>Die gewählten Zustellungen (%1 der %2 gewählten wurden gelesen: Scrollen Sie zu ihnen oder exportieren Sie, was zum Filter passt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The selected delivery</source>
        <translation>Die gewählte Zustellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 selected deliveries</source>
        <translation>Die %1 gewählten Zustellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 1 delivery the filter matches</source>
        <translation>Die 1 Zustellung, die zum Filter passt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 deliveries the filter matches</source>
        <translation>Alle %1 Zustellungen, die zum Filter passen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Export deliveries to</source>
        <translation>Zustellungen exportieren nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1-Dateien (*.%2);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>hb::ui::DeliveryExportJob</name>
    <message>
        <location filename="../ui/deliveries/deliveryexportjob.cpp" line="+44"/>
        <source>Export deliveries</source>
        <translation>Zustellungen exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exported %1 of %2 deliveries…</source>
        <translation>%1 von %2 Zustellungen exportiert…</translation>
    </message>
</context>
<context>
    <name>hb::ui::DeliveryFilterBar</name>
    <message>
        <location filename="../ui/deliveries/deliveryfilterbar.cpp" line="+35"/>
        <source>Search user, reason or webhook, or #id (%1)</source>
        <translation>Benutzer, Grund oder Webhook suchen, oder #Nr. (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a user, a reason or a webhook&apos;s name; #123 or 123 finds delivery 123 only</source>
        <translation>Teil eines Benutzers, eines Grundes oder des Namens eines Webhooks; #123 oder 123 findet nur Zustellung 123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search deliveries</source>
        <translation>Zustellungen suchen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <source>All webhooks</source>
        <translation>Alle Webhooks</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>&amp;Received:</source>
        <translation>&amp;Empfangen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received from</source>
        <translation>Empfangen ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received until</source>
        <translation>Empfangen bis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The range starts after it ends (%1 is after %2): set &quot;from&quot; before &quot;to&quot;.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende (%1 liegt nach %2): Setzen Sie „ab“ vor „bis“.</translation>
    </message>
</context>
<context>
    <name>hb::ui::DeliveryOverviewTab</name>
    <message>
        <location filename="../ui/deliveries/deliveryoverviewtab.cpp" line="+61"/>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received:</source>
        <translation>Empfangen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processed:</source>
        <translation>Verarbeitet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+114"/>
        <source>&lt;b&gt;Why it failed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warum sie fehlschlug&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Change</source>
        <translation>Änderung</translation>
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
        <location line="+0"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 — stale: waiting for more than an hour; is the processor running?</source>
        <translation>%1 — veraltet: wartet seit über einer Stunde; läuft die Verarbeitung?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — stored, waiting to be processed</source>
        <translation>%1 — gespeichert, wartet auf Verarbeitung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;A sample, not applied&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ein Beispiel, nicht angewendet&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Why it was skipped&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warum sie übersprungen wurde&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply sample %1 under the webhook&apos;s current mapping: this changes users. You are shown who and what first.</source>
        <translation>Beispiel %1 mit der aktuellen Zuordnung des Webhooks anwenden: Das ändert Benutzer. Sie sehen vorher, wen und was.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply delivery %1 again under the webhook&apos;s current mapping, as &quot;hookbench delivery rerun %1&quot; does; every attempt is kept.</source>
        <translation>Zustellung %1 erneut mit der aktuellen Zuordnung des Webhooks anwenden, wie „hookbench delivery rerun %1“; jeder Versuch bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sample caught while the webhook was a draft: kept for designing, it has changed nobody.</source>
        <translation>Ein Beispiel, aufgefangen, als der Webhook ein Entwurf war: zum Entwerfen aufbewahrt, es hat niemanden geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to do: %1 Then press Re-run.</source>
        <translation>Was zu tun ist: %1 Dann „Erneut verarbeiten“ drücken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (removed since)</source>
        <translation>%1 (inzwischen entfernt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (received as &quot;%2&quot;)</source>
        <translation>%1 (empfangen als „%2“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— (not looked up yet)</source>
        <translation>— (noch nicht gesucht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— (a sample is not applied)</source>
        <translation>— (ein Beispiel wird nicht angewendet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— (no user found)</source>
        <translation>— (kein Benutzer gefunden)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— (not yet)</source>
        <translation>— (noch nicht)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attempt %1, %2: %3%4</source>
        <translation>Versuch %1, %2: %3%4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Changes applied: none (the mapping changes nothing)</source>
        <translation>Angewendete Änderungen: keine (die Zuordnung ändert nichts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes applied:</source>
        <translation>Angewendete Änderungen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes applied: none — a Failed delivery changes nothing.</source>
        <translation>Angewendete Änderungen: keine — eine fehlgeschlagene Zustellung ändert nichts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes applied: none yet.</source>
        <translation>Angewendete Änderungen: noch keine.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply sa&amp;mple…</source>
        <translation>Beispiel an&amp;wenden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-running…</source>
        <translation>Wird erneut verarbeitet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-r&amp;un</source>
        <translation>Erneut &amp;verarbeiten</translation>
    </message>
</context>
<context>
    <name>hb::ui::DeliveryReplayDialog</name>
    <message>
        <location filename="../ui/deliveries/deliveryreplaydialog.cpp" line="+40"/>
        <source>Another URL:</source>
        <translation>Andere URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give it a fresh id</source>
        <translation>Eine neue Kennung vergeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replay delivery %1</source>
        <translation>Zustellung %1 erneut senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+108"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Send %1 %2 again to</source>
        <translation>%1 %2 erneut senden an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The webhook&apos;s URL: %1</source>
        <translation>Die URL des Webhooks: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The webhook&apos;s URL (unknown: its webhook was removed)</source>
        <translation>Die URL des Webhooks (unbekannt: Der Webhook wurde entfernt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>http://host:port (the stored path is added) or a full URL</source>
        <translation>http://host:port (der gespeicherte Pfad wird angehängt) oder eine vollständige URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a fresh id the request keeps its webhook-id and idempotency-key, so the catcher answers it as a duplicate and stores nothing new. A fresh id (re-signed when the webhook signs) makes it a new delivery.</source>
        <translation>Ohne neue Kennung behält die Anfrage ihre webhook-id und ihren idempotency-key, der Empfänger beantwortet sie also als Duplikat und speichert nichts Neues. Eine neue Kennung (neu signiert, wenn der Webhook signiert) macht sie zu einer neuen Zustellung.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer body</source>
        <translation>Inhalt der Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer appears here.</source>
        <translation>Die Antwort erscheint hier.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+6"/>
        <source>Cannot send: %1.</source>
        <translation>Senden nicht möglich: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fresh id: %1</source>
        <translation>Neue Kennung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HTTP %1 %2 from %3 · %4 ms</source>
        <translation>HTTP %1 %2 von %3 · %4 ms</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show delivery %1 (answered as a duplicate of it)</source>
        <translation>Zustellung %1 zeigen (als deren Duplikat beantwortet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show delivery %1</source>
        <translation>Zustellung %1 zeigen</translation>
    </message>
</context>
<context>
    <name>hb::ui::DeliveryRequestTab</name>
    <message>
        <location filename="../ui/deliveries/deliveryrequesttab.cpp" line="+34"/>
        <source>%1: none (empty)</source>
        <translation>%1: keiner (leer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: JSON, %2 (shown indented)</source>
        <translation>%1: JSON, %2 (eingerückt gezeigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: text, %2</source>
        <translation>%1: Text, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: binary, %2 (hex preview of the first %3 bytes)</source>
        <translation>%1: binär, %2 (Hex-Vorschau der ersten %3 Bytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: binary, %2 (hex)</source>
        <translation>%1: binär, %2 (hex)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Reveal secrets</source>
        <translation>Geheimnisse zeigen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Show the API key and signature values as they were sent</source>
        <translation>API-Schlüssel und Signaturen so zeigen, wie sie gesendet wurden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide secrets</source>
        <translation>Geheimnisse verbergen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decrypted with the webhook&apos;s current key</source>
        <translation>Mit dem aktuellen Schlüssel des Webhooks entschlüsselt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not decrypted with the webhook&apos;s current key: %1</source>
        <translation>Mit dem aktuellen Schlüssel des Webhooks nicht entschlüsselt: %1</translation>
    </message>
</context>
<context>
    <name>hb::ui::DeliveryReruns</name>
    <message>
        <location filename="../ui/deliveries/deliveryreruns.cpp" line="+26"/>
        <source>Nothing would change.</source>
        <translation>Nichts würde sich ändern.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Apply sample %1 under the current mapping of &quot;%2&quot;?

User: %3
%4

These changes are real and kept in the user&apos;s history.</source>
        <translation>Beispiel %1 mit der aktuellen Zuordnung von „%2“ anwenden?

Benutzer: %3
%4

Diese Änderungen sind echt und bleiben im Verlauf des Benutzers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applying sample %1 now would end %2: %3

Apply it anyway (the attempt is kept)?</source>
        <translation>Beispiel %1 jetzt anzuwenden würde mit %2 enden: %3

Trotzdem anwenden (der Versuch bleibt erhalten)?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply sample %1</source>
        <translation>Beispiel %1 anwenden</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Sample %1: %2</source>
        <translation>Beispiel %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample %1 for %2:
%3</source>
        <translation>Beispiel %1 für %2:
%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample %1 would end %2: %3</source>
        <translation>Beispiel %1 würde mit %2 enden: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>…and %1 more samples.</source>
        <translation>…und %1 weitere Beispiele.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Apply %n sample(s)</source>
        <translation>
            <numerusform>Beispiele anwenden: %n</numerusform>
            <numerusform>Beispiele anwenden: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selection holds samples: applying them changes users for real.

%1</source>
        <translation>Die Auswahl enthält Beispiele: Sie anzuwenden ändert Benutzer tatsächlich.

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply samples too</source>
        <translation>Beispiele auch anwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-run the others only</source>
        <translation>Nur die anderen erneut verarbeiten</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nothing was re-run.</source>
        <translation>Nichts wurde erneut verarbeitet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delivery %1: %2</source>
        <translation>Zustellung %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 succeeded</source>
        <translation>%1 erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed again</source>
        <translation>%1 erneut fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be re-run (%2)</source>
        <translation>%1 konnten nicht erneut verarbeitet werden (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-ran 1 delivery: %1.</source>
        <translation>1 Zustellung erneut verarbeitet: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-ran %1 deliveries: %2.</source>
        <translation>%1 Zustellungen erneut verarbeitet: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n sample(s) left as they were.</source>
        <translation>
            <numerusform>Unverändert gelassene Beispiele: %n.</numerusform>
            <numerusform>Unverändert gelassene Beispiele: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not re-runnable (only Failed, Skipped and Sample deliveries are): %1.</source>
        <translation>Nicht erneut verarbeitbar (nur fehlgeschlagene, übersprungene und Beispiel-Zustellungen sind es): %1.</translation>
    </message>
</context>
<context>
    <name>hb::ui::DeliverySelection</name>
    <message>
        <location filename="../ui/deliveries/deliveryselection.cpp" line="+28"/>
        <source>succeeded</source>
        <translation>war erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>schlug fehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was skipped</source>
        <translation>wurde übersprungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ended %1</source>
        <translation>endete %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not work out what sample %1 would change: %2</source>
        <translation>Es ließ sich nicht ermitteln, was Beispiel %1 ändern würde: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+56"/>
        <source>Delivery %1 is gone.</source>
        <translation>Zustellung %1 ist nicht mehr da.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Could not read delivery %1: %2</source>
        <translation>Zustellung %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not re-run delivery %1: %2</source>
        <translation>Zustellung %1 konnte nicht erneut verarbeitet werden: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Delivery %1 %2 on re-run: now under %3</source>
        <translation>Zustellung %1 %2 beim erneuten Verarbeiten: jetzt unter %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 deliveries left this list on re-run. %2; …</source>
        <translation>%1 Zustellungen haben diese Liste beim erneuten Verarbeiten verlassen. %2; …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show delivery %1</source>
        <translation>Zustellung %1 zeigen</translation>
    </message>
</context>
<context>
    <name>hb::ui::DeliverySelectionBar</name>
    <message>
        <location filename="../ui/deliveries/deliveryselectionbar.cpp" line="+12"/>
        <location line="+28"/>
        <source>Re-run selected</source>
        <translation>Gewählte erneut verarbeiten</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Process the selected Failed, Skipped and Sample deliveries again under their webhook&apos;s current mapping (samples are applied only once you have seen what they change)</source>
        <translation>Die gewählten fehlgeschlagenen, übersprungenen und Beispiel-Zustellungen erneut mit der aktuellen Zuordnung ihres Webhooks verarbeiten (Beispiele werden erst angewendet, wenn Sie gesehen haben, was sie ändern)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select rows (Shift or Ctrl for several) to act on them</source>
        <translation>Zeilen auswählen (mehrere mit Umschalt oder Strg), um mit ihnen zu arbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 selected</source>
        <translation>1 gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 selected</source>
        <translation>%1 gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-running…</source>
        <translation>Wird erneut verarbeitet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-run selected (%1 of %2)</source>
        <translation>Gewählte erneut verarbeiten (%1 von %2)</translation>
    </message>
</context>
<context>
    <name>hb::ui::DraftBanner</name>
    <message>
        <location filename="../ui/webhooks/draftbanner.cpp" line="+17"/>
        <location line="+34"/>
        <source>Go live</source>
        <translation>Live schalten</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&lt;b&gt;Draft:&lt;/b&gt; requests are kept as samples and change nobody</source>
        <translation>&lt;b&gt;Entwurf:&lt;/b&gt; Anfragen werden als Beispiele aufbewahrt und ändern niemanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process this webhook&apos;s next requests: they change users</source>
        <translation>Die nächsten Anfragen dieses Webhooks verarbeiten: Sie ändern Benutzer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Going live…</source>
        <translation>Wird live geschaltet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved, and the mapping is complete: Go live to process its requests from now on.</source>
        <translation>Gespeichert, und die Zuordnung ist vollständig: Mit „Live schalten“ werden seine Anfragen ab jetzt verarbeitet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not live yet: %1</source>
        <translation>Noch nicht live: %1</translation>
    </message>
</context>
<context>
    <name>hb::ui::EngineWords</name>
    <message>
        <location filename="../ui/webhooks/enginewords.cpp" line="+9"/>
        <source>add</source>
        <translation>addieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subtract</source>
        <translation>subtrahieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overwrite</source>
        <translation>überschreiben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>XP</source>
        <translation>XP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>xp</source>
        <translation>XP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+52"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>equals</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not equals</source>
        <translation>ungleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of</source>
        <translation>eines von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>greater than</source>
        <translation>größer als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>less than</source>
        <translation>kleiner als</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>multiply</source>
        <translation>multiplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>divide</source>
        <translation>dividieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>round</source>
        <translation>runden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trim</source>
        <translation>trimmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lowercase</source>
        <translation>Kleinbuchstaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>map</source>
        <translation>zuordnen</translation>
    </message>
</context>
<context>
    <name>hb::ui::FieldDialog</name>
    <message>
        <location filename="../ui/community/fielddialog.cpp" line="+25"/>
        <source>Add a custom field</source>
        <translation>Eigenes Feld hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit amount</source>
        <translation>Einzahlungsbetrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower-case letters, digits, - and _; webhooks and CSV files name the field by it, and it never changes</source>
        <translation>Kleinbuchstaben, Ziffern, - und _; Webhooks und CSV-Dateien benennen das Feld damit, und er ändert sich nie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
</context>
<context>
    <name>hb::ui::FieldValueEditor</name>
    <message>
        <location filename="../ui/community/fieldvalueeditor.cpp" line="+18"/>
        <location line="+23"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a number, e.g. 22.5 (empty: not set)</source>
        <translation>eine Zahl, z. B. 22.5 (leer: nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2026-11-26 or 2026-11-26T16:45:00Z (empty: not set)</source>
        <translation>2026-11-26 oder 2026-11-26T16:45:00Z (leer: nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>hb::ui::FieldsModel</name>
    <message>
        <location filename="../ui/community/fieldsmodel.cpp" line="+76"/>
        <source>What webhooks, CSV files and the command line name the field by; it never changes</source>
        <translation>Der Name, unter dem Webhooks, CSV-Dateien und die Befehlszeile das Feld kennen; er ändert sich nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What people read; Rename… changes it</source>
        <translation>Was Menschen lesen; „Umbenennen…“ ändert ihn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number (exact decimal), text, date (ISO 8601) or boolean</source>
        <translation>number (exakte Dezimalzahl), text, date (ISO 8601) oder boolean</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many users have a value: Remove takes them with the field</source>
        <translation>Wie viele Benutzer einen Wert haben: „Entfernen“ entfernt sie mit dem Feld</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values stored</source>
        <translation>Gespeicherte Werte</translation>
    </message>
</context>
<context>
    <name>hb::ui::FieldsPanel</name>
    <message>
        <location filename="../ui/community/fieldspanel.cpp" line="+27"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+146"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>A new custom field for every user</source>
        <translation>Ein neues eigenes Feld für jeden Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the name people read; the key stays</source>
        <translation>Den Namen ändern, den Menschen lesen; der Schlüssel bleibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the field and every user&apos;s value of it</source>
        <translation>Das Feld und den Wert jedes Benutzers darin entfernen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Added the field %1 (%2).</source>
        <translation>Feld %1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename a field</source>
        <translation>Feld umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of %1 (the key stays):</source>
        <translation>Neuer Name von %1 (der Schlüssel bleibt):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Renamed %1 to &quot;%2&quot;.</source>
        <translation>%1 in „%2“ umbenannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not rename: %1</source>
        <translation>Umbenennen nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+27"/>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove the field %1 and the %n value(s) stored in it?</source>
        <translation>
            <numerusform>Das Feld %1 und den %n darin gespeicherten Wert entfernen?</numerusform>
            <numerusform>Das Feld %1 und die %n darin gespeicherten Werte entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhooks that write it will fail until it is added again. The field history keeps its past changes.</source>
        <translation>Webhooks, die es schreiben, schlagen fehl, bis es wieder hinzugefügt wird. Der Feldverlauf behält seine früheren Änderungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Removed the field %1 and %n value(s).</source>
        <translation>
            <numerusform>Feld %1 und %n Wert entfernt.</numerusform>
            <numerusform>Feld %1 und %n Werte entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hb::ui::ForEachBar</name>
    <message>
        <location filename="../ui/webhooks/foreachbar.cpp" line="+12"/>
        <source>Once per request</source>
        <translation>Einmal pro Anfrage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop handling each item: the paths become paths of the whole payload again (in its first item)</source>
        <translation>Nicht mehr jedes Element einzeln verarbeiten: Die Pfade werden wieder Pfade der gesamten Nutzdaten (in ihrem ersten Element)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>For each item of &lt;tt&gt;%1&lt;/tt&gt;: the user and the rows read inside one item; conditions and the message read the whole payload.</source>
        <translation>Für jedes Element von &lt;tt&gt;%1&lt;/tt&gt;: Benutzer und Zeilen lesen innerhalb eines Elements; Bedingungen und die Nachricht lesen die gesamten Nutzdaten.</translation>
    </message>
</context>
<context>
    <name>hb::ui::HelpWindow</name>
    <message>
        <location filename="../ui/common/helpwindow.cpp" line="+25"/>
        <source>Hookbench Help</source>
        <translation>Hookbench-Hilfe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The guide is missing from this build of Hookbench.</source>
        <translation>Diesem Build von Hookbench fehlt die Anleitung.</translation>
    </message>
</context>
<context>
    <name>hb::ui::MainWindow</name>
    <message>
        <location filename="../ui/common/mainwindow.cpp" line="+49"/>
        <source>Hookbench</source>
        <translation>Hookbench</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not listening yet</source>
        <translation>Noch nicht empfangsbereit</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The store cannot be opened</source>
        <translation>Der Datenspeicher lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

%2

Start Hookbench with --db PATH (or set HOOKBENCH_DB) to use another store.</source>
        <translation>%1

%2

Starten Sie Hookbench mit --db PFAD (oder setzen Sie HOOKBENCH_DB), um einen anderen Datenspeicher zu verwenden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not listening: the store cannot be opened</source>
        <translation>Nicht empfangsbereit: Der Datenspeicher lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Processing stopped: %1. Deliveries stay Pending and it is tried again.</source>
        <translation>Verarbeitung angehalten: %1. Zustellungen bleiben ausstehend, es wird erneut versucht.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Delivery %1&apos;s body is in the Sender: edit it, then Send.</source>
        <translation>Der Inhalt von Zustellung %1 steht im Sender: Bearbeiten Sie ihn, dann „Senden“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery %1 cannot be sent again: %2.</source>
        <translation>Zustellung %1 kann nicht erneut gesendet werden: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>delivery %1 is no longer stored</source>
        <translation>Zustellung %1 ist nicht mehr gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its body does not decrypt with the webhook&apos;s current key</source>
        <translation>ihr Inhalt lässt sich mit dem aktuellen Schlüssel des Webhooks nicht entschlüsseln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its body is binary, which the Sender cannot edit</source>
        <translation>ihr Inhalt ist binär, das kann der Sender nicht bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its webhook was removed</source>
        <translation>ihr Webhook wurde entfernt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import webhook…</source>
        <translation>Webhook &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export webhook…</source>
        <translation>Webhook &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hookbench &amp;Help</source>
        <translation>Hookbench-&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhooks page</source>
        <translation>Seite Webhooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries page</source>
        <translation>Seite Zustellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community page</source>
        <translation>Seite Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender page</source>
        <translation>Seite Sender</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;About Hookbench</source>
        <translation>Ü&amp;ber Hookbench</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the store cannot be opened</source>
        <translation>der Datenspeicher lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listening on %1</source>
        <translation>Empfangsbereit auf %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not listening: %1. Deliveries cannot arrive.</source>
        <translation>Nicht empfangsbereit: %1. Zustellungen können nicht ankommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use port %1…</source>
        <translation>Port %1 verwenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another port…</source>
        <translation>Anderen Port wählen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/deliveries/deliverieslisting.cpp" line="+120"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed in the last hour</source>
        <translation>
            <numerusform>%n fehlgeschlagen in der letzten Stunde</numerusform>
            <numerusform>%n fehlgeschlagen in der letzten Stunde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hb::ui::MappingPanel</name>
    <message>
        <location filename="../ui/webhooks/mappingpanel.cpp" line="+140"/>
        <source>Select a path (the user path, a row&apos;s path or the message text), then click a node in the payload.</source>
        <translation>Wählen Sie einen Pfad (den Benutzerpfad, den Pfad einer Zeile oder den Nachrichtentext) und klicken Sie dann auf einen Knoten in den Nutzdaten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clicking a payload node now sets: &lt;b&gt;the user path&lt;/b&gt;.</source>
        <translation>Ein Klick auf einen Nutzdatenknoten setzt jetzt: &lt;b&gt;den Benutzerpfad&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clicking a payload node now sets: &lt;b&gt;the path of row %1&lt;/b&gt;.</source>
        <translation>Ein Klick auf einen Nutzdatenknoten setzt jetzt: &lt;b&gt;den Pfad von Zeile %1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clicking a payload node now inserts: &lt;b&gt;a {{/pointer}} placeholder&lt;/b&gt; into the message text.</source>
        <translation>Ein Klick auf einen Nutzdatenknoten fügt jetzt ein: &lt;b&gt;einen {{/pointer}}-Platzhalter&lt;/b&gt; in den Nachrichtentext.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clicking a payload node now adds: &lt;b&gt;a condition on it&lt;/b&gt;.</source>
        <translation>Ein Klick auf einen Nutzdatenknoten fügt jetzt hinzu: &lt;b&gt;eine Bedingung dafür&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set user path</source>
        <translation>Benutzerpfad setzen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Insert placeholder</source>
        <translation>Platzhalter einfügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No user path yet: click the path box, then the payload node that holds the %1. Needed to go live.</source>
        <translation>Noch kein Benutzerpfad: Klicken Sie auf das Pfadfeld und dann auf den Nutzdatenknoten, der %1 enthält. Nötig zum Live-Schalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No user path: click the path box, then the payload node that holds the %1.</source>
        <translation>Kein Benutzerpfad: Klicken Sie auf das Pfadfeld und dann auf den Nutzdatenknoten, der %1 enthält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a JSON Pointer: it must start with &quot;/&quot;.</source>
        <translation>„%1“ ist kein JSON Pointer: Er muss mit „/“ beginnen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the channel the message goes to.</source>
        <translation>Geben Sie den Kanal an, in den die Nachricht geht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the message text; click payload nodes to insert their values.</source>
        <translation>Schreiben Sie den Nachrichtentext; klicken Sie auf Nutzdatenknoten, um ihre Werte einzufügen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placeholder {{%1}}: %2</source>
        <translation>Platzhalter {{%1}}: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stop updating user fields</source>
        <translation>Benutzerfelder nicht mehr aktualisieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop updating currency</source>
        <translation>Währung nicht mehr aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send a channel message</source>
        <translation>Eine Kanalnachricht senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop sending a message</source>
        <translation>Keine Nachricht mehr senden</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/mappingpanelgroups.cpp" line="+37"/>
        <source>Updates:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update custom user fields</source>
        <translation>Eigene Benutzerfelder aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coins/XP</source>
        <translation>Münzen/XP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the in-game currency: coins and XP</source>
        <translation>Die Spielwährung aktualisieren: Münzen und XP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post a message to a channel</source>
        <translation>Eine Nachricht in einem Kanal posten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Map to user</source>
        <translation>Benutzer zuordnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>click a field in the payload to map the user</source>
        <translation>auf ein Feld in den Nutzdaten klicken, um den Benutzer zuzuordnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at</source>
        <translation>unter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change user identifier</source>
        <translation>Benutzerkennung ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change user path</source>
        <translation>Benutzerpfad ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+ Field</source>
        <translation>+ Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a row that changes a custom user field</source>
        <translation>Eine Zeile hinzufügen, die ein eigenes Benutzerfeld ändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Coins/XP</source>
        <translation>+ Münzen/XP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Channel message</source>
        <translation>Kanalnachricht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{{/customer/name}} deposited {{/amount}}</source>
        <translation>{{/customer/name}} hat {{/amount}} eingezahlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change channel</source>
        <translation>Kanal ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change message text</source>
        <translation>Nachrichtentext ändern</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/mappingpanelscope.cpp" line="+77"/>
        <source>Add suggested mapping</source>
        <translation>Vorgeschlagene Zuordnung hinzufügen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Apply for each item</source>
        <translation>Für jedes Element anwenden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Handle once per request</source>
        <translation>Einmal pro Anfrage verarbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each item of %1 is handled on its own: click a node inside an item (under %1/0), not outside it.</source>
        <translation>Jedes Element von %1 wird einzeln verarbeitet: Klicken Sie auf einen Knoten innerhalb eines Elements (unter %1/0), nicht außerhalb.</translation>
    </message>
</context>
<context>
    <name>hb::ui::MappingRowDelegate</name>
    <message>
        <location filename="../ui/webhooks/mappingrowdelegate.cpp" line="+40"/>
        <source>New field…</source>
        <translation>Neues Feld…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>/json/pointer</source>
        <translation>/json/pointer</translation>
    </message>
</context>
<context>
    <name>hb::ui::MappingRowsModel</name>
    <message>
        <location filename="../ui/webhooks/mappingrowsmodel.cpp" line="+132"/>
        <source>Choose a field, or create one with &quot;New field…&quot;.</source>
        <translation>Wählen Sie ein Feld oder legen Sie eines mit „Neues Feld…“ an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field &quot;%1&quot; does not exist: choose another or create it.</source>
        <translation>Feld „%1“ existiert nicht: Wählen Sie ein anderes oder legen Sie es an.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(choose a field)</source>
        <translation>(Feld wählen)</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>No path yet: click a node in the payload, or drag one onto this row.</source>
        <translation>Noch kein Pfad: Klicken Sie auf einen Knoten in den Nutzdaten oder ziehen Sie einen auf diese Zeile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a JSON Pointer: it must start with &quot;/&quot;, like /customer/email.</source>
        <translation>„%1“ ist kein JSON Pointer: Er muss mit „/“ beginnen, wie /customer/email.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a JSON Pointer: write ~0 for ~ and ~1 for /.</source>
        <translation>„%1“ ist kein JSON Pointer: Schreiben Sie ~0 für ~ und ~1 für /.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>&quot;%1&quot; is not allowed for the %2 field &quot;%3&quot;: choose %4.</source>
        <translation>„%1“ ist für das Feld „%3“ (%2) nicht erlaubt: Wählen Sie %4.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(click a payload node)</source>
        <translation>(auf einen Nutzdatenknoten klicken)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as is</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This row is valid.</source>
        <translation>Diese Zeile ist gültig.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select this cell, then click a node in the payload; or drag a node here.</source>
        <translation>Wählen Sie diese Zelle und klicken Sie dann auf einen Knoten in den Nutzdaten, oder ziehen Sie einen Knoten hierher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to change how the value is transformed before it is applied.</source>
        <translation>Klicken, um zu ändern, wie der Wert vor dem Anwenden umgewandelt wird.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Change field</source>
        <translation>Feld ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change operator</source>
        <translation>Operator ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change path</source>
        <translation>Pfad ändern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add field mapping</source>
        <translation>Feldzuordnung hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add currency mapping</source>
        <translation>Währungszuordnung hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove mapping</source>
        <translation>Zuordnung entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Updates</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload path</source>
        <translation>Nutzdatenpfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transform</source>
        <translation>Umwandlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>hb::ui::MappingSuggestions</name>
    <message>
        <location filename="../ui/webhooks/mappingsuggestions.cpp" line="+89"/>
        <source>%1 (text read as a number)</source>
        <translation>%1 (Text als Zahl gelesen)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Map the user by email at %1</source>
        <translation>Benutzer per E-Mail unter %1 zuordnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Map the user by username at %1</source>
        <translation>Benutzer per Benutzername unter %1 zuordnen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: add %2</source>
        <translation>%1: %2 addieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 at %2 is text: read it as a number</source>
        <translation>%1 unter %2 ist Text: als Zahl lesen</translation>
    </message>
</context>
<context>
    <name>hb::ui::NegativeCasesModel</name>
    <message>
        <location filename="../ui/sender/negativecasesmodel.cpp" line="+75"/>
        <source>matches</source>
        <translation>stimmt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>hb::ui::NegativeCasesPanel</name>
    <message>
        <location filename="../ui/sender/negativecasespanel.cpp" line="+59"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a case to see what is sent and what came back.</source>
        <translation>Wählen Sie einen Fall, um zu sehen, was gesendet wurde und was zurückkam.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a webhook and a URL on the Compose tab first.</source>
        <translation>Wählen Sie zuerst im Tab „Verfassen“ einen Webhook und eine URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The webhook &quot;%1&quot; is disabled: the catcher answers 403 to every request, so no case would test anything. Enable it first.</source>
        <translation>Der Webhook „%1“ ist deaktiviert: Der Empfänger antwortet auf jede Anfrage mit 403, daher würde kein Fall etwas testen. Aktivieren Sie ihn zuerst.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Running %n negative case(s)…</source>
        <translation>
            <numerusform>%n Negativfall wird ausgeführt…</numerusform>
            <numerusform>%n Negativfälle werden ausgeführt…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cancelled after %1 of %2 cases.</source>
        <translation>Abgebrochen nach %1 von %2 Fällen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 as expected</source>
        <translation>%1 von %2 wie erwartet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n differ(s): %1</source>
        <translation>
            <numerusform>%n weicht ab: %1</numerusform>
            <numerusform>%n weichen ab: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Run %n negative case(s)</source>
        <translation>
            <numerusform>%n Negativfall ausführen</numerusform>
            <numerusform>%n Negativfälle ausführen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run negative cases</source>
        <translation>Negativfälle ausführen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual: %1</source>
        <translation>Tatsächlich: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: matches</source>
        <translation>Ergebnis: stimmt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result: differs</source>
        <translation>Ergebnis: weicht ab</translation>
    </message>
</context>
<context>
    <name>hb::ui::NewFieldDialog</name>
    <message>
        <location filename="../ui/webhooks/newfielddialog.cpp" line="+27"/>
        <source>New custom field</source>
        <translation>Neues eigenes Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit amount</source>
        <translation>Einzahlungsbetrag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create field now</source>
        <translation>Feld jetzt anlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The field is added to the community &lt;b&gt;now&lt;/b&gt;, for every user and every webhook. It stays even if you discard this webhook&apos;s changes (&lt;tt&gt;hookbench field remove KEY&lt;/tt&gt; removes it).</source>
        <translation>Das Feld wird der Community &lt;b&gt;jetzt&lt;/b&gt; hinzugefügt, für jeden Benutzer und jeden Webhook. Es bleibt, auch wenn Sie die Änderungen an diesem Webhook verwerfen (&lt;tt&gt;hookbench field remove SCHLÜSSEL&lt;/tt&gt; entfernt es).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(from the name)</source>
        <translation>(aus dem Namen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1. Use letters, digits, - or _.</source>
        <translation>%1. Verwenden Sie Buchstaben, Ziffern, - oder _.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating the field…</source>
        <translation>Feld wird angelegt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not create the field: %1</source>
        <translation>Das Feld konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>hb::ui::PayloadSnapshot</name>
    <message>
        <location filename="../ui/webhooks/payloadsnapshot.cpp" line="+49"/>
        <source>{1 member}</source>
        <translation>{1 Eintrag}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{%1 members}</source>
        <translation>{%1 Einträge}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[1 item]</source>
        <translation>[1 Element]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[%1 items]</source>
        <translation>[%1 Elemente]</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>null</source>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>hb::ui::PayloadTreeModel</name>
    <message>
        <location filename="../ui/webhooks/payloadtreemodel.cpp" line="+90"/>
        <source>%1
Click to use this path in the active mapping, or drag it onto a row.</source>
        <translation>%1
Klicken, um diesen Pfad in der aktiven Zuordnung zu verwenden, oder auf eine Zeile ziehen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON Pointer</source>
        <translation>JSON Pointer</translation>
    </message>
</context>
<context>
    <name>hb::ui::PreviewPanel</name>
    <message>
        <location filename="../ui/webhooks/previewpanel.cpp" line="+19"/>
        <source>&lt;b&gt;Preview on the sample&lt;/b&gt; (nothing is written)</source>
        <translation>&lt;b&gt;Vorschau am Beispiel&lt;/b&gt; (nichts wird geschrieben)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Would fail: %1</source>
        <translation>Würde fehlschlagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Would be skipped: %1</source>
        <translation>Würde übersprungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing would change for this request.</source>
        <translation>Für diese Anfrage würde sich nichts ändern.</translation>
    </message>
</context>
<context>
    <name>hb::ui::RefusedRequestsDialog</name>
    <message>
        <location filename="../ui/deliveries/refusedrequestsdialog.cpp" line="+32"/>
        <source>Refused requests</source>
        <translation>Abgewiesene Anfragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests the catcher answered with an error before receiving them: they are not deliveries and changed nothing. The newest %1 are kept.</source>
        <translation>Anfragen, die der Empfänger mit einem Fehler beantwortet hat, bevor er sie annahm: Sie sind keine Zustellungen und haben nichts geändert. Die neuesten %1 werden aufbewahrt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The refused request</source>
        <translation>Die abgewiesene Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a row to read the request as it arrived.</source>
        <translation>Wählen Sie eine Zeile, um die Anfrage so zu lesen, wie sie ankam.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Reveal secrets</source>
        <translation>Geheimnisse zeigen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Show the API key and signature values as they were sent</source>
        <translation>API-Schlüssel und Signaturen so zeigen, wie sie gesendet wurden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide secrets</source>
        <translation>Geheimnisse verbergen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the refused requests: %1</source>
        <translation>Die abgewiesenen Anfragen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No request has been refused.</source>
        <translation>Keine Anfrage wurde abgewiesen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No refused %1 for %2 since %3: the catcher may be another one than this window&apos;s.</source>
        <translation>Keine mit %1 abgewiesene Anfrage für %2 seit %3: Der Empfänger ist womöglich ein anderer als der dieses Fensters.</translation>
    </message>
</context>
<context>
    <name>hb::ui::RefusedRequestsModel</name>
    <message>
        <location filename="../ui/deliveries/refusedrequestsmodel.cpp" line="+35"/>
        <source>
(no body)</source>
        <translation>
(kein Inhalt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(a binary body; its first %1 bytes, in hex)</source>
        <translation>(ein binärer Inhalt; seine ersten %1 Bytes, hexadezimal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(a binary body of %1 bytes, in hex)</source>
        <translation>(ein binärer Inhalt von %1 Bytes, hexadezimal)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
… (only the first %1 bytes are kept)</source>
        <translation>
… (nur die ersten %1 Bytes werden aufbewahrt)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>— (unknown token)</source>
        <translation>— (unbekanntes Token)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>hb::ui::SamplePanel</name>
    <message>
        <location filename="../ui/webhooks/samplepanel.cpp" line="+44"/>
        <source>No sample yet.
Click Catch, then send a request to the URL above;
or Use latest to take the last request this webhook received.</source>
        <translation>Noch kein Beispiel.
Klicken Sie auf „Auffangen“ und senden Sie dann eine Anfrage an die URL oben;
oder übernehmen Sie mit „Neueste verwenden“ die letzte Anfrage, die dieser Webhook empfangen hat.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;Sample payload&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beispiel-Nutzdaten&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catch</source>
        <translation>Auffangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+240"/>
        <source>Wait for the next request to this webhook (Ctrl+K)</source>
        <translation>Auf die nächste Anfrage an diesen Webhook warten (Strg+K)</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Use latest</source>
        <translation>Neueste verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the latest request this webhook received</source>
        <translation>Die neueste Anfrage verwenden, die dieser Webhook empfangen hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop waiting for a request (Esc)</source>
        <translation>Nicht mehr auf eine Anfrage warten (Esc)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Wait for the next delivery</source>
        <translation>Auf die nächste Zustellung warten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raw body</source>
        <translation>Roher Inhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search keys, values and paths</source>
        <translation>Schlüssel, Werte und Pfade suchen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handle a request only when this node has a given value</source>
        <translation>Eine Anfrage nur verarbeiten, wenn dieser Knoten einen bestimmten Wert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Apply for each item</source>
        <translation>Für jedes Element anwenden</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Handle each item of this array as its own payload (its own user)</source>
        <translation>Jedes Element dieses Arrays als eigene Nutzdaten verarbeiten (mit eigenem Benutzer)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Handle each item of this array as its own payload</source>
        <translation>Jedes Element dieses Arrays als eigene Nutzdaten verarbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an array node to handle each of its items</source>
        <translation>Wählen Sie einen Array-Knoten, um jedes seiner Elemente zu verarbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add condition on this node</source>
        <translation>Bedingung für diesen Knoten hinzufügen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The caught request cannot be mapped: %1. See Raw body; fix the sender or the webhook&apos;s settings, then catch again.</source>
        <translation>Die aufgefangene Anfrage kann nicht zugeordnet werden: %1. Siehe „Roher Inhalt“; korrigieren Sie den Absender oder die Einstellungen des Webhooks und fangen Sie dann erneut auf.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This webhook is live: the next real delivery will be caught and processed as usual, changing its user. To try requests without changing anyone, use a draft webhook.</source>
        <translation>Dieser Webhook ist live: Die nächste echte Zustellung wird aufgefangen und wie üblich verarbeitet und ändert ihren Benutzer. Um Anfragen auszuprobieren, ohne jemanden zu ändern, verwenden Sie einen Webhook im Entwurf.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for the next request to
%1

Send one now; Cancel to stop waiting.</source>
        <translation>Warten auf die nächste Anfrage an
%1

Senden Sie jetzt eine; „Abbrechen“ beendet das Warten.</translation>
    </message>
</context>
<context>
    <name>hb::ui::SampleRequest</name>
    <message>
        <location filename="../ui/webhooks/samplerequest.cpp" line="+42"/>
        <source>This webhook expects encrypted bodies, but the request has no &quot;x-encrypted: true&quot; header.</source>
        <translation>Dieser Webhook erwartet verschlüsselte Inhalte, aber die Anfrage hat keinen Header „x-encrypted: true“.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>

— decrypted —
</source>
        <translation>

— entschlüsselt —
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · delivery %2 · received %3</source>
        <translation>%1 · Zustellung %2 · empfangen %3</translation>
    </message>
</context>
<context>
    <name>hb::ui::SavedRequestsBar</name>
    <message>
        <location filename="../ui/sender/savedrequestsbar.cpp" line="+13"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved requests of this webhook</source>
        <translation>Gespeicherte Anfragen dieses Webhooks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this request (method, URL, headers, body, what is applied) under a name, for this webhook</source>
        <translation>Diese Anfrage (Methode, URL, Header, Inhalt, was angewendet wird) unter einem Namen für diesen Webhook aufbewahren</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No saved requests</source>
        <translation>Keine gespeicherten Anfragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved requests…</source>
        <translation>Gespeicherte Anfragen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save request</source>
        <translation>Anfrage speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (a saved request of the same name is replaced):</source>
        <translation>Name (eine gespeicherte Anfrage gleichen Namens wird ersetzt):</translation>
    </message>
</context>
<context>
    <name>hb::ui::SenderAnswerView</name>
    <message>
        <location filename="../ui/sender/senderanswerview.cpp" line="+27"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Answer body</source>
        <translation>Inhalt der Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catcher&apos;s answer appears here.</source>
        <translation>Die Antwort des Empfängers erscheint hier.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Why %1? Show it in the refused requests</source>
        <translation>Warum %1? In den abgewiesenen Anfragen zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show delivery %1 in Deliveries</source>
        <translation>Zustellung %1 unter Zustellungen zeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>%1 · %2 ms</source>
        <translation>%1 · %2 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 um %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate not verified: %1</source>
        <translation>Zertifikat nicht geprüft: %1</translation>
    </message>
</context>
<context>
    <name>hb::ui::SenderBodyEditor</name>
    <message>
        <location filename="../ui/sender/senderbodyeditor.cpp" line="+32"/>
        <source>From sample</source>
        <translation>Aus Beispiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From file…</source>
        <translation>Aus Datei…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payload caught as this webhook&apos;s sample (or an example)</source>
        <translation>Die als Beispiel dieses Webhooks aufgefangenen Nutzdaten (oder ein Muster)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a file&apos;s content as the body</source>
        <translation>Den Inhalt einer Datei als Anfrageinhalt senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payload to send</source>
        <translation>Zu sendende Nutzdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form fields to send</source>
        <translation>Zu sendende Formularfelder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Content &amp;type</source>
        <translation>&amp;Inhaltstyp</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Send a file&apos;s content</source>
        <translation>Inhalt einer Datei senden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than 16 MiB: the Sender keeps its body in the editor; send it with curl instead.</source>
        <translation>%1 ist größer als 16 MiB: Der Sender hält den Inhalt im Editor; senden Sie die Datei stattdessen mit curl.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not UTF-8 text: the Sender edits text bodies only.</source>
        <translation>%1 ist kein UTF-8-Text: Der Sender bearbeitet nur Textinhalte.</translation>
    </message>
</context>
<context>
    <name>hb::ui::SenderFormModel</name>
    <message>
        <location filename="../ui/sender/senderformmodel.cpp" line="+105"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>hb::ui::SenderHeadersModel</name>
    <message>
        <location filename="../ui/sender/senderheadersmodel.cpp" line="+117"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out</source>
        <translation>weggelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overridden</source>
        <translation>überschrieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Untick to leave this header out of the request</source>
        <translation>Abwählen, um diesen Header nicht mitzusenden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Made by the webhook&apos;s settings when sent; type a value to send that instead</source>
        <translation>Wird beim Senden aus den Einstellungen des Webhooks erzeugt; geben Sie einen Wert ein, um stattdessen diesen zu senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent as typed</source>
        <translation>Wird wie eingegeben gesendet</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>hb::ui::SenderHistory</name>
    <message>
        <location filename="../ui/sender/senderhistory.cpp" line="+16"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last sends</source>
        <translation>Letzte Sendungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
</context>
<context>
    <name>hb::ui::SenderPage</name>
    <message>
        <location filename="../ui/sender/senderpage.cpp" line="+63"/>
        <source>&lt;b&gt;Sender&lt;/b&gt; · send requests to a webhook as its sender would: one, a batch, or every wrong one</source>
        <translation>&lt;b&gt;Sender&lt;/b&gt; · Anfragen an einen Webhook senden wie sein Absender: einzeln, als Stapel oder in jeder fehlerhaften Variante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Compose</source>
        <translation>&amp;Verfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Batch</source>
        <translation>&amp;Stapel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Negative cases</source>
        <translation>&amp;Negativfälle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last sends</source>
        <translation>Letzte Sendungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>untick &quot;%1&quot;</source>
        <translation>„%1“ abwählen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Could not read the webhooks: %1</source>
        <translation>Die Webhooks konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (damaged)</source>
        <translation>%1 (beschädigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (disabled: the catcher answers 403)</source>
        <translation>%1 (deaktiviert: Der Empfänger antwortet 403)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No webhooks yet: create one on the Webhooks page (Ctrl+1), or hookbench webhook import FILE.json.</source>
        <translation>Noch keine Webhooks: Legen Sie einen auf der Seite Webhooks an (Strg+1) oder mit hookbench webhook import DATEI.json.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Not an http:// or https:// URL: type one, or click &quot;Use the app&apos;s catcher&quot;.</source>
        <translation>Keine http://- oder https://-URL: Geben Sie eine ein oder klicken Sie auf „Empfänger der App verwenden“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another catcher than this window&apos;s.</source>
        <translation>Ein anderer Empfänger als der dieses Fensters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This window&apos;s catcher is not listening (see the status bar): start it, or send to another catcher.</source>
        <translation>Der Empfänger dieses Fensters ist nicht empfangsbereit (siehe Statusleiste): Starten Sie ihn oder senden Sie an einen anderen Empfänger.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n form field(s), sent as %1 byte(s)</source>
        <translation>
            <numerusform>%n Formularfeld, gesendet als %1 Bytes</numerusform>
            <numerusform>%n Formularfelder, gesendet als %1 Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sender/senderpagesend.cpp" line="+127"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (not kept in the history: %2)</source>
        <translation>%1 (nicht im Verlauf aufbewahrt: %2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not read the history of sends: %1</source>
        <translation>Der Verlauf der Sendungen konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/sender/senderpagesaved.cpp" line="+51"/>
        <source>Could not save the request: %1</source>
        <translation>Die Anfrage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as &quot;%1&quot;.</source>
        <translation>Gespeichert als „%1“.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not read the saved requests: %1</source>
        <translation>Die gespeicherten Anfragen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opened &quot;%1&quot;.</source>
        <translation>„%1“ geöffnet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not delete &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>hb::ui::SenderPayloadCheck</name>
    <message>
        <location filename="../ui/sender/senderpayloadcheck.cpp" line="+15"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Sent as it is (%n byte(s)); only JSON is checked here.</source>
        <translation>
            <numerusform>Wird unverändert gesendet (%n Byte); geprüft wird hier nur JSON.</numerusform>
            <numerusform>Wird unverändert gesendet (%n Byte); geprüft wird hier nur JSON.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not valid JSON at %1: %2. Fix it, or choose a non-JSON content type to send it as it is.</source>
        <translation>Kein gültiges JSON bei %1: %2. Korrigieren Sie es oder wählen Sie einen anderen Inhaltstyp als JSON, um es unverändert zu senden.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Valid JSON · %n byte(s)</source>
        <translation>
            <numerusform>Gültiges JSON · %n Byte</numerusform>
            <numerusform>Gültiges JSON · %n Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hb::ui::SenderRequestForm</name>
    <message>
        <location filename="../ui/sender/senderrequestform.cpp" line="+34"/>
        <source>Use the app&apos;s catcher</source>
        <translation>Empfänger der App verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify certificate</source>
        <translation>Zertifikat prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catcher takes POST, PUT, PATCH and GET; others get 405</source>
        <translation>Der Empfänger nimmt POST, PUT, PATCH und GET an; andere erhalten 405</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to this webhook&apos;s URL on the catcher of this window</source>
        <translation>An die URL dieses Webhooks beim Empfänger dieses Fensters senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untick to send to a catcher with a self-signed test certificate (serve --tls-cert); the answer then says what was not verified.</source>
        <translation>Abwählen, um an einen Empfänger mit selbst signiertem Testzertifikat zu senden (serve --tls-cert); die Antwort sagt dann, was nicht geprüft wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Headers to send</source>
        <translation>Zu sendende Header</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up when the catcher sends nothing for this long</source>
        <translation>Aufgeben, wenn der Empfänger so lange nichts sendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop waiting for the answer (the catcher may still have received the request)</source>
        <translation>Nicht mehr auf die Antwort warten (der Empfänger hat die Anfrage womöglich trotzdem erhalten)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>T&amp;imeout</source>
        <translation>&amp;Zeitlimit</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>true (body: AES-256-%1 envelope)</source>
        <translation>true (Inhalt: AES-256-%1-Umschlag)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(new for each send)</source>
        <translation>(bei jedem Senden neu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the time of sending)</source>
        <translation>(der Zeitpunkt des Sendens)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(computed over the body sent)</source>
        <translation>(über den gesendeten Inhalt berechnet)</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Die Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applies</source>
        <translation>Wirkt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Sends the webhook&apos;s key in x-api-key. Untick to see the catcher answer 401.</source>
        <translation>Sendet den Schlüssel des Webhooks in x-api-key. Abwählen, um den Empfänger 401 antworten zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This webhook asks for no API key.</source>
        <translation>Dieser Webhook verlangt keinen API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypts the payload with the webhook&apos;s key and sends x-encrypted: true. Untick to see the delivery fail.</source>
        <translation>Verschlüsselt die Nutzdaten mit dem Schlüssel des Webhooks und sendet x-encrypted: true. Abwählen, um die Zustellung fehlschlagen zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This webhook takes plain bodies.</source>
        <translation>Dieser Webhook nimmt unverschlüsselte Inhalte an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs the body (webhook-id, webhook-timestamp, webhook-signature). Untick to see the catcher answer 401.</source>
        <translation>Signiert den Inhalt (webhook-id, webhook-timestamp, webhook-signature). Abwählen, um den Empfänger 401 antworten zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This webhook asks for no signature.</source>
        <translation>Dieser Webhook verlangt keine Signatur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encryption (%1)</source>
        <translation>Verschlüsselung (%1)</translation>
    </message>
</context>
<context>
    <name>hb::ui::SetValueDialog</name>
    <message>
        <location filename="../ui/community/setvaluedialog.cpp" line="+27"/>
        <source>Set a value of %1</source>
        <translation>Einen Wert von %1 setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XP</source>
        <translation>XP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in the field history with source &quot;manual&quot;; an empty value clears the field.</source>
        <translation>Wird im Feldverlauf mit der Quelle „manual“ aufbewahrt; ein leerer Wert leert das Feld.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>hb::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/common/settingsdialog.cpp" line="+41"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To use another store, start Hookbench with &lt;tt&gt;--db PATH&lt;/tt&gt; (a file, or a &lt;tt&gt;postgresql://&lt;/tt&gt; URL) or set the environment variable &lt;tt&gt;HOOKBENCH_DB&lt;/tt&gt;.</source>
        <translation>Um einen anderen Datenspeicher zu verwenden, starten Sie Hookbench mit &lt;tt&gt;--db PFAD&lt;/tt&gt; (eine Datei oder eine &lt;tt&gt;postgresql://&lt;/tt&gt;-URL) oder setzen Sie die Umgebungsvariable &lt;tt&gt;HOOKBENCH_DB&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catcher</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listen on &amp;address</source>
        <translation>Auf &amp;Adresse empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Local time (%1)</source>
        <translation>Lo&amp;kale Zeit (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Notify from the system tray while the window is hidden</source>
        <translation>Im Infobereich be&amp;nachrichtigen, solange das Fenster verborgen ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tray icon says when deliveries fail or stay Pending for over an hour; clicking the message opens the delivery.</source>
        <translation>Ein Symbol im Infobereich meldet, wenn Zustellungen fehlschlagen oder über eine Stunde ausstehend bleiben; ein Klick auf die Meldung öffnet die Zustellung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desktop shows no system tray right now.</source>
        <translation>Diese Arbeitsumgebung zeigt gerade keinen Infobereich an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;%1&quot; is not an IP address: use 127.0.0.1 for this machine only.</source>
        <translation>„%1“ ist keine IP-Adresse: Verwenden Sie 127.0.0.1, um nur auf diesem Rechner zu empfangen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other machines that can reach %1 will be able to send requests.</source>
        <translation>Andere Rechner, die %1 erreichen, können dann Anfragen senden.</translation>
    </message>
</context>
<context>
    <name>hb::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/common/shortcutsdialog.cpp" line="+58"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page shortcut</source>
        <translation>Kürzel der Seite</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>hb::ui::StatusIcons</name>
    <message>
        <location filename="../ui/common/statusicons.cpp" line="+100"/>
        <location line="+25"/>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+25"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
</context>
<context>
    <name>hb::ui::SuggestionBar</name>
    <message>
        <location filename="../ui/webhooks/suggestionbar.cpp" line="+13"/>
        <source>Suggested from the sample</source>
        <translation>Aus dem Beispiel vorgeschlagen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this to the mapping (Ctrl+Z takes it back)</source>
        <translation>Dies zur Zuordnung hinzufügen (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not suggest this again for this webhook</source>
        <translation>Dies für diesen Webhook nicht mehr vorschlagen</translation>
    </message>
</context>
<context>
    <name>hb::ui::TransformPane</name>
    <message>
        <location filename="../ui/webhooks/transformpane.cpp" line="+107"/>
        <source>+ Step</source>
        <translation>+ Schritt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move the selected step up</source>
        <translation>Den gewählten Schritt nach oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move step up</source>
        <translation>Schritt nach oben verschieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the selected step down</source>
        <translation>Den gewählten Schritt nach unten verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move step down</source>
        <translation>Schritt nach unten verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected step</source>
        <translation>Den gewählten Schritt entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the transform chain (a row&apos;s Transform cell opens it)</source>
        <translation>Die Umwandlungskette schließen (die Zelle „Umwandlung“ einer Zeile öffnet sie)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used when the path is missing or null in a request</source>
        <translation>Wird verwendet, wenn der Pfad in einer Anfrage fehlt oder null ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change transform step</source>
        <translation>Umwandlungsschritt ändern</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Add transform step</source>
        <translation>Umwandlungsschritt hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move transform step</source>
        <translation>Umwandlungsschritt verschieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove transform step</source>
        <translation>Umwandlungsschritt entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change default</source>
        <translation>Standardwert ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transform</source>
        <translation>Umwandlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a mapping row to transform its value.</source>
        <translation>Wählen Sie eine Zuordnungszeile, um ihren Wert umzuwandeln.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transform of row %1 (%2)</source>
        <translation>Umwandlung von Zeile %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sample value: %1</source>
        <translation>Beispielwert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sample has no value at this path.</source>
        <translation>Das Beispiel hat unter diesem Pfad keinen Wert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
</context>
<context>
    <name>hb::ui::TransformStepEditor</name>
    <message>
        <location filename="../ui/webhooks/transformstepeditor.cpp" line="+54"/>
        <source>0.01</source>
        <translation>0.01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> decimal places</source>
        <translation> Nachkommastellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Auf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>g=gold, s=silver</source>
        <translation>g=Gold, s=Silber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Else</source>
        <translation>Sonst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without else, a value not in the table fails the delivery</source>
        <translation>Ohne „Sonst“ lässt ein Wert, der nicht in der Tabelle steht, die Zustellung fehlschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;unix&quot; for seconds since 1970, else a Qt date format</source>
        <translation>„unix“ für Sekunden seit 1970, sonst ein Qt-Datumsformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a step to change its settings.</source>
        <translation>Wählen Sie einen Schritt, um seine Einstellungen zu ändern.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; has no settings.</source>
        <translation>„%1“ hat keine Einstellungen.</translation>
    </message>
</context>
<context>
    <name>hb::ui::TransformStepsModel</name>
    <message>
        <location filename="../ui/webhooks/transformstepsmodel.cpp" line="+63"/>
        <source>No value at this path in the sample.</source>
        <translation>Kein Wert unter diesem Pfad im Beispiel.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1   → %2</source>
        <translation>%1   → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1   ✗ cannot apply</source>
        <translation>%1   ✗ nicht anwendbar</translation>
    </message>
</context>
<context>
    <name>hb::ui::TransformText</name>
    <message>
        <location filename="../ui/webhooks/transformtext.cpp" line="+24"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>÷ %1</source>
        <translation>÷ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>round %1</source>
        <translation>runden auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trim</source>
        <translation>trimmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lowercase</source>
        <translation>Kleinbuchstaben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>map {%1} else %2</source>
        <translation>zuordnen {%1} sonst %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map {%1}</source>
        <translation>zuordnen {%1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date from unix</source>
        <translation>Datum aus unix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date %1</source>
        <translation>Datum %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>default %1</source>
        <translation>Standardwert %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>hb::ui::TrayNotifier</name>
    <message>
        <location filename="../ui/common/traynotifier.cpp" line="+62"/>
        <source>Hookbench</source>
        <translation>Hookbench</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show Hookbench</source>
        <translation>Hookbench anzeigen</translation>
    </message>
</context>
<context>
    <name>hb::ui::UserDialog</name>
    <message>
        <location filename="../ui/community/userdialog.cpp" line="+38"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name</source>
        <translation>&amp;Anzeigename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alice@example.com</source>
        <translation>alice@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alice (no @)</source>
        <translation>alice (ohne @)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2); empty: not set</source>
        <translation>%1 (%2); leer: nicht gesetzt</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>hb::ui::UserView</name>
    <message>
        <location filename="../ui/community/userview.cpp" line="+35"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+14"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+102"/>
        <source>No custom fields yet.</source>
        <translation>Noch keine eigenen Felder.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>No field changes yet.</source>
        <translation>Noch keine Feldänderungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No coins or XP changes yet.</source>
        <translation>Noch keine Änderungen an Münzen oder XP.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No messages about this user yet.</source>
        <translation>Noch keine Nachrichten über diesen Benutzer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No deliveries for this user yet.</source>
        <translation>Noch keine Zustellungen für diesen Benutzer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field history</source>
        <translation>Feldverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coins &amp;&amp; XP</source>
        <translation>Münzen &amp;&amp; XP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This user no longer exists: removed since.</source>
        <translation>Dieser Benutzer existiert nicht mehr: inzwischen entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read this user: %1</source>
        <translation>Dieser Benutzer konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · username %2</source>
        <translation>%1 · Benutzername %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coins &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; XP &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Münzen &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; XP &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coins %1, XP %2</source>
        <translation>Münzen %1, XP %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Could not read older rows: %1</source>
        <translation>Ältere Zeilen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>hb::ui::UserViewRows</name>
    <message>
        <location filename="../ui/community/userviewrows.cpp" line="+53"/>
        <source>Open delivery %1 on the Deliveries page</source>
        <translation>Zustellung %1 auf der Seite Zustellungen öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set by hand (the window or hookbench user set)</source>
        <translation>Von Hand gesetzt (im Fenster oder mit hookbench user set)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+66"/>
        <source>unset</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XP</source>
        <translation>XP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Old → new</source>
        <translation>Alt → neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+10"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No value yet</source>
        <translation>Noch kein Wert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A field removed since</source>
        <translation>Ein inzwischen entferntes Feld</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sample for designing: changes nobody until applied</source>
        <translation>Beispiel zum Entwerfen: ändert niemanden, bis es angewendet wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pending for over an hour: is a processor running?</source>
        <translation>seit über einer Stunde ausstehend: Läuft eine Verarbeitung?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to be processed</source>
        <translation>wartet auf Verarbeitung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (received as %2)</source>
        <translation>%1 (empfangen als %2)</translation>
    </message>
</context>
<context>
    <name>hb::ui::UsersModel</name>
    <message>
        <location filename="../ui/community/usersmodel.cpp" line="+103"/>
        <source>%1: not set</source>
        <translation>%1: nicht gesetzt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>email: unique, matched without regard to case</source>
        <translation>email: eindeutig, ohne Beachtung der Groß-/Kleinschreibung verglichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>username: unique, matched exactly</source>
        <translation>username: eindeutig, exakt verglichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>display_name: shown to people, need not be unique</source>
        <translation>display_name: für Menschen angezeigt, muss nicht eindeutig sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coins: a whole number, never below 0</source>
        <translation>coins: eine ganze Zahl, nie unter 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>xp: a whole number, never below 0</source>
        <translation>xp: eine ganze Zahl, nie unter 0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XP</source>
        <translation>XP</translation>
    </message>
</context>
<context>
    <name>hb::ui::UsersPanel</name>
    <message>
        <location filename="../ui/community/userspanel.cpp" line="+38"/>
        <source>Search users…</source>
        <translation>Benutzer suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the users whose email, username, name or a value contains this text</source>
        <translation>Zeigt die Benutzer, deren E-Mail, Benutzername, Name oder ein Wert diesen Text enthält</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add one user</source>
        <translation>Einen Benutzer hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected user and their values</source>
        <translation>Den gewählten Benutzer und seine Werte ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set value…</source>
        <translation>Wert setzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set one field, coins or XP of the selected user by hand (kept in the history as &quot;manual&quot;)</source>
        <translation>Ein Feld, Münzen oder XP des gewählten Benutzers von Hand setzen (im Verlauf als „manual“ aufbewahrt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+153"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Remove the selected user</source>
        <translation>Den gewählten Benutzer entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import users…</source>
        <translation>Benutzer importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the users of a CSV file: email, username, display_name, coins, xp and custom field keys as columns. All or none.</source>
        <translation>Die Benutzer einer CSV-Datei hinzufügen: email, username, display_name, coins, xp und Schlüssel eigener Felder als Spalten. Alle oder keiner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export users…</source>
        <translation>Benutzer exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every user as a CSV file that Import users… reads back</source>
        <translation>Alle Benutzer als CSV-Datei, die „Benutzer importieren…“ wieder einliest</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1? Their field values, field history and coins/XP log are removed with them; their deliveries stay in the log.</source>
        <translation>%1 entfernen? Feldwerte, Feldverlauf und Münzen/XP-Protokoll werden mit entfernt; die Zustellungen bleiben im Protokoll.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not remove the user: %1</source>
        <translation>Der Benutzer konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1 with %2 field history and %3 coins/XP log row(s).</source>
        <translation>%1 mit %2 Zeile(n) Feldverlauf und %3 Zeile(n) Münzen/XP-Protokoll entfernt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 must be a whole number of at least 0 (got &quot;%2&quot;)</source>
        <translation>%1 muss eine ganze Zahl von mindestens 0 sein (erhalten: „%2“)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set %1 of %2.</source>
        <translation>%1 von %2 gesetzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting users to %1…</source>
        <translation>Benutzer werden nach %1 exportiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>%n Benutzer nach %1 exportiert.</numerusform>
            <numerusform>%n Benutzer nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>hb::ui::WebhookListPanel</name>
    <message>
        <location filename="../ui/webhooks/webhooklistpanel.cpp" line="+24"/>
        <source>+ New</source>
        <translation>+ Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a webhook (Ctrl+N)</source>
        <translation>Einen Webhook anlegen (Strg+N)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+114"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (off)</source>
        <translation>%1 (aus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (draft)</source>
        <translation>%1 (Entwurf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft: requests are kept as samples and change nobody. %1</source>
        <translation>Entwurf: Anfragen werden als Beispiele aufbewahrt und ändern niemanden. %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, cannot work: %2</source>
        <translation>%1, funktioniert nicht: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
</context>
<context>
    <name>hb::ui::WebhookSettingsPanel</name>
    <message>
        <location filename="../ui/webhooks/webhooksettingspanel.cpp" line="+51"/>
        <location line="+5"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Show or hide the secret</source>
        <translation>Das Geheimnis zeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A disabled webhook answers 403 and stores nothing</source>
        <translation>Ein deaktivierter Webhook antwortet mit 403 und speichert nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+23"/>
        <location line="+115"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Require</source>
        <translation>Verlangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Senders must put the key in the x-api-key header; without it, anyone with the URL can send</source>
        <translation>Absender müssen den Schlüssel im Header x-api-key mitsenden; ohne ihn kann jeder mit der URL senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Regenerate…</source>
        <translation>Neu erzeugen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Require an API key</source>
        <translation>Einen API-Schlüssel verlangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop the API key</source>
        <translation>Keinen API-Schlüssel mehr verlangen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Regenerate the API key?</source>
        <translation>API-Schlüssel neu erzeugen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senders that use the current key will be refused (401) once you save. Regenerate it?</source>
        <translation>Absender, die den aktuellen Schlüssel verwenden, werden nach dem Speichern abgewiesen (401). Neu erzeugen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Regenerate the API key</source>
        <translation>Den API-Schlüssel neu erzeugen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypted bodies</source>
        <translation>Verschlüsselte Inhalte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AES-256-GCM</source>
        <translation>AES-256-GCM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AES-256-CBC</source>
        <translation>AES-256-CBC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>32 characters</source>
        <translation>32 Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encrypt bodies</source>
        <translation>Inhalte verschlüsseln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plain bodies</source>
        <translation>Unverschlüsselte Inhalte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change encryption mode</source>
        <translation>Verschlüsselungsmodus ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change encryption key</source>
        <translation>Verschlüsselungsschlüssel ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generate encryption key</source>
        <translation>Verschlüsselungsschlüssel erzeugen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>Require signatures</source>
        <translation>Signaturen verlangen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Standard Webhooks: webhook-id, webhook-timestamp and webhook-signature headers</source>
        <translation>Standard Webhooks: Header webhook-id, webhook-timestamp und webhook-signature</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signing</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop signatures</source>
        <translation>Keine Signaturen mehr verlangen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the webhook a name; it shows in the delivery log.</source>
        <translation>Geben Sie dem Webhook einen Namen; er erscheint im Zustellungsprotokoll.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key must be exactly 32 characters (it has %1): type more, or Generate.</source>
        <translation>Der Schlüssel muss genau 32 Zeichen lang sein (er hat %1): Geben Sie mehr ein oder klicken Sie auf „Erzeugen“.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1/32</source>
        <translation>%1/32</translation>
    </message>
</context>
<context>
    <name>hb::ui::WebhooksPage</name>
    <message>
        <location filename="../ui/webhooks/webhookspage.cpp" line="+47"/>
        <location line="+57"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Save this webhook (Ctrl+S)</source>
        <translation>Diesen Webhook speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The catcher is not listening: see the status bar.</source>
        <translation>Der Empfänger ist nicht empfangsbereit: siehe Statusleiste.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../ui/webhooks/webhookspageactions.cpp" line="+306"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not read the webhooks: %1</source>
        <translation>Die Webhooks konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Could not read the sample: %1</source>
        <translation>Das Beispiel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Create a webhook with + New, or import one.</source>
        <translation>Legen Sie mit „+ Neu“ einen Webhook an oder importieren Sie einen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another webhook is already called &quot;%1&quot;: choose another name.</source>
        <translation>Ein anderer Webhook heißt bereits „%1“: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message: %1</source>
        <translation>Nachricht: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Valid, not saved yet.</source>
        <translation>Gültig, noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>…/hooks/%1 (not listening: see the status bar)</source>
        <translation>…/hooks/%1 (nicht empfangsbereit: siehe Statusleiste)</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/webhookspageactions.cpp" line="-250"/>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating a webhook…</source>
        <translation>Webhook wird angelegt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not create a webhook: %1</source>
        <translation>Es konnte kein Webhook angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created the draft &quot;%1&quot;: name it, then Catch a sample</source>
        <translation>Entwurf „%1“ angelegt: Benennen Sie ihn, dann fangen Sie ein Beispiel auf</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename webhook</source>
        <translation>Webhook umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicating…</source>
        <translation>Wird dupliziert…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not duplicate: %1</source>
        <translation>Duplizieren nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicated as &quot;%1&quot;</source>
        <translation>Dupliziert als „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h2&gt;No webhook selected&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kein Webhook gewählt&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A webhook gives you a URL to send requests to, and maps what they carry onto your users: custom fields, coins and XP, channel messages.

Create one, or import a webhook file exported from Hookbench.</source>
        <translation>Ein Webhook gibt Ihnen eine URL, an die Anfragen gesendet werden, und ordnet ihren Inhalt Ihren Benutzern zu: eigene Felder, Münzen und XP, Kanalnachrichten.

Legen Sie einen an oder importieren Sie eine aus Hookbench exportierte Webhook-Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;&quot;%1&quot; cannot be opened&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;„%1“ lässt sich nicht öffnen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its stored configuration cannot be read (%1). Its URL refuses requests, and deliveries already stored for it fail.

Delete it, then create it again or import a good copy of it.</source>
        <translation>Seine gespeicherte Konfiguration kann nicht gelesen werden (%1). Seine URL weist Anfragen ab, und bereits für ihn gespeicherte Zustellungen schlagen fehl.

Löschen Sie ihn und legen Sie ihn dann neu an oder importieren Sie eine intakte Kopie davon.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete webhook?</source>
        <translation>Webhook löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete &quot;%1&quot;? Senders will get 404 from its URL. Its deliveries stay in the log.</source>
        <translation>„%1“ löschen? Absender erhalten von seiner URL 404. Seine Zustellungen bleiben im Protokoll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted &quot;%1&quot;</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the field…</source>
        <translation>Feld wird angelegt…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Created the field &quot;%1&quot; for the whole community</source>
        <translation>Feld „%1“ für die ganze Community angelegt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; has changes that are not saved.</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They cannot be saved yet: %1</source>
        <translation>Sie können noch nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved &quot;%1&quot;</source>
        <translation>„%1“ gespeichert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Going live…</source>
        <translation>Wird live geschaltet…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is live: its requests are processed from now on</source>
        <translation>„%1“ ist live: Seine Anfragen werden ab jetzt verarbeitet</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/webhookspagecatch.cpp" line="+68"/>
        <source>A request to this URL was refused (%1: %2): it was not received, so it is not the sample. Fix the sender and send it again; still waiting.</source>
        <translation>Eine Anfrage an diese URL wurde abgewiesen (%1: %2): Sie wurde nicht angenommen und ist daher nicht das Beispiel. Korrigieren Sie den Absender und senden Sie sie erneut; es wird weiter gewartet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not read the deliveries: %1</source>
        <translation>Die Zustellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This webhook has received nothing yet: click Catch and send a request to its URL.</source>
        <translation>Dieser Webhook hat noch nichts empfangen: Klicken Sie auf „Auffangen“ und senden Sie eine Anfrage an seine URL.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not read delivery %1: %2</source>
        <translation>Zustellung %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivery %1 is gone.</source>
        <translation>Zustellung %1 ist nicht mehr da.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sample is shown but not kept: %1</source>
        <translation>Das Beispiel wird gezeigt, aber nicht aufbewahrt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caught delivery %1</source>
        <translation>Zustellung %1 aufgefangen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import webhook</source>
        <translation>Webhook importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Webhook JSON (*.json);;All files (*)</source>
        <translation>Webhook-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wait until the change on its way is stored, then import again.</source>
        <translation>Warten Sie, bis die laufende Änderung gespeichert ist, und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a valid webhook file: %2. Fix that member and import again; nothing was imported.</source>
        <translation>%1 ist keine gültige Webhook-Datei: %2. Korrigieren Sie diesen Eintrag und importieren Sie erneut; nichts wurde importiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported &quot;%1&quot;</source>
        <translation>„%1“ importiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot export yet</source>
        <translation>Export noch nicht möglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix this first: %1</source>
        <translation>Zuerst beheben: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export webhook</source>
        <translation>Webhook exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook JSON (*.json)</source>
        <translation>Webhook-JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a webhook to export.</source>
        <translation>Wählen Sie einen Webhook zum Exportieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot export yet: %1</source>
        <translation>Export noch nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/webhookspagelayout.cpp" line="+28"/>
        <source>&amp;Save webhook</source>
        <translation>Webhook &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Catch a sample</source>
        <translation>Beispiel &amp;auffangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New webhook</source>
        <translation>&amp;Neuer Webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop &amp;waiting for a sample</source>
        <translation>Warten auf Beispiel a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>+ New webhook</source>
        <translation>+ Neuer Webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 copied to the clipboard</source>
        <translation>%1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/webhookspagepreview.cpp" line="+23"/>
        <source>XP</source>
        <translation>XP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A field row: choose the field it updates</source>
        <translation>Eine Feldzeile: Wählen Sie das Feld, das sie aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>%1: choose a payload path</source>
        <translation>%1: Wählen Sie einen Nutzdatenpfad</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select or create a webhook.</source>
        <translation>Wählen Sie einen Webhook oder legen Sie einen an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catch a sample request to preview what it would change.</source>
        <translation>Fangen Sie eine Beispielanfrage auf, um zu sehen, was sie ändern würde.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Item %1 (%2): %3</source>
        <translation>Element %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User found: %1</source>
        <translation>Benutzer gefunden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>(unset)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing would change: add a mapping row.</source>
        <translation>Nichts würde sich ändern: Fügen Sie eine Zuordnungszeile hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
</context>
</TS>
