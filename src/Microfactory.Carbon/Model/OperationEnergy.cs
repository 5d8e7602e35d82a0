namespace Microfactory.Carbon.Model;

/// <summary>The electricity of one operation: planned (one interval, secondary data) or metered (intervals, primary data).</summary>
/// <param name="OperationId">The operation, reported as the line's item; not empty.</param>
/// <param name="Metered">True when the intervals are meter readings from the as-built record.</param>
/// <param name="Intervals">The intervals, at least one.</param>
public sealed record OperationEnergy(string OperationId, bool Metered, IReadOnlyList<EnergyInterval> Intervals)
{
    /// <summary>A planned operation: <paramref name="kwh"/> spread over its planned start and end.</summary>
    public static OperationEnergy Estimate(string operationId, decimal kwh, DateTime plannedStart, DateTime plannedEnd) =>
        new(operationId, false, [new EnergyInterval(plannedStart, plannedEnd, kwh)]);

    /// <summary>A run operation: its metered intervals.</summary>
    public static OperationEnergy Actual(string operationId, IReadOnlyList<EnergyInterval> intervals) => new(operationId, true, intervals);
}
