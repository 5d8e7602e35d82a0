namespace Microfactory.Simulation.Model;

/// <summary>
/// What the simulated twin executes: machines, the plan of operations and the seed of all
/// randomness. Immutable and validated on creation; time is in integer ticks of one second
/// from tick 0 (the host maps tick 0 to its own epoch).
/// </summary>
public sealed class SimulationModel
{
    private SimulationModel(IReadOnlyList<MachineSpec> machines, IReadOnlyList<OperationSpec> operations, long seed, long meterIntervalTicks)
    {
        Machines = machines;
        Operations = operations;
        Seed = seed;
        MeterIntervalTicks = meterIntervalTicks;
    }

    /// <summary>The machines; their index in this list also picks their random streams.</summary>
    public IReadOnlyList<MachineSpec> Machines { get; }

    /// <summary>The plan; each machine runs its operations in this order.</summary>
    public IReadOnlyList<OperationSpec> Operations { get; }

    /// <summary>The seed of every random draw: same model, same seed, same calls → same events.</summary>
    public long Seed { get; }

    /// <summary>Ticks between periodic energy-meter readings (readings are also taken at every state change).</summary>
    public long MeterIntervalTicks { get; }

    /// <summary>Validates and creates a model, or returns the first rule broken with the field named.</summary>
    public static ModelResult Create(IReadOnlyList<MachineSpec> machines, IReadOnlyList<OperationSpec> operations, long seed, long meterIntervalTicks = 60)
    {
        ArgumentNullException.ThrowIfNull(machines);
        ArgumentNullException.ThrowIfNull(operations);
        IReadOnlyList<OperationSpec> plan = operations.Count <= SimulationLimits.MaxOperations ? PlanValidator.Snapshot(operations) : operations;
        var error = MachineValidator.Validate(machines)
            ?? (meterIntervalTicks < SimulationLimits.MinMeterIntervalTicks || meterIntervalTicks > SimulationLimits.MaxDurationTicks
                ? $"meterIntervalTicks: must be between {SimulationLimits.MinMeterIntervalTicks} and {SimulationLimits.MaxDurationTicks}, was {meterIntervalTicks}"
                : null)
            ?? PlanValidator.Validate(plan, MachineValidator.Index(machines), static _ => false);
        return error is null
            ? ModelResult.Success(new SimulationModel([.. machines], plan, seed, meterIntervalTicks))
            : ModelResult.Failure(error);
    }

    /// <summary>A copy with another plan (same machines, seed and meter interval), validated.</summary>
    public ModelResult WithOperations(IReadOnlyList<OperationSpec> operations) => Create(Machines, operations, Seed, MeterIntervalTicks);
}
