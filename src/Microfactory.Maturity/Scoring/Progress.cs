using System.Collections.Immutable;
using Microfactory.Maturity.Model;

namespace Microfactory.Maturity.Scoring;

/// <summary>How the levels moved from one assessment to a later one, per dimension and in the overall index.</summary>
public sealed record Progress(ImmutableArray<DimensionProgress> Dimensions, double? IndexFrom, double? IndexTo)
{
    /// <summary>The progress from <paramref name="earlier"/> to <paramref name="later"/> levels, in model order.</summary>
    public static Progress Between(MaturityModel model, IReadOnlyDictionary<string, int> earlier, IReadOnlyDictionary<string, int> later)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        return new Progress(
            [.. model.Dimensions.Select(d => new DimensionProgress(d.Id, earlier.TryGetValue(d.Id, out var f) ? f : null, later.TryGetValue(d.Id, out var t) ? t : null))],
            MaturityScore.Index(model, earlier), MaturityScore.Index(model, later));
    }
}
