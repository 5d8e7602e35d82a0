using Microfactory.Copilot.Tools;
using Microfactory.Core.Factories;
using Microfactory.Core.Machines;
using Microfactory.Core.Time;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Machines;

namespace Microfactory.Server.Features.Copilot;

/// <summary>
/// The factory the copilot talks about, its local time and the periods a question names, resolved against the machines'
/// shift calendars. The factory is Microfactory:Copilot:FactoryId when set, otherwise the one with the most machines (an
/// installation runs one microfactory; a factory record without machines is not where questions are about).
/// </summary>
internal sealed class CopilotPlant(FactoryStore factories, MachineStore machines, TimeProvider time, Microsoft.Extensions.Options.IOptions<CopilotOptions> options)
{
    /// <summary>More machines than a microfactory has; the catalogue and "all machines" stop there.</summary>
    public const int MaxMachines = 500;

    /// <summary>Factories looked at to find the working one.</summary>
    public const int MaxFactories = 100;

    public async Task<Factory?> FactoryAsync(CancellationToken cancellationToken)
    {
        if (options.Value.FactoryId is { Length: > 0 } configured)
        {
            return await factories.GetAsync(configured, cancellationToken);
        }
        Factory? best = null;
        long most = -1;
        foreach (var factory in (await factories.ListAsync(0, MaxFactories, cancellationToken)).Items.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            var count = (await machines.ListAsync(factory.Id, 0, 1, cancellationToken)).Total;
            if (count > most)
            {
                (best, most) = (factory, count);
            }
        }
        return best;
    }

    public async Task<IReadOnlyList<Machine>> MachinesAsync(CancellationToken cancellationToken) =>
        (await FactoryAsync(cancellationToken)) is { } factory ? (await machines.ListAsync(factory.Id, 0, MaxMachines, cancellationToken)).Items : [];

    /// <summary>Now in the factory's zone (UTC when there is no factory yet).</summary>
    public DateTimeOffset Now(Factory? factory)
    {
        var utc = time.GetUtcNow();
        return factory is null ? utc : TimeZoneInfo.ConvertTime(utc, Zone(factory));
    }

    public static TimeZoneInfo Zone(Factory factory) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(factory.TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>
    /// [from, to) of a period in the factory's zone. Days and weeks (Monday first) are local calendar spans up to now; a
    /// shift is an occurrence of <paramref name="shifts"/>: this shift the one running now (or the last one started), last
    /// shift the one before it. Null when there are no shifts to speak of.
    /// </summary>
    public (DateTimeOffset From, DateTimeOffset To)? Resolve(Period period, Factory factory, IReadOnlyList<WeeklyShift> shifts)
    {
        var zone = Zone(factory);
        var now = Now(factory);
        DateTimeOffset Local(DateOnly day, int minute) =>
            new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue).AddMinutes(minute), zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue).AddMinutes(minute)));
        var today = DateOnly.FromDateTime(now.DateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        switch (period)
        {
            case Period.Today: return (Local(today, 0), now);
            case Period.Yesterday: return (Local(today.AddDays(-1), 0), Local(today, 0));
            case Period.ThisWeek: return (Local(monday, 0), now);
            case Period.LastWeek: return (Local(monday.AddDays(-7), 0), Local(monday, 0));
        }
        var started = Enumerable.Range(0, 15).Select(back => today.AddDays(-back))
            .SelectMany(day => shifts.Where(s => s.Day == day.DayOfWeek).Select(s => (From: Local(day, s.StartMinute), To: Local(day, s.EndMinute))))
            .Where(s => s.From <= now).OrderByDescending(s => s.From).Distinct().ToList();
        var index = period == Period.ThisShift ? 0 : 1;
        if (started.Count <= index)
        {
            return null;
        }
        var shift = started[index];
        return (shift.From, shift.To < now ? shift.To : now);
    }
}
