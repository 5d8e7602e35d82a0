namespace Microfactory.Shopfloor.Alarms;

/// <summary>
/// Applies the alarm rules (machine down, operation overrun, energy out of band) to the current observations and compares the
/// result with the alarms already open: it says which alarms to raise and which to clear, and nothing for those that stay as
/// they are. The same inputs always give the same decision and the same alarm keys, so the caller can persist idempotently.
/// </summary>
public static class AlarmEvaluator
{
    /// <summary>Validates the input and decides, or names the first bad field. <paramref name="settings"/> defaults to <see cref="AlarmSettings.Default"/>.</summary>
    public static AlarmEvaluation Evaluate(AlarmObservations observations, IReadOnlyList<Alarm> openAlarms, AlarmSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(observations.Machines);
        ArgumentNullException.ThrowIfNull(observations.Operations);
        ArgumentNullException.ThrowIfNull(openAlarms);
        settings ??= AlarmSettings.Default;
        if (AlarmValidator.Validate(observations, openAlarms, settings) is { } failure)
        {
            return failure;
        }
        var now = observations.Now;
        var outcomes = new SortedDictionary<string, RuleOutcome>(StringComparer.Ordinal);
        foreach (var machine in observations.Machines)
        {
            outcomes[Alarm.ConditionOf(AlarmKind.MachineDown, machine.MachineId, null)] = MachineDownRule.Check(machine);
            outcomes[Alarm.ConditionOf(AlarmKind.EnergyOutOfBand, machine.MachineId, null)] = EnergyBandRule.Check(machine, now, settings);
        }
        foreach (var operation in observations.Operations)
        {
            outcomes[Alarm.ConditionOf(AlarmKind.OperationOverrun, operation.MachineId, operation.OperationId)] = OperationOverrunRule.Check(operation, now, settings);
        }
        var open = openAlarms.ToLookup(a => a.Condition, StringComparer.Ordinal);
        var raise = new List<Alarm>();
        var clear = new Dictionary<string, AlarmClearance>(StringComparer.Ordinal);
        foreach (var (condition, outcome) in outcomes)
        {
            var existing = open[condition].ToList();
            switch (outcome.Status)
            {
                case RuleStatus.Active:
                    var candidate = outcome.Candidate!;
                    var kept = outcome.SameEpisodeOnly ? existing.Where(a => a.Key == candidate.Key).ToList() : existing;
                    if (kept.Count == 0)
                    {
                        raise.Add(candidate);
                    }
                    foreach (var stale in existing.Except(kept))
                    {
                        Clear(clear, stale, candidate.RaisedAt, $"A new {AlarmKinds.Name(stale.Kind)} alarm began at {AlarmText.Instant(candidate.RaisedAt)}.");
                    }
                    break;
                case RuleStatus.Inactive:
                    foreach (var alarm in existing)
                    {
                        Clear(clear, alarm, outcome.ClearedAt, outcome.Reason);
                    }
                    break;
                default:
                    break;
            }
        }
        foreach (var alarm in openAlarms.Where(a => !outcomes.ContainsKey(a.Condition)))
        {
            var reason = alarm.OperationId is null
                ? $"Machine {alarm.MachineId} is no longer observed."
                : $"Operation {alarm.OperationId} on machine {alarm.MachineId} is no longer active.";
            Clear(clear, alarm, now, reason);
        }
        return AlarmEvaluation.Success(new AlarmDecision(
            [.. raise.OrderBy(a => a.Key, StringComparer.Ordinal)],
            [.. clear.Values.OrderBy(c => c.Key, StringComparer.Ordinal)]));
    }

    private static void Clear(Dictionary<string, AlarmClearance> clear, Alarm alarm, DateTimeOffset at, string reason)
    {
        // Never before the alarm was raised; a duplicate open row with the same key is cleared once.
        var clearedAt = at < alarm.RaisedAt ? alarm.RaisedAt : at;
        clear.TryAdd(alarm.Key, new AlarmClearance(alarm.Key, alarm.Kind, alarm.MachineId, alarm.OperationId, clearedAt, reason));
    }
}
