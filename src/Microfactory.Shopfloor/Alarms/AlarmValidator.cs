using System.Globalization;
using Microfactory.Shopfloor.Execution;

namespace Microfactory.Shopfloor.Alarms;

/// <summary>Checks the evaluator's input and names the first field that breaks a rule.</summary>
internal static class AlarmValidator
{
    public static AlarmEvaluation? Validate(AlarmObservations observations, IReadOnlyList<Alarm> open, AlarmSettings settings) =>
        ValidateSettings(settings) ?? ValidateMachines(observations) ?? ValidateOperations(observations) ?? ValidateOpen(open);

    private static AlarmEvaluation? ValidateSettings(AlarmSettings s) =>
        Range("settings.overrunMarginFraction", s.OverrunMarginFraction, 0, 10)
        ?? Range("settings.overrunMinimumMinutes", s.OverrunMinimumMinutes, 0, 24 * 60)
        ?? Range("settings.energyToleranceFraction", s.EnergyToleranceFraction, 0, 10)
        ?? Range("settings.energyMinimumToleranceKw", s.EnergyMinimumToleranceKw, 0, AlarmLimits.MaxPowerKw)
        ?? Range("settings.offMaximumKw", s.OffMaximumKw, 0, AlarmLimits.MaxPowerKw)
        ?? Range("settings.energyIntervalMinutes", s.EnergyIntervalMinutes, 1.0 / 60, 24 * 60)
        ?? Range("settings.energyMinimumIntervalMinutes", s.EnergyMinimumIntervalMinutes, 1.0 / 60, s.EnergyIntervalMinutes);

    private static AlarmEvaluation? ValidateMachines(AlarmObservations observations)
    {
        var machines = observations.Machines;
        if (machines.Count > AlarmLimits.MaxMachines)
        {
            return AlarmEvaluation.Failure("machines", $"at most {AlarmLimits.MaxMachines} machines");
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var m = 0; m < machines.Count; m++)
        {
            var machine = machines[m];
            var path = $"machines[{m}]";
            if (machine is null)
            {
                return AlarmEvaluation.Failure(path, "is required");
            }
            if (machine.Energy is null)
            {
                return AlarmEvaluation.Failure($"{path}.energy", "is required (empty when there are no readings)");
            }
            if (Id(machine.MachineId) is { } rule)
            {
                return AlarmEvaluation.Failure($"{path}.machineId", rule);
            }
            if (!ids.Add(machine.MachineId))
            {
                return AlarmEvaluation.Failure($"{path}.machineId", $"'{machine.MachineId}' is listed twice");
            }
            if (!Enum.IsDefined(machine.State))
            {
                return AlarmEvaluation.Failure($"{path}.state", "is not a machine state");
            }
            if (machine.StateSince > observations.Now)
            {
                return AlarmEvaluation.Failure($"{path}.stateSince", "must not be after now");
            }
            if ((Range($"{path}.idlePowerKw", machine.IdlePowerKw, 0, AlarmLimits.MaxPowerKw) ?? Range($"{path}.workingPowerKw", machine.WorkingPowerKw, 0, AlarmLimits.MaxPowerKw)) is { } power)
            {
                return power;
            }
            if (machine.Energy.Count > AlarmLimits.MaxSamplesPerMachine)
            {
                return AlarmEvaluation.Failure($"{path}.energy", $"at most {AlarmLimits.MaxSamplesPerMachine} readings per machine");
            }
            for (var i = 0; i < machine.Energy.Count; i++)
            {
                if (machine.Energy[i] is not { } sample || !double.IsFinite(sample.CumulativeKwh) || sample.CumulativeKwh < 0)
                {
                    return AlarmEvaluation.Failure($"{path}.energy[{i}].cumulativeKwh", "must be a finite number of kWh, at least 0");
                }
            }
        }
        return null;
    }

    private static AlarmEvaluation? ValidateOperations(AlarmObservations observations)
    {
        var operations = observations.Operations;
        if (operations.Count > AlarmLimits.MaxOperations)
        {
            return AlarmEvaluation.Failure("operations", $"at most {AlarmLimits.MaxOperations} operations");
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var o = 0; o < operations.Count; o++)
        {
            var operation = operations[o];
            var path = $"operations[{o}]";
            if (operation is null)
            {
                return AlarmEvaluation.Failure(path, "is required");
            }
            if (operation.Pauses is null)
            {
                return AlarmEvaluation.Failure($"{path}.pauses", "is required (empty when there are none)");
            }
            if (Id(operation.OperationId) is { } rule)
            {
                return AlarmEvaluation.Failure($"{path}.operationId", rule);
            }
            if (!ids.Add(operation.OperationId))
            {
                return AlarmEvaluation.Failure($"{path}.operationId", $"'{operation.OperationId}' is listed twice");
            }
            if (Id(operation.MachineId) is { } machineRule)
            {
                return AlarmEvaluation.Failure($"{path}.machineId", machineRule);
            }
            if (!Enum.IsDefined(operation.State))
            {
                return AlarmEvaluation.Failure($"{path}.state", "is not an operation state");
            }
            if (!(double.IsFinite(operation.PlannedDurationSeconds) && operation.PlannedDurationSeconds > 0 && operation.PlannedDurationSeconds <= AlarmLimits.MaxPlannedDurationSeconds))
            {
                return AlarmEvaluation.Failure($"{path}.plannedDurationSeconds", string.Create(CultureInfo.InvariantCulture, $"must be more than 0 and at most {AlarmLimits.MaxPlannedDurationSeconds} seconds"));
            }
            if ((ValidateStart(operation, observations.Now, path) ?? ValidatePauses(operation, observations.Now, path)) is { } failure)
            {
                return failure;
            }
        }
        return null;
    }

    private static AlarmEvaluation? ValidateStart(OperationObservation operation, DateTimeOffset now, string path)
    {
        if (operation.State is OperationState.Running or OperationState.Paused)
        {
            if (operation.ActualStart is not { } start)
            {
                return AlarmEvaluation.Failure($"{path}.actualStart", "is required once the operation is running or paused");
            }
            if (start > now)
            {
                return AlarmEvaluation.Failure($"{path}.actualStart", "must not be after now");
            }
        }
        return null;
    }

    private static AlarmEvaluation? ValidatePauses(OperationObservation operation, DateTimeOffset now, string path)
    {
        var pauses = operation.Pauses;
        if (pauses.Count > AlarmLimits.MaxPausesPerOperation)
        {
            return AlarmEvaluation.Failure($"{path}.pauses", $"at most {AlarmLimits.MaxPausesPerOperation} pauses per operation");
        }
        var open = -1;
        for (var p = 0; p < pauses.Count; p++)
        {
            if (pauses[p] is not { } pause)
            {
                return AlarmEvaluation.Failure($"{path}.pauses[{p}]", "is required");
            }
            if (pause.From > now)
            {
                return AlarmEvaluation.Failure($"{path}.pauses[{p}].from", "must not be after now");
            }
            if (pause.To is { } to && to < pause.From)
            {
                return AlarmEvaluation.Failure($"{path}.pauses[{p}].to", "must not be before from");
            }
            if (pause.To is null)
            {
                if (open >= 0)
                {
                    return AlarmEvaluation.Failure($"{path}.pauses[{p}].to", $"only one pause can be open (pauses[{open}] already is)");
                }
                open = p;
            }
        }
        if (operation.State == OperationState.Paused && open < 0)
        {
            return AlarmEvaluation.Failure($"{path}.pauses", "a paused operation needs an open pause (to = null)");
        }
        if (operation.State != OperationState.Paused && open >= 0)
        {
            return AlarmEvaluation.Failure($"{path}.pauses[{open}].to", "only a paused operation can have an open pause");
        }
        return null;
    }

    private static AlarmEvaluation? ValidateOpen(IReadOnlyList<Alarm> open)
    {
        if (open.Count > AlarmLimits.MaxOpenAlarms)
        {
            return AlarmEvaluation.Failure("openAlarms", $"at most {AlarmLimits.MaxOpenAlarms} open alarms");
        }
        for (var a = 0; a < open.Count; a++)
        {
            if (open[a] is not { } alarm)
            {
                return AlarmEvaluation.Failure($"openAlarms[{a}]", "is required");
            }
            if (!Enum.IsDefined(alarm.Kind))
            {
                return AlarmEvaluation.Failure($"openAlarms[{a}].kind", "is not an alarm kind");
            }
            if (Id(alarm.MachineId) is { } rule)
            {
                return AlarmEvaluation.Failure($"openAlarms[{a}].machineId", rule);
            }
            if (alarm.OperationId is not null && Id(alarm.OperationId) is { } operationRule)
            {
                return AlarmEvaluation.Failure($"openAlarms[{a}].operationId", operationRule);
            }
        }
        return null;
    }

    private static string? Id(string? id) =>
        string.IsNullOrWhiteSpace(id) ? "is required"
        : id.Length > AlarmLimits.MaxIdLength ? $"must be at most {AlarmLimits.MaxIdLength} characters long"
        : id.Contains('|', StringComparison.Ordinal) ? "must not contain '|'"
        : null;

    private static AlarmEvaluation? Range(string field, double value, double min, double max) =>
        double.IsFinite(value) && value >= min && value <= max
            ? null
            : AlarmEvaluation.Failure(field, string.Create(CultureInfo.InvariantCulture, $"must be a number from {min:0.####} to {max:0.####}"));
}
