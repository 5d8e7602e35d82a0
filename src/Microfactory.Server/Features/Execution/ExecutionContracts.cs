using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Execution;

/// <summary>Body of POST /operations/{id}/start: the machine it starts on (default: the one the live plan gives it).</summary>
internal sealed record OperationStartInput(string? MachineId);

/// <summary>Body of POST /operations/{id}/pause: why, in a few words (optional).</summary>
internal sealed record OperationPauseInput(string? Reason);

/// <summary>Body of POST /operations/{id}/finish: good parts (1: the unit's part) and scrapped attempts on the way.</summary>
[RequiredFields(nameof(Good), nameof(Scrap))]
internal sealed record OperationFinishInput(int? Good, int? Scrap);

/// <summary>One operation on the shop floor: its state, where and when it ran, its counts, and its audit trail.</summary>
internal sealed record OperationResponse(
    string OperationId,
    string OrderId,
    string LineId,
    int Unit,
    string StepId,
    string? Serial,
    string State,
    string? MachineId,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    long RunSeconds,
    int Good,
    int Scrap,
    string? OperatorId,
    IReadOnlyList<OperationEventResponse> Events);

/// <summary>One entry of an operation's audit trail.</summary>
internal sealed record OperationEventResponse(int Sequence, string Action, string MachineId, DateTimeOffset At, int? Good, int? Scrap, string Source, string? UserId, string? Reason);

/// <summary>A unit in an order: its serial number and whether it is in production (<c>inProduction</c>) or <c>completed</c>.</summary>
internal sealed record UnitSummary(string Serial, int LineNumber, int Unit, UnitStatus Status);

/// <summary>A produced unit with its as-built record (once completed).</summary>
internal sealed record UnitResponse(
    string Serial,
    string OrderId,
    string LineId,
    int LineNumber,
    int Unit,
    string TemplateId,
    string TemplateVersion,
    UnitStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt,
    AsBuiltRecord? AsBuilt)
{
    public static UnitResponse From(ProducedUnit u) =>
        new(u.Serial, u.OrderId, u.LineId, u.LineNumber, u.Unit, u.TemplateId, u.TemplateVersion, u.Status, u.StartedAt, u.CompletedAt, u.AsBuilt);
}
