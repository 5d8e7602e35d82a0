using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Microfactory.Carbon.Benchmarks;
using Microfactory.Carbon.Calculation;

// "parts [lines]" measures the CPU time of validation, materials only and energy only (medians of 7 batches of 15 calls),
// to see where the time of a footprint goes; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "parts")
{
    var lines = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
    var input = SyntheticBom.Create(lines);
    var cases = new (string Name, Func<object?> Run)[]
    {
        ("validate", () => input.Validate()),
        ("validate materials", () => (input with { Energy = [], Transport = [], SecondaryFactors = [], SupplierFootprints = [], Grid = null }).Validate()),
        ("validate factors", () => (input with { Materials = [], Energy = [], Transport = [], Grid = null }).Validate()),
        ("validate energy", () => (input with { Materials = [], Transport = [], SecondaryFactors = [], SupplierFootprints = [] }).Validate()),
        ("validate transport", () => (input with { Materials = [], Energy = [], SecondaryFactors = [], SupplierFootprints = [], Grid = null }).Validate()),
        ("whole footprint", () => FootprintCalculator.Calculate(input)),
        ("materials only", () => FootprintCalculator.Calculate(input with { Energy = [], Transport = [] })),
        ("materials, secondary only", () => FootprintCalculator.Calculate(input with { Energy = [], Transport = [], SupplierFootprints = [] })),
        ("materials, secondary without fossil", () => FootprintCalculator.Calculate(input with { Energy = [], Transport = [], SupplierFootprints = [], SecondaryFactors = [.. input.SecondaryFactors.Select(f => f with { FossilKgCo2ePerUnit = null })] })),
        ("energy only", () => FootprintCalculator.Calculate(input with { Materials = [], Packaging = [], Transport = [] })),
    };
    using var process = Process.GetCurrentProcess();
    foreach (var (name, run) in cases)
    {
        var times = new List<double>();
        for (var r = 0; r < 10; r++)
        {
            GC.KeepAlive(run());
        }
        for (var batch = 0; batch < 7; batch++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            for (var r = 0; r < 15; r++)
            {
                GC.KeepAlive(run());
            }
            process.Refresh();
            times.Add((process.TotalProcessorTime - cpu).TotalMilliseconds / 15);
        }
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: CPU per call median {times[3]:0.000} ms (min {times[0]:0.000})"));
    }
    return;
}
// "cpu" gives the process CPU time per footprint (all threads, GC included) for each size, median of 7 batches: on a
// shared machine the wall-clock medians measure the other work as much as the engine; CPU time does much less so.
if (args.Length > 0 && args[0] == "cpu")
{
    foreach (var lines in new[] { 20, 1_000, 10_000 })
    {
        var input = SyntheticBom.Create(lines);
        var runs = lines >= 10_000 ? 20 : lines >= 1_000 ? 200 : 5_000;
        for (var w = 0; w < runs; w++)
        {
            GC.KeepAlive(FootprintCalculator.Calculate(input));
        }
        var perRun = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var batch = 0; batch < 7; batch++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            for (var r = 0; r < runs; r++)
            {
                GC.KeepAlive(FootprintCalculator.Calculate(input));
            }
            process.Refresh();
            perRun.Add((process.TotalProcessorTime - cpu).TotalMilliseconds / runs);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {lines} lines, batch {batch}: CPU {perRun[^1]:0.000} ms, wall {wall.Elapsed.TotalMilliseconds / runs:0.000} ms per footprint"));
        }
        perRun.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lines} lines: CPU time per footprint median {perRun[3]:0.000} ms (min {perRun[0]:0.000}, max {perRun[^1]:0.000})"));
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(FootprintBenchmarks).Assembly).Run(args);
