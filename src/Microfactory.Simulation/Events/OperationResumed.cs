namespace Microfactory.Simulation.Events;

/// <summary>An interrupted operation continues where it stopped, after its machine came back up.</summary>
/// <param name="MachineId">The machine.</param>
/// <param name="OperationId">The operation.</param>
/// <param name="Tick">When, in ticks.</param>
public readonly record struct OperationResumed(string MachineId, string OperationId, long Tick) : ISimulationEvent;
