namespace Microfactory.Carbon.Model;

/// <summary>PACT v3 data quality ratings (<c>dqi</c>), each from 1 (best) to 5 (worst).</summary>
/// <param name="TechnologicalDqr">How well the data represents the technology, 1 to 5.</param>
/// <param name="GeographicalDqr">How well the data represents the geography, 1 to 5.</param>
/// <param name="TemporalDqr">How well the data represents the time period, 1 to 5.</param>
public sealed record DataQuality(decimal TechnologicalDqr, decimal GeographicalDqr, decimal TemporalDqr)
{
    /// <summary>The sum of the three ratings, 3 (best) to 15 (worst); used to choose between footprints.</summary>
    public decimal Sum => TechnologicalDqr + GeographicalDqr + TemporalDqr;
}
