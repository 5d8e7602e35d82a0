using Microfactory.Simulation.Model;

namespace Microfactory.Simulation.Tests;

/// <summary>Models shared by the tests: exact ones built inline, and a seeded random factory with every feature.</summary>
internal static class TestModels
{
    public static SimulationModel Build(IReadOnlyList<MachineSpec> machines, IReadOnlyList<OperationSpec> operations, long seed = 1, long meterIntervalTicks = 1_000_000)
    {
        var result = SimulationModel.Create(machines, operations, seed, meterIntervalTicks);
        Assert.True(result.IsSuccess, result.Error);
        return result.Model;
    }

    /// <summary>
    /// A factory of <paramref name="machineCount"/> machines with noise, scrap and failures, and jobs of
    /// three-operation chains over random machines, each machine's queue in job order (so no deadlock).
    /// </summary>
    public static SimulationModel Factory(int machineCount, int jobs, long seed, long meterIntervalTicks = 60)
    {
        var random = new Random((int)seed);
        var machines = Enumerable.Range(0, machineCount)
            .Select(k => new MachineSpec($"mch_{k}", IdleKw: 0.5 + k % 3, WorkingKw: 4 + k % 5, ScrapRate: 0.02, DurationCv: 0.15, SetupSeconds: 30)
                .WithFailures(mtbfSeconds: 4 * 3600, mttrSeconds: 600))
            .ToList();
        var operations = new List<OperationSpec>();
        for (var j = 0; j < jobs; j++)
        {
            string? previous = null;
            for (var o = 0; o < 3; o++)
            {
                var id = $"op_{j}_{o}";
                operations.Add(new OperationSpec(id, machines[random.Next(machineCount)].Id, RunTicksPerPart: 20 + random.Next(200), Quantity: 1 + random.Next(5),
                    EarliestStartTick: o == 0 ? j * 30 : 0, Predecessors: previous is null ? null : [previous]));
                previous = id;
            }
        }
        return Build(machines, operations, seed, meterIntervalTicks);
    }
}
