using Microfactory.Maturity.Model;

namespace Microfactory.Maturity.Scoring;

/// <summary>Scores over a set of levels: the overall index and the group scores are weighted means on the 0–5 scale, rounded to one decimal.</summary>
public static class MaturityScore
{
    /// <summary>The weighted mean level of the dimensions that have one in <paramref name="levels"/>; null when none has.</summary>
    public static double? Index(MaturityModel model, IReadOnlyDictionary<string, int> levels)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Mean(model.Dimensions, levels);
    }

    /// <summary>One score per group of the model, in model order.</summary>
    public static IReadOnlyList<GroupScore> Groups(MaturityModel model, IReadOnlyDictionary<string, int> levels)
    {
        ArgumentNullException.ThrowIfNull(model);
        return [.. model.Groups.Select(g => new GroupScore(g.Id, g.Name, Mean(model.Dimensions.Where(d => d.GroupId == g.Id), levels)))];
    }

    /// <summary>Claimed beside measured for every dimension, in model order.</summary>
    public static IReadOnlyList<DimensionComparison> Compare(MaturityModel model, IReadOnlyDictionary<string, int> claimed, IReadOnlyDictionary<string, int?> measured)
    {
        ArgumentNullException.ThrowIfNull(model);
        return [.. model.Dimensions.Select(d => new DimensionComparison(d.Id,
            claimed.TryGetValue(d.Id, out var c) ? c : null, measured.GetValueOrDefault(d.Id)))];
    }

    private static double? Mean(IEnumerable<Dimension> dimensions, IReadOnlyDictionary<string, int> levels)
    {
        double sum = 0, weights = 0;
        foreach (var d in dimensions)
        {
            if (levels.TryGetValue(d.Id, out var level))
            {
                sum += d.Weight * level;
                weights += d.Weight;
            }
        }
        return weights == 0 ? null : Math.Round(sum / weights, 1, MidpointRounding.AwayFromZero);
    }
}
