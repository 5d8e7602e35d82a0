using Microfactory.Simulation.Events;

namespace Microfactory.Simulation.Engine;

/// <summary>A snapshot of one simulated machine.</summary>
/// <param name="MachineId">The machine.</param>
/// <param name="State">Its state now.</param>
/// <param name="CurrentOperationId">The operation it is working on (or holding while down), if any.</param>
/// <param name="MeterKwh">Its energy meter now, in kWh.</param>
public sealed record MachineStatus(string MachineId, SimulatedMachineState State, string? CurrentOperationId, double MeterKwh);
