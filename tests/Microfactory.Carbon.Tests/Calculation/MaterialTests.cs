using Microfactory.Carbon.Calculation;
using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Tests.Calculation;

public sealed class MaterialTests
{
    private static Footprint Steel(params SupplierFootprint[] suppliers)
    {
        var input = Inputs.Empty() with
        {
            Materials = [new MaterialLine("steel", 10m, "kilogram", 10m)],
            SecondaryFactors = [Inputs.SteelFactor()],
            SupplierFootprints = suppliers,
        };
        var result = FootprintCalculator.Calculate(input);
        Assert.True(result.IsSuccess, result.Problem?.ToString());
        return result.Footprint;
    }

    [Fact]
    public void Calculate_ValidSupplierFootprint_IsPreferredOverSecondaryFactor()
    {
        // 10 kg × 1.5 kg CO2e/kg (supplier) = 15, not 10 kg × 2.0 (secondary) = 20.
        var line = Assert.Single(Steel(Inputs.SteelPcf()).Lines);

        Assert.Equal(15m, line.KgCo2e);
        Assert.Equal(1.5m, line.Factor);
        Assert.Equal(DataType.Primary, line.DataType);
        Assert.Equal("Acme Steel PCF pf-1", line.FactorSource);
        Assert.Equal(60m, line.PrimaryDataSharePercent);
    }

    [Fact]
    public void Calculate_NoSupplierFootprint_UsesSecondaryFactorWithItsSource()
    {
        var line = Assert.Single(Steel().Lines);

        Assert.Equal(20m, line.KgCo2e);
        Assert.Equal(DataType.Secondary, line.DataType);
        Assert.Equal("ecoinvent 3.10 cut-off, steel, low-alloyed", line.FactorSource);
        Assert.Equal(0m, line.PrimaryDataSharePercent);
    }

    [Fact]
    public void Calculate_SupplierFootprintExpiredOnReferenceDate_FallsBackToSecondary()
    {
        var expired = Inputs.SteelPcf(from: new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), until: new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(20m, Assert.Single(Steel(expired).Lines).KgCo2e);
    }

    [Fact]
    public void Calculate_DeprecatedSupplierFootprint_FallsBackToSecondary()
    {
        var deprecated = Inputs.SteelPcf() with { Deprecated = true };

        Assert.Equal(20m, Assert.Single(Steel(deprecated).Lines).KgCo2e);
    }

    [Fact]
    public void Calculate_SupplierFootprintNotYetValid_FallsBackToSecondary()
    {
        var future = Inputs.SteelPcf(from: Inputs.ReferenceDate.AddDays(1));

        Assert.Equal(20m, Assert.Single(Steel(future).Lines).KgCo2e);
    }

    [Fact]
    public void Calculate_ValidityEndEqualsReferenceDate_IsExclusive()
    {
        var endsToday = Inputs.SteelPcf(until: Inputs.ReferenceDate);
        var startsToday = Inputs.SteelPcf(from: Inputs.ReferenceDate, id: "pf-2", kgCo2e: 1.2m);

        Assert.Equal(20m, Assert.Single(Steel(endsToday).Lines).KgCo2e);
        Assert.Equal(12m, Assert.Single(Steel(startsToday).Lines).KgCo2e);
    }

    [Fact]
    public void Calculate_TwoValidSupplierFootprints_TakesHigherPrimaryDataShare()
    {
        var low = Inputs.SteelPcf(kgCo2e: 1.0m, primaryShare: 20m, id: "pf-low");
        var high = Inputs.SteelPcf(kgCo2e: 1.8m, primaryShare: 90m, id: "pf-high");

        var line = Assert.Single(Steel(low, high).Lines);

        Assert.Equal(18m, line.KgCo2e);
        Assert.Equal("Acme Steel PCF pf-high", line.FactorSource);
    }

    [Fact]
    public void Calculate_EqualPrimaryShare_TakesBetterDataQuality()
    {
        var worse = Inputs.SteelPcf(kgCo2e: 1.0m, id: "pf-a", dqi: new DataQuality(3m, 3m, 3m));
        var better = Inputs.SteelPcf(kgCo2e: 1.4m, id: "pf-b", dqi: new DataQuality(1m, 2m, 1m));

        var line = Assert.Single(Steel(worse, better).Lines);

        Assert.Equal(14m, line.KgCo2e);
        Assert.Equal(better.Dqi, line.DataQuality);
    }

    [Fact]
    public void Calculate_EqualPrimaryShare_RanksFootprintWithoutDqiLast()
    {
        var unrated = Inputs.SteelPcf(kgCo2e: 1.0m, id: "pf-a");
        var rated = Inputs.SteelPcf(kgCo2e: 1.3m, id: "pf-b", dqi: new DataQuality(5m, 5m, 5m));

        Assert.Equal(13m, Assert.Single(Steel(unrated, rated).Lines).KgCo2e);
    }

    [Fact]
    public void Calculate_DeclaredUnitAmount_DividesTheFootprint()
    {
        // 30 kg CO2e per 10 kg = 3 per kg; 10 kg → 30.
        var line = Assert.Single(Steel(Inputs.SteelPcf(kgCo2e: 30m, amount: 10m)).Lines);

        Assert.Equal(3m, line.Factor);
        Assert.Equal(30m, line.KgCo2e);
    }

    [Fact]
    public void Calculate_SupplierFootprintInAnotherUnit_IsRefusedNamingTheField()
    {
        var input = Inputs.Empty() with
        {
            Materials = [new MaterialLine("steel", 10m, "kilogram", 10m)],
            SecondaryFactors = [Inputs.SteelFactor()],
            SupplierFootprints = [Inputs.SteelPcf(unit: "piece")],
        };

        var result = FootprintCalculator.Calculate(input);

        Assert.False(result.IsSuccess);
        Assert.Equal("supplierFootprints[0].declaredUnit", result.Problem.Field);
        Assert.Contains("'piece'", result.Problem.Rule, StringComparison.Ordinal);
        Assert.Contains("materials[0].unit is 'kilogram'", result.Problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_SecondaryFactorInAnotherUnit_IsRefused()
    {
        var input = Inputs.Empty() with
        {
            Materials = [new MaterialLine("steel", 3m, "piece", 10m)],
            SecondaryFactors = [Inputs.SteelFactor()],
        };

        var result = FootprintCalculator.Calculate(input);

        Assert.Equal("secondaryFactors[0].unit", result.Problem!.Field);
    }

    [Fact]
    public void Calculate_MaterialWithoutAnyData_NamesTheMaterial()
    {
        var input = Inputs.Empty() with { Materials = [new MaterialLine("brass", 1m, "kilogram", 1m)] };

        var result = FootprintCalculator.Calculate(input);

        Assert.Equal("materials[0].materialId", result.Problem!.Field);
        Assert.Contains("'brass'", result.Problem.Rule, StringComparison.Ordinal);
        Assert.Contains("2026-03-15", result.Problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_FossilAndBiogenicSplit_IsCarriedToLineAndPerUnit()
    {
        // 10 kg wood × (0.5 total, 0.2 fossil, 0.25 biogenic) = 5, 2, 2.5; over 2 units: 2.5, 1, 1.25.
        var input = Inputs.Empty(units: 2m) with
        {
            Materials = [new MaterialLine("oak", 10m, "kilogram", 10m)],
            SecondaryFactors = [new SecondaryFactor("oak", "kilogram", 0.5m, "test database", 0.2m, 0.25m)],
        };

        var footprint = FootprintCalculator.Calculate(input).Footprint!;
        var line = Assert.Single(footprint.Lines);

        Assert.Equal((5m, 2m, 2.5m), (line.KgCo2e, line.FossilKgCo2e!.Value, line.BiogenicKgCo2e!.Value));
        Assert.Equal((2.5m, 1m, 1.25m), (footprint.KgCo2ePerDeclaredUnit, footprint.FossilKgCo2ePerDeclaredUnit!.Value, footprint.BiogenicKgCo2ePerDeclaredUnit!.Value));
    }

    [Fact]
    public void Calculate_BiogenicCarbonContent_GivesPcfIncludingBiogenicUptake()
    {
        // 10 kg oak × 0.45 kg C/kg = 4.5 kg C, over 2 units 2.25 kg C; uptake 2.25 × 44/12 = 8.25 kg CO2;
        // excluding uptake 10 × 0.5 / 2 = 2.5, including uptake 2.5 − 8.25 = −5.75 kg CO2e per unit.
        var input = Inputs.Empty(units: 2m) with
        {
            Materials = [new MaterialLine("oak", 10m, "kilogram", 10m)],
            SecondaryFactors = [new SecondaryFactor("oak", "kilogram", 0.5m, "test database", BiogenicCarbonKgPerUnit: 0.45m)],
        };

        var footprint = FootprintCalculator.Calculate(input).Footprint!;

        Assert.Equal(4.5m, Assert.Single(footprint.Lines).BiogenicCarbonKg);
        Assert.Equal(2.25m, footprint.BiogenicCarbonKgPerDeclaredUnit);
        Assert.Equal(-5.75m, footprint.KgCo2eIncludingBiogenicUptakePerDeclaredUnit);
    }

    [Fact]
    public void Calculate_SupplierBiogenicCarbonContent_IsPerDeclaredUnitAmount()
    {
        // 12 kg C per 10 kg declared; 10 kg steel → 12 kg C.
        var pcf = Inputs.SteelPcf(kgCo2e: 20m, amount: 10m) with { BiogenicCarbonKgPerDeclaredUnit = 12m };

        Assert.Equal(12m, Assert.Single(Steel(pcf).Lines).BiogenicCarbonKg);
    }

    [Fact]
    public void Calculate_NoLineWithASplit_LeavesFossilAndBiogenicUnknown()
    {
        var footprint = Steel();

        Assert.Null(footprint.FossilKgCo2ePerDeclaredUnit);
        Assert.Null(footprint.BiogenicKgCo2ePerDeclaredUnit);
        Assert.Null(footprint.KgCo2eIncludingBiogenicUptakePerDeclaredUnit);
    }

    [Fact]
    public void Calculate_SupplierFossilPart_IsScaledLikeTheTotal()
    {
        var pcf = Inputs.SteelPcf(kgCo2e: 20m, amount: 10m) with { FossilKgCo2ePerDeclaredUnit = 18m };

        var line = Assert.Single(Steel(pcf).Lines);

        Assert.Equal(18m, line.FossilKgCo2e);
    }
}
