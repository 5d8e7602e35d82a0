using System.CommandLine;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace Microfactory.Cli.Commands.Orders;

/// <summary>
/// <c>mf order cancel ID</c>: cancels an order through OrderService, as POST /api/v1/orders/{id}/cancel does; the live
/// plan is told and releases the capacity. Exit codes: 0 cancelled (or already cancelled), 2 refused by the order's
/// state (work on it has started: in production, completed, shipped), 1 no such order or no database.
/// </summary>
internal static class OrderCancelCommand
{
    /// <summary>Exit code when the order's state forbids cancelling it.</summary>
    public const int Refused = 2;

    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The order id (ord_…)." };
        var connection = ServerConnection.ConnectionStringOption();
        var command = new Command("cancel", $"Cancel an order no work has started on; the live plan releases its capacity. Exit code {Refused} when its state forbids it.") { id, connection };
        command.SetAction((ParseResult parse, CancellationToken cancellationToken) =>
            DatabaseCommand.RunAsync(context, "mf order cancel", parse.GetValue(connection), async services =>
            {
                var wanted = parse.GetValue(id)!;
                var orders = services.GetRequiredService<OrderService>();
                var before = await orders.GetAsync(Caller.System, wanted, cancellationToken);
                var result = await orders.CancelAsync(Caller.System, wanted, cancellationToken);
                switch (result.Outcome)
                {
                    case ServiceOutcome.Ok:
                        await context.Output.WriteLineAsync(before.Value?.Status == Core.Orders.OrderStatus.Cancelled
                            ? $"order {wanted} was already cancelled"
                            : $"cancelled order {wanted} (was {OrderStatusNames.Name(before.Value!.Status)}); the live plan releases its capacity at its next repair");
                        return 0;
                    case ServiceOutcome.NotFound:
                        await context.Error.WriteLineAsync($"mf order cancel: {result.Message} See 'mf order list'.");
                        return CliApp.Failure;
                    default:
                        foreach (var error in result.Errors)
                        {
                            await context.Error.WriteLineAsync($"mf order cancel: {error.Message} [{error.Field}]");
                        }
                        return Refused;
                }
            }));
        return command;
    }
}
