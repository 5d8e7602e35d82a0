namespace Microfactory.Shopfloor.Telemetry;

/// <summary>
/// A reading of the machine's cumulative energy meter: <paramref name="Kwh"/> kWh since the meter was installed (≥ 0).
/// The energy used between two readings is the difference of the readings taken in <c>At</c> order, so a reading that
/// arrives late or twice changes nothing.
/// </summary>
public sealed record EnergyReport(string FactoryId, string MachineId, MessageKey Key, DateTimeOffset At, double Kwh)
    : TelemetryMessage(FactoryId, MachineId, Key, At)
{
    /// <inheritdoc/>
    public override TelemetryKind Kind => TelemetryKind.Energy;
}
