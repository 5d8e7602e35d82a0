-- 0002: the shared design catalogue. A published template version never changes: (id, version) is the key
-- and rows are only ever inserted. major/minor/patch order versions numerically (1.10.0 after 1.9.0).
CREATE TABLE templates (
    id TEXT NOT NULL,
    version TEXT NOT NULL,
    major INTEGER NOT NULL,
    minor INTEGER NOT NULL,
    patch INTEGER NOT NULL,
    title TEXT NOT NULL,
    category TEXT NOT NULL,
    designer TEXT NOT NULL,
    description TEXT NOT NULL,
    licence TEXT NOT NULL,
    source TEXT NOT NULL,
    published_by TEXT NOT NULL,
    published_at_ms BIGINT NOT NULL,
    PRIMARY KEY (id, version)
);
CREATE INDEX ix_templates_order ON templates (id, major, minor, patch);
