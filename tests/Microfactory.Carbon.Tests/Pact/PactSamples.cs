using Microfactory.Carbon.Calculation;
using Microfactory.Carbon.Model;
using Microfactory.Carbon.Pact;

namespace Microfactory.Carbon.Tests.Pact;

/// <summary>Footprints computed by the engine and the metadata around them, for the PACT writer and reader tests.</summary>
internal static class PactSamples
{
    public static readonly Guid Id = Guid.Parse("079e425a-464f-528d-341d-4a944a1dfd70");

    /// <summary>
    /// 2 pieces: 10 kg steel from a supplier PCF (1.5 kg CO2e/kg, 60 % primary, rated 2/3/1), 4 kg aluminium from a
    /// secondary factor (8.6), 3 kWh at 0.3, 14 kg by truck over 100 km, 1 kg board (0.9, biogenic carbon 0.4 kg C/kg).
    /// </summary>
    public static Footprint Mixed()
    {
        var input = Inputs.Empty(units: 2m) with
        {
            Materials = [new MaterialLine("steel", 10m, "kilogram", 10m), new MaterialLine("alu", 4m, "kilogram", 4m)],
            Packaging = [new PackagingLine("board", 1m, "kilogram")],
            SecondaryFactors =
            [
                Inputs.SteelFactor(),
                new SecondaryFactor("alu", "kilogram", 8.6m, "ecoinvent 3.10 cut-off, aluminium, primary ingot", FossilKgCo2ePerUnit: 8.2m),
                new SecondaryFactor("board", "kilogram", 0.9m, "FEFCO 2018 corrugated board", BiogenicCarbonKgPerUnit: 0.4m),
            ],
            SupplierFootprints = [Inputs.SteelPcf(dqi: new DataQuality(2m, 3m, 1m))],
            Energy = [OperationEnergy.Estimate("cut", 3m, Inputs.Local(16, 9, 0), Inputs.Local(16, 10, 0))],
            Grid = Inputs.DailyGrid(),
            Transport = [new TransportLeg("steel", 14m, 100m, TransportMode.Truck)],
        };
        var result = FootprintCalculator.Calculate(input);
        Assert.True(result.IsSuccess, result.Problem?.ToString());
        return result.Footprint;
    }

    /// <summary>One piece from a single supplier line rated 2/3/1: every emitting line has data quality ratings.</summary>
    public static Footprint SupplierOnly()
    {
        var input = Inputs.Empty() with
        {
            Materials = [new MaterialLine("steel", 2m, "kilogram", 2m)],
            SupplierFootprints = [Inputs.SteelPcf(dqi: new DataQuality(2m, 3m, 1m))],
        };
        var result = FootprintCalculator.Calculate(input);
        Assert.True(result.IsSuccess, result.Problem?.ToString());
        return result.Footprint;
    }

    public static PactFootprintMetadata Metadata(Guid? id = null) => new(
        id ?? Id,
        new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero),
        PactVocabulary.Active,
        [],
        new DateTimeOffset(2026, 3, 17, 0, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2027, 3, 17, 0, 0, 0, TimeSpan.Zero),
        "Kwun Tong Microfactory",
        ["urn:pact:microfactory.example:company:fac_kwun_tong"],
        ["urn:pact:microfactory.example:product-id:shelf:1.0.0:abc"],
        "Wall shelf",
        "A wall shelf, default parameters.",
        [],
        new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 3, 16, 10, 0, 0, TimeSpan.Zero),
        "HK");
}
