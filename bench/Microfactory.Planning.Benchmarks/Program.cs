using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Microfactory.Planning.Benchmarks;
using Microfactory.Planning.Checking;
using Microfactory.Planning.Solving;

// "scale [seconds]" runs the 2,000-operation / 30-machine search with progress; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "scale")
{
    var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 10;
    var instance = SyntheticFactory.Create(200, 10, 30, 1);
    var clock = Stopwatch.StartNew();
    var progress = new Progress<SolverProgress>(p => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.Elapsed.TotalSeconds,8:0.000} s  makespan {p.MakespanTicks}  (thread {p.Thread})")));
    var result = Solver.Solve(instance, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(seconds), Threads = Environment.ProcessorCount }, progress);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{instance.Name}: {instance.OperationCount} operations, best {result.MakespanTicks} (lower bound {result.LowerBound}) after {result.TimeToBest.TotalSeconds:0.00} s, {result.Iterations} iterations in {clock.Elapsed.TotalSeconds:0.0} s, feasible {FeasibilityChecker.IsFeasible(instance, result.Schedule)}"));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(HotPathBenchmarks).Assembly).Run(args);
