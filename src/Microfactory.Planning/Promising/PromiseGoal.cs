namespace Microfactory.Planning.Promising;

/// <summary>What a promise optimises, always subject to completing by the deadline.</summary>
public enum PromiseGoal
{
    /// <summary>Earliest completion; among placements that complete equally early, the least cost (<see cref="LeastCost"/>).</summary>
    EarliestCompletion,

    /// <summary>
    /// Least cost of the new job's operations: energy at the price of the hours used plus
    /// occupied hours × each machine's <see cref="Model.Machine.CostPerHour"/>; among equally
    /// cheap ones, the earliest completion.
    /// </summary>
    LeastCost,

    /// <summary>Least kg CO2e of the new job's operations' energy; among equally clean ones, the earliest completion.</summary>
    LeastKgCo2e,
}
