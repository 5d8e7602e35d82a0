-- 0010: maturity self-assessments (Microfactory Maturity Model). An assessment is kept, never overwritten: history.
-- It records the model version it was made with, its author, and per dimension the self-assessed level, a note, an
-- optional evidence link and the level the platform's data measured at that moment (NULL: no data yet).
CREATE TABLE maturity_assessments (
    id TEXT PRIMARY KEY,
    factory_id TEXT NOT NULL REFERENCES factories (id),
    model_id TEXT NOT NULL,
    model_version TEXT NOT NULL,
    author_id TEXT NOT NULL,
    author_name TEXT NOT NULL,
    note TEXT NULL,
    created_at_ms BIGINT NOT NULL
);
CREATE INDEX ix_maturity_assessments_factory ON maturity_assessments (factory_id, created_at_ms);

CREATE TABLE maturity_answers (
    assessment_id TEXT NOT NULL REFERENCES maturity_assessments (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    dimension_id TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
    measured_level INTEGER NULL CHECK (measured_level BETWEEN 0 AND 5),
    note TEXT NULL,
    evidence_link TEXT NULL,
    PRIMARY KEY (assessment_id, dimension_id)
);
