using Microfactory.Cli.Tests.Commands;
using Microfactory.Cli.Tests.Support;
using Microfactory.Core.Orders;

namespace Microfactory.Cli.Tests.Orders;

public sealed class OrderCommandsTests
{
    [Fact]
    public async Task List_SeveralOrders_ShowsEachNewestFirstWithStatusLinesAndUnits()
    {
        var database = await DemoOrders.NewDatabaseAsync();
        var customer = await DemoOrders.CustomerAsync(database, "Ada");
        var first = await DemoOrders.PlaceAsync(database, customer, OrderStatus.Submitted, DemoOrders.Shelf(3), DemoOrders.Box(2));
        var second = await DemoOrders.PlaceAsync(database, customer, OrderStatus.Draft, DemoOrders.Shelf(1));

        var (exit, output, error) = await CliRun.RunAsync("order", "list", "-c", database);

        Assert.True(exit == 0, error);
        Assert.Contains("2 order(s)", output, StringComparison.Ordinal);
        var rows = DemoOrders.Rows(output).Where(r => r[0].StartsWith("ord_", StringComparison.Ordinal)).ToList();
        Assert.Equal([second.Id, first.Id], rows.Select(r => r[0]));
        Assert.Equal([customer, "fac_kwun_tong", "submitted", "2", "5"], rows[1][1..6]);
        Assert.Equal(["draft", "1", "1"], rows[0][3..6]);
    }

    [Theory]
    [InlineData("--status", "draft")]
    [InlineData("--open", null)]
    public async Task List_Filtered_ShowsOnlyMatchingOrders(string option, string? value)
    {
        var database = await DemoOrders.NewDatabaseAsync();
        var customer = await DemoOrders.CustomerAsync(database, "Grace");
        var draft = await DemoOrders.PlaceAsync(database, customer, OrderStatus.Draft, DemoOrders.Shelf(1));
        var submitted = await DemoOrders.PlaceAsync(database, customer, OrderStatus.Submitted, DemoOrders.Shelf(2));

        var (exit, output, error) = await CliRun.RunAsync(["order", "list", option, .. value is null ? Array.Empty<string>() : [value], "-c", database]);

        Assert.True(exit == 0, error);
        var expected = value is null ? submitted.Id : draft.Id;
        var other = value is null ? draft.Id : submitted.Id;
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain(other, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_UnknownStatus_FailsNamingTheKnownOnes()
    {
        var database = await DemoOrders.NewDatabaseAsync();

        var (exit, _, error) = await CliRun.RunAsync("order", "list", "--status", "lost", "-c", database);

        Assert.Equal(1, exit);
        Assert.Contains("--status 'lost' is not an order status", error, StringComparison.Ordinal);
        Assert.Contains("inProduction", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_NoOrders_SaysSoAndSucceeds()
    {
        var database = await DemoOrders.NewDatabaseAsync();

        var (exit, output, error) = await CliRun.RunAsync("order", "list", "-c", database);

        Assert.Equal(0, exit);
        Assert.Empty(output);
        Assert.Contains("no orders match", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Order_ShowsCustomerFactoryZoneAndEachLineWithItsParameters()
    {
        var database = await DemoOrders.NewDatabaseAsync();
        var customer = await DemoOrders.CustomerAsync(database, "Lin");
        var order = await DemoOrders.PlaceAsync(database, customer, OrderStatus.Submitted, DemoOrders.Shelf(4, "850"), DemoOrders.Box(1));

        var (exit, output, error) = await CliRun.RunAsync("order", "show", order.Id, "-c", database);

        Assert.True(exit == 0, error);
        Assert.Contains($"Order {order.Id} (submitted)", output, StringComparison.Ordinal);
        Assert.Contains($"Lin ({customer})", output, StringComparison.Ordinal);
        Assert.Contains("Asia/Hong_Kong", output, StringComparison.Ordinal);
        Assert.Contains("+08:00", output, StringComparison.Ordinal); // created, in the factory's zone
        Assert.Contains("2 line(s), 5 unit(s)", output, StringComparison.Ordinal);
        var lines = DemoOrders.Rows(output).Where(r => r[0] is "1" or "2").ToList();
        Assert.Equal(["wall-shelf 1.0.0", "4", "length=850"], [lines[0][2], lines[0][4], lines[0][5]]);
        Assert.Equal(["plywood-storage-box 1.0.0", "1", "(defaults)"], [lines[1][2], lines[1][4], lines[1][5]]);
    }

    [Fact]
    public async Task Show_UnknownOrder_FailsWithExitCode1()
    {
        var database = await DemoOrders.NewDatabaseAsync();

        var (exit, output, error) = await CliRun.RunAsync("order", "show", "ord_nothing", "-c", database);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("No order with id 'ord_nothing'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_MissingDatabaseFile_FailsWithoutCreatingIt()
    {
        var database = CliRun.NewSqliteConnectionString();

        var (exit, _, error) = await CliRun.RunAsync("order", "show", "ord_x", "-c", database);

        Assert.Equal(1, exit);
        Assert.Contains("no SQLite database at", error, StringComparison.Ordinal);
        Assert.False(File.Exists(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database).DataSource));
    }
}
