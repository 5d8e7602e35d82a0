namespace Microfactory.Simulation.Events;

/// <summary>What every simulation event carries: the machine it is about and the tick (second) it happened at.</summary>
public interface ISimulationEvent
{
    /// <summary>The machine's id.</summary>
    string MachineId { get; }

    /// <summary>Simulated time, in ticks (seconds) from the start.</summary>
    long Tick { get; }
}
