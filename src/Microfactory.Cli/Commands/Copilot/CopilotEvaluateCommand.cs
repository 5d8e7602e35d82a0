using System.CommandLine;
using System.Globalization;
using Microfactory.Copilot.Evaluation;
using Microfactory.Server.Features.Copilot;
using Microfactory.Server.Features.Copilot.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Microfactory.Cli.Commands.Copilot;

/// <summary>
/// <c>mf copilot evaluate [--markdown FILE] [--min-accuracy R]</c>: asks the copilot the demo-plant evaluation set over
/// the database (the demo factory after the simulated twin has run on it) and reports accuracy per category and answer
/// times; with <c>--markdown</c> it writes that report into the file's copilot-evaluation section (bench/RESULTS.md).
/// Exit 1 when accuracy is below <c>--min-accuracy</c>. Proposals it gets are never confirmed, and its questions are not counted as usage.
/// </summary>
internal static class CopilotEvaluateCommand
{
    public const string SectionStart = "<!-- copilot-evaluation:start -->";
    public const string SectionEnd = "<!-- copilot-evaluation:end -->";

    public static Command Create(CliContext context)
    {
        var markdown = new Option<FileInfo?>("--markdown") { Description = "Write the report into this Markdown file, between its copilot-evaluation markers (added at the end when missing)." };
        var minimum = new Option<decimal>("--min-accuracy") { Description = "Fail (exit 1) below this share of correct answers, 0–1.", DefaultValueFactory = _ => 0.9m };
        var verbose = new Option<bool>("--show-answers") { Description = "Print every question with its answer, not only the failures." };
        var connection = ServerConnection.ConnectionStringOption();
        var command = new Command("evaluate", "Ask the copilot the evaluation set over this database's plant and report its accuracy per category and its answer times.")
        {
            markdown, minimum, verbose, connection,
        };
        command.SetAction((ParseResult parse, CancellationToken cancellationToken) =>
            DatabaseCommand.RunAsync(context, "mf copilot evaluate", parse.GetValue(connection), async services =>
            {
                var min = parse.GetValue(minimum);
                if (min is < 0 or > 1)
                {
                    await context.Error.WriteLineAsync("mf copilot evaluate: --min-accuracy must be between 0 and 1.");
                    return CliApp.Failure;
                }
                // The plant stands still while it is questioned: the facts and the answers are about the same instant.
                (services.GetRequiredService<TimeProvider>() as Microfactory.Server.Features.Simulation.SimulationClock)?.Hold();
                var done = 0;
                var showAnswers = parse.GetValue(verbose);
                var run = await services.GetRequiredService<CopilotEvaluation>().RunAsync(new SynchronousProgress(r =>
                {
                    done++;
                    if (!r.Passed || showAnswers)
                    {
                        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{done}] {r.Case.Id} ({r.Case.Category}) {(r.Passed ? "ok" : "WRONG: " + string.Join("; ", r.Failures))}"));
                        context.Error.WriteLine("    Q: " + string.Join(" / ", r.Case.Turns));
                        context.Error.WriteLine("    A: " + r.Answer.Replace("\n", "\n       ", StringComparison.Ordinal));
                    }
                    else if (done % 10 == 0)
                    {
                        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done} questions asked…"));
                    }
                }), cancellationToken);
                if (run is not { } result)
                {
                    await context.Error.WriteLineAsync("mf copilot evaluate: the database holds no factory to ask about. Start the server once with the demo (mf serve).");
                    return CliApp.Failure;
                }
                var (report, facts) = result;
                var engine = services.GetRequiredService<CopilotModel>().Enabled ? "the configured model" : "the built-in offline engine";
                Render(context.Console, report, facts, engine);
                if (parse.GetValue(markdown) is { } file)
                {
                    Write(file, Markdown(report, facts, engine, services.GetRequiredService<Microfactory.Server.Access.WallClock>().GetUtcNow()));
                    await context.Output.WriteLineAsync($"Wrote the report into {file.FullName}.");
                }
                return report.Overall.Accuracy >= min ? 0 : CliApp.Failure;
            }));
        return command;
    }

    private static void Render(IAnsiConsole console, EvaluationReport report, PlantFacts facts, string engine)
    {
        var c = CultureInfo.InvariantCulture;
        console.Write(new Rule($"[bold]Copilot evaluation[/] `{report.SetName}` on {Markup.Escape(facts.Factory.Name)}, factory time {facts.Now.ToString("yyyy-MM-dd HH:mm zzz", c)}").LeftJustified());
        var table = new Table().AddColumns("category", "questions", "correct", "accuracy", "median ms");
        foreach (var category in report.Categories)
        {
            table.AddRow(category.Category, category.Total.ToString(c), category.Correct.ToString(c), Percent(category.Accuracy), report.MedianMillisecondsOf(category.Category).ToString("0.0", c));
        }
        table.AddRow("[bold]all[/]", report.Overall.Total.ToString(c), report.Overall.Correct.ToString(c), $"[bold]{Percent(report.Overall.Accuracy)}[/]", report.MedianMilliseconds.ToString("0.0", c));
        console.Write(table);
        console.WriteLine(string.Create(c, $"{report.Overall.Correct} of {report.Overall.Total} answered correctly by {engine}; answer time median {report.MedianMilliseconds:0.0} ms, p95 {report.P95Milliseconds:0.0} ms."));
    }

    private static string Percent(decimal share) => (share * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static string Markdown(EvaluationReport report, PlantFacts facts, string engine, DateTimeOffset ranAt)
    {
        var c = CultureInfo.InvariantCulture;
        var languages = report.Results.GroupBy(r => r.Case.Turns[^1].Any(Microfactory.Copilot.Retrieval.TextTokens.IsHan) ? "繁體中文" : "English")
            .Select(g => string.Create(c, $"{g.Key} {g.Count(r => r.Passed)}/{g.Count()}"));
        return string.Create(c, $"""
            Run by `mf copilot evaluate --markdown bench/RESULTS.md` on {ranAt:yyyy-MM-dd} over {facts.Factory.Name} at factory time {facts.Now:yyyy-MM-dd HH:mm zzz} ({facts.OpenOrders.Count} open orders, {facts.CompletedUnits.Count} completed units read, {facts.OpenAlarms.Count} open alarms), answered by {engine}; by language: {string.Join(", ", languages)}.

            {report.ToMarkdown()}
            """);
    }

    /// <summary>Replaces the report between the markers, or appends the section when the file has none.</summary>
    internal static void Write(FileInfo file, string body)
    {
        var section = $"{SectionStart}\n{body.TrimEnd()}\n{SectionEnd}";
        var text = file.Exists ? File.ReadAllText(file.FullName) : "";
        var start = text.IndexOf(SectionStart, StringComparison.Ordinal);
        var end = text.IndexOf(SectionEnd, StringComparison.Ordinal);
        text = start >= 0 && end > start
            ? text[..start] + section + text[(end + SectionEnd.Length)..]
            : text.TrimEnd() + (text.Length > 0 ? "\n\n" : "") + "## Copilot evaluation over the demo plant\n\n" + section + "\n";
        File.WriteAllText(file.FullName, text);
    }

    /// <summary>Reports on the caller's thread at once (<see cref="Progress{T}"/> would post to the thread pool, out of order).</summary>
    private sealed class SynchronousProgress(Action<CaseResult> report) : IProgress<CaseResult>
    {
        public void Report(CaseResult value) => report(value);
    }
}
