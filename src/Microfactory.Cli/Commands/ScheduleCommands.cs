using System.CommandLine;
using System.Globalization;
using Microfactory.Cli.Commands.Schedule;
using Microfactory.Planning.Checking;
using Microfactory.Planning.Solving;

namespace Microfactory.Cli.Commands;

/// <summary><c>mf schedule</c>: solve and benchmark flexible job-shop instances.</summary>
internal static class ScheduleCommands
{
    public static Command Create(CliContext context)
    {
        var group = new Command("schedule", "Solve scheduling instances and measure the solver against best-known results.");
        group.Subcommands.Add(CreateSolve(context));
        group.Subcommands.Add(BenchCommand.Create(context));
        return group;
    }

    private static Command CreateSolve(CliContext context)
    {
        var instanceArgument = new Argument<string>("instance") { Description = "Instance file (.fjs flexible job shop, or OR-Library job shop)." };
        var format = FormatOption();
        var timeLimit = TimeLimitOption();
        var seed = SeedOption();
        var threads = ThreadsOption();
        var output = new Option<string?>("--out") { Description = "Write the schedule as JSON to this file." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Do not print each new best makespan to stderr while searching." };
        var command = new Command("solve", "Solve one instance and print its makespan as the last line. The search stops early when the makespan meets the lower bound (it is then optimal).");
        command.Arguments.Add(instanceArgument);
        command.Options.Add(format);
        command.Options.Add(timeLimit);
        command.Options.Add(seed);
        command.Options.Add(threads);
        command.Options.Add(output);
        command.Options.Add(quiet);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var path = r.GetValue(instanceArgument)!;
            var parsedFormat = InstanceLoader.ParseFormat(r.GetValue(format), path);
            if (parsedFormat is null)
            {
                await context.Error.WriteLineAsync("--format: expected 'fjs' or 'jsp'");
                return CliApp.Failure;
            }
            var seconds = r.GetValue(timeLimit);
            if (seconds <= 0 || r.GetValue(threads) < 1)
            {
                await context.Error.WriteLineAsync("--time-limit must be positive and --threads at least 1");
                return CliApp.Failure;
            }
            var loaded = await InstanceLoader.LoadAsync(path, parsedFormat.Value, ct);
            if (!loaded.IsSuccess)
            {
                await context.Error.WriteLineAsync(loaded.Error);
                return CliApp.Failure;
            }
            var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(seconds), Seed = r.GetValue(seed), Threads = r.GetValue(threads) };
            var progress = r.GetValue(quiet) ? null : new ProgressLines(context.Error);
            var result = await Task.Run(() => Solver.Solve(loaded.Instance, options, progress, ct), ct);
            var problems = FeasibilityChecker.Check(loaded.Instance, result.Schedule);
            if (problems.Count > 0)
            {
                await context.Error.WriteLineAsync($"internal error: infeasible schedule: {problems[0]}");
                return CliApp.Failure;
            }
            var outPath = r.GetValue(output);
            if (outPath is not null)
            {
                await using var stream = File.Create(outPath);
                await ScheduleJson.WriteAsync(stream, loaded.Instance.Name, result.Schedule, ct);
            }
            var verdict = result.ProvenOptimal ? "optimal (lower bound reached)" : $"gap to lower bound {result.MakespanTicks - result.LowerBound}";
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{loaded.Instance.Name}: {loaded.Instance.Jobs.Count} jobs, {loaded.Instance.Machines.Count} machines, {loaded.Instance.OperationCount} operations; lower bound {result.LowerBound} ({result.Bound.Describe(loaded.Instance)}); {verdict}; best found after {result.TimeToBest.TotalSeconds:0.00} s, {result.Iterations} iterations"));
            await context.Output.WriteLineAsync(result.MakespanTicks.ToString(CultureInfo.InvariantCulture));
            return 0;
        });
        return command;
    }

    internal static Option<string?> FormatOption() => new("--format") { Description = "Instance format: fjs or jsp (default: .fjs files are fjs, others jsp)." };

    internal static Option<double> TimeLimitOption() => new("--time-limit") { Description = "Seconds of search per instance.", DefaultValueFactory = _ => 10 };

    internal static Option<int> SeedOption() => new("--seed") { Description = "Random seed; the same seed gives the same search.", DefaultValueFactory = _ => 0 };

    internal static Option<int> ThreadsOption() => new("--threads") { Description = "Parallel independent searches (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
}
