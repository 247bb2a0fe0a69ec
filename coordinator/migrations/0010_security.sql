-- Service users: the role 'integration' (telephony, mail and chat bridges, survey tools). SQLite cannot
-- alter a CHECK constraint, and rebuilding users would cascade-delete sessions; adding a value to the
-- list changes nothing on disk, so the stored schema text is edited in place (SQLite's documented
-- procedure: writable_schema, then a new schema_version so every connection reloads it).
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (role IN (''agent'', ''expert'', ''lead'', ''admin''))', 'CHECK (role IN (''agent'', ''expert'', ''lead'', ''admin'', ''integration''))') WHERE type = 'table' AND name = 'users';
PRAGMA schema_version = 1000010;
PRAGMA writable_schema = OFF;

-- The last presence state each user set, with its reason, so a coordinator restart does not
-- make everyone "available" (agents on break or in after-contact work would get offers).
CREATE TABLE presence_state (
    user_id INTEGER PRIMARY KEY REFERENCES users(id),
    state   TEXT NOT NULL,
    reason  TEXT,
    since   TEXT NOT NULL
);

-- The audit log becomes a hash chain: each row stores SHA-256 over its content and the previous
-- row's hash (rows written before this migration stay unchained), and rows can be neither
-- changed nor removed through SQL.
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE INDEX audit_log_user ON audit_log(user_id, at);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Failed logins as the login guard counts them (per source address, and per login and address),
-- so a restart lifts no lockout and resets no throttle. The login is stored only inside a hash
-- with the address (a mistyped login may be a password); account_key becomes NULL once that
-- login succeeds from that address, the row still counting for the address.
CREATE TABLE failed_logins (
    id          INTEGER PRIMARY KEY,
    account_key TEXT,
    address     TEXT NOT NULL,
    at_ms       INTEGER NOT NULL
);
CREATE INDEX failed_logins_at ON failed_logins(at_ms);
CREATE INDEX failed_logins_account ON failed_logins(account_key);
