namespace Microfactory.Server.Features.Plans;

/// <summary>A plan version as stored: <see cref="Operations"/> is null when only the summary was read.</summary>
internal sealed record StoredVersion(string FactoryId, long Version, DateTimeOffset CreatedAt, string Reason, IReadOnlyList<PlanEventRecord> Events, PlanKpis Kpis,
    IReadOnlyList<PlanOperation>? Operations);
