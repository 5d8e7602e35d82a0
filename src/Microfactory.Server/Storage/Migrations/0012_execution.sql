-- 0012: execution on the shop floor. operation_events is the audit trail: every move of a planned operation (start,
-- pause, resume, finish) is appended with when, by what (operator, telemetry, simulation) and by whom; nothing in it
-- is ever updated or deleted. (operation_id, sequence) is unique, so two moves racing on the same operation cannot
-- both land: the loser's insert fails and it is told the operation moved. operation_runs is the current state of each
-- operation that has ever been started, rewritten in the same transaction as the event that changes it (it is the
-- fold of operation_events, kept so the plan and the terminals need not replay them). units holds one row per unit
-- whose work has started: its serial number, status and, once its last operation is done, its as-built record.
CREATE TABLE operation_events (
    operation_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    factory_id TEXT NOT NULL REFERENCES factories (id),
    order_id TEXT NOT NULL REFERENCES orders (id),
    kind TEXT NOT NULL,
    machine_id TEXT NOT NULL,
    at_ms BIGINT NOT NULL,
    good INTEGER NULL,
    scrap INTEGER NULL,
    source TEXT NOT NULL,
    user_id TEXT NULL,
    reason TEXT NULL,
    recorded_at_ms BIGINT NOT NULL,
    PRIMARY KEY (operation_id, sequence)
);
CREATE INDEX ix_operation_events_factory ON operation_events (factory_id, at_ms);

CREATE TABLE operation_runs (
    operation_id TEXT PRIMARY KEY,
    factory_id TEXT NOT NULL REFERENCES factories (id),
    order_id TEXT NOT NULL REFERENCES orders (id),
    line_id TEXT NOT NULL,
    unit INTEGER NOT NULL,
    step_id TEXT NOT NULL,
    machine_id TEXT NOT NULL,
    state TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    started_at_ms BIGINT NOT NULL,
    ended_at_ms BIGINT NULL,
    changed_at_ms BIGINT NOT NULL,
    run_ms BIGINT NOT NULL,
    good INTEGER NOT NULL,
    scrap INTEGER NOT NULL,
    operator_id TEXT NULL
);
CREATE INDEX ix_operation_runs_factory ON operation_runs (factory_id, state);
CREATE INDEX ix_operation_runs_machine ON operation_runs (machine_id, state);
CREATE INDEX ix_operation_runs_line ON operation_runs (line_id, unit);

CREATE TABLE units (
    serial TEXT PRIMARY KEY,
    factory_id TEXT NOT NULL REFERENCES factories (id),
    order_id TEXT NOT NULL REFERENCES orders (id),
    line_id TEXT NOT NULL,
    line_number INTEGER NOT NULL,
    unit INTEGER NOT NULL,
    template_id TEXT NOT NULL,
    template_version TEXT NOT NULL,
    status TEXT NOT NULL,
    started_at_ms BIGINT NOT NULL,
    completed_at_ms BIGINT NULL,
    as_built_json TEXT NULL,
    UNIQUE (line_id, unit)
);
CREATE INDEX ix_units_order ON units (order_id);
