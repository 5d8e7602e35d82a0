namespace Microfactory.Planning.Objectives;

/// <summary>The terms the scheduler can optimise.</summary>
public enum ObjectiveTerm
{
    /// <summary>Latest completion, in ticks.</summary>
    Makespan,

    /// <summary>Sum over jobs of weight × max(0, completion − due), in weighted ticks.</summary>
    WeightedTardiness,

    /// <summary>Electricity cost: power × time × hourly price, in currency units.</summary>
    EnergyCost,

    /// <summary>Emissions: power × time × hourly grid intensity, in kg CO2e.</summary>
    KgCo2e,

    /// <summary>Movement of operations present in a reference schedule, in ticks (see <see cref="ObjectiveBreakdown.StabilityTicks"/>).</summary>
    Stability,
}
