using Microfactory.Planning.Checking;
using Microfactory.Planning.Model;
using Microfactory.Planning.Promising;

namespace Microfactory.Planning.Tests.Promising;

/// <summary>
/// Hand-computed quotes. All profiles use 10 ticks per hour, so a 10 kW machine draws exactly
/// 1 kWh per tick and a block's figure is Σ over its ticks of the hour's rate.
/// </summary>
public sealed class PromiseGoalTests
{
    private static readonly IReadOnlyList<decimal> FlatPrice = [0.20m];

    [Fact]
    public void Quotes_GreenerHoursBeforeDeadline_GreenestCompletesLaterWithLessCo2()
    {
        // Hours 0..3 emit 0.5, 0.4, 0.1, 0.3 kg/kWh; committed work holds M0 over [0,5).
        var energy = new EnergyProfile(10, FlatPrice, [0.5, 0.4, 0.1, 0.3]);
        var instance = TestInstances.Create([TestInstances.Chain((0, 5))], [new Machine("M0", 10, [])], energy);
        var committed = new Schedule([new(0, 0, 0, 0, 5)]);
        var job = TestInstances.Chain((0, 5), (0, 5));

        var quotes = PromiseQuery.Quotes(instance, committed, job, 0, 40);

        // Fastest: A [5,10) in hour 0 = 5 kWh × 0.5 = 2.5 kg; B [10,15) in hour 1 = 5 × 0.4 = 2.0 kg; 4.5 kg, done at 15.
        var fastest = Plan(quotes, PromiseGoal.EarliestCompletion);
        Assert.Equal([(5L, 10L), (10L, 15L)], Spans(fastest));
        Assert.Equal(15, fastest.CompletionTick);
        Assert.Equal(4.5, fastest.KgCo2e, 9);
        // Greenest: both inside hour 2, A [20,25), B [25,30) = 10 kWh × 0.1 = 1.0 kg, done at 30 ≤ 40.
        var greenest = Plan(quotes, PromiseGoal.LeastKgCo2e);
        Assert.Equal([(20L, 25L), (25L, 30L)], Spans(greenest));
        Assert.Equal(30, greenest.CompletionTick);
        Assert.Equal(1.0, greenest.KgCo2e, 9);
        Assert.True(greenest.KgCo2e < fastest.KgCo2e);
        Assert.True(greenest.IsProvenOptimal);
        // A flat price of 0.20 makes every placement cost 10 kWh × 0.20 = 2.00, so the cheapest is the earliest.
        var cheapest = Plan(quotes, PromiseGoal.LeastCost);
        Assert.Equal(2.00m, cheapest.EnergyCost);
        Assert.Equal(15, cheapest.CompletionTick);
        Assert.All(quotes, q => Assert.Equal(10, q.Plan!.EnergyKwh, 9));
        AssertFeasible(instance, committed, job, quotes);
    }

    [Fact]
    public void Quotes_TariffAndIntensityPeakAtDifferentHours_CheapestDiffersFromGreenest()
    {
        // Price 0.30, 0.10, 0.40, 0.20 per kWh; intensity 0.5, 0.4, 0.1, 0.3 kg/kWh; one 10-tick (1 h) operation at 10 kW.
        var energy = new EnergyProfile(10, [0.30m, 0.10m, 0.40m, 0.20m], [0.5, 0.4, 0.1, 0.3]);
        var instance = TestInstances.Create([], [new Machine("M0", 10, [])], energy);
        var job = TestInstances.Chain((0, 10));

        var quotes = PromiseQuery.Quotes(instance, new Schedule([]), job, 0, 40);

        // Fastest hour 0: 10 kWh × 0.30 = 3.00, × 0.5 = 5.0 kg. Cheapest hour 1: 1.00 and 4.0 kg. Greenest hour 2: 4.00 and 1.0 kg.
        Assert.Equal((0L, 3.00m, 5.0), Figures(Plan(quotes, PromiseGoal.EarliestCompletion)));
        Assert.Equal((10L, 1.00m, 4.0), Figures(Plan(quotes, PromiseGoal.LeastCost)));
        Assert.Equal((20L, 4.00m, 1.0), Figures(Plan(quotes, PromiseGoal.LeastKgCo2e)));
    }

    [Fact]
    public void Quotes_DeadlineBeforeEarliestCompletion_NotAvailableWithReasonAndEarliest()
    {
        var energy = new EnergyProfile(10, FlatPrice, [0.5, 0.4, 0.1, 0.3]);
        var instance = TestInstances.Create([TestInstances.Chain((0, 5))], [new Machine("M0", 10, [])], energy);
        var committed = new Schedule([new(0, 0, 0, 0, 5)]);
        var job = TestInstances.Chain((0, 5), (0, 5));

        // M0 is free from 5, the chain needs 10 ticks: 15 is the earliest completion.
        var tooTight = PromiseQuery.Quotes(instance, committed, job, 0, 14);
        var justEnough = PromiseQuery.Quotes(instance, committed, job, 0, 15);

        Assert.All(tooTight, q =>
        {
            Assert.False(q.IsAvailable);
            Assert.Null(q.Plan);
            Assert.Equal(15, q.EarliestCompletionTick);
            Assert.Equal("deadlineTick: no placement completes by 14; the earliest completion is 15", q.Reason);
        });
        // With no slack every goal gets the only placement: [5,10), [10,15).
        Assert.All(justEnough, q => Assert.Equal([(5L, 10L), (10L, 15L)], Spans(q.Plan!)));
    }

    [Fact]
    public void Quotes_LowerPowerMachineSlower_GreenestAndCheapestTakeIt()
    {
        // M0 20 kW takes 10 ticks: 20 kW × 1 h = 20 kWh. M1 5 kW takes 20 ticks: 5 kW × 2 h = 10 kWh. Flat 0.20 and 0.4 kg/kWh.
        var energy = new EnergyProfile(10, FlatPrice, [0.4]);
        var instance = TestInstances.Create([], [new Machine("M0", 20, []), new Machine("M1", 5, [])], energy);
        var job = new Job([new Operation([new MachineOption(0, 10), new MachineOption(1, 20)])]);

        var quotes = PromiseQuery.Quotes(instance, new Schedule([]), job, 0, 40);

        var fastest = Plan(quotes, PromiseGoal.EarliestCompletion);
        Assert.Equal((0, 10L, 20.0, 4.00m, 8.0), (fastest.Operations[0].Assignment.Machine, fastest.CompletionTick, fastest.EnergyKwh, fastest.EnergyCost, fastest.KgCo2e));
        foreach (var goal in new[] { PromiseGoal.LeastCost, PromiseGoal.LeastKgCo2e })
        {
            var plan = Plan(quotes, goal);
            Assert.Equal((1, 20L, 10.0, 2.00m, 4.0), (plan.Operations[0].Assignment.Machine, plan.CompletionTick, plan.EnergyKwh, plan.EnergyCost, plan.KgCo2e));
        }
    }

    [Fact]
    public void Quote_ZeroDurationOperations_CostNothingAndKeepTheChainOrder()
    {
        // Hours alternate 0.5 and 0.1 kg/kWh; check (0 ticks), machining (10 ticks at 10 kW), release (0 ticks).
        var energy = new EnergyProfile(10, FlatPrice, [0.5, 0.1]);
        var instance = TestInstances.Create([], [new Machine("M0", 10, [])], energy);
        var job = TestInstances.Chain((0, 0), (0, 10), (0, 0));

        var quote = PromiseQuery.Quote(instance, new Schedule([]), job, 0, 30, PromiseGoal.LeastKgCo2e);

        // Machining in hour 1 [10,20) = 10 kWh × 0.1 = 1.0 kg; the zero-length steps are placed as early as the chain allows.
        Assert.Equal([(0L, 0L), (10L, 20L), (20L, 20L)], Spans(quote.Plan!));
        Assert.Equal(1.0, quote.Plan!.KgCo2e, 9);
        Assert.Equal([0.0, 10.0, 0.0], quote.Plan.Operations.Select(o => o.EnergyKwh));
        Assert.Equal(20, quote.Plan.CompletionTick);
    }

    [Fact]
    public void Quotes_GapsBetweenCommittedWork_UsesTheCleanGapNotTheFirst()
    {
        // M0 busy [0,10), [12,25), [40,50): idle [10,12), [25,40), from 50. Intensity 0.4, 0.4, 0.4, 0.1 (4-hour cycle).
        var energy = new EnergyProfile(10, FlatPrice, [0.4, 0.4, 0.4, 0.1]);
        var instance = TestInstances.Create([TestInstances.Chain((0, 10), (0, 13), (0, 10))], [new Machine("M0", 10, [])], energy);
        var committed = new Schedule([new(0, 0, 0, 0, 10), new(0, 1, 0, 12, 25), new(0, 2, 0, 40, 50)]);
        var job = TestInstances.Chain((0, 2), (0, 10));

        var quotes = PromiseQuery.Quotes(instance, committed, job, 0, 60);

        // Fastest: A [10,12) = 2 × 0.4 = 0.8; B [25,35) = 5 × 0.4 + 5 × 0.1 = 2.5; 3.3 kg, done at 35.
        var fastest = Plan(quotes, PromiseGoal.EarliestCompletion);
        Assert.Equal([(10L, 12L), (25L, 35L)], Spans(fastest));
        Assert.Equal(3.3, fastest.KgCo2e, 9);
        // Greenest: B exactly fills [30,40), hour 3 = 10 × 0.1 = 1.0; A stays at [10,12) (0.8 wherever it fits); 1.8 kg, done at 40.
        var greenest = Plan(quotes, PromiseGoal.LeastKgCo2e);
        Assert.Equal([(10L, 12L), (30L, 40L)], Spans(greenest));
        Assert.Equal(1.8, greenest.KgCo2e, 9);
        AssertFeasible(instance, committed, job, quotes);
    }

    [Fact]
    public void Quote_DeadlineBindsAChain_BlockEndsAtTheDeadlineOffAnyHourBoundary()
    {
        // Intensity falls through an 8-hour cycle: 0.8, 0.7, …, 0.1. A (4 ticks on M0) then B (6 ticks on M1), deadline 37.
        var energy = new EnergyProfile(10, FlatPrice, [0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1]);
        var instance = TestInstances.Create([], [new Machine("M0", 10, []), new Machine("M1", 10, [])], energy);
        var job = TestInstances.Chain((0, 4), (1, 6));

        var quote = PromiseQuery.Quote(instance, new Schedule([]), job, 0, 37, PromiseGoal.LeastKgCo2e);

        // Later is cleaner, so B ends at the deadline: B [31,37) = 6 × 0.5 = 3.0; A right before it, [27,31) = 3 × 0.6 + 1 × 0.5 = 2.3.
        // A's best start, 27 = 37 − 6 − 4, is neither an hour boundary nor a gap end nor a predecessor's end.
        Assert.Equal([(27L, 31L), (31L, 37L)], Spans(quote.Plan!));
        Assert.Equal(5.3, quote.Plan!.KgCo2e, 9);
    }

    [Fact]
    public void Quote_MachineUnavailable_PlacesAroundTheWindow()
    {
        // M0 is down over [20,30), the clean hour 2; the next clean hour is 6 ([60,70)). Intensity 0.4, 0.4, 0.1, 0.4.
        var energy = new EnergyProfile(10, FlatPrice, [0.4, 0.4, 0.1, 0.4]);
        var instance = TestInstances.Create([], [new Machine("M0", 10, [new TimeWindow(20, 30)])], energy);

        var withinDay = PromiseQuery.Quote(instance, new Schedule([]), TestInstances.Chain((0, 10)), 0, 80, PromiseGoal.LeastKgCo2e);
        var tight = PromiseQuery.Quote(instance, new Schedule([]), TestInstances.Chain((0, 10)), 0, 50, PromiseGoal.LeastKgCo2e);

        Assert.Equal([(60L, 70L)], Spans(withinDay.Plan!));
        Assert.Equal(1.0, withinDay.Plan!.KgCo2e, 9);
        // By 50 every idle hour emits 0.4: 10 × 0.4 = 4.0, and the earliest such placement is [0,10).
        Assert.Equal([(0L, 10L)], Spans(tight.Plan!));
        Assert.Equal(4.0, tight.Plan!.KgCo2e, 9);
    }

    [Fact]
    public void Quote_NoEnergyProfile_EveryGoalIsTheEarliest()
    {
        var instance = TestInstances.Create([], [new Machine("M0", 10, [])]);

        var quotes = PromiseQuery.Quotes(instance, new Schedule([]), TestInstances.Chain((0, 5), (0, 5)), 3, 100);

        Assert.All(quotes, q => Assert.Equal([(3L, 8L), (8L, 13L)], Spans(q.Plan!)));
        Assert.All(quotes, q => Assert.Equal((0m, 0.0), (q.Plan!.EnergyCost, q.Plan.KgCo2e)));
    }

    [Fact]
    public void Quote_AssemblyJob_FeasibleWithinDeadlineAndNotMarkedOptimal()
    {
        // Two branches (M0 and M1) join on M0; later hours are cleaner.
        var energy = new EnergyProfile(10, FlatPrice, [0.8, 0.6, 0.4, 0.2]);
        var instance = TestInstances.Create([], [new Machine("M0", 10, []), new Machine("M1", 10, [])], energy);
        var job = new Job([
            new Operation([new MachineOption(0, 10)], []),
            new Operation([new MachineOption(1, 10)], []),
            new Operation([new MachineOption(0, 5)], [0, 1]),
        ]);

        var quotes = PromiseQuery.Quotes(instance, new Schedule([]), job, 0, 40);

        // Fastest runs the branches in parallel: [0,10) on both, the join [10,15): 10 × 0.8 + 10 × 0.8 + 5 × 0.6 = 19.0 kg.
        var fastest = Plan(quotes, PromiseGoal.EarliestCompletion);
        Assert.Equal(15, fastest.CompletionTick);
        Assert.Equal(19.0, fastest.KgCo2e, 9);
        var greenest = Plan(quotes, PromiseGoal.LeastKgCo2e);
        Assert.True(greenest.KgCo2e < fastest.KgCo2e);
        Assert.True(greenest.CompletionTick <= 40);
        Assert.False(greenest.IsProvenOptimal);
        AssertFeasible(instance, new Schedule([]), job, quotes);
    }

    [Fact]
    public void Quote_InvalidJob_ThrowsNamingTheField()
    {
        var instance = TestInstances.Create([], [new Machine("M0", 10, [])]);
        var job = new Job([new Operation([new MachineOption(3, 5)])]);

        var error = Assert.Throws<ArgumentException>(() => PromiseQuery.Quote(instance, new Schedule([]), job, 0, 10, PromiseGoal.LeastKgCo2e));

        Assert.StartsWith("job.Operations[0].Options[0].Machine: 3 is not a machine index (0..0)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_SameInputTwice_SameAnswer()
    {
        var instance = RandomFactory.Create(17);
        var plan = Planning.Solving.Solver.Solve(instance, new Planning.Solving.SolverOptions { MaxIterations = 50, Seed = 17 }).Schedule;
        var job = instance.Jobs[0];
        var capacity = IdleCapacity.Of(instance, plan);

        var first = PromiseQuery.Quotes(capacity, job, 4, 400);
        var second = PromiseQuery.Quotes(IdleCapacity.Of(instance, plan), job, 4, 400);

        Assert.Equal(first.Select(Describe), second.Select(Describe));
    }

    internal static string Describe(PromiseQuote q) => q.Plan is null
        ? $"{q.Goal} {q.Reason}"
        : $"{q.Goal} {q.Plan.CompletionTick} {q.Plan.EnergyKwh:R} {q.Plan.EnergyCost} {q.Plan.KgCo2e:R} {q.Plan.IsProvenOptimal} {string.Join(";", q.Plan.Operations.Select(o => o.Assignment))}";

    internal static void AssertFeasible(Instance instance, Schedule committed, Job job, IEnumerable<PromiseQuote> quotes, long nowTick = 0)
    {
        var extended = instance.WithJobs([.. instance.Jobs, job with { ReleaseTick = Math.Max(nowTick, job.ReleaseTick) }]).Instance!;
        foreach (var quote in quotes.Where(q => q.IsAvailable))
        {
            Assert.Empty(FeasibilityChecker.Check(extended, new Schedule([.. committed.Assignments, .. quote.Plan!.Operations.Select(o => o.Assignment)])));
            Assert.True(quote.Plan.CompletionTick <= quote.DeadlineTick);
        }
    }

    private static PromisePlan Plan(IReadOnlyList<PromiseQuote> quotes, PromiseGoal goal)
    {
        var quote = quotes.Single(q => q.Goal == goal);
        Assert.True(quote.IsAvailable, quote.Reason);
        return quote.Plan;
    }

    private static (long Start, long End)[] Spans(PromisePlan plan) => [.. plan.Operations.Select(o => (o.Assignment.StartTick, o.Assignment.EndTick))];

    private static (long Start, decimal Cost, double KgCo2e) Figures(PromisePlan plan) =>
        (plan.Operations[0].Assignment.StartTick, plan.EnergyCost, Math.Round(plan.KgCo2e, 9));
}
