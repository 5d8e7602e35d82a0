namespace Microfactory.Planning.Model;

/// <summary>
/// A flexible job-shop problem: jobs of operation chains, machines with power and
/// unavailability, and an optional energy profile. Immutable and validated on creation.
/// </summary>
public sealed class Instance
{
    private Instance(string name, IReadOnlyList<Job> jobs, IReadOnlyList<Machine> machines, EnergyProfile? energy)
    {
        Name = name;
        Jobs = jobs;
        Machines = machines;
        Energy = energy;
        OperationCount = jobs.Sum(j => j.Operations.Count);
    }

    /// <summary>Instance name, for reports.</summary>
    public string Name { get; }

    /// <summary>The jobs; index in this list is the job index.</summary>
    public IReadOnlyList<Job> Jobs { get; }

    /// <summary>The machines; index in this list is the machine index.</summary>
    public IReadOnlyList<Machine> Machines { get; }

    /// <summary>Hourly price and carbon intensity, or null when energy is not modelled.</summary>
    public EnergyProfile? Energy { get; }

    /// <summary>Total number of operations over all jobs.</summary>
    public int OperationCount { get; }

    /// <summary>Validates and creates an instance, or returns the first rule broken.</summary>
    public static InstanceResult Create(string name, IReadOnlyList<Job> jobs, IReadOnlyList<Machine> machines, EnergyProfile? energy = null)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(machines);
        var error = Validate(jobs, machines, energy);
        return error is null
            ? InstanceResult.Success(new Instance(name, jobs, machines, energy))
            : InstanceResult.Failure(error);
    }

    /// <summary>A copy with other jobs (same machines and energy profile), validated.</summary>
    public InstanceResult WithJobs(IReadOnlyList<Job> jobs) => Create(Name, jobs, Machines, Energy);

    /// <summary>A copy with other machines (same jobs and energy profile), validated.</summary>
    public InstanceResult WithMachines(IReadOnlyList<Machine> machines) => Create(Name, Jobs, machines, Energy);

    private static string? Validate(IReadOnlyList<Job> jobs, IReadOnlyList<Machine> machines, EnergyProfile? energy)
    {
        if (machines.Count == 0)
        {
            return "machines: at least one machine is required";
        }
        for (var k = 0; k < machines.Count; k++)
        {
            var machine = machines[k];
            if (machine.PowerKw < 0 || double.IsNaN(machine.PowerKw))
            {
                return $"machines[{k}].PowerKw: must be at least 0";
            }
            if (machine.CostPerHour < 0)
            {
                return $"machines[{k}].CostPerHour: must be at least 0";
            }
            for (var w = 0; w < machine.Unavailable.Count; w++)
            {
                var window = machine.Unavailable[w];
                if (window.EndTick <= window.StartTick)
                {
                    return $"machines[{k}].Unavailable[{w}]: end must be after start";
                }
            }
        }
        for (var j = 0; j < jobs.Count; j++)
        {
            var job = jobs[j];
            if (job.Operations.Count == 0)
            {
                return $"jobs[{j}].Operations: at least one operation is required";
            }
            if (job.ReleaseTick < 0)
            {
                return $"jobs[{j}].ReleaseTick: must be at least 0";
            }
            if (job.Weight < 0 || double.IsNaN(job.Weight))
            {
                return $"jobs[{j}].Weight: must be at least 0";
            }
            for (var o = 0; o < job.Operations.Count; o++)
            {
                var error = ValidateOperation(job.Operations[o], machines.Count, $"jobs[{j}].Operations[{o}]");
                if (error is not null)
                {
                    return error;
                }
                foreach (var p in job.Operations[o].PredecessorsAt(o))
                {
                    if (p < 0 || p >= o)
                    {
                        return $"jobs[{j}].Operations[{o}].Predecessors: {p} must be the index of an earlier operation of the job (0..{o - 1})";
                    }
                }
            }
        }
        if (energy is not null && (energy.TicksPerHour < 1 || energy.PricePerKwh.Count == 0 || energy.KgCo2ePerKwh.Count == 0))
        {
            return "energy: TicksPerHour must be at least 1 and both hourly lists need at least one entry";
        }
        return null;
    }

    private static string? ValidateOperation(Operation operation, int machineCount, string path)
    {
        if (operation.Options.Count == 0)
        {
            return $"{path}.Options: at least one eligible machine is required";
        }
        for (var a = 0; a < operation.Options.Count; a++)
        {
            var option = operation.Options[a];
            if (option.Machine < 0 || option.Machine >= machineCount)
            {
                return $"{path}.Options[{a}].Machine: {option.Machine} is not a machine index (0..{machineCount - 1})";
            }
            if (option.DurationTicks < 0 || option.SetupTicks < 0)
            {
                return $"{path}.Options[{a}]: duration and setup must be at least 0";
            }
            for (var b = 0; b < a; b++)
            {
                if (operation.Options[b].Machine == option.Machine)
                {
                    return $"{path}.Options[{a}].Machine: machine {option.Machine} is listed twice";
                }
            }
        }
        return null;
    }
}
