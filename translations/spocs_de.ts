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
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>name@example.com, second@example.com</source>
        <translation>name@example.com, zweite@example.com</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
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
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Two-letter code, e.g. DE</source>
        <translation>Zweibuchstabiger Code, z. B. DE</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Pre&amp;ferred channel:</source>
        <translation>&amp;Bevorzugter Kanal:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Two-letter code, e.g. de</source>
        <translation>Zweibuchstabiger Code, z. B. de</translation>
    </message>
    <message>
        <source>Pl&amp;an:</source>
        <translation>T&amp;arif:</translation>
    </message>
    <message>
        <source>&amp;VIP</source>
        <translation>&amp;VIP</translation>
    </message>
    <message>
        <source>At &amp;risk</source>
        <translation>&amp;Abwanderungsgefahr</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Markierungen:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Save Account</source>
        <translation>Kundendaten &amp;speichern</translation>
    </message>
    <message>
        <source>Save the changed details (Ctrl+S)</source>
        <translation>Geänderte Daten speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
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
</context>
<context>
    <name>spocs::ArticleReader</name>
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
        <translation>Änderung &amp;vorschlagen…</translation>
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
        <source>Someone else changed order %1 meanwhile. Close this dialog, check the order and try again.</source>
        <translation>Jemand anderes hat Auftrag %1 inzwischen geändert. Schließen Sie diesen Dialog, prüfen Sie den Auftrag und versuchen Sie es erneut.</translation>
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
        <translation>&amp;Abrechnung</translation>
    </message>
    <message>
        <source>Accou&amp;nt</source>
        <translation>Kund&amp;endaten</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
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
        <translation>&amp;Abrechnung zeigen</translation>
    </message>
    <message>
        <source>Show Accou&amp;nt</source>
        <translation>Kund&amp;endaten zeigen</translation>
    </message>
    <message>
        <source>Show &amp;History</source>
        <translation>&amp;Verlauf zeigen</translation>
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
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
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
        <source>Add &amp;Note</source>
        <translation>&amp;Notiz hinzufügen</translation>
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
</context>
<context>
    <name>spocs::KnowledgePanel</name>
    <message>
        <source>New &amp;Article…</source>
        <translation>Neuer &amp;Artikel…</translation>
    </message>
    <message>
        <source>Re&amp;view Queue…</source>
        <translation>&amp;Prüfliste…</translation>
    </message>
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
        <translation>Geben Sie Wörter ein, um die Wissensdatenbank zu durchsuchen.</translation>
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
        <source>Search &amp;Knowledge…</source>
        <translation>&amp;Wissen durchsuchen…</translation>
    </message>
    <message>
        <source>Show the knowledge panel and focus its search</source>
        <translation>Wissensbereich zeigen und in seine Suche wechseln</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
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
        <source>&amp;Place Order</source>
        <translation>Auftrag &amp;aufgeben</translation>
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
        <source>Someone else changed order %1 meanwhile. The current order was loaded; check it and save again to apply your lines.</source>
        <translation>Jemand anderes hat Auftrag %1 inzwischen geändert. Der aktuelle Stand wurde geladen; prüfen Sie ihn und speichern Sie erneut, um Ihre Positionen zu übernehmen.</translation>
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
        <translation>Aufgegeben am</translation>
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
</context>
<context>
    <name>spocs::OrdersTab</name>
    <message>
        <source>&amp;New Order…</source>
        <translation>&amp;Neuer Auftrag…</translation>
    </message>
    <message>
        <source>Place a new order for this customer</source>
        <translation>Neuen Auftrag für diesen Kunden aufgeben</translation>
    </message>
    <message>
        <source>C&amp;hange Order…</source>
        <translation>Auftrag ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Change the lines or the address of the selected order</source>
        <translation>Positionen oder Lieferadresse des ausgewählten Auftrags ändern</translation>
    </message>
    <message>
        <source>Cance&amp;l Order…</source>
        <translation>Auftrag st&amp;ornieren…</translation>
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
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
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
</context>
<context>
    <name>spocs::ReviewDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Request &amp;Changes</source>
        <translation>Ä&amp;nderungen anfordern</translation>
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
</TS>
