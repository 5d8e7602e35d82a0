using BenchmarkDotNet.Attributes;
using Microfactory.Carbon.Calculation;
using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Benchmarks;

/// <summary>
/// <see cref="FootprintCalculator.Calculate"/> on a seeded synthetic batch (<see cref="SyntheticBom"/>): 20 lines (a unit of
/// a shipped template), 1,000 and 10,000 lines (target: under 10 ms median), validation included.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FootprintBenchmarks
{
    private FootprintInput _input = null!;

    [Params(20, 1_000, 10_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = SyntheticBom.Create(Lines);
        if (FootprintCalculator.Calculate(_input).Problem is { } problem)
        {
            throw new InvalidOperationException($"the synthetic input is invalid: {problem}");
        }
    }

    [Benchmark]
    public decimal Calculate() => FootprintCalculator.Calculate(_input).Footprint!.TotalKgCo2e;
}
