using Microfactory.Simulation.Events;
using Microfactory.Simulation.Randomness;

namespace Microfactory.Simulation.Engine;

/// <summary>
/// Machines going down and up: random failures and repairs, and the host's commands. The failure
/// clock runs only while a machine is on (idle, setup or running); a failure or a forced down
/// interrupts the current operation, which keeps its remaining work and resumes when the machine is back.
/// </summary>
public sealed partial class Simulator
{
    /// <summary>
    /// Takes the machine down now until <see cref="ForceUp"/> (an operator reports it broken, or maintenance).
    /// Its operation pauses; a repair under way is cancelled. Already forced down: no change.
    /// </summary>
    public CommandResult ForceDown(string machineId)
    {
        if (!TryFindMachine(machineId, out var machine, out var error))
        {
            return error;
        }
        EnsureStarted();
        if (machine.State == SimulatedMachineState.Down)
        {
            machine.Failed = false;
            machine.RepairToken++;
            return CommandResult.Ok;
        }
        PauseFailureClock(machine);
        TakeDown(machine, StateChangeReason.ForcedDown);
        return CommandResult.Ok;
    }

    /// <summary>Brings a down machine up now, ending a forced down or a repair under way; its operation resumes. Not down: no change.</summary>
    public CommandResult ForceUp(string machineId)
    {
        if (!TryFindMachine(machineId, out var machine, out var error))
        {
            return error;
        }
        EnsureStarted();
        if (machine.State == SimulatedMachineState.Down)
        {
            machine.Failed = false;
            machine.RepairToken++;
            BringUp(machine, StateChangeReason.ForcedUp);
        }
        return CommandResult.Ok;
    }

    /// <summary>Switches an idle machine off (no power, no failures, no starts). Refused while it works on an operation or is down.</summary>
    public CommandResult SwitchOff(string machineId)
    {
        if (!TryFindMachine(machineId, out var machine, out var error))
        {
            return error;
        }
        EnsureStarted();
        if (machine.State == SimulatedMachineState.Down)
        {
            return CommandResult.Failure($"machineId: '{machineId}' is down; bring it up before switching it off");
        }
        if (machine.Current is not null)
        {
            return CommandResult.Failure($"machineId: '{machineId}' is working on operation '{machine.Current.Spec.Id}'; switch it off when it is idle");
        }
        if (machine.State != SimulatedMachineState.Off)
        {
            PauseFailureClock(machine);
            machine.WorkToken++; // cancels a pending wake
            SetState(machine, SimulatedMachineState.Off, StateChangeReason.SwitchedOff);
        }
        return CommandResult.Ok;
    }

    /// <summary>Switches a machine that is off on again; it starts its next operation when allowed. Not off: no change.</summary>
    public CommandResult SwitchOn(string machineId)
    {
        if (!TryFindMachine(machineId, out var machine, out var error))
        {
            return error;
        }
        EnsureStarted();
        if (machine.State == SimulatedMachineState.Off)
        {
            BringUp(machine, StateChangeReason.SwitchedOn);
        }
        return CommandResult.Ok;
    }

    private void OnFailure(MachineRuntime machine)
    {
        machine.FailureAtTick = -1;
        machine.UpTicksToFailure = -1; // used up: the next up time is drawn fresh after the repair
        machine.Failed = true;
        TakeDown(machine, StateChangeReason.Failure);
        machine.RepairToken++;
        var repair = Sampler.Draw(machine.Spec.TimeToRepair!, machine.FailureRandom, 1);
        _queue.Push(Now + repair, EventKind.Repair, machine.Index, machine.RepairToken);
    }

    private void TakeDown(MachineRuntime machine, StateChangeReason reason)
    {
        var operation = machine.Current;
        if (operation is not null)
        {
            machine.RemainingTicks = machine.PhaseEndTick - Now;
        }
        machine.WorkToken++; // cancels the phase end or a pending wake
        SetState(machine, SimulatedMachineState.Down, reason);
        if (operation is not null)
        {
            _sink.OnOperationPaused(new OperationPaused(machine.Spec.Id, operation.Spec.Id, Now, reason));
        }
    }

    private void BringUp(MachineRuntime machine, StateChangeReason reason)
    {
        if (machine.Current is { } operation)
        {
            SetState(machine, machine.Phase == WorkPhase.Setup ? SimulatedMachineState.Setup : SimulatedMachineState.Running, reason);
            _sink.OnOperationResumed(new OperationResumed(machine.Spec.Id, operation.Spec.Id, Now));
            ScheduleWork(machine, machine.RemainingTicks);
        }
        else
        {
            StartNextOrIdle(machine, reason);
        }
        ResumeFailureClock(machine); // always stopped while a machine is down or off
    }

    private void ResumeFailureClock(MachineRuntime machine)
    {
        if (machine.Spec.TimeBetweenFailures is not { } distribution)
        {
            return;
        }
        if (machine.UpTicksToFailure < 0)
        {
            machine.UpTicksToFailure = Sampler.Draw(distribution, machine.FailureRandom, 1);
        }
        machine.FailureToken++;
        machine.FailureAtTick = Now + machine.UpTicksToFailure;
        _queue.Push(machine.FailureAtTick, EventKind.Failure, machine.Index, machine.FailureToken);
    }

    private void PauseFailureClock(MachineRuntime machine)
    {
        if (machine.FailureAtTick < 0)
        {
            return;
        }
        machine.UpTicksToFailure = machine.FailureAtTick - Now;
        machine.FailureAtTick = -1;
        machine.FailureToken++;
    }
}
