using Microfactory.Cli.Commands;
using Microfactory.Cli.Tests.Commands;
using Microfactory.Core.Orders;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Customers;
using Microfactory.Server.Features.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace Microfactory.Cli.Tests.Support;

/// <summary>A seeded demo database (factory, shipped templates) with a customer and orders placed through the real OrderService.</summary>
internal static class DemoOrders
{
    public static async Task<string> NewDatabaseAsync()
    {
        var database = CliRun.NewSqliteConnectionString();
        await CoreCommandTests.SeedDemoAsync(database, withTemplates: true);
        return database;
    }

    public static async Task<string> CustomerAsync(string database, string name)
    {
        await using var services = ServerConnection.CreateServices(database);
        var created = await services.GetRequiredService<CustomerService>().CreateAsync(
            new CustomerInput(null, name, $"{Guid.NewGuid():N}@example.com", $"{name} Ltd", null), default);
        Assert.True(created.Outcome == ServiceOutcome.Ok, string.Join("; ", created.Errors.Select(e => e.Message)));
        return created.Value!.Id;
    }

    public static async Task<Order> PlaceAsync(string database, string customerId, OrderStatus status, params OrderLineInput[] lines)
    {
        await using var services = ServerConnection.CreateServices(database);
        var created = await services.GetRequiredService<OrderService>().CreateAsync(Caller.System,
            new OrderInput(customerId, null, null, null, status, lines), default);
        Assert.True(created.Outcome == ServiceOutcome.Ok, string.Join("; ", created.Errors.Select(e => e.Message)));
        return created.Value!;
    }

    public static OrderLineInput Shelf(int quantity, string length = "800") =>
        new("wall-shelf", "1.0.0", null, quantity, new Dictionary<string, string> { ["length"] = length });

    public static OrderLineInput Box(int quantity) => new("plywood-storage-box", "1.0.0", null, quantity, null);

    /// <summary>The body rows of a Spectre table, as trimmed cells (the heading row included).</summary>
    public static List<string[]> Rows(string output) =>
    [
        .. output.Split('\n')
            .Where(line => line.StartsWith('│'))
            .Select(line => line.Trim().Trim('│').Split('│').Select(c => c.Trim()).ToArray()),
    ];
}
