using Microfactory.Simulation.Model;

namespace Microfactory.Simulation.Randomness;

/// <summary>Draws durations in whole ticks. No draw is made when the result is certain (CV 0, constant), so exact models consume no randomness.</summary>
internal static class Sampler
{
    // A ceiling far above every limit, so that an extreme tail draw can never overflow tick arithmetic.
    private const double MaxDrawTicks = 1e12;

    /// <summary>A draw from <paramref name="distribution"/>, rounded to ticks, at least <paramref name="minimum"/>.</summary>
    public static long Draw(Distribution distribution, RandomStream random, long minimum) => distribution.Kind switch
    {
        DistributionKind.Exponential => Ticks(-distribution.MeanSeconds * Math.Log(1 - random.NextDouble()), minimum),
        DistributionKind.LogNormal => Ticks(LogNormal(distribution.MeanSeconds, distribution.CoefficientOfVariation, random), minimum),
        _ => Ticks(distribution.MeanSeconds, minimum),
    };

    /// <summary>A planned duration with lognormal noise of coefficient of variation <paramref name="cv"/> (mean kept), at least <paramref name="minimum"/>.</summary>
    public static long Noisy(long plannedTicks, double cv, RandomStream random, long minimum) =>
        plannedTicks == 0 ? 0 : Ticks(LogNormal(plannedTicks, cv, random), minimum);

    /// <summary>True with probability <paramref name="probability"/>; no draw for 0 or 1.</summary>
    public static bool Chance(double probability, RandomStream random) =>
        probability > 0 && (probability >= 1 || random.NextDouble() < probability);

    // Lognormal with the given mean m and coefficient of variation c: sigma² = ln(1 + c²), mu = ln m − sigma²/2.
    private static double LogNormal(double mean, double cv, RandomStream random)
    {
        if (cv <= 0)
        {
            return mean;
        }
        var variance = Math.Log(1 + (cv * cv));
        var z = StandardNormal(random);
        return mean * Math.Exp((Math.Sqrt(variance) * z) - (variance / 2));
    }

    // Box–Muller with one pair of uniforms per call: no cached state, so a draw depends only on the stream position.
    private static double StandardNormal(RandomStream random)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static long Ticks(double value, long minimum) =>
        Math.Max(minimum, (long)Math.Round(Math.Min(value, MaxDrawTicks), MidpointRounding.AwayFromZero));
}
