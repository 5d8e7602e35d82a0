using Microfactory.Cli.Tests.Commands;
using Microfactory.Design.Catalogue;
using Microsoft.Data.Sqlite;

namespace Microfactory.Cli.Tests.Template;

public sealed class TemplateListTests
{
    [Fact]
    public async Task List_Catalogue_ShowsEachTemplateOnceWithLatestVersionPublisherAndVersionCount()
    {
        var database = CliRun.NewSqliteConnectionString();
        await CoreCommandTests.SeedDemoAsync(database, withTemplates: true);
        var file = Path.Combine(Path.GetTempPath(), $"shelf-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, ShippedTemplates.Find("wall-shelf")!.Yaml.Replace("version: 1.0.0", "version: 1.10.0", StringComparison.Ordinal));
        Assert.Equal(0, (await CliRun.RunAsync("template", "publish", file, "-c", database)).ExitCode);

        var (exit, output, error) = await CliRun.RunAsync("template", "list", "-c", database);

        Assert.True(exit == 0, error);
        Assert.Contains($"{ShippedTemplates.All.Count} template(s) in SQLite", output, StringComparison.Ordinal);
        var rows = Rows(output);
        Assert.Equal(ShippedTemplates.All.Select(t => t.Id).Order(StringComparer.Ordinal), rows.Select(r => r[0]).Order(StringComparer.Ordinal));
        var shelf = rows.Single(r => r[0] == "wall-shelf");
        Assert.Equal("1.10.0", shelf[1]); // numeric order: 1.10.0 is after 1.0.0
        Assert.Equal("Microfactory platform", shelf[4]); // the name, never the raw user id
        Assert.Equal("2", shelf[6]);
        Assert.All(rows.Where(r => r[0] != "wall-shelf"), r => Assert.Equal(["1.0.0", "1"], [r[1], r[6]]));
    }

    [Fact]
    public async Task List_MigratedButEmptyCatalogue_SaysHowToFillIt()
    {
        var database = CliRun.NewSqliteConnectionString();
        await CliRun.RunAsync("db", "migrate", "-c", database);

        var (exit, output, error) = await CliRun.RunAsync("template", "list", "-c", database);

        Assert.Equal(0, exit);
        Assert.Empty(output);
        Assert.Contains("design catalogue", error, StringComparison.Ordinal);
        Assert.Contains("is empty", error, StringComparison.Ordinal);
        Assert.Contains("mf template publish", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_UnmigratedDatabase_SaysToMigrate()
    {
        var database = CliRun.NewSqliteConnectionString();
        await File.WriteAllBytesAsync(new SqliteConnectionStringBuilder(database).DataSource, []);

        var (exit, _, error) = await CliRun.RunAsync("template", "list", "-c", database);

        Assert.Equal(1, exit);
        Assert.Contains("has no schema yet", error, StringComparison.Ordinal);
        Assert.Contains("mf db migrate", error, StringComparison.Ordinal);
        Assert.Contains("--shipped", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_MissingDatabaseFile_FailsWithoutCreatingIt()
    {
        var database = CliRun.NewSqliteConnectionString();
        var path = new SqliteConnectionStringBuilder(database).DataSource;

        var (exit, _, error) = await CliRun.RunAsync("template", "list", "-c", database);

        Assert.Equal(1, exit);
        Assert.Contains($"no SQLite database at {path}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    /// <summary>The body rows of a Spectre table, as trimmed cells.</summary>
    private static List<string[]> Rows(string output) =>
    [
        .. output.Split('\n')
            .Where(line => line.StartsWith('│'))
            .Select(line => line.Trim().Trim('│').Split('│').Select(c => c.Trim()).ToArray())
            .Where(cells => cells[0] != "id"),
    ];
}
