using Microfactory.Planning.Model;
using Microfactory.Planning.Objectives;
using Microfactory.Planning.Promising;

namespace Microfactory.Planning.Tests.Promising;

/// <summary>The goal quotes against exhaustive search over every machine and every integer start, on small random cases.</summary>
public sealed class CheapestChainTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 300)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Quote_SmallRandomChain_MatchesExhaustiveSearch(int seed)
    {
        var random = new Random(seed);
        var machines = Enumerable.Range(0, 1 + random.Next(3))
            .Select(k => new Machine($"M{k}", 1 + random.Next(12), random.Next(3) == 0 ? [new TimeWindow(random.Next(20), 21 + random.Next(8))] : []))
            .ToArray();
        // Machine time costs, drawn after the machines so that the rest of each case stays as it was; a quarter cost nothing.
        machines = [.. machines.Select(m => m with { CostPerHour = random.Next(4) == 0 ? 0 : random.Next(1, 300) / 100m })];
        var ticksPerHour = 2 + random.Next(4);
        var hours = 1 + random.Next(5);
        var energy = new EnergyProfile(ticksPerHour, [.. Enumerable.Range(0, hours).Select(_ => random.Next(1, 60) / 100m)], [.. Enumerable.Range(0, 1 + random.Next(5)).Select(_ => random.Next(1, 90) / 100.0)]);
        // Committed work: a few disjoint blocks per machine, clear of the unavailability.
        var committed = new List<Assignment>();
        var committedJobs = new List<Job>();
        for (var k = 0; k < machines.Length; k++)
        {
            var t = (long)random.Next(6);
            for (var b = random.Next(4); b > 0; b--)
            {
                var length = 1 + random.Next(5);
                if (!machines[k].Unavailable.Any(w => w.Overlaps(t, t + length)))
                {
                    committed.Add(new Assignment(committedJobs.Count, 0, k, t, t + length));
                    committedJobs.Add(TestInstances.Chain((k, length)));
                }
                t += length + random.Next(8);
            }
        }
        var instance = TestInstances.Create(committedJobs, machines, energy);
        var operations = Enumerable.Range(0, 1 + random.Next(3))
            .Select(_ => new Operation([.. Enumerable.Range(0, machines.Length).Where(_ => random.Next(2) == 0).DefaultIfEmpty(random.Next(machines.Length))
                .Select(k => new MachineOption(k, random.Next(5) == 0 ? 0 : 1 + random.Next(6), random.Next(4) == 0 ? 1 : 0))]))
            .ToArray();
        var job = new Job(operations, ReleaseTick: random.Next(4));
        var now = random.Next(3);
        var deadline = 12 + random.Next(25);
        var schedule = new Schedule(committed);

        var quotes = PromiseQuery.Quotes(instance, schedule, job, now, deadline);
        var exhaustive = Exhaustive(instance, committed, job, Math.Max(now, job.ReleaseTick), deadline);

        if (exhaustive.Count == 0)
        {
            Assert.All(quotes, q => Assert.False(q.IsAvailable));
            return;
        }
        PromiseGoalTests.AssertFeasible(instance, schedule, job, quotes, now);
        var fastest = quotes[0].Plan!;
        Assert.Equal(exhaustive.Min(p => p.Completion), fastest.CompletionTick);
        Assert.Equal(exhaustive.Where(p => p.Completion == fastest.CompletionTick).Min(p => p.Cost), fastest.Cost, 9);
        var cheapest = quotes[1].Plan!;
        var leastCost = exhaustive.Min(p => p.Cost);
        Assert.Equal(leastCost, cheapest.Cost, 9);
        Assert.Equal(exhaustive.Where(p => Math.Abs(p.Cost - leastCost) <= 1e-9m).Min(p => p.Completion), cheapest.CompletionTick);
        var greenest = quotes[2].Plan!;
        var leastCo2 = exhaustive.Min(p => p.Co2);
        Assert.Equal(leastCo2, greenest.KgCo2e, 9);
        Assert.Equal(exhaustive.Where(p => Math.Abs(p.Co2 - leastCo2) <= 1e-9).Min(p => p.Completion), greenest.CompletionTick);
        Assert.All(quotes, q => Assert.True(q.Plan!.IsProvenOptimal));
    }

    /// <summary>
    /// Every placement of the chain: each operation on each eligible machine at each integer start, idle and in order;
    /// its cost is the energy at the hours used plus the occupied hours × the machine's cost per hour.
    /// </summary>
    private static List<(long Completion, decimal Cost, double Co2)> Exhaustive(Instance instance, List<Assignment> committed, Job job, long ready, long deadline)
    {
        var found = new List<(long, decimal, double)>();
        void Place(int o, long earliest, decimal cost, double co2)
        {
            if (o == job.Operations.Count)
            {
                found.Add((earliest, cost, co2));
                return;
            }
            foreach (var option in job.Operations[o].Options)
            {
                var machine = instance.Machines[option.Machine];
                for (var s = earliest; s + option.OccupiedTicks <= deadline; s++)
                {
                    var end = s + option.OccupiedTicks;
                    var idle = end == s || (!machine.Unavailable.Any(w => w.Overlaps(s, end)) && !committed.Any(a => a.Machine == option.Machine && a.StartTick < end && s < a.EndTick));
                    if (idle)
                    {
                        var (_, c, g) = EnergyIntegral.Of(instance.Energy, machine.PowerKw, s, end);
                        var time = machine.CostPerHour * option.OccupiedTicks / instance.Energy!.TicksPerHour;
                        Place(o + 1, end, cost + c + time, co2 + g);
                    }
                }
            }
        }
        Place(0, ready, 0, 0);
        return found;
    }
}
