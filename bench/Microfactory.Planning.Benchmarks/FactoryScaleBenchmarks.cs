using BenchmarkDotNet.Attributes;
using Microfactory.Planning.Model;
using Microfactory.Planning.Promising;
using Microfactory.Planning.Replanning;
using Microfactory.Planning.Solving;

namespace Microfactory.Planning.Benchmarks;

/// <summary>
/// Operations at factory scale: a first feasible schedule for 2,000 operations on 30 machines,
/// repairing a 400-operation plan after a breakdown, and a promise-date query.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FactoryScaleBenchmarks
{
    private Instance _large = null!;
    private Instance _demo = null!;
    private Instance _demoBroken = null!;
    private Schedule _demoPlan = null!;
    private long _now;

    [GlobalSetup]
    public void Setup()
    {
        _large = SyntheticFactory.Create(200, 10, 30, 1);
        _demo = SyntheticFactory.Create(50, 8, 12, 2);
        _demoPlan = Solver.Solve(_demo, new SolverOptions { MaxIterations = 2_000 }).Schedule;
        _now = _demoPlan.MakespanTicks / 3;
        var machines = _demo.Machines.Select((m, k) => k == 3 ? m with { Unavailable = [new TimeWindow(_now + 200, _now + 600)] } : m).ToArray();
        _demoBroken = _demo.WithMachines(machines).Instance!;
    }

    /// <summary>2,000 operations, 30 machines: dispatching start only (the first feasible schedule).</summary>
    [Benchmark]
    public long FirstFeasible2000Ops() => Solver.Solve(_large, new SolverOptions { MaxIterations = 0 }).MakespanTicks;

    /// <summary>400 operations, 12 machines: repaired plan after a breakdown, no search.</summary>
    [Benchmark]
    public long RepairAfterBreakdown400Ops() =>
        Replanner.Repair(new ReplanRequest(_demoBroken, _demoPlan, _now, new HashSet<(int, int)>())).Schedule.MakespanTicks;

    /// <summary>400 operations: earliest completion of a new 8-operation job around the committed plan.</summary>
    [Benchmark]
    public long PromiseDate400Ops() => PromiseQuery.EarliestCompletion(_demo, _demoPlan, _demo.Jobs[0], _now).CompletionTick;
}
