-- 0016: the PACT v3 host. pact_clients are the data recipients that may call /3/* with an OAuth2 client-credentials
-- token: the secret is kept only as its SHA-256 hash (shown once when created); a revoked client's tokens stop at once.
-- origin is 'api' (created by an admin) or 'configuration' (Microfactory:Pact:Clients, kept in step at every start).
-- A client that may send footprint requests also has callback credentials: its own PACT API base URL and the client id
-- and secret it issued to us there (the secret protected with the server's data-protection keys, never in clear).
CREATE TABLE pact_clients (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at_ms BIGINT NOT NULL,
    revoked_at_ms BIGINT NULL,
    origin TEXT NOT NULL,
    callback_base_url TEXT NULL,
    callback_auth_base_url TEXT NULL,
    callback_client_id TEXT NULL,
    callback_client_secret_protected TEXT NULL
);

-- Every CloudEvent a client posted to /3/events and we accepted (200), so nothing acknowledged is lost across a restart.
-- A RequestCreatedEvent is answered later: answer_state goes pending -> delivered, or abandoned 72 hours after it was
-- received; answer_json is the RequestFulfilledEvent or RequestRejectedEvent, computed once and re-sent unchanged on
-- every attempt, with reply_source (our /3/events as the client called it) as its CloudEvents source. answer_state is
-- 'failed' when the recipient refused the answer for good (a 4xx other than 401, 408, 429). Other event types are kept
-- with answer_state 'none' for the PACT client to act on.
CREATE TABLE pact_events_in (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES pact_clients (id),
    event_type TEXT NOT NULL,
    event_id TEXT NOT NULL,
    source TEXT NOT NULL,
    event_time_ms BIGINT NOT NULL,
    received_at_ms BIGINT NOT NULL,
    data_json TEXT NOT NULL,
    reply_source TEXT NOT NULL,
    answer_state TEXT NOT NULL,
    answer_type TEXT NULL,
    answer_json TEXT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at_ms BIGINT NULL,
    last_error TEXT NULL,
    answered_at_ms BIGINT NULL,
    UNIQUE (client_id, source, event_id)
);
CREATE INDEX ix_pact_events_in_due ON pact_events_in (answer_state, next_attempt_at_ms);
