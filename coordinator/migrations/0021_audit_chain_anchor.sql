-- Schema 21: where the audit chain starts and where it ends, kept apart from its rows so that
-- deleting rows from either end of audit_log shows. first_id is the first chained row and
-- first_prev_hash what it chains to ('' is the genesis); both are written once, by this
-- migration or the first chained write. head_id and head_hash are the newest chained row,
-- moved forward in the same transaction as each audit insert. Depends on schema 10.
CREATE TABLE audit_chain (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    first_id        INTEGER,
    first_prev_hash TEXT,
    head_id         INTEGER,
    head_hash       TEXT
);
INSERT INTO audit_chain(id, first_id, first_prev_hash, head_id, head_hash)
SELECT 1, (SELECT id FROM audit_log WHERE hash IS NOT NULL ORDER BY id LIMIT 1),
       (SELECT prev_hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id LIMIT 1),
       (SELECT id FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1),
       (SELECT hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1);
CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain
BEGIN
    SELECT RAISE(ABORT, 'the audit chain anchor is permanent');
END;
CREATE TRIGGER audit_chain_first_fixed BEFORE UPDATE OF first_id, first_prev_hash ON audit_chain
WHEN OLD.first_id IS NOT NULL
    AND (NEW.first_id IS NOT OLD.first_id OR NEW.first_prev_hash IS NOT OLD.first_prev_hash)
BEGIN
    SELECT RAISE(ABORT, 'the start of the audit chain is fixed');
END;
CREATE TRIGGER audit_chain_head_forward BEFORE UPDATE OF head_id ON audit_chain
WHEN OLD.head_id IS NOT NULL AND (NEW.head_id IS NULL OR NEW.head_id <= OLD.head_id)
BEGIN
    SELECT RAISE(ABORT, 'the head of the audit chain only moves forward');
END;
