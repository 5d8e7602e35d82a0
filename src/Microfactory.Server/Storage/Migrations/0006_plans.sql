-- 0006: the live plan. plan_events records what the plan must react to (an order confirmed, a downtime added, a pin)
-- durably, by any process; version is the plan version that answered the event (NULL until one has). plan_versions
-- keeps every version of every factory's plan: why it changed (reason, events_json), its KPIs and its operations
-- (operations_json: [operationId, machineId, startMs, endMs] per operation). plan_pins holds the planners' pins.
CREATE TABLE plan_events (
    id TEXT PRIMARY KEY,
    factory_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    user_id TEXT NULL,
    recorded_at_ms BIGINT NOT NULL,
    version BIGINT NULL
);
CREATE INDEX ix_plan_events_pending ON plan_events (factory_id, version);

CREATE TABLE plan_versions (
    factory_id TEXT NOT NULL REFERENCES factories (id),
    version BIGINT NOT NULL,
    created_at_ms BIGINT NOT NULL,
    reason TEXT NOT NULL,
    events_json TEXT NOT NULL,
    kpis_json TEXT NOT NULL,
    operations_json TEXT NOT NULL,
    PRIMARY KEY (factory_id, version)
);

CREATE TABLE plan_pins (
    operation_id TEXT PRIMARY KEY,
    factory_id TEXT NOT NULL REFERENCES factories (id),
    machine_id TEXT NOT NULL REFERENCES machines (id) ON DELETE CASCADE,
    start_ms BIGINT NOT NULL,
    user_id TEXT NULL,
    created_at_ms BIGINT NOT NULL
);
CREATE INDEX ix_plan_pins_factory ON plan_pins (factory_id);
