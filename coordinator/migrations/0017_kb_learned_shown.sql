-- The word as an agent last typed it ("refunds"), beside its base form ("refund", the key the
-- search uses and kb.learned.forget takes), so the lead's list of learned words reads as typed.
-- Rows learned before this migration show their base form.
ALTER TABLE kb_learned_words ADD COLUMN shown TEXT;
