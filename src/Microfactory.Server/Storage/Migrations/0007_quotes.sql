-- 0007: quotes and orders from quotes. A quote keeps what was asked (request_json), each line's design summary
-- (lines_json) and the three options as offered (options_json, prices and tentative operations), the plan version
-- they were computed against, and when it expires. quote_acceptances holds at most one acceptance per quote (the
-- unique index is what makes concurrent accepts safe on both engines: the loser's insert fails and it reads the
-- winner's row); the idempotency key it was accepted with answers a repeat with the same order. orders.price_json is
-- the accepted option's price breakdown, orders.earliest_start_ms when its materials arrive (the plan starts no work before).
CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    factory_id TEXT NOT NULL REFERENCES factories (id),
    created_by TEXT NOT NULL,
    created_at_ms BIGINT NOT NULL,
    expires_at_ms BIGINT NOT NULL,
    plan_version BIGINT NOT NULL,
    requested_date TEXT NULL,
    deadline_ms BIGINT NOT NULL,
    request_json TEXT NOT NULL,
    lines_json TEXT NOT NULL,
    options_json TEXT NOT NULL
);
CREATE INDEX ix_quotes_customer ON quotes (customer_id, created_at_ms);
CREATE TABLE quote_acceptances (
    order_id TEXT PRIMARY KEY REFERENCES orders (id),
    quote_id TEXT NOT NULL REFERENCES quotes (id),
    idempotency_key TEXT NOT NULL,
    option_kind TEXT NOT NULL,
    accepted_by TEXT NOT NULL,
    accepted_at_ms BIGINT NOT NULL
);
CREATE UNIQUE INDEX ux_quote_acceptances_quote ON quote_acceptances (quote_id);
ALTER TABLE orders ADD COLUMN price_json TEXT NULL;
ALTER TABLE orders ADD COLUMN earliest_start_ms BIGINT NULL;
