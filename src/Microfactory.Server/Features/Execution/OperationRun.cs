using Microfactory.Shopfloor.Execution;

namespace Microfactory.Server.Features.Execution;

/// <summary>
/// The current state of one planned operation that has been started: where it runs, since when, how long it has
/// really run (<see cref="RunMs"/>: running time without pauses, up to <see cref="ChangedAt"/>), its counts and who
/// started it. <see cref="Sequence"/> is the number of its last event in the audit trail.
/// </summary>
internal sealed record OperationRun(
    string OperationId,
    string FactoryId,
    string OrderId,
    string LineId,
    int Unit,
    string StepId,
    string MachineId,
    OperationState State,
    int Sequence,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    DateTimeOffset ChangedAt,
    long RunMs,
    int Good,
    int Scrap,
    string? OperatorId);
