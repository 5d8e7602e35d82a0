using Microfactory.Cli.Commands;
using Microfactory.Server.Startup;
using Microsoft.Extensions.DependencyInjection;

namespace Microfactory.Cli.Tests.Commands;

public sealed class CoreCommandTests
{
    [Fact]
    public async Task Help_ListsTheCommandGroups()
    {
        var (exit, output, _) = await CliRun.RunAsync("--help");
        Assert.Equal(0, exit);
        foreach (var group in new[] { "serve", "db", "factory", "maturity" })
        {
            Assert.Contains(group, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("db", "migrate")]
    [InlineData("db", "status")]
    [InlineData("factory", "show")]
    [InlineData("template", "list")]
    [InlineData("maturity", "show")]
    [InlineData("maturity", "export")]
    public async Task Help_EveryCommand_DescribesItsOptions(params string[] command)
    {
        var (exit, output, _) = await CliRun.RunAsync([.. command, "--help"]);
        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("--connection-string", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_FailsAndSaysWhatWasNotUnderstood()
    {
        var (exit, _, error) = await CliRun.RunAsync("fabricate");
        Assert.NotEqual(0, exit);
        Assert.Contains("fabricate", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbMigrate_Twice_AppliesOnceThenNothing()
    {
        var database = CliRun.NewSqliteConnectionString();
        var (first, output1, _) = await CliRun.RunAsync("db", "migrate", "--connection-string", database);
        var (second, output2, _) = await CliRun.RunAsync("db", "migrate", "-c", database);
        Assert.Equal(0, first);
        Assert.Contains("applied 0001_initial", output1, StringComparison.Ordinal);
        Assert.Equal(0, second);
        Assert.Contains("0 migration(s) applied now", output2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbMigrate_UnreachablePostgres_FailsWithAHint()
    {
        var (exit, _, error) = await CliRun.RunAsync("db", "migrate", "-c", "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2");
        Assert.Equal(1, exit);
        Assert.Contains("--connection-string", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactoryShow_SeededDatabase_ShowsFactoryProfileAndMachines()
    {
        var database = CliRun.NewSqliteConnectionString();
        await SeedDemoAsync(database);
        var (exit, output, error) = await CliRun.RunAsync("factory", "show", "-c", database);
        Assert.True(exit == 0, error);
        Assert.Contains("Kwun Tong Microfactory", output, StringComparison.Ordinal);
        Assert.Contains("Asia/Hong_Kong", output, StringComparison.Ordinal);
        Assert.Contains("11 machines", output, StringComparison.Ordinal);
        Assert.Contains("mch_fiber_laser_1", output, StringComparison.Ordinal);
        Assert.Contains("450", output, StringComparison.Ordinal); // the evening peak, 0.45 kg/kWh, drawn as g/kWh
        // Captured output has no colour, so the on-peak tariff hours carry a mark instead.
        Assert.Contains("(* on-peak tariff)", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s*\d\dh \* ", output);
        Assert.Matches(@"(?m)^\s*\d\dh {3}", output);
    }

    [Fact]
    public async Task FactoryShow_UnknownId_ListsTheKnownOnes()
    {
        var database = CliRun.NewSqliteConnectionString();
        await SeedDemoAsync(database);
        var (exit, _, error) = await CliRun.RunAsync("factory", "show", "fac_atlantis", "-c", database);
        Assert.Equal(1, exit);
        Assert.Contains("no factory 'fac_atlantis'", error, StringComparison.Ordinal);
        Assert.Contains("fac_kwun_tong", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactoryShow_EmptyDatabase_SaysHowToFillIt()
    {
        var (exit, _, error) = await CliRun.RunAsync("factory", "show", "-c", CliRun.NewSqliteConnectionString());
        Assert.Equal(1, exit);
        Assert.Contains("mf db migrate", error, StringComparison.Ordinal);
    }

    internal static async Task SeedDemoAsync(string connectionString, bool withTemplates = false)
    {
        await using var services = ServerConnection.CreateServices(connectionString);
        await services.GetRequiredService<Microfactory.Server.Storage.Migrator>().MigrateAsync();
        Assert.True(await services.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(default));
        if (withTemplates)
        {
            Assert.True(await services.GetRequiredService<Microfactory.Server.Features.Templates.TemplateSeeder>().SeedAsync(default) > 0);
        }
    }
}
