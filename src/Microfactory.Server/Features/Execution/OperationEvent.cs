using Microfactory.Shopfloor.Execution;

namespace Microfactory.Server.Features.Execution;

/// <summary>One appended move of an operation: what (<see cref="Action"/>), when it happened on the floor (<see cref="At"/>), from which source, by whom.</summary>
internal sealed record OperationEvent(
    string OperationId,
    int Sequence,
    OperationAction Action,
    string MachineId,
    DateTimeOffset At,
    int? Good,
    int? Scrap,
    string Source,
    string? UserId,
    string? Reason,
    DateTimeOffset RecordedAt);
