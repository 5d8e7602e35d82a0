namespace Microfactory.Planning.Timing;

/// <summary>What <see cref="EnergyTiming.Improve"/> minimises and how far it may move work.</summary>
public sealed record EnergyTimingOptions
{
    /// <summary>Energy cost (default) or kg CO2e.</summary>
    public EnergyMetric Metric { get; init; } = EnergyMetric.Cost;

    /// <summary>
    /// No operation may be moved to end after this tick; null means the schedule's makespan, so
    /// the makespan never grows. An operation that already ends later may stay where it is.
    /// </summary>
    public long? HorizonTick { get; init; }

    /// <summary>Push-right / pull-left rounds at most (each round is two passes over the operations), at least 1.</summary>
    public int MaxRounds { get; init; } = 8;
}
