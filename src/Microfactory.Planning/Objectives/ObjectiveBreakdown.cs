namespace Microfactory.Planning.Objectives;

/// <summary>Every objective term of one schedule.</summary>
/// <param name="MakespanTicks">Latest completion.</param>
/// <param name="WeightedTardiness">Σ weight × max(0, completion − due) over jobs with a due date, in weighted ticks.</param>
/// <param name="EnergyKwh">Energy drawn by machines while operations run (0 without an energy profile, which defines the hour).</param>
/// <param name="EnergyCost">Σ energy × price of the hour in which it is drawn.</param>
/// <param name="KgCo2e">Σ energy × grid intensity of the hour in which it is drawn.</param>
/// <param name="StabilityTicks">
/// Σ |start shift| over operations of the reference schedule, plus the occupied ticks of each
/// such operation that changed machine (a machine change costs as much as shifting by its length).
/// </param>
public sealed record ObjectiveBreakdown(long MakespanTicks, double WeightedTardiness, double EnergyKwh, decimal EnergyCost, double KgCo2e, long StabilityTicks)
{
    /// <summary>The value of one term as a double, for weighting and comparison.</summary>
    public double Value(ObjectiveTerm term) => term switch
    {
        ObjectiveTerm.Makespan => MakespanTicks,
        ObjectiveTerm.WeightedTardiness => WeightedTardiness,
        ObjectiveTerm.EnergyCost => (double)EnergyCost,
        ObjectiveTerm.KgCo2e => KgCo2e,
        ObjectiveTerm.Stability => StabilityTicks,
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };
}
