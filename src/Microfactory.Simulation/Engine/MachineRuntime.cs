using Microfactory.Simulation.Events;
using Microfactory.Simulation.Model;
using Microfactory.Simulation.Randomness;

namespace Microfactory.Simulation.Engine;

/// <summary>
/// The mutable state of one machine during a run: its state, its queue, its timers (each with a
/// generation token that cancels events already in the queue), its failure clock and its energy meter.
/// </summary>
internal sealed class MachineRuntime(MachineSpec spec, int index, long seed)
{
    public MachineSpec Spec { get; } = spec;

    public int Index { get; } = index;

    /// <summary>Failure and repair draws: independent of the plan, so what-if runs share their breakdowns.</summary>
    public RandomStream FailureRandom { get; } = new(seed, (2 * (ulong)index) + 1);

    /// <summary>Duration noise and scrap draws.</summary>
    public RandomStream WorkRandom { get; } = new(seed, (2 * (ulong)index) + 2);

    public SimulatedMachineState State { get; set; } = SimulatedMachineState.Off;

    public bool IsUp => State is SimulatedMachineState.Idle or SimulatedMachineState.Setup or SimulatedMachineState.Running;

    /// <summary>Pending operations in plan order; <see cref="Head"/> is the next to start.</summary>
    public OperationRuntime[] Queue { get; set; } = [];

    public int Head { get; set; }

    public OperationRuntime? Next => Head < Queue.Length ? Queue[Head] : null;

    public OperationRuntime? Current { get; set; }

    public WorkPhase Phase { get; set; }

    public long PhaseEndTick { get; set; }

    /// <summary>Work left of the current phase while the machine is down.</summary>
    public long RemainingTicks { get; set; }

    /// <summary>Generation of work and wake timers.</summary>
    public int WorkToken { get; set; }

    /// <summary>Tick and generation of the last wake scheduled; it is live while <see cref="WakeToken"/> equals <see cref="WorkToken"/>.</summary>
    public long WakeTick { get; set; } = -1;

    public int WakeToken { get; set; } = -1;

    public int FailureToken { get; set; }

    public int RepairToken { get; set; }

    /// <summary>Tick of the scheduled failure, or −1 while the clock is stopped.</summary>
    public long FailureAtTick { get; set; } = -1;

    /// <summary>Up time left to the next failure while the clock is stopped, or −1 when a fresh one is to be drawn.</summary>
    public long UpTicksToFailure { get; set; } = -1;

    /// <summary>True while a repair is under way (a failure, not the host, took the machine down).</summary>
    public bool Failed { get; set; }

    /// <summary>Energy so far, in kW·s, up to <see cref="MeterTick"/>.</summary>
    public double MeterKws { get; private set; }

    public long MeterTick { get; private set; }

    public double MeterKwh => MeterKws / 3600;

    /// <summary>The reading at <paramref name="now"/> without accruing (for snapshots).</summary>
    public double MeterKwhAt(long now) => (MeterKws + (Kw * (now - MeterTick))) / 3600;

    private double Kw => State switch
    {
        SimulatedMachineState.Off => 0,
        SimulatedMachineState.Setup or SimulatedMachineState.Running => Spec.WorkingKw,
        _ => Spec.IdleKw,
    };

    /// <summary>Adds the energy of the current state up to <paramref name="now"/>.</summary>
    public void Accrue(long now)
    {
        MeterKws += Kw * (now - MeterTick);
        MeterTick = now;
    }
}
