using Microfactory.Cli.Commands;
using Microfactory.Cli.Tests.Commands;
using Microfactory.Server.Features.Maturity;
using Microsoft.Extensions.DependencyInjection;

namespace Microfactory.Cli.Tests.Maturity;

/// <summary>
/// A demo database with two hand-made assessments of the Kwun Tong factory, written straight to the store: an earlier
/// one at level 1 everywhere, and a later one claiming carbon transparency at 5, parametric design at 3, AI use at 0
/// and 2 elsewhere, with a note and an evidence link.
/// </summary>
internal static class MaturityFixture
{
    public const string Factory = "fac_kwun_tong";
    public const string Earlier = "mma_cli_earlier";
    public const string Latest = "mma_cli_latest";

    public static async Task<(string Database, Assessment Earlier, Assessment Latest)> SeedAsync(string? connectionString = null, bool withAssessments = true)
    {
        var database = connectionString ?? CliRun.NewSqliteConnectionString();
        await CoreCommandTests.SeedDemoAsync(database, withTemplates: true);
        if (!withAssessments)
        {
            return (database, null!, null!);
        }
        await using var services = ServerConnection.CreateServices(database);
        var model = services.GetRequiredService<MaturityService>().Model;
        var now = TimeProvider.System.GetUtcNow();
        // Whole minutes, as the CLI prints them.
        var latestAt = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddDays(-2);
        var earlier = new Assessment(Earlier, Factory, model.Id, model.Version, "usr_cli_test", "Ada Planner", null,
            [.. model.Dimensions.Select(d => new AssessmentAnswer(d.Id, 1, null, null, null))], latestAt.AddDays(-30));
        var latest = new Assessment(Latest, Factory, model.Id, model.Version, "usr_cli_test", "Ada Planner", "Before the carbon audit | second pass",
            [.. model.Dimensions.Select(d => d.Id switch
            {
                "carbon-suppliers" => new AssessmentAnswer(d.Id, 5, 1, "All suppliers send footprints by e-mail.", "/suppliers"),
                "parametric-design" => new AssessmentAnswer(d.Id, 3, null, null, null),
                "ai-use" => new AssessmentAnswer(d.Id, 0, null, null, null),
                _ => new AssessmentAnswer(d.Id, 2, null, null, null),
            })], latestAt);
        var store = services.GetRequiredService<MaturityStore>();
        await store.InsertAsync(earlier, default);
        await store.InsertAsync(latest, default);
        return (database, earlier, latest);
    }

    public static string[] Lines(string output) => output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
}
