-- Schema 13: a contact's priority in its queue, set when it arrives: VIP customers +2, customers
-- at risk +1, a class b reason from the IVR (needs an immediate, complete answer) +1. Routing
-- offers the waiting contacts by priority, then by arrival.
ALTER TABLE contacts ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
CREATE INDEX contacts_state_priority ON contacts(state, priority DESC, id);
