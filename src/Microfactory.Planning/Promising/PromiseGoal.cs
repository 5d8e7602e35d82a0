namespace Microfactory.Planning.Promising;

/// <summary>What a promise optimises, always subject to completing by the deadline.</summary>
public enum PromiseGoal
{
    /// <summary>Earliest completion; among placements that complete equally early, the least energy cost.</summary>
    EarliestCompletion,

    /// <summary>Least energy cost of the new job's operations; among equally cheap ones, the earliest completion.</summary>
    LeastEnergyCost,

    /// <summary>Least kg CO2e of the new job's operations' energy; among equally clean ones, the earliest completion.</summary>
    LeastKgCo2e,
}
