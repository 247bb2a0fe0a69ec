-- Schema 3: the customer domain. Money is integer cents with an ISO 4217 currency;
-- dates are ISO "YYYY-MM-DD", times UTC ISO-8601 with milliseconds. Public numbers
-- (C-1042, A-101042, O-200001, I-300001) are what agents see and type; rows join on
-- integer ids. Every record an agent can edit carries a version for optimistic locking.

CREATE TABLE customers (
    id                INTEGER PRIMARY KEY,
    public_id         TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    company           TEXT,
    language          TEXT NOT NULL DEFAULT 'en',
    preferred_channel TEXT NOT NULL DEFAULT 'phone'
                      CHECK (preferred_channel IN ('phone', 'email', 'chat', 'letter')),
    notes             TEXT NOT NULL DEFAULT '',
    owner_user_id     INTEGER REFERENCES users(id),
    backup_user_id    INTEGER REFERENCES users(id),
    version           INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX customers_owner ON customers(owner_user_id);
CREATE INDEX customers_backup ON customers(backup_user_id);

-- Markers shown as badges and used by routing ("vip", "dunning", "gdpr_restricted", ...).
CREATE TABLE customer_flags (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    flag        TEXT NOT NULL,
    PRIMARY KEY (customer_id, flag)
) WITHOUT ROWID;

CREATE TABLE customer_emails (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    email       TEXT NOT NULL COLLATE NOCASE,
    kind        TEXT NOT NULL DEFAULT 'private' CHECK (kind IN ('private', 'work', 'billing')),
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX customer_emails_customer ON customer_emails(customer_id, position);
CREATE INDEX customer_emails_email ON customer_emails(email);

-- digits: the number reduced to digits ("+49 30 1234567" -> "49301234567");
-- digits_reversed serves suffix search ("1234567" -> range scan on "7654321...").
CREATE TABLE customer_phones (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    raw             TEXT NOT NULL,
    digits          TEXT NOT NULL,
    digits_reversed TEXT NOT NULL,
    kind            TEXT NOT NULL DEFAULT 'mobile' CHECK (kind IN ('mobile', 'landline', 'work')),
    position        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX customer_phones_customer ON customer_phones(customer_id, position);
CREATE INDEX customer_phones_digits ON customer_phones(digits);
CREATE INDEX customer_phones_reversed ON customer_phones(digits_reversed);

CREATE TABLE addresses (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL DEFAULT 'billing' CHECK (kind IN ('billing', 'shipping')),
    street      TEXT NOT NULL,
    city        TEXT NOT NULL,
    postcode    TEXT NOT NULL,
    region      TEXT,
    country     TEXT NOT NULL -- ISO 3166-1 alpha-2
);
CREATE INDEX addresses_customer ON addresses(customer_id, kind);

CREATE TABLE accounts (
    id                 INTEGER PRIMARY KEY,
    number             TEXT NOT NULL UNIQUE,
    customer_id        INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    status             TEXT NOT NULL CHECK (status IN ('prospect', 'active', 'suspended', 'closed')),
    plan               TEXT NOT NULL,
    credit_limit_cents INTEGER NOT NULL DEFAULT 0,
    balance_cents      INTEGER NOT NULL DEFAULT 0, -- positive: the customer owes us
    currency           TEXT NOT NULL,
    opened_on          TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX accounts_customer ON accounts(customer_id);

CREATE TABLE products (
    id             INTEGER PRIMARY KEY,
    sku            TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    price_cents    INTEGER NOT NULL CHECK (price_cents >= 0),
    currency       TEXT NOT NULL,
    stock_on_hand  INTEGER NOT NULL DEFAULT 0,
    lead_time_days INTEGER NOT NULL DEFAULT 0, -- days to restock when out of stock
    discontinued   INTEGER NOT NULL DEFAULT 0 CHECK (discontinued IN (0, 1)),
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX products_name ON products(name COLLATE NOCASE);

CREATE TABLE orders (
    id             INTEGER PRIMARY KEY,
    number         TEXT NOT NULL UNIQUE,
    customer_id    INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    account_id     INTEGER REFERENCES accounts(id),
    status         TEXT NOT NULL
                   CHECK (status IN ('draft', 'placed', 'picked', 'shipped', 'delivered', 'cancelled', 'returned')),
    subtotal_cents INTEGER NOT NULL DEFAULT 0,
    shipping_cents INTEGER NOT NULL DEFAULT 0,
    tax_cents      INTEGER NOT NULL DEFAULT 0,
    total_cents    INTEGER NOT NULL DEFAULT 0,
    currency       TEXT NOT NULL,
    promised_on    TEXT,
    ship_name      TEXT,
    ship_street    TEXT,
    ship_city      TEXT,
    ship_postcode  TEXT,
    ship_country   TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX orders_customer ON orders(customer_id, created_at);
CREATE INDEX orders_status ON orders(status, promised_on);

CREATE TABLE order_lines (
    id               INTEGER PRIMARY KEY,
    order_id         INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    line_no          INTEGER NOT NULL,
    product_id       INTEGER REFERENCES products(id),
    description      TEXT NOT NULL,
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents INTEGER NOT NULL,
    total_cents      INTEGER NOT NULL,
    UNIQUE (order_id, line_no)
);
CREATE INDEX order_lines_product ON order_lines(product_id);

-- status: open until paid in full or voided; "overdue" is open with due_on in the past
-- (derived, so it never goes stale).
CREATE TABLE invoices (
    id            INTEGER PRIMARY KEY,
    number        TEXT NOT NULL UNIQUE,
    customer_id   INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    account_id    INTEGER REFERENCES accounts(id),
    order_id      INTEGER REFERENCES orders(id),
    issued_on     TEXT NOT NULL,
    due_on        TEXT NOT NULL,
    total_cents   INTEGER NOT NULL,
    balance_cents INTEGER NOT NULL,
    currency      TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('open', 'paid', 'void', 'disputed')),
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX invoices_customer ON invoices(customer_id, issued_on);
CREATE INDEX invoices_order ON invoices(order_id);
CREATE INDEX invoices_open ON invoices(status, due_on);

CREATE TABLE invoice_lines (
    id               INTEGER PRIMARY KEY,
    invoice_id       INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    line_no          INTEGER NOT NULL,
    product_id       INTEGER REFERENCES products(id),
    description      TEXT NOT NULL,
    quantity         INTEGER NOT NULL,
    unit_price_cents INTEGER NOT NULL,
    total_cents      INTEGER NOT NULL,
    UNIQUE (invoice_id, line_no)
);

CREATE TABLE payments (
    id           INTEGER PRIMARY KEY,
    invoice_id   INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    received_on  TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    method       TEXT NOT NULL CHECK (method IN ('card', 'transfer', 'direct_debit', 'cash')),
    reference    TEXT
);
CREATE INDEX payments_invoice ON payments(invoice_id);

-- The customer's timeline: notes, contacts, and entries pointing at orders, invoices,
-- articles or consults (ref holds that record's public number).
CREATE TABLE history (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    at             TEXT NOT NULL,
    type           TEXT NOT NULL CHECK (type IN ('note', 'contact', 'order', 'invoice', 'article', 'consult')),
    author_user_id INTEGER REFERENCES users(id),
    summary        TEXT NOT NULL,
    ref            TEXT
);
CREATE INDEX history_customer_at ON history(customer_id, at, id);

-- Type-ahead search. rowid = customers.id; the text is folded by CustomerStore
-- (lower case, diacritics and letters like ł, ø, ß transliterated) and rewritten by it
-- whenever a customer's name, company, emails, phones or accounts change.
CREATE VIRTUAL TABLE customer_search USING fts5(
    name, company, emails, phones, account,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);
