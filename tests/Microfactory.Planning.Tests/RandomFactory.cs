using Microfactory.Planning.Model;

namespace Microfactory.Planning.Tests;

/// <summary>Seeded random small factories with every model feature: flexibility, setups, zero durations, assembly graphs, releases, due dates, windows, energy.</summary>
internal static class RandomFactory
{
    public static Instance Create(int seed)
    {
        var random = new Random(seed);
        var machineCount = 1 + random.Next(5);
        var machines = new Machine[machineCount];
        for (var k = 0; k < machineCount; k++)
        {
            var windows = new List<TimeWindow>();
            var t = 0L;
            for (var w = random.Next(3); w > 0; w--)
            {
                t += 5 + random.Next(40);
                var length = 1 + random.Next(15);
                windows.Add(new TimeWindow(t, t + length));
                t += length;
            }
            machines[k] = new Machine($"M{k}", random.Next(8), windows);
        }
        var jobs = new Job[1 + random.Next(7)];
        for (var j = 0; j < jobs.Length; j++)
        {
            var operations = new Operation[1 + random.Next(5)];
            for (var o = 0; o < operations.Length; o++)
            {
                var eligible = Enumerable.Range(0, machineCount).Where(_ => random.Next(2) == 0).ToList();
                if (eligible.Count == 0)
                {
                    eligible.Add(random.Next(machineCount));
                }
                // A third of the operations get an explicit assembly-style predecessor set.
                IReadOnlyList<int>? predecessors = o > 0 && random.Next(3) == 0
                    ? [.. Enumerable.Range(0, o).Where(_ => random.Next(2) == 0)]
                    : null;
                operations[o] = new Operation([.. eligible.Select(k => new MachineOption(k, random.Next(4) == 0 ? 0 : 1 + random.Next(20), random.Next(3) == 0 ? random.Next(5) : 0))], predecessors);
            }
            jobs[j] = new Job(operations, ReleaseTick: random.Next(3) == 0 ? random.Next(30) : 0, DueTick: random.Next(2) == 0 ? 20 + random.Next(80) : null, Weight: 1 + random.Next(3));
        }
        var energy = new EnergyProfile(10, [0.1m, 0.5m, 0.2m], [0.3, 0.1, 0.6]);
        var result = Instance.Create($"random-{seed}", jobs, machines, energy);
        Assert.True(result.IsSuccess, result.Error);
        return result.Instance;
    }
}
