using Microfactory.Carbon.Calculation;
using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Tests.Calculation;

public sealed class PropertyTests
{
    private static readonly string[] Materials = ["steel", "alu", "pcb", "oak"];

    private static decimal Amount(Random random, int max) => random.Next(0, max * 100) / 100m;

    private static FootprintInput RandomInput(int seed)
    {
        var random = new Random(seed);
        var day = Inputs.Local(2, 0, 0);
        return Inputs.Empty(random.Next(2) == 0 ? FootprintKind.Estimate : FootprintKind.Actual, units: random.Next(1, 20)) with
        {
            Materials = Enumerable.Range(0, random.Next(0, 6)).Select(_ => new MaterialLine(Materials[random.Next(Materials.Length)], Amount(random, 50), "kilogram", Amount(random, 50))).ToList(),
            SecondaryFactors = Materials.Select(m => new SecondaryFactor(m, "kilogram", Amount(random, 20), $"db {m}", null, null)).ToList(),
            SupplierFootprints = Materials.Where(_ => random.Next(2) == 0)
                .Select(m => new SupplierFootprint(m, $"pf-{m}", "supplier", "kilogram", random.Next(1, 5), Amount(random, 20), random.Next(0, 101), null, null))
                .ToList(),
            Energy = Enumerable.Range(0, random.Next(0, 4)).Select(k =>
            {
                var start = day.AddMinutes(random.Next(0, 22 * 60));
                return OperationEnergy.Estimate($"op-{k}", Amount(random, 30), start, start.AddMinutes(random.Next(1, 300)));
            }).ToList(),
            Grid = GridIntensity.Daily("random profile", Enumerable.Range(0, 24).Select(_ => Amount(random, 1)).ToArray()),
            Transport = Enumerable.Range(0, random.Next(0, 3)).Select(_ => new TransportLeg("freight", Amount(random, 900), Amount(random, 2000), Enum.GetValues<TransportMode>()[random.Next(5)])).ToList(),
            Packaging = random.Next(2) == 0 ? [new PackagingLine("alu", Amount(random, 2), "kilogram")] : [],
        };
    }

    private static FootprintInput Scale(FootprintInput input, decimal k) => input with
    {
        Materials = input.Materials.Select(m => m with { Quantity = m.Quantity * k, MassKg = m.MassKg * k }).ToList(),
        Energy = input.Energy.Select(e => e with { Intervals = e.Intervals.Select(i => i with { Kwh = i.Kwh * k }).ToList() }).ToList(),
        Transport = input.Transport.Select(t => t with { MassKg = t.MassKg * k }).ToList(),
        Packaging = input.Packaging.Select(p => p with { Quantity = p.Quantity * k }).ToList(),
    };

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Calculate_AnyInput_TotalIsTheSumOfLinesAndOfSubtotals(int seed)
    {
        var footprint = FootprintCalculator.Calculate(RandomInput(seed)).Footprint!;

        Assert.Equal(footprint.Lines.Sum(l => l.KgCo2e), footprint.TotalKgCo2e);
        Assert.Equal(footprint.Subtotals.Sum(s => s.KgCo2e), footprint.TotalKgCo2e);
        Assert.Equal(footprint.TotalKgCo2e / footprint.Units, footprint.KgCo2ePerDeclaredUnit);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Calculate_AnyInput_PrimaryShareIsBetweenZeroAndHundred(int seed)
    {
        var footprint = FootprintCalculator.Calculate(RandomInput(seed)).Footprint!;

        Assert.InRange(footprint.PrimaryDataSharePercent, 0m, 100m);
        Assert.All(footprint.Lines, l => Assert.Equal(l.FactorSource.StartsWith("supplier PCF", StringComparison.Ordinal), l.DataType == DataType.Primary));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Calculate_QuantitiesScaled_ScalesTotalWithinLineRoundingAndKeepsPrimaryShare(int seed)
    {
        var input = RandomInput(seed);
        var k = 1 + (seed % 7);

        var one = FootprintCalculator.Calculate(input).Footprint!;
        var scaled = FootprintCalculator.Calculate(Scale(input, k)).Footprint!;

        Assert.True(Math.Abs((one.TotalKgCo2e * k) - scaled.TotalKgCo2e) <= 1e-7m, $"{one.TotalKgCo2e} × {k} vs {scaled.TotalKgCo2e}");
        Assert.True(Math.Abs(one.PrimaryDataSharePercent - scaled.PrimaryDataSharePercent) <= 1e-6m);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Calculate_UnitsDoubled_HalvesPerUnitAndKeepsTotal(int seed)
    {
        var input = RandomInput(seed);

        var one = FootprintCalculator.Calculate(input).Footprint!;
        var twice = FootprintCalculator.Calculate(input with { Units = input.Units * 2 }).Footprint!;

        Assert.Equal(one.TotalKgCo2e, twice.TotalKgCo2e);
        Assert.True(Math.Abs((one.KgCo2ePerDeclaredUnit / 2) - twice.KgCo2ePerDeclaredUnit) <= 1e-20m);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Calculate_IntervalSplitAtAnyMinute_GivesTheSameEmissions(int seed)
    {
        var random = new Random(seed);
        var start = Inputs.Local(2, random.Next(0, 20), random.Next(0, 60));
        var end = start.AddMinutes(random.Next(2, 240));
        var cut = start.AddMinutes(random.Next(1, (int)(end - start).TotalMinutes));
        var kwh = 12m;
        var firstKwh = kwh * (cut - start).Ticks / (end - start).Ticks;
        var grid = GridIntensity.Daily("random profile", Enumerable.Range(0, 24).Select(_ => Amount(random, 1)).ToArray());
        var whole = Inputs.Empty() with { Energy = [OperationEnergy.Actual("op", [new(start, end, kwh)])], Grid = grid };
        var split = whole with { Energy = [OperationEnergy.Actual("op", [new(start, cut, firstKwh), new(cut, end, kwh - firstKwh)])] };

        var a = FootprintCalculator.Calculate(whole).Footprint!.TotalKgCo2e;
        var b = FootprintCalculator.Calculate(split).Footprint!.TotalKgCo2e;

        Assert.True(Math.Abs(a - b) <= 1e-9m, $"{a} vs {b}");
    }
}
