using System.CommandLine;
using System.Globalization;
using Microfactory.Core.Factories;
using Microfactory.Server.Features.Plans;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Microfactory.Cli.Commands.Plans;

/// <summary>
/// <c>mf plan kpi [--factory ID] [--history N]</c>: the KPIs of the factory's current plan version beside the previous
/// version's (with the change), utilisation per machine, and the last N versions with why each was made, drawn as
/// sparklines over time and listed. Reads stored versions only; changes nothing.
/// </summary>
internal static class PlanKpiCommand
{
    private const string Sparks = "▁▂▃▄▅▆▇█";

    public static Command Create(CliContext context)
    {
        var factory = FactoryChoice.Option();
        var history = new Option<int>("--history") { Description = "How many recent versions to list (1–200).", DefaultValueFactory = _ => 12 };
        var connection = ServerConnection.ConnectionStringOption();
        var command = new Command("kpi", "Show the current plan's KPIs beside the previous version's, utilisation per machine, and the KPIs over recent versions.")
        {
            factory, history, connection,
        };
        command.SetAction((ParseResult parse, CancellationToken cancellationToken) =>
            DatabaseCommand.RunAsync(context, "mf plan kpi", parse.GetValue(connection), async services =>
            {
                var count = parse.GetValue(history);
                if (count is < 1 or > 200)
                {
                    await context.Error.WriteLineAsync("mf plan kpi: --history must be between 1 and 200.");
                    return CliApp.Failure;
                }
                if (await FactoryChoice.ResolveAsync(context, "mf plan kpi", services, parse.GetValue(factory), cancellationToken) is not { } chosen)
                {
                    return CliApp.Failure;
                }
                var (versions, total) = await services.GetRequiredService<PlanStore>().ListVersionsAsync(chosen.Id, 0, Math.Max(count, 2), cancellationToken);
                if (versions.Count == 0)
                {
                    await context.Error.WriteLineAsync($"mf plan kpi: {chosen.Id} has no plan yet. The server's live plan worker makes the first version (mf serve).");
                    return CliApp.Failure;
                }
                Render(context.Console, chosen, versions, total, count);
                return 0;
            }));
        return command;
    }

    private static void Render(IAnsiConsole console, Factory factory, IReadOnlyList<StoredVersion> newestFirst, long total, int count)
    {
        var c = CultureInfo.InvariantCulture;
        var clock = new FactoryClock(factory);
        var current = newestFirst[0];
        var previous = newestFirst.Count > 1 ? newestFirst[1] : null;
        console.Write(new Rule($"[bold]Plan of {Markup.Escape(factory.Name)}[/] ({factory.Id}): version {current.Version} of {total}").LeftJustified());
        console.WriteLine(string.Create(c, $"made {clock.Format(current.CreatedAt)}: {current.Reason}"));
        console.WriteLine();

        var table = new Table().AddColumn("KPI").AddColumn(new TableColumn($"v{current.Version}").RightAligned());
        if (previous is not null)
        {
            table.AddColumn(new TableColumn($"v{previous.Version}").RightAligned()).AddColumn(new TableColumn("change").RightAligned());
        }
        void Row(string name, Func<PlanKpis, double?> value, Func<double, string> format, bool higherIsBetter)
        {
            var now = value(current.Kpis);
            var cells = new List<string> { name, now is { } n ? format(n) : "—" };
            if (previous is not null)
            {
                var before = value(previous.Kpis);
                cells.Add(before is { } b ? format(b) : "—");
                cells.Add(Change(now, before, format, higherIsBetter));
            }
            table.AddRow([.. cells]);
        }
        Row("on-time orders", k => k.OnTimeRate * 100, v => v.ToString("0.0", c) + " %", higherIsBetter: true);
        Row("weighted tardiness", k => k.TotalWeightedTardinessMinutes / 60, v => v.ToString("#,##0.0", c) + " h", higherIsBetter: false);
        Row("late operations", k => k.LateOperations, v => v.ToString("#,##0", c), higherIsBetter: false);
        Row("operations", k => k.Operations, v => v.ToString("#,##0", c), higherIsBetter: true);
        Row("energy", k => k.EnergyKwh, v => v.ToString("#,##0.0", c) + " kWh", higherIsBetter: false);
        Row("energy cost", k => (double)k.EnergyCost, v => v.ToString("#,##0.00", c) + " " + current.Kpis.Currency, higherIsBetter: false);
        Row("emissions", k => k.KgCo2e, v => v.ToString("#,##0.0", c) + " kg CO2e", higherIsBetter: false);
        Row("mean utilisation", k => k.Utilisation.Count == 0 ? null : k.Utilisation.Average(u => u.Rate) * 100, v => v.ToString("0.0", c) + " %", higherIsBetter: true);
        var endRow = new List<string> { "last work ends", current.Kpis.MakespanEnd is { } end ? clock.Format(end) : "—" };
        if (previous is not null)
        {
            endRow.Add(previous.Kpis.MakespanEnd is { } before ? clock.Format(before) : "—");
            endRow.Add(current.Kpis.MakespanEnd is { } a && previous.Kpis.MakespanEnd is { } b ? Hours((a - b).TotalHours) : "");
        }
        table.AddRow([.. endRow]);
        foreach (var machine in current.Kpis.Utilisation)
        {
            Row($"  {machine.MachineId}", k => k.Utilisation.FirstOrDefault(u => u.MachineId == machine.MachineId)?.Rate * 100, v => v.ToString("0.0", c) + " %", higherIsBetter: true);
        }
        console.Write(table);
        console.WriteLine();

        var shown = newestFirst.Take(count).Reverse().ToList();
        if (shown.Count > 1)
        {
            console.WriteLine(string.Create(c, $"over the last {shown.Count} versions (oldest left): on-time {Sparkline(shown.Select(v => v.Kpis.OnTimeRate ?? 0))}  tardiness {Sparkline(shown.Select(v => v.Kpis.TotalWeightedTardinessMinutes))}  energy cost {Sparkline(shown.Select(v => (double)v.Kpis.EnergyCost))}"));
        }
        var list = new Table().Title($"last {shown.Count} of {total} versions; times in {clock.ZoneId}")
            .AddColumns("version", "made", "on-time %", "tardiness h", "late ops", "ends", "kWh", $"cost {current.Kpis.Currency}", "kg CO2e", "why");
        foreach (var index in new[] { 0, 2, 3, 4, 6, 7, 8 })
        {
            list.Columns[index].RightAligned();
        }
        foreach (var v in newestFirst.Take(count))
        {
            var k = v.Kpis;
            list.AddRow(v.Version.ToString(c), clock.Short(v.CreatedAt), k.OnTimeRate is { } r ? (r * 100).ToString("0.0", c) : "—",
                (k.TotalWeightedTardinessMinutes / 60).ToString("#,##0.0", c), k.LateOperations.ToString(c),
                k.MakespanEnd is { } e ? clock.Short(e) : "—", k.EnergyKwh.ToString("#,##0.0", c), k.EnergyCost.ToString("#,##0.00", c), k.KgCo2e.ToString("#,##0.0", c),
                Markup.Escape(v.Reason.Length <= 70 ? v.Reason : v.Reason[..69] + "…"));
        }
        console.Write(list);
    }

    private static string Change(double? now, double? before, Func<double, string> format, bool higherIsBetter)
    {
        if (now is not { } a || before is not { } b)
        {
            return "";
        }
        var delta = a - b;
        if (Math.Abs(delta) < 1e-9)
        {
            return "=";
        }
        var better = delta > 0 == higherIsBetter;
        var text = (delta > 0 ? "+" : "−") + format(Math.Abs(delta));
        return $"[{(better ? "green" : "red")}]{Markup.Escape(text)}[/]";
    }

    private static string Hours(double hours) => Math.Abs(hours) < 1e-9 ? "=" : (hours > 0 ? "+" : "−") + Math.Abs(hours).ToString("0.#", CultureInfo.InvariantCulture) + " h";

    /// <summary>Eight-level bars scaled between the smallest and largest value shown.</summary>
    internal static string Sparkline(IEnumerable<double> values)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return "";
        }
        var (min, max) = (list.Min(), list.Max());
        return string.Concat(list.Select(v => max - min < 1e-12 ? Sparks[3] : Sparks[(int)Math.Round((v - min) / (max - min) * (Sparks.Length - 1))]));
    }
}
