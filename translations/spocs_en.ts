<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ContactText</name>
    <message>
        <source>Availability and price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account set-up or change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-contact work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandClass</name>
    <message>
        <source>a – avoidable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b – needs an immediate, complete answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c – can wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand class a: avoidable. The cause can be eliminated at the root; work that should not exist (&quot;Where is my order?&quot;, a bill nobody understands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand class b: cannot be eliminated and needs an immediate, complete answer (a new order, a price question).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand class c: cannot be eliminated, can wait.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-contact work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In dunning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server did not understand the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support this function. It may need an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Spocs cannot talk to the server. Please update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked. Please wait a while or ask your team lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record in the meantime. Please review the current data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change conflicts with the current state of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some updates were missed. The data is being reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error occurred on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unknown error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough stock is available for this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not possible in the record&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 are available (%3 requested).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>More stock arrives in %n day(s).</source>
        <translation>
            <numerusform>More stock arrives in %n day.</numerusform>
            <numerusform>More stock arrives in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is discontinued and can no longer be ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible: the record is already &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is only possible while it is: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; was not accepted. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer: it will be sent as soon as the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not sent for more than %n day(s): the server may have applied it already.</source>
        <translation>
            <numerusform>Not sent for more than %n day: the server may have applied it already.</numerusform>
            <numerusform>Not sent for more than %n days: the server may have applied it already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadText</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers/contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consults/contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats (7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Spocs agent workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator address, e.g. ws://127.0.0.1:7400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of this file and sign in at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::AboutDialog</name>
    <message>
        <source>About Spocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spocs Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single point of contact: the agent workstation for customer service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::AccountDraft</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::AccountTab</name>
    <message>
        <source>name@example.com, second@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+49 30 1234567, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter code, e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferred channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter code, e.g. de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pl&amp;an:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changed details (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget your edits and show the saved details (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else meanwhile to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes. Ctrl+S saves them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer details saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this customer meanwhile. Loading their changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed fields you edited. Choose which values to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their values were kept. Your other edits are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their values were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits are kept but not saved. The highlighted fields were changed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phon&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At ris&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::AgentGridModel</name>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 voice, %2 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2, %3 since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::AlertListModel</name>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: service level today %2 % (target %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Contact with %1 runs %n min (usually %2 min)</source>
        <translation>
            <numerusform>Contact with %1 runs %n min (usually %2 min)</numerusform>
            <numerusform>Contact with %1 runs %n min (usually %2 min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in after-contact work for %n min</source>
        <translation>
            <numerusform>%1 in after-contact work for %n min</numerusform>
            <numerusform>%1 in after-contact work for %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up of contact %1 is due within %n min</source>
        <translation>
            <numerusform>Follow-up of contact %1 is due within %n min</numerusform>
            <numerusform>Follow-up of contact %1 is due within %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up of contact %1 is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more follow-ups are overdue</source>
        <translation>
            <numerusform>%n more follow-up is overdue</numerusform>
            <numerusform>%n more follow-ups are overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: a contact has waited %2 (%n waiting)</source>
        <translation>
            <numerusform>%1: a contact has waited %2 (%n waiting)</numerusform>
            <numerusform>%1: a contact has waited %2 (%n waiting)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact %1 runs %n min (usually %2 min)</source>
        <translation>
            <numerusform>Contact %1 runs %n min (usually %2 min)</numerusform>
            <numerusform>Contact %1 runs %n min (usually %2 min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spocs::ArticleReader</name>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the article to the open customer; it is recorded in the customer&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article solved the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article did not solve the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a correction; a lead reviews it before it is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the knowledge base above and press Enter to read an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article was archived. It may be outdated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article has not been reviewed for a long time. Check that it is still correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is not published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 views · sent %2× · helped %3 · did not help %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a customer to send this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the article to %1; it is recorded in the customer&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send the article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” sent to %2 and recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the feedback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks: marked as helpful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks: the article&apos;s owner will see that it did not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your proposal was sent for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did this help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article did not help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert into Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the article&apos;s public text under the e-mail or chat answer you are writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what and when; a lead or the owner can roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not opened: only web and e-mail addresses are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an e-mail to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in the web browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the article&apos;s public text under the answer you are writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only published public articles can go to a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” goes under your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already under your answer, or it has five articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the article is live.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ArticleVersionsDialog</name>
    <message>
        <source>Article Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;Back to This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a copy of the selected version as the live one (Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Version %1&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Live now: version %1&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the live version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ from the live version.</source>
        <translation>
            <numerusform>%n line differ from the live version.</numerusform>
            <numerusform>%n lines differ from the live version.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish version %1 again as the live article? Version %2 stays in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back to version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is live again, as version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ArticleVersionsModel</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::AuditDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. C-1042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login, e.g. agent3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries (the newest; narrow the filter for more)</source>
        <translation>
            <numerusform>%n entry (the newest; narrow the filter for more)</numerusform>
            <numerusform>%n entries (the newest; narrow the filter for more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who read or changed which record, sign-ins and admin actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spocs::BillingTab</name>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards on file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the open amount comes about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unpaid invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a bank transfer or cash payment on the selected invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit or refund part of the selected invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected invoice disputed: it leaves dunning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw Dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer no longer disputes the selected invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 waits for a team lead&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 applied (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment recorded on invoice %1; open amount now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is disputed: no reminders until the dispute is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute of invoice %1 withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credit waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded to the customer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Pay&amp;ment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cre&amp;dit or Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;pute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::CancelOrderDialog</name>
    <message>
        <source>Cancel Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2. Cancelling it releases the reserved stock and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required, the customer may see it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the order (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cannot be cancelled: it is already %2. Orders can only be cancelled before they ship; offer a return instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed order %1 meanwhile. The current order was loaded; check it and cancel again if it still should go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::CloseContactDialog</name>
    <message>
        <source>Close Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did %1 get in touch, and is it settled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved on this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a &amp;follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forward-only reason is handled by the designated person: close with a follow-up (or forward the contact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact changed meanwhile. Check the reasons and close again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due at the customer&apos;s usual response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>D&amp;ue: customer&apos;s usual response time (%n h)</source>
        <translation>
            <numerusform>D&amp;ue: customer&apos;s usual response time (%n h)</numerusform>
            <numerusform>D&amp;ue: customer&apos;s usual response time (%n h)</numerusform>
        </translation>
    </message>
    <message>
        <source>D&amp;ue: customer&apos;s usual response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the contact (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::CollisionBanner</name>
    <message>
        <source>Other agents with this customer open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open contact owned by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on a contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also open by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer already has an open %1 owned by %2 (since %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer already has an open %1 owned by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to them before you start another escalation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this customer while you were editing. Compare the values and decide which to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed fields: yours and theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (now saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reapply My Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ConnectionStatusWidget</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ConsultChatModel</name>
    <message>
        <source>%1 accepted the consult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consult was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consult was declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declined: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody accepted in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consult ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consult ended. Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ConsultChatView</name>
    <message>
        <source>Question from %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ConsultPanel</name>
    <message>
        <source>%1 — %2 · load %3 · level %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 · load %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge-base draft “%1” created; it waits for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the selected expert, or anyone with the chosen skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conference In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the consulted expert into the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warm Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the contact to the consulted expert with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the contact to someone available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward a forward-only topic to its designated person or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End Consult…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the consult and record the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;KB Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the consult&apos;s question and answer into a knowledge-base draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the contact you were conferenced into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the unified view of the customer this consult is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the question while nobody has accepted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or topic (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your question — the expert also sees the customer, reason and notes (Ctrl+Return asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask &amp;Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the selected expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the selected expert (Ctrl+Return in the question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask anyone with the skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the question to every available expert with the chosen skill at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer, in a few sentences (it can become a knowledge-base draft):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End Consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult for %1 about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 with %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not the owner of this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open contact. Accept a contact to ask an expert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an expert to accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 to accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In consult with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your consult was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered your consult in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer of this contact is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody who could answer is available now. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold Tr&amp;ansfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Anyone wit&amp;h Skill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ConsultSession</name>
    <message>
        <source>Transfer offered to %1. The contact stays with you until they accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was forwarded. You are free for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took over the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declined the transfer (%2). The contact stays with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer the transfer in time. The contact stays with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else answered this consult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Ask next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your consult was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered your consult in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted your consult.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ConsultWorkspace</name>
    <message>
        <source>Consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the consult panel and search for an expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consu&amp;lt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ContactPanel</name>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My open contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact yet. Offers appear in the top-right corner; accept one with Ctrl+Alt+A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task to this contact (Ctrl+Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said, what you did – travels with a consult or transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reasons and outcome (Ctrl+Alt+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed – the customer hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due %1, owner %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active contact to add a task to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the follow-up of contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply to closed contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity not checked: the e-mail address was typed on the website. Make sure who you are talking to before you share account details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+Return in the notes); closing the contact saves them too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ContactSession</name>
    <message>
        <source>%1 declined the transfer; the contact stays with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer the transfer in time; the contact stays with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took over the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 gave you %n customer(s)</source>
        <translation>
            <numerusform>%1 gave you %n customer</numerusform>
            <numerusform>%1 gave you %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n open follow-up(s).</source>
        <translation>
            <numerusform> and %n open follow-up.</numerusform>
            <numerusform> and %n open follow-ups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 moved %n of your customer(s)</source>
        <translation>
            <numerusform>%1 moved %n of your customer</numerusform>
            <numerusform>%1 moved %n of your customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n open follow-up(s) to %1.</source>
        <translation>
            <numerusform> and %n open follow-up to %1.</numerusform>
            <numerusform> and %n open follow-ups to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another expert already took this consult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already took this consult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer was no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status update recorded; the outbound contact is in hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status update recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ContactTaskModel</name>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: check when done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ContactWorkspace</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the waiting contact, consult or transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the waiting offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the contact you are working on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task to the current contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reasons and outcome, and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offer is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not accept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not decline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a contact with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active contact to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact closed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer offered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+A accepts, Ctrl+Alt+D declines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due soon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Outbound Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call or write to the open customer (a call back, a status update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer of the last follow-up warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a customer first, then start the outbound contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 opens the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Follow-up C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-contact work: when ready, choose I&apos;m Available (Ctrl+Alt+V).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ContactsInHandModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ConversationModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) – refused, over the size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message body (%1) was over the size limit and was not kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ConversationSession</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s address failed the mail server&apos;s check: this may not be the customer. Confirm who they are before changing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s address could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ConversationView</name>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read ✓✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the inserted articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your answer… Ctrl+Return sends it on the customer&apos;s channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a prepared answer (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the failed answer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the answer to the customer (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer stored; sending the e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles under the answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::CreditApprovalsDialog</name>
    <message>
        <source>Credit Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes and refunds above the limit wait for a second person. You cannot decide a request you made yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit requests waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the selected credit or refund (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the selected request down (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for approval.</source>
        <translation>
            <numerusform>%n request waits for approval.</numerusform>
            <numerusform>%n requests wait for approval.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 on invoice %3 approved and applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 on invoice %3 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another lead has to decide a request you made yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else decided or changed this request meanwhile; the list was loaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for this one: another lead decides it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::CreditQueueModel</name>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::CustomerCandidatesModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same e-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::CustomerHistoryModel</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; it will be sent as soon as the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::CustomerPage</name>
    <message>
        <source>Find a customer with Ctrl+F and press Enter to open them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;rders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show O&amp;rders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s details were updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note was added to this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order of this customer changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice of this customer changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acco&amp;unt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Acco&amp;unt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::CustomerSearchModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::CustomerSearchPanel</name>
    <message>
        <source>Search customers (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, company, email, phone or account number. Down moves into the results, Enter opens the highlighted customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, company, email, phone or account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n customer(s).</source>
        <translation>
            <numerusform>Showing %1 of %n customer.</numerusform>
            <numerusform>Showing %1 of %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n customer found.</numerusform>
            <numerusform>%n customers found.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a customer from what you typed (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::DemandClassModel</name>
    <message>
        <source>Demand class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ExpertDirectoryModel</name>
    <message>
        <source>%1 (level %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Skills: %2
Current load: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::FeedbackDialog</name>
    <message>
        <source>Did Not Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was missing or wrong in “%1”? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the steps do not match the current product version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::FloorView</name>
    <message>
        <source>Floor view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move Contact to Agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the selected waiting contact to an agent now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Agent &amp;State…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the selected agent available or on a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move contact to agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set State…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set agent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;ueues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor view could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the floor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level target: %1 answered within %2 s · %3 waiting · %4 of %5 agents available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Contact to Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2, waiting %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Agent State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact #%1 is offered to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact #%1 could not be moved to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of %1 could not be set: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the skills and levels of the selected agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Skills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agent skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skills of %1 are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit S&amp;kills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;ueues – today (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::FollowUpModel</name>
    <message>
        <source>no due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open, %n update(s)</source>
        <translation>
            <numerusform>Open, %n update</numerusform>
            <numerusform>Open, %n updates</numerusform>
        </translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::FollowUpPanel</name>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the customer was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status update given to the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up is settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s), none due yet.</source>
        <translation>
            <numerusform>%n open follow-up, none due yet.</numerusform>
            <numerusform>%n open follow-ups, none due yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attention: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an outbound contact with the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I call or write now: start an outbound contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::HistoryTab</name>
    <message>
        <source>Show history of type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by text, author or reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter history by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note for everyone who works with this customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note (Enter in the note field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ty&amp;pe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has older history than that listed: load the next entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;More History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::InvoiceActionDialog</name>
    <message>
        <source>Record Payment on Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit or Refund on Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw Dispute of Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note or refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note (lowers what is owed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund (pays back what was paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 25.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the customer disputes the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is %2; open amount %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small amounts are applied at once; larger ones wait for a team lead&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While disputed it is not overdue and gets no reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once withdrawn it is due again as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed invoice %1 meanwhile; it was loaded again (open amount now %2). Check the amount and send again to apply yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 can be credited or refunded on this invoice now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is %2 now: this is not possible any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::InvoiceModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 credit pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::KnowledgePanel</name>
    <message>
        <source>Search knowledge (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words from the title or text. Down moves into the results, Enter opens the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a new article for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals waiting for review, and articles that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your article was sent for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to search the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n article(s).</source>
        <translation>
            <numerusform>Showing %1 of %n article.</numerusform>
            <numerusform>Showing %1 of %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found.</source>
        <translation>
            <numerusform>%n article found.</numerusform>
            <numerusform>%n articles found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review &amp;Queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Article…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::KnowledgeSearchModel</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents found this article with searches like this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::LeadWorkspace</name>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Floor View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues, agents and alerts, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCR, handle times, abandonment, reasons and satisfaction for a date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, classify and archive contact reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign &amp;Customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move someone&apos;s customers and open follow-ups to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s customers and open follow-ups, and moving them to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit &amp;Approvals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve or reject credit notes and refunds above the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Contact R&amp;easons…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::LearnedWordsModel</name>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::LearnedWordsView</name>
    <message>
        <source>Searches that found this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No search has led agents here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches that found this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches in the selected word no longer find this article by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every word agents&apos; searches taught this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget all words</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n learned word(s) of “%1”.</source>
        <translation>
            <numerusform>Forgot %n learned word of “%1”.</numerusform>
            <numerusform>Forgot %n learned words of “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searches for “%1” no longer find “%2” by that word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget All Learned Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Forget all %n word(s) agents&apos; searches taught “%1”? Searches then find it by its own text only, until agents teach it again.</source>
        <translation>
            <numerusform>Forget the %n word agents&apos; searches taught “%1”? Searches then find it by its own text only, until agents teach it again.</numerusform>
            <numerusform>Forget all %n words agents&apos; searches taught “%1”? Searches then find it by its own text only, until agents teach it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget all learned words?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents searched with these words before the article helped them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::LoginDialog</name>
    <message>
        <source>Sign in to Spocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the Spocs coordinator, for example ws://127.0.0.1:7400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a server address that starts with ws:// or wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ws:// would send your password unencrypted. Use wss://%1 for another computer; ws:// works only for this computer (localhost).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::MainWindow</name>
    <message>
        <source>Spocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the Spocs server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Spocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers by name, company, email, phone or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the open customer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Spocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of Spocs, Qt and the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information about the Qt toolkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Spocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the knowledge panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the knowledge panel and focus its search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: %2 Review it with Ctrl+Alt+P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge &amp;Synonyms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words the knowledge search treats as one (bill, invoice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Knowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adm&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::MyDayPage</name>
    <message>
        <source>My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+1…4 moves to a list, Enter opens the customer, Ctrl+F finds another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts in hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact in hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due today or overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer opened yet in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You serve no queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queues could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::NewCustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter code, e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter code, e.g. de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from the contact details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferred channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing customers with the same details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected existing customer instead (Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new customer although the details match (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the customer as a prospect owned by you (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with this e-mail address or phone number already exist(s). Open one of them, or create the new customer anyway.</source>
        <translation>
            <numerusform>%n customer with this e-mail address or phone number already exists. Open one of them, or create the new customer anyway.</numerusform>
            <numerusform>%n customers with this e-mail address or phone number already exist. Open one of them, or create the new customer anyway.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spocs::NewCustomerSession</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address; it looks like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number: 4 to 15 digits, with + ( ) . - / and spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address needs street, postcode, city and a two-letter country code (DE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a two-letter language code such as de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::OfferNotification</name>
    <message>
        <source>Incoming offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult request from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm transfer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold transfer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You own this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are the customer&apos;s backup; the owner is away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy with a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not my topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept (Ctrl+Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline (Ctrl+Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n offers waiting</source>
        <translation>
            <numerusform>%n offer waiting</numerusform>
            <numerusform>%n offers waiting</numerusform>
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
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming chat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::OrderDialog</name>
    <message>
        <source>Change Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Order for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products by name or SKU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the highlighted product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the highlighted product (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines; F2 edits the quantity, Delete removes a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the server (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is discontinued and can no longer be ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order can have at most %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lines yet: search a product and press Enter to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated total: %1 (the server calculates the final amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed order %1 meanwhile. It now holds: %2. Your lines are kept above; save again to put them in place of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed order %1 meanwhile: it is now %2, and its lines can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::OrderLinesModel</name>
    <message>
        <source>%1 is discontinued and can no longer be ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: only %2 available, more in %n day(s).</source>
        <translation>
            <numerusform>%1: only %2 available, more in %n day.</numerusform>
            <numerusform>%1: only %2 available, more in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: only %2 available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is out of stock, more in %n day(s).</source>
        <translation>
            <numerusform>%1 is out of stock, more in %n day.</numerusform>
            <numerusform>%1 is out of stock, more in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is out of stock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::OrderModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (change waiting to be sent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::OrdersTab</name>
    <message>
        <source>Place a new order for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the lines or the address of the selected order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet. Press Ctrl+N to place one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order was %1: it can no longer be changed or cancelled. Offer a return after delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is %1: it is closed and can no longer be changed or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order was %1: only the delivery address can still change; it can still be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 placed. Total: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 changed. Total: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Or&amp;der…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has older orders than those listed: load the next ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;More Orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::OutboundContactDialog</name>
    <message>
        <source>Start Outbound Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call or write to %1 (%2). The contact is yours from the start; close it with its reasons like any other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you contact the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you call or write about…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose when closing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::OutboxDialog</name>
    <message>
        <source>Someone else changed it after you. Reapply puts your change over theirs; Discard keeps theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be applied any more. Discard it, and check the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reapply sends it again; Discard drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not yet applied by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reapply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reapply the refused change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the refused change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved on this computer are sent in order as soon as the connection is back. Refused ones wait here for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the record: if your change is there, Discard; if not, Reapply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::OutboxIndicator</name>
    <message>
        <source>Review &amp;Unsent Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved on this computer that the server has not applied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n change refused</numerusform>
            <numerusform>%n changes refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change made while offline. Click to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; sent in order as soon as the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::OutboxModel</name>
    <message>
        <source>Note for customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation of order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order for customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account change for customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task on a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::OverviewTab</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expects an answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>within %n hour</numerusform>
            <numerusform>within %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unpaid invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ParticipantsModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined %1, left %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::PresenceSelector</name>
    <message>
        <source>My presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your presence: Ctrl+Alt+V available, Ctrl+Alt+B break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive contacts again (also ends after-contact work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a &amp;Break…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause contacts, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m A&amp;vailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ProductSearchModel</name>
    <message numerus="yes">
        <source>Discontinued (%n left)</source>
        <translation>
            <numerusform>Discontinued (%n left)</numerusform>
            <numerusform>Discontinued (%n left)</numerusform>
        </translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Out of stock - back in %n day(s)</source>
        <translation>
            <numerusform>Out of stock - back in %n day</numerusform>
            <numerusform>Out of stock - back in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %1 available - more in %n day(s)</source>
        <translation>
            <numerusform>Only %1 available - more in %n day</numerusform>
            <numerusform>Only %1 available - more in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform>%n available</numerusform>
            <numerusform>%n available</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ProposeEditDialog</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, for example: billing, refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal (agents only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public (may be sent to customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: what did you change and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for &amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose Edit – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe your change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has proposed a change to this article (version %2) that awaits review. Your text is kept: send it again to replace that proposal, or cancel to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article changed meanwhile (now version %1). Your text is kept: send it again to propose it over the current version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::QueueStatsModel</name>
    <message>
        <source>Answered within the target time today: %1 answered, %2 abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::QueueWaitingModel</name>
    <message numerus="yes">
        <source>%n contact(s) waiting in %1</source>
        <translation>
            <numerusform>%n contact waiting in %1</numerusform>
            <numerusform>%n contacts waiting in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ReasonEditorDialog</name>
    <message>
        <source>Edit Contact Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case words joined by dots, e.g. billing.refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward only (cannot be closed as resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archived (can no longer be chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demand class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new top-level reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new reason below the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skills could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact reasons could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New top-level reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reason below “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ReasonParetoModel</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ReasonTreeModel</name>
    <message>
        <source>%1 (forward only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ReassignDialog</name>
    <message>
        <source>Reassign Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves every customer and open follow-up of one person to a colleague, for example when they leave. Both are told; open customer views update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups that move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open f&amp;ollow-ups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move all their customers and open follow-ups to the new owner (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s).</source>
        <translation>
            <numerusform>%n open follow-up.</numerusform>
            <numerusform>%n open follow-ups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n customer(s)</source>
        <translation>
            <numerusform>Moved %n customer</numerusform>
            <numerusform>Moved %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n open follow-up(s) to %1.</source>
        <translation>
            <numerusform>and %n open follow-up to %1.</numerusform>
            <numerusform>and %n open follow-ups to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose someone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the new owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keep the backup)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::RecentCustomersModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ReportCharts</name>
    <message>
        <source>Contacts by reason (Pareto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts by demand class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily FCR, AHT and ASA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily CSAT and NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts by reason: no contacts in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand classes: no contacts in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily figures: nothing in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCR %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS (−100…100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT and NPS: no surveys in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT %1 · NPS %2 (%3 surveys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts handled and FCR per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents: no contacts handled in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts handled and FCR, the %1 busiest agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts by demand class&lt;br&gt;&lt;small&gt;a: avoidable · b: answer now · c: can wait&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ReportFiguresModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ReportLoader</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ReportsView</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the report for this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Report as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every table of the report as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures by queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts by demand class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By reason (Pareto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By demand class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report from %1 to %2 (UTC days), %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a range and press Show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n CSV file(s) to %1.</source>
        <translation>
            <numerusform>Saved %n CSV file to %1.</numerusform>
            <numerusform>Saved %n CSV files to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Report to a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoidable demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts with at least one reason of demand class a (avoidable: the cause can be eliminated at the root), of all contacts with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by the public FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors who marked a public FAQ article &quot;This answered my question&quot; on the web, of those and the inbound contacts together: demand met without a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures by agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoidable demand (class a): %1 of contacts (%2 of %3 with a reason), work that should not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoidable demand (class a): –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by the public FAQ: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents: team %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Answered by the public FAQ: %n question(s) (%1 of inbound demand)</source>
        <translation>
            <numerusform>Answered by the public FAQ: %n question (%1 of inbound demand)</numerusform>
            <numerusform>Answered by the public FAQ: %n questions (%1 of inbound demand)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answered by the public FAQ: %n question(s) (%1 of inbound demand); most helpful: %2</source>
        <translation>
            <numerusform>Answered by the public FAQ: %n question (%1 of inbound demand); most helpful: %2</numerusform>
            <numerusform>Answered by the public FAQ: %n questions (%1 of inbound demand); most helpful: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ReviewDialog</name>
    <message>
        <source>Request &amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge Review Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles that help least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles not reviewed recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the author (required to request changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish this version (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the proposal back to its author with your comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helps &amp;Least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the queue again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals are waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – version %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed, </source>
        <translation>
            <numerusform>%n line removed, </numerusform>
            <numerusform>%n lines removed, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added.</source>
        <translation>
            <numerusform>%n line added.</numerusform>
            <numerusform>%n lines added.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote this version: another lead publishes it, unless you are the only lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: you wrote this version, so another lead has to publish it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ReviewQueueModel</name>
    <message>
        <source>%1 helped, %2 did not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::SkillsDialog</name>
    <message>
        <source>Edit Skills – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills of %1 (level 1 = basic, 5 = expert). They decide which queues %1 is offered contacts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the skills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skills could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skills could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::SynonymsDialog</name>
    <message>
        <source>Knowledge Synonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge synonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that mean the same to a customer, one group a line, separated by commas (for example: bill, invoice). The knowledge search looks for every word of a group when a question has one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synonym groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save synonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s).</source>
        <translation>
            <numerusform>%n group.</numerusform>
            <numerusform>%n groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n group(s).</source>
        <translation>
            <numerusform>Saved %n group.</numerusform>
            <numerusform>Saved %n groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::TeamView</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this person&apos;s customers and open follow-ups to a colleague (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose someone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open follow-ups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::TransferDialog</name>
    <message>
        <source>Transfer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the contact to the expert you consulted. They see your note and the whole history; until they accept, the contact stays with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer needs and what you already did (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the contact to someone who is available. Until they accept, the contact stays with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the new owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This topic is handled by a designated person or group. Forwarding releases you; it is recorded as a forward, not as an unresolved contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for whoever takes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ransfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::WaitingContactModel</name>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered before callers with a lower priority: VIP +2, at risk +1, urgent reason +1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
