-- 0017: suppliers' own product footprints (PACT v3 ProductFootprint), pulled from their PACT hosts or uploaded, and the
-- explicit mapping from our materials to the suppliers' product ids.
--
-- supplier_pact_connections: one per supplier, the supplier's PACT API (base_url; auth_base_url when its token endpoint
-- or discovery document is elsewhere) and the client credentials it issued to us. The secret is kept protected with the
-- server's data-protection keys and never returned. origin is 'api' or 'configuration' (Microfactory:Suppliers:PactConnections).
CREATE TABLE supplier_pact_connections (
    supplier_id TEXT PRIMARY KEY REFERENCES suppliers (id),
    base_url TEXT NOT NULL,
    auth_base_url TEXT NULL,
    client_id TEXT NOT NULL,
    client_secret_protected TEXT NOT NULL,
    enabled INTEGER NOT NULL,
    origin TEXT NOT NULL,
    updated_at_ms BIGINT NOT NULL,
    last_sync_at_ms BIGINT NULL,
    last_sync_summary TEXT NULL
);

-- supplier_footprints: one row per (supplier, PACT footprint id), upserted when the supplier sends it again. The figures
-- the engine takes are columns (decimals as invariant text, exactly as PACT sends them); raw_json is the document as
-- received. status is 'Active' or 'Deprecated': a footprint named in another one's precedingPfIds is deprecated, whatever
-- the supplier still says of it. provenance is 'pact-api' (source_url: the page it came in), 'upload' (source_url names
-- who uploaded it) or 'demo-sample' (the demo's sample file, not a real supplier's declaration).
CREATE TABLE supplier_footprints (
    supplier_id TEXT NOT NULL REFERENCES suppliers (id),
    footprint_id TEXT NOT NULL,
    product_ids TEXT NOT NULL,
    company_name TEXT NOT NULL,
    product_name TEXT NOT NULL,
    declared_unit TEXT NOT NULL,
    declared_unit_amount TEXT NOT NULL,
    kg_co2e_per_declared_unit TEXT NOT NULL,
    primary_data_share_percent TEXT NOT NULL,
    fossil_kg_co2e TEXT NULL,
    biogenic_kg_co2e TEXT NULL,
    biogenic_carbon_kg TEXT NULL,
    dqi_technological TEXT NULL,
    dqi_geographical TEXT NULL,
    dqi_temporal TEXT NULL,
    valid_from_ms BIGINT NOT NULL,
    valid_until_ms BIGINT NOT NULL,
    status TEXT NOT NULL,
    preceding_ids TEXT NOT NULL,
    pact_created_ms BIGINT NOT NULL,
    provenance TEXT NOT NULL,
    source_url TEXT NOT NULL,
    fetched_at_ms BIGINT NOT NULL,
    raw_json TEXT NOT NULL,
    PRIMARY KEY (supplier_id, footprint_id)
);

-- The product ids of each stored footprint, lower-cased (URN comparison ignores case here), for the join with the mapping.
CREATE TABLE supplier_footprint_products (
    supplier_id TEXT NOT NULL,
    footprint_id TEXT NOT NULL,
    product_key TEXT NOT NULL,
    PRIMARY KEY (supplier_id, footprint_id, product_key)
){{without_rowid}};
CREATE INDEX ix_supplier_footprint_products_key ON supplier_footprint_products (supplier_id, product_key);

-- Which of its supplier's product ids (PACT productIds, URNs) a material is. A material takes a supplier footprint only
-- when the footprint comes from the material's own supplier and names one of these ids: never guessed by name.
CREATE TABLE material_supplier_products (
    material_id TEXT NOT NULL REFERENCES materials (id),
    product_key TEXT NOT NULL,
    product_id TEXT NOT NULL,
    PRIMARY KEY (material_id, product_key)
){{without_rowid}};
