using System.Collections.Frozen;
using Microfactory.Planning.Model;
using Microfactory.Planning.Promising;

namespace Microfactory.Server.Features.Plans;

/// <summary>
/// One version of a factory's live plan, immutable: the factory model and frame it was made in, the instance (job j is
/// <see cref="Units"/>[j]), the schedule and its KPIs. <see cref="Capacity"/> (the idle time quotes may use) is built
/// once, on first use, and shared by every caller.
/// </summary>
internal sealed class LivePlanSnapshot
{
    private readonly Lazy<IdleCapacity> _capacity;
    private readonly FrozenDictionary<string, (int Job, int Operation)> _operations;

    public LivePlanSnapshot(string factoryId, long version, DateTimeOffset createdAt, FactoryModel model, Instance instance, Schedule schedule,
        IReadOnlyList<PlannedUnit> units, PlanKpis kpis)
    {
        FactoryId = factoryId;
        Version = version;
        CreatedAt = createdAt;
        Model = model;
        Instance = instance;
        Schedule = schedule;
        Units = units;
        Kpis = kpis;
        _capacity = new Lazy<IdleCapacity>(() => IdleCapacity.Of(instance, schedule), LazyThreadSafetyMode.ExecutionAndPublication);
        _operations = units.SelectMany((u, j) => u.StepIds.Select((_, o) => (Id: u.OperationId(o), j, o)))
            .ToFrozenDictionary(p => p.Id, p => (p.j, p.o), StringComparer.Ordinal);
    }

    public string FactoryId { get; }

    public long Version { get; }

    public DateTimeOffset CreatedAt { get; }

    public FactoryModel Model { get; }

    public Instance Instance { get; }

    public Schedule Schedule { get; }

    /// <summary>Job index → order line unit.</summary>
    public IReadOnlyList<PlannedUnit> Units { get; }

    public PlanKpis Kpis { get; }

    /// <summary>Why this version exists, readable ("Downtime added on mch_… by usr_…").</summary>
    public string Reason { get; init; } = "";

    /// <summary>The events this version answers (empty for an improvement or a rebuild).</summary>
    public IReadOnlyList<PlanEventRecord> Events { get; init; } = [];

    /// <summary>The present when the version was made, in ticks of <see cref="FactoryModel.Frame"/>: work starting before it had started.</summary>
    public long NowTick { get; init; }

    /// <summary>Operations (job, operation) pinned by planners.</summary>
    public IReadOnlySet<(int Job, int Operation)> Pinned { get; init; } = FrozenSet<(int, int)>.Empty;

    /// <summary>Operations that cannot move: started ones, pinned ones and their job predecessors.</summary>
    public IReadOnlySet<(int Job, int Operation)> Frozen { get; init; } = FrozenSet<(int, int)>.Empty;

    /// <summary>Idle machine time around this plan, for capable-to-promise queries; built once, thread-safe.</summary>
    public IdleCapacity Capacity => _capacity.Value;

    public PlanFrame Frame => Model.Frame;

    /// <summary>The (job, operation) of a stable operation id, or null when this version has no such operation.</summary>
    public (int Job, int Operation)? Find(string operationId) => _operations.TryGetValue(operationId, out var at) ? at : null;

    /// <summary>Every operation of the plan with absolute times, in job then operation order.</summary>
    public IEnumerable<PlanOperation> Operations() =>
        Schedule.Assignments.Select(a => new PlanOperation(Units[a.Job].OperationId(a.Operation), Model.MachineAt(a.Machine).Id, Frame.ToTime(a.StartTick), Frame.ToTime(a.EndTick)));
}
