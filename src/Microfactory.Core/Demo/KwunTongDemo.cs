using System.Collections.Immutable;
using Microfactory.Core.Capabilities;
using Microfactory.Core.Factories;
using Microfactory.Core.Machines;
using Microfactory.Core.Materials;
using Microfactory.Core.Suppliers;
using Microfactory.Core.Time;

namespace Microfactory.Core.Demo;

/// <summary>
/// The demo microfactory: an urban sheet-metal, wood and 3D-printing shop in an industrial
/// building in Kwun Tong, Kowloon. Figures are plausible for such a shop (nameplate powers,
/// Hong Kong machine-hour rates, CLP Power's supply area) and are demo data, not measurements.
/// Ids are stable and readable so templates and tests can name them.
/// </summary>
public static class KwunTongDemo
{
    public const string FactoryId = "fac_kwun_tong";

    /// <summary>Grid intensity and tariff by local hour. CLP Power reported 0.39 kg CO2e/kWh for 2023 on average;
    /// the daily shape (lower at night when nuclear and gas base load dominate, higher at the evening peak) and the
    /// time-of-use tariff (HK$ per kWh, on-peak 09:00–21:00) are illustrative around those averages.</summary>
    private static readonly (decimal Price, double Intensity)[] HourlyEnergy =
    [
        (0.98m, 0.33), (0.98m, 0.32), (0.98m, 0.32), (0.98m, 0.32), (0.98m, 0.33), (0.98m, 0.34),
        (0.98m, 0.36), (0.98m, 0.38), (0.98m, 0.40), (1.32m, 0.41), (1.32m, 0.41), (1.32m, 0.42),
        (1.32m, 0.41), (1.32m, 0.40), (1.32m, 0.41), (1.32m, 0.42), (1.32m, 0.43), (1.32m, 0.44),
        (1.32m, 0.45), (1.32m, 0.45), (1.32m, 0.44), (0.98m, 0.41), (0.98m, 0.38), (0.98m, 0.35),
    ];

    public static Factory Factory { get; } = new(
        FactoryId,
        "Kwun Tong Microfactory",
        "Unit 12, 7/F, Kwun Tong Industrial Centre",
        "Asia/Hong_Kong",
        new GeoLocation(22.3104, 114.2252, "472–484 Kwun Tong Road, Kwun Tong, Kowloon, Hong Kong"),
        "HKD",
        [.. HourlyEnergy.Select((e, hour) => new HourlyEnergyRate(hour, e.Price, e.Intensity))]);

    public static ImmutableArray<Capability> Capabilities { get; } =
    [
        new("cap_laser_cut_metal", "Laser cutting, sheet metal", "Fiber laser cutting of steel, stainless and aluminium sheet up to 6 mm."),
        new("cap_laser_cut_wood", "Laser cutting, wood and acrylic", "CO2 laser cutting and engraving of plywood, MDF and acrylic up to 10 mm."),
        new("cap_bending", "Press-brake bending", "CNC press-brake bending of sheet metal up to 1600 mm long."),
        new("cap_cnc_routing", "CNC routing", "3-axis routing of panels, plastics and aluminium plate."),
        new("cap_fdm_printing", "FDM 3D printing", "Fused-deposition printing in PLA and PETG, build volume 250 × 210 × 220 mm."),
        new("cap_powder_coating", "Powder coating", "Electrostatic powder coating with batch curing at 180–200 °C."),
        new("cap_welding", "Welding", "TIG and MIG welding of steel and stainless."),
        new("cap_assembly", "Manual assembly", "Bench assembly with torque-controlled tools, rivet-nut setting and packing."),
        new("cap_inspection", "Inspection", "Dimensional and visual inspection against the design."),
    ];

    private static readonly ImmutableArray<WeeklyShift> DayShifts =
        [.. Enumerable.Range(1, 6).Select(d => new WeeklyShift((DayOfWeek)d, 8 * 60, 20 * 60))];

    private static readonly ImmutableArray<WeeklyShift> OfficeHours =
        [.. Enumerable.Range(1, 5).Select(d => new WeeklyShift((DayOfWeek)d, 9 * 60, 18 * 60))];

    private static readonly ImmutableArray<WeeklyShift> AroundTheClock =
        [.. Enumerable.Range(0, 7).Select(d => new WeeklyShift((DayOfWeek)d, 0, 24 * 60))];

    public static ImmutableArray<Machine> Machines { get; } =
    [
        Machine("mch_fiber_laser_1", "Fiber laser 1", "3 kW fiber laser cutter, 1500 × 3000 mm bed", ["cap_laser_cut_metal"], 3.5, 14.0, 680m, DayShifts),
        Machine("mch_co2_laser_1", "CO2 laser 1", "150 W CO2 laser cutter, 1300 × 900 mm bed", ["cap_laser_cut_wood"], 0.4, 2.2, 220m, DayShifts),
        Machine("mch_press_brake_1", "Press brake 1", "60 t CNC press brake, 1600 mm", ["cap_bending"], 1.1, 5.5, 420m, DayShifts),
        Machine("mch_cnc_router_1", "CNC router 1", "3-axis CNC router, 1300 × 2500 mm, 6 kW spindle", ["cap_cnc_routing"], 1.0, 7.5, 320m, DayShifts),
        Machine("mch_fdm_1", "FDM printer 1", "FDM printer, 250 × 210 × 220 mm, 0.4 mm nozzle", ["cap_fdm_printing"], 0.03, 0.18, 45m, AroundTheClock),
        Machine("mch_fdm_2", "FDM printer 2", "FDM printer, 250 × 210 × 220 mm, 0.4 mm nozzle", ["cap_fdm_printing"], 0.03, 0.18, 45m, AroundTheClock),
        Machine("mch_fdm_3", "FDM printer 3", "FDM printer, 250 × 210 × 220 mm, 0.6 mm nozzle", ["cap_fdm_printing"], 0.03, 0.20, 45m, AroundTheClock),
        Machine("mch_powder_line_1", "Powder line 1", "Powder booth with cartridge recovery and 2 m³ batch curing oven", ["cap_powder_coating"], 2.0, 18.0, 380m, OfficeHours),
        Machine("mch_welding_1", "Welding bay 1", "TIG/MIG welding station with fume extraction", ["cap_welding"], 0.3, 6.0, 300m, DayShifts),
        Machine("mch_bench_1", "Assembly bench 1", "Assembly bench, torque tools, rivet-nut gun", ["cap_assembly", "cap_inspection"], 0.05, 0.3, 180m, DayShifts),
        Machine("mch_bench_2", "Assembly bench 2", "Assembly bench, torque tools, height gauge and camera", ["cap_assembly", "cap_inspection"], 0.05, 0.3, 180m, DayShifts),
    ];

    public static ImmutableArray<Supplier> Suppliers { get; } =
    [
        new("sup_kt_metals", "Kwun Tong Metals Trading Ltd.", "HK", 2, new Uri("https://pact.kt-metals.example/"), "sales@kt-metals.example"),
        new("sup_pearl_panels", "Pearl River Timber & Panels Co.", "CN", 5, null, "orders@pearl-panels.example"),
        new("sup_sz_polymers", "Shenzhen Polymer & Coatings Supply", "CN", 4, new Uri("https://pact.sz-polymers.example/"), "trade@sz-polymers.example"),
    ];

    private const string Ice = "ICE Database v3.0 (Circular Ecology, 2019), generic secondary value";

    public static ImmutableArray<Material> Materials { get; } =
    [
        new("mat_steel_dc01_1_5", "Cold-rolled steel sheet DC01, 1.5 mm", MaterialUnit.Kilogram, 9.80m, "sup_kt_metals", 2.30, Ice + ": steel, sheet, cold-rolled, world average", 20, Recyclability.Recyclable, 7850, 1.5, "72092690"),
        new("mat_steel_dc01_2_0", "Cold-rolled steel sheet DC01, 2.0 mm", MaterialUnit.Kilogram, 9.60m, "sup_kt_metals", 2.30, Ice + ": steel, sheet, cold-rolled, world average", 20, Recyclability.Recyclable, 7850, 2.0, "72092690"),
        new("mat_galv_dx51_1_0", "Galvanised steel sheet DX51D Z275, 1.0 mm", MaterialUnit.Kilogram, 11.50m, "sup_kt_metals", 2.76, Ice + ": steel, sheet, galvanised", 20, Recyclability.Recyclable, 7850, 1.0, "72104900"),
        new("mat_ss304_1_2", "Stainless steel 304 sheet, 1.2 mm", MaterialUnit.Kilogram, 32.00m, "sup_kt_metals", 6.15, Ice + ": stainless steel, world average", 35, Recyclability.Recyclable, 7930, 1.2, "72193310"),
        new("mat_al5052_2_0", "Aluminium 5052-H32 sheet, 2.0 mm", MaterialUnit.Kilogram, 38.00m, "sup_kt_metals", 13.10, Ice + ": aluminium, sheet, world average incl. recycled share", 30, Recyclability.Recyclable, 2680, 2.0, "76061292"),
        new("mat_plywood_birch_6", "Birch plywood B/BB, 6 mm", MaterialUnit.SquareMetre, 95.00m, "sup_pearl_panels", 2.78, Ice + ": plywood, 0.681 kg CO2e/kg × 4.08 kg/m²", 0, Recyclability.Limited, 680, 6),
        new("mat_plywood_birch_9", "Birch plywood B/BB, 9 mm", MaterialUnit.SquareMetre, 135.00m, "sup_pearl_panels", 4.16, Ice + ": plywood, 0.681 kg CO2e/kg × 6.12 kg/m²", 0, Recyclability.Limited, 680, 9),
        new("mat_mdf_6", "MDF, 6 mm", MaterialUnit.SquareMetre, 48.00m, "sup_pearl_panels", 1.76, Ice + ": MDF, 0.39 kg CO2e/kg × 4.5 kg/m²", 0, Recyclability.Limited, 750, 6),
        new("mat_acrylic_3", "Cast acrylic (PMMA) sheet, 3 mm", MaterialUnit.SquareMetre, 210.00m, "sup_sz_polymers", 21.40, "PlasticsEurope eco-profile PMMA sheet (2015), 6.0 kg CO2e/kg × 3.57 kg/m²", 0, Recyclability.Limited, 1190, 3),
        new("mat_pla_filament", "PLA filament 1.75 mm", MaterialUnit.Kilogram, 160.00m, "sup_sz_polymers", 1.90, "NatureWorks Ingeo eco-profile (2019) plus filament extrusion, secondary estimate", 0, Recyclability.Limited, 1240, null),
        new("mat_petg_filament", "PETG filament 1.75 mm, 30 % recycled", MaterialUnit.Kilogram, 175.00m, "sup_sz_polymers", 3.40, "PlasticsEurope eco-profile PET (2017) with 30 % recycled content, secondary estimate", 30, Recyclability.Recyclable, 1270, null),
        new("mat_powder_polyester", "Polyester powder coating", MaterialUnit.Kilogram, 85.00m, "sup_sz_polymers", 4.80, "EPD average for polyester powder coatings (secondary estimate)", 0, Recyclability.NotRecyclable, 1500, null),
        new("mat_screw_m4_a2", "Screw M4×10, stainless A2", MaterialUnit.Piece, 0.45m, "sup_kt_metals", 0.012, Ice + ": stainless steel 6.15 kg CO2e/kg × 2 g", 35, Recyclability.Recyclable, null, null),
        new("mat_rivnut_m4", "Rivet nut M4, zinc-plated steel", MaterialUnit.Piece, 0.60m, "sup_kt_metals", 0.010, Ice + ": steel, galvanised 2.76 kg CO2e/kg × 3.5 g", 20, Recyclability.Recyclable, null, null),
        new("mat_rubber_foot", "Rubber foot 20 mm, self-adhesive", MaterialUnit.Piece, 0.80m, "sup_sz_polymers", 0.020, Ice + ": synthetic rubber 2.85 kg CO2e/kg × 7 g", 0, Recyclability.NotRecyclable, null, null),
        new("mat_carton_box", "Corrugated shipping carton, medium", MaterialUnit.Piece, 4.50m, "sup_pearl_panels", 0.450, "FEFCO European database for corrugated board (2018): 0.75 kg CO2e/kg × 0.6 kg", 80, Recyclability.Recyclable, null, null),
    ];

    private static Machine Machine(string id, string name, string model, ImmutableArray<string> capabilities, double idleKw, double workingKw, decimal hourlyRate, ImmutableArray<WeeklyShift> shifts) =>
        new(id, FactoryId, name, model, capabilities, idleKw, workingKw, hourlyRate, new AvailabilityCalendar(shifts, []));
}
