namespace Microfactory.Maturity.Scoring;

/// <summary>
/// The self-assessed and measured level of one dimension side by side. <see cref="Gap"/> is claimed minus measured
/// (positive: the claim runs ahead of what the data shows), null when either side is missing.
/// </summary>
public sealed record DimensionComparison(string DimensionId, int? Claimed, int? Measured)
{
    /// <summary>Claimed minus measured, or null.</summary>
    public int? Gap => Claimed is { } c && Measured is { } m ? c - m : null;
}
