namespace Microfactory.Simulation.Model;

/// <summary>
/// A distribution of a duration in seconds (= ticks), described by its mean and, for
/// <see cref="DistributionKind.LogNormal"/>, its coefficient of variation (standard deviation / mean).
/// Samples are never negative; the engine rounds them to whole ticks of at least 1.
/// </summary>
/// <param name="Kind">The shape.</param>
/// <param name="MeanSeconds">The mean, in seconds; validated by the model against <see cref="SimulationLimits"/>.</param>
/// <param name="CoefficientOfVariation">Standard deviation over mean; used by <see cref="DistributionKind.LogNormal"/> only (0 makes it constant).</param>
public sealed record Distribution(DistributionKind Kind, double MeanSeconds, double CoefficientOfVariation = 0)
{
    /// <summary>Always <paramref name="seconds"/>.</summary>
    public static Distribution Constant(double seconds) => new(DistributionKind.Constant, seconds);

    /// <summary>Exponential with mean <paramref name="meanSeconds"/> (for failures: the MTBF).</summary>
    public static Distribution Exponential(double meanSeconds) => new(DistributionKind.Exponential, meanSeconds);

    /// <summary>Lognormal with mean <paramref name="meanSeconds"/> and coefficient of variation <paramref name="coefficientOfVariation"/>.</summary>
    public static Distribution LogNormal(double meanSeconds, double coefficientOfVariation) => new(DistributionKind.LogNormal, meanSeconds, coefficientOfVariation);
}
