using BenchmarkDotNet.Attributes;
using Microfactory.Simulation.Engine;
using Microfactory.Simulation.Model;

namespace Microfactory.Simulation.Benchmarks;

/// <summary>
/// The engine alone: 20 machines, 4,000 jobs (12,000 operations, ~66,000 parts), 30 simulated days, to a
/// no-op sink. Events per second = <see cref="CountingSink.Events"/> of one run (printed by <c>rate</c>) / the mean time.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EngineBenchmarks
{
    public const long HorizonTicks = 30L * 24 * 3600;

    private SimulationModel _model = null!;

    /// <summary>60 s: a reading per machine per minute, like the live twin; 3,600 s: mostly work, failure and state events.</summary>
    [Params(60L, 3600L)]
    public long MeterIntervalTicks { get; set; }

    [GlobalSetup]
    public void Setup() => _model = SyntheticPlant.Create(20, 4000, MeterIntervalTicks);

    /// <summary>One run in one call, as a batch what-if would.</summary>
    [Benchmark]
    public long RunThirtyDays()
    {
        var sink = new CountingSink();
        new Simulator(_model, sink).RunUntil(HorizonTicks);
        return sink.Events;
    }

    /// <summary>The same run stepped one simulated second at a time, as a live host driving a virtual clock would.</summary>
    [Benchmark]
    public long RunThirtyDaysSecondBySecond()
    {
        var sink = new CountingSink();
        var simulator = new Simulator(_model, sink);
        for (var t = 1L; t <= HorizonTicks; t++)
        {
            simulator.RunUntil(t);
        }
        return sink.Events;
    }
}
