using Microfactory.Simulation.Engine;
using Microfactory.Simulation.Events;
using Microfactory.Simulation.Model;

namespace Microfactory.Simulation.Tests.Model;

/// <summary>Every rule of the model gives a message that starts with the bad field's path.</summary>
public sealed class ModelValidationTests
{
    private static readonly MachineSpec Machine = new("m1", 1, 5);
    private static readonly OperationSpec Operation = new("A", "m1", 10);

    public static TheoryData<string, MachineSpec> BadMachines => new()
    {
        { "machines[0].Id: must not be empty", Machine with { Id = " " } },
        { "machines[0].IdleKw", Machine with { IdleKw = -1 } },
        { "machines[0].WorkingKw", Machine with { WorkingKw = double.NaN } },
        { "machines[0].WorkingKw", Machine with { WorkingKw = double.PositiveInfinity } },
        { "machines[0].ScrapRate", Machine with { ScrapRate = 1.5 } },
        { "machines[0].DurationCv", Machine with { DurationCv = -0.1 } },
        { "machines[0].SetupSeconds", Machine with { SetupSeconds = -5 } },
        { "machines[0].TimeToRepair: required", Machine with { TimeBetweenFailures = Distribution.Exponential(1000) } },
        { "machines[0].TimeToRepair: only allowed", Machine with { TimeToRepair = Distribution.Exponential(1000) } },
        { "machines[0].TimeBetweenFailures.MeanSeconds", Machine.WithFailures(0.001, 10) },
        { "machines[0].TimeBetweenFailures.MeanSeconds", Machine.WithFailures(1e300, 10) },
        { "machines[0].TimeBetweenFailures.MeanSeconds", Machine.WithFailures(double.NaN, 10) },
        { "machines[0].TimeToRepair.MeanSeconds", Machine.WithFailures(1000, 0) },
        { "machines[0].TimeToRepair.CoefficientOfVariation", Machine with { TimeBetweenFailures = Distribution.Exponential(1000), TimeToRepair = Distribution.LogNormal(10, 50) } },
        { "machines[0].TimeToRepair.Kind", Machine with { TimeBetweenFailures = Distribution.Exponential(1000), TimeToRepair = new Distribution((DistributionKind)9, 10) } },
    };

    public static TheoryData<string, OperationSpec> BadOperations => new()
    {
        { "operations[1].Id: must not be empty", Operation with { Id = "" } },
        { "operations[1].Id: at most 128", Operation with { Id = new string('x', 129) } },
        { "operations[1].Id: 'A' is used by an earlier operation", Operation },
        { "operations[1].MachineId: 'm2' is not a machine", Operation with { Id = "B", MachineId = "m2" } },
        { "operations[1].RunTicksPerPart", Operation with { Id = "B", RunTicksPerPart = 0 } },
        { "operations[1].RunTicksPerPart", Operation with { Id = "B", RunTicksPerPart = SimulationLimits.MaxDurationTicks + 1 } },
        { "operations[1].Quantity", Operation with { Id = "B", Quantity = 0 } },
        { "operations[1].Quantity", Operation with { Id = "B", Quantity = int.MaxValue } },
        { "operations[1].EarliestStartTick", Operation with { Id = "B", EarliestStartTick = -1 } },
        { "operations[1].EarliestStartTick", Operation with { Id = "B", EarliestStartTick = long.MaxValue } },
        { "operations[1].SetupTicks", Operation with { Id = "B", SetupTicks = -1 } },
        { "operations[1].Predecessors[0]: 'Z' is not an operation", Operation with { Id = "B", Predecessors = ["Z"] } },
        { "operations[1].Predecessors[0]: an operation cannot precede itself", Operation with { Id = "B", Predecessors = ["B"] } },
        { "operations[1].Predecessors[1]: 'A' is listed twice", Operation with { Id = "B", Predecessors = ["A", "A"] } },
        { "operations[1].Predecessors: at most", Operation with { Id = "B", Predecessors = [.. Enumerable.Range(0, 300).Select(i => $"p{i}")] } },
    };

    [Theory]
    [MemberData(nameof(BadMachines))]
    public void Create_BadMachine_NamesTheField(string expected, MachineSpec machine)
    {
        var result = SimulationModel.Create([machine], [Operation], 1);

        Assert.False(result.IsSuccess);
        Assert.StartsWith(expected, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadOperations))]
    public void Create_BadOperation_NamesTheField(string expected, OperationSpec operation)
    {
        var result = SimulationModel.Create([Machine], [Operation, operation], 1);

        Assert.False(result.IsSuccess);
        Assert.StartsWith(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DuplicateMachineId_NamesTheSecond()
    {
        var result = SimulationModel.Create([Machine, Machine], [], 1);

        Assert.Equal("machines[1].Id: 'm1' is used by an earlier machine", result.Error);
    }

    [Fact]
    public void Create_NoMachines_IsRefused()
    {
        Assert.Equal("machines: at least one machine is required", SimulationModel.Create([], [], 1).Error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    [InlineData(long.MaxValue)]
    public void Create_BadMeterInterval_NamesTheField(long interval)
    {
        var result = SimulationModel.Create([Machine], [], 1, interval);

        Assert.StartsWith("meterIntervalTicks:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MachineOrderAgainstPrecedence_IsADeadlockNamingAnOperation()
    {
        // m1 runs A before B, m2 runs C before D; A needs D and C needs B: nothing can ever start.
        var result = SimulationModel.Create(
            [Machine, Machine with { Id = "m2" }],
            [
                new OperationSpec("A", "m1", 1, Predecessors: ["D"]),
                new OperationSpec("B", "m1", 1),
                new OperationSpec("C", "m2", 1, Predecessors: ["B"]),
                new OperationSpec("D", "m2", 1),
            ],
            1);

        Assert.StartsWith("operations[0].Predecessors: 'A' can never start", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ValidModel_KeepsItsOwnCopyOfTheLists()
    {
        var operations = new List<OperationSpec> { Operation };
        var model = SimulationModel.Create([Machine], operations, 1).Model!;

        operations.Clear();

        Assert.Single(model.Operations);
    }

    [Fact]
    public void Create_PredecessorListChangedAfterwards_DoesNotChangeTheModel()
    {
        var predecessors = new List<string> { "A" };
        var model = SimulationModel.Create([Machine], [Operation, new OperationSpec("B", "m1", 10, Predecessors: predecessors)], 1).Model!;

        predecessors[0] = "nope";

        Assert.Equal(["A"], model.Operations[1].Predecessors!);
        Assert.Single(Simulator.Collect(model, 100).OfType<OperationFinished>(), e => e.OperationId == "B");
    }
}
