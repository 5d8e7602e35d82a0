using Microfactory.Design.Catalogue;

namespace Microfactory.Cli.Tests.Commands;

public sealed class TemplatePublishTests
{
    [Fact]
    public async Task Publish_ValidFile_PublishesOnceThenRefusesTheSameVersion()
    {
        var database = CliRun.NewSqliteConnectionString();
        await CliRun.RunAsync("db", "migrate", "-c", database);
        await CoreCommandTests.SeedDemoAsync(database);
        var file = Path.Combine(Path.GetTempPath(), $"shelf-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, ShippedTemplates.Find("wall-shelf")!.Yaml.Replace("version: 1.0.0", "version: 1.2.0", StringComparison.Ordinal));

        var (first, output, error) = await CliRun.RunAsync("template", "publish", file, "-c", database);
        Assert.True(first == 0, error);
        Assert.Contains("published wall-shelf 1.2.0", output, StringComparison.Ordinal);

        var (second, _, refusal) = await CliRun.RunAsync("template", "publish", file, "-c", database);
        Assert.Equal(2, second);
        Assert.Contains("already published", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_UnknownMaterial_IsRefusedWithLineAndColumn()
    {
        var database = CliRun.NewSqliteConnectionString();
        await CoreCommandTests.SeedDemoAsync(database);
        var file = Path.Combine(Path.GetTempPath(), $"shelf-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, ShippedTemplates.Find("wall-shelf")!.Yaml.Replace("version: 1.0.0", "version: 1.3.0", StringComparison.Ordinal)
            .Replace("mat_galv_dx51_1_0", "mat_unobtainium", StringComparison.Ordinal));

        var (exit, _, error) = await CliRun.RunAsync("template", "publish", file, "-c", database);
        Assert.Equal(2, exit);
        Assert.Contains("mat_unobtainium", error, StringComparison.Ordinal);
        Assert.Contains("line", error, StringComparison.Ordinal);
    }
}
