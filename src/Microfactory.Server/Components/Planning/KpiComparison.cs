using System.Globalization;
using Microfactory.Server.Components.Shared;
using Microfactory.Server.Features.Plans;

namespace Microfactory.Server.Components.Planning;

/// <summary>
/// The KPIs of a plan version beside the version before: each as text now and before, the change (an arrow, with the
/// amount where it reads well) and whether that change is better or worse for the factory.
/// </summary>
internal static class KpiComparison
{
    public static IReadOnlyList<KpiRow> Rows(PlanKpis now, PlanKpis? before, string timeZoneId)
    {
        var b = before;
        return
        [
            Compare("on-time", "On time", now.OnTimeRate, b?.OnTimeRate, b is not null, v => v is { } r ? $"{r * 100:0.#} %" : "no due dates", higherIsBetter: true),
            Compare("tardiness", "Weighted tardiness", now.TotalWeightedTardinessMinutes, b?.TotalWeightedTardinessMinutes, b is not null, v => $"{v:#,##0} min", higherIsBetter: false),
            Compare("late-operations", "Late operations", now.LateOperations, b?.LateOperations, b is not null, v => $"{v:0} of {now.Operations}", higherIsBetter: false),
            Compare("makespan", "All work done", now.MakespanEnd?.UtcTicks, b?.MakespanEnd?.UtcTicks, b is not null,
                v => v is { } t ? FactoryTime.Short(new DateTimeOffset((long)t, TimeSpan.Zero), timeZoneId) : "nothing planned", higherIsBetter: false,
                change: d => FactoryTime.Span(TimeSpan.FromTicks((long)d))),
            Compare("utilisation", "Mean utilisation", Utilisation(now), b is null ? null : Utilisation(b), b is not null, v => $"{v * 100:0.#} %", higherIsBetter: null),
            Compare("energy", "Energy", now.EnergyKwh, b?.EnergyKwh, b is not null, v => $"{v:#,##0.#} kWh", higherIsBetter: false),
            Compare("energy-cost", "Energy cost", (double)now.EnergyCost, b is null ? null : (double)b.EnergyCost, b is not null,
                v => Money.Format(now.Currency, (decimal)(v ?? 0)), higherIsBetter: false),
            Compare("co2e", "Process CO2e", now.KgCo2e, b?.KgCo2e, b is not null, v => $"{v:#,##0.##} kg", higherIsBetter: false),
        ];
    }

    private static double Utilisation(PlanKpis k) => k.Utilisation.Count == 0 ? 0 : k.Utilisation.Average(u => u.Rate);

    private static KpiRow Compare(string key, string label, double? now, double? before, bool hasBefore, Func<double?, string> format, bool? higherIsBetter,
        Func<double, string>? change = null)
    {
        var nowText = Invariant(() => format(now));
        if (!hasBefore)
        {
            return new KpiRow(key, label, nowText, null, "", "");
        }
        var beforeText = Invariant(() => format(before));
        if (now is null || before is null || Math.Abs(now.Value - before.Value) < 1e-9)
        {
            return new KpiRow(key, label, nowText, beforeText, now == before ? "=" : "", "");
        }
        var delta = now.Value - before.Value;
        var arrow = delta > 0 ? "▲" : "▼";
        var tone = higherIsBetter is null ? "" : (delta > 0) == higherIsBetter ? "mf-kpi-better" : "mf-kpi-worse";
        return new KpiRow(key, label, nowText, beforeText, change is null ? arrow : $"{arrow} {change(Math.Abs(delta))}", tone);
    }

    private static string Invariant(Func<string> format)
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return format();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}

/// <summary>One KPI of <see cref="KpiComparison"/>: <see cref="Before"/> is null when there is no earlier version; <see cref="Tone"/> a CSS class.</summary>
internal sealed record KpiRow(string Key, string Label, string Now, string? Before, string Change, string Tone);
