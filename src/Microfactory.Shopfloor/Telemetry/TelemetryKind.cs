namespace Microfactory.Shopfloor.Telemetry;

/// <summary>
/// What a telemetry message reports; the wire names (topic suffix and the HTTP batch's <c>kind</c>) are the lower-case
/// member names, read and written by <see cref="TelemetryKinds"/>.
/// </summary>
public enum TelemetryKind
{
    /// <summary>The machine's state changed (<see cref="StateReport"/>).</summary>
    State,

    /// <summary>Parts made since the previous count message (<see cref="CountReport"/>).</summary>
    Count,

    /// <summary>A reading of the machine's cumulative energy meter (<see cref="EnergyReport"/>).</summary>
    Energy,
}
