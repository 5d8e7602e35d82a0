using Microfactory.Carbon.Calculation;
using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Tests.Calculation;

public sealed class EnergyTests
{
    [Fact]
    public void Calculate_IntervalOverThreeHours_SplitsEnergyProRataByTime()
    {
        // 09:30–11:15 is 105 min with 7 kWh: 30 min → 2 kWh × 0.4, 60 min → 4 kWh × 0.2, 15 min → 1 kWh × 0.8; 0.8 + 0.8 + 0.8 = 2.4 kg.
        var input = Inputs.Empty() with
        {
            Energy = [OperationEnergy.Estimate("op-10 milling", 7m, Inputs.Local(2, 9, 30), Inputs.Local(2, 11, 15))],
            Grid = Inputs.DailyGrid((9, 0.4m), (10, 0.2m), (11, 0.8m)),
        };

        var line = Assert.Single(FootprintCalculator.Calculate(input).Footprint!.Lines);

        Assert.Equal(2.4m, line.KgCo2e);
        Assert.Equal(7m, line.Quantity);
        Assert.Equal("kWh", line.QuantityUnit);
        Assert.Equal(2.4m / 7m, line.Factor);
        Assert.Equal("test grid profile", line.FactorSource);
        Assert.Equal(DataType.Secondary, line.DataType);
    }

    [Fact]
    public void Split_IntervalWithinOneHour_IsOnePart()
    {
        var parts = HourSplit.Split(new EnergyInterval(Inputs.Local(2, 9, 10), Inputs.Local(2, 9, 50), 3m));

        Assert.Equal([(Inputs.Local(2, 9, 0), 3m)], parts);
    }

    [Fact]
    public void Split_IntervalOverMidnight_GivesEachHourItsShare()
    {
        // 23:45–00:45, 4 kWh: 15 min → 1 kWh on day 2 at 23:00, 45 min → 3 kWh on day 3 at 00:00.
        var parts = HourSplit.Split(new EnergyInterval(Inputs.Local(2, 23, 45), Inputs.Local(3, 0, 45), 4m));

        Assert.Equal([(Inputs.Local(2, 23, 0), 1m), (Inputs.Local(3, 0, 0), 3m)], parts);
    }

    [Fact]
    public void Split_ThirdsOfAnHour_PartsSumExactlyToTheEnergy()
    {
        var parts = HourSplit.Split(new EnergyInterval(Inputs.Local(2, 9, 40), Inputs.Local(2, 10, 40), 1m));

        Assert.Equal(1m, parts.Sum(p => p.Kwh));
        Assert.Equal(2, parts.Count);
    }

    [Fact]
    public void Calculate_MeteredIntervals_UseTheHoursTheyRanAndArePrimary()
    {
        // Timeline: 2 kWh in 14:00–15:00 at 0.5 = 1.0; 1 kWh in 15:00–15:30 at 0.1 = 0.1; total 1.1 kg.
        var grid = GridIntensity.Hourly("grid operator timeline", [new(Inputs.Local(2, 14, 0), 0.5m), new(Inputs.Local(2, 15, 0), 0.1m)]);
        var input = Inputs.Empty(FootprintKind.Actual) with
        {
            Energy = [OperationEnergy.Actual("op-20 cure", [new(Inputs.Local(2, 14, 0), Inputs.Local(2, 15, 0), 2m), new(Inputs.Local(2, 15, 0), Inputs.Local(2, 15, 30), 1m)])],
            Grid = grid,
        };

        var footprint = FootprintCalculator.Calculate(input).Footprint!;
        var line = Assert.Single(footprint.Lines);

        Assert.Equal(1.1m, line.KgCo2e);
        Assert.Equal(3m, line.Quantity);
        Assert.Equal(DataType.Primary, line.DataType);
        Assert.Equal(100m, footprint.PrimaryDataSharePercent);
    }

    [Fact]
    public void Calculate_TimelineMissingAnHourRun_NamesTheHourAndInterval()
    {
        var grid = GridIntensity.Hourly("grid operator timeline", [new(Inputs.Local(2, 14, 0), 0.5m)]);
        var input = Inputs.Empty(FootprintKind.Actual) with
        {
            Energy = [OperationEnergy.Actual("op-20", [new(Inputs.Local(2, 14, 30), Inputs.Local(2, 15, 30), 2m)])],
            Grid = grid,
        };

        var problem = FootprintCalculator.Calculate(input).Problem!;

        Assert.Equal("grid.timeline", problem.Field);
        Assert.Contains("2026-03-02T15:00", problem.Rule, StringComparison.Ordinal);
        Assert.Contains("energy[0].intervals[0]", problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_ZeroEnergy_HasZeroFactorAndEmissions()
    {
        var input = Inputs.Empty() with
        {
            Energy = [OperationEnergy.Estimate("op-idle", 0m, Inputs.Local(2, 9, 0), Inputs.Local(2, 10, 0))],
            Grid = Inputs.DailyGrid(),
        };

        var line = Assert.Single(FootprintCalculator.Calculate(input).Footprint!.Lines);

        Assert.Equal((0m, 0m), (line.KgCo2e, line.Factor));
    }
}
