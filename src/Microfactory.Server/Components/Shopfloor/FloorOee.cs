using System.Globalization;
using Microfactory.Core.Factories;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Oee;

namespace Microfactory.Server.Components.Shopfloor;

/// <summary>
/// The dashboard's OEE, all of it through <see cref="OeeService"/> (the same figures as <c>GET /api/v1/factories/{id}/oee</c>):
/// today by machine (the factory row is today's factory OEE); the last 24 hours by shift (each machine's shift now is the
/// occurrence that reaches the present); the factory's shift now by machine over that shift; and one call per day for
/// the trend (the factory row of each day's window).
/// </summary>
internal sealed class FloorOee(OeeService oee, TimeProvider time)
{
    /// <summary>Days the trend covers, today included.</summary>
    public const int TrendDays = 14;

    /// <summary>OEE today and in the shift now, for the factory and each machine.</summary>
    public async Task<FloorOeeFigures> FiguresAsync(Factory factory, CancellationToken cancellationToken)
    {
        var now = Now();
        var dayStart = FloorBoard.DayStart(now, factory.TimeZoneId);
        var today = await oee.GetAsync(factory.Id, Text(dayStart), Text(now), "machine", cancellationToken);
        if (today.Outcome != ServiceOutcome.Ok || today.Value is not { } day)
        {
            return new FloorOeeFigures(now, FloorRatio.None, null, null, null, [], Problem(today));
        }
        // A shift lasts at most a day: every shift in progress started within the last 24 hours.
        var shifts = await oee.GetAsync(factory.Id, Text(now.AddDays(-1)), Text(now), "shift", cancellationToken);
        var current = shifts.Outcome == ServiceOutcome.Ok && shifts.Value is { } s
            ? s.Items.Where(i => i.MachineId is not null && i.To >= now).GroupBy(i => i.MachineId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal)
            : [];
        var machines = day.Items.Where(i => i.MachineId is not null)
            .Select(i => current.TryGetValue(i.MachineId!, out var shift)
                ? new FloorMachineOee(i.MachineId!, FloorRatio.Of(i), FloorRatio.Of(shift), shift.Shift)
                : new FloorMachineOee(i.MachineId!, FloorRatio.Of(i), null, null))
            .ToList();
        // The factory's shift: the one most machines are in now (ties: the earlier start, then the label).
        var main = current.Values.GroupBy(i => (i.Shift, i.From)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.From).ThenBy(g => g.Key.Shift, StringComparer.Ordinal).FirstOrDefault();
        FloorRatio? factoryShift = null;
        if (main is not null && main.Key.From < now)
        {
            var inShift = await oee.GetAsync(factory.Id, Text(main.Key.From), Text(now), "machine", cancellationToken);
            factoryShift = inShift.Outcome == ServiceOutcome.Ok && inShift.Value is { } v ? FloorRatio.Of(v.Factory) : null;
        }
        return new FloorOeeFigures(now, FloorRatio.Of(day.Factory), factoryShift, factoryShift is null ? null : main!.Key.Shift, factoryShift is null ? null : main!.Key.From, machines,
            shifts.Outcome == ServiceOutcome.Ok ? null : Problem(shifts));
    }

    /// <summary>The factory's OEE per local day over the last <see cref="TrendDays"/> days, oldest first; days the service refuses are left out.</summary>
    public async Task<IReadOnlyList<FloorTrendDay>> TrendAsync(Factory factory, CancellationToken cancellationToken)
    {
        var now = Now();
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(factory.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).Date);
        var days = new List<FloorTrendDay>(TrendDays);
        for (var back = TrendDays - 1; back >= 0; back--)
        {
            var date = today.AddDays(-back);
            var from = Midnight(date, zone);
            var to = back == 0 ? now : Midnight(date.AddDays(1), zone);
            if (to <= from)
            {
                continue;
            }
            var result = await oee.GetAsync(factory.Id, Text(from), Text(to), "machine", cancellationToken);
            if (result.Outcome == ServiceOutcome.Ok && result.Value is { } report)
            {
                days.Add(new FloorTrendDay(date, FloorRatio.Of(report.Factory)));
            }
        }
        return days;
    }

    // To the millisecond, as the windows are sent: a shift in progress then ends exactly now.
    private DateTimeOffset Now() => DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds());

    private static DateTimeOffset Midnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static string Text(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Problem<T>(ServiceResult<T> result)
    {
        var text = result.Message ?? string.Join(" ", result.Errors.Select(e => e.Message));
        return text.Length > 0 ? text : "OEE could not be computed.";
    }
}
