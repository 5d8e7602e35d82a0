using Microfactory.Planning.Bounding;
using Microfactory.Planning.Model;
using Microfactory.Planning.Objectives;
using Microfactory.Planning.Solving;

namespace Microfactory.Planning.Tests.Solving;

/// <summary>The makespan search stops when its best meets the lower bound, and only then claims optimality.</summary>
public sealed class LowerBoundStopTests
{
    private const long Cap = 2_000_000;

    /// <summary>
    /// Machine 0 carries 8 ticks and machine 1 12, each job 10, so the simple bounds say 12; but
    /// machine 0 can start no earlier than tick 3 and 3 ticks follow its work: 3 + 8 + 3 = 14, and
    /// job 0 on M1 0-3, M0 3-7, M1 7-10 with job 1 on M1 3-6, M0 7-11, M1 11-14 attains it.
    /// </summary>
    private static Instance Bottleneck() =>
        TestInstances.Create([TestInstances.Chain((1, 3), (0, 4), (1, 3)), TestInstances.Chain((1, 3), (0, 4), (1, 3))], 2);

    [Fact]
    public void Solve_HandInstanceWithTightOneMachineBound_StopsLongBeforeTheIterationCap()
    {
        var result = Solver.Solve(Bottleneck(), new SolverOptions { TimeLimit = TimeSpan.FromHours(1), MaxIterations = Cap, Seed = 1 });

        Assert.True(result.ProvenOptimal);
        Assert.Equal(14, result.MakespanTicks);
        Assert.Equal(14, result.LowerBound);
        Assert.Equal(BoundKind.OneMachine, result.Bound.Kind);
        Assert.True(result.Iterations < Cap, $"{result.Iterations} iterations");
    }

    [Fact]
    public void Solve_Ft06_StopsWhenPropagationProvesTheOptimum()
    {
        var instance = TestInstances.Load(Path.Combine("jssp", "ft06.txt"));
        var reports = new List<SolverProgress>();

        var result = Solver.Solve(instance, new SolverOptions { TimeLimit = TimeSpan.FromHours(1), MaxIterations = Cap, Seed = 3 }, new SynchronousProgress(reports.Add));

        Assert.True(result.ProvenOptimal);
        Assert.Equal(55, result.MakespanTicks);
        Assert.Equal(BoundKind.Propagation, result.Bound.Kind);
        Assert.True(result.Iterations < Cap, $"{result.Iterations} iterations");
        Assert.True(reports[^1].ProvenOptimal);
        Assert.Equal(55, reports[^1].MakespanTicks);
        Assert.All(reports.SkipLast(1), r => Assert.False(r.ProvenOptimal));
    }

    [Fact]
    public void Solve_TwoThreadsStoppingAtTheBound_GiveTheSameScheduleEveryRun()
    {
        var instance = TestInstances.Load(Path.Combine("fjsp", "brandimarte", "mk01.fjs"));
        var options = new SolverOptions { TimeLimit = TimeSpan.FromHours(1), MaxIterations = Cap, Seed = 7, Threads = 2 };

        var runs = Enumerable.Range(0, 3).Select(_ => Solver.Solve(instance, options)).ToList();

        Assert.All(runs, r => Assert.True(r.ProvenOptimal));
        Assert.All(runs, r => Assert.Equal(40, r.MakespanTicks));
        Assert.All(runs, r => Assert.Equal(runs[0].Thread, r.Thread));
        Assert.All(runs, r => Assert.Equal(runs[0].Schedule.Assignments, r.Schedule.Assignments));
    }

    [Fact]
    public void Solve_ObjectiveWithMoreThanMakespan_NeverStopsAtTheMakespanBound()
    {
        var instance = Bottleneck();
        var objective = new Objective { Weights = new Dictionary<ObjectiveTerm, double> { [ObjectiveTerm.Makespan] = 1, [ObjectiveTerm.EnergyCost] = 1 } };

        var result = Solver.Solve(instance, new SolverOptions { MaxIterations = 500, Seed = 1, Objective = objective });

        // The makespan is optimal (the machines draw no power, so energy costs nothing), yet
        // with another term in the objective reaching the makespan bound proves nothing.
        Assert.Equal(14, result.MakespanTicks);
        Assert.False(result.ProvenOptimal);
        Assert.Equal(500, result.Iterations);
    }

    [Fact]
    public void Solve_BoundNotReached_RunsToTheIterationCap()
    {
        // la04: the bound (585) is below the optimum (590), so nothing proves optimality.
        var instance = TestInstances.Load(Path.Combine("jssp", "la04.txt"));

        var result = Solver.Solve(instance, new SolverOptions { TimeLimit = TimeSpan.FromHours(1), MaxIterations = 20_000, Seed = 1 });

        Assert.False(result.ProvenOptimal);
        Assert.True(result.MakespanTicks > result.LowerBound);
        Assert.Equal(20_000, result.Iterations);
    }

    private sealed class SynchronousProgress(Action<SolverProgress> report) : IProgress<SolverProgress>
    {
        public void Report(SolverProgress value) => report(value);
    }
}
