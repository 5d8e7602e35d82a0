using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Microfactory.Copilot.Benchmarks;
using Microfactory.Copilot.Evaluation;
using Microfactory.Copilot.Tests.Fixture;

// "suite" answers every question of the evaluation set (each case a fresh conversation, as the runner does) and reports
// the median, 90th percentile and maximum wall time per case over several rounds, and the accuracy; anything else goes to
// BenchmarkDotNet.
if (args.Length > 0 && args[0] == "suite")
{
    var set = EvaluationSet.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "synthetic-plant.json")));
    var plant = new SyntheticPlant();
    var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
    for (var w = 0; w < 3; w++)
    {
        await EvaluationRunner.RunAsync(set, role => plant.Copilot(PlantData.User(role)));
    }
    var times = new List<double>();
    foreach (var round in Enumerable.Range(0, rounds))
    {
        foreach (var c in set.Cases)
        {
            var one = new EvaluationSet(set.Name, [c]);
            var clock = Stopwatch.StartNew();
            await EvaluationRunner.RunAsync(one, role => plant.Copilot(PlantData.User(role)));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
    }
    times.Sort();
    var report = await EvaluationRunner.RunAsync(set, role => plant.Copilot(PlantData.User(role)));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{set.Cases.Count} questions × {rounds} rounds: median {times[times.Count / 2]:0.000} ms, p90 {times[times.Count * 9 / 10]:0.000} ms, max {times[^1]:0.000} ms per question"));
    Console.WriteLine(report.ToMarkdown());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(QuestionBenchmarks).Assembly).Run(args);
