using System.Globalization;
using Microfactory.Core.Time;
using Microfactory.Shopfloor.Oee;

namespace Microfactory.Server.Features.Oee;

/// <summary>
/// A machine calendar's weekly shifts (Core: one day each, minutes 0 ≤ start &lt; end ≤ 1440) as the OEE library's shifts.
/// Core cannot say "22:00–06:00", so a night shift is stored as two: Monday 22:00–24:00 and Tuesday 00:00–06:00. Such a
/// pair — a shift ending at midnight and one starting at midnight the next day that ends no later than the first began —
/// becomes one shift that crosses midnight (Monday 22:00–06:00), so by=shift reports it once and by=day counts it wholly on
/// the day it starts. Every other shift maps one to one; one ending at 24:00 ends at the next midnight.
/// Labels are the local times, "22:00-06:00", unique per machine and day because a day's shifts do not overlap.
/// </summary>
internal static class OeeShifts
{
    public static IReadOnlyList<Shift> From(IReadOnlyList<WeeklyShift> weekly)
    {
        var tailOf = new Dictionary<WeeklyShift, WeeklyShift>();
        var tails = new HashSet<WeeklyShift>();
        foreach (var head in weekly.Where(s => s.EndMinute == 1440 && s.StartMinute > 0))
        {
            var tail = weekly.FirstOrDefault(t => t.Day == Next(head.Day) && t.StartMinute == 0 && t.EndMinute < 1440 && t.EndMinute <= head.StartMinute);
            if (tail is not null && tails.Add(tail))
            {
                tailOf[head] = tail;
            }
        }
        return [.. weekly.Where(s => !tails.Contains(s)).OrderBy(s => s.Day).ThenBy(s => s.StartMinute).Select(s =>
        {
            var end = tailOf.TryGetValue(s, out var tail) ? tail.EndMinute : s.EndMinute;
            return new Shift($"{Clock(s.StartMinute)}-{Clock(end)}", s.Day, Time(s.StartMinute), Time(end));
        })];
    }

    private static DayOfWeek Next(DayOfWeek day) => (DayOfWeek)(((int)day + 1) % 7);

    private static TimeOnly Time(int minute) => minute >= 1440 ? TimeOnly.MinValue : new TimeOnly(minute / 60, minute % 60);

    private static string Clock(int minute) => string.Create(CultureInfo.InvariantCulture, $"{minute / 60:00}:{minute % 60:00}");
}
