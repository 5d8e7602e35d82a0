namespace Microfactory.Simulation.Events;

/// <summary>
/// A part came off the machine. The counts are cumulative for the operation (like a machine's
/// counter), so a consumer that misses one event still ends with the right totals.
/// </summary>
/// <param name="MachineId">The machine.</param>
/// <param name="OperationId">The operation.</param>
/// <param name="Good">Good parts of the operation so far.</param>
/// <param name="Scrap">Scrapped parts of the operation so far.</param>
/// <param name="Tick">When, in ticks.</param>
public readonly record struct PartsCounted(string MachineId, string OperationId, int Good, int Scrap, long Tick) : ISimulationEvent;
