using System.Globalization;

namespace Microfactory.Shopfloor.Oee;

/// <summary>Checks an <see cref="OeeInput"/> and names the first field that breaks a rule.</summary>
internal static class OeeValidator
{
    public static OeeResult? Validate(OeeInput input)
    {
        if (input.To <= input.From)
        {
            return OeeResult.Failure("to", "must be after from");
        }
        if (input.To - input.From > TimeSpan.FromDays(OeeLimits.MaxWindowDays))
        {
            return OeeResult.Failure("to", $"the window may span at most {OeeLimits.MaxWindowDays} days");
        }
        return ValidateMachines(input.Machines, out var ids)
            ?? ValidateSize(input)
            ?? ValidateStates(input, ids)
            ?? ValidateCounts(input, ids)
            ?? ValidateMeters(input, ids)
            ?? ValidateDowntimes(input, ids);
    }

    private static OeeResult? ValidateMachines(IReadOnlyList<OeeMachine> machines, out HashSet<string> ids)
    {
        ids = new HashSet<string>(StringComparer.Ordinal);
        if (machines.Count > OeeLimits.MaxMachines)
        {
            return OeeResult.Failure("machines", $"at most {OeeLimits.MaxMachines} machines per calculation");
        }
        for (var m = 0; m < machines.Count; m++)
        {
            var machine = machines[m];
            var path = $"machines[{m}]";
            if (machine is null)
            {
                return OeeResult.Failure(path, "is required");
            }
            if (machine.Shifts is null)
            {
                return OeeResult.Failure($"{path}.shifts", "is required");
            }
            if (Text(machine.MachineId) is { } rule)
            {
                return OeeResult.Failure($"{path}.machineId", rule);
            }
            if (!ids.Add(machine.MachineId))
            {
                return OeeResult.Failure($"{path}.machineId", $"'{machine.MachineId}' is listed twice");
            }
            if (!Enum.IsDefined(machine.InitialState))
            {
                return OeeResult.Failure($"{path}.initialState", "is not a machine state");
            }
            if (machine.Shifts.Count > OeeLimits.MaxShiftsPerMachine)
            {
                return OeeResult.Failure($"{path}.shifts", $"at most {OeeLimits.MaxShiftsPerMachine} shifts per machine");
            }
            for (var s = 0; s < machine.Shifts.Count; s++)
            {
                var shift = machine.Shifts[s];
                if (shift is null)
                {
                    return OeeResult.Failure($"{path}.shifts[{s}]", "is required");
                }
                if (Text(shift.Label) is { } labelRule)
                {
                    return OeeResult.Failure($"{path}.shifts[{s}].label", labelRule);
                }
                if (!Enum.IsDefined(shift.Day))
                {
                    return OeeResult.Failure($"{path}.shifts[{s}].day", "is not a day of the week");
                }
                for (var earlier = 0; earlier < s; earlier++)
                {
                    if (machine.Shifts[earlier].Day == shift.Day && string.Equals(machine.Shifts[earlier].Label, shift.Label, StringComparison.Ordinal))
                    {
                        return OeeResult.Failure($"{path}.shifts[{s}].label", $"'{shift.Label}' is already used on {shift.Day} (shifts[{earlier}])");
                    }
                }
            }
            if (ShiftCalendar.FirstOverlap(machine.Shifts) is var (first, second))
            {
                return OeeResult.Failure($"{path}.shifts[{second}]", $"overlaps shift '{machine.Shifts[first].Label}' (shifts[{first}]) of the same machine");
            }
        }
        return null;
    }

    private static OeeResult? ValidateSize(OeeInput input)
    {
        // Each weekly shift occurs once a week, plus one at each end of the window.
        var weeks = (long)Math.Ceiling((input.To - input.From).TotalDays / 7) + 2;
        var occurrences = input.Machines.Sum(m => (long)m.Shifts.Count) * weeks;
        return occurrences > OeeLimits.MaxShiftOccurrences
            ? OeeResult.Failure("to", $"the window holds up to {occurrences} shift occurrences over all machines; at most {OeeLimits.MaxShiftOccurrences}: shorten the window or ask for fewer machines")
            : null;
    }

    private static OeeResult? ValidateStates(OeeInput input, HashSet<string> ids)
    {
        if (input.States.Count > OeeLimits.MaxRecords)
        {
            return OeeResult.Failure("states", $"at most {OeeLimits.MaxRecords} records");
        }
        for (var i = 0; i < input.States.Count; i++)
        {
            var change = input.States[i];
            if (change is null)
            {
                return OeeResult.Failure($"states[{i}]", "is required");
            }
            if (Known(change.MachineId, ids) is { } rule)
            {
                return OeeResult.Failure($"states[{i}].machineId", rule);
            }
            if (!Enum.IsDefined(change.State))
            {
                return OeeResult.Failure($"states[{i}].state", "is not a machine state");
            }
        }
        return null;
    }

    private static OeeResult? ValidateCounts(OeeInput input, HashSet<string> ids)
    {
        if (input.Counts.Count > OeeLimits.MaxRecords)
        {
            return OeeResult.Failure("counts", $"at most {OeeLimits.MaxRecords} records");
        }
        if (input.IdealCycleSecondsByOperation is { } byOperation)
        {
            if (byOperation.Count > OeeLimits.MaxRecords)
            {
                return OeeResult.Failure("idealCycleSecondsByOperation", $"at most {OeeLimits.MaxRecords} operations");
            }
            foreach (var (operation, seconds) in byOperation.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (CycleSeconds(seconds) is { } rule)
                {
                    return OeeResult.Failure($"idealCycleSecondsByOperation['{operation}']", rule);
                }
            }
        }
        for (var i = 0; i < input.Counts.Count; i++)
        {
            var count = input.Counts[i];
            var path = new CountPath(i);
            if (count is null)
            {
                return OeeResult.Failure(path.ToString(), "is required");
            }
            if (Known(count.MachineId, ids) is { } rule)
            {
                return OeeResult.Failure($"{path}.machineId", rule);
            }
            if (count.Good < 0)
            {
                return OeeResult.Failure($"{path}.good", "must be at least 0");
            }
            if (count.Scrap < 0)
            {
                return OeeResult.Failure($"{path}.scrap", "must be at least 0");
            }
            if (count.OperationId is not null && Text(count.OperationId) is { } operationRule)
            {
                return OeeResult.Failure($"{path}.operationId", operationRule);
            }
            if (count.IdealCycleSeconds is { } seconds)
            {
                if (CycleSeconds(seconds) is { } cycleRule)
                {
                    return OeeResult.Failure($"{path}.idealCycleSeconds", cycleRule);
                }
            }
            else if (count.OperationId is not null && input.IdealCycleSecondsByOperation?.ContainsKey(count.OperationId) != true)
            {
                return OeeResult.Failure($"{path}.operationId", $"'{Shorten(count.OperationId)}' is not in idealCycleSecondsByOperation: give its ideal cycle there or on the count");
            }
        }
        return null;
    }

    private static OeeResult? ValidateMeters(OeeInput input, HashSet<string> ids)
    {
        if (input.Meters.Count > OeeLimits.MaxRecords)
        {
            return OeeResult.Failure("meters", $"at most {OeeLimits.MaxRecords} records");
        }
        for (var i = 0; i < input.Meters.Count; i++)
        {
            var reading = input.Meters[i];
            if (reading is null)
            {
                return OeeResult.Failure($"meters[{i}]", "is required");
            }
            if (Known(reading.MachineId, ids) is { } rule)
            {
                return OeeResult.Failure($"meters[{i}].machineId", rule);
            }
            if (!double.IsFinite(reading.CumulativeKwh) || reading.CumulativeKwh < 0)
            {
                return OeeResult.Failure($"meters[{i}].cumulativeKwh", "must be a finite number of kWh, at least 0");
            }
        }
        return null;
    }

    private static OeeResult? ValidateDowntimes(OeeInput input, HashSet<string> ids)
    {
        if (input.Downtimes.Count > OeeLimits.MaxRecords)
        {
            return OeeResult.Failure("downtimes", $"at most {OeeLimits.MaxRecords} records");
        }
        for (var i = 0; i < input.Downtimes.Count; i++)
        {
            var downtime = input.Downtimes[i];
            if (downtime is null)
            {
                return OeeResult.Failure($"downtimes[{i}]", "is required");
            }
            if (downtime.MachineId is not null && Known(downtime.MachineId, ids) is { } rule)
            {
                return OeeResult.Failure($"downtimes[{i}].machineId", rule);
            }
            if (downtime.To <= downtime.From)
            {
                return OeeResult.Failure($"downtimes[{i}].to", "must be after from");
            }
        }
        return null;
    }

    private static string? Text(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "is required"
        : value.Length > OeeLimits.MaxTextLength ? $"must be at most {OeeLimits.MaxTextLength} characters long"
        : null;

    private static string? Known(string? machineId, HashSet<string> ids) =>
        machineId is null ? "is required"
        : ids.Contains(machineId) ? null
        : $"'{Shorten(machineId)}' is not one of the machines";

    private static string? CycleSeconds(double seconds) =>
        double.IsFinite(seconds) && seconds > 0 && seconds <= OeeLimits.MaxIdealCycleSeconds
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"must be more than 0 and at most {OeeLimits.MaxIdealCycleSeconds} seconds per part");

    private static string Shorten(string text) => text.Length <= OeeLimits.MaxTextLength ? text : string.Concat(text.AsSpan(0, OeeLimits.MaxTextLength), "…");

    /// <summary>Names <c>counts[i]</c> only when a rule is broken, so a million valid counts build no strings.</summary>
    private readonly record struct CountPath(int Index)
    {
        public override string ToString() => $"counts[{Index}]";
    }
}
