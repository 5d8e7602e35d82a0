-- 0020: the units a factory completed in a window (supplier coverage, the CBAM report) without scanning every unit.
CREATE INDEX ix_units_factory_completed ON units (factory_id, completed_at_ms);
