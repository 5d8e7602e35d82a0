namespace Microfactory.Shopfloor.Alarms;

/// <summary>A machine's cumulative energy meter read <paramref name="CumulativeKwh"/> (kWh, at least 0) at <paramref name="At"/>.</summary>
public sealed record EnergySample(DateTimeOffset At, double CumulativeKwh);
