using Microfactory.Planning.Checking;
using Microfactory.Planning.Model;
using Microfactory.Planning.Promising;
using Microfactory.Planning.Solving;

namespace Microfactory.Planning.Tests.Promising;

public sealed class PromiseQueryTests
{
    [Fact]
    public void EarliestCompletion_GapLargeEnough_UsesTheGap()
    {
        var instance = TestInstances.Create([TestInstances.Chain((0, 10)), TestInstances.Chain((0, 15))], 2);
        var committed = new Schedule([new(0, 0, 0, 0, 10), new(1, 0, 0, 15, 30)]);

        var fits = PromiseQuery.EarliestCompletion(instance, committed, TestInstances.Chain((0, 5)), 0);
        var tooLong = PromiseQuery.EarliestCompletion(instance, committed, TestInstances.Chain((0, 6)), 0);

        Assert.Equal(15, fits.CompletionTick);
        Assert.Equal(10, fits.Assignments[0].StartTick);
        Assert.Equal(36, tooLong.CompletionTick);
    }

    [Fact]
    public void EarliestCompletion_FlexibleChain_PicksEarliestFinishPerStepAndRespectsNowAndWindows()
    {
        var machines = new[] { new Machine("a", 0, [new TimeWindow(20, 40)]), new Machine("b", 0, []) };
        var instance = TestInstances.Create([TestInstances.Chain((1, 30))], machines);
        var committed = new Schedule([new(0, 0, 1, 0, 30)]);
        var flexible = new Operation([new MachineOption(0, 8), new MachineOption(1, 4)]);
        var job = new Job([flexible, flexible]);

        var result = PromiseQuery.EarliestCompletion(instance, committed, job, 5);

        // Step 1: machine a [5,13) beats b [30,34). Step 2: a [13,21) hits the window, so a [40,48); b [30,34) wins.
        Assert.Equal([(0, 5L, 13L), (1, 30L, 34L)], result.Assignments.Select(a => (a.Machine, a.StartTick, a.EndTick)));
        Assert.Equal(34, result.CompletionTick);
    }

    [Fact]
    public void EarliestCompletion_OnSolvedBenchmark_AddedJobKeepsScheduleFeasible()
    {
        var instance = TestInstances.Load(Path.Combine("fjsp", "brandimarte", "mk05.fjs"));
        var plan = Solver.Solve(instance, new SolverOptions { MaxIterations = 300 }).Schedule;
        var newJob = instance.Jobs[3];

        var result = PromiseQuery.EarliestCompletion(instance, plan, newJob, 50);

        var extended = instance.WithJobs([.. instance.Jobs, newJob with { ReleaseTick = 50 }]).Instance!;
        Assert.Empty(FeasibilityChecker.Check(extended, new Schedule([.. plan.Assignments, .. result.Assignments])));
        Assert.Equal(result.Assignments[^1].EndTick, result.CompletionTick);
    }
}
