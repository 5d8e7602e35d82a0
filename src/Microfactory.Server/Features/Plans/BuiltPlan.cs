using Microfactory.Planning.Model;

namespace Microfactory.Server.Features.Plans;

/// <summary>A plan made by <see cref="PlanBuilder"/>, before it has a version number.</summary>
internal sealed record BuiltPlan(
    FactoryModel Model,
    Instance Instance,
    Schedule Schedule,
    IReadOnlyList<PlannedUnit> Units,
    long NowTick,
    IReadOnlySet<(int Job, int Operation)> Pinned,
    IReadOnlySet<(int Job, int Operation)> Frozen,
    PlanKpis Kpis,
    IReadOnlyList<string> Problems);
