using Microfactory.Planning.Promising;

namespace Microfactory.Server.Features.Plans;

/// <summary>
/// The time axis the scheduler works on for one plan version: 1 tick = 1 minute after <see cref="Origin"/> (UTC, on a
/// whole hour), over <see cref="HorizonHours"/> hours. Ticks before the origin are negative; nothing is modelled after
/// the horizon (machines count as available there, the energy profile repeats).
/// </summary>
internal sealed record PlanFrame
{
    public const int TicksPerHour = 60;

    public PlanFrame(DateTimeOffset origin, int horizonHours)
    {
        var utc = origin.ToUniversalTime();
        if (utc.Minute != 0 || utc.Second != 0 || utc.Millisecond != 0 || utc.Microsecond != 0 || utc.Nanosecond != 0)
        {
            throw new ArgumentException("origin must be on a whole hour (UTC)", nameof(origin));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(horizonHours, 1);
        Origin = utc;
        HorizonHours = horizonHours;
    }

    /// <summary>Tick 0, a whole hour in UTC.</summary>
    public DateTimeOffset Origin { get; }

    /// <summary>Hours modelled from the origin (machine calendars and the hourly energy profile).</summary>
    public int HorizonHours { get; }

    /// <summary>The first tick after the horizon.</summary>
    public long HorizonTick => (long)HorizonHours * TicksPerHour;

    /// <summary>The end of the horizon in time.</summary>
    public DateTimeOffset HorizonEnd => Origin.AddHours(HorizonHours);

    /// <summary>
    /// A frame starting at the whole hour at or before <paramref name="start"/> and reaching
    /// <see cref="PromiseQuery.DefaultMaxHorizonHours"/> hours beyond <paramref name="now"/> (so quotes made now see every hour they may use).
    /// </summary>
    public static PlanFrame Covering(DateTimeOffset start, DateTimeOffset now)
    {
        var utc = start.ToUniversalTime();
        var origin = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
        var hours = (int)Math.Ceiling((now.ToUniversalTime() - origin).TotalHours) + PromiseQuery.DefaultMaxHorizonHours;
        return new PlanFrame(origin, Math.Max(1, hours));
    }

    /// <summary>The minute containing <paramref name="time"/> (rounded down).</summary>
    public long ToTick(DateTimeOffset time) => (long)Math.Floor((time - Origin).TotalMinutes);

    /// <summary>The first whole minute at or after <paramref name="time"/> (for ends and due dates that must not be cut short).</summary>
    public long ToTickCeiling(DateTimeOffset time) => (long)Math.Ceiling((time - Origin).TotalMinutes);

    /// <summary>The start of <paramref name="tick"/> in UTC.</summary>
    public DateTimeOffset ToTime(long tick) => Origin.AddMinutes(tick);
}
