using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Calculation;

/// <summary>Spreads an interval's energy over the clock hours it touches, pro rata by the time in each hour.</summary>
internal static class HourSplit
{
    /// <summary>(hour start, kWh) for each clock hour the interval overlaps, in time order; the parts sum to the interval's kWh.</summary>
    public static IReadOnlyList<(DateTime HourStart, decimal Kwh)> Split(EnergyInterval interval)
    {
        var parts = new List<(DateTime, decimal)>();
        foreach (var part in Parts(interval))
        {
            parts.Add(part);
        }
        return parts;
    }

    /// <summary>The same parts as <see cref="Split"/>, enumerated without allocating (the calculator's hot path).</summary>
    public static Enumerator Parts(EnergyInterval interval) => new(interval);

    /// <summary>Walks the hours of one interval; the last part takes the remainder so the parts sum exactly to the interval's energy.</summary>
    public struct Enumerator
    {
        private readonly EnergyInterval interval;
        private readonly long total;
        private DateTime hour;
        private decimal assigned;
        private bool started;

        internal Enumerator(EnergyInterval interval)
        {
            this.interval = interval;
            total = interval.End.Ticks - interval.Start.Ticks;
            hour = new DateTime(interval.Start.Ticks - (interval.Start.Ticks % TimeSpan.TicksPerHour), interval.Start.Kind);
            started = false;
            assigned = 0m;
            Current = default;
        }

        /// <summary>The hour start and kWh of the current part.</summary>
        public (DateTime HourStart, decimal Kwh) Current { get; private set; }

        /// <summary>Moves to the next hour the interval overlaps.</summary>
        public bool MoveNext()
        {
            if (started)
            {
                hour = hour.AddHours(1);
            }
            started = true;
            if (hour >= interval.End)
            {
                return false;
            }
            var next = hour.AddHours(1);
            decimal kwh;
            if (next >= interval.End)
            {
                kwh = interval.Kwh - assigned;
            }
            else
            {
                var from = Math.Max(hour.Ticks, interval.Start.Ticks);
                var to = Math.Min(next.Ticks, interval.End.Ticks);
                kwh = interval.Kwh * (to - from) / total;
                assigned += kwh;
            }
            Current = (hour, kwh);
            return true;
        }

        /// <summary>For <c>foreach</c>.</summary>
        public readonly Enumerator GetEnumerator() => this;
    }
}
