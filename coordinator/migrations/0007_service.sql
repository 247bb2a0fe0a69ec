-- Schema 7: skills and queues, the lead's figures, follow-ups and surveys, and
-- consults, conferences and transfers. Depends on users (2), knowledge (5) and
-- contacts (6). Times are UTC ISO-8601 with milliseconds, like everywhere else.

-- Skills double as queues: a contact waits in the queue of one skill ('general' by default),
-- and expert.find looks people up by skill. Levels: 1 (basic) .. 5 (the expert).
CREATE TABLE skills (
    code     TEXT PRIMARY KEY,
    label    TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO skills (code, label, position) VALUES ('general', 'General', 0);

CREATE TABLE user_skills (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    skill   TEXT NOT NULL REFERENCES skills(code),
    level   INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    PRIMARY KEY (user_id, skill)
) WITHOUT ROWID;
CREATE INDEX user_skills_skill ON user_skills(skill, level);

-- Contacts: their queue, the figures reports need, and the rep's notes that travel with a
-- consult so the expert never asks the customer again.
ALTER TABLE contacts ADD COLUMN queue TEXT NOT NULL DEFAULT 'general' REFERENCES skills(code);
-- first accept: speed of answer
ALTER TABLE contacts ADD COLUMN answered_at TEXT;
ALTER TABLE contacts ADD COLUMN abandoned INTEGER NOT NULL DEFAULT 0 CHECK (abandoned IN (0, 1));
ALTER TABLE contacts ADD COLUMN forwarded INTEGER NOT NULL DEFAULT 0 CHECK (forwarded IN (0, 1));
ALTER TABLE contacts ADD COLUMN transfer_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN consult_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN notes TEXT NOT NULL DEFAULT '';
-- forward / move target
ALTER TABLE contacts ADD COLUMN preferred_user_id INTEGER REFERENCES users(id);
ALTER TABLE contacts ADD COLUMN follow_up_warned_at TEXT;
ALTER TABLE contacts ADD COLUMN follow_up_done_at TEXT;
CREATE INDEX contacts_created ON contacts(created_at);
CREATE INDEX contacts_queue_state ON contacts(queue, state);
CREATE INDEX contacts_follow_up ON contacts(follow_up_owner_user_id, follow_up_done_at, follow_up_due);

-- Reasons: the queue / expert group a reason belongs to, the designated person for
-- forward-only reasons, and retired reasons (kept for old contacts and reports).
-- Linked articles already live in kb_article_reasons (by reason code).
ALTER TABLE contact_reasons ADD COLUMN skill TEXT REFERENCES skills(code);
ALTER TABLE contact_reasons ADD COLUMN forward_to_user_id INTEGER REFERENCES users(id);
ALTER TABLE contact_reasons ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));

-- Status updates given to the customer about an open follow-up.
CREATE TABLE follow_up_updates (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users(id),
    channel    TEXT NOT NULL DEFAULT 'phone' CHECK (channel IN ('phone', 'chat', 'email')),
    note       TEXT NOT NULL,
    at         TEXT NOT NULL
);
CREATE INDEX follow_up_updates_contact ON follow_up_updates(contact_id, id);

-- Post-contact survey, at most one per contact.
CREATE TABLE surveys (
    contact_id  INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
    csat        INTEGER CHECK (csat BETWEEN 1 AND 5),
    nps         INTEGER CHECK (nps BETWEEN 0 AND 10),
    comment     TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    CHECK (csat IS NOT NULL OR nps IS NOT NULL)
);

-- Who is on a contact and when: the customer (user_id NULL), the owner, conferenced experts.
-- This is also the call-leg model a telephony adapter maps to (docs/telephony.md).
CREATE TABLE contact_participants (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    user_id    INTEGER REFERENCES users(id),
    role       TEXT NOT NULL CHECK (role IN ('customer', 'owner', 'expert', 'agent')),
    joined_at  TEXT NOT NULL,
    left_at    TEXT
);
CREATE INDEX contact_participants_contact ON contact_participants(contact_id, id);
CREATE INDEX contact_participants_user ON contact_participants(user_id, left_at);

-- A consult: the rep asks a named expert or everyone with a skill; the first to accept wins.
CREATE TABLE consults (
    id                INTEGER PRIMARY KEY,
    contact_id        INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    requester_user_id INTEGER NOT NULL REFERENCES users(id),
    target_user_id    INTEGER REFERENCES users(id),   -- a named expert, or NULL
    skill             TEXT REFERENCES skills(code),   -- ring-to-skill, or NULL
    question          TEXT NOT NULL,
    state             TEXT NOT NULL DEFAULT 'offered'
                      CHECK (state IN ('offered', 'active', 'declined', 'expired', 'cancelled', 'ended')),
    expert_user_id    INTEGER REFERENCES users(id),   -- who accepted
    decline_reason    TEXT,
    answer            TEXT,                           -- the expert's answer, for a KB draft
    version           INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT NOT NULL,
    answered_at       TEXT,
    ended_at          TEXT
);
CREATE INDEX consults_contact ON consults(contact_id, id);
CREATE INDEX consults_state ON consults(state, id);

CREATE TABLE consult_offers (
    consult_id INTEGER NOT NULL REFERENCES consults(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users(id),
    state      TEXT NOT NULL DEFAULT 'open'
               CHECK (state IN ('open', 'accepted', 'withdrawn', 'declined', 'expired')),
    reason     TEXT,
    offered_at TEXT NOT NULL,
    PRIMARY KEY (consult_id, user_id)
) WITHOUT ROWID;
CREATE INDEX consult_offers_user ON consult_offers(user_id, state);

CREATE TABLE consult_messages (
    id             INTEGER PRIMARY KEY,
    consult_id     INTEGER NOT NULL REFERENCES consults(id) ON DELETE CASCADE,
    author_user_id INTEGER NOT NULL REFERENCES users(id),
    body           TEXT NOT NULL,
    sent_at        TEXT NOT NULL,
    delivered_at   TEXT,
    read_at        TEXT
);
CREATE INDEX consult_messages_consult ON consult_messages(consult_id, id);

-- Transfers: warm (after a consult, with a note), cold, or forward (forward-only reason).
-- An offered transfer reserves its target: ContactStore::loads() counts it.
CREATE TABLE contact_transfers (
    id             INTEGER PRIMARY KEY,
    contact_id     INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    from_user_id   INTEGER NOT NULL REFERENCES users(id),
    to_user_id     INTEGER REFERENCES users(id),      -- NULL: forwarded to a group (skill)
    to_skill       TEXT REFERENCES skills(code),
    kind           TEXT NOT NULL CHECK (kind IN ('warm', 'cold', 'forward')),
    note           TEXT NOT NULL DEFAULT '',
    state          TEXT NOT NULL DEFAULT 'offered'
                   CHECK (state IN ('offered', 'accepted', 'declined', 'expired', 'cancelled', 'forwarded')),
    decline_reason TEXT,
    created_at     TEXT NOT NULL,
    answered_at    TEXT
);
CREATE INDEX contact_transfers_contact ON contact_transfers(contact_id, id);
CREATE INDEX contact_transfers_open ON contact_transfers(state, to_user_id);
