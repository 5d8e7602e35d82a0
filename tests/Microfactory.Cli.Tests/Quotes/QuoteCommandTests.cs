using Microfactory.Cli.Commands;
using Microfactory.Cli.Commands.Quotes;
using Microfactory.Cli.Tests.Commands;
using Microfactory.Cli.Tests.Support;
using Microfactory.Core.Orders;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Quotes;
using Microsoft.Extensions.DependencyInjection;

namespace Microfactory.Cli.Tests.Quotes;

public sealed class QuoteCommandTests
{
    [Fact]
    public async Task Quote_ShippedTemplate_PrintsThreeOptionsSideBySideAndTheStoredQuoteIdLast()
    {
        var database = await DemoOrders.NewDatabaseAsync();
        var customer = await DemoOrders.CustomerAsync(database, "Quinn");
        await DemoOrders.PlaceAsync(database, customer, OrderStatus.Submitted, DemoOrders.Shelf(2));

        var (exit, output, error) = await CliRun.RunAsync("quote", "wall-shelf", "--set", "length=700mm", "--quantity", "3", "-c", database);

        Assert.True(exit == 0, error);
        var lines = output.TrimEnd().Split('\n');
        var id = lines[^1].Trim();
        Assert.StartsWith("quo_", id, StringComparison.Ordinal);
        Assert.Contains($"Quote {id} for {customer} at Kwun Tong Microfactory (fac_kwun_tong)", output, StringComparison.Ordinal);
        Assert.Contains("wall-shelf 1.0.0 × 3 (length=700mm)", output, StringComparison.Ordinal);
        var rows = DemoOrders.Rows(output);
        Assert.Equal(["", "fastest", "cheapest", "greenest"], rows[0]);
        Assert.Equal(["available", "yes", "yes", "yes"], rows.Single(r => r[0] == "available"));

        await using var services = ServerConnection.CreateServices(database);
        var stored = (await services.GetRequiredService<QuoteService>().GetAsync(Caller.System, id, default)).Value!;
        var price = rows.Single(r => r[0] == "price HKD");
        Assert.Equal(stored.Options.Select(o => o.Price!.Total.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture)), price[1..]);
        var promised = rows.Single(r => r[0] == "promised completion");
        Assert.All(promised[1..], p => Assert.EndsWith("+08:00", p, StringComparison.Ordinal)); // in the factory's zone
        Assert.Contains(rows, r => r[0] == "kg CO2e");
        Assert.Contains(rows, r => r[0] == "kWh");
        Assert.Contains(rows, r => r[0] == "margin");
    }

    [Fact]
    public async Task Quote_RuleViolation_IsRefusedWithExitCode2NamingTheFieldAndStoresNothing()
    {
        var database = await DemoOrders.NewDatabaseAsync();
        await DemoOrders.CustomerAsync(database, "Rae");

        var (exit, output, error) = await CliRun.RunAsync("quote", "wall-shelf", "--set", "length=1100mm", "-c", database);

        Assert.Equal(QuoteCommand.Refused, exit);
        Assert.Empty(output);
        Assert.Contains("Shelves longer than 900 mm sag", error, StringComparison.Ordinal);
        Assert.Contains("[lines[0].parameters.length]", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--quantity", "0", "lines[0].quantity")]
    [InlineData("--requested-date", "2001-01-01", "requestedDate")]
    public async Task Quote_BadQuantityOrPastDate_IsRefusedWithExitCode2(string option, string value, string field)
    {
        var database = await DemoOrders.NewDatabaseAsync();
        await DemoOrders.CustomerAsync(database, "Sam");

        var (exit, _, error) = await CliRun.RunAsync("quote", "phone-stand", option, value, "-c", database);

        Assert.Equal(QuoteCommand.Refused, exit);
        Assert.Contains($"[{field}]", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quote_UnknownTemplate_FailsWithExitCode1()
    {
        var database = await DemoOrders.NewDatabaseAsync();
        await DemoOrders.CustomerAsync(database, "Tao");

        var (exit, _, error) = await CliRun.RunAsync("quote", "garden-gnome", "-c", database);

        Assert.Equal(1, exit);
        Assert.Contains("garden-gnome", error, StringComparison.Ordinal);
        Assert.Contains("mf template list", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quote_SeveralCustomersAndNoneNamed_AsksForOne()
    {
        var database = await DemoOrders.NewDatabaseAsync();
        var first = await DemoOrders.CustomerAsync(database, "Uma");
        var second = await DemoOrders.CustomerAsync(database, "Vic");

        var (exit, _, error) = await CliRun.RunAsync("quote", "phone-stand", "-c", database);

        Assert.Equal(1, exit);
        Assert.Contains("name the customer with --customer", error, StringComparison.Ordinal);
        Assert.Contains(first, error, StringComparison.Ordinal);
        Assert.Contains(second, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quote_Operations_ListsEachOptionsTentativeOperations()
    {
        var database = await DemoOrders.NewDatabaseAsync();
        var customer = await DemoOrders.CustomerAsync(database, "Wen");

        var (exit, output, error) = await CliRun.RunAsync("quote", "plywood-storage-box", "--customer", customer, "--quantity", "2", "--operations", "-c", database);

        Assert.True(exit == 0, error);
        foreach (var kind in QuoteKinds.All)
        {
            Assert.Contains($"{kind}: 6 tentative operation(s)", output, StringComparison.Ordinal); // 2 units × 3 steps
        }
        Assert.Contains("mch_co2_laser_1", output, StringComparison.Ordinal);
    }
}
