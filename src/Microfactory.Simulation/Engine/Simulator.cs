using Microfactory.Simulation.Events;
using Microfactory.Simulation.Model;

namespace Microfactory.Simulation.Engine;

/// <summary>
/// The discrete-event engine of the simulated twin. It executes a <see cref="SimulationModel"/>'s plan
/// on its machines and reports every event to the sink, in a total order: tick, then priority, then
/// insertion sequence. A host advances it with <see cref="RunUntil"/> and may, between calls, replace the
/// pending plan or force machines down and up. Same model, same seed and same calls give the same
/// events, bit for bit. Not thread-safe: one caller drives it.
/// </summary>
public sealed partial class Simulator
{
    private readonly SimulationModel _model;
    private readonly ISimulationSink _sink;
    private readonly EventQueue _queue = new();
    private readonly MachineRuntime[] _machines;
    private readonly Dictionary<string, int> _machineIndex;
    private Dictionary<string, OperationRuntime> _operations = new(StringComparer.Ordinal);
    private bool _started;

    /// <summary>A simulator at tick 0 with the model's plan; nothing is emitted until the first call.</summary>
    public Simulator(SimulationModel model, ISimulationSink sink)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sink);
        _model = model;
        _sink = sink;
        _machines = new MachineRuntime[model.Machines.Count];
        for (var k = 0; k < _machines.Length; k++)
        {
            _machines[k] = new MachineRuntime(model.Machines[k], k, model.Seed);
        }
        _machineIndex = MachineValidator.Index(model.Machines);
        InstallPlan(model.Operations);
    }

    /// <summary>The current simulated time, in ticks (seconds) from the start.</summary>
    public long Now { get; private set; }

    /// <summary>Runs a fresh simulation of <paramref name="model"/> up to <paramref name="untilTick"/> and returns every event (for tests, reports and what-ifs).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="untilTick"/> is negative or after <see cref="SimulationLimits.MaxTick"/>.</exception>
    public static IReadOnlyList<ISimulationEvent> Collect(SimulationModel model, long untilTick)
    {
        var collector = new EventCollector();
        var result = new Simulator(model, collector).RunUntil(untilTick);
        return result.IsSuccess ? collector.Events : throw new ArgumentOutOfRangeException(nameof(untilTick), result.Error);
    }

    /// <summary>
    /// Processes every event up to and including <paramref name="tick"/>, then sets <see cref="Now"/> to it.
    /// Refused when <paramref name="tick"/> is before <see cref="Now"/> or after <see cref="SimulationLimits.MaxTick"/>.
    /// </summary>
    public CommandResult RunUntil(long tick)
    {
        if (tick < Now || tick > SimulationLimits.MaxTick)
        {
            return CommandResult.Failure($"tick: must be between the current tick {Now} and {SimulationLimits.MaxTick}, was {tick}");
        }
        EnsureStarted();
        while (_queue.Count > 0 && _queue.PeekTick <= tick)
        {
            var next = _queue.Pop();
            Now = next.Tick;
            Dispatch(next);
        }
        Now = tick;
        return CommandResult.Ok;
    }

    /// <summary>Snapshots of all machines, in model order.</summary>
    public IReadOnlyList<MachineStatus> MachineStatuses() =>
        [.. _machines.Select(m => new MachineStatus(m.Spec.Id, m.State, m.Current?.Spec.Id, m.MeterKwhAt(Now)))];

    /// <summary>A snapshot of the operation with <paramref name="operationId"/>, or null when the current plan has no such operation.</summary>
    public OperationStatus? FindOperation(string operationId) =>
        _operations.TryGetValue(operationId, out var o)
            ? new OperationStatus(o.Spec.Id, o.Spec.MachineId, o.Phase, o.Good, o.Scrap)
            : null;

    private void EnsureStarted()
    {
        if (_started)
        {
            return;
        }
        _started = true;
        foreach (var machine in _machines)
        {
            SetState(machine, SimulatedMachineState.Idle, StateChangeReason.PowerOn);
            ResumeFailureClock(machine);
        }
        foreach (var machine in _machines)
        {
            TryStart(machine);
        }
        _queue.Push(_model.MeterIntervalTicks, EventKind.Meter, -1, 0);
    }

    private void Dispatch(in ScheduledEvent next)
    {
        if (next.Kind == EventKind.Meter)
        {
            foreach (var machine in _machines)
            {
                Meter(machine);
            }
            _queue.Push(Now + _model.MeterIntervalTicks, EventKind.Meter, -1, 0);
            return;
        }
        var m = _machines[next.Machine];
        switch (next.Kind)
        {
            case EventKind.WorkDone when next.Token == m.WorkToken:
                OnPhaseDone(m);
                break;
            case EventKind.Wake when next.Token == m.WorkToken:
                TryStart(m);
                break;
            case EventKind.Failure when next.Token == m.FailureToken:
                OnFailure(m);
                break;
            case EventKind.Repair when next.Token == m.RepairToken:
                m.Failed = false;
                BringUp(m, StateChangeReason.Repaired);
                break;
            default:
                break; // cancelled: a later generation of the machine's timer replaced it
        }
    }

    private void SetState(MachineRuntime machine, SimulatedMachineState state, StateChangeReason reason)
    {
        if (machine.State == state)
        {
            return;
        }
        machine.Accrue(Now);
        machine.State = state;
        _sink.OnMachineStateChanged(new MachineStateChanged(machine.Spec.Id, state, Now, reason));
        _sink.OnEnergyMetered(new EnergyMetered(machine.Spec.Id, machine.MeterKwh, Now));
    }

    private void Meter(MachineRuntime machine)
    {
        machine.Accrue(Now);
        _sink.OnEnergyMetered(new EnergyMetered(machine.Spec.Id, machine.MeterKwh, Now));
    }

    private bool TryFindMachine(string? machineId, out MachineRuntime machine, out CommandResult error)
    {
        if (machineId is not null && _machineIndex.TryGetValue(machineId, out var k))
        {
            machine = _machines[k];
            error = CommandResult.Ok;
            return true;
        }
        machine = null!;
        error = CommandResult.Failure($"machineId: '{machineId}' is not a machine of the model");
        return false;
    }
}
