-- 0003: sign-in sessions that the server can end, failed sign-in counters that survive a restart,
-- and owners of template ids. Times are Unix milliseconds (UTC), as everywhere.

-- One row per signed-in browser. The cookie carries only the session id; the server checks the row on
-- every request, so signing out, changing the password or disabling the user ends the session at once.
CREATE TABLE user_sessions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client TEXT NOT NULL,
    created_at_ms BIGINT NOT NULL,
    last_seen_at_ms BIGINT NOT NULL,
    expires_at_ms BIGINT NOT NULL,
    revoked_at_ms BIGINT NULL
);
CREATE INDEX ix_user_sessions_user ON user_sessions (user_id);

-- Failed sign-ins per subject: scope 'account' (the e-mail as typed, normalised, whether or not such a
-- user exists, so a lockout reveals nothing) or 'client' (the client's address). A subject whose
-- failures reach the limit inside one window is locked until locked_until_ms.
CREATE TABLE sign_in_throttle (
    scope TEXT NOT NULL,
    subject TEXT NOT NULL,
    failures INTEGER NOT NULL,
    window_started_at_ms BIGINT NOT NULL,
    locked_until_ms BIGINT NULL,
    PRIMARY KEY (scope, subject)
);
CREATE INDEX ix_sign_in_throttle_window ON sign_in_throttle (window_started_at_ms);

-- A template id belongs to whoever published it first (a user id; 'usr_system' is the platform itself).
-- Only the owner and admins publish further versions of it.
CREATE TABLE template_owners (
    template_id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL,
    claimed_at_ms BIGINT NOT NULL
);

-- Templates published before owners existed belong to the publisher of their earliest version.
INSERT INTO template_owners (template_id, owner_id, claimed_at_ms)
SELECT t.id, t.published_by, t.published_at_ms
FROM templates t
WHERE NOT EXISTS (
    SELECT 1 FROM templates e
    WHERE e.id = t.id AND (e.published_at_ms < t.published_at_ms OR (e.published_at_ms = t.published_at_ms AND e.version < t.version)));
