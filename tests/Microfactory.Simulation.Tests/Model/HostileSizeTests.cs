using Microfactory.Simulation.Engine;
using Microfactory.Simulation.Events;
using Microfactory.Simulation.Model;

namespace Microfactory.Simulation.Tests.Model;

/// <summary>Inputs far beyond reason give a clear error quickly, never a hang or an overflow.</summary>
public sealed class HostileSizeTests
{
    private static readonly MachineSpec Machine = new("m1", 1, 5);

    [Fact]
    public void Create_TooManyMachines_IsRefused()
    {
        var machines = Enumerable.Range(0, SimulationLimits.MaxMachines + 1).Select(k => Machine with { Id = $"m{k}" }).ToList();

        Assert.StartsWith("machines: at most 1000", SimulationModel.Create(machines, [], 1).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TooManyOperations_IsRefused()
    {
        var operations = Enumerable.Range(0, SimulationLimits.MaxOperations + 1).Select(i => new OperationSpec($"o{i}", "m1", 1)).ToList();

        Assert.StartsWith("operations: at most 200000", SimulationModel.Create([Machine], operations, 1).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TooManyPartsInThePlan_NamesTheOperationThatCrossesTheLimit()
    {
        var operations = Enumerable.Range(0, 11).Select(i => new OperationSpec($"o{i}", "m1", 1, Quantity: SimulationLimits.MaxQuantity)).ToList();

        var result = SimulationModel.Create([Machine], operations, 1);

        Assert.StartsWith("operations[10].Quantity: the plan would make more than 10000000 parts", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplacePlan_TooManyOperations_IsRefusedAndTheRunGoesOn()
    {
        var simulator = new Simulator(SimulationModel.Create([Machine], [new OperationSpec("A", "m1", 10)], 1).Model!, new EventCollector());
        var operations = Enumerable.Range(0, SimulationLimits.MaxOperations + 1).Select(i => new OperationSpec($"o{i}", "m1", 1)).ToList();

        var result = simulator.ReplacePlan(operations);
        simulator.RunUntil(100);

        Assert.StartsWith("operations: at most 200000", result.Error, StringComparison.Ordinal);
        Assert.Equal(OperationPhase.Finished, simulator.FindOperation("A")!.Phase);
    }

    [Fact]
    public void Create_LongestAllowedChain_IsCheckedWithoutRecursion()
    {
        // 200,000 operations in one precedence chain, listed backwards on one machine: a deadlock found iteratively.
        var operations = Enumerable.Range(0, SimulationLimits.MaxOperations)
            .Select(i => new OperationSpec($"o{i}", "m1", 1, Predecessors: i + 1 < SimulationLimits.MaxOperations ? [$"o{i + 1}"] : null))
            .ToList();

        var result = SimulationModel.Create([Machine], operations, 1);

        Assert.StartsWith("operations[0].Predecessors: 'o0' can never start", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RunUntil_BeyondTheLimit_IsRefused()
    {
        var simulator = new Simulator(SimulationModel.Create([Machine], [], 1).Model!, new EventCollector());

        var result = simulator.RunUntil(long.MaxValue);

        Assert.StartsWith("tick: must be between the current tick 0 and", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, simulator.Now);
    }

    [Fact]
    public void RunUntil_ExtremeButAllowedFigures_StaysBoundedAndFinite()
    {
        // Shortest MTBF, largest CV, largest power, longest part: a lot of randomness, yet a finite number of events and finite meters.
        var machine = new MachineSpec("m1", SimulationLimits.MaxKw, SimulationLimits.MaxKw, ScrapRate: 1, DurationCv: SimulationLimits.MaxCoefficientOfVariation,
            TimeBetweenFailures: Distribution.Exponential(SimulationLimits.MinMtbfSeconds), TimeToRepair: Distribution.LogNormal(1, SimulationLimits.MaxCoefficientOfVariation));
        var model = SimulationModel.Create([machine], [new OperationSpec("A", "m1", SimulationLimits.MaxDurationTicks, Quantity: 3)], 1, meterIntervalTicks: 3600).Model!;
        var collector = new EventCollector();

        var result = new Simulator(model, collector).RunUntil(90L * 24 * 3600);

        Assert.True(result.IsSuccess);
        Assert.InRange(collector.Events.Count, 1, 2_000_000);
        Assert.All(collector.Events.OfType<EnergyMetered>(), e => Assert.True(double.IsFinite(e.MeterKwh)));
    }
}
