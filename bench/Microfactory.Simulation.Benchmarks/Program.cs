using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Microfactory.Simulation.Benchmarks;
using Microfactory.Simulation.Engine;

// "rate [runs]" times whole runs with a stopwatch and prints the events per second of each and the median; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "rate")
{
    var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
    foreach (var interval in new[] { 60L, 3600L })
    {
        var model = SyntheticPlant.Create(20, 4000, interval);
        var rates = new List<double>();
        var installs = new List<double>();
        var totals = new List<double>();
        for (var r = 0; r < runs + 3; r++)
        {
            var sink = new CountingSink();
            var clock = Stopwatch.StartNew();
            var simulator = new Simulator(model, sink);
            var installed = clock.Elapsed;
            simulator.RunUntil(EngineBenchmarks.HorizonTicks);
            clock.Stop();
            if (r >= 3)
            {
                // The first three runs warm up the JIT (tiered compilation). The rate counts the run only; installing the plan is shown apart.
                rates.Add(sink.Events / (clock.Elapsed - installed).TotalSeconds);
                installs.Add(installed.TotalMilliseconds);
                totals.Add(clock.Elapsed.TotalMilliseconds);
            }
            if (r == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"meter {interval} s: {model.Machines.Count} machines, {model.Operations.Count} operations, {sink.Events:N0} events per run, {sink.OperationsFinished} operations finished"));
            }
        }
        rates.Sort();
        installs.Sort();
        totals.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"meter {interval} s: events/s median {rates[rates.Count / 2]:N0} (min {rates[0]:N0}, max {rates[^1]:N0}) over {runs} runs; installing the plan: median {installs[installs.Count / 2]:0.0} ms; whole run: median {totals[totals.Count / 2]:0.0} ms"));
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
