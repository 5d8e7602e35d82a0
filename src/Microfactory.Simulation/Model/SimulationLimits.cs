namespace Microfactory.Simulation.Model;

/// <summary>
/// Bounds on everything a caller supplies, so that no model makes the engine hang or overflow.
/// A model or plan beyond them is rejected with a message naming the field and the limit.
/// </summary>
public static class SimulationLimits
{
    /// <summary>Most machines in a model.</summary>
    public const int MaxMachines = 1_000;

    /// <summary>Most operations in a plan.</summary>
    public const int MaxOperations = 200_000;

    /// <summary>Most predecessors of one operation.</summary>
    public const int MaxPredecessors = 256;

    /// <summary>Longest id (machine or operation), in characters.</summary>
    public const int MaxIdLength = 128;

    /// <summary>Most parts of one operation.</summary>
    public const int MaxQuantity = 1_000_000;

    /// <summary>Most parts in a whole plan (each part is a few events: this bounds the work of a run).</summary>
    public const long MaxPartsInPlan = 10_000_000;

    /// <summary>Longest planned setup or run time of one part: 30 days, in ticks (seconds).</summary>
    public const long MaxDurationTicks = 30L * 24 * 3600;

    /// <summary>Latest earliest-start and latest tick <c>RunUntil</c> accepts: 100 years, in ticks (seconds).</summary>
    public const long MaxTick = 100L * 365 * 24 * 3600;

    /// <summary>Shortest mean time between failures, in seconds (shorter would be a machine that only breaks).</summary>
    public const double MinMtbfSeconds = 60;

    /// <summary>Longest mean time between failures or to repair, in seconds (1,000 years).</summary>
    public const double MaxMeanSeconds = 1000.0 * 365 * 24 * 3600;

    /// <summary>Largest coefficient of variation of any distribution or of duration noise.</summary>
    public const double MaxCoefficientOfVariation = 10;

    /// <summary>Largest draw of any machine, in kW.</summary>
    public const double MaxKw = 100_000;

    /// <summary>Shortest energy-meter interval, in ticks (bounds the events per simulated second).</summary>
    public const long MinMeterIntervalTicks = 1;
}
