namespace Microfactory.Core.Time;

/// <summary>A recurring working period on one day of the week, in the factory's local time: minutes after local midnight, <c>0 ≤ StartMinute &lt; EndMinute ≤ 1440</c>.</summary>
public sealed record WeeklyShift(DayOfWeek Day, int StartMinute, int EndMinute)
{
    public int DurationMinutes => EndMinute - StartMinute;
}
