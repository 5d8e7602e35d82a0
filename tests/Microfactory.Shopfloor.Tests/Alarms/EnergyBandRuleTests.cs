using Microfactory.Shopfloor.Alarms;
using Microfactory.Shopfloor.Machines;
using static Microfactory.Shopfloor.Tests.Alarms.AlarmTestData;

namespace Microfactory.Shopfloor.Tests.Alarms;

public sealed class EnergyBandRuleTests
{
    // Defaults: ±20 % or 0.1 kW. Idle 2 kW → 1.6 to 2.4 kW; running 10 kW → 8 to 12 kW; off → 0 to 0.05 kW.
    [Theory]
    [InlineData(MachineState.Idle, 1.6, 2.4)]
    [InlineData(MachineState.Running, 8, 12)]
    [InlineData(MachineState.Setup, 1.6, 12)]
    [InlineData(MachineState.Off, 0, 0.05)]
    public void Band_EachState_IsTheNominalDrawPlusOrMinusTheTolerance(MachineState state, double low, double high)
    {
        var (actualLow, actualHigh) = EnergyBandRule.Band(Machine(state), AlarmSettings.Default);

        Assert.Equal(low, actualLow, 9);
        Assert.Equal(high, actualHigh, 9);
    }

    [Fact]
    public void Band_SmallDraw_UsesTheMinimumToleranceInKw()
    {
        var machine = Machine(MachineState.Idle) with { IdlePowerKw = 0.2 };

        var (low, high) = EnergyBandRule.Band(machine, AlarmSettings.Default);

        Assert.Equal(0.1, low, 9);
        Assert.Equal(0.3, high, 9);
    }

    [Fact]
    public void Evaluate_IdleMachineDrawingItsIdlePower_RaisesNothing()
    {
        Assert.Empty(Decide(Observe(0, [Machine(MachineState.Idle, energy: Steady(2, -15, 0))])).Raise);
    }

    [Fact]
    public void Evaluate_IdleMachineDrawingFiveKw_RaisesAWarningInPlainWords()
    {
        var alarm = Assert.Single(Decide(Observe(0, [Machine(MachineState.Idle, energy: Steady(5, -15, 0))])).Raise);

        Assert.Equal(AlarmKind.EnergyOutOfBand, alarm.Kind);
        Assert.Equal(At(0), alarm.RaisedAt);
        Assert.Equal("Machine mch_1 drew 5 kW on average over 15 min while idle; normal is 1.6 kW to 2.4 kW.", alarm.Message);
    }

    [Fact]
    public void Evaluate_RunningMachineDrawingIdlePower_RaisesBelowTheBand()
    {
        Assert.Single(Decide(Observe(0, [Machine(MachineState.Running, energy: Steady(2, -15, 0))])).Raise);
    }

    [Fact]
    public void Evaluate_OffMachineDrawingPower_Raises()
    {
        Assert.Single(Decide(Observe(0, [Machine(MachineState.Off, energy: Steady(1, -15, 0))])).Raise);
        Assert.Empty(Decide(Observe(0, [Machine(MachineState.Off, energy: Steady(0, -15, 0))])).Raise);
    }

    [Theory]
    [InlineData(-15, 3)]
    [InlineData(-7, 3)]
    [InlineData(-7, -3)]
    [InlineData(0, 3)]
    [InlineData(0, -1)]
    public void Evaluate_OneNoisyReadingAnywhere_RaisesNothing(int minute, double errorKwh)
    {
        var readings = Steady(2, -15, 0);
        var index = minute + 15;
        readings[index] = readings[index] with { CumulativeKwh = readings[index].CumulativeKwh + errorKwh };

        Assert.Empty(Decide(Observe(0, [Machine(MachineState.Idle, energy: readings)])).Raise);
    }

    [Theory]
    [InlineData(-15, -3)]
    [InlineData(-7, 3)]
    [InlineData(0, -3)]
    public void Evaluate_OneNoisyReadingWhileOutOfBand_DoesNotClear(int minute, double errorKwh)
    {
        var readings = Steady(5, -15, 0);
        var open = Decide(Observe(0, [Machine(MachineState.Idle, energy: readings)])).Raise.Single();
        var index = minute + 15;
        readings[index] = readings[index] with { CumulativeKwh = readings[index].CumulativeKwh + errorKwh };

        Assert.Empty(Decide(Observe(0, [Machine(MachineState.Idle, energy: readings)]), [open]).Clear);
    }

    [Fact]
    public void Evaluate_OpenAlarmStillOutOfBandLater_KeepsTheOpenOne()
    {
        var open = Decide(Observe(0, [Machine(MachineState.Idle, energy: Steady(5, -15, 0))])).Raise.Single();

        var decision = Decide(Observe(10, [Machine(MachineState.Idle, energy: Steady(5, -15, 10))]), [open]);

        Assert.Empty(decision.Raise);
        Assert.Empty(decision.Clear);
    }

    [Fact]
    public void Evaluate_BackInBand_ClearsNow()
    {
        var open = Decide(Observe(0, [Machine(MachineState.Idle, energy: Steady(5, -15, 0))])).Raise.Single();

        var clearance = Assert.Single(Decide(Observe(30, [Machine(MachineState.Idle, energy: Steady(2, 15, 30))]), [open]).Clear);

        Assert.Equal(At(30), clearance.ClearedAt);
    }

    [Fact]
    public void Evaluate_ReadingsStopped_NeitherRaisesNorClears()
    {
        var open = Decide(Observe(0, [Machine(MachineState.Idle, energy: Steady(5, -15, 0))])).Raise.Single();

        // The last reading is 20 minutes old: nothing in the 15-minute interval.
        var decision = Decide(Observe(20, [Machine(MachineState.Idle, energy: Steady(2, -15, 0))]), [open]);

        Assert.Empty(decision.Raise);
        Assert.Empty(decision.Clear);
    }

    [Fact]
    public void Evaluate_ReadingsCoveringLessThanTheMinimumInterval_RaiseNothing()
    {
        Assert.Empty(Decide(Observe(0, [Machine(MachineState.Idle, energy: Steady(5, -4, 0))])).Raise);
        Assert.Single(Decide(Observe(0, [Machine(MachineState.Idle, energy: Steady(5, -5, 0))])).Raise);
    }

    [Fact]
    public void Evaluate_TwoReadingsOnly_RaiseNothing()
    {
        EnergySample[] two = [new(At(-15), 100), new(At(0), 110)];

        Assert.Empty(Decide(Observe(0, [Machine(MachineState.Idle, energy: two)])).Raise);
    }

    [Fact]
    public void Evaluate_GapInsideTheInterval_UsesTheReadingsAroundIt()
    {
        EnergySample[] sparse = [new(At(-15), 100), new(At(-8), 100 + (5 * 7 / 60.0)), new(At(0), 100 + (5 * 15 / 60.0))];

        Assert.Single(Decide(Observe(0, [Machine(MachineState.Idle, energy: sparse)])).Raise);
    }

    [Fact]
    public void Evaluate_StateChangedAMomentAgo_WaitsForTheMinimumInterval()
    {
        // Running at 10 kW until a minute ago, idle since: the interval starts at the state change.
        Assert.Empty(Decide(Observe(0, [Machine(MachineState.Idle, sinceMinutes: -1, energy: Steady(10, -15, 0))])).Raise);
    }

    [Fact]
    public void Evaluate_MeterResetInTheInterval_JudgesOnlyTheReadingsAfterIt()
    {
        var readings = Steady(20, -15, -9).Concat(Steady(2, -8, 0, startKwh: 3)).ToList();

        Assert.Empty(Decide(Observe(0, [Machine(MachineState.Idle, energy: readings)])).Raise);
    }

    [Fact]
    public void Evaluate_ReadingsOutOfOrderAndInTheFuture_AreSortedAndFutureOnesIgnored()
    {
        var readings = Steady(5, -15, 0);
        readings.Reverse();
        readings.Add(new EnergySample(At(5), 0));

        Assert.Single(Decide(Observe(0, [Machine(MachineState.Idle, energy: readings)])).Raise);
    }

    [Fact]
    public void Evaluate_DownMachine_ClosesTheEnergyAlarmAndRaisesDown()
    {
        var open = Decide(Observe(0, [Machine(MachineState.Idle, energy: Steady(5, -15, 0))])).Raise.Single();

        var decision = Decide(Observe(5, [Machine(MachineState.Down, sinceMinutes: 3, energy: Steady(5, -15, 5))]), [open]);

        Assert.Equal(AlarmKind.MachineDown, Assert.Single(decision.Raise).Kind);
        Assert.Equal(open.Key, Assert.Single(decision.Clear).Key);
    }
}
