namespace Microfactory.Shopfloor.Alarms;

/// <summary>
/// Thresholds for the alarm rules. An operation overruns when its worked time exceeds planned + max(planned ×
/// <paramref name="OverrunMarginFraction"/>, <paramref name="OverrunMinimumMinutes"/>). A machine's power band is its state's
/// nominal kW ± max(nominal × <paramref name="EnergyToleranceFraction"/>, <paramref name="EnergyMinimumToleranceKw"/>)
/// (off: 0 to <paramref name="OffMaximumKw"/>), judged on the average power of each half of the last
/// <paramref name="EnergyIntervalMinutes"/> (both halves out of band on the same side raise, both inside clear), and only when
/// at least three readings cover at least <paramref name="EnergyMinimumIntervalMinutes"/> of it.
/// </summary>
public sealed record AlarmSettings(
    double OverrunMarginFraction = 0.1,
    double OverrunMinimumMinutes = 5,
    double EnergyToleranceFraction = 0.2,
    double EnergyMinimumToleranceKw = 0.1,
    double OffMaximumKw = 0.05,
    double EnergyIntervalMinutes = 15,
    double EnergyMinimumIntervalMinutes = 5)
{
    /// <summary>10 % or 5 minutes of overrun; ±20 % or 0.1 kW of power; off is up to 0.05 kW; 15-minute interval, 5 minutes covered.</summary>
    public static AlarmSettings Default { get; } = new();
}
