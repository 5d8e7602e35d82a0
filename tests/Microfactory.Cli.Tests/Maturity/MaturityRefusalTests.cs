using Microfactory.Cli.Tests.Commands;

namespace Microfactory.Cli.Tests.Maturity;

/// <summary>What <c>mf maturity</c> says, and with which exit code, when it has nothing to show or an option names nothing.</summary>
public sealed class MaturityRefusalTests
{
    [Fact]
    public async Task Show_NoAssessment_SaysHowToMakeOneAndShowsTheMeasuredLevels()
    {
        var (database, _, _) = await MaturityFixture.SeedAsync(withAssessments: false);

        var (exit, output, error) = await CliRun.RunAsync("maturity", "show", "-c", database);

        Assert.Equal(0, exit);
        Assert.Equal(
            "No maturity assessment of Kwun Tong Microfactory (fac_kwun_tong) yet. Make one on the maturity page (/maturity?factory=fac_kwun_tong, signed in as an admin or planner) "
            + "or with POST /api/v1/factories/fac_kwun_tong/maturity/assessments (one answer per dimension, level 0-5; the fields are in the API reference at /api/reference).",
            error.TrimEnd());
        var lines = MaturityFixture.Lines(output);
        Assert.Contains("Assessment  none yet: the roadmap starts from the measured levels", lines);
        Assert.Contains(lines, l => l.StartsWith("Index       self-assessed — / 5, measured ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Roadmap to Intelligent microfactory (microfactory) from the measured levels: ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("History", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_NoAssessment_FailsWithOneAndSaysHowToMakeOne()
    {
        var (database, _, _) = await MaturityFixture.SeedAsync(withAssessments: false);
        var file = Path.Combine(Path.GetTempPath(), $"mf-maturity-{Guid.NewGuid():N}.md");

        var (exit, output, error) = await CliRun.RunAsync("maturity", "export", "--format", "markdown", "-o", file, "-c", database);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.StartsWith("mf maturity export: No maturity assessment of Kwun Tong Microfactory (fac_kwun_tong) yet. Make one on the maturity page (/maturity?factory=fac_kwun_tong", error, StringComparison.Ordinal);
        Assert.Contains("POST /api/v1/factories/fac_kwun_tong/maturity/assessments", error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [InlineData("show")]
    [InlineData("export")]
    public async Task UnknownProfile_IsRefusedWithTwoNamingTheProfiles(string command)
    {
        var (database, _, _) = await MaturityFixture.SeedAsync();

        var (exit, output, error) = await CliRun.RunAsync("maturity", command, "--profile", "unicorn", "-c", database);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal($"mf maturity {command}: --profile 'unicorn' is not a target profile of Microfactory Maturity Model 1.3.0; the profiles are: foundation (Digital foundation), microfactory (Intelligent microfactory), lighthouse (Lighthouse).", error.TrimEnd());
    }

    [Fact]
    public async Task Show_AssessmentOfNoOne_FailsWithOneListingTheFactorysAssessments()
    {
        var (database, _, _) = await MaturityFixture.SeedAsync();

        var (exit, output, error) = await CliRun.RunAsync("maturity", "show", "--assessment", "mma_elsewhere", "-c", database);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal("mf maturity show: --assessment 'mma_elsewhere' is not an assessment of factory 'fac_kwun_tong'; its assessments, newest first: mma_cli_latest, mma_cli_earlier.", error.TrimEnd());
    }

    [Fact]
    public async Task Show_UnknownFactory_FailsWithOneListingTheKnownOnes()
    {
        var (database, _, _) = await MaturityFixture.SeedAsync();

        var (exit, _, error) = await CliRun.RunAsync("maturity", "show", "--factory", "fac_atlantis", "-c", database);

        Assert.Equal(1, exit);
        Assert.Equal("mf maturity show: no factory 'fac_atlantis'; known factories: fac_kwun_tong.", error.TrimEnd());
    }

    [Fact]
    public async Task Export_UnknownFormat_FailsWithOneNamingTheFormats()
    {
        var (database, _, _) = await MaturityFixture.SeedAsync();

        var (exit, _, error) = await CliRun.RunAsync("maturity", "export", "--format", "pdf", "-c", database);

        Assert.Equal(1, exit);
        Assert.Contains("pdf", error, StringComparison.Ordinal);
        Assert.Contains("json", error, StringComparison.Ordinal);
        Assert.Contains("markdown", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_EmptyDatabase_SaysToMigrate()
    {
        var database = CliRun.NewSqliteConnectionString();
        await File.WriteAllBytesAsync(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database).DataSource, []);

        var (exit, _, error) = await CliRun.RunAsync("maturity", "show", "-c", database);

        Assert.Equal(1, exit);
        Assert.Contains("has no schema yet", error, StringComparison.Ordinal);
        Assert.Contains("mf db migrate", error, StringComparison.Ordinal);
    }
}
