namespace Microfactory.Shopfloor.Oee;

/// <summary>
/// A machine's cumulative energy meter read <paramref name="CumulativeKwh"/> (kWh, at least 0) at <paramref name="At"/>.
/// Readings may arrive in any order; a reading lower than the one before it is a meter reset (see the README).
/// </summary>
public sealed record MeterReading(string MachineId, DateTimeOffset At, double CumulativeKwh);
