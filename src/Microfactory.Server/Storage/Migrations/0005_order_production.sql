-- 0005: what production needs to know about an order. priority orders work when due dates tie or cannot all be met
-- (higher first, planners set it); promised_completion_ms is the completion the customer was promised (from the
-- accepted quote option), the due date of the plan; quote_id and quote_option say which quote and option the order
-- came from (NULL for staff drafts). Status gains planned and shipped (stored as text, nothing to migrate).
ALTER TABLE orders ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN promised_completion_ms BIGINT NULL;
ALTER TABLE orders ADD COLUMN quote_id TEXT NULL;
ALTER TABLE orders ADD COLUMN quote_option TEXT NULL;
CREATE INDEX ix_orders_factory_status ON orders (factory_id, status);
