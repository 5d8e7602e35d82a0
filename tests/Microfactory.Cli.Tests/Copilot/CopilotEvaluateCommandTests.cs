using System.Diagnostics;
using System.Text.RegularExpressions;
using Microfactory.Cli.Commands;
using Microfactory.Cli.Commands.Copilot;
using Microfactory.Cli.Tests.Commands;
using Microfactory.Cli.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Microfactory.Cli.Tests.Copilot;

/// <summary>
/// <c>mf copilot evaluate</c> as a user runs it: the demo factory produces by itself for two days of factory time (the
/// README's run command, its twin sped up), then the evaluation asks its questions over that database.
/// </summary>
public sealed partial class CopilotEvaluateCommandTests
{
    [Fact]
    public async Task Evaluate_AfterTheTwinRan_AnswersAtLeastNinetyPercentOfEightyQuestionsInBothLanguagesAndWritesTheReport()
    {
        var database = CliRun.NewSqliteConnectionString();
        await RunTwinAsync(database);
        var results = Path.Combine(Path.GetTempPath(), "mf-cli-tests", Guid.NewGuid().ToString("N") + ".md");
        await File.WriteAllTextAsync(results, "# Results\n\n## Other figures\n\nkept\n");

        var (exit, output, error) = await CliRun.RunAsync("copilot", "evaluate", "-c", database, "--markdown", results);

        Assert.True(exit == 0, output + error);
        var summary = SummaryLine().Match(output);
        Assert.True(summary.Success, output);
        var (correct, total) = (int.Parse(summary.Groups[1].Value), int.Parse(summary.Groups[2].Value));
        Assert.True(total >= 80, $"{total} questions");
        Assert.True(correct >= 0.9 * total, output + error);
        var report = await File.ReadAllTextAsync(results);
        Assert.Contains("kept", report, StringComparison.Ordinal);
        Assert.Contains(CopilotEvaluateCommand.SectionStart, report, StringComparison.Ordinal);
        Assert.Matches(@"English \d+/\d+, 繁體中文 \d+/\d+|繁體中文 \d+/\d+, English \d+/\d+", report);
        foreach (var category in (string[])["order-lateness", "oee", "alarms", "footprint", "passport", "documents", "drafting", "action", "follow-up", "refusal", "no-data"])
        {
            Assert.Contains($"| {category} |", report, StringComparison.Ordinal);
        }

        // Run again: the section is replaced, not repeated.
        Assert.Equal(0, (await CliRun.RunAsync("copilot", "evaluate", "-c", database, "--markdown", results)).ExitCode);
        Assert.Single(Regex.Matches(await File.ReadAllTextAsync(results), Regex.Escape(CopilotEvaluateCommand.SectionStart)));
    }

    [Fact]
    public async Task Evaluate_MinAccuracyOutOfRange_FailsNamingTheOption()
    {
        var database = await DemoOrders.NewDatabaseAsync();

        var (exit, _, error) = await CliRun.RunAsync("copilot", "evaluate", "-c", database, "--min-accuracy", "1.5");

        Assert.Equal(CliApp.Failure, exit);
        Assert.Contains("--min-accuracy must be between 0 and 1", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_DemoWithoutHistory_SaysSoInItsAnswersAndReportsEveryQuestion()
    {
        // A fresh demo: no orders, units or alarms yet; the right answers say there are none.
        var database = await DemoOrders.NewDatabaseAsync();

        var (exit, output, error) = await CliRun.RunAsync("copilot", "evaluate", "-c", database, "--min-accuracy", "0");

        Assert.True(exit == 0, error);
        var summary = SummaryLine().Match(output);
        Assert.True(summary.Success, output);
        Assert.True(int.Parse(summary.Groups[2].Value) >= 50, output);
    }

    [Fact]
    public void Write_FileWithTheSection_ReplacesOnlyBetweenTheMarkers()
    {
        var file = new FileInfo(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".md"));
        File.WriteAllText(file.FullName, $"before\n{CopilotEvaluateCommand.SectionStart}\nold\n{CopilotEvaluateCommand.SectionEnd}\nafter\n");

        CopilotEvaluateCommand.Write(file, "new report");

        Assert.Equal($"before\n{CopilotEvaluateCommand.SectionStart}\nnew report\n{CopilotEvaluateCommand.SectionEnd}\nafter\n", File.ReadAllText(file.FullName));
    }

    /// <summary>
    /// `mf serve` on the database with the twin at an hour of factory time per second (its most), until it has completed units and
    /// two factory days have passed (the twin saves its clock every 5 s), then stopped.
    /// </summary>
    private static async Task RunTwinAsync(string database)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "mf.dll"), "serve", "--urls", $"http://127.0.0.1:{Microfactory.Server.Tests.Support.FreePort.Next()}", "-c", database })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["Microfactory__Simulation__Enabled"] = "true";
        start.Environment["Microfactory__Simulation__SpeedUp"] = "3600";
        start.Environment["Microfactory__Simulation__OrdersPerDay"] = "60";
        start.Environment["Microfactory__Simulation__StepInterval"] = "00:00:00.200";
        start.Environment["Microfactory__Plans__PollInterval"] = "00:00:00.200";
        using var server = Process.Start(start)!;
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        server.OutputDataReceived += (_, e) => { if (e.Data is { } line && log.Count < 200) { log.Enqueue(line); } };
        server.ErrorDataReceived += (_, e) => { if (e.Data is { } line && log.Count < 200) { log.Enqueue(line); } };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            var clock = Stopwatch.StartNew();
            DateTimeOffset? first = null;
            while (clock.Elapsed < TimeSpan.FromSeconds(150))
            {
                await Task.Delay(2000);
                Assert.False(server.HasExited, "mf serve stopped:\n" + string.Join("\n", log));
                var (completed, factoryTime) = await ProgressAsync(database);
                first ??= factoryTime;
                if (completed >= 3 && factoryTime - first >= TimeSpan.FromHours(48))
                {
                    await Task.Delay(6000); // the clock the CLI goes on from is saved every 5 s
                    return;
                }
            }
            Assert.Fail("the twin did not complete 3 units in two factory days within 150 s");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static async Task<(long Completed, DateTimeOffset? FactoryTime)> ProgressAsync(string database)
    {
        try
        {
            await using var connection = new SqliteConnection(database + ";Mode=ReadOnly");
            await connection.OpenAsync();
            await using var units = connection.CreateCommand();
            units.CommandText = "SELECT COUNT(*) FROM units WHERE status = 'Completed'";
            var completed = (long)(await units.ExecuteScalarAsync())!;
            await using var clock = connection.CreateCommand();
            clock.CommandText = "SELECT simulated_ms FROM simulation_clock WHERE id = 1";
            return (completed, await clock.ExecuteScalarAsync() is long ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null);
        }
        catch (SqliteException)
        {
            return (0, null); // not created or migrated yet
        }
    }

    [GeneratedRegex(@"(\d+) of (\d+) answered correctly")]
    private static partial Regex SummaryLine();
}
