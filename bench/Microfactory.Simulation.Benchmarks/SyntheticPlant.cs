using Microfactory.Simulation.Model;

namespace Microfactory.Simulation.Benchmarks;

/// <summary>
/// A seeded synthetic factory for the engine benchmarks: machines with noise, scrap and failures, and jobs
/// of three-operation chains over random machines with 1–10 parts each, queued on each machine in job order.
/// </summary>
public static class SyntheticPlant
{
    public static SimulationModel Create(int machineCount, int jobs, long meterIntervalTicks, long seed = 1)
    {
        var random = new Random((int)seed);
        var machines = Enumerable.Range(0, machineCount)
            .Select(k => new MachineSpec($"mch_{k:D2}", IdleKw: 0.8 + (k % 4), WorkingKw: 5 + (k % 7), ScrapRate: 0.02, DurationCv: 0.2, SetupSeconds: 60)
                .WithFailures(mtbfSeconds: 8 * 3600, mttrSeconds: 1800))
            .ToList();
        var operations = new List<OperationSpec>(jobs * 3);
        for (var j = 0; j < jobs; j++)
        {
            string? previous = null;
            for (var o = 0; o < 3; o++)
            {
                var id = $"op_{j}_{o}";
                operations.Add(new OperationSpec(id, machines[random.Next(machineCount)].Id, RunTicksPerPart: 30 + random.Next(180), Quantity: 1 + random.Next(10),
                    EarliestStartTick: o == 0 ? j * 60L : 0, Predecessors: previous is null ? null : [previous]));
                previous = id;
            }
        }
        var result = SimulationModel.Create(machines, operations, seed, meterIntervalTicks);
        return result.Model ?? throw new InvalidOperationException(result.Error);
    }
}
