using Microfactory.Cli.Commands.Plans;
using Microfactory.Cli.Tests.Commands;
using Microfactory.Cli.Tests.Support;
using Microfactory.Core.Orders;
using Microfactory.Server.Features.Plans;

namespace Microfactory.Cli.Tests.Plans;

public sealed class PlanKpiCommandTests
{
    [Fact]
    public async Task Kpi_TwoVersions_ShowsCurrentBesidePreviousWithTheChangeAndTheHistory()
    {
        var database = await DemoOrders.NewDatabaseAsync();
        var customer = await DemoOrders.CustomerAsync(database, "Kim");
        await DemoOrders.PlaceAsync(database, customer, OrderStatus.Submitted, DemoOrders.Shelf(2));
        var first = await DemoPlans.CurrentAsync(database);
        var second = await DemoPlans.RepairAsync(database, async () =>
        {
            var added = await DemoOrders.PlaceAsync(database, customer, OrderStatus.Submitted, DemoOrders.Box(3));
            return new PlanEvent(DemoPlans.Factory, PlanEventKind.OrderConfirmed, added.Id, null);
        });
        Assert.True(second.Version > first.Version);
        var versions = await DemoPlans.VersionsAsync(database);
        var previous = versions[1];

        var (exit, output, error) = await CliRun.RunAsync("plan", "kpi", "-c", database);

        Assert.True(exit == 0, error);
        Assert.Contains($"version {second.Version} of {second.Version}", output, StringComparison.Ordinal);
        Assert.Contains(second.Reason, output, StringComparison.Ordinal);
        var rows = DemoOrders.Rows(output);
        var heading = rows.First(r => r[0] == "KPI");
        Assert.Equal(["KPI", $"v{second.Version}", $"v{previous.Version}", "change"], heading);
        var operations = rows.First(r => r[0] == "operations");
        Assert.Equal([previous.Kpis.Operations.ToString(), second.Kpis.Operations.ToString()], [operations[2], operations[1]]);
        Assert.Equal($"+{second.Kpis.Operations - previous.Kpis.Operations}", operations[3]);
        Assert.True(second.Kpis.Operations > previous.Kpis.Operations); // the box's three units were added
        Assert.Contains(rows, r => r[0] == "mch_powder_line_1");
        // The history lists both versions, newest first, each with why it was made.
        var history = rows.Where(r => r.Length == 10 && long.TryParse(r[0], out _)).ToList();
        Assert.Equal(versions.Select(v => v.Version.ToString()), history.Select(r => r[0]));
        Assert.Contains($"over the last {versions.Count} versions", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpi_NoPlanYet_SaysTheServerMakesItAndFails()
    {
        var database = await DemoOrders.NewDatabaseAsync();

        var (exit, output, error) = await CliRun.RunAsync("plan", "kpi", "-c", database);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("fac_kwun_tong has no plan yet", error, StringComparison.Ordinal);
        Assert.Contains("mf serve", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpi_UnknownFactory_ListsTheKnownOnes()
    {
        var database = await DemoOrders.NewDatabaseAsync();

        var (exit, _, error) = await CliRun.RunAsync("plan", "kpi", "--factory", "fac_atlantis", "-c", database);

        Assert.Equal(1, exit);
        Assert.Contains("no factory 'fac_atlantis'; known factories: fac_kwun_tong", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new double[] { 1, 2, 3 }, "▁▅█")]
    [InlineData(new double[] { 5, 5 }, "▄▄")]
    [InlineData(new double[] { 3, 0 }, "█▁")]
    public void Sparkline_Values_ScaleBetweenSmallestAndLargest(double[] values, string expected) =>
        Assert.Equal(expected, PlanKpiCommand.Sparkline(values));
}
