using Microfactory.Simulation.Engine;
using Microfactory.Simulation.Events;
using Microfactory.Simulation.Model;

namespace Microfactory.Simulation.Tests.Engine;

/// <summary>A new plan version mid-run: pending operations change, running ones carry on.</summary>
public sealed class ReplanTests
{
    private static readonly MachineSpec[] Machines = [new("m1", 0, 1), new("m2", 0, 1)];

    [Fact]
    public void ReplacePlan_MidRun_LeavesTheRunningOperationAndRunsTheNewOrder()
    {
        var model = TestModels.Build(Machines, [new OperationSpec("A", "m1", 100), new OperationSpec("B", "m1", 10), new OperationSpec("C", "m1", 10)]);
        var collector = new EventCollector();
        var simulator = new Simulator(model, collector);
        simulator.RunUntil(50);

        // A is listed with another duration (ignored: it started); B is dropped; C is shorter; D is new and goes first.
        var result = simulator.ReplacePlan([new OperationSpec("A", "m1", 5), new OperationSpec("D", "m1", 20), new OperationSpec("C", "m1", 4)]);
        simulator.RunUntil(1000);

        Assert.True(result.IsSuccess, result.Error);
        var events = collector.Events;
        Assert.Equal(100, ExactRunTests.Finished(events, "A"));
        Assert.Equal(120, ExactRunTests.Finished(events, "D"));
        Assert.Equal(124, ExactRunTests.Finished(events, "C"));
        Assert.DoesNotContain(events.OfType<OperationStarted>(), e => e.OperationId == "B");
        Assert.Null(simulator.FindOperation("B"));
        Assert.Equal(OperationPhase.Finished, simulator.FindOperation("C")!.Phase);
    }

    [Fact]
    public void ReplacePlan_NewOperationAfterAFinishedOne_MayNameItAsPredecessor()
    {
        var model = TestModels.Build(Machines, [new OperationSpec("A", "m1", 10), new OperationSpec("B", "m1", 100, Predecessors: ["A"])]);
        var collector = new EventCollector();
        var simulator = new Simulator(model, collector);
        simulator.RunUntil(30);

        // The new plan no longer lists A or B, yet may depend on both (B is running on m1 until 110).
        var result = simulator.ReplacePlan([new OperationSpec("E", "m2", 5, Predecessors: ["A", "B"])]);
        simulator.RunUntil(1000);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(110, ExactRunTests.Started(collector.Events, "E"));
        Assert.Equal(115, ExactRunTests.Finished(collector.Events, "E"));
    }

    [Fact]
    public void ReplacePlan_EarlierEarliestStart_StartsTheWaitingOperationNow()
    {
        var model = TestModels.Build(Machines, [new OperationSpec("A", "m1", 10, EarliestStartTick: 500)]);
        var collector = new EventCollector();
        var simulator = new Simulator(model, collector);
        simulator.RunUntil(100);

        simulator.ReplacePlan([new OperationSpec("A", "m1", 10, EarliestStartTick: 0)]);
        simulator.RunUntil(1000);

        Assert.Equal(100, ExactRunTests.Started(collector.Events, "A"));
        Assert.Single(collector.Events.OfType<OperationStarted>());
    }

    [Theory]
    [InlineData("X", "operations[0].MachineId")]
    [InlineData("cycle", "operations[0].Predecessors: 'C' can never start")]
    [InlineData("unknown", "operations[0].Predecessors[0]")]
    public void ReplacePlan_BadPlan_IsRefusedNamingTheFieldAndChangesNothing(string kind, string field)
    {
        var model = TestModels.Build(Machines, [new OperationSpec("A", "m1", 100), new OperationSpec("B", "m1", 10)]);
        var expected = Simulator.Collect(model, 1000);
        var collector = new EventCollector();
        var simulator = new Simulator(model, collector);
        simulator.RunUntil(50);
        IReadOnlyList<OperationSpec> plan = kind switch
        {
            "X" => [new OperationSpec("B", "X", 10)],
            // On m2, C comes before D but needs D: a deadlock.
            "cycle" => [new OperationSpec("C", "m2", 10, Predecessors: ["D"]), new OperationSpec("D", "m2", 10)],
            _ => [new OperationSpec("B", "m1", 10, Predecessors: ["nope"])],
        };

        var result = simulator.ReplacePlan(plan);
        simulator.RunUntil(1000);

        Assert.False(result.IsSuccess);
        Assert.StartsWith(field, result.Error, StringComparison.Ordinal);
        Assert.Equal(expected, collector.Events);
    }
}
