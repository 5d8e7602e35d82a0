namespace Microfactory.Shopfloor.Oee;

/// <summary>Turns factory-local wall-clock times into instants, resolving the two DST cases the same way every time.</summary>
internal static class LocalClock
{
    /// <summary>
    /// The instant at which the wall clock of <paramref name="zone"/> shows <paramref name="local"/>. A time skipped by a
    /// spring-forward gap moves forward by the length of the gap (02:30 on a 02:00→03:00 night is 03:30); a time shown twice
    /// after a fall-back takes its first, earlier occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            // The offset in force before the gap: one day earlier is outside any single transition.
            offset = zone.GetUtcOffset(local.AddDays(-1));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }
        return new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero);
    }

    /// <summary>The factory-local calendar date of <paramref name="instant"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
