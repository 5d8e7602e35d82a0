namespace Microfactory.Server.Features.Plans;

/// <summary>A planner's pin: the operation runs on <see cref="MachineId"/> from <see cref="Start"/>, whatever else changes.</summary>
internal sealed record PlanPin(string OperationId, string FactoryId, string MachineId, DateTimeOffset Start, string? UserId, DateTimeOffset CreatedAt);
