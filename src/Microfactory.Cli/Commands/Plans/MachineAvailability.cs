using Microfactory.Core.Machines;

namespace Microfactory.Cli.Commands.Plans;

/// <summary>Whether a machine can work at an instant: inside one of its weekly shifts (in the factory's zone) and outside its downtimes.</summary>
internal static class MachineAvailability
{
    public static Func<DateTimeOffset, bool> Of(Machine machine, FactoryClock clock)
    {
        ArgumentNullException.ThrowIfNull(machine);
        var shifts = machine.Calendar.Shifts;
        var downtimes = machine.Calendar.Downtimes;
        return instant =>
        {
            var local = clock.Local(instant);
            var minute = (local.Hour * 60) + local.Minute;
            return shifts.Any(s => s.Day == local.DayOfWeek && s.StartMinute <= minute && minute < s.EndMinute)
                && !downtimes.Any(d => d.StartsAt <= instant && instant < d.EndsAt);
        };
    }
}
