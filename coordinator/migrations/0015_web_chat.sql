-- Schema 15: the web endpoint. Anonymous visitors (the chat widget on a web page, the survey
-- page), their chats, one-time survey links, the public FAQ's self-service answers and canned
-- answers for agents. Depends on contacts (6), surveys (7) and contact messages (8). Times are
-- UTC ISO-8601 with milliseconds.

-- A visitor is a browser holding a bearer token; only its SHA-256 is stored. The token expires
-- 24 hours after its last use.
CREATE TABLE visitors (
    id           INTEGER PRIMARY KEY,
    token_hash   TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL,
    last_used_at TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);
CREATE INDEX visitors_expiry ON visitors(expires_at);

-- A chat is a contact on the 'chat' channel started by a visitor. agent_read_up_to: the agent
-- has read the visitor's messages up to this contact_messages id; visitor_read_up_to likewise
-- for the agent's messages. ended_at: the visitor left (the contact stays open for the agent).
CREATE TABLE chats (
    contact_id         INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
    visitor_id         INTEGER NOT NULL REFERENCES visitors(id) ON DELETE CASCADE,
    reason_id          INTEGER NOT NULL REFERENCES contact_reasons(id),
    name               TEXT NOT NULL,
    email              TEXT NOT NULL,
    agent_read_up_to   INTEGER NOT NULL DEFAULT 0,
    visitor_read_up_to INTEGER NOT NULL DEFAULT 0,
    ended_at           TEXT,
    created_at         TEXT NOT NULL
);
CREATE INDEX chats_visitor ON chats(visitor_id, contact_id);

-- What a visitor did that is limited per hour (chats started, messages left offline, transcripts
-- mailed).
CREATE TABLE visitor_actions (
    id         INTEGER PRIMARY KEY,
    visitor_id INTEGER NOT NULL REFERENCES visitors(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('chat', 'message', 'transcript')),
    contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    at         TEXT NOT NULL
);
CREATE INDEX visitor_actions_visitor ON visitor_actions(visitor_id, kind, at);

-- Chat lines the system writes (the visitor left, the chat was handed over) are messages too.
ALTER TABLE contact_messages ADD COLUMN system INTEGER NOT NULL DEFAULT 0 CHECK (system IN (0, 1));

-- A one-time survey link sent after a contact closed: only the token's SHA-256 is stored; it
-- expires after 14 days and is spent by the first answer.
CREATE TABLE survey_tokens (
    token_hash TEXT PRIMARY KEY,
    contact_id INTEGER NOT NULL UNIQUE REFERENCES contacts(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT
) WITHOUT ROWID;

-- A visitor found the answer in the public FAQ (faq.helped): self-service, counted in reports.
CREATE TABLE faq_self_service (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
    query      TEXT NOT NULL DEFAULT '',
    at         TEXT NOT NULL
);
CREATE INDEX faq_self_service_at ON faq_self_service(at);

-- Short answers an agent inserts into a chat or mail (canned.list).
CREATE TABLE canned_answers (
    id       INTEGER PRIMARY KEY,
    title    TEXT NOT NULL,
    body     TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    position INTEGER NOT NULL DEFAULT 0
);
INSERT INTO canned_answers (title, body, language, position) VALUES
    ('Greeting', 'Hello, thank you for contacting us. How can I help you today?', 'en', 1),
    ('One moment', 'Thank you for your patience, I am checking this for you right now.', 'en', 2),
    ('Anything else', 'Is there anything else I can help you with?', 'en', 3),
    ('Goodbye', 'Thank you for chatting with us. Have a nice day!', 'en', 4),
    ('Begrüßung', 'Guten Tag, vielen Dank für Ihre Nachricht. Wie kann ich Ihnen helfen?', 'de', 1),
    ('Einen Moment', 'Vielen Dank für Ihre Geduld, ich prüfe das gerade für Sie.', 'de', 2),
    ('Sonst noch etwas', 'Kann ich Ihnen sonst noch weiterhelfen?', 'de', 3),
    ('Verabschiedung', 'Vielen Dank für Ihre Nachricht. Einen schönen Tag noch!', 'de', 4);
