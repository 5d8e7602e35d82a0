-- 0013: where the simulated twin's clock stood (Unix ms), saved while it runs, so that a restart continues the
-- factory's simulated time instead of going back to the real clock. One row (id 1).
CREATE TABLE simulation_clock (
    id INTEGER PRIMARY KEY,
    simulated_ms BIGINT NOT NULL,
    saved_at_ms BIGINT NOT NULL
);
