using System.CommandLine;
using System.Globalization;
using Microfactory.Core.Factories;
using Microfactory.Core.Machines;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Features.Plans;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Microfactory.Cli.Commands.Plans;

/// <summary>
/// <c>mf plan show [--factory ID] [--from T] [--hours H] [--machine ID] [--order ID] [--limit N]</c>: the factory's live
/// plan, read through the same PlanService as GET /api/v1/factories/{id}/plan: a text Gantt by machine over the window
/// (default: the next 72 hours), then its operations in start order (late, pinned and started marked).
/// </summary>
internal static class PlanShowCommand
{
    public static Command Create(CliContext context)
    {
        var factory = FactoryChoice.Option();
        var from = new Option<string?>("--from") { Description = "Start of the window, at the factory: yyyy-MM-dd or yyyy-MM-ddTHH:mm. Default: now." };
        var hours = new Option<double>("--hours") { Description = "Length of the window in hours (1–2208).", DefaultValueFactory = _ => 72 };
        var machine = new Option<string?>("--machine", "-m") { Description = "Only this machine (e.g. mch_fiber_laser_1)." };
        var order = new Option<string?>("--order", "-o") { Description = "Only this order's operations (ord_…)." };
        var limit = new Option<int>("--limit") { Description = "Operations listed under the chart; 0 lists all in the window.", DefaultValueFactory = _ => 40 };
        var connection = ServerConnection.ConnectionStringOption();
        var command = new Command("show", "Show the factory's live plan: a Gantt chart by machine over a time window, then its operations (late, pinned, started marked).")
        {
            factory, from, hours, machine, order, limit, connection,
        };
        command.SetAction((ParseResult parse, CancellationToken cancellationToken) =>
            DatabaseCommand.RunAsync(context, "mf plan show", parse.GetValue(connection), async services =>
            {
                var span = parse.GetValue(hours);
                if (span is < 1 or > 2208 || parse.GetValue(limit) < 0)
                {
                    await context.Error.WriteLineAsync("mf plan show: --hours must be between 1 and 2208 and --limit at least 0.");
                    return CliApp.Failure;
                }
                if (await FactoryChoice.ResolveAsync(context, "mf plan show", services, parse.GetValue(factory), cancellationToken) is not { } chosen)
                {
                    return CliApp.Failure;
                }
                var clock = new FactoryClock(chosen);
                var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
                DateTimeOffset start;
                if (parse.GetValue(from) is { } text)
                {
                    if (!TryLocal(text, clock, out start))
                    {
                        await context.Error.WriteLineAsync($"mf plan show: --from '{text}' must be yyyy-MM-dd or yyyy-MM-ddTHH:mm (at the factory, {clock.ZoneId}).");
                        return CliApp.Failure;
                    }
                }
                else
                {
                    start = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
                }
                var found = await QuoteStatus(context, () => services.GetRequiredService<PlanService>().GetAsync(chosen.Id, cancellationToken));
                if (found.Outcome != ServiceOutcome.Ok)
                {
                    await context.Error.WriteLineAsync($"mf plan show: {found.Message ?? string.Join(" ", found.Errors.Select(e => e.Message))}");
                    return CliApp.Failure;
                }
                var plan = PlanResponses.From(found.Value!, now);
                var machines = (await services.GetRequiredService<MachineService>().ListAsync(chosen.Id, new PageRequest(1, PageRequest.MaxPageSize), cancellationToken)).Items;
                var onlyMachine = parse.GetValue(machine);
                var onlyOrder = parse.GetValue(order);
                if (onlyMachine is not null && machines.All(m => m.Id != onlyMachine))
                {
                    await context.Error.WriteLineAsync($"mf plan show: no machine '{onlyMachine}' at {chosen.Id}; machines: {string.Join(", ", machines.Select(m => m.Id))}.");
                    return CliApp.Failure;
                }
                Render(context.Console, chosen, clock, plan, machines.Where(m => onlyMachine is null || m.Id == onlyMachine).ToList(),
                    [.. plan.Operations.Where(o => (onlyMachine is null || o.MachineId == onlyMachine) && (onlyOrder is null || o.OrderId == onlyOrder))],
                    start, start.AddHours(span), parse.GetValue(limit));
                return 0;
            }));
        return command;
    }

    private static Task<T> QuoteStatus<T>(CliContext context, Func<Task<T>> work) => Quotes.QuoteCommand.WithStatusAsync(context, "Reading the live plan…", work);

    private static bool TryLocal(string text, FactoryClock clock, out DateTimeOffset instant)
    {
        instant = default;
        if (!DateTime.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }
        instant = clock.FromLocal(local);
        return true;
    }

    private static void Render(IAnsiConsole console, Factory factory, FactoryClock clock, PlanResponse plan, IReadOnlyList<Machine> machines,
        IReadOnlyList<PlanOperationResponse> operations, DateTimeOffset from, DateTimeOffset to, int limit)
    {
        var c = CultureInfo.InvariantCulture;
        var k = plan.Kpis;
        console.Write(new Rule($"[bold]Plan of {Markup.Escape(factory.Name)}[/] ({factory.Id}): version {plan.Version}").LeftJustified());
        console.WriteLine(string.Create(c, $"made {clock.Format(plan.CreatedAt)}: {plan.Reason}"));
        console.WriteLine(string.Create(c,
            $"{k.Operations} operations of {plan.Operations.Select(o => o.OrderId).Distinct(StringComparer.Ordinal).Count()} orders; on time {(k.OnTimeRate is { } r ? (r * 100).ToString("0.0", c) + " %" : "—")}, {k.LateOperations} late operations; last work ends {clock.Format(k.MakespanEnd)}; {k.EnergyKwh:#,##0} kWh, {k.EnergyCost:#,##0.00} {k.Currency}, {k.KgCo2e:#,##0} kg CO2e"));
        console.WriteLine();
        var rows = machines.Select(m => new GanttRow(m.Id, m.Name, MachineAvailability.Of(m, clock))).ToList();
        var bars = operations.Select(o => new GanttBar(o.MachineId, o.OrderId, o.Start, o.End, o.Late)).ToList();
        foreach (var line in TextGantt.Render(rows, bars, from, to, clock, console.Profile.Width))
        {
            console.MarkupLine(line);
        }
        console.WriteLine();

        var symbols = TextGantt.Symbols(bars.Where(b => b.End > from && b.Start < to));
        var inWindow = operations.Where(o => o.End > from && o.Start < to).OrderBy(o => o.Start).ThenBy(o => o.MachineId, StringComparer.Ordinal).ToList();
        var shown = limit == 0 ? inWindow : [.. inWindow.Take(limit)];
        var table = new Table().Title(string.Create(c, $"{inWindow.Count} operation(s) between {clock.Short(from)} and {clock.Short(to)} ({clock.ZoneId}){(shown.Count < inWindow.Count ? $", first {shown.Count} (--limit 0 for all)" : "")}"))
            .AddColumns("", "start", "end", "machine", "order", "line.unit", "step", "flags");
        foreach (var o in shown)
        {
            var flags = string.Join(' ', new[] { o.Late ? "[red]late[/]" : null, o.Pinned ? "pinned" : null, o.Started ? "started" : null }.Where(f => f is not null));
            var symbol = symbols.TryGetValue(o.OrderId, out var s) ? (o.Late ? char.ToUpperInvariant(s) : s).ToString() : "";
            table.AddRow(symbol, clock.Short(o.Start), clock.Short(o.End), Markup.Escape(o.MachineId), Markup.Escape(o.OrderId),
                Markup.Escape($"{o.LineId}.{o.Unit}"), Markup.Escape(o.StepId), flags);
        }
        console.Write(table);
    }
}
