using System.Text;
using Microfactory.Passport.Content;
using Microfactory.Passport.Packaging;

namespace Microfactory.Passport.Tests.Support;

/// <summary>Passport inputs for a small birch shelf, built fresh for each test; times are fixed, never the clock.</summary>
internal static class PassportSamples
{
    public static readonly PassportIssuer Issuer = new("factory.microfactory.example");

    public static readonly DateTimeOffset IssuedAt = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    public static FootprintSummary Estimate() => new(4.125m, "piece", 1, ["ISO 14067", "GHG Protocol Product Standard"], ["A1-A3"], IssuedAt)
    {
        ExpiresAt = IssuedAt.AddYears(2),
    };

    public static ProductTypePassport Type() => new(
        "tpl_shelf",
        "3",
        "Wall shelf, birch plywood, 600 mm",
        new ManufacturerInfo("Microfactory Demo GmbH", new PostalAddress("Werkstraße 1", "10115", "Berlin", "DE"))
        {
            CountryOfOrigin = "DE",
            FacilityId = "site_berlin_1",
        },
        [
            new BomMaterial("Birch plywood 12 mm", 2.4m, 30m, 95m) { MaterialId = "mat_birch_12", Category = "wood" },
            new BomMaterial("Steel bracket, zinc plated", 0.35m, 60m, 100m) { MaterialId = "mat_steel_bracket", Category = "metal" },
            new BomMaterial("Wood screw 4x30", 0.02m, 0m, 100m) { Category = "metal" },
        ],
        [
            new DisassemblyStep("Lift the shelf off the wall brackets.") { DurationSeconds = 10 },
            new DisassemblyStep("Unscrew the two brackets from the board.") { Tool = "PH2 screwdriver", Releases = ["Steel bracket", "Wood screw"], DurationSeconds = 60 },
        ],
        Estimate(),
        [
            new DesignFile("shelf.svg", "image/svg+xml", "Shelf drawing", DesignFileKind.Drawing),
            new DesignFile("shelf.dxf", "image/vnd.dxf", "Cut file for the laser", DesignFileKind.Drawing),
            new DesignFile("shelf.stl", "model/stl", "3D model of the shelf", DesignFileKind.Model),
            new DesignFile("design.json", "application/json", "Design parameters and bill of materials", DesignFileKind.Specification)
            {
                Description = "Template parameters, derived BOM and routing as JSON.",
            },
        ],
        IssuedAt)
    {
        ProductFamily = "Shelves",
    };

    public static UnitPassport Unit() => new(
        Type(),
        "MF-2026-000123",
        new DateTimeOffset(2026, 12, 1, 14, 5, 30, TimeSpan.Zero),
        [
            new AsBuiltOperation("op_01", "Laser cutting", "mch_laser_1", At(9, 0), At(9, 12), 1, 0, 0.84m) { MachineName = "Laser cutter 1" },
            new AsBuiltOperation("op_02", "Edge sanding", "mch_sander_1", At(9, 30), At(9, 41), 1, 0, 0.12m),
            new AsBuiltOperation("op_03", "Assembly", "mch_bench_2", At(13, 50), At(14, 5), 1, 0, 0m),
        ],
        new FootprintSummary(3.98m, "piece", 1, ["ISO 14067"], ["A1-A3"], new DateTimeOffset(2026, 12, 1, 14, 10, 0, TimeSpan.Zero)));

    /// <summary>A unit with no actual footprint, no type estimate, no operations, no design files and no disassembly steps:
    /// only the parts that are always there (nameplate and material composition).</summary>
    public static UnitPassport BareUnit() => new(
        Type() with { EstimatedFootprint = null, DesignFiles = [], DisassemblySteps = [], ProductFamily = null },
        "MF-2026-000124",
        new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero),
        [],
        null);

    /// <summary>The design files' bytes as the host would pass them to the AASX writer.</summary>
    public static IReadOnlyList<AasxFile> Files(ProductTypePassport type) =>
        type.DesignFiles.Select(f => new AasxFile(f.PackagePath, f.ContentType, Encoding.UTF8.GetBytes($"contents of {f.FileName}\n"))).ToList();

    private static DateTimeOffset At(int hour, int minute) => new(2026, 12, 1, hour, minute, 0, TimeSpan.Zero);
}
