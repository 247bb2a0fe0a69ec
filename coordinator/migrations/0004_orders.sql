-- Schema 4: the unified customer view, stock reservation, order history, payment cards
-- and credit notes. Depends only on schema 3.

-- How soon the customer expects an answer on their preferred channel.
ALTER TABLE customers ADD COLUMN expected_response_hours INTEGER NOT NULL DEFAULT 24;

-- Units held by orders that are not yet shipped (draft, placed, picked);
-- available = stock_on_hand - reserved. Changed only inside BEGIN IMMEDIATE.
ALTER TABLE products ADD COLUMN reserved INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0);

ALTER TABLE orders ADD COLUMN cancel_reason TEXT;

-- Every change of an order: placed, changed, cancelled, status.
CREATE TABLE order_events (
    id             INTEGER PRIMARY KEY,
    order_id       INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    at             TEXT NOT NULL,
    author_user_id INTEGER REFERENCES users(id),
    action         TEXT NOT NULL CHECK (action IN ('placed', 'changed', 'cancelled', 'status')),
    detail         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX order_events_order ON order_events(order_id, id);

-- Payment cards, masked: brand, the first six digits (BIN) and the last four. The full
-- number is never accepted (the dispatcher rejects it), so it cannot be stored here.
CREATE TABLE payment_cards (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    brand       TEXT NOT NULL,
    bin         TEXT NOT NULL CHECK (length(bin) = 6 AND bin NOT GLOB '*[^0-9]*'),
    last4       TEXT NOT NULL CHECK (length(last4) = 4 AND last4 NOT GLOB '*[^0-9]*'),
    created_at  TEXT NOT NULL,
    UNIQUE (customer_id, brand, bin, last4)
);

ALTER TABLE payments ADD COLUMN card_id INTEGER REFERENCES payment_cards(id);

CREATE TABLE credit_notes (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    invoice_id   INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    issued_at    TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    reason       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX credit_notes_invoice ON credit_notes(invoice_id);
