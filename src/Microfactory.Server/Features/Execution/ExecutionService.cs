using Microfactory.Core.Orders;
using Microfactory.Core.Validation;
using Microfactory.Design.Evaluation;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Plans;
using Microfactory.Server.Features.Telemetry;
using Microfactory.Shopfloor.Execution;
using Microfactory.Shopfloor.Machines;
using Microfactory.Shopfloor.Telemetry;

namespace Microfactory.Server.Features.Execution;

/// <summary>
/// Work on the shop floor: operators (and machines, through telemetry) start, pause, resume and finish the operations
/// of the live plan. Each move is checked against the operation's state, its routing predecessors and its machine,
/// appended to the audit trail, and reflected in the unit (serial number at the first start, as-built record at the
/// last finish) and the order (in production at the first start, completed with its last unit). The live plan is told.
/// </summary>
internal sealed class ExecutionService(
    ExecutionStore store, ExecutionTelemetryStore telemetry, TelemetryIngest ingest, OrderStore orders, MachineStore machines, LivePlans plans,
    Carbon.FootprintSignal footprints, TimeProvider time)
{
    public const int MaxReasonLength = 500;

    /// <summary>Sources of a move: an operator's terminal or API call, a machine's telemetry, the simulated twin.</summary>
    public const string OperatorSource = "operator";

    /// <inheritdoc cref="OperatorSource"/>
    public const string TelemetrySource = "telemetry";

    /// <inheritdoc cref="OperatorSource"/>
    public const string SimulationSource = "simulation";

    public async Task<ServiceResult<OperationResponse>> GetOperationAsync(string operationId, CancellationToken cancellationToken)
    {
        var target = await TargetAsync(operationId, cancellationToken);
        return target is null ? NotFound(operationId) : ServiceResult<OperationResponse>.Ok(await ResponseAsync(target, cancellationToken));
    }

    /// <summary>An operator's move, at the present time.</summary>
    /// <remarks>
    /// The machine's state follows (running on start and resume, idle on pause and finish), reported with source
    /// <c>operator</c> through the telemetry ingest, so a machine without telemetry of its own still shows what it does.
    /// </remarks>
    public async Task<ServiceResult<OperationResponse>> ActAsync(Caller caller, string operationId, OperationAction action, string? machineId, string? reason, int? good, int? scrap,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var at = time.GetUtcNow();
        var result = await ApplyAsync(operationId, action, new MoveDetails(at, machineId, reason, good, scrap, OperatorSource, caller.UserId), cancellationToken);
        if (result.Value is { MachineId: { } machine } moved && await machines.GetAsync(machine, cancellationToken) is { } found)
        {
            var state = action is OperationAction.Start or OperationAction.Resume ? MachineState.Running : MachineState.Idle;
            var why = action switch
            {
                OperationAction.Start => "operation started",
                OperationAction.Resume => "operation resumed",
                OperationAction.Pause => reason is { Length: > 0 } ? $"operation paused: {reason}" : "operation paused",
                _ => "operation finished",
            };
            // The report names the operation at the move's own time: the telemetry reader sees the move as already made.
            var report = new StateReport(found.FactoryId, machine, MessageKey.FromId($"op-{operationId}-{moved.Events.Count}"), at, state,
                why.Length <= 200 ? why : why[..200], action == OperationAction.Pause ? null : operationId);
            await ingest.IngestAsync([report], TelemetrySources.Operator, caller.UserId, cancellationToken);
        }
        return result;
    }

    /// <summary>A move from any source (an operator, telemetry, the simulated twin), as of <see cref="MoveDetails.At"/>.</summary>
    public async Task<ServiceResult<OperationResponse>> ApplyAsync(string operationId, OperationAction action, MoveDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        var target = await TargetAsync(operationId, cancellationToken);
        if (target is null)
        {
            return NotFound(operationId);
        }
        var errors = new FieldErrors();
        if (details.Reason is { Length: > MaxReasonLength })
        {
            errors.Add("reason", $"must be at most {MaxReasonLength} characters.");
        }
        if (action == OperationAction.Finish)
        {
            CheckCounts(errors, details.Good, details.Scrap);
        }
        if (!errors.IsEmpty)
        {
            return ServiceResult<OperationResponse>.Invalid(errors.Errors);
        }
        var run = await store.RunAsync(operationId, cancellationToken);
        var state = run?.State ?? OperationState.Released;
        if (OperationLifecycle.Refusal(state, action) is { } refusal)
        {
            return ServiceResult<OperationResponse>.Conflict("state", $"state is {OperationLifecycle.Name(state)}: {refusal}");
        }
        OperationRun next;
        if (action == OperationAction.Start)
        {
            var (machineId, refused) = await CheckStartAsync(target, details.MachineId, cancellationToken);
            if (refused is not null)
            {
                return refused;
            }
            next = new OperationRun(operationId, target.Order.FactoryId, target.Order.Id, target.Line.Id, target.Unit, target.Step.Id, machineId!, OperationState.Running, 1,
                details.At, null, details.At, 0, 0, 0, details.UserId);
        }
        else
        {
            var current = run!;
            if (details.At < current.ChangedAt)
            {
                return ServiceResult<OperationResponse>.Invalid("at", $"must not be before the operation's last change ({current.ChangedAt:O}).");
            }
            var ran = current.State == OperationState.Running ? (long)(details.At - current.ChangedAt).TotalMilliseconds : 0;
            next = current with
            {
                State = OperationLifecycle.Next(current.State, action)!.Value,
                Sequence = current.Sequence + 1,
                ChangedAt = details.At,
                RunMs = current.RunMs + ran,
                EndedAt = action == OperationAction.Finish ? details.At : null,
                Good = action == OperationAction.Finish ? details.Good!.Value : current.Good,
                Scrap = action == OperationAction.Finish ? details.Scrap!.Value : current.Scrap,
            };
        }
        var completes = false;
        AsBuiltRecord? asBuilt = null;
        if (action == OperationAction.Finish)
        {
            var runs = (await store.RunsOfUnitAsync(target.Line.Id, target.Unit, cancellationToken)).Where(r => r.OperationId != operationId).Append(next).ToList();
            var done = runs.Where(r => r.State == OperationState.Done).Select(r => r.StepId).ToHashSet(StringComparer.Ordinal);
            completes = target.Routing.All(s => done.Contains(s.Id));
            if (completes)
            {
                asBuilt = await AsBuiltAsync(runs, cancellationToken);
            }
        }
        var unit = new ProducedUnit(SerialNumbers.Of(target.Line.Id, target.Unit), target.Order.FactoryId, target.Order.Id, target.Line.Id, target.Line.LineNumber, target.Unit,
            target.Line.TemplateId, target.Line.TemplateVersion, completes ? UnitStatus.Completed : UnitStatus.InProduction, details.At, completes ? details.At : null, asBuilt);
        var move = new OperationEvent(operationId, next.Sequence, action, next.MachineId, details.At, action == OperationAction.Finish ? next.Good : null,
            action == OperationAction.Finish ? next.Scrap : null, details.Source, details.UserId, details.Reason, time.GetUtcNow());
        var write = new ExecutionWrite(move, next, run?.Sequence ?? 0, unit, completes, target.Order.Lines.Sum(l => l.Quantity));
        if (!await store.ApplyAsync(write, cancellationToken))
        {
            return ServiceResult<OperationResponse>.Conflict("state", "the operation changed meanwhile (another move landed first); read it again and retry.");
        }
        await plans.NotifyAsync(new PlanEvent(target.Order.FactoryId, EventKind(action), operationId, details.UserId), cancellationToken);
        if (completes)
        {
            footprints.UnitCompleted();
        }
        return ServiceResult<OperationResponse>.Ok(await ResponseAsync(target, cancellationToken));
    }

    /// <summary>A unit by serial number: staff see every unit, a customer only those of its own orders (404 for the rest).</summary>
    public async Task<ServiceResult<UnitResponse>> UnitAsync(Caller caller, string serial, CancellationToken cancellationToken)
    {
        var unit = serial.Length <= SerialNumbers.MaxLength ? await store.UnitAsync(serial, cancellationToken) : null;
        if (unit is not null && !caller.IsStaff && !Own(caller, await orders.GetAsync(unit.OrderId, cancellationToken)))
        {
            unit = null;
        }
        return unit is null
            ? ServiceResult<UnitResponse>.NotFound($"No unit with serial number '{Short(serial)}'.")
            : ServiceResult<UnitResponse>.Ok(UnitResponse.From(unit));
    }

    /// <summary>The units of an order whose work has started, for the order's page.</summary>
    public async Task<IReadOnlyList<UnitSummary>> UnitsOfOrderAsync(string orderId, CancellationToken cancellationToken) =>
        [.. (await store.UnitsOfOrderAsync(orderId, cancellationToken)).Select(u => new UnitSummary(u.Serial, u.LineNumber, u.Unit, u.Status))];

    private static void CheckCounts(FieldErrors errors, int? good, int? scrap)
    {
        if (good is null)
        {
            errors.Add("good", "is required.");
        }
        else if (good != 1)
        {
            errors.Add("good", "must be 1: an operation makes one unit's part; report failed attempts as scrap.");
        }
        if (scrap is < 0)
        {
            errors.Add("scrap", "must be 0 or more.");
        }
        else if (scrap is > 10_000)
        {
            errors.Add("scrap", "must be at most 10000.");
        }
        else if (scrap is null)
        {
            errors.Add("scrap", "is required (0 when nothing was scrapped).");
        }
    }

    /// <summary>What an operation id names: the order, line, unit and routing step (with the whole routing); null when it names nothing on the plan's orders.</summary>
    private async Task<OperationTarget?> TargetAsync(string operationId, CancellationToken cancellationToken)
    {
        if (!OperationIds.TryParse(operationId, out var lineId, out var unit, out var stepId) || lineId.Length > 100)
        {
            return null;
        }
        var orderId = await store.OrderOfLineAsync(lineId, cancellationToken);
        var order = orderId is null ? null : await orders.GetAsync(orderId, cancellationToken);
        var line = order?.Lines.FirstOrDefault(l => l.Id == lineId);
        if (order is null || line is null || unit > line.Quantity || order.Status is OrderStatus.Draft or OrderStatus.Cancelled)
        {
            return null;
        }
        var routing = await plans.RoutingAsync(line, cancellationToken);
        var step = routing?.FirstOrDefault(s => s.Id == stepId);
        return step is null ? null : new OperationTarget(operationId, order, line, unit, step, routing!);
    }

    /// <summary>The machine a start runs on, or the refusal: predecessors not done, machine not capable or busy, operation not on the plan.</summary>
    private async Task<(string? MachineId, ServiceResult<OperationResponse>? Refused)> CheckStartAsync(OperationTarget target, string? requested, CancellationToken cancellationToken)
    {
        if (!target.Order.IsOpenForProduction)
        {
            return (null, ServiceResult<OperationResponse>.Conflict("state", $"the order is {target.Order.Status}: its work can no longer start."));
        }
        var runs = (await store.RunsOfUnitAsync(target.Line.Id, target.Unit, cancellationToken)).ToDictionary(r => r.StepId, StringComparer.Ordinal);
        var waiting = target.Step.Predecessors.Where(p => !runs.TryGetValue(p, out var r) || r.State != OperationState.Done).ToList();
        if (waiting.Count > 0)
        {
            return (null, ServiceResult<OperationResponse>.Conflict("state",
                $"the operation waits for {string.Join(", ", waiting.Select(p => OperationIds.Of(target.Line.Id, target.Unit, p)))} to be done first."));
        }
        string? machineId = requested;
        if (machineId is null)
        {
            var plan = await plans.CurrentAsync(target.Order.FactoryId, cancellationToken);
            if (plan.Find(target.OperationId) is not { } at || plan.Schedule.Find(at.Job, at.Operation) is not { } assignment)
            {
                return (null, ServiceResult<OperationResponse>.Conflict("machineId", "the live plan has no machine for this operation yet; name one (machineId)."));
            }
            machineId = plan.Model.MachineAt(assignment.Machine).Id;
        }
        var machine = machineId.Length <= 100 ? await machines.GetAsync(machineId, cancellationToken) : null;
        if (machine is null || machine.FactoryId != target.Order.FactoryId)
        {
            return (null, ServiceResult<OperationResponse>.Invalid("machineId", $"no machine '{Short(machineId)}' in factory {target.Order.FactoryId}."));
        }
        if (!machine.Capabilities.Contains(target.Step.CapabilityId))
        {
            return (null, ServiceResult<OperationResponse>.Invalid("machineId", $"{machine.Name} cannot do step '{target.Step.Id}': it lacks capability '{target.Step.CapabilityId}'."));
        }
        var busy = (await store.ActiveOnMachineAsync(machine.Id, cancellationToken)).FirstOrDefault(r => r.State == OperationState.Running);
        if (busy is not null)
        {
            return (null, ServiceResult<OperationResponse>.Conflict("machineId", $"{machine.Name} is running operation {busy.OperationId}: pause or finish it first."));
        }
        return (machine.Id, null);
    }

    private async Task<OperationResponse> ResponseAsync(OperationTarget target, CancellationToken cancellationToken)
    {
        var run = await store.RunAsync(target.OperationId, cancellationToken);
        var events = run is null ? [] : await store.EventsAsync(target.OperationId, cancellationToken);
        return new OperationResponse(target.OperationId, target.Order.Id, target.Line.Id, target.Unit, target.Step.Id,
            run is null ? null : SerialNumbers.Of(target.Line.Id, target.Unit), OperationLifecycle.Name(run?.State ?? OperationState.Released), run?.MachineId,
            run?.StartedAt, run?.EndedAt, (run?.RunMs ?? 0) / 1000, run?.Good ?? 0, run?.Scrap ?? 0, run?.OperatorId,
            [.. events.Select(e => new OperationEventResponse(e.Sequence, e.Action.ToString().ToLowerInvariant(), e.MachineId, e.At, e.Good, e.Scrap, e.Source, e.UserId, e.Reason))]);
    }

    /// <summary>
    /// The as-built record of a unit from its (all done) operations, in the order they ended, each with the kWh its
    /// machine's meter advanced from its start to its end (null where the machine has no meter readings around it).
    /// </summary>
    private async Task<AsBuiltRecord> AsBuiltAsync(IReadOnlyList<OperationRun> runs, CancellationToken cancellationToken)
    {
        var operations = new List<AsBuiltOperation>();
        foreach (var r in runs.OrderBy(r => r.EndedAt).ThenBy(r => r.OperationId, StringComparer.Ordinal))
        {
            var kwh = await telemetry.EnergyKwhAsync(r.MachineId, r.StartedAt, r.EndedAt!.Value, cancellationToken);
            operations.Add(new AsBuiltOperation(r.OperationId, r.StepId, r.MachineId, r.StartedAt, r.EndedAt.Value, r.RunMs / 1000, r.OperatorId, r.Good, r.Scrap, kwh));
        }
        var energy = operations.All(o => o.EnergyKwh is not null) ? operations.Sum(o => o.EnergyKwh!.Value) : (decimal?)null;
        return new AsBuiltRecord(operations, operations.Sum(o => o.Scrap), energy);
    }

    private static PlanEventKind EventKind(OperationAction action) => action switch
    {
        OperationAction.Start => PlanEventKind.OperationStarted,
        OperationAction.Pause => PlanEventKind.OperationPaused,
        OperationAction.Resume => PlanEventKind.OperationResumed,
        _ => PlanEventKind.OperationFinished,
    };

    private static bool Own(Caller caller, Order? order) => order is not null && caller.MayActFor(order.CustomerId);

    private static ServiceResult<OperationResponse> NotFound(string operationId) =>
        ServiceResult<OperationResponse>.NotFound($"No operation '{Short(operationId)}' on an order of the plan.");

    private static string Short(string value) => value.Length <= 80 ? value : value[..80] + "…";

    private sealed record OperationTarget(string OperationId, Order Order, OrderLine Line, int Unit, RoutingStep Step, IReadOnlyList<RoutingStep> Routing);
}
