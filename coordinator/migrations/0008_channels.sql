-- Schema 8: the e-mail and web-chat channels. Every message a customer sends or an agent
-- answers on a contact's channel, stored as received; attachments beside them. Depends on
-- contacts (6, 7). Times are UTC ISO-8601 with milliseconds.

-- source_key makes intake idempotent: the mailbox and the message's Message-ID (or a digest of
-- the raw message), so a message fetched again after a restart is recognised, never stored twice.
-- status: 'received' (inbound), 'sending' / 'sent' / 'failed' (outbound; failure holds the
-- server's reason).
CREATE TABLE contact_messages (
    id             INTEGER PRIMARY KEY,
    contact_id     INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    channel        TEXT NOT NULL CHECK (channel IN ('email', 'chat')),
    direction      TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    author_user_id INTEGER REFERENCES users(id),
    source_key     TEXT UNIQUE,
    message_id     TEXT,
    in_reply_to    TEXT NOT NULL DEFAULT '',
    refs           TEXT NOT NULL DEFAULT '',
    from_address   TEXT NOT NULL DEFAULT '',
    from_name      TEXT NOT NULL DEFAULT '',
    to_address     TEXT NOT NULL DEFAULT '',
    subject        TEXT NOT NULL DEFAULT '',
    headers        TEXT NOT NULL DEFAULT '',
    body_text      TEXT NOT NULL DEFAULT '',
    body_html      TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'sending', 'sent', 'failed')),
    failure        TEXT,
    created_at     TEXT NOT NULL,
    sent_at        TEXT
);
CREATE INDEX contact_messages_contact ON contact_messages(contact_id, id);
CREATE INDEX contact_messages_message_id ON contact_messages(message_id);

-- data is NULL when the attachment was refused (over the size limit); the message then
-- carries a note saying so.
CREATE TABLE contact_message_attachments (
    id           INTEGER PRIMARY KEY,
    message_id   INTEGER NOT NULL REFERENCES contact_messages(id) ON DELETE CASCADE,
    filename     TEXT NOT NULL DEFAULT '',
    content_type TEXT NOT NULL DEFAULT 'application/octet-stream',
    size         INTEGER NOT NULL,
    data         BLOB,
    refused      INTEGER NOT NULL DEFAULT 0 CHECK (refused IN (0, 1))
);
CREATE INDEX contact_message_attachments_message ON contact_message_attachments(message_id);

-- A contact started by a reply to one closed long ago points at it.
ALTER TABLE contacts ADD COLUMN linked_contact_id INTEGER REFERENCES contacts(id);

-- Greeting, signature and automatic acknowledgement of e-mail replies, per customer language
-- (admins edit them). Placeholders: {name} the customer, {agent} the agent answering,
-- {hours} the expected response time from the customer's profile.
CREATE TABLE mail_templates (
    language TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('greeting', 'signature', 'acknowledgement')),
    body     TEXT NOT NULL,
    PRIMARY KEY (language, kind)
) WITHOUT ROWID;
INSERT INTO mail_templates (language, kind, body) VALUES
    ('en', 'greeting', 'Dear {name},'),
    ('en', 'signature', 'Kind regards,
{agent}'),
    ('en', 'acknowledgement', 'Dear {name},

thank you for your message. We have received it and will answer within {hours} hours.'),
    ('de', 'greeting', 'Guten Tag {name},'),
    ('de', 'signature', 'Freundliche Grüße
{agent}'),
    ('de', 'acknowledgement', 'Guten Tag {name},

vielen Dank für Ihre Nachricht. Wir haben sie erhalten und antworten innerhalb von {hours} Stunden.');
