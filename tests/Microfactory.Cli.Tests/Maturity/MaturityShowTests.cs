using System.Globalization;
using Microfactory.Cli.Tests.Commands;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Cli.Tests.Maturity;

/// <summary>
/// <c>mf maturity show</c> over the demo factory with hand-made assessments: its suppliers are 2 of 3 on PACT (level 3
/// measured) against a claim of 5, its 11 machines all have a shift calendar (level 2, as claimed), nothing reports
/// telemetry yet (no data), and the roadmap starts with the claims that run ahead of the evidence.
/// </summary>
public sealed class MaturityShowTests
{
    public static TheoryData<string> Engines() => ["sqlite", "postgresql"];

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Show_LatestAssessment_DrawsClaimedMeasuredGapRoadmapAndHistory(string engine)
    {
        var (database, earlier, latest) = await MaturityFixture.SeedAsync(engine == "sqlite" ? null : await (await PostgresServer.SharedAsync()).CreateDatabaseAsync());

        var (exit, output, error) = await CliRun.RunAsync("maturity", "show", "-c", database);

        Assert.True(exit == 0, error);
        Assert.Empty(error);
        var lines = MaturityFixture.Lines(output);
        Assert.Equal(
        [
            "Maturity of Kwun Tong Microfactory (fac_kwun_tong)",
            "Model       Microfactory Maturity Model 1.3.0",
            $"Assessment  mma_cli_latest by Ada Planner on {Date(latest.CreatedAt)} (latest; 2 kept)",
            "Note        Before the carbon audit | second pass",
        ], lines[..4]);
        Assert.StartsWith("Measured    ", lines[4], StringComparison.Ordinal);
        Assert.Equal("Index       self-assessed 2.2 / 5, measured 1.2 / 5", lines[5]);
        Assert.Equal("Dimension                                       Self-assessed  Measured now   Gap", lines[7]);
        Assert.Equal("Process", lines[8]);
        Assert.Equal("  Order-driven parametric design                ███░░ 3        ██░░░ 2        +1 claimed", lines[9]);
        Assert.Contains("  Planning and scheduling                       ██░░░ 2        ██░░░ 2        0", lines);
        Assert.Contains("      Share of this factory's machines with a weekly shift calendar: 100 % (level 2): 11 of 11 machines have a weekly shift calendar.", lines);
        Assert.Contains("  Carbon transparency and supplier integration  █████ 5        ███░░ 3        +2 claimed", lines);
        Assert.Contains(lines, l => l.StartsWith("      Share of the platform's suppliers exchanging footprints over PACT (the target is 80 %): 66.7 % (level 3): 2 of 3 suppliers exchange footprints over PACT;", StringComparison.Ordinal));
        Assert.Contains("  Shop-floor connectivity (IIoT)                ██░░░ 2        █░░░░ 1        +1 claimed", lines);
        Assert.Contains("      Share of this factory's machines that reported telemetry in the last 7 days: 0 % (level 1): 0 of 11 machines reported telemetry over MQTT or HTTP in the", lines);
        Assert.Contains("      Share of planned operations placed by the scheduler rather than by hand: no data yet: The live plan holds no operation yet.", lines);
        Assert.Contains("      Copilot questions answered in the last 7 days: 0 (level 1): Nobody asked the copilot anything in the last 7 days.", lines);
        Assert.Contains("  AI use                                        ░░░░░ 0        █░░░░ 1        -1", lines);
        // Long figures wrap at the width under their indent, with no trailing blanks.
        Assert.All(lines, l => Assert.Equal(l.TrimEnd(), l));
        Assert.All(lines.Where(l => l.Contains("days or ahead.", StringComparison.Ordinal)), l => Assert.StartsWith("      ", l, StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("days or ahead.", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.Length <= 160, l));
        Assert.Equal(["Process", "Technology", "Organisation"], lines.Where(l => l is "Process" or "Technology" or "Organisation"));

        var roadmap = Array.FindIndex(lines, l => l.StartsWith("Roadmap to ", StringComparison.Ordinal));
        Assert.Matches(@"^Roadmap to Intelligent microfactory \(microfactory\) from the assessment: \d+ step\(s\), index 2\.2 now, \d\.\d at target$", lines[roadmap]);
        Assert.Equal("   1. Maintenance level 0 → 2 (back the claim)", lines[roadmap + 1]);
        Assert.Equal("      API: Machines API (downtimes) /api/v1/machines (see /api/reference)", lines[roadmap + 4]);
        Assert.Equal("   2. Carbon transparency and supplier integration level 3 → 5 (back the claim)", lines[roadmap + 5]);
        Assert.Contains(lines, l => l.StartsWith($"Progress since mma_cli_earlier of {Date(earlier.CreatedAt)}: self-assessed index 1.0 → 2.2; Order-driven parametric design +2,", StringComparison.Ordinal));
        Assert.Equal(
        [
            "History: 2 assessment(s), newest first",
            $"  * {Date(latest.CreatedAt)}  mma_cli_latest   self-assessed 2.2  by Ada Planner",
            $"    {Date(earlier.CreatedAt)}  mma_cli_earlier  self-assessed 1.0  by Ada Planner",
        ], lines[^4..^1]);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public async Task Show_NamedEarlierAssessmentAndLighthouseProfile_ShowsThatOneAndPlansForLighthouse()
    {
        var (database, earlier, _) = await MaturityFixture.SeedAsync();

        var (exit, output, error) = await CliRun.RunAsync("maturity", "show", "--assessment", MaturityFixture.Earlier, "--profile", "lighthouse", "--factory", MaturityFixture.Factory, "-c", database);

        Assert.True(exit == 0, error);
        var lines = MaturityFixture.Lines(output);
        Assert.Equal($"Assessment  mma_cli_earlier by Ada Planner on {Date(earlier.CreatedAt)} (named; 2 kept)", lines[2]);
        Assert.Equal("Index       self-assessed 1.0 / 5, measured 1.2 / 5", lines[4]);
        Assert.Contains("  Carbon transparency and supplier integration  █░░░░ 1        ███░░ 3        -2", lines);
        Assert.Contains(lines, l => l.StartsWith("Roadmap to Lighthouse (lighthouse) from the assessment: ", StringComparison.Ordinal) && l.EndsWith(", index 1.0 now, 5.0 at target", StringComparison.Ordinal));
        // The earliest assessment has none before it to measure progress against.
        Assert.DoesNotContain(lines, l => l.StartsWith("Progress since", StringComparison.Ordinal));
        Assert.Contains($"  * {Date(earlier.CreatedAt)}  mma_cli_earlier  self-assessed 1.0  by Ada Planner", lines);
    }

    private static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
