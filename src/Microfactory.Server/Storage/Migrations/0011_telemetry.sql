-- 0011: machine telemetry (MQTT and HTTP). Nothing here is ever updated or deleted: the tables are the audit trail.
-- telemetry_ledger remembers every message key seen per machine and kind (id:… or seq:…), so a message delivered again
-- (an MQTT redelivery after a crash, an HTTP retry) is recognised and counted once. The three data tables append one
-- row per accepted message; their id numbers rows in commit order (the identity token: SQLite's rowid, PostgreSQL's
-- identity column), which breaks ties between state changes with the same "at": the one recorded later wins. SQLite
-- keeps the ledger in its key's b-tree only (the without-rowid token), one b-tree write per message instead of two.
-- Times are Unix milliseconds (UTC); source is mqtt, http, operator or simulation.
CREATE TABLE telemetry_ledger (
    machine_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    message_key TEXT NOT NULL,
    recorded_at_ms BIGINT NOT NULL,
    PRIMARY KEY (machine_id, kind, message_key)
) {{without_rowid}};

CREATE TABLE machine_state_changes (
    id {{identity}},
    machine_id TEXT NOT NULL REFERENCES machines (id),
    factory_id TEXT NOT NULL REFERENCES factories (id),
    state TEXT NOT NULL CHECK (state IN ('off', 'idle', 'setup', 'running', 'down')),
    at_ms BIGINT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('mqtt', 'http', 'operator', 'simulation')),
    reason TEXT NULL,
    operation_id TEXT NULL,
    user_id TEXT NULL,
    message_key TEXT NOT NULL,
    recorded_at_ms BIGINT NOT NULL
);
CREATE INDEX ix_machine_state_changes_latest ON machine_state_changes (machine_id, at_ms, id);

CREATE TABLE machine_counts (
    id {{identity}},
    machine_id TEXT NOT NULL REFERENCES machines (id),
    operation_id TEXT NULL,
    good BIGINT NOT NULL CHECK (good >= 0),
    scrap BIGINT NOT NULL CHECK (scrap >= 0),
    at_ms BIGINT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('mqtt', 'http', 'operator', 'simulation')),
    message_key TEXT NOT NULL,
    recorded_at_ms BIGINT NOT NULL
);
CREATE INDEX ix_machine_counts_machine ON machine_counts (machine_id, at_ms);

CREATE TABLE machine_energy_readings (
    id {{identity}},
    machine_id TEXT NOT NULL REFERENCES machines (id),
    kwh {{double}} NOT NULL CHECK (kwh >= 0),
    at_ms BIGINT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('mqtt', 'http', 'operator', 'simulation')),
    message_key TEXT NOT NULL,
    recorded_at_ms BIGINT NOT NULL
);
CREATE INDEX ix_machine_energy_readings_machine ON machine_energy_readings (machine_id, at_ms);
