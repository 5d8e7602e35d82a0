using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Plans;

/// <summary>A factory's live plan on the wire: the version in force, why it exists, its KPIs and every operation.</summary>
internal sealed record PlanResponse(
    string FactoryId,
    long Version,
    DateTimeOffset CreatedAt,
    string Reason,
    IReadOnlyList<PlanEventResponse> Events,
    PlanKpis Kpis,
    IReadOnlyList<PlanOperationResponse> Operations);

/// <summary>
/// One operation of the plan. <c>operationId</c> is stable across versions (<c>{lineId}.{unit}.{stepId}</c>); <c>after</c>
/// lists the operations of the same unit it waits for; <c>started</c> means its planned start has passed (it no longer
/// moves), <c>pinned</c> that a planner fixed it, <c>late</c> that it ends after the order's due time.
/// </summary>
internal sealed record PlanOperationResponse(
    string OrderId,
    string LineId,
    int Unit,
    string OperationId,
    string StepId,
    IReadOnlyList<string> After,
    string MachineId,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool Pinned,
    bool Late,
    bool Started);

/// <summary>An event a plan version answers: what happened, to what, by whom.</summary>
internal sealed record PlanEventResponse(string Kind, string SubjectId, string? UserId, DateTimeOffset RecordedAt)
{
    public static PlanEventResponse From(PlanEventRecord e) => new(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.Kind.ToString()), e.SubjectId, e.UserId, e.RecordedAt);
}

/// <summary>A stored plan version without its operations: KPIs over time.</summary>
internal sealed record PlanVersionResponse(long Version, DateTimeOffset CreatedAt, string Reason, IReadOnlyList<PlanEventResponse> Events, PlanKpis Kpis)
{
    public static PlanVersionResponse From(StoredVersion v) => new(v.Version, v.CreatedAt, v.Reason, [.. v.Events.Select(PlanEventResponse.From)], v.Kpis);
}

/// <summary>What the plan's event stream sends (event <c>plan</c>) whenever a version is stored.</summary>
internal sealed record PlanNoticeResponse(long Version, DateTimeOffset CreatedAt, string Reason);

/// <summary>A downtime window for a machine: from and to are ISO 8601 date-times with offset, to after from and in the future.</summary>
[RequiredFields(nameof(From), nameof(To), nameof(Reason))]
internal sealed record MachineDowntimeInput(DateTimeOffset? From, DateTimeOffset? To, string? Reason);

/// <summary>A machine's downtime window; <c>id</c> names it for removal.</summary>
internal sealed record MachineDowntimeResponse(string Id, string MachineId, DateTimeOffset From, DateTimeOffset To, string Reason);

/// <summary>Where and when a pinned operation must run: a capable machine of its factory and a start (ISO 8601, not in the past).</summary>
[RequiredFields(nameof(MachineId), nameof(Start))]
internal sealed record PinInput(string? MachineId, DateTimeOffset? Start);

/// <summary>A pin: the operation runs on the machine from start to end, whatever else changes, until it is unpinned.</summary>
internal sealed record PinResponse(string OperationId, string MachineId, DateTimeOffset Start, DateTimeOffset End, string? PinnedBy);

/// <summary>An order's priority, −10…10 (0 normal; higher goes first when due dates compete).</summary>
[RequiredFields(nameof(Priority))]
internal sealed record PriorityInput(int? Priority);

/// <summary>
/// Why an order completes when it does: the critical chain of its last-finishing unit, earliest link first, each with
/// what held it back and one readable sentence.
/// </summary>
internal sealed record ExplanationResponse(
    string OrderId,
    DateTimeOffset? PromisedCompletion,
    DateTimeOffset PlannedCompletion,
    bool Late,
    IReadOnlyList<ExplanationLinkResponse> Links,
    string Summary);

/// <summary>
/// One link of the critical chain. <c>reason</c>: scheduleStart, release, jobPredecessor (waits for the previous step
/// of its unit), machineBusy (waits for the operation before it on the machine), machineUnavailable (outside shifts or
/// in downtime), slack. <c>operationId</c> and <c>orderId</c> are null for other customers' work.
/// </summary>
internal sealed record ExplanationLinkResponse(
    string? OperationId,
    string? OrderId,
    string? StepId,
    string MachineId,
    string MachineName,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Reason,
    long WaitMinutes,
    string Sentence);
