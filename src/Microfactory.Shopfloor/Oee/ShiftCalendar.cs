namespace Microfactory.Shopfloor.Oee;

/// <summary>Lays weekly shifts out on the calendar of a factory time zone.</summary>
internal static class ShiftCalendar
{
    private const long TicksPerWeek = 7 * TimeSpan.TicksPerDay;

    /// <summary>
    /// Every occurrence of <paramref name="shifts"/> that overlaps [<paramref name="from"/>, <paramref name="to"/>), clipped to
    /// it, in time order. An occurrence is dated by the local day it starts on, so a night shift belongs to its first day.
    /// </summary>
    public static List<ShiftOccurrence> Occurrences(IReadOnlyList<Shift> shifts, TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset to)
    {
        var result = new List<ShiftOccurrence>();
        if (shifts.Count == 0)
        {
            return result;
        }
        long fromTicks = from.UtcTicks, toTicks = to.UtcTicks;
        // A shift lasts at most a day, so one that started the local day before the window may still reach into it.
        var last = LocalClock.LocalDate(to, zone);
        for (var date = LocalClock.LocalDate(from, zone).AddDays(-1); date <= last; date = date.AddDays(1))
        {
            foreach (var shift in shifts)
            {
                if (shift.Day != date.DayOfWeek)
                {
                    continue;
                }
                var start = LocalClock.ToInstant(date.ToDateTime(shift.Start), zone).UtcTicks;
                var endDate = shift.CrossesMidnight ? date.AddDays(1) : date;
                var end = LocalClock.ToInstant(endDate.ToDateTime(shift.End), zone).UtcTicks;
                var clippedStart = Math.Max(start, fromTicks);
                var clippedEnd = Math.Min(end, toTicks);
                if (clippedEnd > clippedStart)
                {
                    result.Add(new ShiftOccurrence(shift, date, clippedStart, clippedEnd));
                }
            }
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>The first pair of shifts (indexes) that overlap on the weekly clock face, or null when none do.</summary>
    public static (int First, int Second)? FirstOverlap(IReadOnlyList<Shift> shifts)
    {
        for (var i = 0; i < shifts.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (Overlap(shifts[i], shifts[j]))
                {
                    return (j, i);
                }
            }
        }
        return null;
    }

    private static bool Overlap(Shift a, Shift b)
    {
        var (aStart, aLength) = WeekTicks(a);
        var (bStart, bLength) = WeekTicks(b);
        // Compare on the week circle: b starts inside a, or a starts inside b.
        var bFromA = (((bStart - aStart) % TicksPerWeek) + TicksPerWeek) % TicksPerWeek;
        var aFromB = (((aStart - bStart) % TicksPerWeek) + TicksPerWeek) % TicksPerWeek;
        return bFromA < aLength || aFromB < bLength;
    }

    private static (long Start, long Length) WeekTicks(Shift shift) =>
        (((int)shift.Day * TimeSpan.TicksPerDay) + shift.Start.Ticks, shift.NominalLength.Ticks);
}
