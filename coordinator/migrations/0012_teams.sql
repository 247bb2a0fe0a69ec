-- Schema 12: teams. A team is a plain name on a user (empty: no team); a lead with a team sees
-- only that team's agents in the per-agent report. Set with `spocs-coordinator user team`.
ALTER TABLE users ADD COLUMN team TEXT NOT NULL DEFAULT '';
CREATE INDEX users_team ON users(team);
