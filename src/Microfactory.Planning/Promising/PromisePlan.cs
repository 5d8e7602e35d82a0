namespace Microfactory.Planning.Promising;

/// <summary>A placement of the new job in the idle time of the committed plan, with its energy and cost figures.</summary>
/// <param name="CompletionTick">When the job's last operation would end.</param>
/// <param name="Operations">One entry per operation of the job, in the job's order.</param>
/// <param name="EnergyKwh">Σ over <paramref name="Operations"/>.</param>
/// <param name="EnergyCost">Σ over <paramref name="Operations"/>.</param>
/// <param name="KgCo2e">Σ over <paramref name="Operations"/>.</param>
/// <param name="IsProvenOptimal">
/// True when no other placement completing by the deadline is better for the goal: always for
/// a chain within the query's horizon cap; false for assembly graphs (placed in index order, a
/// heuristic) and when the horizon cap cut the search short.
/// </param>
/// <param name="TimeCost">Σ over <paramref name="Operations"/> of occupied hours × machine cost per hour.</param>
public sealed record PromisePlan(long CompletionTick, IReadOnlyList<PromisedOperation> Operations, double EnergyKwh, decimal EnergyCost, double KgCo2e, bool IsProvenOptimal, decimal TimeCost = 0)
{
    /// <summary>What the placement costs, the figure <see cref="PromiseGoal.LeastCost"/> minimises: <see cref="EnergyCost"/> + <see cref="TimeCost"/>.</summary>
    public decimal Cost => EnergyCost + TimeCost;
}
