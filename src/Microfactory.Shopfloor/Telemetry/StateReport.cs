using Microfactory.Shopfloor.Machines;

namespace Microfactory.Shopfloor.Telemetry;

/// <summary>
/// The machine entered <paramref name="State"/> at <c>At</c>, optionally with why (<paramref name="Reason"/>) and the
/// operation it works on (<paramref name="OperationId"/>). The current state of a machine is the report with the latest
/// <c>At</c>, whatever order the reports arrive in.
/// </summary>
public sealed record StateReport(string FactoryId, string MachineId, MessageKey Key, DateTimeOffset At, MachineState State, string? Reason, string? OperationId)
    : TelemetryMessage(FactoryId, MachineId, Key, At)
{
    /// <inheritdoc/>
    public override TelemetryKind Kind => TelemetryKind.State;
}
