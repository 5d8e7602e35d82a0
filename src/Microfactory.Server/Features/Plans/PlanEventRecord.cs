namespace Microfactory.Server.Features.Plans;

/// <summary>A recorded <see cref="PlanEvent"/>: its id and when it was recorded.</summary>
internal sealed record PlanEventRecord(string Id, PlanEventKind Kind, string SubjectId, string? UserId, DateTimeOffset RecordedAt);
