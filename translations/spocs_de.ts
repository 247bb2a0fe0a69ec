<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
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
</context>
<context>
    <name>spocs::CustomerPage</name>
    <message>
        <source>Find a customer with Ctrl+F and press Enter to open them here.</source>
        <translation>Suchen Sie einen Kunden mit Strg+F und öffnen Sie ihn hier mit der Eingabetaste.</translation>
    </message>
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
        <source>Credit limit:</source>
        <translation>Kreditlimit:</translation>
    </message>
    <message>
        <source>Open orders:</source>
        <translation>Offene Bestellungen:</translation>
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
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Recent history</source>
        <translation>Letzte Vorgänge</translation>
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
        <source>VIP</source>
        <translation>VIP</translation>
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
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
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
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
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
</context>
</TS>
