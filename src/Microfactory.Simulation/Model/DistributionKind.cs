namespace Microfactory.Simulation.Model;

/// <summary>The shape of a <see cref="Distribution"/>.</summary>
public enum DistributionKind
{
    /// <summary>Always the mean: no randomness.</summary>
    Constant,

    /// <summary>Exponential with the given mean (memoryless; the classic failure process from an MTBF).</summary>
    Exponential,

    /// <summary>Lognormal with the given mean and coefficient of variation: positive, right-skewed, like real repair times.</summary>
    LogNormal,
}
