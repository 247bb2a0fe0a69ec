<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
<context>
    <name>LeadText</name>
    <message>
        <source>%1 %</source>
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
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com, second@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
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
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter code, e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
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
        <source>&amp;VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
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
</context>
<context>
    <name>spocs::ArticleReader</name>
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
        <source>Someone else changed order %1 meanwhile. Close this dialog, check the order and try again.</source>
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
        <source>C&amp;old Transfer…</source>
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
        <source>Ask Anyone with S&amp;kill</source>
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
        <source>&amp;Consult Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the consult panel and search for an expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsult</source>
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
        <source>&amp;Tasks</source>
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
        <source>&amp;Notes</source>
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
        <source>Task added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes saved.</source>
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
        <source>After-contact work: finish your notes, then choose I&apos;m Available (Ctrl+Alt+V).</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Con&amp;tact</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>No offer is waiting.</source>
        <translation type="unfinished"></translation>
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
        <source>Could not accept: %1</source>
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
        <source>Could not decline: %1</source>
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
        <source>Accou&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
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
        <source>Show Accou&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;History</source>
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
</context>
<context>
    <name>spocs::DemandClassModel</name>
    <message>
        <source>a – could be eliminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b – needs an immediate response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c – can wait</source>
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
        <source>Offer the selected waiting contact to an agent now (Ctrl+Alt+M)</source>
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
        <source>Set the selected agent available or on a break (Ctrl+Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queues</source>
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
        <source>A&amp;lerts</source>
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
        <source>Edit &amp;Skills…</source>
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
        <source>Set the skills and levels of the selected agent (Ctrl+Alt+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skills of %1 are saved.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s), none due yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attention: %1.</source>
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
        <source>&amp;Type:</source>
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
        <source>Add &amp;Note</source>
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
</context>
<context>
    <name>spocs::KnowledgePanel</name>
    <message>
        <source>New &amp;Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view Queue…</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Edit Contact &amp;Reasons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, classify and archive contact reasons</source>
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
        <source>&amp;Refresh</source>
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
        <source>Search &amp;Knowledge…</source>
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
</context>
<context>
    <name>spocs::OfferNotification</name>
    <message>
        <source>Incoming offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming %1: %2</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>&amp;Place Order</source>
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
        <source>Someone else changed order %1 meanwhile. The current order was loaded; check it and save again to apply your lines.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
<context>
    <name>spocs::OrdersTab</name>
    <message>
        <source>&amp;New Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a new order for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the lines or the address of the selected order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l Order…</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>I&apos;m &amp;Available</source>
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
</context>
<context>
    <name>spocs::ProductSearchModel</name>
    <message numerus="yes">
        <source>Discontinued (%n left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Out of stock - back in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %1 available - more in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n available</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
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
    <name>spocs::ReasonEditorDialog</name>
    <message>
        <source>A – could be eliminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B – needs a fast answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C – can wait</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Demand class A: could be eliminated at the root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand class B: cannot be eliminated, needs an immediate response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand class C: cannot be eliminated, can wait</source>
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
        <source>Contacts by demand class&lt;br&gt;&lt;small&gt;a: could be eliminated · b: needs a fast answer · c: can wait&lt;/small&gt;</source>
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
        <source>&amp;Show</source>
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
        <source>Save every table of the report as a CSV file (Ctrl+Alt+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Report to a Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spocs::ReviewDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>&amp;Transfer</source>
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
</context>
</TS>
