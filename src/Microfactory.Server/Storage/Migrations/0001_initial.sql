-- 0001: the foundation schema. Tokens {{decimal}} and {{double}} are replaced per engine
-- (SQLite keeps decimals as exact TEXT; PostgreSQL uses NUMERIC). Times are Unix milliseconds (UTC).
CREATE TABLE factories (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    site TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    latitude {{double}} NOT NULL,
    longitude {{double}} NOT NULL,
    address TEXT NOT NULL,
    currency TEXT NOT NULL,
    created_at_ms BIGINT NOT NULL,
    updated_at_ms BIGINT NOT NULL
);

CREATE TABLE factory_energy_hours (
    factory_id TEXT NOT NULL REFERENCES factories (id) ON DELETE CASCADE,
    hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
    price_per_kwh {{decimal}} NOT NULL,
    grid_kg_co2e_per_kwh {{double}} NOT NULL,
    PRIMARY KEY (factory_id, hour)
);

CREATE TABLE capabilities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL
);

CREATE TABLE machines (
    id TEXT PRIMARY KEY,
    factory_id TEXT NOT NULL REFERENCES factories (id),
    name TEXT NOT NULL,
    model TEXT NOT NULL,
    idle_power_kw {{double}} NOT NULL,
    working_power_kw {{double}} NOT NULL,
    hourly_rate {{decimal}} NOT NULL,
    created_at_ms BIGINT NOT NULL,
    updated_at_ms BIGINT NOT NULL
);
CREATE INDEX ix_machines_factory ON machines (factory_id);

CREATE TABLE machine_capabilities (
    machine_id TEXT NOT NULL REFERENCES machines (id) ON DELETE CASCADE,
    capability_id TEXT NOT NULL REFERENCES capabilities (id),
    PRIMARY KEY (machine_id, capability_id)
);

CREATE TABLE machine_shifts (
    machine_id TEXT NOT NULL REFERENCES machines (id) ON DELETE CASCADE,
    day_of_week INTEGER NOT NULL CHECK (day_of_week BETWEEN 0 AND 6),
    start_minute INTEGER NOT NULL,
    end_minute INTEGER NOT NULL,
    PRIMARY KEY (machine_id, day_of_week, start_minute)
);

CREATE TABLE machine_downtimes (
    machine_id TEXT NOT NULL REFERENCES machines (id) ON DELETE CASCADE,
    starts_at_ms BIGINT NOT NULL,
    ends_at_ms BIGINT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (machine_id, starts_at_ms)
);

CREATE TABLE suppliers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    lead_time_days INTEGER NOT NULL,
    pact_endpoint TEXT NULL,
    contact_email TEXT NOT NULL,
    created_at_ms BIGINT NOT NULL,
    updated_at_ms BIGINT NOT NULL
);

CREATE TABLE materials (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    price_per_unit {{decimal}} NOT NULL,
    supplier_id TEXT NOT NULL REFERENCES suppliers (id),
    kg_co2e_per_unit {{double}} NOT NULL,
    emission_factor_source TEXT NOT NULL,
    recycled_content_percent {{double}} NOT NULL,
    recyclability TEXT NOT NULL,
    density_kg_per_m3 {{double}} NULL,
    thickness_mm {{double}} NULL,
    created_at_ms BIGINT NOT NULL,
    updated_at_ms BIGINT NOT NULL
);
CREATE INDEX ix_materials_supplier ON materials (supplier_id);

CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    company TEXT NULL,
    address TEXT NULL,
    created_at_ms BIGINT NOT NULL,
    updated_at_ms BIGINT NOT NULL
);

CREATE TABLE orders (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    factory_id TEXT NOT NULL REFERENCES factories (id),
    status TEXT NOT NULL,
    requested_date TEXT NULL,
    notes TEXT NULL,
    created_at_ms BIGINT NOT NULL,
    updated_at_ms BIGINT NOT NULL
);
CREATE INDEX ix_orders_customer ON orders (customer_id);

CREATE TABLE order_lines (
    id TEXT PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_number INTEGER NOT NULL,
    template_id TEXT NOT NULL,
    template_version TEXT NOT NULL,
    description TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    parameters_json TEXT NOT NULL,
    UNIQUE (order_id, line_number)
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NULL,
    customer_id TEXT NULL REFERENCES customers (id),
    created_at_ms BIGINT NOT NULL,
    disabled_at_ms BIGINT NULL
);

CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    created_at_ms BIGINT NOT NULL,
    revoked_at_ms BIGINT NULL
);
CREATE INDEX ix_api_keys_user ON api_keys (user_id);
