-- Schema 11: credit notes and refunds that agents request on an invoice, and disputes.
-- Up to [billing] credit_limit a request is applied at once; above it it waits for a lead
-- other than the requester (four-eyes). Depends on schemas 3 and 4.
CREATE TABLE credit_requests (
    id             INTEGER PRIMARY KEY,
    invoice_id     INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('credit', 'refund')),
    amount_cents   INTEGER NOT NULL CHECK (amount_cents > 0),
    reason         TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('pending_approval', 'applied', 'rejected')),
    requested_by   INTEGER NOT NULL REFERENCES users(id),
    requested_at   TEXT NOT NULL,
    decided_by     INTEGER REFERENCES users(id),
    decided_at     TEXT,
    note           TEXT,
    credit_note_id INTEGER REFERENCES credit_notes(id),
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX credit_requests_status ON credit_requests(status, requested_at, id);
CREATE INDEX credit_requests_invoice ON credit_requests(invoice_id);

-- A refund is a credit note whose amount went back to the customer: it lowers neither the
-- invoice's balance nor the account's (the credit and the pay-out cancel out).
ALTER TABLE credit_notes ADD COLUMN kind TEXT NOT NULL DEFAULT 'credit' CHECK (kind IN ('credit', 'refund'));

-- Why the customer disputes the invoice; set while status is 'disputed'.
ALTER TABLE invoices ADD COLUMN dispute_reason TEXT;
