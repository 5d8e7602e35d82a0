using Microfactory.Planning.Bounding;
using Microfactory.Planning.Checking;
using Microfactory.Planning.Explaining;
using Microfactory.Planning.Objectives;
using Microfactory.Planning.Promising;
using Microfactory.Planning.Replanning;
using Microfactory.Planning.Solving;

namespace Microfactory.Planning.Tests;

/// <summary>Properties that must hold on any instance, checked over seeded random factories.</summary>
public sealed class RandomFactoryTests
{
    private static readonly Objective Mixed = new()
    {
        Weights = new Dictionary<ObjectiveTerm, double>
        {
            [ObjectiveTerm.Makespan] = 1,
            [ObjectiveTerm.WeightedTardiness] = 0.5,
            [ObjectiveTerm.EnergyCost] = 2,
            [ObjectiveTerm.KgCo2e] = 1,
            [ObjectiveTerm.Stability] = 0.1,
        },
    };

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solve_RandomFactory_FeasibleForMakespanAndMixedObjectives(int seed)
    {
        var instance = RandomFactory.Create(seed);

        var makespan = Solver.Solve(instance, new SolverOptions { MaxIterations = 150, Seed = seed, Threads = 2 });
        var mixed = Solver.Solve(instance, new SolverOptions { MaxIterations = 60, Seed = seed, Objective = Mixed });

        Assert.Empty(FeasibilityChecker.Check(instance, makespan.Schedule));
        Assert.Empty(FeasibilityChecker.Check(instance, mixed.Schedule));
        Assert.Equal(ObjectiveEvaluator.Evaluate(instance, mixed.Schedule), mixed.Breakdown);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Replan_RandomFactory_FrozenWorkStaysAndResultIsFeasible(int seed)
    {
        var instance = RandomFactory.Create(seed);
        var plan = Solver.Solve(instance, new SolverOptions { MaxIterations = 100, Seed = seed }).Schedule;
        var random = new Random(seed);
        var now = random.NextInt64(plan.MakespanTicks + 1);
        var pinned = plan.Assignments.Where(_ => random.Next(6) == 0).Select(a => (a.Job, a.Operation)).ToHashSet();

        var result = Replanner.Replan(new ReplanRequest(instance, plan, now, pinned), new SolverOptions { MaxIterations = 80, Seed = seed, Objective = Mixed });

        Assert.Empty(FeasibilityChecker.Check(instance, result.Schedule));
        foreach (var before in plan.Assignments.Where(a => a.StartTick < now || pinned.Contains((a.Job, a.Operation))))
        {
            Assert.Equal(before, result.Schedule.Find(before.Job, before.Operation));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void PromiseAndExplain_RandomFactory_ConsistentWithTheSchedule(int seed)
    {
        var instance = RandomFactory.Create(seed);
        var plan = Solver.Solve(instance, new SolverOptions { MaxIterations = 100, Seed = seed }).Schedule;
        var newJob = instance.Jobs[0];

        var promise = PromiseQuery.EarliestCompletion(instance, plan, newJob, 7);
        var extended = instance.WithJobs([.. instance.Jobs, newJob with { ReleaseTick = Math.Max(7, newJob.ReleaseTick) }]).Instance!;

        Assert.Empty(FeasibilityChecker.Check(extended, new Model.Schedule([.. plan.Assignments, .. promise.Assignments])));
        for (var j = 0; j < instance.Jobs.Count; j++)
        {
            var explanation = ScheduleExplainer.Explain(instance, plan, j);
            Assert.Equal(plan.Assignments.Where(a => a.Job == j).Max(a => a.EndTick), explanation.CompletionTick);
            Assert.All(explanation.Chain.Zip(explanation.Chain.Skip(1)), p => Assert.Equal(p.First.EndTick, p.Second.StartTick));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void LowerBound_RandomFactory_NeverExceedsAFeasibleMakespan(int seed)
    {
        // Every model feature (setups, zero durations, assembly, releases, windows) must keep the bound valid.
        var instance = RandomFactory.Create(seed);

        var bound = LowerBounds.Makespan(instance);
        var result = Solver.Solve(instance, new SolverOptions { MaxIterations = 3_000, Seed = seed });

        Assert.Empty(FeasibilityChecker.Check(instance, result.Schedule));
        Assert.InRange(bound.Ticks, 0, result.MakespanTicks);
        Assert.Equal(result.ProvenOptimal, result.MakespanTicks == result.LowerBound);
    }
}
