namespace Microfactory.Shopfloor.Oee;

/// <summary>
/// Sums over planned production time (shift windows inside the report window, minus planned downtime) and the ratios built
/// from them. Times are in seconds; <see cref="PlannedSeconds"/> = run + idle + setup + down + off seconds. A ratio whose
/// denominator is zero is null ("not measurable"), never a made-up 0 or 1; <see cref="Oee"/> is null only when there is no
/// planned time, and 0 when there was planned time but nothing was produced.
/// </summary>
public sealed record OeeFigures(
    double PlannedSeconds,
    double RunSeconds,
    double IdleSeconds,
    double SetupSeconds,
    double DownSeconds,
    double OffSeconds,
    long GoodCount,
    long ScrapCount,
    double IdealSeconds,
    double EnergyKwh)
{
    /// <summary>Good plus scrap.</summary>
    public long TotalCount => GoodCount + ScrapCount;

    /// <summary>Run time over planned production time, 0..1; null without planned time.</summary>
    public double? Availability => PlannedSeconds > 0 ? Math.Clamp(RunSeconds / PlannedSeconds, 0, 1) : null;

    /// <summary>Ideal time for the parts made (ideal cycle × total count) over run time, capped at 1; null without run time.</summary>
    public double? Performance => RunSeconds > 0 ? Math.Clamp(IdealSeconds / RunSeconds, 0, 1) : null;

    /// <summary>Good count over total count, 0..1; null when no parts were counted.</summary>
    public double? Quality => TotalCount > 0 ? (double)GoodCount / TotalCount : null;

    /// <summary>Availability × performance × quality, 0..1; null without planned time; a missing factor (no run time, no parts) counts as 0.</summary>
    public double? Oee => Availability is { } a ? a * (Performance ?? 0) * (Quality ?? 0) : null;

    /// <summary>Energy over planned production time per good part, in kWh; null when no good parts were made.</summary>
    public double? KwhPerGood => GoodCount > 0 ? EnergyKwh / GoodCount : null;

    /// <summary>All zeros: no planned time, no parts, no energy.</summary>
    public static OeeFigures Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
