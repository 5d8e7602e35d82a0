namespace Microfactory.Maturity.Evidence;

/// <summary>
/// What the platform's data says for one figure: the <see cref="Value"/> (a share 0–1, a count or days; null when
/// there is nothing to measure yet, such as a share of orders before any order), and the <see cref="Detail"/> behind
/// it in words ("3 of 5 suppliers exchange footprints over PACT").
/// </summary>
public sealed record FigureReading(string Figure, double? Value, string Detail)
{
    /// <summary>A share of <paramref name="part"/> in <paramref name="whole"/>; no value when the whole is zero.</summary>
    public static FigureReading Share(string figure, long part, long whole, string detail, string whenNone) =>
        whole == 0 ? new FigureReading(figure, null, whenNone) : new FigureReading(figure, (double)part / whole, detail);

    /// <summary>A count, always a value.</summary>
    public static FigureReading Count(string figure, long count, string detail) => new(figure, count, detail);
}
