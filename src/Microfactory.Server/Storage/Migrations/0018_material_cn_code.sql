-- 0018: the EU Combined Nomenclature code of a material (8 digits, checked by the materials API), null when unknown.
-- It decides which materials are goods covered by CBAM (Regulation (EU) 2023/956, Annex I) in the quarterly export.
-- The demo's metal sheets get their codes here too, for databases seeded before this migration (the seed itself
-- only inserts missing rows): cold-rolled non-alloy sheet 1–3 mm not in coils 7209 26 90, hot-dip galvanised sheet
-- 7210 49 00, cold-rolled stainless sheet (≥ 2.5 % nickel) 1–3 mm 7219 33 10, aluminium alloy sheet under 3 mm 7606 12 92.
ALTER TABLE materials ADD COLUMN cn_code TEXT NULL;
UPDATE materials SET cn_code = '72092690' WHERE id IN ('mat_steel_dc01_1_5', 'mat_steel_dc01_2_0') AND cn_code IS NULL;
UPDATE materials SET cn_code = '72104900' WHERE id = 'mat_galv_dx51_1_0' AND cn_code IS NULL;
UPDATE materials SET cn_code = '72193310' WHERE id = 'mat_ss304_1_2' AND cn_code IS NULL;
UPDATE materials SET cn_code = '76061292' WHERE id = 'mat_al5052_2_0' AND cn_code IS NULL;
