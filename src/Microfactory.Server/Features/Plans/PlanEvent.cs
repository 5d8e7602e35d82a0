namespace Microfactory.Server.Features.Plans;

/// <summary>A change the plan of <see cref="FactoryId"/> must follow: <see cref="SubjectId"/> is the order, machine or operation it concerns; <see cref="UserId"/> who made it (null for the system).</summary>
internal sealed record PlanEvent(string FactoryId, PlanEventKind Kind, string SubjectId, string? UserId);
