using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Tests.Fixture;

/// <summary>
/// A small hand-made plant: three machines, three orders of two customers, a plan, shop-floor records, footprints,
/// passports, templates, materials and manuals. Every expected value in the tests and the evaluation set is read off here.
/// </summary>
internal static class PlantData
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(1);

    public static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 12, day, hour, minute, 0, Offset);

    public static readonly DateTimeOffset Now = At(3, 10);

    public static readonly CopilotUser Planner = new("usr_planner", CopilotRole.Planner);
    public static readonly CopilotUser Operator = new("usr_operator", CopilotRole.Operator);
    public static readonly CopilotUser Admin = new("usr_admin", CopilotRole.Admin);
    public static readonly CopilotUser Designer = new("usr_designer", CopilotRole.Designer);
    public static readonly CopilotUser Acme = new("usr_acme", CopilotRole.Customer, "cus_acme");
    public static readonly CopilotUser Birch = new("usr_birch", CopilotRole.Customer, "cus_birch");

    public static CopilotUser User(CopilotRole role) => role switch
    {
        CopilotRole.Admin => Admin,
        CopilotRole.Planner => Planner,
        CopilotRole.Operator => Operator,
        CopilotRole.Designer => Designer,
        _ => Acme,
    };

    public static readonly IReadOnlyList<(string CustomerId, OrderSummary Order)> Orders =
    [
        ("cus_acme", new OrderSummary("ord_1042", "SO-1042", "Acme", "planned", At(4, 17), At(5, 11, 30), 18.5m, 0, "/orders/ord_1042")),
        ("cus_birch", new OrderSummary("ord_1043", "SO-1043", "Birch", "planned", At(8, 17), At(6, 9), 0m, 0, "/orders/ord_1043")),
        ("cus_acme", new OrderSummary("ord_1044", "SO-1044", "Acme", "in production", At(3, 18), At(3, 16), 0m, 2, "/orders/ord_1044")),
    ];

    public static readonly OrderExplanation Explanation1042 = new(Orders[0].Order, new Citation("plan-version", "pv_17", "Plan version 17", "/plan"),
    [
        new ChainLink(ChainCause.Release, "Laser cutting", "Laser cutter", At(4, 8), At(4, 9, 30), null, new Citation("operation", "L1042.1.cut", "SO-1042 laser cutting", "/operations/L1042.1.cut")),
        new ChainLink(ChainCause.Downtime, "Bending", "Press brake", At(4, 14), At(4, 15, 30), "hydraulic pump replacement", new Citation("downtime", "dt_8", "Press brake: hydraulic pump replacement", "/machines/mch_press/downtime/dt_8")),
        new ChainLink(ChainCause.MachineBusy, "Welding", "Welding cell", At(5, 8), At(5, 11, 30), "SO-1043", new Citation("operation", "L1042.1.weld", "SO-1042 welding", "/operations/L1042.1.weld")),
    ]);

    public static readonly PlanSnapshot Plan = new("pv_17", 17, At(3, 9, 40), "Press brake down: hydraulic pressure low", 3, 1,
        new PlanKpis(0.6667m, 18.5m, 49.5m, 0.72m, 412.5m, 61.88m, "EUR", 96.25m), "/plan");

    public static readonly IReadOnlyList<MachineStatus> States =
    [
        new("mch_laser", "Laser cutter", "running", At(3, 9, 12), "L1044.1.cut", "/machines/mch_laser"),
        new("mch_press", "Press brake", "down", At(3, 8, 5), null, "/machines/mch_press"),
        new("mch_weld", "Welding cell", "idle", At(3, 7, 30), null, "/machines/mch_weld"),
    ];

    public static readonly IReadOnlyList<(Period Period, OeeFigures Figures)> Oee =
    [
        (Period.LastShift, new("mch_laser", "Laser cutter", At(2, 14), At(2, 22), 0.9m, 0.85m, 0.98m, 0.7497m, 49, 1, "/shopfloor/dashboard")),
        (Period.LastShift, new("mch_press", "Press brake", At(2, 14), At(2, 22), 0.625m, 0.9m, 0.95m, 0.5344m, 38, 2, "/shopfloor/dashboard")),
        (Period.LastShift, new("mch_weld", "Welding cell", At(2, 14), At(2, 22), null, null, null, null, 0, 0, "/shopfloor/dashboard")),
        (Period.LastShift, new("fac_1", "Factory", At(2, 14), At(2, 22), 0.7625m, 0.875m, 0.9659m, 0.6444m, 87, 3, "/shopfloor/dashboard")),
        (Period.Yesterday, new("mch_laser", "Laser cutter", At(2, 0), At(3, 0), 0.88m, 0.8m, 0.97m, 0.6829m, 97, 3, "/shopfloor/dashboard")),
        (Period.Yesterday, new("mch_press", "Press brake", At(2, 0), At(3, 0), 0.7m, 0.9m, 0.9m, 0.567m, 54, 6, "/shopfloor/dashboard")),
    ];

    public static readonly IReadOnlyList<AlarmRecord> Alarms =
    [
        new("alm_31", "mch_press", "Press brake", "machine-down", "open", At(3, 8, 5), "Press brake down: hydraulic pressure low", "/alarms/alm_31"),
        new("alm_30", "mch_laser", "Laser cutter", "energy-band", "acknowledged", At(3, 7, 40), "Laser cutter draws 14.2 kW, above its working band", "/alarms/alm_30"),
        new("alm_25", "mch_laser", "Laser cutter", "overrun", "cleared", At(1, 11), "Operation L1040.1.cut ran 20 min past its plan", "/alarms/alm_25"),
    ];

    public static readonly IReadOnlyList<(Period Period, MaintenanceEvent Event)> History =
    [
        (Period.LastWeek, new("dt_5", "mch_press", "Press brake", MaintenanceEventKind.Downtime, At(1, 6).AddDays(-5), At(1, 7).AddDays(-5), "hydraulic leak repair", "early", 0, "/machines/mch_press/downtime/dt_5")),
        (Period.ThisWeek, new("dt_7", "mch_press", "Press brake", MaintenanceEventKind.Downtime, At(1, 6), At(1, 8, 30), "hydraulic leak repair", "early", 0, "/machines/mch_press/downtime/dt_7")),
        (Period.ThisWeek, new("sc_1", "mch_press", "Press brake", MaintenanceEventKind.Scrap, At(1, 9, 10), null, "bend angle out of tolerance", "early", 4, "/operations/L1039.1.bend")),
        (Period.ThisWeek, new("sc_2", "mch_press", "Press brake", MaintenanceEventKind.Scrap, At(1, 10, 30), null, "bend angle out of tolerance", "early", 2, "/operations/L1039.2.bend")),
        (Period.ThisWeek, new("rp_3", "mch_laser", "Laser cutter", MaintenanceEventKind.Repair, At(2, 13), At(2, 13, 45), "nozzle change", "early", 0, "/machines/mch_laser/downtime/rp_3")),
        (Period.ThisWeek, new("sc_3", "mch_laser", "Laser cutter", MaintenanceEventKind.Scrap, At(2, 15), null, "dross on cut edge", "late", 1, "/operations/L1041.1.cut")),
        (Period.ThisWeek, new("sc_4", "mch_press", "Press brake", MaintenanceEventKind.Scrap, At(2, 16), null, "scratch", "late", 1, "/operations/L1041.1.bend")),
        (Period.ThisWeek, new("dt_8", "mch_press", "Press brake", MaintenanceEventKind.Downtime, At(3, 8, 5), At(3, 12), "hydraulic pump replacement", "early", 0, "/machines/mch_press/downtime/dt_8")),
    ];

    public static readonly FootprintSummary WallShelfFootprint = new("fp_wall_shelf", "wall-shelf", "Wall shelf", false, 12.40m, 0.35m,
    [
        new("materials", "Steel DC01 2.0 mm", "Nordic Steel", 8.10m, false),
        new("materials", "Powder coat", "ColorCoat", 1.20m, true),
        new("process", "Laser cutter energy", null, 1.60m, false),
        new("process", "Press brake energy", null, 0.90m, false),
        new("transport", "Inbound steel", "Nordic Steel", 0.40m, false),
        new("packaging", "Cardboard", "PackCo", 0.20m, true),
    ], "/catalogue/wall-shelf/footprint");

    public static readonly IReadOnlyList<(string CustomerId, FootprintSummary Footprint)> UnitFootprints =
    [
        ("cus_acme", new("fp_unit_7", "SN-2026-0007", "Wall shelf", true, 11.85m, 0.4m, [new("materials", "Steel DC01 2.0 mm", "Nordic Steel", 7.70m, false), new("process", "Laser cutter energy", null, 4.15m, false)], "/units/SN-2026-0007")),
    ];

    public static readonly SupplierCoverage Coverage = new(At(3, 0).AddDays(-90), At(3, 10), 0.42m, 0.55m, 0.8m,
        [new("sup_nordic", "Nordic Steel", 0.58m, false), new("sup_colorcoat", "ColorCoat", 0.30m, true), new("sup_packco", "PackCo", 0.12m, true)], "/carbon");

    public static readonly IReadOnlyList<(string CustomerId, PassportSummary Passport)> Passports =
    [
        ("cus_acme", new("SN-2026-0007", "urn:mf:aas:SN-2026-0007", "Wall shelf", "SO-1041", At(1, 15, 20), 11.85m, ["Steel DC01 2.0 mm (3.2 kg)", "Powder coat (0.1 kg)"], "/passports/SN-2026-0007")),
        ("cus_birch", new("SN-2026-0009", "urn:mf:aas:SN-2026-0009", "Sheet-metal enclosure", "SO-1040", At(2, 11), 19.3m, ["Steel DC01 2.0 mm (5.9 kg)"], "/passports/SN-2026-0009")),
    ];

    public static readonly IReadOnlyList<TemplateDetails> Templates =
    [
        new(new("wall-shelf", "Wall shelf", 3, "A powder-coated steel wall shelf", "/catalogue/wall-shelf"),
        [
            new("cut", "Laser cutting", "laser-cutting", 10m, 4.5m, "Cut the blank from the nested sheet; remove dross.", ["Laser cutter"]),
            new("bend", "Bending", "press-brake", 15m, 2m, "Bend the flanges to 90° in the order of the drawing.", ["Press brake"]),
        ]),
        new(new("enclosure", "Sheet-metal enclosure", 1, "A bent and welded steel enclosure", "/catalogue/enclosure"),
        [
            new("cut", "Laser cutting", "laser-cutting", 10m, 6m, "Cut the panels.", ["Laser cutter"]),
            new("weld", "Welding", "welding", 20m, 12m, "Weld the corners; grind the seams.", ["Welding cell"]),
        ]),
    ];

    public static readonly IReadOnlyList<MaterialInfo> Materials =
    [
        new("mat_steel_dc01_2_0", "Steel DC01 2.0 mm", "kg", 2.53m, "Nordic Steel", false, "/materials/mat_steel_dc01_2_0"),
        new("mat_powder_ral9016", "Powder coat RAL 9016", "kg", 12m, "ColorCoat", true, "/materials/mat_powder_ral9016"),
    ];
}
