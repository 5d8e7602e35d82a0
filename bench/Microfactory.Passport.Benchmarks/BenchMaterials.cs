using Microfactory.Design.Materials;

namespace Microfactory.Passport.Benchmarks;

/// <summary>The demo factory's materials (Kwun Tong), as the platform seeds them.</summary>
internal static class BenchMaterials
{
    public static InMemoryMaterialCatalog Catalog { get; } = new(
    [
        new("mat_steel_dc01_1_5", "Cold-rolled steel sheet DC01, 1.5 mm", MaterialUnit.Kilogram, 9.80m, "HKD", 2.30, 7850, 1.5),
        new("mat_steel_dc01_2_0", "Cold-rolled steel sheet DC01, 2.0 mm", MaterialUnit.Kilogram, 9.60m, "HKD", 2.30, 7850, 2.0),
        new("mat_galv_dx51_1_0", "Galvanised steel sheet DX51D Z275, 1.0 mm", MaterialUnit.Kilogram, 11.50m, "HKD", 2.76, 7850, 1.0),
        new("mat_ss304_1_2", "Stainless steel 304 sheet, 1.2 mm", MaterialUnit.Kilogram, 32.00m, "HKD", 6.15, 7930, 1.2),
        new("mat_al5052_2_0", "Aluminium 5052-H32 sheet, 2.0 mm", MaterialUnit.Kilogram, 38.00m, "HKD", 13.10, 2680, 2.0),
        new("mat_plywood_birch_6", "Birch plywood B/BB, 6 mm", MaterialUnit.SquareMetre, 95.00m, "HKD", 2.78, 680, 6),
        new("mat_plywood_birch_9", "Birch plywood B/BB, 9 mm", MaterialUnit.SquareMetre, 135.00m, "HKD", 4.16, 680, 9),
        new("mat_mdf_6", "MDF, 6 mm", MaterialUnit.SquareMetre, 48.00m, "HKD", 1.76, 750, 6),
        new("mat_acrylic_3", "Cast acrylic (PMMA) sheet, 3 mm", MaterialUnit.SquareMetre, 210.00m, "HKD", 21.40, 1190, 3),
        new("mat_pla_filament", "PLA filament 1.75 mm", MaterialUnit.Kilogram, 160.00m, "HKD", 1.90, 1240, null),
        new("mat_petg_filament", "PETG filament 1.75 mm, 30 % recycled", MaterialUnit.Kilogram, 175.00m, "HKD", 3.40, 1270, null),
        new("mat_powder_polyester", "Polyester powder coating", MaterialUnit.Kilogram, 85.00m, "HKD", 4.80, 1500, null),
        new("mat_screw_m4_a2", "Screw M4×10, stainless A2", MaterialUnit.Piece, 0.45m, "HKD", 0.012, null, null),
        new("mat_rivnut_m4", "Rivet nut M4, zinc-plated steel", MaterialUnit.Piece, 0.60m, "HKD", 0.010, null, null),
        new("mat_rubber_foot", "Rubber foot 20 mm, self-adhesive", MaterialUnit.Piece, 0.80m, "HKD", 0.020, null, null),
        new("mat_carton_box", "Corrugated shipping carton, medium", MaterialUnit.Piece, 4.50m, "HKD", 0.450, null, null),
    ]);
}
