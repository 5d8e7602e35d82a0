namespace Microfactory.Server.Features.Plans;

/// <summary>Where and when one operation of a plan version runs, in absolute time: what is stored and what the next version starts from.</summary>
internal sealed record PlanOperation(string OperationId, string MachineId, DateTimeOffset Start, DateTimeOffset End);
