using Microfactory.Shopfloor.Machines;

namespace Microfactory.Shopfloor.Alarms;

/// <summary>
/// What is known about one machine now: its <paramref name="State"/> and since when, its normal power draws in kW while idle
/// and while working (from the machine record), and its recent cumulative meter readings in any order (the last
/// <see cref="AlarmSettings.EnergyIntervalMinutes"/> are enough).
/// </summary>
public sealed record MachineObservation(
    string MachineId,
    MachineState State,
    DateTimeOffset StateSince,
    double IdlePowerKw,
    double WorkingPowerKw,
    IReadOnlyList<EnergySample> Energy);
