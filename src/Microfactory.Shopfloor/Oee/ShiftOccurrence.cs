namespace Microfactory.Shopfloor.Oee;

/// <summary>One dated occurrence of a weekly shift, clipped to the report window; times are UTC ticks, [Start, End).</summary>
internal readonly record struct ShiftOccurrence(Shift Shift, DateOnly Date, long Start, long End);
