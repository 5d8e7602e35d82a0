using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Calculation;

/// <summary>Spreads an interval's energy over the clock hours it touches, pro rata by the time in each hour.</summary>
internal static class HourSplit
{
    /// <summary>(hour start, kWh) for each clock hour the interval overlaps, in time order; the parts sum to the interval's kWh.</summary>
    public static IReadOnlyList<(DateTime HourStart, decimal Kwh)> Split(EnergyInterval interval)
    {
        var total = interval.End.Ticks - interval.Start.Ticks;
        var parts = new List<(DateTime, decimal)>();
        var hour = new DateTime(interval.Start.Ticks - (interval.Start.Ticks % TimeSpan.TicksPerHour), interval.Start.Kind);
        var assigned = 0m;
        while (hour < interval.End)
        {
            var next = hour.AddHours(1);
            var from = Math.Max(hour.Ticks, interval.Start.Ticks);
            var to = Math.Min(next.Ticks, interval.End.Ticks);
            decimal kwh;
            if (next >= interval.End)
            {
                // The last part takes the remainder so the parts sum exactly to the interval's energy.
                kwh = interval.Kwh - assigned;
            }
            else
            {
                kwh = interval.Kwh * (to - from) / total;
                assigned += kwh;
            }
            parts.Add((hour, kwh));
            hour = next;
        }
        return parts;
    }
}
