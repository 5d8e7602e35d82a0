namespace Microfactory.Simulation.Events;

/// <summary>An operation made its last part; <paramref name="Good"/> + <paramref name="Scrap"/> is its quantity.</summary>
/// <param name="MachineId">The machine.</param>
/// <param name="OperationId">The operation.</param>
/// <param name="Good">Good parts.</param>
/// <param name="Scrap">Scrapped parts.</param>
/// <param name="Tick">When, in ticks.</param>
public readonly record struct OperationFinished(string MachineId, string OperationId, int Good, int Scrap, long Tick) : ISimulationEvent;
