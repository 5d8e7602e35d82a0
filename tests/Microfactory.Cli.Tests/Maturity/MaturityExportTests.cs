using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microfactory.Cli.Tests.Commands;
using Microfactory.Server;
using Microsoft.AspNetCore.Builder;

namespace Microfactory.Cli.Tests.Maturity;

public sealed class MaturityExportTests
{
    private const string AdminKey = "cli-test-admin-key-000000000000000";

    [Fact]
    public async Task ExportJson_HandMadeAssessment_ParsesAndEqualsWhatTheApiAnswers()
    {
        var (database, _, latest) = await MaturityFixture.SeedAsync();
        await using var server = await StartServerAsync(database);
        using var api = new HttpClient { BaseAddress = new Uri(server.Urls.First()) };
        api.DefaultRequestHeaders.Authorization = new("Bearer", AdminKey);
        // A first call, so the admin key's use is recorded before either side measures the evidence.
        (await api.GetAsync("/api/v1/factories/fac_kwun_tong/maturity/model")).EnsureSuccessStatusCode();

        var (exit, output, error) = await CliRun.RunAsync("maturity", "export", "--profile", "lighthouse", "-c", database);

        Assert.True(exit == 0, error);
        var export = JsonNode.Parse(output)!.AsObject();
        Assert.Equal("fac_kwun_tong", (string?)export["factoryId"]);
        Assert.Equal("Kwun Tong Microfactory", (string?)export["factoryName"]);
        var assessment = await api.GetFromJsonAsync<JsonNode>($"/api/v1/factories/fac_kwun_tong/maturity/assessments/{latest.Id}");
        var evidence = (await api.GetFromJsonAsync<JsonNode>("/api/v1/factories/fac_kwun_tong/maturity/evidence"))!.AsObject();
        var roadmap = await (await api.PostAsJsonAsync("/api/v1/factories/fac_kwun_tong/maturity/roadmap", new { assessmentId = latest.Id, profile = "lighthouse" })).Content.ReadFromJsonAsync<JsonNode>();
        Assert.True(JsonNode.DeepEquals(assessment, export["assessment"]), export["assessment"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(roadmap, export["roadmap"]), export["roadmap"]!.ToJsonString());
        // Measured a moment apart: everything but the time of measurement is the same.
        var exported = export["evidence"]!.AsObject();
        Assert.True(DateTimeOffset.Parse((string)exported["measuredAt"]!, System.Globalization.CultureInfo.InvariantCulture) <= DateTimeOffset.Parse((string)evidence["measuredAt"]!, System.Globalization.CultureInfo.InvariantCulture));
        exported.Remove("measuredAt");
        evidence.Remove("measuredAt");
        Assert.True(JsonNode.DeepEquals(evidence, exported), exported.ToJsonString());
        Assert.Equal("lighthouse", (string?)export["roadmap"]!["profile"]);
        Assert.Equal(MaturityFixture.Earlier, (string?)export["roadmap"]!["progress"]!["fromAssessmentId"]);
        Assert.Equal(5, (int)export["assessment"]!["answers"]!.AsArray().Single(a => (string?)a!["dimension"] == "carbon-suppliers")!["level"]!);
    }

    [Fact]
    public async Task ExportMarkdown_ToFile_WritesTheReportWithLevelsAnswersRoadmapAndHistory()
    {
        var (database, earlier, latest) = await MaturityFixture.SeedAsync();
        var file = Path.Combine(Path.GetTempPath(), $"mf-maturity-{Guid.NewGuid():N}.md");

        var (exit, output, error) = await CliRun.RunAsync("maturity", "export", "--format", "markdown", "--output", file, "-c", database);

        Assert.True(exit == 0, error);
        Assert.Equal($"wrote Markdown export of assessment mma_cli_latest (fac_kwun_tong, profile microfactory) to {file}", output.TrimEnd());
        var lines = MaturityFixture.Lines(await File.ReadAllTextAsync(file));
        File.Delete(file);
        Assert.Equal("# Maturity report: Kwun Tong Microfactory", lines[0]);
        Assert.Contains($"- Assessment: `mma_cli_latest` by Ada Planner on {Date(latest.CreatedAt)}", lines);
        Assert.Contains("- Index: self-assessed 2.2 / 5, measured 1.2 / 5", lines);
        Assert.Contains(@"> Before the carbon audit \| second pass", lines);
        Assert.Contains("| Group | Dimension | Self-assessed | Measured now | Gap | Evidence |", lines);
        Assert.Contains("| Process | Planning and scheduling | 2 | 2 | 0 | Share of this factory's machines with a weekly shift calendar: 100 % (level 2): 11 of 11 machines have a weekly shift calendar.<br>Share of planned operations placed by the scheduler rather than by hand: no data yet: The live plan holds no operation yet. |", lines);
        Assert.Contains(lines, l => l.StartsWith("| Process | Carbon transparency and supplier integration | 5 | 3 | +2 claimed | Share of the platform's suppliers exchanging footprints over PACT (the target is 80 %): 66.7 % (level 3)", StringComparison.Ordinal));
        var rows = lines.Where(l => l.StartsWith("| Process |", StringComparison.Ordinal) || l.StartsWith("| Technology |", StringComparison.Ordinal) || l.StartsWith("| Organisation |", StringComparison.Ordinal)).Select(l => l.Split(" | ")[0][2..]).ToList();
        Assert.Equal(rows.Order(Comparer<string>.Create((a, b) => Rank(a).CompareTo(Rank(b)))), rows);
        Assert.Equal(13, rows.Count);
        Assert.Contains("| Technology | Shop-floor connectivity (IIoT) | 2 | 1 | +1 claimed | Share of this factory's machines that reported telemetry in the last 7 days: 0 % (level 1): 0 of 11 machines reported telemetry over MQTT or HTTP in the last 7 days. |", lines);
        var carbon = Array.FindIndex(lines, l => l.StartsWith("- **Carbon transparency and supplier integration**: level 5: ", StringComparison.Ordinal));
        Assert.True(carbon > 0);
        Assert.EndsWith(" (measured 1 when assessed)", lines[carbon], StringComparison.Ordinal);
        Assert.Equal("  - Note: All suppliers send footprints by e-mail.", lines[carbon + 1]);
        Assert.Equal("  - Evidence: /suppliers", lines[carbon + 2]);
        Assert.Contains("## Roadmap to Intelligent microfactory", lines);
        Assert.Contains("1. **Maintenance**, level 0 → 2 (back the claim): Back the claim of level 2: the platform's data shows level 0. Next on the evidence: Downtime, planned or not, is recorded per machine with its reason.", lines);
        Assert.Contains("   - API: [Machines API (downtimes)](/api/v1/machines)", lines);
        Assert.Contains("   - Page: [API keys](/account/api-keys)", lines);
        Assert.Contains($"## Progress since {Date(earlier.CreatedAt)}", lines);
        Assert.Equal(
        [
            "| Date | Assessment | Author | Self-assessed index |",
            "| --- | --- | --- | ---: |",
            $"| {Date(latest.CreatedAt)} | `mma_cli_latest` | Ada Planner | 2.2 |",
            $"| {Date(earlier.CreatedAt)} | `mma_cli_earlier` | Ada Planner | 1.0 |",
            "",
        ], lines[^5..]);
    }

    [Fact]
    public async Task ExportJson_ToStandardOutput_IsOneJsonDocumentAndNothingElse()
    {
        var (database, _, _) = await MaturityFixture.SeedAsync();

        var (exit, output, error) = await CliRun.RunAsync("maturity", "export", "-c", database);

        Assert.True(exit == 0, error);
        Assert.Empty(error);
        var export = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(["factoryId", "factoryName", "model", "assessment", "evidence", "roadmap"], export.Select(p => p.Key));
        Assert.Equal("1.3.0", (string?)export["model"]!["version"]);
        Assert.Equal(MaturityFixture.Latest, (string?)export["assessment"]!["id"]);
        Assert.Equal(MaturityFixture.Latest, (string?)export["roadmap"]!["assessmentId"]);
        Assert.Equal("microfactory", (string?)export["roadmap"]!["profile"]);
        Assert.Equal("measured", (string?)export["evidence"]!["dimensions"]!.AsArray().Single(d => (string?)d!["dimension"] == "ai-use")!["figures"]![0]!["status"]);
    }

    private static int Rank(string group) => Array.IndexOf(["Process", "Technology", "Organisation"], group);

    private static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<WebApplication> StartServerAsync(string database)
    {
        var keys = Path.Combine(Path.GetTempPath(), "mf-cli-tests", Guid.NewGuid().ToString("N"), "keys");
        var app = ServerApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--Microfactory:ConnectionString={database}",
            $"--Microfactory:DataProtectionKeysPath={keys}",
            $"--Microfactory:Bootstrap:AdminApiKey={AdminKey}",
            "--Microfactory:Bootstrap:AdminPassword=admin-password-for-cli-tests",
            "--Microfactory:Seed:Demo=false",
            // The simulated twin would place orders and move the clock between the two measurements.
            "--Microfactory:Simulation:Enabled=false",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.InitialiseAsync(TextWriter.Null);
        await app.StartAsync();
        return app;
    }
}
