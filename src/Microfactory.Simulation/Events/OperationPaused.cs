namespace Microfactory.Simulation.Events;

/// <summary>A running operation was interrupted because its machine went down; its remaining work is kept.</summary>
/// <param name="MachineId">The machine.</param>
/// <param name="OperationId">The operation.</param>
/// <param name="Tick">When, in ticks.</param>
/// <param name="Reason">What took the machine down (<see cref="StateChangeReason.Failure"/> or <see cref="StateChangeReason.ForcedDown"/>).</param>
public readonly record struct OperationPaused(string MachineId, string OperationId, long Tick, StateChangeReason Reason) : ISimulationEvent;
