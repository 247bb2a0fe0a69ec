-- Schema 1: service bookkeeping shared by every feature.

-- Key/value facts about this database (the event-log epoch, ...).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The event log: every state change, gap-free per epoch, kept for resume.
CREATE TABLE events (
    seq        INTEGER PRIMARY KEY,
    topic      TEXT NOT NULL,
    kind       TEXT NOT NULL,
    data       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Writes already applied, by client id, so a retried write is applied once
-- and answered with the original response.
CREATE TABLE applied_writes (
    cid        TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL,
    op         TEXT NOT NULL,
    response   TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Who read or wrote what, from which session. Never holds secrets or card numbers.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    user_id    INTEGER,
    session_id TEXT,
    action     TEXT NOT NULL,
    subject    TEXT,
    detail     TEXT
);
CREATE INDEX audit_log_subject ON audit_log(subject, at);
