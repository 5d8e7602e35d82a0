using System.CommandLine;
using System.Globalization;
using Microfactory.Core.Orders;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Orders;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Microfactory.Cli.Commands.Orders;

/// <summary>
/// <c>mf order list [--status S …] [--factory ID] [--customer ID] [--open]</c>: the orders, newest first, one row
/// each: id, customer, factory, status, lines and units, requested date, promised completion (in the factory's
/// zone), priority, last change.
/// </summary>
internal static class OrderListCommand
{
    public static Command Create(CliContext context)
    {
        var status = new Option<string[]>("--status", "-s")
        {
            Description = $"Only orders in these statuses (repeat or list): {OrderStatusNames.Known}.",
            AllowMultipleArgumentsPerToken = true,
        };
        var open = new Option<bool>("--open") { Description = "Only orders whose work belongs on the plan (submitted, confirmed, planned, in production)." };
        var factory = new Option<string?>("--factory", "-f") { Description = "Only orders made at this factory (e.g. fac_kwun_tong)." };
        var customer = new Option<string?>("--customer") { Description = "Only this customer's orders (e.g. cus_…)." };
        var connection = ServerConnection.ConnectionStringOption();
        var command = new Command("list", "List orders, newest first: status, lines and units, requested date, promised completion in the factory's time zone, priority.")
        {
            status, open, factory, customer, connection,
        };
        command.SetAction((ParseResult parse, CancellationToken cancellationToken) =>
            DatabaseCommand.RunAsync(context, "mf order list", parse.GetValue(connection), async services =>
            {
                var wanted = new HashSet<OrderStatus>();
                foreach (var name in (parse.GetValue(status) ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
                {
                    if (!OrderStatusNames.TryParse(name, out var parsed))
                    {
                        await context.Error.WriteLineAsync($"mf order list: --status '{name}' is not an order status; known: {OrderStatusNames.Known}.");
                        return CliApp.Failure;
                    }
                    wanted.Add(parsed);
                }
                var onlyOpen = parse.GetValue(open);
                var factoryId = parse.GetValue(factory);
                var customerId = parse.GetValue(customer);
                var orders = (await AllAsync(services.GetRequiredService<OrderService>(), cancellationToken))
                    .Where(o => (wanted.Count == 0 || wanted.Contains(o.Status)) && (!onlyOpen || o.IsOpenForProduction)
                        && (factoryId is null || o.FactoryId == factoryId) && (customerId is null || o.CustomerId == customerId))
                    .ToList();
                if (orders.Count == 0)
                {
                    await context.Error.WriteLineAsync("mf order list: no orders match.");
                    return 0;
                }
                var clocks = await ClocksAsync(services.GetRequiredService<FactoryService>(), orders.Select(o => o.FactoryId), cancellationToken);
                Render(context.Console, orders, clocks);
                return 0;
            }));
        return command;
    }

    internal static async Task<List<Order>> AllAsync(OrderService service, CancellationToken cancellationToken)
    {
        var all = new List<Order>();
        for (var page = 1; ; page++)
        {
            var items = await service.ListAsync(Caller.System, new PageRequest(page, PageRequest.MaxPageSize), cancellationToken);
            all.AddRange(items.Items);
            if (items.Items.Count < PageRequest.MaxPageSize || all.Count >= items.Total)
            {
                return all;
            }
        }
    }

    internal static async Task<Dictionary<string, FactoryClock>> ClocksAsync(FactoryService factories, IEnumerable<string> factoryIds, CancellationToken cancellationToken)
    {
        var clocks = new Dictionary<string, FactoryClock>(StringComparer.Ordinal);
        foreach (var id in factoryIds.Distinct(StringComparer.Ordinal))
        {
            if ((await factories.GetAsync(id, cancellationToken)).Value is { } factory)
            {
                clocks[id] = new FactoryClock(factory);
            }
        }
        return clocks;
    }

    private static void Render(IAnsiConsole console, List<Order> orders, Dictionary<string, FactoryClock> clocks)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new Table().Title($"{orders.Count} order(s), newest first; times in each factory's zone")
            .AddColumns("id", "customer", "factory", "status", "lines", "units", "requested", "promised", "priority", "updated");
        foreach (var index in new[] { 4, 5, 8 })
        {
            table.Columns[index].RightAligned();
        }
        foreach (var o in orders)
        {
            var clock = clocks.GetValueOrDefault(o.FactoryId);
            table.AddRow(o.Id, Markup.Escape(o.CustomerId), Markup.Escape(o.FactoryId), OrderStatusNames.Name(o.Status),
                o.Lines.Length.ToString(c), o.Lines.Sum(l => l.Quantity).ToString(c),
                o.RequestedDate?.ToString("yyyy-MM-dd", c) ?? "—",
                o.PromisedCompletion is { } promised ? clock?.Format(promised) ?? promised.ToString("u", c) : "—",
                o.Priority.ToString("+0;-0;0", c),
                clock?.Format(o.UpdatedAt) ?? o.UpdatedAt.ToString("u", c));
        }
        console.Write(table);
    }
}
