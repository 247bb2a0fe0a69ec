-- The login alone (a hash, like account_key), so failures of one login from many addresses are
-- counted together across a restart. NULL once a success from that address cleared its share.
ALTER TABLE failed_logins ADD COLUMN login_key TEXT;
CREATE INDEX failed_logins_login ON failed_logins(login_key);
