using Microfactory.Planning.Checking;
using Microfactory.Planning.Model;
using Microfactory.Planning.Objectives;
using Microfactory.Planning.Solving;

namespace Microfactory.Planning.Tests.Objectives;

public sealed class ObjectiveSolvingTests
{
    [Fact]
    public void Solve_WeightedTardiness_FindsTheOnlyOnTimeOrder()
    {
        // One machine, makespan 15 in every order; only the order 1, 2, 0 meets all due dates.
        var jobs = new[]
        {
            TestInstances.Chain((0, 5)) with { DueTick = 15 },
            TestInstances.Chain((0, 5)) with { DueTick = 5 },
            TestInstances.Chain((0, 5)) with { DueTick = 10 },
        };
        var instance = TestInstances.Create(jobs, 1);
        var objective = new Objective { Weights = new Dictionary<ObjectiveTerm, double> { [ObjectiveTerm.WeightedTardiness] = 1 } };

        var result = Solver.Solve(instance, new SolverOptions { Objective = objective, MaxIterations = 200, Seed = 2 });

        Assert.Equal(0.0, result.Breakdown.WeightedTardiness);
        Assert.True(FeasibilityChecker.IsFeasible(instance, result.Schedule));
    }

    [Fact]
    public void Solve_EnergyCost_PutsWorkOnTheFrugalMachine()
    {
        var machines = new[] { new Machine("hungry", 10, []), new Machine("frugal", 1, []) };
        var flexible = new Operation([new MachineOption(0, 60), new MachineOption(1, 60)]);
        var instance = TestInstances.Create([new Job([flexible]), new Job([flexible])], machines, new EnergyProfile(60, [1m], [0.4]));
        var objective = new Objective { Weights = new Dictionary<ObjectiveTerm, double> { [ObjectiveTerm.EnergyCost] = 1 } };

        var result = Solver.Solve(instance, new SolverOptions { Objective = objective, MaxIterations = 300, Seed = 4 });

        // Two hours at 1 kW and price 1: cost 2, 0.8 kg CO2e.
        Assert.Equal(2m, result.Breakdown.EnergyCost);
        Assert.Equal(0.8, result.Breakdown.KgCo2e, 9);
        Assert.All(result.Schedule.Assignments, a => Assert.Equal(1, a.Machine));
    }

    [Fact]
    public void Solve_MakespanThenCo2Lexicographic_KeepsMakespanAndCutsEmissions()
    {
        var machines = new[] { new Machine("dirty", 10, []), new Machine("clean", 1, []) };
        var flexible = new Operation([new MachineOption(0, 60), new MachineOption(1, 60)]);
        var instance = TestInstances.Create([new Job([flexible]), new Job([flexible])], machines, new EnergyProfile(60, [1m], [1.0]));
        var objective = new Objective { Lexicographic = [ObjectiveTerm.Makespan, ObjectiveTerm.KgCo2e] };

        var result = Solver.Solve(instance, new SolverOptions { Objective = objective, MaxIterations = 300, Seed = 4 });

        // Makespan 60 needs both machines; emissions are then 10 + 1 kg. Both on the clean one would take 120.
        Assert.Equal(60, result.MakespanTicks);
        Assert.Equal(11.0, result.Breakdown.KgCo2e, 9);
    }
}
