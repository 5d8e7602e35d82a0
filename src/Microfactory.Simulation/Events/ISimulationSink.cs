namespace Microfactory.Simulation.Events;

/// <summary>
/// Receives the simulation's events as they happen, in their total order. The events are
/// passed by reference as structs, so delivering one allocates nothing; a sink that keeps them
/// copies what it needs. Called on the thread that drives the simulator; must not call back into it.
/// </summary>
public interface ISimulationSink
{
    /// <summary>A machine changed state.</summary>
    void OnMachineStateChanged(in MachineStateChanged e);

    /// <summary>An operation started.</summary>
    void OnOperationStarted(in OperationStarted e);

    /// <summary>An operation was interrupted by its machine going down.</summary>
    void OnOperationPaused(in OperationPaused e);

    /// <summary>An interrupted operation resumed.</summary>
    void OnOperationResumed(in OperationResumed e);

    /// <summary>An operation finished.</summary>
    void OnOperationFinished(in OperationFinished e);

    /// <summary>A part was counted.</summary>
    void OnPartsCounted(in PartsCounted e);

    /// <summary>An energy meter was read.</summary>
    void OnEnergyMetered(in EnergyMetered e);
}
