namespace Microfactory.Shopfloor.Telemetry;

/// <summary>
/// Parts the machine made since its previous count message: <paramref name="Good"/> good ones and
/// <paramref name="Scrap"/> scrapped ones (each ≥ 0; increments, not totals, so the sum over unique messages is the
/// production), optionally for the operation <paramref name="OperationId"/>.
/// </summary>
public sealed record CountReport(string FactoryId, string MachineId, MessageKey Key, DateTimeOffset At, long Good, long Scrap, string? OperationId)
    : TelemetryMessage(FactoryId, MachineId, Key, At)
{
    /// <inheritdoc/>
    public override TelemetryKind Kind => TelemetryKind.Count;
}
