<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ContactText</name>
    <message>
        <source>Availability and price</source>
        <translation>Verfügbarkeit und Preis</translation>
    </message>
    <message>
        <source>Place an order</source>
        <translation>Bestellung aufgeben</translation>
    </message>
    <message>
        <source>Change an order</source>
        <translation>Bestellung ändern</translation>
    </message>
    <message>
        <source>Cancel an order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Billing question</source>
        <translation>Frage zur Rechnung</translation>
    </message>
    <message>
        <source>Account set-up or change</source>
        <translation>Konto einrichten oder ändern</translation>
    </message>
    <message>
        <source>Specialist request</source>
        <translation>Anfrage an Fachleute</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Waiting in the queue</source>
        <translation>Wartet in der Warteschlange</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>After-contact work</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Resolved on this contact</source>
        <translation>In diesem Kontakt gelöst</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
</context>
<context>
    <name>DemandClass</name>
    <message>
        <source>a – avoidable</source>
        <translation>a – vermeidbar</translation>
    </message>
    <message>
        <source>b – needs an immediate, complete answer</source>
        <translation>b – braucht sofort eine vollständige Antwort</translation>
    </message>
    <message>
        <source>c – can wait</source>
        <translation>c – kann warten</translation>
    </message>
    <message>
        <source>Demand class a: avoidable. The cause can be eliminated at the root; work that should not exist (&quot;Where is my order?&quot;, a bill nobody understands).</source>
        <translation>Bedarfsklasse a: vermeidbar. Die Ursache lässt sich an der Wurzel beseitigen; Arbeit, die es nicht geben sollte („Wo ist meine Bestellung?“, eine Rechnung, die niemand versteht).</translation>
    </message>
    <message>
        <source>Demand class b: cannot be eliminated and needs an immediate, complete answer (a new order, a price question).</source>
        <translation>Bedarfsklasse b: nicht vermeidbar, braucht eine sofortige, vollständige Antwort (ein neuer Auftrag, eine Preisfrage).</translation>
    </message>
    <message>
        <source>Demand class c: cannot be eliminated, can wait.</source>
        <translation>Bedarfsklasse c: nicht vermeidbar, kann warten.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>On a contact</source>
        <translation>Im Kontakt</translation>
    </message>
    <message>
        <source>After-contact work</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>In der Pause</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>Experte</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Abwanderungsgefahr</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>In dunning</source>
        <translation>Im Mahnverfahren</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>Schlüsselkunde</translation>
    </message>
    <message>
        <source>GDPR restricted</source>
        <translation>DSGVO-Einschränkung</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamesisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server did not understand the request.</source>
        <translation>Der Server hat die Anfrage nicht verstanden.</translation>
    </message>
    <message>
        <source>The server does not support this function. It may need an update.</source>
        <translation>Der Server unterstützt diese Funktion nicht. Möglicherweise muss er aktualisiert werden.</translation>
    </message>
    <message>
        <source>This version of Spocs cannot talk to the server. Please update.</source>
        <translation>Diese Version von Spocs kann nicht mit dem Server kommunizieren. Bitte aktualisieren Sie.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>This account is locked. Please wait a while or ask your team lead.</source>
        <translation>Dieses Konto ist gesperrt. Bitte warten Sie eine Weile oder wenden Sie sich an Ihre Teamleitung.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Dazu sind Sie nicht berechtigt.</translation>
    </message>
    <message>
        <source>The record was not found. It may have been deleted.</source>
        <translation>Der Datensatz wurde nicht gefunden. Möglicherweise wurde er gelöscht.</translation>
    </message>
    <message>
        <source>Someone else changed this record in the meantime. Please review the current data.</source>
        <translation>Jemand anderes hat diesen Datensatz inzwischen geändert. Bitte prüfen Sie die aktuellen Daten.</translation>
    </message>
    <message>
        <source>This change conflicts with the current state of the record.</source>
        <translation>Diese Änderung widerspricht dem aktuellen Stand des Datensatzes.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>Die Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Please try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Some updates were missed. The data is being reloaded.</source>
        <translation>Einige Aktualisierungen wurden verpasst. Die Daten werden neu geladen.</translation>
    </message>
    <message>
        <source>An internal error occurred on the server.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>An unknown error occurred.</source>
        <translation>Ein unbekannter Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>Not enough stock is available for this order.</source>
        <translation>Für diese Bestellung ist nicht genug Bestand verfügbar.</translation>
    </message>
    <message>
        <source>This is not possible in the record&apos;s current state.</source>
        <translation>Das ist im aktuellen Zustand des Datensatzes nicht möglich.</translation>
    </message>
    <message>
        <source>Only %1 of %2 are available (%3 requested).</source>
        <translation>Von %2 sind nur %1 verfügbar (%3 angefragt).</translation>
    </message>
    <message>
        <source>%1 is out of stock.</source>
        <translation>%1 ist nicht auf Lager.</translation>
    </message>
    <message numerus="yes">
        <source>More stock arrives in %n day(s).</source>
        <translation>
            <numerusform>Nachschub kommt in %n Tag.</numerusform>
            <numerusform>Nachschub kommt in %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is discontinued and can no longer be ordered.</source>
        <translation>%1 ist ausgelaufen und kann nicht mehr bestellt werden.</translation>
    </message>
    <message>
        <source>Not possible: the record is already &quot;%1&quot;.</source>
        <translation>Nicht möglich: Der Datensatz ist bereits „%1“.</translation>
    </message>
    <message>
        <source>This is only possible while it is: %1.</source>
        <translation>Das ist nur möglich im Status: %1.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; was not accepted. Please check it.</source>
        <translation>Der Wert von „%1“ wurde nicht angenommen. Bitte prüfen Sie ihn.</translation>
    </message>
    <message>
        <source>Saved on this computer: it will be sent as soon as the connection is back.</source>
        <translation>Auf diesem Computer gespeichert: wird gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent for more than %n day(s): the server may have applied it already.</source>
        <translation>
            <numerusform>Seit mehr als %n Tag nicht gesendet: Der Server hat sie vielleicht schon übernommen.</numerusform>
            <numerusform>Seit mehr als %n Tagen nicht gesendet: Der Server hat sie vielleicht schon übernommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadText</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen ist nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>ASA</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Abbruchquote</translation>
    </message>
    <message>
        <source>Transfers/contact</source>
        <translation>Übergaben/Kontakt</translation>
    </message>
    <message>
        <source>Consults/contact</source>
        <translation>Rückfragen/Kontakt</translation>
    </message>
    <message>
        <source>Repeats (7 days)</source>
        <translation>Wiederholungen (7 Tage)</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>Wiederholungsquote</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT surveys</source>
        <translation>CSAT-Umfragen</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS surveys</source>
        <translation>NPS-Umfragen</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Follow-ups on time</source>
        <translation>Wiedervorlagen pünktlich</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Wiedervorlagen fällig</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Spocs agent workstation</source>
        <translation>Spocs-Arbeitsplatz für Agenten</translation>
    </message>
    <message>
        <source>Coordinator address, e.g. ws://127.0.0.1:7400.</source>
        <translation>Adresse des Koordinators, z. B. ws://127.0.0.1:7400.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Benutzername.</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file and sign in at once.</source>
        <translation>Das Passwort aus der ersten Zeile dieser Datei lesen und sofort anmelden.</translation>
    </message>
</context>
<context>
    <name>spocs::AboutDialog</name>
    <message>
        <source>About Spocs</source>
        <translation>Über Spocs</translation>
    </message>
    <message>
        <source>Spocs Desktop</source>
        <translation>Spocs Desktop</translation>
    </message>
    <message>
        <source>Single point of contact: the agent workstation for customer service.</source>
        <translation>Ein fester Ansprechpartner: der Arbeitsplatz für Agenten im Kundenservice.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>spocs::AccountDraft</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>spocs::AccountTab</name>
    <message>
        <source>name@example.com, second@example.com</source>
        <translation>name@example.com, zweite@example.com</translation>
    </message>
    <message>
        <source>+49 30 1234567, …</source>
        <translation>+49 30 1234567, …</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>Two-letter code, e.g. DE</source>
        <translation>Zweibuchstabiger Code, z. B. DE</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Pre&amp;ferred channel:</source>
        <translation>Bevor&amp;zugter Kanal:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sprac&amp;he:</translation>
    </message>
    <message>
        <source>Two-letter code, e.g. de</source>
        <translation>Zweibuchstabiger Code, z. B. de</translation>
    </message>
    <message>
        <source>Pl&amp;an:</source>
        <translation>Ta&amp;rif:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Markierungen:</translation>
    </message>
    <message>
        <source>&amp;Save Account</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Save the changed details (Ctrl+S)</source>
        <translation>Geänderte Daten speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen ver&amp;werfen</translation>
    </message>
    <message>
        <source>Forget your edits and show the saved details (Ctrl+Shift+Z)</source>
        <translation>Ihre Änderungen verwerfen und die gespeicherten Daten zeigen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>Changed by someone else meanwhile to: %1</source>
        <translation>Inzwischen von jemand anderem geändert in: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Unsaved changes. Ctrl+S saves them.</source>
        <translation>Ungespeicherte Änderungen. Strg+S speichert sie.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Customer details saved.</source>
        <translation>Kundendaten gespeichert.</translation>
    </message>
    <message>
        <source>Someone else changed this customer meanwhile. Loading their changes…</source>
        <translation>Jemand anderes hat diesen Kunden inzwischen geändert. Deren Änderungen werden geladen…</translation>
    </message>
    <message>
        <source>Someone else changed fields you edited. Choose which values to keep.</source>
        <translation>Jemand anderes hat Felder geändert, die Sie bearbeiten. Wählen Sie, welche Werte bleiben sollen.</translation>
    </message>
    <message>
        <source>Their values were kept. Your other edits are not saved yet.</source>
        <translation>Deren Werte wurden behalten. Ihre übrigen Änderungen sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Their values were kept.</source>
        <translation>Deren Werte wurden behalten.</translation>
    </message>
    <message>
        <source>Your edits are kept but not saved. The highlighted fields were changed by someone else.</source>
        <translation>Ihre Änderungen bleiben erhalten, sind aber nicht gespeichert. Die markierten Felder wurden von jemand anderem geändert.</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Phon&amp;e:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <source>V&amp;IP</source>
        <translation>V&amp;IP</translation>
    </message>
    <message>
        <source>At ris&amp;k</source>
        <translation>Abwanderungs&amp;gefahr</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>spocs::AgentGridModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>%1 voice, %2 text</source>
        <translation>%1 Sprache, %2 Text</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>#%1 %2, %3 since %4</source>
        <translation>#%1 %2, %3 seit %4</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Zeit im Zustand</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Auslastung</translation>
    </message>
</context>
<context>
    <name>spocs::AlertListModel</name>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>%1: service level today %2 % (target %3 %)</source>
        <translation>%1: Servicelevel heute %2 % (Ziel %3 %)</translation>
    </message>
    <message numerus="yes">
        <source>Contact with %1 runs %n min (usually %2 min)</source>
        <translation>
            <numerusform>Kontakt mit %1 läuft seit %n min (üblich %2 min)</numerusform>
            <numerusform>Kontakt mit %1 läuft seit %n min (üblich %2 min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in after-contact work for %n min</source>
        <translation>
            <numerusform>%1 seit %n min in der Nachbearbeitung</numerusform>
            <numerusform>%1 seit %n min in der Nachbearbeitung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up of contact %1 is due within %n min</source>
        <translation>
            <numerusform>Wiedervorlage von Kontakt %1 in %n min fällig</numerusform>
            <numerusform>Wiedervorlage von Kontakt %1 in %n min fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up of contact %1 is overdue</source>
        <translation>Wiedervorlage von Kontakt %1 überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%n more follow-ups are overdue</source>
        <translation>
            <numerusform>%n weitere Wiedervorlage überfällig</numerusform>
            <numerusform>%n weitere Wiedervorlagen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: a contact has waited %2 (%n waiting)</source>
        <translation>
            <numerusform>%1: ein Kontakt wartet seit %2 (%n wartet)</numerusform>
            <numerusform>%1: ein Kontakt wartet seit %2 (%n warten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact %1 runs %n min (usually %2 min)</source>
        <translation>
            <numerusform>Kontakt %1 läuft seit %n min (üblich %2 min)</numerusform>
            <numerusform>Kontakt %1 läuft seit %n min (üblich %2 min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spocs::ArticleReader</name>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the article text</source>
        <translation>Den Artikeltext kopieren</translation>
    </message>
    <message>
        <source>&amp;Send to Customer</source>
        <translation>An Kunden &amp;senden</translation>
    </message>
    <message>
        <source>Send the article to the open customer; it is recorded in the customer&apos;s history</source>
        <translation>Den Artikel an den geöffneten Kunden senden; er wird in dessen Verlauf vermerkt</translation>
    </message>
    <message>
        <source>This article solved the problem</source>
        <translation>Dieser Artikel hat das Problem gelöst</translation>
    </message>
    <message>
        <source>This article did not solve the problem</source>
        <translation>Dieser Artikel hat das Problem nicht gelöst</translation>
    </message>
    <message>
        <source>&amp;Propose Edit…</source>
        <translation>K&amp;orrektur…</translation>
    </message>
    <message>
        <source>Suggest a correction; a lead reviews it before it is published</source>
        <translation>Eine Korrektur vorschlagen; eine Teamleitung prüft sie vor der Veröffentlichung</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Search the knowledge base above and press Enter to read an article.</source>
        <translation>Oben in der Wissensdatenbank suchen und mit der Eingabetaste einen Artikel öffnen.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>geprüft am %1</translation>
    </message>
    <message>
        <source>This article was archived. It may be outdated.</source>
        <translation>Dieser Artikel wurde archiviert. Er ist möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>This article has not been reviewed for a long time. Check that it is still correct.</source>
        <translation>Dieser Artikel wurde lange nicht geprüft. Bitte kontrollieren Sie, ob er noch stimmt.</translation>
    </message>
    <message>
        <source>This article is not published yet.</source>
        <translation>Dieser Artikel ist noch nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>%1 views · sent %2× · helped %3 · did not help %4</source>
        <translation>%1 Aufrufe · %2× gesendet · geholfen %3 · nicht geholfen %4</translation>
    </message>
    <message>
        <source>Open a customer to send this article</source>
        <translation>Öffnen Sie einen Kunden, um diesen Artikel zu senden</translation>
    </message>
    <message>
        <source>Send the article to %1; it is recorded in the customer&apos;s history</source>
        <translation>Den Artikel an %1 senden; er wird im Verlauf des Kunden vermerkt</translation>
    </message>
    <message>
        <source>Article copied to the clipboard.</source>
        <translation>Artikel in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Could not send the article: %1</source>
        <translation>Der Artikel konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>“%1” sent to %2 and recorded in the history.</source>
        <translation>„%1“ an %2 gesendet und im Verlauf vermerkt.</translation>
    </message>
    <message>
        <source>Could not save the feedback: %1</source>
        <translation>Die Rückmeldung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Thanks: marked as helpful.</source>
        <translation>Danke: als hilfreich markiert.</translation>
    </message>
    <message>
        <source>Thanks: the article&apos;s owner will see that it did not help.</source>
        <translation>Danke: Die verantwortliche Person sieht, dass der Artikel nicht geholfen hat.</translation>
    </message>
    <message>
        <source>Your proposal was sent for review.</source>
        <translation>Ihr Vorschlag wurde zur Prüfung eingereicht.</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No…</source>
        <translation>&amp;Nein…</translation>
    </message>
    <message>
        <source>Did this help?</source>
        <translation>Hat das geholfen?</translation>
    </message>
    <message>
        <source>Article helped</source>
        <translation>Artikel hat geholfen</translation>
    </message>
    <message>
        <source>Article did not help</source>
        <translation>Artikel hat nicht geholfen</translation>
    </message>
    <message>
        <source>&amp;Insert into Reply</source>
        <translation>In Antwort &amp;einfügen</translation>
    </message>
    <message>
        <source>Put the article&apos;s public text under the e-mail or chat answer you are writing</source>
        <translation>Den öffentlichen Text des Artikels unter die E-Mail- oder Chat-Antwort setzen, die Sie gerade schreiben</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>Ve&amp;rsionen…</translation>
    </message>
    <message>
        <source>Who changed what and when; a lead or the owner can roll back</source>
        <translation>Wer wann was geändert hat; eine Teamleitung oder die verantwortliche Person kann zurücksetzen</translation>
    </message>
    <message>
        <source>This link is not opened: only web and e-mail addresses are.</source>
        <translation>Dieser Link wird nicht geöffnet: Nur Web- und E-Mail-Adressen werden geöffnet.</translation>
    </message>
    <message>
        <source>Write an E-mail</source>
        <translation>E-Mail schreiben</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Write an e-mail to %1?</source>
        <translation>Eine E-Mail an %1 schreiben?</translation>
    </message>
    <message>
        <source>Open this address in the web browser?

%1</source>
        <translation>Diese Adresse im Webbrowser öffnen?

%1</translation>
    </message>
    <message>
        <source>Open the link?</source>
        <translation>Den Link öffnen?</translation>
    </message>
    <message>
        <source>Put the article&apos;s public text under the answer you are writing</source>
        <translation>Den öffentlichen Text des Artikels unter die Antwort setzen, die Sie gerade schreiben</translation>
    </message>
    <message>
        <source>Only published public articles can go to a customer</source>
        <translation>Nur veröffentlichte, öffentliche Artikel können an Kunden gehen</translation>
    </message>
    <message>
        <source>“%1” goes under your answer.</source>
        <translation>„%1“ kommt unter Ihre Antwort.</translation>
    </message>
    <message>
        <source>“%1” is already under your answer, or it has five articles.</source>
        <translation>„%1“ steht schon unter Ihrer Antwort, oder sie hat bereits fünf Artikel.</translation>
    </message>
    <message>
        <source>Version %1 of the article is live.</source>
        <translation>Version %1 des Artikels ist live.</translation>
    </message>
</context>
<context>
    <name>spocs::ArticleVersionsDialog</name>
    <message>
        <source>Article Versions</source>
        <translation>Artikelversionen</translation>
    </message>
    <message>
        <source>Article versions</source>
        <translation>Artikelversionen</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Versionen, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versionen:</translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation>Ausgewählte Version</translation>
    </message>
    <message>
        <source>Live version</source>
        <translation>Live-Version</translation>
    </message>
    <message>
        <source>Roll &amp;Back to This Version</source>
        <translation>Auf diese Version &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Publish a copy of the selected version as the live one (Alt+B)</source>
        <translation>Eine Kopie der ausgewählten Version als Live-Version veröffentlichen (Alt+Z)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Version %1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Version %1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Live now: version %1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Jetzt live: Version %1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This is the live version.</source>
        <translation>Dies ist die Live-Version.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ from the live version.</source>
        <translation>
            <numerusform>%n Zeile weicht von der Live-Version ab.</numerusform>
            <numerusform>%n Zeilen weichen von der Live-Version ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Publish version %1 again as the live article? Version %2 stays in the list.</source>
        <translation>Version %1 erneut als Live-Artikel veröffentlichen? Version %2 bleibt in der Liste.</translation>
    </message>
    <message>
        <source>Rolling back to version %1…</source>
        <translation>Wird auf Version %1 zurückgesetzt…</translation>
    </message>
    <message>
        <source>Version %1 is live again, as version %2.</source>
        <translation>Version %1 ist wieder live, als Version %2.</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
</context>
<context>
    <name>spocs::ArticleVersionsModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Änderungsnotiz</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Abgelöst</translation>
    </message>
</context>
<context>
    <name>spocs::AuditDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>e.g. C-1042</source>
        <translation>z. B. C-1042</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>login, e.g. agent3</source>
        <translation>Anmeldename, z. B. agent3</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Prüfprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file (Ctrl+E)</source>
        <translation>Die angezeigten Zeilen als CSV-Datei speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries (the newest; narrow the filter for more)</source>
        <translation>
            <numerusform>%n Eintrag (der neueste; grenzen Sie den Filter ein, um weitere zu sehen)</numerusform>
            <numerusform>%n Einträge (die neuesten; grenzen Sie den Filter ein, um weitere zu sehen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Who read or changed which record, sign-ins and admin actions</source>
        <translation>Wer welchen Datensatz gelesen oder geändert hat, Anmeldungen und Verwaltungsaktionen</translation>
    </message>
</context>
<context>
    <name>spocs::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spocs::BillingTab</name>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Cards on file:</source>
        <translation>Hinterlegte Karten:</translation>
    </message>
    <message>
        <source>Unpaid invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <source>How the open amount comes about</source>
        <translation>Wie der offene Betrag zustande kommt</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>credit limit %1</source>
        <translation>Kreditlimit %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No unpaid invoices.</source>
        <translation>Keine offenen Rechnungen.</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>Invoice %1: %2</source>
        <translation>Rechnung %1: %2</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>ausgestellt am %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Record a bank transfer or cash payment on the selected invoice</source>
        <translation>Eine Überweisung oder Barzahlung zur ausgewählten Rechnung erfassen</translation>
    </message>
    <message>
        <source>Credit or refund part of the selected invoice</source>
        <translation>Einen Teil der ausgewählten Rechnung gutschreiben oder erstatten</translation>
    </message>
    <message>
        <source>Mark the selected invoice disputed: it leaves dunning</source>
        <translation>Die ausgewählte Rechnung als strittig markieren: Sie fällt aus dem Mahnlauf</translation>
    </message>
    <message>
        <source>&amp;Withdraw Dispute…</source>
        <translation>Zu&amp;rückziehen…</translation>
    </message>
    <message>
        <source>The customer no longer disputes the selected invoice</source>
        <translation>Der Kunde beanstandet die ausgewählte Rechnung nicht mehr</translation>
    </message>
    <message>
        <source>%1 of %2 waits for a team lead&apos;s approval.</source>
        <translation>%1 über %2 wartet auf die Freigabe durch eine Teamleitung.</translation>
    </message>
    <message>
        <source>%1 of %2 applied (%3).</source>
        <translation>%1 über %2 gebucht (%3).</translation>
    </message>
    <message>
        <source>Payment recorded on invoice %1; open amount now %2.</source>
        <translation>Zahlung zu Rechnung %1 erfasst; offener Betrag jetzt %2.</translation>
    </message>
    <message>
        <source>Invoice %1 is disputed: no reminders until the dispute is settled.</source>
        <translation>Rechnung %1 ist strittig: keine Mahnungen, bis die Beanstandung geklärt ist.</translation>
    </message>
    <message>
        <source>Dispute of invoice %1 withdrawn.</source>
        <translation>Beanstandung von Rechnung %1 zurückgezogen.</translation>
    </message>
    <message>
        <source>disputed: %1</source>
        <translation>strittig: %1</translation>
    </message>
    <message>
        <source>%1 credit waiting for approval</source>
        <translation>Gutschrift über %1 wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Lastschrift</translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation>Rechnungsbetrag</translation>
    </message>
    <message>
        <source>Payment %1 (%2)</source>
        <translation>Zahlung %1 (%2)</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Gutschrift %1</translation>
    </message>
    <message>
        <source>Refunded to the customer (%1)</source>
        <translation>An den Kunden erstattet (%1)</translation>
    </message>
    <message>
        <source>Invoice voided</source>
        <translation>Rechnung storniert</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Record Pay&amp;ment…</source>
        <translation>Zahl&amp;ung erfassen…</translation>
    </message>
    <message>
        <source>Cre&amp;dit or Refund…</source>
        <translation>Gut&amp;schrift/Erstattung…</translation>
    </message>
    <message>
        <source>Dis&amp;pute…</source>
        <translation>Bea&amp;nstanden…</translation>
    </message>
    <message>
        <source>The change waits to be sent.</source>
        <translation>Die Änderung wartet auf Versand.</translation>
    </message>
</context>
<context>
    <name>spocs::CancelOrderDialog</name>
    <message>
        <source>Cancel Order %1</source>
        <translation>Auftrag %1 stornieren</translation>
    </message>
    <message>
        <source>Order %1 is %2. Cancelling it releases the reserved stock and cannot be undone.</source>
        <translation>Auftrag %1 ist %2. Die Stornierung gibt den reservierten Bestand frei und lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Reason (required, the customer may see it):</source>
        <translation>&amp;Grund (Pflichtfeld, der Kunde kann ihn sehen):</translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation>Grund der Stornierung</translation>
    </message>
    <message>
        <source>Cancel &amp;Order</source>
        <translation>Auftrag &amp;stornieren</translation>
    </message>
    <message>
        <source>Cancel the order (Ctrl+Return)</source>
        <translation>Auftrag stornieren (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Keep Order</source>
        <translation>Auftrag &amp;behalten</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <source>Order %1 cannot be cancelled: it is already %2. Orders can only be cancelled before they ship; offer a return instead.</source>
        <translation>Auftrag %1 kann nicht storniert werden: Er ist bereits %2. Aufträge lassen sich nur vor dem Versand stornieren; bieten Sie stattdessen eine Rücksendung an.</translation>
    </message>
    <message>
        <source>Someone else changed order %1 meanwhile. The current order was loaded; check it and cancel again if it still should go.</source>
        <translation>Jemand anderes hat Auftrag %1 inzwischen geändert. Der aktuelle Stand wurde geladen; prüfen Sie ihn und stornieren Sie erneut, wenn das weiterhin gewünscht ist.</translation>
    </message>
</context>
<context>
    <name>spocs::CloseContactDialog</name>
    <message>
        <source>Close Contact</source>
        <translation>Kontakt abschließen</translation>
    </message>
    <message>
        <source>Why did %1 get in touch, and is it settled?</source>
        <translation>Warum hat sich %1 gemeldet, und ist das Anliegen erledigt?</translation>
    </message>
    <message>
        <source>Find a reason…</source>
        <translation>Grund suchen…</translation>
    </message>
    <message>
        <source>Find a reason</source>
        <translation>Grund suchen</translation>
    </message>
    <message>
        <source>Contact reasons</source>
        <translation>Kontaktgründe</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Resolved on this contact</source>
        <translation>In diesem Kontakt &amp;gelöst</translation>
    </message>
    <message>
        <source>Needs a &amp;follow-up</source>
        <translation>&amp;Wiedervorlage nötig</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Wiedervorlage fällig</translation>
    </message>
    <message>
        <source>Follow-up owner</source>
        <translation>Zuständig für die Wiedervorlage</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Ich (%1)</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tick at least one reason.</source>
        <translation>Kreuzen Sie mindestens einen Grund an.</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Gründe: %1</translation>
    </message>
    <message>
        <source>A forward-only reason is handled by the designated person: close with a follow-up (or forward the contact).</source>
        <translation>Ein Grund nur zur Weiterleitung wird von der dafür bestimmten Person bearbeitet: Schließen Sie mit einer Wiedervorlage ab (oder leiten Sie den Kontakt weiter).</translation>
    </message>
    <message>
        <source>The contact changed meanwhile. Check the reasons and close again.</source>
        <translation>Der Kontakt hat sich inzwischen geändert. Prüfen Sie die Gründe und schließen Sie erneut ab.</translation>
    </message>
    <message>
        <source>Due at the customer&apos;s usual response time</source>
        <translation>Fällig zur üblichen Antwortzeit des Kunden</translation>
    </message>
    <message numerus="yes">
        <source>D&amp;ue: customer&apos;s usual response time (%n h)</source>
        <translation>
            <numerusform>Fäll&amp;ig: übliche Antwortzeit des Kunden (%n h)</numerusform>
            <numerusform>Fäll&amp;ig: übliche Antwortzeit des Kunden (%n h)</numerusform>
        </translation>
    </message>
    <message>
        <source>D&amp;ue: customer&apos;s usual response time</source>
        <translation>Fäll&amp;ig: übliche Antwortzeit des Kunden</translation>
    </message>
    <message>
        <source>Close the contact (Ctrl+Return)</source>
        <translation>Kontakt schließen (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>spocs::CollisionBanner</name>
    <message>
        <source>Other agents with this customer open</source>
        <translation>Andere Mitarbeitende, die diesen Kunden geöffnet haben</translation>
    </message>
    <message>
        <source>Open contact owned by someone else</source>
        <translation>Offener Vorgang einer anderen Person</translation>
    </message>
    <message>
        <source>%1 (on a contact)</source>
        <translation>%1 (im Kundenkontakt)</translation>
    </message>
    <message>
        <source>Also open by %1</source>
        <translation>Auch geöffnet von %1</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>This customer already has an open %1 owned by %2 (since %3).</source>
        <translation>Für diesen Kunden ist bereits ein Vorgang offen (%1), zuständig: %2 (seit %3).</translation>
    </message>
    <message>
        <source>This customer already has an open %1 owned by %2.</source>
        <translation>Für diesen Kunden ist bereits ein Vorgang offen (%1), zuständig: %2.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Grund: %1.</translation>
    </message>
    <message>
        <source>Talk to them before you start another escalation.</source>
        <translation>Sprechen Sie mit dieser Person, bevor Sie eine weitere Eskalation beginnen.</translation>
    </message>
</context>
<context>
    <name>spocs::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone else saved this customer while you were editing. Compare the values and decide which to keep.</source>
        <translation>Jemand anderes hat diesen Kunden gespeichert, während Sie ihn bearbeitet haben. Vergleichen Sie die Werte und entscheiden Sie, welche bleiben.</translation>
    </message>
    <message>
        <source>Changed fields: yours and theirs</source>
        <translation>Geänderte Felder: Ihre und deren Werte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Theirs (now saved)</source>
        <translation>Deren Wert (jetzt gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Reapply My Changes</source>
        <translation>Meine Änderungen e&amp;rneut anwenden</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Deren Werte behalten</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
</context>
<context>
    <name>spocs::ConnectionStatusWidget</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation>Neuer Verbindungsversuch in %1 s</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
</context>
<context>
    <name>spocs::ConsultChatModel</name>
    <message>
        <source>%1 accepted the consult.</source>
        <translation>%1 hat die Rückfrage angenommen.</translation>
    </message>
    <message>
        <source>The consult was declined.</source>
        <translation>Die Rückfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The consult was declined: %1</source>
        <translation>Die Rückfrage wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 declined.</source>
        <translation>%1 hat abgelehnt.</translation>
    </message>
    <message>
        <source>%1 declined: %2</source>
        <translation>%1 hat abgelehnt: %2</translation>
    </message>
    <message>
        <source>Nobody accepted in time.</source>
        <translation>Niemand hat rechtzeitig angenommen.</translation>
    </message>
    <message>
        <source>The question was withdrawn.</source>
        <translation>Die Frage wurde zurückgezogen.</translation>
    </message>
    <message>
        <source>The consult ended.</source>
        <translation>Die Rückfrage wurde beendet.</translation>
    </message>
    <message>
        <source>The consult ended. Answer: %1</source>
        <translation>Die Rückfrage wurde beendet. Antwort: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>spocs::ConsultChatView</name>
    <message>
        <source>Question from %1 · %2</source>
        <translation>Frage von %1 · %2</translation>
    </message>
    <message>
        <source>Consult chat</source>
        <translation>Rückfrage-Chat</translation>
    </message>
</context>
<context>
    <name>spocs::ConsultPanel</name>
    <message>
        <source>%1 — %2 · load %3 · level %4</source>
        <translation>%1 — %2 · Auslastung %3 · Stufe %4</translation>
    </message>
    <message>
        <source>%1 — %2 · load %3</source>
        <translation>%1 — %2 · Auslastung %3</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Knowledge-base draft “%1” created; it waits for review.</source>
        <translation>Entwurf „%1“ für die Wissensdatenbank erstellt; er wartet auf Prüfung.</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>Ask the selected expert, or anyone with the chosen skill</source>
        <translation>Den ausgewählten Experten fragen oder alle mit der gewählten Fähigkeit</translation>
    </message>
    <message>
        <source>&amp;Conference In</source>
        <translation>In &amp;Konferenz holen</translation>
    </message>
    <message>
        <source>Bring the consulted expert into the contact</source>
        <translation>Den befragten Experten in den Kontakt holen</translation>
    </message>
    <message>
        <source>&amp;Warm Transfer…</source>
        <translation>Begleitete &amp;Übergabe…</translation>
    </message>
    <message>
        <source>Hand the contact to the consulted expert with a note</source>
        <translation>Den Kontakt mit einer Notiz an den befragten Experten übergeben</translation>
    </message>
    <message>
        <source>Hand the contact to someone available</source>
        <translation>Den Kontakt an eine verfügbare Person übergeben</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>&amp;Weiterleiten…</translation>
    </message>
    <message>
        <source>Forward a forward-only topic to its designated person or group</source>
        <translation>Ein Thema nur zur Weiterleitung an die dafür bestimmte Person oder Gruppe weiterleiten</translation>
    </message>
    <message>
        <source>&amp;End Consult…</source>
        <translation>Rückfrage &amp;beenden…</translation>
    </message>
    <message>
        <source>End the consult and record the answer</source>
        <translation>Die Rückfrage beenden und die Antwort festhalten</translation>
    </message>
    <message>
        <source>Make &amp;KB Draft</source>
        <translation>Wissens&amp;entwurf erstellen</translation>
    </message>
    <message>
        <source>Turn the consult&apos;s question and answer into a knowledge-base draft</source>
        <translation>Frage und Antwort der Rückfrage in einen Entwurf für die Wissensdatenbank umwandeln</translation>
    </message>
    <message>
        <source>&amp;Leave Contact</source>
        <translation>Kontakt &amp;verlassen</translation>
    </message>
    <message>
        <source>Leave the contact you were conferenced into</source>
        <translation>Den Kontakt verlassen, in den Sie per Konferenz geholt wurden</translation>
    </message>
    <message>
        <source>Open C&amp;ustomer</source>
        <translation>K&amp;unden öffnen</translation>
    </message>
    <message>
        <source>Open the unified view of the customer this consult is about</source>
        <translation>Die Gesamtansicht des Kunden öffnen, um den es in dieser Rückfrage geht</translation>
    </message>
    <message>
        <source>&amp;Withdraw Question</source>
        <translation>Frage &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw the question while nobody has accepted it</source>
        <translation>Die Frage zurückziehen, solange niemand sie angenommen hat</translation>
    </message>
    <message>
        <source>Find an expert</source>
        <translation>Experten suchen</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Jede Fähigkeit</translation>
    </message>
    <message>
        <source>Expert search</source>
        <translation>Expertensuche</translation>
    </message>
    <message>
        <source>Name or topic (Ctrl+G)</source>
        <translation>Name oder Thema (Strg+G)</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experten</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Your question — the expert also sees the customer, reason and notes (Ctrl+Return asks)</source>
        <translation>Ihre Frage – der Experte sieht auch Kunde, Grund und Notizen (Strg+Eingabe stellt sie)</translation>
    </message>
    <message>
        <source>Ask &amp;Selected</source>
        <translation>&amp;Ausgewählten fragen</translation>
    </message>
    <message>
        <source>Ask the selected expert</source>
        <translation>Den ausgewählten Experten fragen</translation>
    </message>
    <message>
        <source>Ask the selected expert (Ctrl+Return in the question)</source>
        <translation>Den ausgewählten Experten fragen (Strg+Eingabe in der Frage)</translation>
    </message>
    <message>
        <source>Ask anyone with the skill</source>
        <translation>Alle mit der Fähigkeit fragen</translation>
    </message>
    <message>
        <source>Offer the question to every available expert with the chosen skill at once</source>
        <translation>Die Frage allen verfügbaren Experten mit der gewählten Fähigkeit gleichzeitig anbieten</translation>
    </message>
    <message>
        <source>Message to the expert</source>
        <translation>Nachricht an den Experten</translation>
    </message>
    <message>
        <source>Message (Enter sends)</source>
        <translation>Nachricht (Eingabe sendet)</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>On this contact</source>
        <translation>In diesem Kontakt</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>End Consult</source>
        <translation>Rückfrage beenden</translation>
    </message>
    <message>
        <source>The answer, in a few sentences (it can become a knowledge-base draft):</source>
        <translation>Die Antwort in wenigen Sätzen (sie kann zu einem Entwurf für die Wissensdatenbank werden):</translation>
    </message>
    <message>
        <source>&amp;End Consult</source>
        <translation>Rückfrage &amp;beenden</translation>
    </message>
    <message>
        <source>Consult for %1 about %2</source>
        <translation>Rückfrage für %1 zu %2</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Contact %1 with %2 (%3)</source>
        <translation>Kontakt %1 mit %2 (%3)</translation>
    </message>
    <message>
        <source>You are not the owner of this contact.</source>
        <translation>Sie sind für diesen Kontakt nicht zuständig.</translation>
    </message>
    <message>
        <source>No open contact. Accept a contact to ask an expert.</source>
        <translation>Kein offener Kontakt. Nehmen Sie einen Kontakt an, um einen Experten zu fragen.</translation>
    </message>
    <message>
        <source>Waiting for an expert to accept…</source>
        <translation>Warten, bis ein Experte annimmt…</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept…</source>
        <translation>Warten, bis %1 annimmt…</translation>
    </message>
    <message>
        <source>In consult with %1.</source>
        <translation>In Rückfrage mit %1.</translation>
    </message>
    <message>
        <source>Your consult was declined.</source>
        <translation>Ihre Rückfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Nobody answered your consult in time.</source>
        <translation>Niemand hat Ihre Rückfrage rechtzeitig beantwortet.</translation>
    </message>
    <message>
        <source>Ask next: %1</source>
        <translation>Als Nächstes fragen: %1</translation>
    </message>
    <message>
        <source>A transfer of this contact is already open.</source>
        <translation>Eine Übergabe dieses Kontakts ist bereits offen.</translation>
    </message>
    <message>
        <source>Nobody who could answer is available now. %1</source>
        <translation>Gerade ist niemand verfügbar, der antworten könnte. %1</translation>
    </message>
    <message>
        <source>Cold Tr&amp;ansfer…</source>
        <translation>D&amp;irekte Übergabe…</translation>
    </message>
    <message>
        <source>Ask Anyone wit&amp;h Skill</source>
        <translation>Alle mit Fähi&amp;gkeit fragen</translation>
    </message>
</context>
<context>
    <name>spocs::ConsultSession</name>
    <message>
        <source>Transfer offered to %1. The contact stays with you until they accept.</source>
        <translation>Übergabe an %1 angeboten. Der Kontakt bleibt bei Ihnen, bis die Person annimmt.</translation>
    </message>
    <message>
        <source>The contact was forwarded. You are free for the next one.</source>
        <translation>Der Kontakt wurde weitergeleitet. Sie sind frei für den nächsten.</translation>
    </message>
    <message>
        <source>%1 took over the contact.</source>
        <translation>%1 hat den Kontakt übernommen.</translation>
    </message>
    <message>
        <source>%1 declined the transfer (%2). The contact stays with you.</source>
        <translation>%1 hat die Übergabe abgelehnt (%2). Der Kontakt bleibt bei Ihnen.</translation>
    </message>
    <message>
        <source>%1 did not answer the transfer in time. The contact stays with you.</source>
        <translation>%1 hat nicht rechtzeitig auf die Übergabe reagiert. Der Kontakt bleibt bei Ihnen.</translation>
    </message>
    <message>
        <source>Someone else answered this consult.</source>
        <translation>Jemand anderes hat diese Rückfrage beantwortet.</translation>
    </message>
    <message>
        <source> Ask next: %1</source>
        <translation> Als Nächstes fragen: %1</translation>
    </message>
    <message>
        <source>Your consult was declined.</source>
        <translation>Ihre Rückfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Nobody answered your consult in time.</source>
        <translation>Niemand hat Ihre Rückfrage rechtzeitig beantwortet.</translation>
    </message>
    <message>
        <source>%1 accepted your consult.</source>
        <translation>%1 hat Ihre Rückfrage angenommen.</translation>
    </message>
</context>
<context>
    <name>spocs::ConsultWorkspace</name>
    <message>
        <source>Consult</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Show the consult panel and search for an expert</source>
        <translation>Den Rückfragebereich zeigen und einen Experten suchen</translation>
    </message>
    <message>
        <source>Consult &amp;Panel</source>
        <translation>&amp;Rückfragebereich</translation>
    </message>
    <message>
        <source>Consu&amp;lt</source>
        <translation>Rü&amp;ckfrage</translation>
    </message>
</context>
<context>
    <name>spocs::ContactPanel</name>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>Experte</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>My open contacts</source>
        <translation>Meine offenen Kontakte</translation>
    </message>
    <message>
        <source>No contact yet. Offers appear in the top-right corner; accept one with Ctrl+Alt+A.</source>
        <translation>Noch kein Kontakt. Angebote erscheinen oben rechts; nehmen Sie eines mit Strg+Alt+A an.</translation>
    </message>
    <message>
        <source>Time on this contact</source>
        <translation>Zeit in diesem Kontakt</translation>
    </message>
    <message>
        <source>Open Customer</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Add a task to this contact (Ctrl+Alt+T)</source>
        <translation>Diesem Kontakt eine Aufgabe hinzufügen (Strg+Alt+T)</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Notes on this contact</source>
        <translation>Notizen zu diesem Kontakt</translation>
    </message>
    <message>
        <source>What the customer said, what you did – travels with a consult or transfer.</source>
        <translation>Was der Kunde gesagt hat, was Sie getan haben – geht mit einer Rückfrage oder Übergabe mit.</translation>
    </message>
    <message>
        <source>Save Notes</source>
        <translation>Notizen speichern</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>Close Contact…</source>
        <translation>Kontakt abschließen…</translation>
    </message>
    <message>
        <source>Record reasons and outcome (Ctrl+Alt+W)</source>
        <translation>Gründe und Ergebnis festhalten (Strg+Alt+W)</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Closed – the customer hung up</source>
        <translation>Abgeschlossen – der Kunde hat aufgelegt</translation>
    </message>
    <message>
        <source>Closed – %1</source>
        <translation>Abgeschlossen – %1</translation>
    </message>
    <message>
        <source>Follow-up due %1, owner %2</source>
        <translation>Wiedervorlage fällig am %1, zuständig: %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>– left</source>
        <translation>– gegangen</translation>
    </message>
    <message>
        <source>No active contact to add a task to.</source>
        <translation>Kein aktiver Kontakt, dem eine Aufgabe hinzugefügt werden kann.</translation>
    </message>
    <message>
        <source>%1, outbound</source>
        <translation>%1, ausgehend</translation>
    </message>
    <message>
        <source>For the follow-up of contact %1</source>
        <translation>Zur Wiedervorlage von Kontakt %1</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>Auf&amp;gaben</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>Noti&amp;zen</translation>
    </message>
    <message>
        <source>A reply to closed contact %1</source>
        <translation>Antwort auf abgeschlossenen Kontakt %1</translation>
    </message>
    <message>
        <source>Identity not checked: the e-mail address was typed on the website. Make sure who you are talking to before you share account details.</source>
        <translation>Identität nicht geprüft: Die E-Mail-Adresse wurde auf der Website eingegeben. Stellen Sie sicher, mit wem Sie sprechen, bevor Sie Kontodaten nennen.</translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+Return in the notes); closing the contact saves them too</source>
        <translation>Notizen speichern (Strg+Eingabe in den Notizen); beim Schließen des Kontakts werden sie ebenfalls gespeichert</translation>
    </message>
</context>
<context>
    <name>spocs::ContactSession</name>
    <message>
        <source>%1 declined the transfer; the contact stays with you.</source>
        <translation>%1 hat die Übergabe abgelehnt; der Kontakt bleibt bei Ihnen.</translation>
    </message>
    <message>
        <source>%1 did not answer the transfer in time; the contact stays with you.</source>
        <translation>%1 hat nicht rechtzeitig auf die Übergabe reagiert; der Kontakt bleibt bei Ihnen.</translation>
    </message>
    <message>
        <source>%1 took over the contact.</source>
        <translation>%1 hat den Kontakt übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 gave you %n customer(s)</source>
        <translation>
            <numerusform>%1 übergibt Ihnen %n Kunden</numerusform>
            <numerusform>%1 übergibt Ihnen %n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n open follow-up(s).</source>
        <translation>
            <numerusform> und %n offene Wiedervorlage.</numerusform>
            <numerusform> und %n offene Wiedervorlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer: %1.</source>
        <translation>Kunde: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 moved %n of your customer(s)</source>
        <translation>
            <numerusform>%1 übergibt %n Ihrer Kunden</numerusform>
            <numerusform>%1 übergibt %n Ihrer Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n open follow-up(s) to %1.</source>
        <translation>
            <numerusform> und %n offene Wiedervorlage an %1.</numerusform>
            <numerusform> und %n offene Wiedervorlagen an %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another expert already took this consult.</source>
        <translation>Ein anderer Experte hat diese Rückfrage bereits übernommen.</translation>
    </message>
    <message>
        <source>%1 already took this consult.</source>
        <translation>%1 hat diese Rückfrage bereits übernommen.</translation>
    </message>
    <message>
        <source>Consult accepted.</source>
        <translation>Rückfrage angenommen.</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Offer declined.</source>
        <translation>Angebot abgelehnt.</translation>
    </message>
    <message>
        <source>The offer was no longer open.</source>
        <translation>Das Angebot war nicht mehr offen.</translation>
    </message>
    <message>
        <source>Task added: %1</source>
        <translation>Aufgabe hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notizen gespeichert.</translation>
    </message>
    <message>
        <source>Status update recorded; the outbound contact is in hand.</source>
        <translation>Statusmeldung festgehalten; der ausgehende Kontakt ist in Bearbeitung.</translation>
    </message>
    <message>
        <source>Status update recorded.</source>
        <translation>Statusmeldung festgehalten.</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>Wiedervorlage erledigt.</translation>
    </message>
</context>
<context>
    <name>spocs::ContactTaskModel</name>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open: check when done</source>
        <translation>Offen: abhaken, wenn erledigt</translation>
    </message>
</context>
<context>
    <name>spocs::ContactWorkspace</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>&amp;Accept Offer</source>
        <translation>Angebot &amp;annehmen</translation>
    </message>
    <message>
        <source>Accept the waiting contact, consult or transfer</source>
        <translation>Den wartenden Kontakt, die Rückfrage oder die Übergabe annehmen</translation>
    </message>
    <message>
        <source>&amp;Decline Offer</source>
        <translation>Angebot a&amp;blehnen</translation>
    </message>
    <message>
        <source>Decline the waiting offer</source>
        <translation>Das wartende Angebot ablehnen</translation>
    </message>
    <message>
        <source>Contact &amp;Panel</source>
        <translation>&amp;Kontaktbereich</translation>
    </message>
    <message>
        <source>Show the contact you are working on</source>
        <translation>Den Kontakt zeigen, an dem Sie arbeiten</translation>
    </message>
    <message>
        <source>Add &amp;Task…</source>
        <translation>Auf&amp;gabe hinzufügen…</translation>
    </message>
    <message>
        <source>Add a task to the current contact</source>
        <translation>Dem aktuellen Kontakt eine Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Close Contact…</source>
        <translation>Kontakt ab&amp;schließen…</translation>
    </message>
    <message>
        <source>Record reasons and outcome, and close</source>
        <translation>Gründe und Ergebnis festhalten und abschließen</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Wiedervorlagen</translation>
    </message>
    <message>
        <source>Show your follow-ups</source>
        <translation>Ihre Wiedervorlagen zeigen</translation>
    </message>
    <message>
        <source>Co&amp;ntact</source>
        <translation>K&amp;ontakt</translation>
    </message>
    <message>
        <source>No offer is waiting.</source>
        <translation>Es wartet kein Angebot.</translation>
    </message>
    <message>
        <source>Could not accept: %1</source>
        <translation>Annehmen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Could not decline: %1</source>
        <translation>Ablehnen nicht möglich: %1</translation>
    </message>
    <message>
        <source>On a contact with %1.</source>
        <translation>Im Kontakt mit %1.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No active contact to close.</source>
        <translation>Kein aktiver Kontakt zum Abschließen.</translation>
    </message>
    <message>
        <source>Contact closed: %1.</source>
        <translation>Kontakt abgeschlossen: %1.</translation>
    </message>
    <message>
        <source>Spocs</source>
        <translation>Spocs</translation>
    </message>
    <message>
        <source>Incoming contact: %1</source>
        <translation>Eingehender Kontakt: %1</translation>
    </message>
    <message>
        <source>Consult request</source>
        <translation>Rückfrage-Anfrage</translation>
    </message>
    <message>
        <source>Transfer offered: %1</source>
        <translation>Übergabe angeboten: %1</translation>
    </message>
    <message>
        <source>Ctrl+Alt+A accepts, Ctrl+Alt+D declines.</source>
        <translation>Strg+Alt+A nimmt an, Strg+Alt+D lehnt ab.</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>Follow-up overdue: %1</source>
        <translation>Wiedervorlage überfällig: %1</translation>
    </message>
    <message>
        <source>Follow-up due soon: %1</source>
        <translation>Wiedervorlage bald fällig: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Start &amp;Outbound Contact…</source>
        <translation>Ausgehenden Kontakt s&amp;tarten…</translation>
    </message>
    <message>
        <source>Call or write to the open customer (a call back, a status update)</source>
        <translation>Den geöffneten Kunden anrufen oder ihm schreiben (Rückruf, Statusmeldung)</translation>
    </message>
    <message>
        <source>Open the customer of the last follow-up warning</source>
        <translation>Den Kunden der letzten Wiedervorlage-Warnung öffnen</translation>
    </message>
    <message>
        <source>Open a customer first, then start the outbound contact.</source>
        <translation>Öffnen Sie zuerst einen Kunden und starten Sie dann den ausgehenden Kontakt.</translation>
    </message>
    <message>
        <source>%1 (%2 opens the customer)</source>
        <translation>%1 (%2 öffnet den Kunden)</translation>
    </message>
    <message>
        <source>Open Follow-up C&amp;ustomer</source>
        <translation>K&amp;unden der Wiedervorlage öffnen</translation>
    </message>
    <message>
        <source>After-contact work: when ready, choose I&apos;m Available (Ctrl+Alt+V).</source>
        <translation>Nachbearbeitung: wenn Sie bereit sind, „Ich bin verfügbar“ (Strg+Alt+V).</translation>
    </message>
</context>
<context>
    <name>spocs::ContactsInHandModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>spocs::ConversationModel</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 (%2) – refused, over the size limit</source>
        <translation>%1 (%2) – abgelehnt, größer als erlaubt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The message body (%1) was over the size limit and was not kept</source>
        <translation>Der Text der Nachricht (%1) war größer als erlaubt und wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>spocs::ConversationSession</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The sender&apos;s address failed the mail server&apos;s check: this may not be the customer. Confirm who they are before changing anything.</source>
        <translation>Die Absenderadresse hat die Prüfung des Mailservers nicht bestanden: Das ist vielleicht nicht der Kunde. Klären Sie, wer schreibt, bevor Sie etwas ändern.</translation>
    </message>
    <message>
        <source>The sender&apos;s address could not be checked.</source>
        <translation>Die Absenderadresse konnte nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>spocs::ConversationView</name>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Read ✓✓</source>
        <translation>Gelesen ✓✓</translation>
    </message>
    <message>
        <source>Sent ✓</source>
        <translation>Gesendet ✓</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>The customer is typing…</source>
        <translation>Der Kunde schreibt…</translation>
    </message>
    <message>
        <source>Remove Articles</source>
        <translation>Artikel entfernen</translation>
    </message>
    <message>
        <source>Remove the inserted articles</source>
        <translation>Die eingefügten Artikel entfernen</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Write your answer… Ctrl+Return sends it on the customer&apos;s channel.</source>
        <translation>Schreiben Sie Ihre Antwort… Strg+Eingabe sendet sie über den Kanal des Kunden.</translation>
    </message>
    <message>
        <source>Canned Answer</source>
        <translation>Textbaustein</translation>
    </message>
    <message>
        <source>Insert a prepared answer (Ctrl+Shift+A)</source>
        <translation>Eine vorbereitete Antwort einfügen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>Send the failed answer again</source>
        <translation>Die fehlgeschlagene Antwort erneut senden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the answer to the customer (Ctrl+Return)</source>
        <translation>Die Antwort an den Kunden senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Nachricht gesendet.</translation>
    </message>
    <message>
        <source>Answer stored; sending the e-mail.</source>
        <translation>Antwort gespeichert; die E-Mail wird gesendet.</translation>
    </message>
    <message>
        <source>Could not load the messages: %1</source>
        <translation>Die Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail conversation</source>
        <translation>E-Mail-Verlauf</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Noch keine Nachrichten.</translation>
    </message>
    <message>
        <source>Articles under the answer: %1</source>
        <translation>Artikel unter der Antwort: %1</translation>
    </message>
</context>
<context>
    <name>spocs::CreditApprovalsDialog</name>
    <message>
        <source>Credit Approvals</source>
        <translation>Freigabe von Gutschriften</translation>
    </message>
    <message>
        <source>Credit notes and refunds above the limit wait for a second person. You cannot decide a request you made yourself.</source>
        <translation>Gutschriften und Erstattungen über dem Limit warten auf eine zweite Person. Über einen eigenen Antrag können Sie nicht selbst entscheiden.</translation>
    </message>
    <message>
        <source>Credit requests waiting for approval</source>
        <translation>Anträge auf Gutschrift, die auf Freigabe warten</translation>
    </message>
    <message>
        <source>Note on the decision</source>
        <translation>Notiz zur Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Notiz (optional):</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Apply the selected credit or refund (Alt+A)</source>
        <translation>Die ausgewählte Gutschrift oder Erstattung buchen (Alt+F)</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>Den ausgewählten Antrag freigeben</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Turn the selected request down (Alt+R)</source>
        <translation>Den ausgewählten Antrag ablehnen (Alt+A)</translation>
    </message>
    <message>
        <source>Reject the selected request</source>
        <translation>Den ausgewählten Antrag ablehnen</translation>
    </message>
    <message>
        <source>Nothing waits for approval.</source>
        <translation>Nichts wartet auf Freigabe.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for approval.</source>
        <translation>
            <numerusform>%n Antrag wartet auf Freigabe.</numerusform>
            <numerusform>%n Anträge warten auf Freigabe.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 on invoice %3 approved and applied.</source>
        <translation>%1 über %2 zu Rechnung %3 freigegeben und gebucht.</translation>
    </message>
    <message>
        <source>%1 of %2 on invoice %3 rejected.</source>
        <translation>%1 über %2 zu Rechnung %3 abgelehnt.</translation>
    </message>
    <message>
        <source>Another lead has to decide a request you made yourself.</source>
        <translation>Über einen eigenen Antrag muss eine andere Teamleitung entscheiden.</translation>
    </message>
    <message>
        <source>Someone else decided or changed this request meanwhile; the list was loaded again.</source>
        <translation>Jemand anderes hat über diesen Antrag inzwischen entschieden oder ihn geändert; die Liste wurde neu geladen.</translation>
    </message>
    <message>
        <source>You asked for this one: another lead decides it.</source>
        <translation>Diesen Antrag haben Sie gestellt: Eine andere Teamleitung entscheidet darüber.</translation>
    </message>
</context>
<context>
    <name>spocs::CreditQueueModel</name>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>spocs::CustomerCandidatesModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Same e-mail: %1</source>
        <translation>Gleiche E-Mail: %1</translation>
    </message>
    <message>
        <source>Same phone: %1</source>
        <translation>Gleiche Telefonnummer: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Matches on</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
</context>
<context>
    <name>spocs::CustomerHistoryModel</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Saved on this computer; it will be sent as soon as the connection is back.</source>
        <translation>Auf diesem Computer gespeichert; wird gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
</context>
<context>
    <name>spocs::CustomerPage</name>
    <message>
        <source>Find a customer with Ctrl+F and press Enter to open them here.</source>
        <translation>Suchen Sie einen Kunden mit Strg+F und öffnen Sie ihn hier mit der Eingabetaste.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Customer sections</source>
        <translation>Bereiche des Kunden</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>O&amp;rders</source>
        <translation>Au&amp;fträge</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>A&amp;brechnung</translation>
    </message>
    <message>
        <source>Show &amp;Overview</source>
        <translation>&amp;Übersicht zeigen</translation>
    </message>
    <message>
        <source>Show O&amp;rders</source>
        <translation>Au&amp;fträge zeigen</translation>
    </message>
    <message>
        <source>Show &amp;Billing</source>
        <translation>A&amp;brechnung zeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The customer&apos;s details were updated.</source>
        <translation>Die Kundendaten wurden aktualisiert.</translation>
    </message>
    <message>
        <source>A note was added to this customer.</source>
        <translation>Zu diesem Kunden wurde eine Notiz hinzugefügt.</translation>
    </message>
    <message>
        <source>An order of this customer changed.</source>
        <translation>Ein Auftrag dieses Kunden hat sich geändert.</translation>
    </message>
    <message>
        <source>An invoice of this customer changed.</source>
        <translation>Eine Rechnung dieses Kunden hat sich geändert.</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Acco&amp;unt</source>
        <translation>Profi&amp;l</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Show Acco&amp;unt</source>
        <translation>Profi&amp;l zeigen</translation>
    </message>
    <message>
        <source>Show Histor&amp;y</source>
        <translation>&amp;Verlauf zeigen</translation>
    </message>
</context>
<context>
    <name>spocs::CustomerSearchModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Found by order %1</source>
        <translation>Gefunden über Auftrag %1</translation>
    </message>
    <message>
        <source>Found by invoice %1</source>
        <translation>Gefunden über Rechnung %1</translation>
    </message>
</context>
<context>
    <name>spocs::CustomerSearchPanel</name>
    <message>
        <source>Search customers (Ctrl+F)</source>
        <translation>Kunden suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation>Kundensuche</translation>
    </message>
    <message>
        <source>Name, company, email, phone or account number. Down moves into the results, Enter opens the highlighted customer.</source>
        <translation>Name, Firma, E-Mail, Telefon oder Kontonummer. Pfeil nach unten wechselt in die Ergebnisse, die Eingabetaste öffnet den markierten Kunden.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Type a name, company, email, phone or account number.</source>
        <translation>Geben Sie einen Namen, eine Firma, eine E-Mail-Adresse, eine Telefon- oder Kontonummer ein.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No customers match “%1”.</source>
        <translation>Keine Kunden passen zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n customer(s).</source>
        <translation>
            <numerusform>%1 von %n Kunde angezeigt.</numerusform>
            <numerusform>%1 von %n Kunden angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n Kunde gefunden.</numerusform>
            <numerusform>%n Kunden gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>Create a customer from what you typed (Ctrl+Shift+N)</source>
        <translation>Einen Kunden aus Ihrer Eingabe anlegen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
</context>
<context>
    <name>spocs::DemandClassModel</name>
    <message>
        <source>Demand class</source>
        <translation>Bedarfsklasse</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>spocs::ExpertDirectoryModel</name>
    <message>
        <source>%1 (level %2)</source>
        <translation>%1 (Stufe %2)</translation>
    </message>
    <message>
        <source>%1
Skills: %2
Current load: %3</source>
        <translation>%1
Fähigkeiten: %2
Aktuelle Auslastung: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>spocs::FeedbackDialog</name>
    <message>
        <source>Did Not Help</source>
        <translation>Hat nicht geholfen</translation>
    </message>
    <message>
        <source>What was missing or wrong in “%1”? (optional)</source>
        <translation>Was fehlte oder war falsch in „%1“? (optional)</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>Kommentar zur Rückmeldung</translation>
    </message>
    <message>
        <source>For example: the steps do not match the current product version.</source>
        <translation>Zum Beispiel: Die Schritte passen nicht zur aktuellen Produktversion.</translation>
    </message>
    <message>
        <source>Send Feedback</source>
        <translation>Rückmeldung senden</translation>
    </message>
</context>
<context>
    <name>spocs::FloorView</name>
    <message>
        <source>Floor view</source>
        <translation>Live-Übersicht</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Waiting contacts</source>
        <translation>Wartende Kontakte</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>&amp;Move Contact to Agent…</source>
        <translation>Kontakt an Agenten &amp;zuweisen…</translation>
    </message>
    <message>
        <source>Offer the selected waiting contact to an agent now</source>
        <translation>Den ausgewählten wartenden Kontakt jetzt einem Agenten anbieten</translation>
    </message>
    <message>
        <source>Set Agent &amp;State…</source>
        <translation>&amp;Agentenzustand setzen…</translation>
    </message>
    <message>
        <source>Set the selected agent available or on a break</source>
        <translation>Den ausgewählten Agenten auf verfügbar oder in Pause setzen</translation>
    </message>
    <message>
        <source>Move to Agent…</source>
        <translation>An Agenten zuweisen…</translation>
    </message>
    <message>
        <source>Move contact to agent</source>
        <translation>Kontakt an Agenten zuweisen</translation>
    </message>
    <message>
        <source>Set State…</source>
        <translation>Zustand setzen…</translation>
    </message>
    <message>
        <source>Set agent state</source>
        <translation>Agentenzustand setzen</translation>
    </message>
    <message>
        <source>Q&amp;ueues</source>
        <translation>&amp;Warteschlangen</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>A&amp;genten</translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation>Wa&amp;rtend</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The floor view could not be loaded: %1</source>
        <translation>Die Live-Übersicht konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading the floor…</source>
        <translation>Live-Übersicht wird geladen…</translation>
    </message>
    <message>
        <source>Service level target: %1 answered within %2 s · %3 waiting · %4 of %5 agents available</source>
        <translation>Servicelevel-Ziel: %1 angenommen innerhalb von %2 s · %3 wartend · %4 von %5 Agenten verfügbar</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Move Contact to Agent</source>
        <translation>Kontakt an Agenten zuweisen</translation>
    </message>
    <message>
        <source>Waiting contact</source>
        <translation>Wartender Kontakt</translation>
    </message>
    <message>
        <source>%1 – %2, waiting %3</source>
        <translation>%1 – %2, wartet seit %3</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <source>Set Agent State</source>
        <translation>Agentenzustand setzen</translation>
    </message>
    <message>
        <source>New state</source>
        <translation>Neuer Zustand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why (kept in the audit log)</source>
        <translation>Warum (wird im Prüfprotokoll gespeichert)</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Set State</source>
        <translation>Zustand &amp;setzen</translation>
    </message>
    <message>
        <source>Contact #%1 is offered to %2.</source>
        <translation>Kontakt #%1 wird %2 angeboten.</translation>
    </message>
    <message>
        <source>Contact #%1 could not be moved to %2: %3</source>
        <translation>Kontakt #%1 konnte nicht an %2 zugewiesen werden: %3</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 ist jetzt: %2</translation>
    </message>
    <message>
        <source>The state of %1 could not be set: %2</source>
        <translation>Der Zustand von %1 konnte nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>Set the skills and levels of the selected agent</source>
        <translation>Fähigkeiten und Stufen des ausgewählten Agenten festlegen</translation>
    </message>
    <message>
        <source>Edit Skills…</source>
        <translation>Fähigkeiten bearbeiten…</translation>
    </message>
    <message>
        <source>Edit agent skills</source>
        <translation>Fähigkeiten des Agenten bearbeiten</translation>
    </message>
    <message>
        <source>The skills of %1 are saved.</source>
        <translation>Die Fähigkeiten von %1 sind gespeichert.</translation>
    </message>
    <message>
        <source>Edit S&amp;kills…</source>
        <translation>&amp;Fähigkeiten bearbeiten…</translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation>Warnu&amp;ngen</translation>
    </message>
    <message>
        <source>Q&amp;ueues – today (%1, %2)</source>
        <translation>&amp;Warteschlangen – heute (%1, %2)</translation>
    </message>
</context>
<context>
    <name>spocs::FollowUpModel</name>
    <message>
        <source>no due time</source>
        <translation>keine Fälligkeit</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message numerus="yes">
        <source>Open, %n update(s)</source>
        <translation>
            <numerusform>Offen, %n Aktualisierung</numerusform>
            <numerusform>Offen, %n Aktualisierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>spocs::FollowUpPanel</name>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>My follow-ups</source>
        <translation>Meine Wiedervorlagen</translation>
    </message>
    <message>
        <source>How the customer was told</source>
        <translation>Wie der Kunde informiert wurde</translation>
    </message>
    <message>
        <source>Status update given to the customer…</source>
        <translation>Statusmeldung an den Kunden…</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Statusmeldung</translation>
    </message>
    <message>
        <source>Record Update</source>
        <translation>Meldung festhalten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>The follow-up is settled</source>
        <translation>Die Wiedervorlage ist erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n bald fällig</numerusform>
            <numerusform>%n bald fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Keine offenen Wiedervorlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s), none due yet.</source>
        <translation>
            <numerusform>%n offene Wiedervorlage, noch keine fällig.</numerusform>
            <numerusform>%n offene Wiedervorlagen, noch keine fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attention: %1.</source>
        <translation>Achtung: %1.</translation>
    </message>
    <message>
        <source>Start an outbound contact with the update</source>
        <translation>Mit der Statusmeldung einen ausgehenden Kontakt starten</translation>
    </message>
    <message>
        <source>&amp;I call or write now: start an outbound contact</source>
        <translation>&amp;Jetzt anrufen oder schreiben (ausgehend)</translation>
    </message>
</context>
<context>
    <name>spocs::HistoryTab</name>
    <message>
        <source>Show history of type</source>
        <translation>Verlauf dieser Art zeigen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Filter by text, author or reference…</source>
        <translation>Nach Text, Autor oder Referenz filtern…</translation>
    </message>
    <message>
        <source>Filter history by text</source>
        <translation>Verlauf nach Text filtern</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>Kundenverlauf</translation>
    </message>
    <message>
        <source>Add a note for everyone who works with this customer…</source>
        <translation>Notiz für alle, die mit diesem Kunden arbeiten…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Add the note (Enter in the note field)</source>
        <translation>Notiz hinzufügen (Eingabe im Notizfeld)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Notiz hinzugefügt.</translation>
    </message>
    <message>
        <source>Ty&amp;pe:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>A&amp;dd Note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>The note waits to be sent.</source>
        <translation>Die Notiz wartet auf Versand.</translation>
    </message>
    <message>
        <source>This customer has older history than that listed: load the next entries</source>
        <translation>Dieser Kunde hat älteren Verlauf als den angezeigten: die nächsten Einträge laden</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <source>Show &amp;More History</source>
        <translation>&amp;Mehr Verlauf zeigen</translation>
    </message>
</context>
<context>
    <name>spocs::InvoiceActionDialog</name>
    <message>
        <source>Record Payment on Invoice %1</source>
        <translation>Zahlung zu Rechnung %1 erfassen</translation>
    </message>
    <message>
        <source>&amp;Record Payment</source>
        <translation>Zahlung &amp;erfassen</translation>
    </message>
    <message>
        <source>Credit or Refund on Invoice %1</source>
        <translation>Gutschrift oder Erstattung zu Rechnung %1</translation>
    </message>
    <message>
        <source>Dispute Invoice %1</source>
        <translation>Rechnung %1 beanstanden</translation>
    </message>
    <message>
        <source>Mark &amp;Disputed</source>
        <translation>Als &amp;strittig markieren</translation>
    </message>
    <message>
        <source>Withdraw Dispute of Invoice %1</source>
        <translation>Beanstandung von Rechnung %1 zurückziehen</translation>
    </message>
    <message>
        <source>&amp;Withdraw Dispute</source>
        <translation>Beanstandung &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Zahlungsart:</translation>
    </message>
    <message>
        <source>Credit note or refund</source>
        <translation>Gutschrift oder Erstattung</translation>
    </message>
    <message>
        <source>Credit note (lowers what is owed)</source>
        <translation>Gutschrift (senkt den offenen Betrag)</translation>
    </message>
    <message>
        <source>Refund (pays back what was paid)</source>
        <translation>Erstattung (zahlt Bezahltes zurück)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>e.g. 25.00</source>
        <translation>z. B. 25,00</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Betrag (%1):</translation>
    </message>
    <message>
        <source>Why the customer disputes the invoice</source>
        <translation>Warum der Kunde die Rechnung beanstandet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Notiz (optional):</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Grund (Pflichtfeld):</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Invoice %1 is %2; open amount %3.</source>
        <translation>Rechnung %1 ist %2; offener Betrag %3.</translation>
    </message>
    <message>
        <source>Small amounts are applied at once; larger ones wait for a team lead&apos;s approval.</source>
        <translation>Kleine Beträge werden sofort gebucht; größere warten auf die Freigabe durch eine Teamleitung.</translation>
    </message>
    <message>
        <source>%1 already waits for approval.</source>
        <translation>%1 wartet bereits auf Freigabe.</translation>
    </message>
    <message>
        <source>While disputed it is not overdue and gets no reminders.</source>
        <translation>Solange sie strittig ist, ist sie nicht überfällig und erhält keine Mahnungen.</translation>
    </message>
    <message>
        <source>Disputed because: %1</source>
        <translation>Strittig, weil: %1</translation>
    </message>
    <message>
        <source>Once withdrawn it is due again as before.</source>
        <translation>Nach dem Zurückziehen ist sie wieder wie zuvor fällig.</translation>
    </message>
    <message>
        <source>Someone else changed invoice %1 meanwhile; it was loaded again (open amount now %2). Check the amount and send again to apply yours.</source>
        <translation>Jemand anderes hat Rechnung %1 inzwischen geändert; sie wurde neu geladen (offener Betrag jetzt %2). Prüfen Sie den Betrag und senden Sie erneut, um Ihren zu übernehmen.</translation>
    </message>
    <message>
        <source>At most %1 can be credited or refunded on this invoice now.</source>
        <translation>Auf diese Rechnung können jetzt höchstens %1 gutgeschrieben oder erstattet werden.</translation>
    </message>
    <message>
        <source>Invoice %1 is %2 now: this is not possible any more.</source>
        <translation>Rechnung %1 ist jetzt %2: Das ist nicht mehr möglich.</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>Bea&amp;ntragen</translation>
    </message>
</context>
<context>
    <name>spocs::InvoiceModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Strittig</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, überfällig</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>%1, %2 credit pending</source>
        <translation>%1, %2 Gutschrift ausstehend</translation>
    </message>
</context>
<context>
    <name>spocs::KnowledgePanel</name>
    <message>
        <source>Search knowledge (Ctrl+K)</source>
        <translation>Wissen durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Knowledge search</source>
        <translation>Wissenssuche</translation>
    </message>
    <message>
        <source>Words from the title or text. Down moves into the results, Enter opens the article.</source>
        <translation>Wörter aus Titel oder Text. Pfeil nach unten wechselt in die Ergebnisse, die Eingabetaste öffnet den Artikel.</translation>
    </message>
    <message>
        <source>Knowledge articles</source>
        <translation>Wissensartikel</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Propose a new article for review</source>
        <translation>Einen neuen Artikel zur Prüfung vorschlagen</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>Proposals waiting for review, and articles that need attention</source>
        <translation>Vorschläge, die auf Prüfung warten, und Artikel, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>Your article was sent for review.</source>
        <translation>Ihr Artikel wurde zur Prüfung eingereicht.</translation>
    </message>
    <message>
        <source>Suggested for %1:</source>
        <translation>Vorschläge für %1:</translation>
    </message>
    <message>
        <source>Type words to search the knowledge base.</source>
        <translation>Suchwörter für die Wissensdatenbank eingeben.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No articles match “%1”.</source>
        <translation>Keine Artikel passen zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n article(s).</source>
        <translation>
            <numerusform>%1 von %n Artikel angezeigt.</numerusform>
            <numerusform>%1 von %n Artikeln angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found.</source>
        <translation>
            <numerusform>%n Artikel gefunden.</numerusform>
            <numerusform>%n Artikel gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review &amp;Queue…</source>
        <translation>&amp;Prüfliste…</translation>
    </message>
    <message>
        <source>New Article…</source>
        <translation>Neuer Artikel…</translation>
    </message>
</context>
<context>
    <name>spocs::KnowledgeSearchModel</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Agents found this article with searches like this one.</source>
        <translation>Kolleginnen und Kollegen haben diesen Artikel mit ähnlichen Suchen gefunden.</translation>
    </message>
</context>
<context>
    <name>spocs::LeadWorkspace</name>
    <message>
        <source>Floor</source>
        <translation>Live-Übersicht</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>&amp;Floor View</source>
        <translation>&amp;Live-Übersicht</translation>
    </message>
    <message>
        <source>Queues, agents and alerts, live</source>
        <translation>Warteschlangen, Agenten und Warnungen, live</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>FCR, handle times, abandonment, reasons and satisfaction for a date range</source>
        <translation>FCR, Bearbeitungszeiten, Abbrüche, Gründe und Zufriedenheit für einen Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Add, rename, classify and archive contact reasons</source>
        <translation>Kontaktgründe anlegen, umbenennen, einordnen und archivieren</translation>
    </message>
    <message>
        <source>Team lead views</source>
        <translation>Ansichten der Teamleitung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Reassign &amp;Customers…</source>
        <translation>Kunden &amp;neu zuweisen…</translation>
    </message>
    <message>
        <source>Move someone&apos;s customers and open follow-ups to a colleague</source>
        <translation>Die Kunden und offenen Wiedervorlagen einer Person an eine andere übertragen</translation>
    </message>
    <message>
        <source>&amp;Team View</source>
        <translation>&amp;Teamansicht</translation>
    </message>
    <message>
        <source>A person&apos;s customers and open follow-ups, and moving them to a colleague</source>
        <translation>Kunden und offene Wiedervorlagen einer Person und ihre Übertragung an eine andere</translation>
    </message>
    <message>
        <source>Credit &amp;Approvals…</source>
        <translation>G&amp;utschriften freigeben…</translation>
    </message>
    <message>
        <source>Approve or reject credit notes and refunds above the limit</source>
        <translation>Gutschriften und Erstattungen über dem Limit freigeben oder ablehnen</translation>
    </message>
    <message>
        <source>Edit Contact R&amp;easons…</source>
        <translation>Kontakt&amp;gründe bearbeiten…</translation>
    </message>
</context>
<context>
    <name>spocs::LearnedWordsModel</name>
    <message>
        <source>Word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Geholfen</translation>
    </message>
    <message>
        <source>Did not help</source>
        <translation>Nicht geholfen</translation>
    </message>
</context>
<context>
    <name>spocs::LearnedWordsView</name>
    <message>
        <source>Searches that found this</source>
        <translation>Suchen, die hierher führten</translation>
    </message>
    <message>
        <source>No search has led agents here yet.</source>
        <translation>Noch hat keine Suche Agenten hierher geführt.</translation>
    </message>
    <message>
        <source>Searches that found this article</source>
        <translation>Suchen, die diesen Artikel fanden</translation>
    </message>
    <message>
        <source>Forget Word</source>
        <translation>&amp;Wort vergessen</translation>
    </message>
    <message>
        <source>Searches in the selected word no longer find this article by it</source>
        <translation>Suchen mit dem gewählten Wort finden diesen Artikel nicht mehr darüber</translation>
    </message>
    <message>
        <source>Forget All…</source>
        <translation>Alle W&amp;örter vergessen…</translation>
    </message>
    <message>
        <source>Forget every word agents&apos; searches taught this article</source>
        <translation>Alle Wörter vergessen, die Suchen der Agenten diesem Artikel beigebracht haben</translation>
    </message>
    <message>
        <source>Forget the selected word</source>
        <translation>Das gewählte Wort vergessen</translation>
    </message>
    <message>
        <source>Forget all words</source>
        <translation>Alle Wörter vergessen</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n learned word(s) of “%1”.</source>
        <translation>
            <numerusform>%n gelerntes Wort von „%1“ vergessen.</numerusform>
            <numerusform>%n gelernte Wörter von „%1“ vergessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searches for “%1” no longer find “%2” by that word.</source>
        <translation>Suchen mit „%1“ finden „%2“ nicht mehr über dieses Wort.</translation>
    </message>
    <message>
        <source>Forget All Learned Words</source>
        <translation>Alle gelernten Wörter vergessen</translation>
    </message>
    <message numerus="yes">
        <source>Forget all %n word(s) agents&apos; searches taught “%1”? Searches then find it by its own text only, until agents teach it again.</source>
        <translation>
            <numerusform>Das %n Wort vergessen, das Suchen der Agenten „%1“ beigebracht haben? Suchen finden den Artikel dann nur noch über seinen eigenen Text, bis Agenten ihm wieder Wörter beibringen.</numerusform>
            <numerusform>Alle %n Wörter vergessen, die Suchen der Agenten „%1“ beigebracht haben? Suchen finden den Artikel dann nur noch über seinen eigenen Text, bis Agenten ihm wieder Wörter beibringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget all learned words?</source>
        <translation>Alle gelernten Wörter vergessen?</translation>
    </message>
    <message>
        <source>Forget All</source>
        <translation>Alle vergessen</translation>
    </message>
    <message>
        <source>Agents searched with these words before the article helped them.</source>
        <translation>Agenten haben mit diesen Wörtern gesucht, bevor ihnen der Artikel half.</translation>
    </message>
</context>
<context>
    <name>spocs::LoginDialog</name>
    <message>
        <source>Sign in to Spocs</source>
        <translation>Bei Spocs anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Address of the Spocs coordinator, for example ws://127.0.0.1:7400</source>
        <translation>Adresse des Spocs-Koordinators, zum Beispiel ws://127.0.0.1:7400</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Enter a server address that starts with ws:// or wss://.</source>
        <translation>Geben Sie eine Serveradresse ein, die mit ws:// oder wss:// beginnt.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>ws:// would send your password unencrypted. Use wss://%1 for another computer; ws:// works only for this computer (localhost).</source>
        <translation>Mit ws:// würde Ihr Passwort unverschlüsselt gesendet. Verwenden Sie wss://%1 für einen anderen Computer; ws:// funktioniert nur für diesen Computer (localhost).</translation>
    </message>
</context>
<context>
    <name>spocs::MainWindow</name>
    <message>
        <source>Spocs</source>
        <translation>Spocs</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign in to the Spocs server</source>
        <translation>Beim Spocs-Server anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>End the session on this workstation</source>
        <translation>Die Sitzung an diesem Arbeitsplatz beenden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Spocs</source>
        <translation>Spocs beenden</translation>
    </message>
    <message>
        <source>&amp;Find Customer…</source>
        <translation>Kunden &amp;suchen…</translation>
    </message>
    <message>
        <source>Search customers by name, company, email, phone or account</source>
        <translation>Kunden nach Name, Firma, E-Mail, Telefon oder Konto suchen</translation>
    </message>
    <message>
        <source>Load the open customer again</source>
        <translation>Den geöffneten Kunden neu laden</translation>
    </message>
    <message>
        <source>&amp;Close Customer</source>
        <translation>Kunden s&amp;chließen</translation>
    </message>
    <message>
        <source>Close the open customer</source>
        <translation>Den geöffneten Kunden schließen</translation>
    </message>
    <message>
        <source>&amp;About Spocs</source>
        <translation>Ü&amp;ber Spocs</translation>
    </message>
    <message>
        <source>Versions of Spocs, Qt and the protocol</source>
        <translation>Versionen von Spocs, Qt und dem Protokoll</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Information about the Qt toolkit</source>
        <translation>Informationen über das Qt-Toolkit</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;Englisch</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>Die Sprache ändert sich beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>%1 – Spocs</source>
        <translation>%1 – Spocs</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>&amp;Knowledge Panel</source>
        <translation>&amp;Wissensbereich</translation>
    </message>
    <message>
        <source>Show or hide the knowledge panel</source>
        <translation>Wissensbereich ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show the knowledge panel and focus its search</source>
        <translation>Wissensbereich zeigen und in seine Suche wechseln</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>%1 was refused: %2 Review it with Ctrl+Alt+P.</source>
        <translation>%1 wurde abgelehnt: %2 Mit Strg+Alt+P prüfen.</translation>
    </message>
    <message>
        <source>Knowledge &amp;Synonyms…</source>
        <translation>Wissens-&amp;Synonyme…</translation>
    </message>
    <message>
        <source>Words the knowledge search treats as one (bill, invoice)</source>
        <translation>Wörter, die die Wissenssuche als gleich behandelt (Rechnung, Abrechnung)</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Search Knowledge…</source>
        <translation>Wissen &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>Adm&amp;in</source>
        <translation>Verwa&amp;ltung</translation>
    </message>
</context>
<context>
    <name>spocs::MyDayPage</name>
    <message>
        <source>My day</source>
        <translation>Mein Tag</translation>
    </message>
    <message>
        <source>Alt+1…4 moves to a list, Enter opens the customer, Ctrl+F finds another one.</source>
        <translation>Alt+1…4 wechselt in eine Liste, die Eingabetaste öffnet den Kunden, Strg+F sucht einen anderen.</translation>
    </message>
    <message>
        <source>Contacts in hand</source>
        <translation>Kontakte in Bearbeitung</translation>
    </message>
    <message>
        <source>No contact in hand.</source>
        <translation>Kein Kontakt in Bearbeitung.</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>Heute fällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Nothing due today or overdue.</source>
        <translation>Heute nichts fällig oder überfällig.</translation>
    </message>
    <message>
        <source>Recent customers</source>
        <translation>Zuletzt geöffnete Kunden</translation>
    </message>
    <message>
        <source>No customer opened yet in this session.</source>
        <translation>In dieser Sitzung noch kein Kunde geöffnet.</translation>
    </message>
    <message>
        <source>My queues</source>
        <translation>Meine Warteschlangen</translation>
    </message>
    <message>
        <source>You serve no queue.</source>
        <translation>Sie bedienen keine Warteschlange.</translation>
    </message>
    <message>
        <source>The queues could not be read: %1</source>
        <translation>Die Warteschlangen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>My day: %1</source>
        <translation>Mein Tag: %1</translation>
    </message>
</context>
<context>
    <name>spocs::NewCustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>Fir&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Two-letter code, e.g. DE</source>
        <translation>Zweibuchstabiger Code, z. B. DE</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Two-letter code, e.g. de</source>
        <translation>Zweibuchstabiger Code, z. B. de</translation>
    </message>
    <message>
        <source>(from the contact details)</source>
        <translation>(aus den Kontaktdaten)</translation>
    </message>
    <message>
        <source>Pre&amp;ferred channel:</source>
        <translation>&amp;Bevorzugter Kanal:</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <source>Existing customers with the same details</source>
        <translation>Vorhandene Kunden mit denselben Angaben</translation>
    </message>
    <message>
        <source>&amp;Open Customer</source>
        <translation>Kunden ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected existing customer instead (Alt+O)</source>
        <translation>Stattdessen den ausgewählten vorhandenen Kunden öffnen (Alt+F)</translation>
    </message>
    <message>
        <source>Create &amp;Anyway</source>
        <translation>Trotzdem &amp;anlegen</translation>
    </message>
    <message>
        <source>Create a new customer although the details match (Alt+A)</source>
        <translation>Einen neuen Kunden anlegen, obwohl die Angaben übereinstimmen (Alt+A)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Anle&amp;gen</translation>
    </message>
    <message>
        <source>Create the customer as a prospect owned by you (Enter)</source>
        <translation>Den Kunden als Interessenten anlegen, betreut von Ihnen (Eingabe)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with this e-mail address or phone number already exist(s). Open one of them, or create the new customer anyway.</source>
        <translation>
            <numerusform>%n Kunde mit dieser E-Mail-Adresse oder Telefonnummer existiert bereits. Öffnen Sie ihn, oder legen Sie den neuen Kunden trotzdem an.</numerusform>
            <numerusform>%n Kunden mit dieser E-Mail-Adresse oder Telefonnummer existieren bereits. Öffnen Sie einen davon, oder legen Sie den neuen Kunden trotzdem an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spocs::NewCustomerSession</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Geben Sie den Namen des Kunden ein.</translation>
    </message>
    <message>
        <source>The company name is too long.</source>
        <translation>Der Firmenname ist zu lang.</translation>
    </message>
    <message>
        <source>Not an e-mail address; it looks like name@example.com.</source>
        <translation>Keine E-Mail-Adresse; sie sieht aus wie name@example.com.</translation>
    </message>
    <message>
        <source>Not a phone number: 4 to 15 digits, with + ( ) . - / and spaces.</source>
        <translation>Keine Telefonnummer: 4 bis 15 Ziffern, mit + ( ) . - / und Leerzeichen.</translation>
    </message>
    <message>
        <source>An address needs street, postcode, city and a two-letter country code (DE).</source>
        <translation>Eine Adresse braucht Straße, Postleitzahl, Ort und einen zweibuchstabigen Ländercode (DE).</translation>
    </message>
    <message>
        <source>Enter a two-letter language code such as de or en.</source>
        <translation>Geben Sie einen zweibuchstabigen Sprachcode wie de oder en ein.</translation>
    </message>
    <message>
        <source>The server did not accept this.</source>
        <translation>Der Server hat diesen Wert nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>spocs::OfferNotification</name>
    <message>
        <source>Incoming offers</source>
        <translation>Eingehende Angebote</translation>
    </message>
    <message>
        <source>unknown customer</source>
        <translation>unbekannter Kunde</translation>
    </message>
    <message>
        <source>Consult request from %1</source>
        <translation>Rückfrage-Anfrage von %1</translation>
    </message>
    <message>
        <source>Warm transfer from %1</source>
        <translation>Begleitete Übergabe von %1</translation>
    </message>
    <message>
        <source>Cold transfer from %1</source>
        <translation>Direkte Übergabe von %1</translation>
    </message>
    <message>
        <source>You own this customer.</source>
        <translation>Sie betreuen diesen Kunden.</translation>
    </message>
    <message>
        <source>You are the customer&apos;s backup; the owner is away.</source>
        <translation>Sie sind die Vertretung für diesen Kunden; der Betreuer ist abwesend.</translation>
    </message>
    <message>
        <source>Next in the queue.</source>
        <translation>Der Nächste in der Warteschlange.</translation>
    </message>
    <message>
        <source>About: %1.</source>
        <translation>Thema: %1.</translation>
    </message>
    <message>
        <source>Queue: %1.</source>
        <translation>Warteschlange: %1.</translation>
    </message>
    <message>
        <source>Forwarded to you.</source>
        <translation>An Sie weitergeleitet.</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Customer: %1 – %2</source>
        <translation>Kunde: %1 – %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Time left to answer</source>
        <translation>Verbleibende Zeit zum Antworten</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Grund für die Ablehnung</translation>
    </message>
    <message>
        <source>Busy with a customer</source>
        <translation>Mit einem Kunden beschäftigt</translation>
    </message>
    <message>
        <source>Not my topic</source>
        <translation>Nicht mein Thema</translation>
    </message>
    <message>
        <source>About to leave</source>
        <translation>Gehe gleich</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Accept (Ctrl+Alt+A)</source>
        <translation>Annehmen (Strg+Alt+A)</translation>
    </message>
    <message>
        <source>Decline (Ctrl+Alt+D)</source>
        <translation>Ablehnen (Strg+Alt+D)</translation>
    </message>
    <message>
        <source>Accept: %1</source>
        <translation>Annehmen: %1</translation>
    </message>
    <message>
        <source>Decline: %1</source>
        <translation>Ablehnen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n offers waiting</source>
        <translation>
            <numerusform>%n Angebot wartet</numerusform>
            <numerusform>%n Angebote warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation>Eingehender Anruf: %1</translation>
    </message>
    <message>
        <source>Incoming email: %1</source>
        <translation>Eingehende E-Mail: %1</translation>
    </message>
    <message>
        <source>Incoming chat: %1</source>
        <translation>Eingehender Chat: %1</translation>
    </message>
    <message>
        <source>Incoming contact: %1</source>
        <translation>Eingehender Kontakt: %1</translation>
    </message>
</context>
<context>
    <name>spocs::OrderDialog</name>
    <message>
        <source>Change Order %1</source>
        <translation>Auftrag %1 ändern</translation>
    </message>
    <message>
        <source>New Order for %1</source>
        <translation>Neuer Auftrag für %1</translation>
    </message>
    <message>
        <source>Add products</source>
        <translation>Produkte hinzufügen</translation>
    </message>
    <message>
        <source>Search products by name or SKU…</source>
        <translation>Produkte nach Name oder Artikelnummer suchen…</translation>
    </message>
    <message>
        <source>Product search</source>
        <translation>Produktsuche</translation>
    </message>
    <message>
        <source>Quantity to add</source>
        <translation>Hinzuzufügende Menge</translation>
    </message>
    <message>
        <source>Qty </source>
        <translation>Menge </translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the highlighted product</source>
        <translation>Markiertes Produkt hinzufügen</translation>
    </message>
    <message>
        <source>Add the highlighted product (Enter)</source>
        <translation>Markiertes Produkt hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>Products found</source>
        <translation>Gefundene Produkte</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Auftragspositionen</translation>
    </message>
    <message>
        <source>Order lines; F2 edits the quantity, Delete removes a line</source>
        <translation>Auftragspositionen; F2 ändert die Menge, Entf entfernt eine Position</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>Position &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Ausgewählte Position entfernen (Entf)</translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Send to the server (Ctrl+Return)</source>
        <translation>An den Server senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>%1 is discontinued and can no longer be ordered.</source>
        <translation>%1 ist ausgelaufen und kann nicht mehr bestellt werden.</translation>
    </message>
    <message>
        <source>An order can have at most %1 lines.</source>
        <translation>Ein Auftrag kann höchstens %1 Positionen haben.</translation>
    </message>
    <message>
        <source>No lines yet: search a product and press Enter to add it.</source>
        <translation>Noch keine Positionen: Produkt suchen und mit Eingabe hinzufügen.</translation>
    </message>
    <message>
        <source>Estimated total: %1 (the server calculates the final amount)</source>
        <translation>Geschätzte Summe: %1 (den endgültigen Betrag berechnet der Server)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Placing…</source>
        <translation>Wird aufgegeben…</translation>
    </message>
    <message>
        <source>P&amp;lace Order</source>
        <translation>Auftrag &amp;aufgeben</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Someone else changed order %1 meanwhile. It now holds: %2. Your lines are kept above; save again to put them in place of those.</source>
        <translation>Jemand anderes hat Auftrag %1 inzwischen geändert. Er enthält jetzt: %2. Ihre Positionen bleiben oben stehen; speichern Sie erneut, um sie an deren Stelle zu setzen.</translation>
    </message>
    <message>
        <source>Someone else changed order %1 meanwhile: it is now %2, and its lines can no longer be changed.</source>
        <translation>Jemand anderes hat Auftrag %1 inzwischen geändert: Er ist jetzt %2, und seine Positionen lassen sich nicht mehr ändern.</translation>
    </message>
</context>
<context>
    <name>spocs::OrderLinesModel</name>
    <message>
        <source>%1 is discontinued and can no longer be ordered.</source>
        <translation>%1 ist ausgelaufen und kann nicht mehr bestellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1: only %2 available, more in %n day(s).</source>
        <translation>
            <numerusform>%1: nur %2 verfügbar, Nachschub in %n Tag.</numerusform>
            <numerusform>%1: nur %2 verfügbar, Nachschub in %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: only %2 available.</source>
        <translation>%1: nur %2 verfügbar.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message numerus="yes">
        <source>%1 is out of stock, more in %n day(s).</source>
        <translation>
            <numerusform>%1 ist nicht auf Lager, Nachschub in %n Tag.</numerusform>
            <numerusform>%1 ist nicht auf Lager, Nachschub in %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is out of stock.</source>
        <translation>%1 ist nicht auf Lager.</translation>
    </message>
</context>
<context>
    <name>spocs::OrderModel</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Kommissioniert</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgesendet</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Zugesagt für</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>%1 (change waiting to be sent)</source>
        <translation>%1 (Änderung wartet auf Versand)</translation>
    </message>
</context>
<context>
    <name>spocs::OrdersTab</name>
    <message>
        <source>Place a new order for this customer</source>
        <translation>Neuen Auftrag für diesen Kunden aufgeben</translation>
    </message>
    <message>
        <source>Change the lines or the address of the selected order</source>
        <translation>Positionen oder Lieferadresse des ausgewählten Auftrags ändern</translation>
    </message>
    <message>
        <source>Cancel the selected order</source>
        <translation>Ausgewählten Auftrag stornieren</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Auftragspositionen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
    <message>
        <source>Order change history</source>
        <translation>Änderungsverlauf des Auftrags</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No orders yet. Press Ctrl+N to place one.</source>
        <translation>Noch keine Aufträge. Mit Strg+N einen aufgeben.</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>Auftrag %1 · %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>Placed: %1</source>
        <translation>Aufgegeben: %1</translation>
    </message>
    <message>
        <source>Promised for: %1</source>
        <translation>Zugesagt für: %1</translation>
    </message>
    <message>
        <source>Ship to: %1</source>
        <translation>Lieferung an: %1</translation>
    </message>
    <message>
        <source>Cancelled because: %1</source>
        <translation>Storniert, weil: %1</translation>
    </message>
    <message>
        <source>This order was %1: it can no longer be changed or cancelled. Offer a return after delivery.</source>
        <translation>Dieser Auftrag ist bereits %1: Er kann weder geändert noch storniert werden. Bieten Sie nach der Lieferung eine Rücksendung an.</translation>
    </message>
    <message>
        <source>This order is %1: it is closed and can no longer be changed or cancelled.</source>
        <translation>Dieser Auftrag ist %1: Er ist abgeschlossen und kann weder geändert noch storniert werden.</translation>
    </message>
    <message>
        <source>This order was %1: only the delivery address can still change; it can still be cancelled.</source>
        <translation>Dieser Auftrag ist bereits %1: Nur die Lieferadresse lässt sich noch ändern; stornieren ist noch möglich.</translation>
    </message>
    <message>
        <source>Order %1 placed. Total: %2.</source>
        <translation>Auftrag %1 aufgegeben. Summe: %2.</translation>
    </message>
    <message>
        <source>Order %1 changed. Total: %2.</source>
        <translation>Auftrag %1 geändert. Summe: %2.</translation>
    </message>
    <message>
        <source>Order %1 cancelled.</source>
        <translation>Auftrag %1 storniert.</translation>
    </message>
    <message>
        <source>Ne&amp;w Order…</source>
        <translation>&amp;Neuer Auftrag…</translation>
    </message>
    <message>
        <source>Chan&amp;ge Order…</source>
        <translation>Auftrag &amp;ändern…</translation>
    </message>
    <message>
        <source>Cancel Or&amp;der…</source>
        <translation>Auftrag sto&amp;rnieren…</translation>
    </message>
    <message>
        <source>This customer has older orders than those listed: load the next ones</source>
        <translation>Dieser Kunde hat ältere Aufträge als die angezeigten: die nächsten laden</translation>
    </message>
    <message>
        <source>Show &amp;More Orders</source>
        <translation>&amp;Mehr Aufträge zeigen</translation>
    </message>
</context>
<context>
    <name>spocs::OutboundContactDialog</name>
    <message>
        <source>Start Outbound Contact</source>
        <translation>Ausgehenden Kontakt starten</translation>
    </message>
    <message>
        <source>Call or write to %1 (%2). The contact is yours from the start; close it with its reasons like any other.</source>
        <translation>Anruf oder Nachricht an %1 (%2). Sie sind von Anfang an für den Kontakt zuständig; schließen Sie ihn wie jeden anderen mit seinen Gründen ab.</translation>
    </message>
    <message>
        <source>How you contact the customer</source>
        <translation>Wie Sie den Kunden kontaktieren</translation>
    </message>
    <message>
        <source>Reason for the contact</source>
        <translation>Grund des Kontakts</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What you call or write about…</source>
        <translation>Worum es bei Ihrem Anruf oder Ihrer Nachricht geht…</translation>
    </message>
    <message>
        <source>Start Contact</source>
        <translation>Kontakt starten</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>(choose when closing)</source>
        <translation>(beim Abschließen wählen)</translation>
    </message>
</context>
<context>
    <name>spocs::OutboxDialog</name>
    <message>
        <source>Someone else changed it after you. Reapply puts your change over theirs; Discard keeps theirs.</source>
        <translation>Jemand anderes hat den Datensatz nach Ihnen geändert. „Erneut anwenden“ schreibt Ihre Änderung über die andere; „Verwerfen“ behält die andere.</translation>
    </message>
    <message>
        <source>It cannot be applied any more. Discard it, and check the record.</source>
        <translation>Die Änderung lässt sich nicht mehr anwenden. Verwerfen Sie sie und prüfen Sie den Datensatz.</translation>
    </message>
    <message>
        <source>Reapply sends it again; Discard drops it.</source>
        <translation>„Erneut anwenden“ sendet sie noch einmal; „Verwerfen“ löscht sie.</translation>
    </message>
    <message>
        <source>Unsent Changes</source>
        <translation>Nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>Changes not yet applied by the server</source>
        <translation>Änderungen, die der Server noch nicht übernommen hat</translation>
    </message>
    <message>
        <source>Details of the selected change</source>
        <translation>Details der ausgewählten Änderung</translation>
    </message>
    <message>
        <source>&amp;Reapply</source>
        <translation>&amp;Erneut anwenden</translation>
    </message>
    <message>
        <source>Reapply the refused change</source>
        <translation>Die abgelehnte Änderung erneut anwenden</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard the refused change</source>
        <translation>Die abgelehnte Änderung verwerfen</translation>
    </message>
    <message>
        <source>Changes saved on this computer are sent in order as soon as the connection is back. Refused ones wait here for you.</source>
        <translation>Auf diesem Computer gespeicherte Änderungen werden der Reihe nach gesendet, sobald die Verbindung wieder besteht. Abgelehnte warten hier auf Sie.</translation>
    </message>
    <message>
        <source>Everything has been sent.</source>
        <translation>Alles wurde gesendet.</translation>
    </message>
    <message>
        <source>%1 was refused: %2 %3</source>
        <translation>%1 wurde abgelehnt: %2 %3</translation>
    </message>
    <message>
        <source>%1 waits to be sent.</source>
        <translation>%1 wartet auf Versand.</translation>
    </message>
    <message>
        <source>Look at the record: if your change is there, Discard; if not, Reapply.</source>
        <translation>Sehen Sie im Datensatz nach: Ist Ihre Änderung da, „Verwerfen“; wenn nicht, „Erneut anwenden“.</translation>
    </message>
    <message>
        <source>Text of the selected note</source>
        <translation>Text der ausgewählten Notiz</translation>
    </message>
    <message>
        <source>Note: “%1”</source>
        <translation>Notiz: „%1“</translation>
    </message>
</context>
<context>
    <name>spocs::OutboxIndicator</name>
    <message>
        <source>Review &amp;Unsent Changes…</source>
        <translation>&amp;Nicht gesendete Änderungen prüfen…</translation>
    </message>
    <message>
        <source>Changes saved on this computer that the server has not applied yet</source>
        <translation>Auf diesem Computer gespeicherte Änderungen, die der Server noch nicht übernommen hat</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n Änderung abgelehnt</numerusform>
            <numerusform>%n Änderungen abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n wartet auf Versand</numerusform>
            <numerusform>%n warten auf Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Änderung wartet auf Versand</numerusform>
            <numerusform>%n Änderungen warten auf Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>The server refused a change made while offline. Click to review it.</source>
        <translation>Der Server hat eine offline vorgenommene Änderung abgelehnt. Klicken Sie, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Saved on this computer; sent in order as soon as the connection is back.</source>
        <translation>Auf diesem Computer gespeichert; wird der Reihe nach gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
</context>
<context>
    <name>spocs::OutboxModel</name>
    <message>
        <source>Note for customer %1</source>
        <translation>Notiz zu Kunde %1</translation>
    </message>
    <message>
        <source>Change to order %1</source>
        <translation>Änderung an Auftrag %1</translation>
    </message>
    <message>
        <source>Cancellation of order %1</source>
        <translation>Stornierung von Auftrag %1</translation>
    </message>
    <message>
        <source>New order for customer %1</source>
        <translation>Neuer Auftrag für Kunde %1</translation>
    </message>
    <message>
        <source>Account change for customer %1</source>
        <translation>Änderung der Kundendaten von Kunde %1</translation>
    </message>
    <message>
        <source>Notes on contact %1</source>
        <translation>Notizen zu Kontakt %1</translation>
    </message>
    <message>
        <source>Task on a contact</source>
        <translation>Aufgabe zu einem Kontakt</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>%1 (%2): refused</source>
        <translation>%1 (%2): abgelehnt</translation>
    </message>
    <message>
        <source>%1 (%2): waiting to be sent</source>
        <translation>%1 (%2): wartet auf Versand</translation>
    </message>
</context>
<context>
    <name>spocs::OverviewTab</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Preferred channel:</source>
        <translation>Bevorzugter Kanal:</translation>
    </message>
    <message>
        <source>Expects an answer:</source>
        <translation>Erwartet Antwort:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation>Überfällig:</translation>
    </message>
    <message>
        <source>Credit limit:</source>
        <translation>Kreditlimit:</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Betreuer:</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Vertretung:</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Posten</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>Aufträge:</translation>
    </message>
    <message>
        <source>Invoices:</source>
        <translation>Rechnungen:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Recent history</source>
        <translation>Letzte Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>innerhalb von %n Stunde</numerusform>
            <numerusform>innerhalb von %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nichts überfällig</translation>
    </message>
    <message>
        <source>No open orders</source>
        <translation>Keine offenen Aufträge</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>No unpaid invoices</source>
        <translation>Keine offenen Rechnungen</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
</context>
<context>
    <name>spocs::ParticipantsModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Experte</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (left)</source>
        <translation>%1 — %2 (gegangen)</translation>
    </message>
    <message>
        <source>Joined %1, left %2</source>
        <translation>Beigetreten um %1, gegangen um %2</translation>
    </message>
    <message>
        <source>Joined %1</source>
        <translation>Beigetreten um %1</translation>
    </message>
</context>
<context>
    <name>spocs::PresenceSelector</name>
    <message>
        <source>My presence</source>
        <translation>Meine Anwesenheit</translation>
    </message>
    <message>
        <source>Your presence: Ctrl+Alt+V available, Ctrl+Alt+B break</source>
        <translation>Ihre Anwesenheit: Strg+Alt+V verfügbar, Strg+Alt+B Pause</translation>
    </message>
    <message>
        <source>Time in this state</source>
        <translation>Zeit in diesem Zustand</translation>
    </message>
    <message>
        <source>Receive contacts again (also ends after-contact work)</source>
        <translation>Wieder Kontakte erhalten (beendet auch die Nachbearbeitung)</translation>
    </message>
    <message>
        <source>&amp;Break</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Mittagspause</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffeepause</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Take a &amp;Break…</source>
        <translation>&amp;Pause machen…</translation>
    </message>
    <message>
        <source>Pause contacts, with a reason</source>
        <translation>Kontakte mit Angabe eines Grundes pausieren</translation>
    </message>
    <message>
        <source>Presence…</source>
        <translation>Anwesenheit…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ▾</source>
        <translation>%1 ▾</translation>
    </message>
    <message>
        <source>I&apos;m A&amp;vailable</source>
        <translation>Ich bin &amp;verfügbar</translation>
    </message>
</context>
<context>
    <name>spocs::ProductSearchModel</name>
    <message numerus="yes">
        <source>Discontinued (%n left)</source>
        <translation>
            <numerusform>Ausgelaufen (noch %n Stück)</numerusform>
            <numerusform>Ausgelaufen (noch %n Stück)</numerusform>
        </translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Ausgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>Out of stock - back in %n day(s)</source>
        <translation>
            <numerusform>Nicht auf Lager – wieder da in %n Tag</numerusform>
            <numerusform>Nicht auf Lager – wieder da in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Nicht auf Lager</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 available - more in %n day(s)</source>
        <translation>
            <numerusform>Nur %1 verfügbar – Nachschub in %n Tag</numerusform>
            <numerusform>Nur %1 verfügbar – Nachschub in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 available</source>
        <translation>Nur %1 verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform>%n verfügbar</numerusform>
            <numerusform>%n verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
</context>
<context>
    <name>spocs::ProposeEditDialog</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Comma-separated, for example: billing, refund</source>
        <translation>Durch Kommas getrennt, zum Beispiel: Rechnung, Erstattung</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Internal (agents only)</source>
        <translation>Intern (nur Mitarbeitende)</translation>
    </message>
    <message>
        <source>Public (may be sent to customers)</source>
        <translation>Öffentlich (darf an Kunden gesendet werden)</translation>
    </message>
    <message>
        <source>Article text (Markdown)</source>
        <translation>Artikeltext (Markdown)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Änderungsnotiz</translation>
    </message>
    <message>
        <source>Required: what did you change and why?</source>
        <translation>Pflichtfeld: Was haben Sie geändert und warum?</translation>
    </message>
    <message>
        <source>&amp;Text (Markdown)</source>
        <translation>&amp;Text (Markdown)</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>S&amp;ichtbarkeit:</translation>
    </message>
    <message>
        <source>&amp;Change note:</source>
        <translation>Änderungs&amp;notiz:</translation>
    </message>
    <message>
        <source>Send for &amp;Review</source>
        <translation>Zur &amp;Prüfung einreichen</translation>
    </message>
    <message>
        <source>New Article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Propose Edit – %1</source>
        <translation>Änderung vorschlagen – %1</translation>
    </message>
    <message>
        <source>Describe your change first.</source>
        <translation>Beschreiben Sie zuerst Ihre Änderung.</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Tit&amp;el:</translation>
    </message>
    <message>
        <source>%1 has proposed a change to this article (version %2) that awaits review. Your text is kept: send it again to replace that proposal, or cancel to keep it.</source>
        <translation>%1 hat eine Änderung an diesem Artikel vorgeschlagen (Version %2), die noch geprüft wird. Ihr Text bleibt erhalten: Senden Sie ihn erneut, um diesen Vorschlag zu ersetzen, oder brechen Sie ab, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>The article changed meanwhile (now version %1). Your text is kept: send it again to propose it over the current version.</source>
        <translation>Der Artikel wurde inzwischen geändert (jetzt Version %1). Ihr Text bleibt erhalten: Senden Sie ihn erneut, um ihn für die aktuelle Version vorzuschlagen.</translation>
    </message>
</context>
<context>
    <name>spocs::QueueStatsModel</name>
    <message>
        <source>Answered within the target time today: %1 answered, %2 abandoned</source>
        <translation>Heute innerhalb der Zielzeit angenommen: %1 angenommen, %2 abgebrochen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Max. Wartezeit</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>ASA</translation>
    </message>
    <message>
        <source>Abandoned %</source>
        <translation>Abgebrochen %</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>spocs::QueueWaitingModel</name>
    <message numerus="yes">
        <source>%n contact(s) waiting in %1</source>
        <translation>
            <numerusform>%n Kontakt wartet in %1</numerusform>
            <numerusform>%n Kontakte warten in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Wartezeit</translation>
    </message>
</context>
<context>
    <name>spocs::ReasonEditorDialog</name>
    <message>
        <source>Edit Contact Reasons</source>
        <translation>Kontaktgründe bearbeiten</translation>
    </message>
    <message>
        <source>Contact reasons</source>
        <translation>Kontaktgründe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>lower-case words joined by dots, e.g. billing.refund</source>
        <translation>kleingeschriebene Wörter mit Punkten verbunden, z. B. billing.refund</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Demand class</source>
        <translation>Bedarfsklasse</translation>
    </message>
    <message>
        <source>&amp;Forward only (cannot be closed as resolved)</source>
        <translation>Nur &amp;weiterleiten (kann nicht als gelöst abgeschlossen werden)</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Archived (can no longer be chosen)</source>
        <translation>&amp;Archiviert (nicht mehr wählbar)</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Demand class:</source>
        <translation>Bedarfs&amp;klasse:</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>&amp;Fähigkeit:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new top-level reason</source>
        <translation>Einen neuen Grund auf oberster Ebene beginnen</translation>
    </message>
    <message>
        <source>New &amp;Child</source>
        <translation>Neuer &amp;Untergrund</translation>
    </message>
    <message>
        <source>Start a new reason below the selected one</source>
        <translation>Einen neuen Grund unter dem ausgewählten beginnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The skills could not be loaded: %1</source>
        <translation>Die Fähigkeiten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The contact reasons could not be loaded: %1</source>
        <translation>Die Kontaktgründe konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>Editing “%1”</source>
        <translation>„%1“ wird bearbeitet</translation>
    </message>
    <message>
        <source>New top-level reason</source>
        <translation>Neuer Grund auf oberster Ebene</translation>
    </message>
    <message>
        <source>New reason below “%1”</source>
        <translation>Neuer Grund unter „%1“</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The reason could not be saved: %1</source>
        <translation>Der Grund konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>spocs::ReasonParetoModel</name>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Demand class</source>
        <translation>Bedarfsklasse</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
</context>
<context>
    <name>spocs::ReasonTreeModel</name>
    <message>
        <source>%1 (forward only)</source>
        <translation>%1 (nur Weiterleitung)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
</context>
<context>
    <name>spocs::ReassignDialog</name>
    <message>
        <source>Reassign Customers</source>
        <translation>Kunden neu zuweisen</translation>
    </message>
    <message>
        <source>Reassign customers</source>
        <translation>Kunden neu zuweisen</translation>
    </message>
    <message>
        <source>Moves every customer and open follow-up of one person to a colleague, for example when they leave. Both are told; open customer views update.</source>
        <translation>Überträgt alle Kunden und offenen Wiedervorlagen einer Person an eine andere, zum Beispiel wenn sie das Unternehmen verlässt. Beide werden benachrichtigt; geöffnete Kundenansichten werden aktualisiert.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Neuer Betreuer</translation>
    </message>
    <message>
        <source>New backup</source>
        <translation>Neue Vertretung</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;New owner:</source>
        <translation>&amp;Neuer Betreuer:</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>V&amp;ertretung:</translation>
    </message>
    <message>
        <source>Open follow-ups that move</source>
        <translation>Offene Wiedervorlagen, die übertragen werden</translation>
    </message>
    <message>
        <source>Open f&amp;ollow-ups:</source>
        <translation>Offene &amp;Wiedervorlagen:</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>Neu &amp;zuweisen</translation>
    </message>
    <message>
        <source>Move all their customers and open follow-ups to the new owner (Alt+R)</source>
        <translation>Alle Kunden und offenen Wiedervorlagen der Person an den neuen Betreuer übertragen (Alt+Z)</translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s).</source>
        <translation>
            <numerusform>%n offene Wiedervorlage.</numerusform>
            <numerusform>%n offene Wiedervorlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n customer(s)</source>
        <translation>
            <numerusform>%n Kunden</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n open follow-up(s) to %1.</source>
        <translation>
            <numerusform>und %n offene Wiedervorlage an %1 übertragen.</numerusform>
            <numerusform>und %n offene Wiedervorlagen an %1 übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose someone)</source>
        <translation>(Person wählen)</translation>
    </message>
    <message>
        <source>(choose the new owner)</source>
        <translation>(neuen Betreuer wählen)</translation>
    </message>
    <message>
        <source>(keep the backup)</source>
        <translation>(Vertretung beibehalten)</translation>
    </message>
</context>
<context>
    <name>spocs::RecentCustomersModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opened at %1</source>
        <translation>Geöffnet um %1</translation>
    </message>
</context>
<context>
    <name>spocs::ReportCharts</name>
    <message>
        <source>Contacts by reason (Pareto)</source>
        <translation>Kontakte nach Grund (Pareto)</translation>
    </message>
    <message>
        <source>Contacts by demand class</source>
        <translation>Kontakte nach Bedarfsklasse</translation>
    </message>
    <message>
        <source>Daily FCR, AHT and ASA</source>
        <translation>FCR, AHT und ASA pro Tag</translation>
    </message>
    <message>
        <source>Daily CSAT and NPS</source>
        <translation>CSAT und NPS pro Tag</translation>
    </message>
    <message>
        <source>Contacts by reason: no contacts in this range</source>
        <translation>Kontakte nach Grund: keine Kontakte in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Kumulierter Anteil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>Kumuliert %</translation>
    </message>
    <message>
        <source>Demand classes: no contacts in this range</source>
        <translation>Bedarfsklassen: keine Kontakte in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>Daily figures: nothing in this range</source>
        <translation>Tageswerte: nichts in diesem Zeitraum</translation>
    </message>
    <message>
        <source>FCR %</source>
        <translation>FCR %</translation>
    </message>
    <message>
        <source>AHT (s)</source>
        <translation>AHT (s)</translation>
    </message>
    <message>
        <source>ASA (s)</source>
        <translation>ASA (s)</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>CSAT (1–5)</translation>
    </message>
    <message>
        <source>NPS (−100…100)</source>
        <translation>NPS (−100…100)</translation>
    </message>
    <message>
        <source>CSAT and NPS: no surveys in this range</source>
        <translation>CSAT und NPS: keine Umfragen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>CSAT %1 · NPS %2 (%3 surveys)</source>
        <translation>CSAT %1 · NPS %2 (%3 Umfragen)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Contacts handled and FCR per agent</source>
        <translation>Bearbeitete Kontakte und FCR pro Agent</translation>
    </message>
    <message>
        <source>Agents: no contacts handled in this range</source>
        <translation>Agenten: keine bearbeiteten Kontakte in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Contacts handled and FCR, the %1 busiest agents</source>
        <translation>Bearbeitete Kontakte und FCR, die %1 meistbeschäftigten Agenten</translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation>Bearbeitete Kontakte</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <source>Contacts by demand class&lt;br&gt;&lt;small&gt;a: avoidable · b: answer now · c: can wait&lt;/small&gt;</source>
        <translation>Kontakte nach Bedarfsklasse&lt;br&gt;&lt;small&gt;a: vermeidbar · b: sofort beantworten · c: kann warten&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>spocs::ReportFiguresModel</name>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>spocs::ReportLoader</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>spocs::ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Bericht anzeigen</translation>
    </message>
    <message>
        <source>Load the report for this range</source>
        <translation>Den Bericht für diesen Zeitraum laden</translation>
    </message>
    <message>
        <source>E&amp;xport Report as CSV…</source>
        <translation>Bericht als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save every table of the report as a CSV file</source>
        <translation>Jede Tabelle des Berichts als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>Figures by queue</source>
        <translation>Kennzahlen nach Warteschlange</translation>
    </message>
    <message>
        <source>Figures by day</source>
        <translation>Kennzahlen nach Tag</translation>
    </message>
    <message>
        <source>Contacts by reason</source>
        <translation>Kontakte nach Grund</translation>
    </message>
    <message>
        <source>Contacts by demand class</source>
        <translation>Kontakte nach Bedarfsklasse</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>By queue</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>By reason (Pareto)</source>
        <translation>Gründe (Pareto)</translation>
    </message>
    <message>
        <source>By demand class</source>
        <translation>Bedarfsklassen</translation>
    </message>
    <message>
        <source>The report could not be loaded: %1</source>
        <translation>Der Bericht konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation>Bericht wird geladen…</translation>
    </message>
    <message>
        <source>Report from %1 to %2 (UTC days), %3.</source>
        <translation>Bericht vom %1 bis %2 (UTC-Tage), %3.</translation>
    </message>
    <message>
        <source>all queues</source>
        <translation>alle Warteschlangen</translation>
    </message>
    <message>
        <source>Choose a range and press Show.</source>
        <translation>Wählen Sie einen Zeitraum und klicken Sie auf „Anzeigen“.</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Es gibt noch keinen Bericht zum Exportieren.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n CSV file(s) to %1.</source>
        <translation>
            <numerusform>%n CSV-Datei in %1 gespeichert.</numerusform>
            <numerusform>%n CSV-Dateien in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Report to a Folder</source>
        <translation>Bericht in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Avoidable demand</source>
        <translation>Vermeidbarer Bedarf</translation>
    </message>
    <message>
        <source>Contacts with at least one reason of demand class a (avoidable: the cause can be eliminated at the root), of all contacts with a reason</source>
        <translation>Kontakte mit mindestens einem Grund der Bedarfsklasse a (vermeidbar: die Ursache lässt sich an der Wurzel beseitigen), bezogen auf alle Kontakte mit Grund</translation>
    </message>
    <message>
        <source>Answered by the public FAQ</source>
        <translation>Durch die öffentlichen FAQ beantwortet</translation>
    </message>
    <message>
        <source>Visitors who marked a public FAQ article &quot;This answered my question&quot; on the web, of those and the inbound contacts together: demand met without a contact</source>
        <translation>Besucher, die einen öffentlichen FAQ-Artikel im Web mit „Das hat meine Frage beantwortet“ markiert haben, bezogen auf diese und die eingehenden Kontakte zusammen: Bedarf, der ohne Kontakt gedeckt wurde</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Figures by agent</source>
        <translation>Kennzahlen nach Agent</translation>
    </message>
    <message>
        <source>Avoidable demand (class a): %1 of contacts (%2 of %3 with a reason), work that should not exist</source>
        <translation>Vermeidbarer Bedarf (Klasse a): %1 der Kontakte (%2 von %3 mit Grund), Arbeit, die es nicht geben sollte</translation>
    </message>
    <message>
        <source>Avoidable demand (class a): –</source>
        <translation>Vermeidbarer Bedarf (Klasse a): –</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Answered by the public FAQ: –</source>
        <translation>Von den öffentlichen FAQ beantwortete Fragen: –</translation>
    </message>
    <message>
        <source>Agents: team %1.</source>
        <translation>Agenten: Team %1.</translation>
    </message>
    <message numerus="yes">
        <source>Answered by the public FAQ: %n question(s) (%1 of inbound demand)</source>
        <translation>
            <numerusform>Von den öffentlichen FAQ beantwortet: %n Frage (%1 der eingehenden Anliegen)</numerusform>
            <numerusform>Von den öffentlichen FAQ beantwortet: %n Fragen (%1 der eingehenden Anliegen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answered by the public FAQ: %n question(s) (%1 of inbound demand); most helpful: %2</source>
        <translation>
            <numerusform>Von den öffentlichen FAQ beantwortet: %n Frage (%1 der eingehenden Anliegen); am hilfreichsten: %2</numerusform>
            <numerusform>Von den öffentlichen FAQ beantwortet: %n Fragen (%1 der eingehenden Anliegen); am hilfreichsten: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>A&amp;nzeigen</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
</context>
<context>
    <name>spocs::ReviewDialog</name>
    <message>
        <source>Request &amp;Changes</source>
        <translation>Änderungen an&amp;fordern</translation>
    </message>
    <message>
        <source>Knowledge Review Queue</source>
        <translation>Prüfliste der Wissensdatenbank</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Articles that help least</source>
        <translation>Artikel, die am wenigsten helfen</translation>
    </message>
    <message>
        <source>Articles not reviewed recently</source>
        <translation>Artikel, die länger nicht geprüft wurden</translation>
    </message>
    <message>
        <source>Compare with version</source>
        <translation>Vergleichen mit Version</translation>
    </message>
    <message>
        <source>Compare &amp;with version:</source>
        <translation>Vergleichen &amp;mit Version:</translation>
    </message>
    <message>
        <source>Published text</source>
        <translation>Veröffentlichter Text</translation>
    </message>
    <message>
        <source>Proposed text</source>
        <translation>Vorgeschlagener Text</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Prüfkommentar</translation>
    </message>
    <message>
        <source>Comment for the author (required to request changes)</source>
        <translation>Kommentar für die Autorin oder den Autor (nötig, um Änderungen anzufordern)</translation>
    </message>
    <message>
        <source>Publish this version (Ctrl+Enter)</source>
        <translation>Diese Version veröffentlichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Send the proposal back to its author with your comment</source>
        <translation>Den Vorschlag mit Ihrem Kommentar an die Autorin oder den Autor zurückgeben</translation>
    </message>
    <message>
        <source>&amp;Proposals</source>
        <translation>&amp;Vorschläge</translation>
    </message>
    <message>
        <source>Helps &amp;Least</source>
        <translation>Hilft am &amp;wenigsten</translation>
    </message>
    <message>
        <source>&amp;Not Reviewed</source>
        <translation>&amp;Nicht geprüft</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the queue again (F5)</source>
        <translation>Die Liste neu laden (F5)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Proposals (%1)</source>
        <translation>&amp;Vorschläge (%1)</translation>
    </message>
    <message>
        <source>No proposals are waiting for review.</source>
        <translation>Es warten keine Vorschläge auf Prüfung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – version %2 by %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – Version %2 von %3</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed, </source>
        <translation>
            <numerusform>%n Zeile entfernt, </numerusform>
            <numerusform>%n Zeilen entfernt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added.</source>
        <translation>
            <numerusform>%n Zeile hinzugefügt.</numerusform>
            <numerusform>%n Zeilen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” published.</source>
        <translation>„%1“ veröffentlicht.</translation>
    </message>
    <message>
        <source>Changes requested for “%1”.</source>
        <translation>Änderungen für „%1“ angefordert.</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>Ver&amp;öffentlichen</translation>
    </message>
    <message>
        <source>You wrote this version: another lead publishes it, unless you are the only lead.</source>
        <translation>Diese Version haben Sie geschrieben: Eine andere Teamleitung veröffentlicht sie, außer Sie sind die einzige Teamleitung.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+Enter)</source>
        <translation>%1 (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Not published: you wrote this version, so another lead has to publish it.</source>
        <translation>Nicht veröffentlicht: Diese Version haben Sie geschrieben, daher muss eine andere Teamleitung sie veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>spocs::ReviewQueueModel</name>
    <message>
        <source>%1 helped, %2 did not</source>
        <translation>%1 geholfen, %2 nicht</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Prüfung überfällig</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Änderungsnotiz</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt geprüft</translation>
    </message>
</context>
<context>
    <name>spocs::SkillsDialog</name>
    <message>
        <source>Edit Skills – %1</source>
        <translation>Fähigkeiten bearbeiten – %1</translation>
    </message>
    <message>
        <source>Skills of %1 (level 1 = basic, 5 = expert). They decide which queues %1 is offered contacts from.</source>
        <translation>Fähigkeiten von %1 (Stufe 1 = Grundlagen, 5 = Experte). Sie bestimmen, aus welchen Warteschlangen %1 Kontakte angeboten bekommt.</translation>
    </message>
    <message>
        <source>Loading the skills…</source>
        <translation>Fähigkeiten werden geladen…</translation>
    </message>
    <message>
        <source>&amp;Save Skills</source>
        <translation>Fähigkeiten &amp;speichern</translation>
    </message>
    <message>
        <source>The skills could not be loaded: %1</source>
        <translation>Die Fähigkeiten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Level of %1</source>
        <translation>Stufe von %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The skills could not be saved: %1</source>
        <translation>Die Fähigkeiten konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>spocs::SynonymsDialog</name>
    <message>
        <source>Knowledge Synonyms</source>
        <translation>Wissens-Synonyme</translation>
    </message>
    <message>
        <source>Knowledge synonyms</source>
        <translation>Wissens-Synonyme</translation>
    </message>
    <message>
        <source>Words that mean the same to a customer, one group a line, separated by commas (for example: bill, invoice). The knowledge search looks for every word of a group when a question has one of them.</source>
        <translation>Wörter, die für Kunden dasselbe bedeuten, eine Gruppe pro Zeile, durch Kommas getrennt (zum Beispiel: Rechnung, Abrechnung). Die Wissenssuche sucht nach jedem Wort einer Gruppe, wenn eine Frage eines davon enthält.</translation>
    </message>
    <message>
        <source>Synonym groups</source>
        <translation>Synonymgruppen</translation>
    </message>
    <message>
        <source>Save synonyms</source>
        <translation>Synonyme speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s).</source>
        <translation>
            <numerusform>%n Gruppe.</numerusform>
            <numerusform>%n Gruppen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n group(s).</source>
        <translation>
            <numerusform>%n Gruppe gespeichert.</numerusform>
            <numerusform>%n Gruppen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Gruppe %1: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>spocs::TeamView</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>Neu &amp;zuweisen…</translation>
    </message>
    <message>
        <source>Move this person&apos;s customers and open follow-ups to a colleague (Alt+R)</source>
        <translation>Die Kunden und offenen Wiedervorlagen dieser Person an eine andere übertragen (Alt+Z)</translation>
    </message>
    <message>
        <source>Their customers</source>
        <translation>Kunden der Person</translation>
    </message>
    <message>
        <source>Their open follow-ups</source>
        <translation>Offene Wiedervorlagen der Person</translation>
    </message>
    <message>
        <source>(choose someone)</source>
        <translation>(Person wählen)</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 customers.</source>
        <translation>Die ersten %1 von %2 Kunden werden angezeigt.</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>K&amp;unden</translation>
    </message>
    <message>
        <source>&amp;Open follow-ups</source>
        <translation>Offene &amp;Wiedervorlagen</translation>
    </message>
    <message>
        <source>C&amp;ustomers (%1)</source>
        <translation>K&amp;unden (%1)</translation>
    </message>
    <message>
        <source>&amp;Open follow-ups (%1)</source>
        <translation>Offene &amp;Wiedervorlagen (%1)</translation>
    </message>
</context>
<context>
    <name>spocs::TransferDialog</name>
    <message>
        <source>Transfer to</source>
        <translation>Übergeben an</translation>
    </message>
    <message>
        <source>Forward reason</source>
        <translation>Grund der Weiterleitung</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>Übergabenotiz</translation>
    </message>
    <message>
        <source>Warm Transfer</source>
        <translation>Begleitete Übergabe</translation>
    </message>
    <message>
        <source>Hand the contact to the expert you consulted. They see your note and the whole history; until they accept, the contact stays with you.</source>
        <translation>Den Kontakt an den befragten Experten übergeben. Er sieht Ihre Notiz und den gesamten Verlauf; bis er annimmt, bleibt der Kontakt bei Ihnen.</translation>
    </message>
    <message>
        <source>What the customer needs and what you already did (required)</source>
        <translation>Was der Kunde braucht und was Sie schon getan haben (Pflichtfeld)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Cold Transfer</source>
        <translation>Direkte Übergabe</translation>
    </message>
    <message>
        <source>Hand the contact to someone who is available. Until they accept, the contact stays with you.</source>
        <translation>Den Kontakt an eine verfügbare Person übergeben. Bis sie annimmt, bleibt der Kontakt bei Ihnen.</translation>
    </message>
    <message>
        <source>A note for the new owner</source>
        <translation>Eine Notiz für die neue zuständige Person</translation>
    </message>
    <message>
        <source>Forward Contact</source>
        <translation>Kontakt weiterleiten</translation>
    </message>
    <message>
        <source>This topic is handled by a designated person or group. Forwarding releases you; it is recorded as a forward, not as an unresolved contact.</source>
        <translation>Dieses Thema wird von einer dafür bestimmten Person oder Gruppe bearbeitet. Die Weiterleitung gibt Sie frei; sie wird als Weiterleitung erfasst, nicht als ungelöster Kontakt.</translation>
    </message>
    <message>
        <source>A note for whoever takes it</source>
        <translation>Eine Notiz für die Person, die ihn übernimmt</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Weiterleiten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>T&amp;ransfer</source>
        <translation>Über&amp;geben</translation>
    </message>
</context>
<context>
    <name>spocs::WaitingContactModel</name>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Waiting contact</source>
        <translation>Wartender Kontakt</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Offered to</source>
        <translation>Angeboten an</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Offered before callers with a lower priority: VIP +2, at risk +1, urgent reason +1</source>
        <translation>Wird vor Anrufern mit niedrigerer Priorität angeboten: VIP +2, Abwanderungsgefahr +1, dringender Grund +1</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
</context>
</TS>
