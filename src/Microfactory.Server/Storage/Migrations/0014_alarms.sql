-- 0014: alarms raised by the alarm rules (machine down, operation overrun, energy out of band). Rows are never deleted:
-- an alarm is raised (inserted), cleared (cleared_at_ms and clear_reason set once) and acknowledged by a person
-- (acknowledged_* set once), in either order. alarm_key (kind|machine|operation|raised-at) makes raising idempotent
-- across restarts; alarm_condition (kind|machine|operation) is unique among the alarms not yet cleared, so two racing
-- evaluations cannot open two alarms about the same thing. Times are Unix milliseconds (UTC).
CREATE TABLE alarms (
    id TEXT PRIMARY KEY,
    factory_id TEXT NOT NULL REFERENCES factories (id),
    kind TEXT NOT NULL CHECK (kind IN ('machine-down', 'operation-overrun', 'energy-out-of-band')),
    severity TEXT NOT NULL CHECK (severity IN ('warning', 'critical')),
    machine_id TEXT NOT NULL REFERENCES machines (id),
    operation_id TEXT NULL,
    alarm_condition TEXT NOT NULL,
    alarm_key TEXT NOT NULL CONSTRAINT ux_alarms_key UNIQUE,
    message TEXT NOT NULL,
    raised_at_ms BIGINT NOT NULL,
    cleared_at_ms BIGINT NULL,
    clear_reason TEXT NULL,
    acknowledged_at_ms BIGINT NULL,
    acknowledged_by TEXT NULL,
    ack_note TEXT NULL
);
CREATE UNIQUE INDEX ux_alarms_open_condition ON alarms (alarm_condition) WHERE cleared_at_ms IS NULL;
CREATE INDEX ix_alarms_factory ON alarms (factory_id, raised_at_ms);
CREATE INDEX ix_alarms_machine ON alarms (machine_id, raised_at_ms);
