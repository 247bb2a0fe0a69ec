-- The open follow-ups, for the coordinator's once-a-second due check and the lead's overdue
-- alert. Neither names an owner, so contacts_follow_up (owner first) cannot serve them and
-- each check read every contact ever recorded. Partial: only open follow-ups are in it, and
-- it holds every column those checks read, so they never touch the table.
CREATE INDEX contacts_open_follow_ups
    ON contacts(follow_up_due, follow_up_owner_user_id, follow_up_warned_at, follow_up_done_at)
    WHERE follow_up_done_at IS NULL AND follow_up_due IS NOT NULL;
