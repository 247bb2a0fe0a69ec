-- Schema 6: contacts. A contact is one customer interaction on one channel;
-- it is queued, offered to one agent at a time, worked (active), wrapped up and closed.
-- Times are UTC ISO-8601 with milliseconds. Depends only on users and customers.

-- The admin-editable reason tree. demand_class: 'a' avoidable (the cause can be eliminated at
-- the root), 'b' unavoidable, needs an immediate complete answer, 'c' can wait.
-- forward_only: the agent cannot resolve it, only hand it on.
CREATE TABLE contact_reasons (
    id           INTEGER PRIMARY KEY,
    parent_id    INTEGER REFERENCES contact_reasons(id),
    code         TEXT NOT NULL UNIQUE,
    label        TEXT NOT NULL,
    demand_class TEXT NOT NULL DEFAULT 'a' CHECK (demand_class IN ('a', 'b', 'c')),
    forward_only INTEGER NOT NULL DEFAULT 0 CHECK (forward_only IN (0, 1)),
    position     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_reasons_parent ON contact_reasons(parent_id, position);

CREATE TABLE contacts (
    id                      INTEGER PRIMARY KEY,
    channel                 TEXT NOT NULL CHECK (channel IN ('phone', 'chat', 'email')),
    customer_id             INTEGER NOT NULL REFERENCES customers(id),
    owner_user_id           INTEGER REFERENCES users(id), -- the agent who accepted it
    state                   TEXT NOT NULL DEFAULT 'queued'
                            CHECK (state IN ('queued', 'offered', 'active', 'after_contact_work', 'closed')),
    offered_user_id         INTEGER REFERENCES users(id),
    outcome                 TEXT CHECK (outcome IN ('resolved', 'follow_up')),
    follow_up_due           TEXT,
    follow_up_owner_user_id INTEGER REFERENCES users(id),
    version                 INTEGER NOT NULL DEFAULT 1,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    closed_at               TEXT
);
CREATE INDEX contacts_customer_state ON contacts(customer_id, state);
CREATE INDEX contacts_state ON contacts(state, id);
CREATE INDEX contacts_owner_state ON contacts(owner_user_id, state);

CREATE TABLE contact_transitions (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    state      TEXT NOT NULL,
    at         TEXT NOT NULL,
    user_id    INTEGER REFERENCES users(id)
);
CREATE INDEX contact_transitions_contact ON contact_transitions(contact_id, id);

CREATE TABLE contact_tasks (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('availability_price', 'place_order', 'change_order', 'cancel_order',
                                              'order_status', 'billing_question', 'account_change',
                                              'specialist_request', 'other')),
    resolved    INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
    created_at  TEXT NOT NULL,
    resolved_at TEXT
);
CREATE INDEX contact_tasks_contact ON contact_tasks(contact_id, id);

CREATE TABLE contact_contact_reasons (
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    reason_id  INTEGER NOT NULL REFERENCES contact_reasons(id),
    PRIMARY KEY (contact_id, reason_id)
) WITHOUT ROWID;
