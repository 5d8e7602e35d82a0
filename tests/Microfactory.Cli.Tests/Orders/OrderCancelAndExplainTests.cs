using Microfactory.Cli.Commands;
using Microfactory.Cli.Commands.Orders;
using Microfactory.Cli.Tests.Commands;
using Microfactory.Cli.Tests.Support;
using Microfactory.Core.Orders;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace Microfactory.Cli.Tests.Orders;

public sealed class OrderCancelAndExplainTests
{
    [Fact]
    public async Task Cancel_SubmittedOrder_CancelsItAndTellsTheLivePlan()
    {
        var database = await DemoOrders.NewDatabaseAsync();
        var customer = await DemoOrders.CustomerAsync(database, "Ida");
        var order = await DemoOrders.PlaceAsync(database, customer, OrderStatus.Submitted, DemoOrders.Shelf(1));

        var (exit, output, error) = await CliRun.RunAsync("order", "cancel", order.Id, "-c", database);

        Assert.True(exit == 0, error);
        Assert.Contains($"cancelled order {order.Id} (was submitted)", output, StringComparison.Ordinal);
        await using var services = ServerConnection.CreateServices(database);
        Assert.Equal(OrderStatus.Cancelled, (await services.GetRequiredService<OrderService>().GetAsync(Caller.System, order.Id, default)).Value!.Status);
        var events = await services.GetRequiredService<PlanStore>().PendingEventsAsync(DemoPlans.Factory, default);
        Assert.Contains(events, e => e.Kind == PlanEventKind.OrderCancelled && e.SubjectId == order.Id);

        var (again, againOutput, _) = await CliRun.RunAsync("order", "cancel", order.Id, "-c", database);
        Assert.Equal(0, again);
        Assert.Contains("was already cancelled", againOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_OrderInProduction_IsRefusedWithExitCode2AndChangesNothing()
    {
        var database = await DemoOrders.NewDatabaseAsync();
        var customer = await DemoOrders.CustomerAsync(database, "Jo");
        var order = await DemoOrders.PlaceAsync(database, customer, OrderStatus.Submitted, DemoOrders.Shelf(1));
        await using (var services = ServerConnection.CreateServices(database))
        {
            Assert.True(await services.GetRequiredService<OrderStore>().SetStatusAsync(order.Id, OrderStatus.Submitted, OrderStatus.InProduction, DateTimeOffset.UtcNow, default));
        }

        var (exit, output, error) = await CliRun.RunAsync("order", "cancel", order.Id, "-c", database);

        Assert.Equal(OrderCancelCommand.Refused, exit);
        Assert.Empty(output);
        Assert.Contains("[status]", error, StringComparison.Ordinal);
        await using var after = ServerConnection.CreateServices(database);
        Assert.Equal(OrderStatus.InProduction, (await after.GetRequiredService<OrderService>().GetAsync(Caller.System, order.Id, default)).Value!.Status);
    }

    [Fact]
    public async Task Cancel_UnknownOrder_FailsWithExitCode1()
    {
        var database = await DemoOrders.NewDatabaseAsync();

        var (exit, _, error) = await CliRun.RunAsync("order", "cancel", "ord_nothing", "-c", database);

        Assert.Equal(1, exit);
        Assert.Contains("No order with id 'ord_nothing'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_PlannedOrder_ExplainsItsCompletionOneSentencePerLink()
    {
        var database = await DemoOrders.NewDatabaseAsync();
        var customer = await DemoOrders.CustomerAsync(database, "Kai");
        var order = await DemoOrders.PlaceAsync(database, customer, OrderStatus.Submitted, DemoOrders.Box(2));
        await DemoPlans.CurrentAsync(database);

        var (exit, output, error) = await CliRun.RunAsync("order", "show", order.Id, "-c", database);

        Assert.True(exit == 0, error);
        Assert.Contains($"Order {order.Id} (planned)", output, StringComparison.Ordinal);
        Assert.Contains("Planned completion", output, StringComparison.Ordinal);
        Assert.Contains("critical chain behind the completion", output, StringComparison.Ordinal);
        await using var services = ServerConnection.CreateServices(database);
        var explanation = (await services.GetRequiredService<PlanExplanations>().ExplainAsync(Caller.System, order.Id, default)).Value!;
        Assert.NotEmpty(explanation.Links);
        Assert.Contains(explanation.Links[^1].MachineName, output, StringComparison.Ordinal);
    }
}
