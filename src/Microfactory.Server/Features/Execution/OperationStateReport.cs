namespace Microfactory.Server.Features.Execution;

/// <summary>A stored machine state report (a row of <c>machine_state_changes</c>); <see cref="OperationId"/> names the operation it concerns, if any.</summary>
internal sealed class OperationStateReport
{
    public long Id { get; set; }

    public string MachineId { get; set; } = "";
    public string FactoryId { get; set; } = "";
    public string State { get; set; } = "";
    public long AtMs { get; set; }
    public string Source { get; set; } = "";
    public string? Reason { get; set; }
    public string? OperationId { get; set; }
}
