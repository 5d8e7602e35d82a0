using Microfactory.Shopfloor.Oee;
using static Microfactory.Shopfloor.Tests.Oee.OeeTestData;

namespace Microfactory.Shopfloor.Tests.Oee;

public sealed class OeeValidationTests
{
    public static TheoryData<string, OeeInput> BadInputs => new()
    {
        { "to", Input(to: Hk(0, 0)) },
        { "to", Input(to: Hk(0, 0).AddYears(10)) },
        { "machines", Input(machines: [.. Enumerable.Range(0, OeeLimits.MaxMachines + 1).Select(i => Machine($"mch_{i}"))]) },
        { "machines[0].machineId", Input(machines: [Machine(new string('x', 10_000))]) },
        { "machines[1].machineId", Input(machines: [Machine("mch_1"), Machine("mch_1")]) },
        { "machines[0].shifts", Input(machines: [Machine("mch_1", [.. Enumerable.Range(0, OeeLimits.MaxShiftsPerMachine + 1).Select(i => DayShift())])]) },
        { "machines[0].shifts[1]", Input(machines: [Machine("mch_1", DayShift(), new Shift("late", DayOfWeek.Monday, new TimeOnly(15, 0), new TimeOnly(23, 0)))]) },
        { "machines[0].shifts[0].label", Input(machines: [Machine("mch_1", new Shift(" ", DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(9, 0)))]) },
        { "machines[0].shifts[0].day", Input(machines: [Machine("mch_1", new Shift("x", (DayOfWeek)9, new TimeOnly(8, 0), new TimeOnly(9, 0)))]) },
        { "machines[0].shifts[1].label", Input(machines: [Machine("mch_1", DayShift(), new Shift("day", DayOfWeek.Monday, new TimeOnly(17, 0), new TimeOnly(20, 0)))]) },
        { "to", Input(machines: [.. Enumerable.Range(0, OeeLimits.MaxMachines).Select(i => Machine($"mch_{i}", [.. Enum.GetValues<DayOfWeek>().SelectMany(d => new[] { new Shift("a", d, new TimeOnly(0, 0), new TimeOnly(8, 0)), new Shift("b", d, new TimeOnly(8, 0), new TimeOnly(16, 0)), new Shift("c", d, new TimeOnly(16, 0), new TimeOnly(0, 0)) })]))], to: Hk(0, 0).AddDays(OeeLimits.MaxWindowDays)) },
        { "states[1]", Input(states: [State(Hk(0, 8), Machines.MachineState.Running), null!]) },
        { "counts[0]", Input(counts: [null!]) },
        { "machines[0].shifts", Input(machines: [new OeeMachine("mch_1", null!)]) },
        { "states[0].machineId", Input(states: [State(Hk(0, 8), Machines.MachineState.Running, "mch_9")]) },
        { "states[0].state", Input(states: [State(Hk(0, 8), (Machines.MachineState)42)]) },
        { "counts[0].good", Input(counts: [Parts(Hk(0, 9), -1)]) },
        { "counts[0].scrap", Input(counts: [Parts(Hk(0, 9), 1, -1)]) },
        { "counts[0].idealCycleSeconds", Input(counts: [Parts(Hk(0, 9), 1, cycleSeconds: double.NaN)]) },
        { "counts[0].idealCycleSeconds", Input(counts: [Parts(Hk(0, 9), 1, cycleSeconds: 0)]) },
        { "counts[0].operationId", Input(counts: [new PartCount("mch_1", Hk(0, 9), 1, 0, null, "op_unknown")]) },
        { "meters[0].cumulativeKwh", Input(meters: [Meter(Hk(0, 9), double.PositiveInfinity)]) },
        { "meters[0].cumulativeKwh", Input(meters: [Meter(Hk(0, 9), -3)]) },
        { "downtimes[0].to", Input(downtimes: [new PlannedDowntime(Hk(0, 9), Hk(0, 9), "none")]) },
        { "downtimes[0].machineId", Input(downtimes: [new PlannedDowntime(Hk(0, 9), Hk(0, 10), "x", "mch_9")]) },
        { "idealCycleSecondsByOperation['op_1']", Input() with { IdealCycleSecondsByOperation = new Dictionary<string, double> { ["op_1"] = -5 } } },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Calculate_BadInput_NamesTheFieldAndTheRule(string field, OeeInput input)
    {
        var result = OeeCalculator.Calculate(input, OeeGrouping.Machine);

        Assert.False(result.IsSuccess);
        Assert.Equal(field, result.Field);
        Assert.StartsWith($"{field}: ", result.Error, StringComparison.Ordinal);
        Assert.True(result.Error.Length < 300, result.Error);
    }

    [Fact]
    public void Calculate_MillionsOfRecords_IsRefusedBeforeAnyIsRead()
    {
        var flood = new RepeatedList<StateChange>(State(Hk(0, 8), Machines.MachineState.Running), OeeLimits.MaxRecords + 1);

        var result = OeeCalculator.Calculate(Input(states: flood), OeeGrouping.Day);

        Assert.Equal("states", result.Field);
        Assert.Equal(0, flood.Reads);
    }

    [Fact]
    public void Calculate_UnknownGrouping_NamesBy()
    {
        var result = OeeCalculator.Calculate(Input(), (OeeGrouping)7);

        Assert.Equal("by", result.Field);
    }

    [Fact]
    public void Calculate_LongestWindowWithManyShifts_StaysBounded()
    {
        Shift[] shifts = [.. Enum.GetValues<DayOfWeek>().SelectMany(d => new[] { new Shift("a", d, new TimeOnly(0, 0), new TimeOnly(8, 0)), new Shift("b", d, new TimeOnly(8, 0), new TimeOnly(16, 0)), new Shift("c", d, new TimeOnly(16, 0), new TimeOnly(0, 0)) })];
        var input = Input(machines: [Machine("mch_1", shifts)], to: Hk(0, 0).AddDays(OeeLimits.MaxWindowDays));

        var report = Report(input, OeeGrouping.Shift);

        Assert.Equal(3 * OeeLimits.MaxWindowDays, report.Items.Count);
        Assert.Equal(OeeLimits.MaxWindowDays * 86_400.0, report.FactoryTotal.PlannedSeconds, 6);
    }
}
