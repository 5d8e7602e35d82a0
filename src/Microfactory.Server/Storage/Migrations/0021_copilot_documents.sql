-- 0021: manuals and SOPs uploaded for the copilot's document search (Markdown, at most 256 KiB each; the API checks).
-- machine_ids is a JSON array of the machines the document is about (may be empty). source is 'upload' or 'draft' (an
-- accepted copilot draft). The in-memory search index is rebuilt from this table at start and updated on every change.
CREATE TABLE copilot_documents (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    markdown TEXT NOT NULL,
    machine_ids TEXT NOT NULL,
    source TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at_ms BIGINT NOT NULL
);
