namespace Microfactory.Planning.Objectives;

/// <summary>
/// What the scheduler minimises: a weighted sum of terms, or — when
/// <see cref="Lexicographic"/> is not empty — the terms in that order, each one breaking
/// the ties of the one before (weights are then ignored).
/// </summary>
public sealed record Objective
{
    /// <summary>Makespan only: the benchmark objective.</summary>
    public static Objective Makespan { get; } = new();

    /// <summary>Weight per term; missing terms weigh 0. Default: makespan with weight 1.</summary>
    public IReadOnlyDictionary<ObjectiveTerm, double> Weights { get; init; } = new Dictionary<ObjectiveTerm, double> { [ObjectiveTerm.Makespan] = 1 };

    /// <summary>Terms in priority order for lexicographic comparison; empty for the weighted sum.</summary>
    public IReadOnlyList<ObjectiveTerm> Lexicographic { get; init; } = [];

    /// <summary>True when only the makespan counts, so the fast makespan search applies.</summary>
    public bool IsMakespanOnly =>
        Lexicographic.Count > 0
            ? Lexicographic[0] == ObjectiveTerm.Makespan && Lexicographic.Count == 1
            : Weights.All(w => w.Key == ObjectiveTerm.Makespan ? w.Value > 0 : w.Value == 0);

    /// <summary>The terms this objective reads.</summary>
    public IEnumerable<ObjectiveTerm> Terms => Lexicographic.Count > 0 ? Lexicographic : Weights.Where(w => w.Value != 0).Select(w => w.Key);

    /// <summary>Weighted sum of the breakdown (meaningful for the weighted form).</summary>
    public double WeightedSum(ObjectiveBreakdown breakdown)
    {
        ArgumentNullException.ThrowIfNull(breakdown);
        return Weights.Sum(w => w.Value * breakdown.Value(w.Key));
    }

    /// <summary>Negative when <paramref name="a"/> is better than <paramref name="b"/>, 0 when equal.</summary>
    public int Compare(ObjectiveBreakdown a, ObjectiveBreakdown b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Lexicographic.Count == 0)
        {
            return WeightedSum(a).CompareTo(WeightedSum(b));
        }
        foreach (var term in Lexicographic)
        {
            var c = a.Value(term).CompareTo(b.Value(term));
            if (c != 0)
            {
                return c;
            }
        }
        return 0;
    }
}
