using Microfactory.Simulation.Model;
using Microfactory.Simulation.Events;
using Microfactory.Simulation.Randomness;

namespace Microfactory.Simulation.Engine;

/// <summary>Executing operations: start when allowed, setup, one part after another, finish, release successors.</summary>
public sealed partial class Simulator
{
    /// <summary>
    /// Starts the machine's next operation if the machine is up and free, the predecessors are done and the earliest start has come.
    /// <paramref name="comingUp"/> is the reason when a machine that is down or off comes up right into the operation.
    /// </summary>
    private bool TryStart(MachineRuntime machine, StateChangeReason? comingUp = null)
    {
        if (!(machine.IsUp || comingUp is not null) || machine.Current is not null || machine.Next is not { } operation || operation.RemainingPredecessors > 0)
        {
            return false;
        }
        if (operation.Spec.EarliestStartTick > Now)
        {
            // A new generation replaces any wake scheduled before, so at most one is live; a live one for the same tick is kept.
            if (machine.WakeTick != operation.Spec.EarliestStartTick || machine.WakeToken != machine.WorkToken)
            {
                machine.WorkToken++;
                machine.WakeToken = machine.WorkToken;
                machine.WakeTick = operation.Spec.EarliestStartTick;
                _queue.Push(machine.WakeTick, EventKind.Wake, machine.Index, machine.WorkToken);
            }
            return false;
        }
        machine.Head++;
        machine.Current = operation;
        operation.Phase = OperationPhase.Active;
        var setup = Sampler.Noisy(operation.SetupTicks, machine.Spec.DurationCv, machine.WorkRandom, 1);
        if (setup > 0)
        {
            machine.Phase = WorkPhase.Setup;
            SetState(machine, SimulatedMachineState.Setup, comingUp ?? StateChangeReason.OperationStarted);
            _sink.OnOperationStarted(new OperationStarted(machine.Spec.Id, operation.Spec.Id, Now));
            ScheduleWork(machine, setup);
        }
        else
        {
            SetState(machine, SimulatedMachineState.Running, comingUp ?? StateChangeReason.OperationStarted);
            _sink.OnOperationStarted(new OperationStarted(machine.Spec.Id, operation.Spec.Id, Now));
            BeginPart(machine);
        }
        return true;
    }

    /// <summary>
    /// Starts the next operation, or goes idle for <paramref name="reason"/>: never a zero-length idle between two operations.
    /// A machine that is down or off comes up with <paramref name="reason"/> (straight into setup or running when it can start).
    /// </summary>
    private void StartNextOrIdle(MachineRuntime machine, StateChangeReason reason)
    {
        if (!TryStart(machine, machine.IsUp ? null : reason))
        {
            SetState(machine, SimulatedMachineState.Idle, reason);
        }
    }

    private void BeginPart(MachineRuntime machine)
    {
        machine.Phase = WorkPhase.Part;
        ScheduleWork(machine, Sampler.Noisy(machine.Current!.Spec.RunTicksPerPart, machine.Spec.DurationCv, machine.WorkRandom, 1));
    }

    private void ScheduleWork(MachineRuntime machine, long ticks)
    {
        machine.WorkToken++;
        machine.PhaseEndTick = Now + ticks;
        _queue.Push(machine.PhaseEndTick, EventKind.WorkDone, machine.Index, machine.WorkToken);
    }

    private void OnPhaseDone(MachineRuntime machine)
    {
        var operation = machine.Current!;
        if (machine.Phase == WorkPhase.Setup)
        {
            SetState(machine, SimulatedMachineState.Running, StateChangeReason.SetupDone);
            BeginPart(machine);
            return;
        }
        if (Sampler.Chance(machine.Spec.ScrapRate, machine.WorkRandom))
        {
            operation.Scrap++;
        }
        else
        {
            operation.Good++;
        }
        _sink.OnPartsCounted(new PartsCounted(machine.Spec.Id, operation.Spec.Id, operation.Good, operation.Scrap, Now));
        var more = operation.Spec.RemakeScrap
            ? operation.Good < operation.Spec.Quantity && operation.PartsDone < operation.Spec.Quantity * OperationSpec.MaxAttemptsPerPart
            : operation.PartsDone < operation.Spec.Quantity;
        if (more)
        {
            BeginPart(machine);
            return;
        }
        Finish(machine, operation);
    }

    private void Finish(MachineRuntime machine, OperationRuntime operation)
    {
        operation.Phase = OperationPhase.Finished;
        machine.Current = null;
        _sink.OnOperationFinished(new OperationFinished(machine.Spec.Id, operation.Spec.Id, operation.Good, operation.Scrap, Now));
        // Release successors first, so that the machine's own next operation sees them released and starts without an idle blip.
        foreach (var successor in operation.Successors)
        {
            successor.RemainingPredecessors--;
        }
        StartNextOrIdle(machine, StateChangeReason.OperationFinished);
        foreach (var successor in operation.Successors)
        {
            if (successor.RemainingPredecessors == 0)
            {
                TryStart(_machines[successor.Machine]);
            }
        }
    }
}
