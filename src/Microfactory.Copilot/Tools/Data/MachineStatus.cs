namespace Microfactory.Copilot.Tools.Data;

/// <summary>A machine's reported state.</summary>
/// <param name="MachineId">The machine id (<c>mch_…</c>).</param>
/// <param name="Name">The machine's name.</param>
/// <param name="State">off, idle, setup, running or down.</param>
/// <param name="Since">Since when.</param>
/// <param name="OperationId">The operation it reports working on, if any.</param>
/// <param name="Link">The machine's page.</param>
public sealed record MachineStatus(string MachineId, string Name, string State, DateTimeOffset Since, string? OperationId, string Link)
{
    /// <summary>The machine as a citation.</summary>
    public Citation Cite() => new("machine", MachineId, Name, Link);
}
