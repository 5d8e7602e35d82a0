using System.CommandLine;
using Microfactory.Planning.Checking;
using Microfactory.Planning.Solving;
using Spectre.Console;

namespace Microfactory.Cli.Commands.Schedule;

/// <summary><c>mf schedule bench DIR</c>: solve every instance in a folder and compare with the best known values.</summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("dir") { Description = "Folder of instance files (.fjs, or .txt in OR-Library job-shop format)." };
        var timeLimit = ScheduleCommands.TimeLimitOption();
        var seed = ScheduleCommands.SeedOption();
        var threads = ScheduleCommands.ThreadsOption();
        var format = ScheduleCommands.FormatOption();
        var bestKnown = new Option<string?>("--best-known") { Description = "best-known.csv (default: found in the folder or its parents)." };
        var markdown = new Option<string?>("--markdown") { Description = "Also write the table as Markdown to this file." };
        var command = new Command("bench", "Solve every instance in a folder; print instance, best known, ours, gap % and seconds to best.");
        command.Arguments.Add(directory);
        command.Options.Add(timeLimit);
        command.Options.Add(seed);
        command.Options.Add(threads);
        command.Options.Add(format);
        command.Options.Add(bestKnown);
        command.Options.Add(markdown);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var dir = r.GetValue(directory)!;
            if (!Directory.Exists(dir))
            {
                await context.Error.WriteLineAsync($"{dir}: folder not found");
                return CliApp.Failure;
            }
            var files = Directory.GetFiles(dir)
                .Where(f => f.EndsWith(".fjs", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => f, NaturalFileOrder.Instance)
                .ToList();
            if (files.Count == 0)
            {
                await context.Error.WriteLineAsync($"{dir}: no .fjs or .txt instance files");
                return CliApp.Failure;
            }
            var csv = r.GetValue(bestKnown) ?? BestKnown.Locate(dir);
            var table = csv is null ? BestKnown.Empty : BestKnown.Load(csv);
            var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(r.GetValue(timeLimit)), Seed = r.GetValue(seed), Threads = Math.Max(1, r.GetValue(threads)) };
            var rows = new List<BenchRow>();
            string? failure = null;
            async Task SolveAllAsync(Action<string> starting, Action solved)
            {
                foreach (var file in files)
                {
                    starting(Path.GetFileName(file));
                    var loaded = await InstanceLoader.LoadAsync(file, InstanceLoader.ParseFormat(r.GetValue(format), file) ?? Planning.Formats.InstanceFormat.Fjs, ct);
                    if (!loaded.IsSuccess)
                    {
                        failure = loaded.Error;
                        return;
                    }
                    var result = await Task.Run(() => Solver.Solve(loaded.Instance, options, null, ct), ct);
                    var feasible = FeasibilityChecker.IsFeasible(loaded.Instance, result.Schedule);
                    rows.Add(new BenchRow(loaded.Instance.Name, table.Find(file), result.MakespanTicks, result.TimeToBest.TotalSeconds, feasible));
                    solved();
                }
            }
            if (context.Console.Profile.Capabilities.Interactive)
            {
                await context.Console.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask("solving", maxValue: files.Count);
                    await SolveAllAsync(name => task.Description = name, () => task.Increment(1));
                });
            }
            else
            {
                // No live bar in a pipe or a file: one line per instance on stderr, stdout keeps the table.
                await SolveAllAsync(name => context.Error.WriteLine($"solving {name} ({rows.Count + 1} of {files.Count})"), () => { });
            }
            if (failure is not null)
            {
                await context.Error.WriteLineAsync(failure);
                return CliApp.Failure;
            }
            context.Console.Write(BenchReport.ToTable(rows));
            await context.Output.WriteLineAsync(BenchReport.Summary(rows));
            var markdownPath = r.GetValue(markdown);
            if (markdownPath is not null)
            {
                var title = $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir)))} ({options.TimeLimit.TotalSeconds:0.#} s per instance, {options.Threads} threads, seed {options.Seed})";
                await File.WriteAllTextAsync(markdownPath, BenchReport.ToMarkdown(rows, title), ct);
            }
            return rows.All(row => row.Feasible) ? 0 : CliApp.Failure;
        });
        return command;
    }
}
