using Microfactory.Simulation.Events;

namespace Microfactory.Simulation.Benchmarks;

/// <summary>A no-op sink that only counts what it is given (and the operations finished, to check a run completed).</summary>
public sealed class CountingSink : ISimulationSink
{
    public long Events { get; private set; }

    public int OperationsFinished { get; private set; }

    public void OnMachineStateChanged(in MachineStateChanged e) => Events++;

    public void OnOperationStarted(in OperationStarted e) => Events++;

    public void OnOperationPaused(in OperationPaused e) => Events++;

    public void OnOperationResumed(in OperationResumed e) => Events++;

    public void OnOperationFinished(in OperationFinished e)
    {
        Events++;
        OperationsFinished++;
    }

    public void OnPartsCounted(in PartsCounted e) => Events++;

    public void OnEnergyMetered(in EnergyMetered e) => Events++;
}
