using System.CommandLine;
using System.Globalization;
using Microfactory.Core.Orders;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Customers;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Plans;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Microfactory.Cli.Commands.Orders;

/// <summary>
/// <c>mf order show ID</c>: one order: customer, factory, status, requested date, promised completion in the
/// factory's zone, the quote it came from, priority, its lines with their parameters.
/// </summary>
internal static class OrderShowCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The order id (ord_…; see 'mf order list')." };
        var connection = ServerConnection.ConnectionStringOption();
        var command = new Command("show", "Show an order: status, promised completion in the factory's time zone, its quote and lines.") { id, connection };
        command.SetAction((ParseResult parse, CancellationToken cancellationToken) =>
            DatabaseCommand.RunAsync(context, "mf order show", parse.GetValue(connection), async services =>
            {
                var wanted = parse.GetValue(id)!;
                var found = await services.GetRequiredService<OrderService>().GetAsync(Caller.System, wanted, cancellationToken);
                if (found.Outcome != ServiceOutcome.Ok)
                {
                    await context.Error.WriteLineAsync($"mf order show: {found.Message} See 'mf order list'.");
                    return CliApp.Failure;
                }
                var order = found.Value!;
                var factory = (await services.GetRequiredService<FactoryService>().GetAsync(order.FactoryId, cancellationToken)).Value;
                var customer = (await services.GetRequiredService<CustomerService>().GetAsync(Caller.System, order.CustomerId, cancellationToken)).Value;
                var clock = factory is null ? null : new FactoryClock(factory);
                Render(context.Console, order, factory?.Name, customer?.Name, clock);
                if (order.IsOpenForProduction && clock is not null)
                {
                    var explained = await services.GetRequiredService<PlanExplanations>().ExplainAsync(Caller.System, order.Id, cancellationToken);
                    if (explained.Outcome == ServiceOutcome.Ok)
                    {
                        RenderExplanation(context.Console, explained.Value!, clock);
                    }
                    else
                    {
                        context.Console.WriteLine(explained.Errors.FirstOrDefault()?.Message ?? explained.Message ?? "");
                    }
                }
                return 0;
            }));
        return command;
    }

    internal static void Render(IAnsiConsole console, Order order, string? factoryName, string? customerName, FactoryClock? clock)
    {
        var c = CultureInfo.InvariantCulture;
        string When(DateTimeOffset? t) => t is null ? "—" : clock?.Format(t) ?? t.Value.ToString("u", c);
        console.Write(new Rule($"[bold]Order {order.Id}[/] ({OrderStatusNames.Name(order.Status)})").LeftJustified());
        var facts = new Grid().AddColumn().AddColumn();
        facts.AddRow("Status", OrderStatusNames.Name(order.Status));
        facts.AddRow("Customer", Markup.Escape(customerName is null ? order.CustomerId : $"{customerName} ({order.CustomerId})"));
        facts.AddRow("Factory", Markup.Escape(factoryName is null ? order.FactoryId : $"{factoryName} ({order.FactoryId}, {clock?.ZoneId})"));
        facts.AddRow("Requested", order.RequestedDate?.ToString("yyyy-MM-dd", c) ?? "—");
        facts.AddRow("Promised completion", When(order.PromisedCompletion));
        facts.AddRow("Quote", order.QuoteId is null ? "—" : Markup.Escape($"{order.QuoteId} ({order.QuoteOption})"));
        if (order.Price is { } price)
        {
            facts.AddRow("Price", Markup.Escape(string.Create(c,
                $"{price.Total:#,##0.00} {price.Currency} (materials {price.Materials:#,##0.00}, machine time {price.MachineTime:#,##0.00}, energy {price.Energy:#,##0.00}, labour {price.Labour:#,##0.00}, overhead {price.Overhead:#,##0.00}, margin {price.Margin:#,##0.00})")));
        }
        facts.AddRow("Priority", order.Priority.ToString("+0;-0;0", c));
        facts.AddRow("Created", When(order.CreatedAt));
        facts.AddRow("Updated", When(order.UpdatedAt));
        if (!string.IsNullOrWhiteSpace(order.Notes))
        {
            facts.AddRow("Notes", Markup.Escape(order.Notes));
        }
        console.Write(facts);
        console.WriteLine();
        var lines = new Table().Title($"{order.Lines.Length} line(s), {order.Lines.Sum(l => l.Quantity).ToString(c)} unit(s)")
            .AddColumns("#", "line id", "template", "description", "quantity", "parameters");
        lines.Columns[0].RightAligned();
        lines.Columns[4].RightAligned();
        foreach (var line in order.Lines)
        {
            lines.AddRow(line.LineNumber.ToString(c), line.Id, Markup.Escape($"{line.TemplateId} {line.TemplateVersion}"), Markup.Escape(line.Description),
                line.Quantity.ToString(c), Markup.Escape(line.Parameters.Count == 0 ? "(defaults)" : string.Join(", ", line.Parameters.Select(p => $"{p.Key}={p.Value}"))));
        }
        console.Write(lines);
    }

    /// <summary>Why the order completes when it does: the plan's completion, late or not, and one sentence per link of the critical chain.</summary>
    private static void RenderExplanation(IAnsiConsole console, ExplanationResponse explanation, FactoryClock clock)
    {
        console.WriteLine();
        var verdict = explanation.Late ? "[red]late[/]" : "[green]on time[/]";
        console.MarkupLine($"[bold]Planned completion[/] {Markup.Escape(clock.Format(explanation.PlannedCompletion))} ({verdict}); promised {Markup.Escape(clock.Format(explanation.PromisedCompletion))}");
        console.WriteLine(explanation.Summary);
        var chain = new Table().Title($"critical chain behind the completion, times in {clock.ZoneId}").AddColumns("machine", "start", "end", "wait", "why");
        chain.Columns[3].RightAligned();
        foreach (var link in explanation.Links)
        {
            chain.AddRow(Markup.Escape(link.MachineName), clock.Short(link.Start), clock.Short(link.End),
                link.WaitMinutes.ToString("#,##0", CultureInfo.InvariantCulture) + " min", Markup.Escape(link.Sentence));
        }
        console.Write(chain);
    }
}
