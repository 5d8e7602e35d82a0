using Microfactory.Planning.Objectives;
using Microfactory.Planning.Promising;
using Microfactory.Planning.Solving;

namespace Microfactory.Planning.Tests.Promising;

/// <summary>Properties of goal quotes over seeded random factories (<see cref="RandomFactory"/>).</summary>
public sealed class PromiseQuotesRandomTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Quotes_RandomFactory_FeasibleByTheDeadlineAndNeverWorseThanTheEarliestPlacement(int seed)
    {
        var instance = RandomFactory.Create(seed);
        var plan = Solver.Solve(instance, new SolverOptions { MaxIterations = 100, Seed = seed }).Schedule;
        var random = new Random(seed);
        var job = instance.Jobs[random.Next(instance.Jobs.Count)];
        var now = random.Next(20);
        var earliest = PromiseQuery.EarliestCompletion(instance, plan, job, now);
        var deadline = earliest.CompletionTick + random.Next(60);

        var quotes = PromiseQuery.Quotes(instance, plan, job, now, deadline);

        Assert.All(quotes, q => Assert.True(q.IsAvailable, q.Reason));
        PromiseGoalTests.AssertFeasible(instance, plan, job, quotes, now);
        var (_, earliestCost, earliestCo2) = Totals(instance, earliest);
        var fastest = quotes[0].Plan!;
        var cheapest = quotes[1].Plan!;
        var greenest = quotes[2].Plan!;
        Assert.True(fastest.CompletionTick <= earliest.CompletionTick);
        // Figures within 1e-9 (relative) are equal to the quotes, which then prefer the earlier completion.
        Assert.True(AtMost((double)cheapest.EnergyCost, (double)earliestCost) && AtMost((double)cheapest.EnergyCost, (double)fastest.EnergyCost) && AtMost((double)cheapest.EnergyCost, (double)greenest.EnergyCost));
        Assert.True(AtMost(greenest.KgCo2e, earliestCo2) && AtMost(greenest.KgCo2e, fastest.KgCo2e) && AtMost(greenest.KgCo2e, cheapest.KgCo2e));
        Assert.True(fastest.CompletionTick <= cheapest.CompletionTick && fastest.CompletionTick <= greenest.CompletionTick);
        Assert.All(quotes, q => Assert.Equal(q.Plan!.Operations.Sum(o => o.EnergyCost), q.Plan.EnergyCost));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Quotes_RandomFactoryDeadlineOneTickEarly_NoneAvailable(int seed)
    {
        var instance = RandomFactory.Create(seed);
        var plan = Solver.Solve(instance, new SolverOptions { MaxIterations = 50, Seed = seed }).Schedule;
        var job = instance.Jobs[0];
        var earliest = PromiseQuery.Quote(instance, plan, job, 5, long.MaxValue, PromiseGoal.EarliestCompletion);

        var quotes = PromiseQuery.Quotes(instance, plan, job, 5, earliest.EarliestCompletionTick - 1);

        Assert.True(earliest.IsAvailable);
        Assert.All(quotes, q => Assert.False(q.IsAvailable));
        Assert.All(quotes, q => Assert.Equal(earliest.EarliestCompletionTick, q.EarliestCompletionTick));
    }

    private static bool AtMost(double value, double bound) => value <= bound + (1e-9 * Math.Max(1, Math.Abs(bound)));

    private static (double Kwh, decimal Cost, double Co2) Totals(Model.Instance instance, PromiseResult result) =>
        result.Assignments.Select(a => EnergyIntegral.Of(instance.Energy, instance.Machines[a.Machine].PowerKw, a.StartTick, a.EndTick))
            .Aggregate((0.0, 0m, 0.0), (s, e) => (s.Item1 + e.Kwh, s.Item2 + e.Cost, s.Item3 + e.KgCo2e));
}
