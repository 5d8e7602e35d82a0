-- 0003: one customer per e-mail address, compared without regard to case. email_key holds the address as the
-- application normalises it (trimmed, lower case); the unique index makes the rule hold under concurrent writes on
-- both engines. Customers that already shared an address keep it: only the first of them (by id) gets the key, so
-- every new duplicate is refused while the old rows stay readable (NULL keys do not collide).
ALTER TABLE customers ADD COLUMN email_key TEXT NULL;
UPDATE customers SET email_key = lower(trim(email)) WHERE id IN (SELECT min(id) FROM customers GROUP BY lower(trim(email)));
CREATE UNIQUE INDEX ux_customers_email_key ON customers (email_key);
