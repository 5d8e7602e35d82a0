namespace Microfactory.Simulation.Events;

/// <summary>The convenient sink: keeps every event, in order, as <see cref="ISimulationEvent"/> (boxed; for tests, reports and short runs).</summary>
public sealed class EventCollector : ISimulationSink
{
    private readonly List<ISimulationEvent> _events = [];

    /// <summary>The events received so far, in order.</summary>
    public IReadOnlyList<ISimulationEvent> Events => _events;

    /// <inheritdoc />
    public void OnMachineStateChanged(in MachineStateChanged e) => _events.Add(e);

    /// <inheritdoc />
    public void OnOperationStarted(in OperationStarted e) => _events.Add(e);

    /// <inheritdoc />
    public void OnOperationPaused(in OperationPaused e) => _events.Add(e);

    /// <inheritdoc />
    public void OnOperationResumed(in OperationResumed e) => _events.Add(e);

    /// <inheritdoc />
    public void OnOperationFinished(in OperationFinished e) => _events.Add(e);

    /// <inheritdoc />
    public void OnPartsCounted(in PartsCounted e) => _events.Add(e);

    /// <inheritdoc />
    public void OnEnergyMetered(in EnergyMetered e) => _events.Add(e);
}
