using Microfactory.Shopfloor.Machines;

namespace Microfactory.Shopfloor.Alarms;

/// <summary>Raised when a machine enters <c>down</c> (raised at the instant it did), cleared when it leaves it.</summary>
internal static class MachineDownRule
{
    public static RuleOutcome Check(MachineObservation machine)
    {
        if (machine.State == MachineState.Down)
        {
            var alarm = new Alarm(
                AlarmKind.MachineDown,
                machine.MachineId,
                null,
                machine.StateSince,
                AlarmSeverity.Critical,
                $"Machine {machine.MachineId} is down since {AlarmText.Instant(machine.StateSince)}; work planned on it has to move or wait.");
            // A new down spell (a different instant) is a new alarm; the old one is closed.
            return RuleOutcome.Active(alarm, sameEpisodeOnly: true);
        }
        return RuleOutcome.Inactive(machine.StateSince, $"Machine {machine.MachineId} is {MachineStates.Name(machine.State)} again since {AlarmText.Instant(machine.StateSince)}.");
    }
}
