using Microfactory.Planning.Checking;
using Microfactory.Planning.Objectives;
using Microfactory.Planning.Replanning;
using Microfactory.Planning.Solving;
using Microfactory.Planning.Timing;

namespace Microfactory.Planning.Tests.Timing;

/// <summary>Properties of energy-aware timing over seeded random factories (<see cref="RandomFactory"/>).</summary>
public sealed class EnergyTimingRandomTests
{
    public static TheoryData<int, EnergyMetric> Cases()
    {
        var cases = new TheoryData<int, EnergyMetric>();
        for (var seed = 1; seed <= 60; seed++)
        {
            cases.Add(seed, seed % 2 == 0 ? EnergyMetric.Cost : EnergyMetric.KgCo2e);
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Improve_RandomFactory_FeasibleFrozenKeptAndNoTermWorse(int seed, EnergyMetric metric)
    {
        var instance = RandomFactory.Create(seed);
        var plan = Solver.Solve(instance, new SolverOptions { MaxIterations = 100, Seed = seed }).Schedule;
        var random = new Random(seed);
        var now = random.NextInt64(plan.MakespanTicks / 2 + 1);
        var pinned = plan.Assignments.Where(a => a.StartTick >= now && random.Next(6) == 0).Select(a => (a.Job, a.Operation)).ToHashSet();
        var request = new ReplanRequest(instance, plan, now, pinned);

        var result = EnergyTiming.Improve(request, new EnergyTimingOptions { Metric = metric });
        var again = EnergyTiming.Improve(request, new EnergyTimingOptions { Metric = metric });

        Assert.Empty(FeasibilityChecker.Check(instance, result.Schedule));
        Assert.Equal(result.Schedule.Assignments, again.Schedule.Assignments);
        var term = metric == EnergyMetric.Cost ? ObjectiveTerm.EnergyCost : ObjectiveTerm.KgCo2e;
        Assert.True(result.After.Value(term) <= result.Before.Value(term));
        Assert.True(result.After.WeightedTardiness <= result.Before.WeightedTardiness);
        Assert.True(result.After.MakespanTicks <= result.Before.MakespanTicks);
        Assert.Equal(ObjectiveEvaluator.Evaluate(instance, result.Schedule, plan), result.After);
        foreach (var (before, after) in plan.Assignments.Zip(result.Schedule.Assignments))
        {
            Assert.Equal((before.Job, before.Operation, before.Machine), (after.Job, after.Operation, after.Machine));
            if (before.StartTick < now || pinned.Contains((before.Job, before.Operation)))
            {
                Assert.Equal(before, after);
            }
            else
            {
                Assert.True(after.StartTick >= now);
            }
            if (instance.Jobs[after.Job].DueTick is { } due)
            {
                var completionBefore = plan.Assignments.Where(a => a.Job == after.Job).Max(a => a.EndTick);
                Assert.True(after.EndTick <= Math.Max(due, completionBefore));
            }
        }
    }

    [Fact]
    public void Improve_RandomFactories_SomeImproveStrictly()
    {
        var improved = 0;
        for (var seed = 1; seed <= 60; seed++)
        {
            var instance = RandomFactory.Create(seed);
            var plan = Solver.Solve(instance, new SolverOptions { MaxIterations = 100, Seed = seed }).Schedule;
            var result = EnergyTiming.Improve(new ReplanRequest(instance, plan, 0, new HashSet<(int, int)>()));
            improved += result.After.EnergyCost < result.Before.EnergyCost ? 1 : 0;
        }

        Assert.True(improved >= 10, $"{improved} of 60 improved");
    }
}
