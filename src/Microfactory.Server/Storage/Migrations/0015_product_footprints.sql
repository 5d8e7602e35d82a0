-- 0015: product carbon footprints the platform computes and publishes (PACT ProductFootprint). An estimate belongs to a
-- design (a template version with its parameter values; the quotes and the catalogue use it), an actual to a produced
-- unit (from its as-built record). A row is never changed but for its status: a newer footprint of the same subject
-- deprecates the older one and names it in preceding_ids, so what a partner once pulled stays readable. The PACT document
-- is rendered from these columns and the engine's breakdown, which keeps every line with its factor and source.
CREATE TABLE product_footprints (
    id TEXT PRIMARY KEY,
    factory_id TEXT NOT NULL REFERENCES factories (id),
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    template_id TEXT NOT NULL,
    template_version TEXT NOT NULL,
    serial TEXT NULL,
    product_ids TEXT NOT NULL,
    product_name TEXT NOT NULL,
    product_description TEXT NOT NULL,
    status TEXT NOT NULL,
    preceding_ids TEXT NOT NULL,
    created_at_ms BIGINT NOT NULL,
    status_changed_at_ms BIGINT NULL,
    valid_from_ms BIGINT NOT NULL,
    valid_until_ms BIGINT NOT NULL,
    reference_start_ms BIGINT NOT NULL,
    reference_end_ms BIGINT NOT NULL,
    geography_country TEXT NOT NULL,
    kg_co2e_per_unit TEXT NOT NULL,
    breakdown_json TEXT NOT NULL
);
CREATE INDEX ix_product_footprints_subject ON product_footprints (subject, status);
CREATE INDEX ix_product_footprints_list ON product_footprints (created_at_ms, id);
CREATE INDEX ix_product_footprints_serial ON product_footprints (serial);
