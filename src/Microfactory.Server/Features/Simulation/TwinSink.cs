using Microfactory.Shopfloor.Machines;
using Microfactory.Shopfloor.Telemetry;
using Microfactory.Simulation.Events;

namespace Microfactory.Server.Features.Simulation;

/// <summary>
/// Turns the simulator's events into the telemetry a real machine would send: state reports naming the operation they
/// concern (running starts or resumes it, down pauses it, idle after it finishes it), part counts as increments, and
/// the energy meter. A state change is held until the operation event that follows it in the same instant, so the
/// report can name that operation. Times are the simulation's epoch plus its ticks (seconds), strictly increasing per
/// machine by at least a millisecond so reports of one instant keep their order.
/// </summary>
internal sealed class TwinSink(string factoryId, DateTimeOffset epoch, string runId) : ISimulationSink
{
    private readonly Dictionary<string, MachineTrack> _machines = new(StringComparer.Ordinal);
    private readonly List<TelemetryMessage> _messages = [];
    private long _sequence;

    /// <summary>The messages since the last call, in the order they happened.</summary>
    public IReadOnlyList<TelemetryMessage> Drain()
    {
        foreach (var (machineId, track) in _machines)
        {
            Flush(machineId, track, track.Current);
        }
        var drained = _messages.ToArray();
        _messages.Clear();
        return drained;
    }

    public void OnMachineStateChanged(in MachineStateChanged e)
    {
        var track = Track(e.MachineId);
        Flush(e.MachineId, track, track.Current);
        track.Pending = (Map(e.State), e.Tick, Words(e.Reason));
    }

    public void OnOperationStarted(in OperationStarted e)
    {
        var track = Track(e.MachineId);
        track.Current = e.OperationId;
        if (track.Pending is null)
        {
            // Straight from one operation into the next: the machine stays in its state, the report names the new operation.
            track.Pending = (track.State, e.Tick, "operation started");
        }
        Flush(e.MachineId, track, e.OperationId);
    }

    public void OnOperationPaused(in OperationPaused e) => Flush(e.MachineId, Track(e.MachineId), e.OperationId);

    public void OnOperationResumed(in OperationResumed e) => Flush(e.MachineId, Track(e.MachineId), e.OperationId);

    public void OnOperationFinished(in OperationFinished e)
    {
        var track = Track(e.MachineId);
        Flush(e.MachineId, track, track.Current);
        _messages.Add(new StateReport(factoryId, e.MachineId, NextKey(), At(track, e.Tick), MachineState.Idle, "operation finished", e.OperationId));
        track.Current = null;
        track.Counted.Remove(e.OperationId);
    }

    public void OnPartsCounted(in PartsCounted e)
    {
        var track = Track(e.MachineId);
        Flush(e.MachineId, track, track.Current);
        var (good, scrap) = track.Counted.GetValueOrDefault(e.OperationId);
        track.Counted[e.OperationId] = (e.Good, e.Scrap);
        _messages.Add(new CountReport(factoryId, e.MachineId, NextKey(), At(track, e.Tick), e.Good - good, e.Scrap - scrap, e.OperationId));
    }

    public void OnEnergyMetered(in EnergyMetered e)
    {
        // A reading follows every state change in the same instant: it leaves a held state report held.
        var track = Track(e.MachineId);
        _messages.Add(new EnergyReport(factoryId, e.MachineId, NextKey(), At(track, e.Tick), track.MeterOffsetKwh + e.MeterKwh));
    }

    /// <summary>Starts this run's meter of a machine at <paramref name="kwh"/> (the last reading stored), so the cumulative meter never goes back.</summary>
    public void SetMeterOffset(string machineId, double kwh) => Track(machineId).MeterOffsetKwh = kwh;

    private void Flush(string machineId, MachineTrack track, string? operationId)
    {
        if (track.Pending is not { } pending)
        {
            return;
        }
        track.Pending = null;
        track.State = pending.State;
        // Idle or off between operations names none: the finish was reported with the operation.
        var named = pending.State is MachineState.Idle or MachineState.Off ? null : operationId;
        _messages.Add(new StateReport(factoryId, machineId, NextKey(), At(track, pending.Tick), pending.State, pending.Reason, named));
    }

    private DateTimeOffset At(MachineTrack track, long tick)
    {
        var at = epoch.AddSeconds(tick);
        if (at <= track.LastAt)
        {
            at = track.LastAt.AddMilliseconds(1);
        }
        track.LastAt = at;
        return at;
    }

    private MessageKey NextKey() => MessageKey.FromId($"sim-{runId}-{++_sequence}");

    private MachineTrack Track(string machineId)
    {
        if (!_machines.TryGetValue(machineId, out var track))
        {
            track = new MachineTrack();
            _machines.Add(machineId, track);
        }
        return track;
    }

    private static string Words(StateChangeReason reason) => reason switch
    {
        StateChangeReason.Failure => "breakdown",
        StateChangeReason.Repaired => "repaired",
        StateChangeReason.OperationStarted => "operation started",
        StateChangeReason.SetupDone => "setup done",
        StateChangeReason.OperationFinished => "operation finished",
        StateChangeReason.ForcedDown => "reported down",
        StateChangeReason.ForcedUp => "reported up",
        StateChangeReason.SwitchedOff => "switched off",
        StateChangeReason.SwitchedOn => "switched on",
        _ => "powered on",
    };

    private static MachineState Map(SimulatedMachineState state) => state switch
    {
        SimulatedMachineState.Off => MachineState.Off,
        SimulatedMachineState.Idle => MachineState.Idle,
        SimulatedMachineState.Setup => MachineState.Setup,
        SimulatedMachineState.Running => MachineState.Running,
        _ => MachineState.Down,
    };

    private sealed class MachineTrack
    {
        public (MachineState State, long Tick, string Reason)? Pending { get; set; }

        public string? Current { get; set; }

        /// <summary>The state last reported.</summary>
        public MachineState State { get; set; } = MachineState.Off;

        public DateTimeOffset LastAt { get; set; } = DateTimeOffset.MinValue;

        public double MeterOffsetKwh { get; set; }

        public Dictionary<string, (int Good, int Scrap)> Counted { get; } = new(StringComparer.Ordinal);
    }
}
