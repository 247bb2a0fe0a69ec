-- Schema 14: outbound contacts. An agent calls or writes to a customer (a call back, a proactive
-- status update): the contact starts in hand, owned by that agent, and is never routed. An
-- outbound contact made for a follow-up points at the contact whose follow-up it serves.
ALTER TABLE contacts ADD COLUMN direction TEXT NOT NULL DEFAULT 'inbound'
    CHECK (direction IN ('inbound', 'outbound'));
ALTER TABLE contacts ADD COLUMN follow_up_of INTEGER REFERENCES contacts(id);
