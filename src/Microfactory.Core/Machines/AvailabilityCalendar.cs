using System.Collections.Immutable;
using Microfactory.Core.Time;

namespace Microfactory.Core.Machines;

/// <summary>When a machine can work: recurring weekly shifts in factory-local time, minus absolute downtime windows (maintenance, breakdowns).</summary>
public sealed record AvailabilityCalendar(ImmutableArray<WeeklyShift> Shifts, ImmutableArray<TimeWindow> Downtimes)
{
    public static AvailabilityCalendar Empty { get; } = new([], []);

    /// <summary>Scheduled working minutes in a full week, before downtime.</summary>
    public int WeeklyMinutes => Shifts.Sum(s => s.DurationMinutes);
}
