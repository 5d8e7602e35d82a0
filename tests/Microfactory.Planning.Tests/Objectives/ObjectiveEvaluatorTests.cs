using Microfactory.Planning.Model;
using Microfactory.Planning.Objectives;

namespace Microfactory.Planning.Tests.Objectives;

public sealed class ObjectiveEvaluatorTests
{
    private static readonly EnergyProfile TwoHourProfile = new(60, [0.10m, 0.30m], [0.2, 0.5]);

    [Fact]
    public void Evaluate_LateJob_WeightedTardinessIsWeightTimesLateness()
    {
        var jobs = new[]
        {
            TestInstances.Chain((0, 3)) with { DueTick = 2, Weight = 2 },
            TestInstances.Chain((0, 4)) with { DueTick = 10, Weight = 1 },
            TestInstances.Chain((0, 1)),
        };
        var instance = TestInstances.Create(jobs, 1);
        var schedule = new Schedule([new(0, 0, 0, 0, 3), new(1, 0, 0, 3, 7), new(2, 0, 0, 7, 8)]);

        var result = ObjectiveEvaluator.Evaluate(instance, schedule);

        // Job 0 ends at 3, one tick late, weight 2; job 1 is on time; job 2 has no due date.
        Assert.Equal(2.0, result.WeightedTardiness);
        Assert.Equal(8, result.MakespanTicks);
    }

    [Fact]
    public void Evaluate_OperationAcrossAnHourBoundary_SplitsEnergyByHourlyPriceAndIntensity()
    {
        var machines = new[] { new Machine("press", 6, []) };
        var instance = TestInstances.Create([TestInstances.Chain((0, 60))], machines, TwoHourProfile);

        var result = ObjectiveEvaluator.Evaluate(instance, new Schedule([new(0, 0, 0, 30, 90)]));

        // 30 min at 6 kW in hour 0 = 3 kWh at 0.10 and 0.2 kg/kWh; 30 min in hour 1 = 3 kWh at 0.30 and 0.5 kg/kWh.
        Assert.Equal(6.0, result.EnergyKwh, 9);
        Assert.Equal(1.20m, result.EnergyCost);
        Assert.Equal(2.1, result.KgCo2e, 9);
    }

    [Fact]
    public void Evaluate_ProfileRepeats_HourTwoUsesTheFirstEntry()
    {
        var machines = new[] { new Machine("press", 2, []) };
        var instance = TestInstances.Create([TestInstances.Chain((0, 30))], machines, TwoHourProfile);

        var result = ObjectiveEvaluator.Evaluate(instance, new Schedule([new(0, 0, 0, 120, 150)]));

        // 1 kWh in hour 2, which repeats hour 0 of a two-hour profile.
        Assert.Equal(0.10m, result.EnergyCost);
        Assert.Equal(0.2, result.KgCo2e, 9);
    }

    [Fact]
    public void Evaluate_WithoutProfile_EnergyTermsAreZero()
    {
        var instance = TestInstances.Create([TestInstances.Chain((0, 30))], [new Machine("press", 2, [])]);

        var result = ObjectiveEvaluator.Evaluate(instance, new Schedule([new(0, 0, 0, 0, 30)]));

        Assert.Equal(0m, result.EnergyCost);
        Assert.Equal(0.0, result.KgCo2e);
    }

    [Fact]
    public void Evaluate_AgainstReference_StabilityCountsShiftsAndMachineChanges()
    {
        var flexible = new Operation([new MachineOption(0, 4), new MachineOption(1, 4)]);
        var instance = TestInstances.Create([new Job([flexible]), new Job([flexible]), new Job([flexible])], 2);
        var reference = new Schedule([new(0, 0, 0, 0, 4), new(1, 0, 0, 4, 8)]);
        var moved = new Schedule([new(0, 0, 0, 2, 6), new(1, 0, 1, 5, 9), new(2, 0, 1, 0, 4)]);

        var result = ObjectiveEvaluator.Evaluate(instance, moved, reference);

        // Job 0 shifted by 2; job 1 shifted by 1 and changed machine (+4); job 2 is new and free.
        Assert.Equal(7, result.StabilityTicks);
    }

    [Fact]
    public void Compare_WeightedAndLexicographic_RankAsDefined()
    {
        var fastButLate = new ObjectiveBreakdown(10, 50, 0, 0, 0, 0);
        var slowButOnTime = new ObjectiveBreakdown(20, 0, 0, 0, 0, 0);
        var weighted = new Objective { Weights = new Dictionary<ObjectiveTerm, double> { [ObjectiveTerm.Makespan] = 1, [ObjectiveTerm.WeightedTardiness] = 1 } };
        var makespanFirst = new Objective { Lexicographic = [ObjectiveTerm.Makespan, ObjectiveTerm.WeightedTardiness] };
        var tardinessFirst = new Objective { Lexicographic = [ObjectiveTerm.WeightedTardiness, ObjectiveTerm.Makespan] };

        Assert.True(weighted.Compare(slowButOnTime, fastButLate) < 0);
        Assert.True(makespanFirst.Compare(fastButLate, slowButOnTime) < 0);
        Assert.True(tardinessFirst.Compare(slowButOnTime, fastButLate) < 0);
        Assert.Equal(60.0, weighted.WeightedSum(fastButLate));
        Assert.False(weighted.IsMakespanOnly);
        Assert.True(Objective.Makespan.IsMakespanOnly);
    }
}
