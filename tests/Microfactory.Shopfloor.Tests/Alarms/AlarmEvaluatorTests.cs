using Microfactory.Shopfloor.Alarms;
using Microfactory.Shopfloor.Execution;
using Microfactory.Shopfloor.Machines;
using static Microfactory.Shopfloor.Tests.Alarms.AlarmTestData;

namespace Microfactory.Shopfloor.Tests.Alarms;

public sealed class AlarmEvaluatorTests
{
    [Fact]
    public void Evaluate_SameInputsTwice_GivesEqualDecisionsOrderedByKey()
    {
        var observations = Observe(80, [Machine(MachineState.Down, 10, id: "mch_2"), Machine(MachineState.Idle, energy: Steady(5, 65, 80))], [Operation(60, id: "op_b"), Operation(60, id: "op_a")]);

        var first = Decide(observations);
        var second = Decide(observations);

        Assert.Equal(first.Raise, second.Raise);
        Assert.Equal(4, first.Raise.Count);
        Assert.Equal(first.Raise.Select(a => a.Key).Order(StringComparer.Ordinal), first.Raise.Select(a => a.Key));
    }

    [Fact]
    public void Evaluate_EverythingFine_RaisesAndClearsNothing()
    {
        var decision = Decide(Observe(30, [Machine(MachineState.Running, energy: Steady(10, 15, 30))], [Operation(60)]));

        Assert.Empty(decision.Raise);
        Assert.Empty(decision.Clear);
    }

    [Fact]
    public void Evaluate_OpenAlarmFromBeforeItsMachineWentUp_NeverClearsBeforeItWasRaised()
    {
        var open = new Alarm(AlarmKind.MachineDown, "mch_1", null, At(50), AlarmSeverity.Critical, "down");

        var clearance = Decide(Observe(60, [Machine(MachineState.Idle, sinceMinutes: 40)]), [open]).Clear.Single();

        Assert.Equal(At(50), clearance.ClearedAt);
    }

    [Fact]
    public void AlarmKinds_WireNames_RoundTrip()
    {
        foreach (var kind in Enum.GetValues<AlarmKind>())
        {
            Assert.True(AlarmKinds.TryParse(AlarmKinds.Name(kind), out var parsed));
            Assert.Equal(kind, parsed);
        }
        Assert.False(AlarmKinds.TryParse("Machine-Down", out _));
    }

    public static TheoryData<string, AlarmObservations, AlarmSettings> BadInputs => new()
    {
        { "settings.overrunMarginFraction", Observe(0), AlarmSettings.Default with { OverrunMarginFraction = -0.1 } },
        { "settings.energyIntervalMinutes", Observe(0), AlarmSettings.Default with { EnergyIntervalMinutes = double.NaN } },
        { "settings.energyMinimumIntervalMinutes", Observe(0), AlarmSettings.Default with { EnergyMinimumIntervalMinutes = 30 } },
        { "machines", Observe(0, [.. Enumerable.Range(0, AlarmLimits.MaxMachines + 1).Select(i => Machine(MachineState.Idle, id: $"mch_{i}"))]), AlarmSettings.Default },
        { "machines[0].machineId", Observe(0, [Machine(MachineState.Idle, id: new string('m', 100_000))]), AlarmSettings.Default },
        { "machines[0].machineId", Observe(0, [Machine(MachineState.Idle, id: "mch|1")]), AlarmSettings.Default },
        { "machines[1].machineId", Observe(0, [Machine(MachineState.Idle), Machine(MachineState.Idle)]), AlarmSettings.Default },
        { "machines[0].state", Observe(0, [Machine((MachineState)99)]), AlarmSettings.Default },
        { "machines[0].stateSince", Observe(0, [Machine(MachineState.Idle, sinceMinutes: 1)]), AlarmSettings.Default },
        { "machines[0].workingPowerKw", Observe(0, [Machine(MachineState.Idle) with { WorkingPowerKw = double.PositiveInfinity }]), AlarmSettings.Default },
        { "machines[0].energy", Observe(0, [Machine(MachineState.Idle, energy: Steady(2, -20_000, 0))]), AlarmSettings.Default },
        { "machines[0].energy[1].cumulativeKwh", Observe(0, [Machine(MachineState.Idle, energy: [new(At(-2), 1), new(At(-1), -1)])]), AlarmSettings.Default },
        { "machines[0]", Observe(0, [null!]), AlarmSettings.Default },
        { "machines[0].energy", Observe(0, [Machine(MachineState.Idle) with { Energy = null! }]), AlarmSettings.Default },
        { "operations[0].pauses", Observe(0, operations: [Operation(10, startMinutes: -5) with { Pauses = null! }]), AlarmSettings.Default },
        { "operations[0].plannedDurationSeconds", Observe(0, operations: [Operation(0)]), AlarmSettings.Default },
        { "operations[1].operationId", Observe(0, operations: [Operation(10), Operation(10)]), AlarmSettings.Default },
        { "operations[0].actualStart", Observe(0, operations: [Operation(10) with { ActualStart = null }]), AlarmSettings.Default },
        { "operations[0].actualStart", Observe(0, operations: [Operation(10, startMinutes: 5)]), AlarmSettings.Default },
        { "operations[0].pauses", Observe(0, operations: [Operation(10, startMinutes: -5, state: OperationState.Paused)]), AlarmSettings.Default },
        { "operations[0].pauses[0].to", Observe(0, operations: [Operation(10, startMinutes: -5, pauses: [new(At(-2), null)])]), AlarmSettings.Default },
        { "operations[0].pauses[1].to", Observe(0, operations: [Operation(10, startMinutes: -5, state: OperationState.Paused, pauses: [new(At(-4), null), new(At(-2), null)])]), AlarmSettings.Default },
        { "operations[0].pauses[0].to", Observe(0, operations: [Operation(10, startMinutes: -5, pauses: [new(At(-2), At(-3))])]), AlarmSettings.Default },
        { "operations[0].pauses", Observe(0, operations: [Operation(10, startMinutes: -5, pauses: [.. Enumerable.Range(0, AlarmLimits.MaxPausesPerOperation + 1).Select(_ => new OperationPause(At(-4), At(-3)))])]), AlarmSettings.Default },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Evaluate_BadInput_NamesTheFieldAndTheRule(string field, AlarmObservations observations, AlarmSettings settings)
    {
        var evaluation = AlarmEvaluator.Evaluate(observations, [], settings);

        Assert.False(evaluation.IsSuccess);
        Assert.Equal(field, evaluation.Field);
        Assert.StartsWith($"{field}: ", evaluation.Error, StringComparison.Ordinal);
        Assert.True(evaluation.Error.Length < 300, evaluation.Error);
    }

    [Fact]
    public void Evaluate_BadOpenAlarm_NamesIt()
    {
        var open = new Alarm((AlarmKind)9, "mch_1", null, At(0), AlarmSeverity.Warning, "x");

        Assert.Equal("openAlarms[0].kind", AlarmEvaluator.Evaluate(Observe(0), [open]).Field);
    }
}
