using Microfactory.Planning.Model;
using Microfactory.Planning.Promising;

namespace Microfactory.Planning.Tests.Promising;

/// <summary>
/// Hand-computed quotes where machine time has a price (<see cref="Machine.CostPerHour"/>).
/// Profiles use 10 ticks per hour; electricity costs a flat 0.20 per kWh.
/// Fast: 20 kW, one operation takes 10 ticks (1 h) = 20 kWh, 30.00 per hour.
/// Slow: 15 kW, the same operation takes 20 ticks (2 h) = 30 kWh, 10.00 per hour: more energy, less money.
/// </summary>
public sealed class PromiseCostTests
{
    private static readonly Machine Fast = new("fast", 20, [], 30m);
    private static readonly Machine Slow = new("slow", 15, [], 10m);
    private static readonly Job OneStep = new([new Operation([new MachineOption(0, 10), new MachineOption(1, 20)])]);

    [Fact]
    public void Quotes_SlowerMachineCheaperPerHour_CheapestTakesItWhenTheDeadlineAllows()
    {
        // Intensity 0.5, 0.5, 0.1, 0.5 kg/kWh over a 4-hour cycle.
        var instance = TestInstances.Create([], [Fast, Slow], new EnergyProfile(10, [0.20m], [0.5, 0.5, 0.1, 0.5]));

        var quotes = PromiseQuery.Quotes(instance, new Schedule([]), OneStep, 0, 40);

        // Fastest: fast [0,10): 20 kWh × 0.20 = 4.00 + 1 h × 30.00 = 34.00; 20 kWh × 0.5 = 10.0 kg.
        var fastest = quotes[0].Plan!;
        Assert.Equal((0, 0L, 10L), Where(fastest));
        Assert.Equal((4.00m, 30.00m, 34.00m), (fastest.EnergyCost, fastest.TimeCost, fastest.Cost));
        Assert.Equal(10.0, fastest.KgCo2e, 9);
        // Cheapest: slow [0,20): 30 kWh × 0.20 = 6.00 + 2 h × 10.00 = 26.00. By energy alone fast would win (4.00 < 6.00):
        // the machine time decides. 15 kWh × 0.5 + 15 kWh × 0.5 = 15.0 kg.
        var cheapest = quotes[1].Plan!;
        Assert.Equal((1, 0L, 20L), Where(cheapest));
        Assert.Equal((6.00m, 20.00m, 26.00m), (cheapest.EnergyCost, cheapest.TimeCost, cheapest.Cost));
        Assert.Equal(15.0, cheapest.KgCo2e, 9);
        // Greenest: fast in the clean hour 2, [20,30): 20 kWh × 0.1 = 2.0 kg (slow's best two hours give 15 × 0.5 + 15 × 0.1 = 9.0 kg); 34.00.
        var greenest = quotes[2].Plan!;
        Assert.Equal((0, 20L, 30L), Where(greenest));
        Assert.Equal(2.0, greenest.KgCo2e, 9);
        Assert.Equal(34.00m, greenest.Cost);
        Assert.True(greenest.KgCo2e < fastest.KgCo2e);
        Assert.True(cheapest.Cost < fastest.Cost && cheapest.Cost < greenest.Cost);
        Assert.Equal([30.00m], fastest.Operations.Select(o => o.TimeCost));
        PromiseGoalTests.AssertFeasible(instance, new Schedule([]), OneStep, quotes);
    }

    [Fact]
    public void Quotes_DeadlineTooSoonForTheSlowMachine_CheapestFallsBackToTheFastOne()
    {
        var instance = TestInstances.Create([], [Fast, Slow], new EnergyProfile(10, [0.20m], [0.5, 0.5, 0.1, 0.5]));

        var quotes = PromiseQuery.Quotes(instance, new Schedule([]), OneStep, 0, 15);

        // Slow needs 20 ticks and cannot end by 15; fast costs 34.00 wherever it runs by then, earliest [0,10).
        // Greenest: hours 0 and 1 both emit 0.5, so 10.0 kg anywhere, earliest [0,10).
        Assert.All(quotes, q => Assert.Equal((0, 0L, 10L), Where(q.Plan!)));
        Assert.All(quotes, q => Assert.Equal(34.00m, q.Plan!.Cost));
    }

    [Fact]
    public void Quotes_TimeCostTheSameWhenever_CheapestStillWaitsForCheapHours()
    {
        // Price 1.00 in hours 0..1, 0.10 from hour 2 on (4-hour cycle); a two-step chain on fast only: 10 ticks each at 20 kW, 30.00/h.
        var energy = new EnergyProfile(10, [1.00m, 1.00m, 0.10m, 0.10m], [0.4]);
        var instance = TestInstances.Create([], [Fast], energy);
        var job = TestInstances.Chain((0, 10), (0, 5));

        var quotes = PromiseQuery.Quotes(instance, new Schedule([]), job, 0, 40);

        // Time costs the same wherever it runs (1.5 h × 30.00 = 45.00), so the cheapest waits for the cheap hours:
        // [20,30) + [30,35) = 30 kWh × 0.10 = 3.00, total 48.00; the fastest [0,10) + [10,15) = 30 kWh × 1.00 = 30.00, total 75.00.
        Assert.Equal((30.00m, 45.00m, 15L), (quotes[0].Plan!.EnergyCost, quotes[0].Plan!.TimeCost, quotes[0].Plan!.CompletionTick));
        Assert.Equal((3.00m, 45.00m, 35L), (quotes[1].Plan!.EnergyCost, quotes[1].Plan!.TimeCost, quotes[1].Plan!.CompletionTick));
        Assert.Equal(48.00m, quotes[1].Plan!.Cost);
    }

    [Fact]
    public void Create_NegativeCostPerHour_NamesTheField()
    {
        var result = Instance.Create("test", [], [new Machine("M0", 1, [], -1m)]);

        Assert.False(result.IsSuccess);
        Assert.Equal("machines[0].CostPerHour: must be at least 0", result.Error);
    }

    private static (int Machine, long Start, long End) Where(PromisePlan plan) =>
        (plan.Operations[0].Assignment.Machine, plan.Operations[0].Assignment.StartTick, plan.Operations[0].Assignment.EndTick);
}
