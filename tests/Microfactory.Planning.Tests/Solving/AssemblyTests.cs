using Microfactory.Planning.Checking;
using Microfactory.Planning.Explaining;
using Microfactory.Planning.Model;
using Microfactory.Planning.Promising;
using Microfactory.Planning.Solving;

namespace Microfactory.Planning.Tests.Solving;

public sealed class AssemblyTests
{
    // Two parts made in parallel on machines 0 and 1, then assembled on machine 2.
    private static readonly Job Assembly = new(
    [
        new Operation([new MachineOption(0, 5)], []),
        new Operation([new MachineOption(1, 7)], []),
        new Operation([new MachineOption(2, 3)], [0, 1]),
    ]);

    [Fact]
    public void Solve_AssemblyJob_PartsRunInParallelAndAssemblyWaitsForBoth()
    {
        var instance = TestInstances.Create([Assembly], 3);

        var result = Solver.Solve(instance, new SolverOptions { MaxIterations = 50 });

        // 7 for the slower part, then 3 for the assembly.
        Assert.Equal(10, result.MakespanTicks);
        Assert.Equal(0, result.Schedule.Find(0, 0)!.StartTick);
        Assert.Equal(0, result.Schedule.Find(0, 1)!.StartTick);
        Assert.Empty(FeasibilityChecker.Check(instance, result.Schedule));
    }

    [Fact]
    public void Check_AssemblyBeforeOnePart_Reported()
    {
        var instance = TestInstances.Create([Assembly], 3);
        var schedule = new Schedule([new(0, 0, 0, 0, 5), new(0, 1, 1, 0, 7), new(0, 2, 2, 5, 8)]);

        Assert.Contains(FeasibilityChecker.Check(instance, schedule), p => p.Contains("before operation 1 ends at 7", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_PredecessorNotEarlier_FailsNamingTheField()
    {
        var job = new Job([new Operation([new MachineOption(0, 1)], [1]), new Operation([new MachineOption(0, 1)])]);

        var result = Instance.Create("bad", [job], [Machine.Plain(0)]);

        Assert.False(result.IsSuccess);
        Assert.Contains("jobs[0].Operations[0].Predecessors", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainAndPromise_AssemblyJob_FollowTheSlowerPart()
    {
        var instance = TestInstances.Create([Assembly], 3);
        var schedule = new Schedule([new(0, 0, 0, 0, 5), new(0, 1, 1, 0, 7), new(0, 2, 2, 7, 10)]);

        var explanation = ScheduleExplainer.Explain(instance, schedule, 0);
        var promise = PromiseQuery.EarliestCompletion(instance, schedule, Assembly, 0);

        Assert.Equal([1, 2], explanation.Chain.Select(l => l.Operation));
        // Around the committed copy: parts at [5,10) and [7,14), assembly at [14,17).
        Assert.Equal(17, promise.CompletionTick);
    }
}
