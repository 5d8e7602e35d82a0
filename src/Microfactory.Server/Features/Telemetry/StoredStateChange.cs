namespace Microfactory.Server.Features.Telemetry;

/// <summary>One row of <c>machine_state_changes</c> as read (times in Unix ms; the state by its wire name).</summary>
internal sealed class StoredStateChange
{
    public string MachineId { get; set; } = "";
    public string FactoryId { get; set; } = "";
    public string State { get; set; } = "";
    public long AtMs { get; set; }
    public string Source { get; set; } = "";
    public string? Reason { get; set; }
    public string? OperationId { get; set; }
    public string? UserId { get; set; }
    public string MessageKey { get; set; } = "";
    public long RecordedAtMs { get; set; }
}
