namespace Microfactory.Simulation.Events;

/// <summary>A machine entered <paramref name="State"/> at <paramref name="Tick"/>. Only real changes are reported (never X → X).</summary>
/// <param name="MachineId">The machine.</param>
/// <param name="State">The new state.</param>
/// <param name="Tick">When, in ticks.</param>
/// <param name="Reason">Why.</param>
public readonly record struct MachineStateChanged(string MachineId, SimulatedMachineState State, long Tick, StateChangeReason Reason) : ISimulationEvent;
