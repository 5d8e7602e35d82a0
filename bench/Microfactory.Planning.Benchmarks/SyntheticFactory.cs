using Microfactory.Planning.Model;

namespace Microfactory.Planning.Benchmarks;

/// <summary>Seeded random flexible job shops of a chosen size, for scale and replanning measurements.</summary>
internal static class SyntheticFactory
{
    public static Instance Create(int jobs, int operationsPerJob, int machines, int seed)
    {
        var random = new Random(seed);
        var list = new List<Job>(jobs);
        for (var j = 0; j < jobs; j++)
        {
            var operations = new List<Operation>(operationsPerJob);
            for (var o = 0; o < operationsPerJob; o++)
            {
                var eligible = Enumerable.Range(0, machines).OrderBy(_ => random.Next()).Take(1 + random.Next(3)).Order();
                operations.Add(new Operation([.. eligible.Select(m => new MachineOption(m, 1 + random.Next(99)))]));
            }
            list.Add(new Job(operations, DueTick: 400 + random.Next(2_000), Weight: 1 + random.Next(3)));
        }
        var machineList = Enumerable.Range(0, machines).Select(k => new Machine($"M{k}", 2 + (k % 5), [])).ToArray();
        return Instance.Create($"synthetic-{jobs}x{operationsPerJob}-{machines}", list, machineList, new EnergyProfile(60, [0.2m, 0.3m, 0.4m, 0.3m], [0.3, 0.4, 0.5, 0.4])).Instance!;
    }
}
