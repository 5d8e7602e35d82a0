using System.Globalization;
using System.Text.Json;
using Microfactory.Planning.Checking;
using Microfactory.Planning.Formats;
using Microfactory.Planning.Model;

namespace Microfactory.Cli.Tests.Schedule;

public sealed class ScheduleCommandsTests : IDisposable
{
    private static readonly string Instances = Path.Combine(AppContext.BaseDirectory, "instances");
    private readonly string _temp = Directory.CreateTempSubdirectory("mf-schedule-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task Solve_FjsInstance_WritesJsonAndPrintsMakespanLast()
    {
        var file = Path.Combine(Instances, "fjsp", "brandimarte", "mk01.fjs");
        var json = Path.Combine(_temp, "mk01.json");

        var (code, output, error) = await RunAsync("schedule", "solve", file, "--format", "fjs", "--time-limit", "0.3", "--seed", "1", "--threads", "1", "--out", json);

        Assert.True(code == 0, error);
        var lastLine = output.TrimEnd().Split('\n')[^1].Trim();
        var makespan = long.Parse(lastLine, CultureInfo.InvariantCulture);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var root = document.RootElement;
        Assert.Equal("mk01", root.GetProperty("instance").GetString());
        Assert.Equal(makespan, root.GetProperty("makespan").GetInt64());
        var assignments = root.GetProperty("assignments").EnumerateArray()
            .Select(a => new Assignment(a.GetProperty("job").GetInt32(), a.GetProperty("operation").GetInt32(), a.GetProperty("machine").GetInt32(), a.GetProperty("start").GetInt64(), a.GetProperty("end").GetInt64()))
            .ToList();
        Assert.Equal(55, assignments.Count);
        var instance = InstanceParser.Parse(await File.ReadAllTextAsync(file), InstanceFormat.Fjs, "mk01").Instance!;
        Assert.Empty(FeasibilityChecker.Check(instance, new Planning.Model.Schedule(assignments)));
    }

    [Fact]
    public async Task Solve_JspInstance_UsesZeroBasedMachinesAndFindsFt06Optimum()
    {
        var json = Path.Combine(_temp, "ft06.json");

        var (code, output, error) = await RunAsync("schedule", "solve", Path.Combine(Instances, "jssp", "ft06.txt"), "--format", "jsp", "--time-limit", "5", "--threads", "1", "--out", json);

        Assert.True(code == 0, error);
        Assert.Equal("55", output.TrimEnd().Split('\n')[^1].Trim());
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var first = document.RootElement.GetProperty("assignments")[0];
        // ft06 job 0 starts on machine 2 (0-based in the file).
        Assert.Equal(2, first.GetProperty("machine").GetInt32());
    }

    [Fact]
    public async Task Solve_Ft06_StopsAtTheLowerBoundAndSaysItIsOptimal()
    {
        // 30 s would be spent in full without the proof; the assertion is on what is printed, not on time.
        var (code, output, error) = await RunAsync("schedule", "solve", Path.Combine(Instances, "jssp", "ft06.txt"), "--time-limit", "30", "--threads", "2", "--seed", "4");

        Assert.True(code == 0, error);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal("55", lines[^1].Trim());
        Assert.Contains("lower bound 55 (every shorter makespan refuted by constraint propagation); optimal (lower bound reached)", lines[^2], StringComparison.Ordinal);
        Assert.EndsWith("optimal (lower bound reached)", error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Solve_Quiet_PrintsNoProgress()
    {
        var (code, _, error) = await RunAsync("schedule", "solve", Path.Combine(Instances, "jssp", "la01.txt"), "--time-limit", "5", "--threads", "1", "--quiet");

        Assert.Equal(0, code);
        Assert.Empty(error);
    }

    [Fact]
    public async Task Solve_MalformedFile_FailsNamingTheLine()
    {
        var file = Path.Combine(_temp, "bad.fjs");
        await File.WriteAllTextAsync(file, "1 2 1\n1 1 3 5\n");

        var (code, _, error) = await RunAsync("schedule", "solve", file, "--time-limit", "0.1");

        Assert.Equal(1, code);
        Assert.Contains("line 2: machine 3", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_Folder_PrintsTableSummaryAndMarkdown()
    {
        var folder = Path.Combine(_temp, "jssp");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(Instances, "jssp", "ft06.txt"), Path.Combine(folder, "ft06.txt"));
        File.Copy(Path.Combine(Instances, "jssp", "la01.txt"), Path.Combine(folder, "la01.txt"));
        File.Copy(Path.Combine(Instances, "best-known.csv"), Path.Combine(_temp, "best-known.csv"));
        var markdown = Path.Combine(_temp, "results.md");

        var (code, output, error) = await RunAsync("schedule", "bench", folder, "--time-limit", "2", "--threads", "1", "--markdown", markdown);

        Assert.True(code == 0, error);
        Assert.Contains("ft06", output, StringComparison.Ordinal);
        Assert.Contains("2 instances; mean gap", output, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(markdown);
        Assert.Contains("| instance | best known | ours | gap % | s to best |", text, StringComparison.Ordinal);
        Assert.Contains("| ft06 | 55 |", text, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
