namespace Microfactory.Shopfloor.Telemetry;

/// <summary>
/// A validated telemetry message of one machine: a <see cref="StateReport"/>, a <see cref="CountReport"/> or an
/// <see cref="EnergyReport"/>. <see cref="At"/> is when the machine says it happened (UTC, millisecond precision), which
/// is not when it arrived; <see cref="Key"/> makes it unique for its machine and kind.
/// </summary>
public abstract record TelemetryMessage(string FactoryId, string MachineId, MessageKey Key, DateTimeOffset At)
{
    /// <summary>What the message reports.</summary>
    public abstract TelemetryKind Kind { get; }
}
