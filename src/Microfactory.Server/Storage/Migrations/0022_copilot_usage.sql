-- 0022: one row per question the copilot answered (offline engine or model), for usage figures and the maturity evidence
-- (copilot.questions-per-week). The question's text is not kept: people ask about customers and colleagues, and counting
-- needs none of it. asked_at_ms is the factory's clock; kind is the answer's kind (answer, draft, proposal, noData,
-- notAllowed, clarify, notUnderstood); answered is 1 for answer, draft and proposal, else 0; language is en or zh-Hant.
CREATE TABLE copilot_usage (
    id {{identity}},
    asked_at_ms BIGINT NOT NULL,
    user_id TEXT NOT NULL,
    role TEXT NOT NULL,
    engine TEXT NOT NULL,
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    latency_ms BIGINT NOT NULL,
    answered INTEGER NOT NULL
);
CREATE INDEX ix_copilot_usage_asked ON copilot_usage (asked_at_ms);
