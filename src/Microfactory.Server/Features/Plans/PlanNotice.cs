namespace Microfactory.Server.Features.Plans;

/// <summary>What server-sent-event subscribers hear when a version is stored.</summary>
internal sealed record PlanNotice(string FactoryId, long Version, DateTimeOffset CreatedAt, string Reason);
