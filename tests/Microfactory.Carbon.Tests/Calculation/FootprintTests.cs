using Microfactory.Carbon.Calculation;
using Microfactory.Carbon.Factors;
using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Tests.Calculation;

public sealed class FootprintTests
{
    private static FootprintInput Mixed() => Inputs.Empty(FootprintKind.Actual, units: 5m) with
    {
        Materials = [new MaterialLine("steel", 10m, "kilogram", 10m)],
        SupplierFootprints = [Inputs.SteelPcf()],
        Energy = [OperationEnergy.Actual("op-10", [new(Inputs.Local(2, 9, 30), Inputs.Local(2, 11, 15), 7m)])],
        Grid = Inputs.DailyGrid((9, 0.4m), (10, 0.2m), (11, 0.8m)),
        Transport = [new TransportLeg("steel", 500m, 200m, TransportMode.Truck)],
        Packaging = [new PackagingLine("carton", 0.5m, "kilogram")],
        SecondaryFactors = [new SecondaryFactor("carton", "kilogram", 1.0m, "test database, corrugated board")],
    };

    [Fact]
    public void Calculate_MixedInput_MatchesHandComputedTotalsAndPrimaryShare()
    {
        // Materials 10 kg × 1.5 = 15 (60 % primary → 9); energy 2.4 (metered → 2.4 primary);
        // transport 0.5 t × 200 km = 100 t·km × 0.10650 = 10.65; packaging 0.5 × 1.0 = 0.5.
        // Total 28.55; per unit 28.55 / 5 = 5.71; primary share 11.4 / 28.55 = 39.9299474605954...%.
        var footprint = FootprintCalculator.Calculate(Mixed()).Footprint!;

        Assert.Equal(28.55m, footprint.TotalKgCo2e);
        Assert.Equal(5.71m, footprint.KgCo2ePerDeclaredUnit);
        Assert.Equal(39.929947m, Math.Round(footprint.PrimaryDataSharePercent, 6));
        Assert.Equal(15m, footprint.Subtotal(LineCategory.Materials));
        Assert.Equal(2.4m, footprint.Subtotal(LineCategory.ProcessEnergy));
        Assert.Equal(10.65m, footprint.Subtotal(LineCategory.InboundTransport));
        Assert.Equal(0.5m, footprint.Subtotal(LineCategory.Packaging));
        Assert.Equal(2m, footprint.ProductMassKgPerDeclaredUnit);
        Assert.Equal([LineCategory.Materials, LineCategory.ProcessEnergy, LineCategory.InboundTransport, LineCategory.Packaging], footprint.Lines.Select(l => l.Category));
    }

    [Fact]
    public void Calculate_TransportLeg_IsTonneKmTimesTheModeFactorWithItsSource()
    {
        var line = FootprintCalculator.Calculate(Mixed()).Footprint!.Lines.Single(l => l.Category == LineCategory.InboundTransport);

        Assert.Equal(100m, line.Quantity);
        Assert.Equal("tonne-km", line.QuantityUnit);
        Assert.Equal("test figure, truck", line.FactorSource); // the leg carries its factor's source
    }

    [Fact]
    public void Calculate_OwnTransportFactors_ReplaceTheShippedTable()
    {
        var input = Mixed() with { TransportFactors = [new TransportFactor(TransportMode.Truck, 0.05m, "carrier ISO 14083 report 2025")] };

        var line = FootprintCalculator.Calculate(input).Footprint!.Lines.Single(l => l.Category == LineCategory.InboundTransport);

        Assert.Equal((5m, "carrier ISO 14083 report 2025"), (line.KgCo2e, line.FactorSource));
    }

    [Fact]
    public void Calculate_ModeWithoutFactor_IsRefused()
    {
        var input = Mixed() with { TransportFactors = [new TransportFactor(TransportMode.Rail, 0.03m, "x")] };

        Assert.Equal("transport[0].mode", FootprintCalculator.Calculate(input).Problem!.Field);
    }

    [Fact]
    public void Calculate_NothingToCount_IsZeroWithZeroPrimaryShare()
    {
        var footprint = FootprintCalculator.Calculate(Inputs.Empty()).Footprint!;

        Assert.Equal((0m, 0m), (footprint.TotalKgCo2e, footprint.PrimaryDataSharePercent));
        Assert.Equal(4, footprint.Subtotals.Count);
    }

    [Fact]
    public void Calculate_SameInputTwice_GivesEqualLines()
    {
        var a = FootprintCalculator.Calculate(Mixed()).Footprint!;
        var b = FootprintCalculator.Calculate(Mixed()).Footprint!;

        Assert.Equal(a.Lines, b.Lines);
        Assert.Equal(a.TotalKgCo2e, b.TotalKgCo2e);
    }

    [Fact]
    public void Calculate_LineEmissions_AreRoundedToAMicrogram()
    {
        var input = Inputs.Empty() with
        {
            Materials = [new MaterialLine("resin", 1m, "kilogram", 1m)],
            SecondaryFactors = [new SecondaryFactor("resin", "kilogram", 0.1234567895m, "test database")],
        };

        var line = Assert.Single(FootprintCalculator.Calculate(input).Footprint!.Lines);

        Assert.Equal(0.123456790m, line.KgCo2e);
        Assert.Equal(0.1234567895m, line.Factor);
    }

}
