namespace Microfactory.Simulation.Engine;

/// <summary>A snapshot of one operation of the running simulation.</summary>
/// <param name="OperationId">The operation.</param>
/// <param name="MachineId">Its machine.</param>
/// <param name="Phase">Pending, active or finished.</param>
/// <param name="Good">Good parts so far.</param>
/// <param name="Scrap">Scrapped parts so far.</param>
public sealed record OperationStatus(string OperationId, string MachineId, OperationPhase Phase, int Good, int Scrap);
