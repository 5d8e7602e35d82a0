using System.Globalization;
using Microfactory.Core.Factories;
using Microfactory.Server.Features.Quotes;
using Spectre.Console;

namespace Microfactory.Cli.Commands.Quotes;

/// <summary>A quote on the terminal: what was asked and its design summary, then the three options side by side (one column each), the best value of each row in bold.</summary>
internal static class QuoteView
{
    public static void Render(IAnsiConsole console, Quote quote, Factory factory, bool withOperations)
    {
        var c = CultureInfo.InvariantCulture;
        var clock = new FactoryClock(factory);
        console.Write(new Rule($"[bold]Quote {quote.Id}[/] for {Markup.Escape(quote.CustomerId)} at {Markup.Escape(QuoteCommand.Describe(factory))}").LeftJustified());
        foreach (var line in quote.Lines)
        {
            var parameters = line.Parameters.Count == 0 ? "defaults" : string.Join(", ", line.Parameters.Select(p => $"{p.Key}={p.Value}"));
            console.WriteLine(string.Create(c,
                $"{line.TemplateId} {line.TemplateVersion} × {line.Quantity} ({parameters}): {line.Description}; per unit {line.UnitMassKg:0.###} kg, materials {line.UnitMaterialCost:#,##0.00} {line.Currency}, {line.UnitMaterialsKgCo2e:0.###} kg CO2e"));
        }
        console.WriteLine(string.Create(c,
            $"complete by {clock.Format(quote.Deadline)}{(quote.RequestedDate is { } d ? $" (requested {d:yyyy-MM-dd})" : "")}; against plan version {quote.PlanVersion}; valid until {clock.Format(quote.ExpiresAt)}"));
        console.WriteLine();

        var options = quote.Options;
        var currency = options.Select(o => o.Price?.Currency).FirstOrDefault(x => x is not null) ?? factory.Currency;
        var table = new Table().AddColumn("");
        foreach (var option in options)
        {
            table.AddColumn(new TableColumn($"[bold]{Markup.Escape(option.Kind)}[/]").RightAligned());
        }
        table.AddRow(["available", .. options.Select(o => o.Available ? "[green]yes[/]" : "[red]no[/]")]);
        void Money(string name, Func<Core.Orders.PriceBreakdown, decimal> value, bool total = false) =>
            Row(table, name, options, o => o.Price is { } p ? (double)value(p) : null, v => ((decimal)v).ToString("#,##0.00", c), total);
        Money($"price {currency}", p => p.Total, total: true);
        Money("  materials", p => p.Materials);
        Money("  machine time", p => p.MachineTime);
        Money("  energy", p => p.Energy);
        Money("  labour", p => p.Labour);
        Money("  overhead", p => p.Overhead);
        Money("  margin", p => p.Margin);
        var earliest = options.Where(o => o.Available && o.PromisedCompletion is not null).Select(o => o.PromisedCompletion!.Value).DefaultIfEmpty().Min();
        table.AddRow(["promised completion", .. options.Select(o => o.PromisedCompletion is { } p
            ? Best(clock.Format(p), o.Available && p == earliest)
            : o.EarliestCompletion is { } e ? Markup.Escape($"(earliest {clock.Format(e)})") : "—")]);
        Row(table, "kg CO2e", options, o => o.Co2eKg, v => v.ToString("#,##0.000", c), best: true);
        Row(table, "  materials", options, o => o.MaterialsCo2eKg, v => v.ToString("#,##0.000", c));
        Row(table, "  process energy", options, o => o.ProcessCo2eKg, v => v.ToString("#,##0.000", c));
        Row(table, "  inbound transport", options, o => o.TransportCo2eKg, v => v.ToString("#,##0.000", c));
        Row(table, "  packaging", options, o => o.PackagingCo2eKg, v => v.ToString("#,##0.000", c));
        Row(table, "  primary data %", options, o => o.Co2PrimaryDataSharePercent, v => v.ToString("0.#", c));
        Row(table, "kWh", options, o => o.EnergyKwh, v => v.ToString("#,##0.00", c));
        table.AddRow(["operations", .. options.Select(o => o.Operations.Count.ToString(c))]);
        if (options.Any(o => !string.IsNullOrEmpty(o.Reason)))
        {
            table.AddRow(["reason", .. options.Select(o => Markup.Escape(o.Reason ?? ""))]);
        }
        console.Write(table);
        console.WriteLine(string.Create(c, $"times in {clock.ZoneId}; bold = the best available; accept: POST /api/v1/quotes/{quote.Id}/accept with an Idempotency-Key"));
        if (withOperations)
        {
            foreach (var option in options.Where(o => o.Operations.Count > 0))
            {
                var ops = new Table().Title($"{option.Kind}: {option.Operations.Count} tentative operation(s), times in {clock.ZoneId}")
                    .AddColumns("line", "unit", "step", "capability", "machine", "start", "end");
                foreach (var op in option.Operations.OrderBy(o => o.Start))
                {
                    ops.AddRow(op.LineNumber.ToString(c), op.Unit.ToString(c), Markup.Escape(op.StepId), Markup.Escape(op.CapabilityId),
                        Markup.Escape($"{op.MachineName} ({op.MachineId})"), clock.Short(op.Start), clock.Short(op.End));
                }
                console.Write(ops);
            }
        }
    }

    /// <summary>One row, one cell per option; with <paramref name="best"/> the lowest value among available options is bold.</summary>
    private static void Row(Table table, string name, IReadOnlyList<QuoteOption> options, Func<QuoteOption, double?> value, Func<double, string> format, bool best = false)
    {
        var lowest = options.Where(o => o.Available).Select(value).Where(v => v is not null).DefaultIfEmpty().Min();
        table.AddRow([name, .. options.Select(o => value(o) is { } v ? Best(format(v), best && o.Available && lowest is { } l && Math.Abs(v - l) < 1e-9) : "—")]);
    }

    private static string Best(string text, bool best) => best ? $"[bold]{Markup.Escape(text)}[/]" : Markup.Escape(text);
}
