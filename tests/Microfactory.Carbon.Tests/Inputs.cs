using Microfactory.Carbon.Factors;
using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Tests;

/// <summary>Builders for test inputs; each test states the numbers it computes by hand.</summary>
internal static class Inputs
{
    public static readonly DateTimeOffset ReferenceDate = new(2026, 3, 15, 0, 0, 0, TimeSpan.Zero);

    public static FootprintInput Empty(FootprintKind kind = FootprintKind.Estimate, decimal units = 1m) => new()
    {
        Kind = kind,
        Subject = "design-42",
        Units = units,
        ReferenceDate = ReferenceDate,
        TransportFactors = Freight,
    };

    /// <summary>Freight factors for the hand-computed cases: round test figures, not published ones.</summary>
    public static IReadOnlyList<TransportFactor> Freight { get; } =
    [
        new(TransportMode.Van, 0.60066m, "test figure"),
        new(TransportMode.Truck, 0.10650m, "test figure, truck"),
        new(TransportMode.Rail, 0.02779m, "test figure"),
        new(TransportMode.ContainerShip, 0.01614m, "test figure"),
        new(TransportMode.Air, 1.12826m, "test figure"),
    ];

    public static SecondaryFactor SteelFactor(decimal kgCo2ePerKg = 2.0m) => new("steel", "kilogram", kgCo2ePerKg, "ecoinvent 3.10 cut-off, steel, low-alloyed");

    public static SupplierFootprint SteelPcf(
        decimal kgCo2e = 1.5m,
        decimal primaryShare = 60m,
        DateTimeOffset? from = null,
        DateTimeOffset? until = null,
        string unit = "kilogram",
        string id = "pf-1",
        decimal amount = 1m,
        DataQuality? dqi = null) =>
        new("steel", id, "Acme Steel", unit, amount, kgCo2e, primaryShare,
            from ?? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            until ?? new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero),
            dqi);

    public static GridIntensity DailyGrid(params (int Hour, decimal Value)[] hours)
    {
        var values = Enumerable.Repeat(0.3m, 24).ToArray();
        foreach (var (hour, value) in hours)
        {
            values[hour] = value;
        }
        return GridIntensity.Daily("test grid profile", values);
    }

    public static DateTime Local(int day, int hour, int minute) => new(2026, 3, day, hour, minute, 0, DateTimeKind.Unspecified);
}
