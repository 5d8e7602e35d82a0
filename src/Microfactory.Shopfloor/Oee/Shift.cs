namespace Microfactory.Shopfloor.Oee;

/// <summary>
/// A weekly shift in the factory's local time: it starts on <paramref name="Day"/> at <paramref name="Start"/> and ends at
/// <paramref name="End"/> the same day, or the next day when <paramref name="End"/> is not after <paramref name="Start"/>
/// (22:00–06:00 crosses midnight; 06:00–06:00 lasts 24 hours). <paramref name="Label"/> names it in reports ("early", "night").
/// </summary>
public sealed record Shift(string Label, DayOfWeek Day, TimeOnly Start, TimeOnly End)
{
    /// <summary>True when the shift ends on the day after it starts.</summary>
    public bool CrossesMidnight => End <= Start;

    /// <summary>Nominal length on the clock face (a day with a DST change makes the real length differ).</summary>
    public TimeSpan NominalLength => CrossesMidnight ? TimeSpan.FromDays(1) - (Start - End) : End - Start;
}
