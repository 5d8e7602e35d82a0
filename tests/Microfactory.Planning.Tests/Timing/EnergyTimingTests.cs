using Microfactory.Planning.Checking;
using Microfactory.Planning.Model;
using Microfactory.Planning.Replanning;
using Microfactory.Planning.Timing;

namespace Microfactory.Planning.Tests.Timing;

/// <summary>
/// Hand-computed retiming. Profiles use 10 ticks per hour and machines draw 10 kW, so an
/// operation's figure is Σ over its ticks of the hour's rate (1 kWh per tick).
/// </summary>
public sealed class EnergyTimingTests
{
    private static readonly IReadOnlyList<double> FlatCo2 = [0.4];

    [Fact]
    public void Improve_SlackBeforeDueDate_ShiftsIntoTheCheaperHour()
    {
        // Price 0.50 in even hours, 0.10 in odd ones. J0 on M0 [0,10), due 20; J1 holds the 0 kW M1 over [0,20) (makespan 20).
        var (instance, plan) = TwoJobs(due: 20, energy: new EnergyProfile(10, [0.50m, 0.10m], FlatCo2));

        var result = EnergyTiming.Improve(Request(instance, plan));

        // Before: 10 kWh × 0.50 = 5.00. After: [10,20) = 10 kWh × 0.10 = 1.00, done exactly at the due date.
        Assert.Equal(new Assignment(0, 0, 0, 10, 20), result.Schedule.Find(0, 0));
        Assert.Equal((5.00m, 1.00m), (result.Before.EnergyCost, result.After.EnergyCost));
        Assert.Equal(0, result.After.WeightedTardiness);
        Assert.Equal(1, result.MovedOperations);
        Assert.Empty(FeasibilityChecker.Check(instance, result.Schedule));
    }

    [Fact]
    public void Improve_DueDateInsideTheCheapHour_ShiftsOnlyAsFarAsTheDueDate()
    {
        var (instance, plan) = TwoJobs(due: 15, energy: new EnergyProfile(10, [0.50m, 0.10m], FlatCo2));

        var result = EnergyTiming.Improve(Request(instance, plan));

        // Start s ≤ 5: (10 − s) × 0.50 + s × 0.10 falls with s, so s = 5: 2.50 + 0.50 = 3.00.
        Assert.Equal(new Assignment(0, 0, 0, 5, 15), result.Schedule.Find(0, 0));
        Assert.Equal(3.00m, result.After.EnergyCost);
        Assert.Equal(0, result.After.WeightedTardiness);
    }

    [Fact]
    public void Improve_JobAlreadyLate_NotDelayedFurther()
    {
        // Due 5 but ending at 10: it may not end later than 10, so it stays.
        var (instance, plan) = TwoJobs(due: 5, energy: new EnergyProfile(10, [0.50m, 0.10m], FlatCo2));

        var result = EnergyTiming.Improve(Request(instance, plan));

        Assert.Same(plan, result.Schedule);
        Assert.Equal(0, result.MovedOperations);
        Assert.Equal(result.Before, result.After);
    }

    [Fact]
    public void Improve_StartedAndPinnedWork_StaysWhereItIs()
    {
        // M0: J0 [0,10) started (now 1). M1: J1 [2,12) free to move. M2: J2 [2,12) pinned. M3 (0 kW): J3 [0,20) sets the makespan.
        var energy = new EnergyProfile(10, [0.50m, 0.10m], FlatCo2);
        var machines = new[] { new Machine("M0", 10, []), new Machine("M1", 10, []), new Machine("M2", 10, []), new Machine("M3", 0, []) };
        var instance = TestInstances.Create([TestInstances.Chain((0, 10)), TestInstances.Chain((1, 10)), TestInstances.Chain((2, 10)), TestInstances.Chain((3, 20))], machines, energy);
        var plan = new Schedule([new(0, 0, 0, 0, 10), new(1, 0, 1, 2, 12), new(2, 0, 2, 2, 12), new(3, 0, 3, 0, 20)]);

        var result = EnergyTiming.Improve(new ReplanRequest(instance, plan, 1, new HashSet<(int, int)> { (2, 0) }));

        // J1: [2,12) = 8 × 0.50 + 2 × 0.10 = 4.20 becomes [10,20) = 1.00.
        Assert.Equal(new Assignment(1, 0, 1, 10, 20), result.Schedule.Find(1, 0));
        Assert.Equal(plan.Find(0, 0), result.Schedule.Find(0, 0));
        Assert.Equal(plan.Find(2, 0), result.Schedule.Find(2, 0));
        Assert.Equal(5.00m + 4.20m + 4.20m, result.Before.EnergyCost);
        Assert.Equal(5.00m + 1.00m + 4.20m, result.After.EnergyCost);
    }

    [Fact]
    public void Improve_CheapHourUnavailable_JumpsOverTheWindowToTheNextCheapHour()
    {
        // M0 is down over [10,20), the first cheap hour; J1 on the 0 kW M1 spans [0,40). Hour 3 [30,40) costs 0.10 again.
        var energy = new EnergyProfile(10, [0.50m, 0.10m], FlatCo2);
        var instance = TestInstances.Create([TestInstances.Chain((0, 10)), TestInstances.Chain((1, 40))], [new Machine("M0", 10, [new TimeWindow(10, 20)]), new Machine("M1", 0, [])], energy);
        var plan = new Schedule([new(0, 0, 0, 0, 10), new(1, 0, 1, 0, 40)]);

        var result = EnergyTiming.Improve(Request(instance, plan));

        Assert.Equal(new Assignment(0, 0, 0, 30, 40), result.Schedule.Find(0, 0));
        Assert.Equal(1.00m, result.After.EnergyCost);
        Assert.Empty(FeasibilityChecker.Check(instance, result.Schedule));
    }

    [Fact]
    public void Improve_TightRunOnAMachine_LaterOperationMakesRoomForTheEarlierOne()
    {
        // Price 0.50, 0.10, 0.10, 0.50 (4-hour cycle). M0 runs A [0,10) then B [10,20); the 0 kW M1 spans [0,30).
        var energy = new EnergyProfile(10, [0.50m, 0.10m, 0.10m, 0.50m], FlatCo2);
        var instance = TestInstances.Create([TestInstances.Chain((0, 10)), TestInstances.Chain((0, 10)), TestInstances.Chain((1, 30))], [new Machine("M0", 10, []), new Machine("M1", 0, [])], energy);
        var plan = new Schedule([new(0, 0, 0, 0, 10), new(1, 0, 0, 10, 20), new(2, 0, 1, 0, 30)]);

        var result = EnergyTiming.Improve(Request(instance, plan));

        // B gains nothing alone (hours 1 and 2 both cost 0.10) but moving to [20,30) lets A leave hour 0: 5.00 + 1.00 becomes 1.00 + 1.00.
        Assert.Equal(new Assignment(0, 0, 0, 10, 20), result.Schedule.Find(0, 0));
        Assert.Equal(new Assignment(1, 0, 0, 20, 30), result.Schedule.Find(1, 0));
        Assert.Equal((6.00m, 2.00m), (result.Before.EnergyCost, result.After.EnergyCost));
        Assert.Equal(30, result.After.MakespanTicks);
    }

    [Fact]
    public void Improve_ChainWithSlack_MovesOnlyWhatPaysAndPullsTheRestBack()
    {
        // J0: A on M0 [0,10) then B on M1 [10,20); the 0 kW M2 spans [0,40). Price 0.50, 0.50, 0.10, 0.50.
        var energy = new EnergyProfile(10, [0.50m, 0.50m, 0.10m, 0.50m], FlatCo2);
        var machines = new[] { new Machine("M0", 10, []), new Machine("M1", 10, []), new Machine("M2", 0, []) };
        var instance = TestInstances.Create([TestInstances.Chain((0, 10), (1, 10)), TestInstances.Chain((2, 40))], machines, energy);
        var plan = new Schedule([new(0, 0, 0, 0, 10), new(0, 1, 1, 10, 20), new(1, 0, 2, 0, 40)]);

        var result = EnergyTiming.Improve(Request(instance, plan));

        // Only one operation fits the cheap hour 2. B moves there first (latest first) and then A has no cheaper hour: it returns to [0,10).
        // Before 5.00 + 5.00; after 5.00 + 1.00.
        Assert.Equal(new Assignment(0, 0, 0, 0, 10), result.Schedule.Find(0, 0));
        Assert.Equal(new Assignment(0, 1, 1, 20, 30), result.Schedule.Find(0, 1));
        Assert.Equal(6.00m, result.After.EnergyCost);
    }

    [Fact]
    public void Improve_KgCo2eMetric_FollowsTheGridNotThePrice()
    {
        // Price is cheap in hour 0, the grid is clean in hour 1.
        var energy = new EnergyProfile(10, [0.10m, 0.50m], [0.5, 0.1]);
        var (instance, plan) = TwoJobs(due: null, energy: energy);

        var cost = EnergyTiming.Improve(Request(instance, plan), new EnergyTimingOptions { Metric = EnergyMetric.Cost });
        var co2 = EnergyTiming.Improve(Request(instance, plan), new EnergyTimingOptions { Metric = EnergyMetric.KgCo2e });

        Assert.Same(plan, cost.Schedule);
        Assert.Equal(new Assignment(0, 0, 0, 10, 20), co2.Schedule.Find(0, 0));
        Assert.Equal((5.0, 1.0), (Math.Round(co2.Before.KgCo2e, 9), Math.Round(co2.After.KgCo2e, 9)));
        Assert.Equal(5.00m, co2.After.EnergyCost);
    }

    [Fact]
    public void Improve_HorizonBeyondMakespan_MayDelayJobsWithoutDueDate()
    {
        // Only J0 (no due date): makespan 10, so by default it cannot move; with a horizon of 20 it takes the cheap hour.
        var energy = new EnergyProfile(10, [0.50m, 0.10m], FlatCo2);
        var instance = TestInstances.Create([TestInstances.Chain((0, 10))], [new Machine("M0", 10, [])], energy);
        var plan = new Schedule([new(0, 0, 0, 0, 10)]);

        var fixedMakespan = EnergyTiming.Improve(Request(instance, plan));
        var horizon = EnergyTiming.Improve(Request(instance, plan), new EnergyTimingOptions { HorizonTick = 20 });

        Assert.Same(plan, fixedMakespan.Schedule);
        Assert.Equal(new Assignment(0, 0, 0, 10, 20), horizon.Schedule.Find(0, 0));
    }

    [Fact]
    public void Improve_InfeasibleSchedule_ThrowsNamingTheRule()
    {
        var (instance, _) = TwoJobs(due: null, energy: new EnergyProfile(10, [0.50m], FlatCo2));
        var overlapping = new Schedule([new(0, 0, 0, 0, 10), new(1, 0, 0, 5, 25)]);

        var error = Assert.Throws<ArgumentException>(() => EnergyTiming.Improve(Request(instance, overlapping)));

        Assert.StartsWith("current: the schedule must be feasible (job 1 operation 0: machine 0 is not eligible)", error.Message, StringComparison.Ordinal);
    }

    private static ReplanRequest Request(Instance instance, Schedule plan) => new(instance, plan, 0, new HashSet<(int, int)>());

    private static (Instance Instance, Schedule Plan) TwoJobs(long? due, EnergyProfile energy)
    {
        var instance = TestInstances.Create([TestInstances.Chain((0, 10)) with { DueTick = due }, TestInstances.Chain((1, 20))], [new Machine("M0", 10, []), new Machine("M1", 0, [])], energy);
        return (instance, new Schedule([new(0, 0, 0, 0, 10), new(1, 0, 1, 0, 20)]));
    }
}
