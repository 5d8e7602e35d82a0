namespace Microfactory.Shopfloor.Oee;

/// <summary>Bounds on what one <see cref="OeeInput"/> may hold, so a hostile request cannot make the calculation unbounded.</summary>
public static class OeeLimits
{
    /// <summary>Longest window, in days.</summary>
    public const int MaxWindowDays = 400;

    /// <summary>Most machines in one calculation.</summary>
    public const int MaxMachines = 200;

    /// <summary>Most weekly shifts per machine.</summary>
    public const int MaxShiftsPerMachine = 21;

    /// <summary>Most shift occurrences one calculation may lay out (machines × shifts × weeks in the window).</summary>
    public const int MaxShiftOccurrences = 250_000;

    /// <summary>Most records in each of states, counts, meter readings and planned downtimes.</summary>
    public const int MaxRecords = 1_000_000;

    /// <summary>Longest text (machine id, label, operation id), in characters.</summary>
    public const int MaxTextLength = 128;

    /// <summary>Largest ideal cycle time per part, in seconds (one day).</summary>
    public const double MaxIdealCycleSeconds = 86_400;
}
