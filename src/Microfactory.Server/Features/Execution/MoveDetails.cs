namespace Microfactory.Server.Features.Execution;

/// <summary>
/// The particulars of one move: when it happened on the floor, the machine a start runs on (null: the plan's), why
/// (pauses), the counts (finish), the source (<c>operator</c>, <c>telemetry</c>, <c>simulation</c>) and the user.
/// </summary>
internal sealed record MoveDetails(DateTimeOffset At, string? MachineId, string? Reason, int? Good, int? Scrap, string Source, string? UserId);
