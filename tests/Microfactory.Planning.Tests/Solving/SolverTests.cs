using Microfactory.Planning.Checking;
using Microfactory.Planning.Model;
using Microfactory.Planning.Solving;

namespace Microfactory.Planning.Tests.Solving;

public sealed class SolverTests
{
    private static readonly SolverOptions Short = new() { TimeLimit = TimeSpan.FromMinutes(1), MaxIterations = 300, Seed = 1 };

    public static TheoryData<string> ShippedInstances() => [.. TestInstances.AllFiles()];

    [Theory]
    [MemberData(nameof(ShippedInstances))]
    public void Solve_ShippedInstance_GivesFeasibleSchedule(string file)
    {
        var instance = TestInstances.Load(file);

        var result = Solver.Solve(instance, Short);

        Assert.Empty(FeasibilityChecker.Check(instance, result.Schedule));
        Assert.Equal(result.Schedule.MakespanTicks, result.Breakdown.MakespanTicks);
        Assert.True(result.MakespanTicks >= result.LowerBound);
    }

    [Fact]
    public void Solve_SameSeedTwoThreads_GivesIdenticalSchedules()
    {
        var instance = TestInstances.Load(Path.Combine("fjsp", "brandimarte", "mk06.fjs"));
        var options = new SolverOptions { TimeLimit = TimeSpan.FromMinutes(2), MaxIterations = 3_000, Seed = 42, Threads = 2 };

        var first = Solver.Solve(instance, options);
        var second = Solver.Solve(instance, options);

        Assert.Equal(first.MakespanTicks, second.MakespanTicks);
        Assert.Equal(first.Thread, second.Thread);
        Assert.Equal(first.Schedule.Assignments, second.Schedule.Assignments);
    }

    [Fact]
    public void Solve_Ft06_ReachesTheOptimum()
    {
        var instance = TestInstances.Load(Path.Combine("jssp", "ft06.txt"));

        var result = Solver.Solve(instance, new SolverOptions { TimeLimit = TimeSpan.FromMinutes(1), MaxIterations = 20_000, Seed = 3 });

        Assert.Equal(55, result.MakespanTicks);
    }

    [Fact]
    public void Solve_AlreadyCancelled_ReturnsFeasibleConstructiveSchedule()
    {
        var instance = TestInstances.Load(Path.Combine("fjsp", "brandimarte", "mk10.fjs"));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var result = Solver.Solve(instance, new SolverOptions { TimeLimit = TimeSpan.FromHours(1), Threads = 2 }, null, cancellation.Token);

        Assert.True(FeasibilityChecker.IsFeasible(instance, result.Schedule));
        Assert.True(result.Iterations < 100);
    }

    [Fact]
    public void Solve_CancelledOnFirstImprovement_StopsAndReturnsBest()
    {
        var instance = TestInstances.Load(Path.Combine("fjsp", "brandimarte", "mk10.fjs"));
        using var cancellation = new CancellationTokenSource();
        var reports = new List<SolverProgress>();
        var progress = new SynchronousProgress(p =>
        {
            reports.Add(p);
            if (reports.Count == 2)
            {
                cancellation.Cancel();
            }
        });

        var result = Solver.Solve(instance, new SolverOptions { TimeLimit = TimeSpan.FromHours(1) }, progress, cancellation.Token);

        Assert.True(FeasibilityChecker.IsFeasible(instance, result.Schedule));
        Assert.True(reports.Count >= 2);
        Assert.Equal(reports.Min(r => r.MakespanTicks), result.MakespanTicks);
        Assert.True(reports.Zip(reports.Skip(1)).All(pair => pair.Second.Objective < pair.First.Objective));
    }

    [Fact]
    public void Solve_MachineUnavailability_NoOperationOverlapsAWindow()
    {
        var windows = new[] { new TimeWindow(3, 10), new TimeWindow(15, 18) };
        var machines = new[] { new Machine("a", 1, windows), new Machine("b", 1, [new TimeWindow(0, 4)]) };
        var flexible = new Operation([new MachineOption(0, 4), new MachineOption(1, 5)]);
        var jobs = new[]
        {
            new Job([flexible, flexible, flexible], ReleaseTick: 1),
            new Job([flexible, flexible]),
            new Job([flexible]),
        };
        var instance = TestInstances.Create(jobs, machines);

        var result = Solver.Solve(instance, new SolverOptions { MaxIterations = 500, Seed = 5 });

        Assert.Empty(FeasibilityChecker.Check(instance, result.Schedule));
    }

    private sealed class SynchronousProgress(Action<SolverProgress> report) : IProgress<SolverProgress>
    {
        public void Report(SolverProgress value) => report(value);
    }
}
