namespace Microfactory.Simulation.Events;

/// <summary>An operation started on its machine (its setup, if any, begins now).</summary>
/// <param name="MachineId">The machine.</param>
/// <param name="OperationId">The operation.</param>
/// <param name="Tick">When, in ticks.</param>
public readonly record struct OperationStarted(string MachineId, string OperationId, long Tick) : ISimulationEvent;
