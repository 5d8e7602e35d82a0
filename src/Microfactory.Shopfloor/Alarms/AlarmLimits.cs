namespace Microfactory.Shopfloor.Alarms;

/// <summary>Bounds on one evaluation's input, so a hostile request cannot make it unbounded.</summary>
public static class AlarmLimits
{
    /// <summary>Most machines.</summary>
    public const int MaxMachines = 10_000;

    /// <summary>Most operations.</summary>
    public const int MaxOperations = 100_000;

    /// <summary>Most open alarms.</summary>
    public const int MaxOpenAlarms = 100_000;

    /// <summary>Most meter readings per machine.</summary>
    public const int MaxSamplesPerMachine = 10_000;

    /// <summary>Most pauses per operation.</summary>
    public const int MaxPausesPerOperation = 1_000;

    /// <summary>Longest id, in characters.</summary>
    public const int MaxIdLength = 128;

    /// <summary>Longest planned duration of one operation, in seconds (30 days).</summary>
    public const double MaxPlannedDurationSeconds = 30 * 86_400;

    /// <summary>Largest power draw of a machine, in kW.</summary>
    public const double MaxPowerKw = 100_000;
}
