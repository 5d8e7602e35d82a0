namespace Microfactory.Simulation.Events;

/// <summary>
/// A reading of the machine's energy meter: cumulative kWh since tick 0. Taken every
/// <c>MeterIntervalTicks</c> and at every state change.
/// </summary>
/// <param name="MachineId">The machine.</param>
/// <param name="MeterKwh">The meter reading, in kWh, never decreasing.</param>
/// <param name="Tick">When, in ticks.</param>
public readonly record struct EnergyMetered(string MachineId, double MeterKwh, long Tick) : ISimulationEvent;
