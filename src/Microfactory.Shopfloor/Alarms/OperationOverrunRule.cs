using Microfactory.Shopfloor.Execution;

namespace Microfactory.Shopfloor.Alarms;

/// <summary>
/// Raised when a started operation's worked time (time since its actual start minus its pauses) exceeds its planned duration
/// plus the allowance max(planned × margin, minimum). Exactly at the limit is not an overrun. The alarm is dated at the
/// instant the worked time reached the limit, so evaluating again later gives the same key. Cleared when the operation is
/// done, back to released, or its plan grew enough.
/// </summary>
internal static class OperationOverrunRule
{
    public static RuleOutcome Check(OperationObservation operation, DateTimeOffset now, AlarmSettings settings)
    {
        if (operation.State is OperationState.Done or OperationState.Released || operation.ActualStart is not { } start)
        {
            var what = operation.State == OperationState.Done ? "finished" : "not started";
            return RuleOutcome.Inactive(now, $"Operation {operation.OperationId} is {what}.");
        }
        var planned = Ticks(operation.PlannedDurationSeconds);
        var allowance = Math.Max(Ticks(operation.PlannedDurationSeconds * settings.OverrunMarginFraction), Ticks(settings.OverrunMinimumMinutes * 60));
        var limit = planned + allowance;
        var pauses = Paused(operation.Pauses, start.UtcTicks, now.UtcTicks);
        var pausedTicks = pauses.Sum(p => p.End - p.Start);
        var worked = now.UtcTicks - start.UtcTicks - pausedTicks;
        if (worked <= limit)
        {
            return RuleOutcome.Inactive(now, $"Operation {operation.OperationId} is within its planned duration and allowance.");
        }
        var message = $"Operation {operation.OperationId} on machine {operation.MachineId} has worked {AlarmText.Duration(TimeSpan.FromTicks(worked))}"
            + $" against a planned {AlarmText.Duration(TimeSpan.FromTicks(planned))} (allowed up to {AlarmText.Duration(TimeSpan.FromTicks(limit))}"
            + (pausedTicks > 0 ? $"; {AlarmText.Duration(TimeSpan.FromTicks(pausedTicks))} of pauses not counted)." : ").");
        var alarm = new Alarm(AlarmKind.OperationOverrun, operation.MachineId, operation.OperationId, Reached(start.UtcTicks, limit, pauses), AlarmSeverity.Warning, message);
        return RuleOutcome.Active(alarm, sameEpisodeOnly: false);
    }

    /// <summary>The pauses clipped to [start, now] (an open pause runs to now), merged and in time order.</summary>
    private static List<(long Start, long End)> Paused(IReadOnlyList<OperationPause> pauses, long start, long now)
    {
        var clipped = pauses
            .Select(p => (Start: Math.Max(p.From.UtcTicks, start), End: Math.Min(p.To?.UtcTicks ?? now, now)))
            .Where(p => p.End > p.Start)
            .OrderBy(p => p.Start)
            .ToList();
        var merged = new List<(long Start, long End)>(clipped.Count);
        foreach (var pause in clipped)
        {
            if (merged.Count > 0 && pause.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, pause.End));
            }
            else
            {
                merged.Add(pause);
            }
        }
        return merged;
    }

    /// <summary>The instant at which <paramref name="workTicks"/> of work had been done, skipping the pauses.</summary>
    private static DateTimeOffset Reached(long start, long workTicks, List<(long Start, long End)> pauses)
    {
        var cursor = start;
        var remaining = workTicks;
        foreach (var (pauseStart, pauseEnd) in pauses)
        {
            var before = pauseStart - cursor;
            if (before >= remaining)
            {
                break;
            }
            remaining -= before;
            cursor = pauseEnd;
        }
        return new DateTimeOffset(cursor + remaining, TimeSpan.Zero);
    }

    private static long Ticks(double seconds) => (long)Math.Round(seconds * TimeSpan.TicksPerSecond, MidpointRounding.AwayFromZero);
}
