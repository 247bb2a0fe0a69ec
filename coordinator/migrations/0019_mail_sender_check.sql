-- What the organisation's own mail server said about an inbound e-mail's From address
-- (RFC 8601 Authentication-Results with [mail] trusted_authserv_id): 'verified', 'failed' or
-- 'unknown'. NULL: not checked (no trusted authserv-id when it arrived, a reply, a chat line).
ALTER TABLE contact_messages ADD COLUMN sender_check TEXT
    CHECK (sender_check IS NULL OR sender_check IN ('verified', 'failed', 'unknown'));
