using BenchmarkDotNet.Attributes;
using Microfactory.Planning.Model;
using Microfactory.Planning.Promising;
using Microfactory.Planning.Replanning;
using Microfactory.Planning.Solving;
using Microfactory.Planning.Timing;

namespace Microfactory.Planning.Benchmarks;

/// <summary>
/// Goal quotes and energy-aware timing. "Demo": the 400-operation / 12-machine plan of
/// <see cref="FactoryScaleBenchmarks"/> (minute ticks, 4-hour profile), an 8-operation job.
/// "Seconds": 10 machines each with about 190 committed blocks over three days at second ticks,
/// a 24-hour tariff and grid profile, a deadline two days out, a 5- and a 10-operation job
/// with 2–3 eligible machines per operation.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class QuoteBenchmarks
{
    private Instance _demo = null!;
    private Schedule _demoPlan = null!;
    private IdleCapacity _demoCapacity = null!;
    private long _demoNow;
    private long _demoDeadline;
    private IdleCapacity _seconds = null!;
    private Instance _secondsInstance = null!;
    private Schedule _secondsPlan = null!;
    private Job _five = null!;
    private Job _ten = null!;

    [GlobalSetup]
    public void Setup()
    {
        _demo = SyntheticFactory.Create(50, 8, 12, 2);
        _demoPlan = Solver.Solve(_demo, new SolverOptions { MaxIterations = 2_000 }).Schedule;
        _demoCapacity = IdleCapacity.Of(_demo, _demoPlan);
        _demoNow = _demoPlan.MakespanTicks / 3;
        _demoDeadline = PromiseQuery.Quote(_demoCapacity, _demo.Jobs[0], _demoNow, long.MaxValue, PromiseGoal.EarliestCompletion).EarliestCompletionTick + (24 * 60);

        var random = new Random(5);
        var machines = Enumerable.Range(0, 10).Select(k => new Machine($"M{k}", 3 + (k % 4) * 4, [])).ToArray();
        var price = Enumerable.Range(0, 24).Select(h => h is >= 7 and < 21 ? 0.32m : 0.18m).ToArray();
        var grid = Enumerable.Range(0, 24).Select(h => 0.35 + 0.2 * Math.Cos((h - 13) * Math.PI / 12)).ToArray();
        _secondsInstance = Instance.Create("seconds", [], machines, new EnergyProfile(3600, price, grid)).Instance!;
        var committed = new List<Assignment>();
        for (var k = 0; k < machines.Length; k++)
        {
            for (var t = (long)random.Next(600); t < 3 * 86_400;)
            {
                var length = 300 + random.Next(600);
                committed.Add(new Assignment(committed.Count, 0, k, t, t + length));
                t += length + random.Next(1_500);
            }
        }
        _secondsPlan = new Schedule(committed);
        _seconds = IdleCapacity.Of(_secondsInstance, _secondsPlan);
        Job Chain(int operations) => new([.. Enumerable.Range(0, operations).Select(_ =>
            new Operation([.. Enumerable.Range(0, 10).OrderBy(_ => random.Next()).Take(2 + random.Next(2)).Order()
                .Select(m => new MachineOption(m, 300 + random.Next(900), random.Next(2) * 60))]))]);
        _five = Chain(5);
        _ten = Chain(10);
    }

    /// <summary>Demo: the three options of one quote (capacity built beforehand).</summary>
    [Benchmark]
    public int DemoThreeOptions8Ops() => PromiseQuery.Quotes(_demoCapacity, _demo.Jobs[0], _demoNow, _demoDeadline).Count(q => q.IsAvailable);

    /// <summary>Demo: the greenest option alone.</summary>
    [Benchmark]
    public long DemoGreenest8Ops() => PromiseQuery.Quote(_demoCapacity, _demo.Jobs[0], _demoNow, _demoDeadline, PromiseGoal.LeastKgCo2e).Plan!.CompletionTick;

    /// <summary>Demo: building the idle capacity of the 400-operation plan (once per plan version).</summary>
    [Benchmark]
    public long DemoIdleCapacity400Ops() => IdleCapacity.Of(_demo, _demoPlan).LastBusyEnd(0);

    /// <summary>Seconds: fastest option, 5 operations.</summary>
    [Benchmark]
    public long SecondsFastest5Ops() => PromiseQuery.Quote(_seconds, _five, 0, 2 * 86_400, PromiseGoal.EarliestCompletion).Plan!.CompletionTick;

    /// <summary>Seconds: cheapest option, 5 operations.</summary>
    [Benchmark]
    public long SecondsCheapest5Ops() => PromiseQuery.Quote(_seconds, _five, 0, 2 * 86_400, PromiseGoal.LeastCost).Plan!.CompletionTick;

    /// <summary>Seconds: greenest option, 5 operations.</summary>
    [Benchmark]
    public long SecondsGreenest5Ops() => PromiseQuery.Quote(_seconds, _five, 0, 2 * 86_400, PromiseGoal.LeastKgCo2e).Plan!.CompletionTick;

    /// <summary>Seconds: greenest option, 10 operations.</summary>
    [Benchmark]
    public long SecondsGreenest10Ops() => PromiseQuery.Quote(_seconds, _ten, 0, 2 * 86_400, PromiseGoal.LeastKgCo2e).Plan!.CompletionTick;

    /// <summary>Seconds: building the idle capacity of about 1,900 committed blocks.</summary>
    [Benchmark]
    public long SecondsIdleCapacity() => IdleCapacity.Of(_secondsInstance, _secondsPlan).LastBusyEnd(0);

    /// <summary>Demo: energy-aware timing of the whole 400-operation plan after solving.</summary>
    [Benchmark]
    public int DemoEnergyTiming400Ops() => EnergyTiming.Improve(new ReplanRequest(_demo, _demoPlan, _demoNow, new HashSet<(int, int)>())).MovedOperations;
}
