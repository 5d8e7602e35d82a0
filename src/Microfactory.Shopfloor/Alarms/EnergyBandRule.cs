using Microfactory.Shopfloor.Machines;

namespace Microfactory.Shopfloor.Alarms;

/// <summary>
/// Compares a machine's average power with the band of its current state, over the interval that ends now and reaches back
/// <see cref="AlarmSettings.EnergyIntervalMinutes"/>, but no earlier than the state began nor than the last meter reset (a
/// reading lower than the one before it). The readings in it must span at least
/// <see cref="AlarmSettings.EnergyMinimumIntervalMinutes"/> and number at least three. The interval is split at the reading
/// nearest its middle, and the average power (meter rise over time) of each half is judged: both halves above the band, or
/// both below it, raise; both inside clear; anything else is "unknown", which neither raises nor clears. A single noisy
/// reading moves at most one half's average, or moves both in opposite directions, so it can neither raise nor clear.
/// </summary>
internal static class EnergyBandRule
{
    public static RuleOutcome Check(MachineObservation machine, DateTimeOffset now, AlarmSettings settings)
    {
        if (machine.State == MachineState.Down)
        {
            return RuleOutcome.Inactive(now, $"Machine {machine.MachineId} is down; the machine-down alarm covers it.");
        }
        var since = Math.Max(now.UtcTicks - Minutes(settings.EnergyIntervalMinutes), machine.StateSince.UtcTicks);
        var samples = machine.Energy
            .Where(s => s.At.UtcTicks >= since && s.At <= now)
            .OrderBy(s => s.At.UtcTicks)
            .ToList();
        // A fall in the meter is a reset: only the readings after the last one form a clean series.
        for (var i = samples.Count - 1; i > 0; i--)
        {
            if (samples[i].CumulativeKwh < samples[i - 1].CumulativeKwh)
            {
                samples.RemoveRange(0, i);
                break;
            }
        }
        var unknown = RuleOutcome.Unknown($"Machine {machine.MachineId}: not enough meter readings in the interval.");
        if (samples.Count < 3 || samples[^1].At.UtcTicks - samples[0].At.UtcTicks < Minutes(settings.EnergyMinimumIntervalMinutes))
        {
            return unknown;
        }
        if (Middle(samples) is not { } middle)
        {
            return unknown;
        }
        var (low, high) = Band(machine, settings);
        var first = Side(AverageKw(samples[0], samples[middle]), low, high);
        var second = Side(AverageKw(samples[middle], samples[^1]), low, high);
        var averageKw = AverageKw(samples[0], samples[^1]);
        if (first == 0 && second == 0)
        {
            return RuleOutcome.Inactive(now, $"Machine {machine.MachineId} draws {AlarmText.Kw(averageKw)}, within its normal band again.");
        }
        if (first != second)
        {
            return RuleOutcome.Unknown($"Machine {machine.MachineId}: the two halves of the interval disagree.");
        }
        var message = $"Machine {machine.MachineId} drew {AlarmText.Kw(averageKw)} on average over {AlarmText.Duration(samples[^1].At - samples[0].At)} while {MachineStates.Name(machine.State)};"
            + $" normal is {AlarmText.Kw(low)} to {AlarmText.Kw(high)}.";
        return RuleOutcome.Active(new Alarm(AlarmKind.EnergyOutOfBand, machine.MachineId, null, now, AlarmSeverity.Warning, message), sameEpisodeOnly: false);
    }

    /// <summary>The normal band in kW: idle and running around their nominal draw, setup anywhere from idle to working, off near 0.</summary>
    internal static (double Low, double High) Band(MachineObservation machine, AlarmSettings settings)
    {
        var idle = Around(machine.IdlePowerKw, settings);
        var working = Around(machine.WorkingPowerKw, settings);
        return machine.State switch
        {
            MachineState.Idle => idle,
            MachineState.Running => working,
            MachineState.Setup => (Math.Min(idle.Low, working.Low), Math.Max(idle.High, working.High)),
            _ => (0, settings.OffMaximumKw),
        };
    }

    private static (double Low, double High) Around(double nominalKw, AlarmSettings settings)
    {
        var tolerance = Math.Max(nominalKw * settings.EnergyToleranceFraction, settings.EnergyMinimumToleranceKw);
        return (Math.Max(0, nominalKw - tolerance), nominalKw + tolerance);
    }

    private static long Minutes(double minutes) => (long)Math.Round(minutes * TimeSpan.TicksPerMinute, MidpointRounding.AwayFromZero);

    /// <summary>The index of the reading nearest the middle of the series, strictly after the first and before the last instant; null if none.</summary>
    private static int? Middle(List<EnergySample> samples)
    {
        long first = samples[0].At.UtcTicks, last = samples[^1].At.UtcTicks;
        var half = first + ((last - first) / 2);
        int? best = null;
        for (var i = 1; i < samples.Count - 1; i++)
        {
            var at = samples[i].At.UtcTicks;
            if (at > first && at < last && (best is null || Math.Abs(at - half) < Math.Abs(samples[best.Value].At.UtcTicks - half)))
            {
                best = i;
            }
        }
        return best;
    }

    private static double AverageKw(EnergySample from, EnergySample to) => (to.CumulativeKwh - from.CumulativeKwh) / (to.At - from.At).TotalHours;

    /// <summary>-1 below the band, 0 inside it (edges included), 1 above it.</summary>
    private static int Side(double kw, double low, double high) => kw < low ? -1 : kw > high ? 1 : 0;
}
