namespace Microfactory.Simulation.Model;

/// <summary>The rules for machines; each message starts with the path of the bad field.</summary>
internal static class MachineValidator
{
    public static string? Validate(IReadOnlyList<MachineSpec> machines)
    {
        if (machines.Count == 0)
        {
            return "machines: at least one machine is required";
        }
        if (machines.Count > SimulationLimits.MaxMachines)
        {
            return $"machines: at most {SimulationLimits.MaxMachines} machines are allowed, got {machines.Count}";
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < machines.Count; k++)
        {
            var path = $"machines[{k}]";
            var machine = machines[k];
            if (machine is null)
            {
                return $"{path}: must not be null";
            }
            var error = IdRule($"{path}.Id", machine.Id)
                ?? (seen.Add(machine.Id) ? null : $"{path}.Id: '{machine.Id}' is used by an earlier machine")
                ?? Range($"{path}.IdleKw", machine.IdleKw, 0, SimulationLimits.MaxKw)
                ?? Range($"{path}.WorkingKw", machine.WorkingKw, 0, SimulationLimits.MaxKw)
                ?? Range($"{path}.ScrapRate", machine.ScrapRate, 0, 1)
                ?? Range($"{path}.DurationCv", machine.DurationCv, 0, SimulationLimits.MaxCoefficientOfVariation)
                ?? (machine.SetupSeconds is < 0 or > SimulationLimits.MaxDurationTicks
                    ? $"{path}.SetupSeconds: must be between 0 and {SimulationLimits.MaxDurationTicks}, was {machine.SetupSeconds}"
                    : null)
                ?? Failures(path, machine);
            if (error is not null)
            {
                return error;
            }
        }
        return null;
    }

    public static Dictionary<string, int> Index(IReadOnlyList<MachineSpec> machines)
    {
        var index = new Dictionary<string, int>(machines.Count, StringComparer.Ordinal);
        for (var k = 0; k < machines.Count; k++)
        {
            index[machines[k].Id] = k;
        }
        return index;
    }

    public static string? IdRule(string path, string? id) =>
        string.IsNullOrWhiteSpace(id) ? $"{path}: must not be empty"
        : id.Length > SimulationLimits.MaxIdLength ? $"{path}: at most {SimulationLimits.MaxIdLength} characters, got {id.Length}"
        : null;

    private static string? Failures(string path, MachineSpec machine)
    {
        if (machine.TimeBetweenFailures is null)
        {
            return machine.TimeToRepair is null ? null : $"{path}.TimeToRepair: only allowed together with TimeBetweenFailures";
        }
        if (machine.TimeToRepair is null)
        {
            return $"{path}.TimeToRepair: required when TimeBetweenFailures is set";
        }
        return DistributionRule($"{path}.TimeBetweenFailures", machine.TimeBetweenFailures, SimulationLimits.MinMtbfSeconds)
            ?? DistributionRule($"{path}.TimeToRepair", machine.TimeToRepair, 1);
    }

    private static string? DistributionRule(string path, Distribution distribution, double minMean) =>
        !Enum.IsDefined(distribution.Kind) ? $"{path}.Kind: unknown distribution {(int)distribution.Kind}"
        : Range($"{path}.MeanSeconds", distribution.MeanSeconds, minMean, SimulationLimits.MaxMeanSeconds)
            ?? Range($"{path}.CoefficientOfVariation", distribution.CoefficientOfVariation, 0, SimulationLimits.MaxCoefficientOfVariation);

    // Written so that NaN fails too (every comparison with NaN is false).
    private static string? Range(string path, double value, double min, double max) =>
        value >= min && value <= max ? null : $"{path}: must be between {min:G} and {max:G}, was {value:G}";
}
