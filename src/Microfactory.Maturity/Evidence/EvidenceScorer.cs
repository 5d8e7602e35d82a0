using Microfactory.Maturity.Model;

namespace Microfactory.Maturity.Evidence;

/// <summary>Turns readings into measured levels with the model's thresholds.</summary>
public static class EvidenceScorer
{
    /// <summary>
    /// The evidence of every dimension of <paramref name="model"/> from <paramref name="readings"/> (by figure key). A
    /// figure without a reading is one the platform does not record yet.
    /// </summary>
    public static IReadOnlyList<DimensionEvidence> Score(MaturityModel model, IReadOnlyDictionary<string, FigureReading> readings)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(readings);
        return [.. model.Dimensions.Select(d => Score(d, readings))];
    }

    /// <summary>The evidence of one dimension.</summary>
    public static DimensionEvidence Score(Dimension dimension, IReadOnlyDictionary<string, FigureReading> readings)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        var figures = dimension.Evidence.Select(rule => readings.TryGetValue(rule.Figure, out var reading)
            ? reading.Value is { } value
                ? new FigureEvidence(rule, FigureStatus.Measured, value, rule.LevelFor(value), reading.Detail)
                : new FigureEvidence(rule, FigureStatus.NoDataYet, null, null, reading.Detail)
            : new FigureEvidence(rule, FigureStatus.NotRecorded, null, null, $"Not recorded yet: {rule.Label} needs a capability the platform does not have yet."));
        var list = figures.ToList();
        return new DimensionEvidence(dimension.Id, MeasuredLevel(list), [.. list]);
    }

    /// <summary>
    /// The lowest level a measured figure shows; a figure at its ceiling (the highest level it can show, such as a
    /// count of templates that says nothing past level 3) does not hold the others back. When every measured figure
    /// is at its ceiling, the highest ceiling among them. Null when nothing is measured.
    /// </summary>
    public static int? MeasuredLevel(IReadOnlyList<FigureEvidence> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var measured = figures.Where(f => f.Level is not null).ToList();
        if (measured.Count == 0)
        {
            return null;
        }
        var holding = measured.Where(f => f.Level < f.Rule.Ceiling).Select(f => f.Level!.Value).ToList();
        return holding.Count > 0 ? holding.Min() : measured.Max(f => f.Rule.Ceiling);
    }
}
