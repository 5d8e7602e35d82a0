using System.Globalization;
using Microfactory.Core.Ids;
using Microfactory.Core.Orders;
using Microfactory.Core.Validation;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Plans;

/// <summary>
/// The plan's application service: reads the live plan and its versions, and takes the planners' changes — machine
/// downtime, pins, order priority — checks them against the plan in force, stores them and tells the live plan.
/// </summary>
internal sealed class PlanService(LivePlans plans, PlanStore store, FactoryStore factories, MachineStore machines, OrderStore orders, TimeProvider time)
{
    public const string DowntimePrefix = "dtm";
    public const int MaxReasonLength = 500;
    public const int MaxDowntimeDays = 366;

    public async Task<ServiceResult<LivePlanSnapshot>> GetAsync(string factoryId, CancellationToken cancellationToken)
    {
        if (factoryId.Length > 100 || !await factories.ExistsAsync(factoryId, cancellationToken))
        {
            return ServiceResult<LivePlanSnapshot>.NotFound($"No factory with id '{Short(factoryId)}'.");
        }
        if ((await machines.ListAsync(factoryId, 0, 1, cancellationToken)).Total == 0)
        {
            return ServiceResult<LivePlanSnapshot>.Conflict("factoryId", $"Factory '{factoryId}' has no machine yet, so it has no plan.");
        }
        return ServiceResult<LivePlanSnapshot>.Ok(await plans.CurrentAsync(factoryId, cancellationToken));
    }

    public async Task<ServiceResult<ItemPage<StoredVersion>>> VersionsAsync(string factoryId, PageRequest page, CancellationToken cancellationToken)
    {
        if (factoryId.Length > 100 || !await factories.ExistsAsync(factoryId, cancellationToken))
        {
            return ServiceResult<ItemPage<StoredVersion>>.NotFound($"No factory with id '{Short(factoryId)}'.");
        }
        var (items, total) = await store.ListVersionsAsync(factoryId, page.Offset, page.PageSize, cancellationToken);
        return ServiceResult<ItemPage<StoredVersion>>.Ok(new ItemPage<StoredVersion>(items, page.Page, page.PageSize, total));
    }

    /// <summary>
    /// Adds a downtime window. Work that has started or is pinned never moves, so a window over such work on this
    /// machine is refused (409 naming the operation): unpin it, or let the window begin when the work ends.
    /// </summary>
    public async Task<ServiceResult<MachineDowntimeResponse>> AddDowntimeAsync(Caller caller, string machineId, MachineDowntimeInput input, CancellationToken cancellationToken)
    {
        var machine = machineId.Length <= 100 ? await machines.GetAsync(machineId, cancellationToken) : null;
        if (machine is null)
        {
            return ServiceResult<MachineDowntimeResponse>.NotFound($"No machine with id '{Short(machineId)}'.");
        }
        var now = time.GetUtcNow();
        var errors = new FieldErrors();
        errors.Required("from", input.From);
        errors.Required("to", input.To);
        errors.Text("reason", input.Reason, MaxReasonLength);
        if (input.From is { } f && input.To is { } t)
        {
            errors.Check(t > f, "to", "to must be after from.");
            errors.Check(t > now, "to", $"to must be in the future (now is {Iso(now)}): a downtime that is over changes no plan.");
            errors.Check(t - f <= TimeSpan.FromDays(MaxDowntimeDays), "to", $"to may be at most {MaxDowntimeDays} days after from.");
        }
        errors.Check(machine.Calendar.Downtimes.Length < MachineService.MaxDowntimes, "from", $"machine '{machineId}' already has {MachineService.MaxDowntimes} downtime windows: remove windows that are over first.");
        if (!errors.IsEmpty)
        {
            return ServiceResult<MachineDowntimeResponse>.Invalid(errors.Errors);
        }
        // Stored to the millisecond: compare as stored.
        var from = UnixTime.FromMs(UnixTime.ToMs(input.From!.Value));
        var to = UnixTime.FromMs(UnixTime.ToMs(input.To!.Value));
        var window = new Core.Time.TimeWindow(from, to, input.Reason!.Trim());
        if (machine.Calendar.Downtimes.FirstOrDefault(d => d.Overlaps(window)) is { } other)
        {
            return ServiceResult<MachineDowntimeResponse>.Conflict("from",
                $"from–to overlaps the downtime {Iso(other.StartsAt)} to {Iso(other.EndsAt)} ({other.Reason}) of machine '{machineId}': downtime windows must not overlap; remove that one or join them.");
        }
        var plan = await plans.CurrentAsync(machine.FactoryId, cancellationToken);
        var k = plan.Model.IndexOf(machineId);
        foreach (var (j, o) in PlanBuilder.Frozen(plan.Instance, plan.Schedule, plan.Frame.ToTick(now), plan.Pinned).Order())
        {
            if (plan.Schedule.Find(j, o) is { } a && a.Machine == k && plan.Frame.ToTime(a.StartTick) < to && from < plan.Frame.ToTime(a.EndTick))
            {
                var kind = plan.Pinned.Contains((j, o)) ? "is pinned" : a.StartTick < plan.Frame.ToTick(now) ? "has started" : "must finish before a pinned operation";
                return ServiceResult<MachineDowntimeResponse>.Conflict("from",
                    $"from–to overlaps operation {plan.Units[j].OperationId(o)} on {machine.Name} ({Iso(plan.Frame.ToTime(a.StartTick))} to {Iso(plan.Frame.ToTime(a.EndTick))}), which {kind} and never moves: unpin it, or let the downtime begin at {Iso(plan.Frame.ToTime(a.EndTick))}.");
            }
        }
        if (!await store.InsertDowntimeAsync(machineId, window, now, cancellationToken))
        {
            return ServiceResult<MachineDowntimeResponse>.Conflict("from", $"machine '{machineId}' already has a downtime starting at {Iso(from)}.");
        }
        await plans.NotifyAsync(new PlanEvent(machine.FactoryId, PlanEventKind.DowntimeAdded, machineId, caller.UserId), cancellationToken);
        return ServiceResult<MachineDowntimeResponse>.Ok(new MachineDowntimeResponse(DowntimeId(from), machineId, from, to, window.Reason));
    }

    public async Task<ServiceResult<MachineDowntimeResponse>> RemoveDowntimeAsync(Caller caller, string machineId, string downtimeId, CancellationToken cancellationToken)
    {
        var machine = machineId.Length <= 100 ? await machines.GetAsync(machineId, cancellationToken) : null;
        if (machine is null)
        {
            return ServiceResult<MachineDowntimeResponse>.NotFound($"No machine with id '{Short(machineId)}'.");
        }
        var window = machine.Calendar.Downtimes.FirstOrDefault(d => DowntimeId(d.StartsAt) == downtimeId);
        if (window is null || !await store.DeleteDowntimeAsync(machineId, UnixTime.ToMs(window.StartsAt), time.GetUtcNow(), cancellationToken))
        {
            return ServiceResult<MachineDowntimeResponse>.NotFound($"Machine '{machineId}' has no downtime '{Short(downtimeId)}'.");
        }
        await plans.NotifyAsync(new PlanEvent(machine.FactoryId, PlanEventKind.DowntimeRemoved, machineId, caller.UserId), cancellationToken);
        return ServiceResult<MachineDowntimeResponse>.Ok(new MachineDowntimeResponse(downtimeId, machineId, window.StartsAt, window.EndsAt, window.Reason));
    }

    /// <summary>A downtime's id: its start in Unix milliseconds (unique per machine, kept when the machine is replaced).</summary>
    public static string DowntimeId(DateTimeOffset startsAt) => string.Create(CultureInfo.InvariantCulture, $"{DowntimePrefix}_{UnixTime.ToMs(startsAt)}");

    /// <summary>
    /// Pins an operation of the plan in force to a machine and start: the machine must be able to do the step and be
    /// available throughout, the time must be free of started and pinned work, after the operation's predecessors and
    /// before its pinned successors, and not in the past.
    /// </summary>
    public async Task<ServiceResult<PinResponse>> PinAsync(Caller caller, string operationId, PinInput input, CancellationToken cancellationToken)
    {
        var found = await FindOperationAsync(operationId, cancellationToken);
        if (found is not { } at)
        {
            return ServiceResult<PinResponse>.NotFound($"No operation '{Short(operationId)}' on any live plan.");
        }
        var (plan, j, o) = at;
        var now = time.GetUtcNow();
        var nowTick = plan.Frame.ToTick(now);
        var errors = new FieldErrors();
        errors.Required("machineId", input.MachineId);
        errors.Required("start", input.Start);
        if (!errors.IsEmpty)
        {
            return ServiceResult<PinResponse>.Invalid(errors.Errors);
        }
        var operation = plan.Instance.Jobs[j].Operations[o];
        var stepId = plan.Units[j].StepIds[o];
        var k = plan.Model.IndexOf(input.MachineId!);
        if (k < 0)
        {
            return ServiceResult<PinResponse>.Invalid("machineId", $"machineId '{Short(input.MachineId!)}' names no machine of factory '{plan.FactoryId}'.");
        }
        var option = operation.Options.FirstOrDefault(x => x.Machine == k);
        if (option is null)
        {
            return ServiceResult<PinResponse>.Invalid("machineId",
                $"machineId: {plan.Model.MachineAt(k).Name} cannot do step '{stepId}'; capable machines: {string.Join(", ", operation.Options.Select(x => plan.Model.MachineAt(x.Machine).Id))}.");
        }
        var start = plan.Frame.ToTick(input.Start!.Value);
        var end = start + option.OccupiedTicks;
        if (start < nowTick)
        {
            return ServiceResult<PinResponse>.Invalid("start", $"start must not be in the past (now is {Iso(now)}).");
        }
        if (end > plan.Frame.HorizonTick)
        {
            return ServiceResult<PinResponse>.Invalid("start", $"start must leave the operation inside the plan's horizon, which ends at {Iso(plan.Frame.HorizonEnd)}.");
        }
        var current = plan.Schedule.Find(j, o)!;
        if (current.StartTick < nowTick)
        {
            return ServiceResult<PinResponse>.Conflict("operationId", $"operation {operationId} has started ({Iso(plan.Frame.ToTime(current.StartTick))}) and can no longer be pinned elsewhere.");
        }
        if (!plan.Model.IsAvailable(k, start, end))
        {
            return ServiceResult<PinResponse>.Conflict("start",
                $"start: {plan.Model.MachineAt(k).Name} is not available throughout {Iso(plan.Frame.ToTime(start))} to {Iso(plan.Frame.ToTime(end))} (outside its shifts or in downtime).");
        }
        foreach (var (fj, fo) in PlanBuilder.Frozen(plan.Instance, plan.Schedule, nowTick, plan.Pinned).Order())
        {
            if ((fj, fo) == (j, o) || plan.Schedule.Find(fj, fo) is not { } other || other.Machine != k || other.EndTick <= start || end <= other.StartTick)
            {
                continue;
            }
            return ServiceResult<PinResponse>.Conflict("start",
                $"start: {Iso(plan.Frame.ToTime(start))} to {Iso(plan.Frame.ToTime(end))} overlaps operation {plan.Units[fj].OperationId(fo)} on {plan.Model.MachineAt(k).Name}, which is started or pinned.");
        }
        foreach (var p in operation.PredecessorsAt(o))
        {
            var before = plan.Schedule.Find(j, p)!;
            if (before.EndTick > start)
            {
                return ServiceResult<PinResponse>.Conflict("start",
                    $"start must not be before its predecessor {plan.Units[j].OperationId(p)} ends at {Iso(plan.Frame.ToTime(before.EndTick))}.");
            }
        }
        for (var s = o + 1; s < plan.Instance.Jobs[j].Operations.Count; s++)
        {
            if (plan.Pinned.Contains((j, s)) && plan.Instance.Jobs[j].Operations[s].PredecessorsAt(s).Contains(o) && plan.Schedule.Find(j, s)!.StartTick < end)
            {
                return ServiceResult<PinResponse>.Conflict("start",
                    $"start leaves the operation ending at {Iso(plan.Frame.ToTime(end))}, after its pinned successor {plan.Units[j].OperationId(s)} starts at {Iso(plan.Frame.ToTime(plan.Schedule.Find(j, s)!.StartTick))}.");
            }
        }
        var pin = new PlanPin(operationId, plan.FactoryId, plan.Model.MachineAt(k).Id, plan.Frame.ToTime(start), caller.UserId, now);
        await store.UpsertPinAsync(pin, cancellationToken);
        await plans.NotifyAsync(new PlanEvent(plan.FactoryId, PlanEventKind.OperationPinned, operationId, caller.UserId), cancellationToken);
        return ServiceResult<PinResponse>.Ok(new PinResponse(operationId, pin.MachineId, pin.Start, plan.Frame.ToTime(end), caller.UserId));
    }

    public async Task<ServiceResult<PinResponse>> UnpinAsync(Caller caller, string operationId, CancellationToken cancellationToken)
    {
        var found = await FindOperationAsync(operationId, cancellationToken);
        if (found is not { } at || !at.Plan.Pinned.Contains((at.Job, at.Operation)) && !(await store.PinsAsync(at.Plan.FactoryId, cancellationToken)).Any(p => p.OperationId == operationId))
        {
            return ServiceResult<PinResponse>.NotFound($"Operation '{Short(operationId)}' is not pinned.");
        }
        if (!await store.DeletePinAsync(operationId, cancellationToken))
        {
            return ServiceResult<PinResponse>.NotFound($"Operation '{Short(operationId)}' is not pinned.");
        }
        var a = at.Plan.Schedule.Find(at.Job, at.Operation)!;
        await plans.NotifyAsync(new PlanEvent(at.Plan.FactoryId, PlanEventKind.OperationUnpinned, operationId, caller.UserId), cancellationToken);
        return ServiceResult<PinResponse>.Ok(new PinResponse(operationId, at.Plan.Model.MachineAt(a.Machine).Id, at.Plan.Frame.ToTime(a.StartTick), at.Plan.Frame.ToTime(a.EndTick), null));
    }

    /// <summary>Sets an open or draft order's priority (−10…10) and tells its factory's plan.</summary>
    public async Task<ServiceResult<Order>> SetPriorityAsync(Caller caller, string orderId, PriorityInput input, CancellationToken cancellationToken)
    {
        var order = orderId.Length <= 100 ? await orders.GetAsync(orderId, cancellationToken) : null;
        if (order is null)
        {
            return ServiceResult<Order>.NotFound($"No order with id '{Short(orderId)}'.");
        }
        var errors = new FieldErrors();
        errors.Range("priority", input.Priority, -10, 10);
        errors.Check(order.Status is not (OrderStatus.Completed or OrderStatus.Shipped or OrderStatus.Cancelled), "priority",
            $"priority cannot change: the order is {System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(order.Status.ToString())}.");
        if (!errors.IsEmpty)
        {
            return ServiceResult<Order>.Invalid(errors.Errors);
        }
        var now = time.GetUtcNow();
        if (!await orders.SetPriorityAsync(orderId, input.Priority!.Value, now, cancellationToken))
        {
            return ServiceResult<Order>.NotFound($"No order with id '{Short(orderId)}'.");
        }
        await plans.NotifyAsync(new PlanEvent(order.FactoryId, PlanEventKind.PriorityChanged, orderId, caller.UserId), cancellationToken);
        return ServiceResult<Order>.Ok(order with { Priority = input.Priority.Value, UpdatedAt = now });
    }

    /// <summary>The plan in force that holds an operation, searched over every factory this process plans.</summary>
    private async Task<(LivePlanSnapshot Plan, int Job, int Operation)?> FindOperationAsync(string operationId, CancellationToken cancellationToken)
    {
        if (!OperationIds.TryParse(operationId, out _, out _, out _))
        {
            return null;
        }
        foreach (var factoryId in await store.FactoryIdsAsync(cancellationToken))
        {
            if ((await machines.ListAsync(factoryId, 0, 1, cancellationToken)).Total == 0)
            {
                continue;
            }
            var plan = await plans.CurrentAsync(factoryId, cancellationToken);
            if (plan.Find(operationId) is { } at)
            {
                return (plan, at.Job, at.Operation);
            }
        }
        return null;
    }

    private static string Iso(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    private static string Short(string id) => id.Length <= 100 ? id : id[..20] + "…";
}
