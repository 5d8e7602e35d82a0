using System.Globalization;
using Microfactory.Core.Orders;
using Microfactory.Planning.Explaining;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Features.Orders;

namespace Microfactory.Server.Features.Plans;

/// <summary>
/// Why an order completes when it does: <see cref="ScheduleExplainer"/> on the order's last-finishing unit in the plan
/// in force, as data and one sentence per link. Customers see their own orders only, and other customers' work in the
/// chain only as "another order".
/// </summary>
internal sealed class PlanExplanations(LivePlans plans, OrderStore orders, MachineStore machines, TimeProvider time)
{
    public async Task<ServiceResult<ExplanationResponse>> ExplainAsync(Caller caller, string orderId, CancellationToken cancellationToken)
    {
        var order = orderId.Length <= 100 ? await orders.GetAsync(orderId, cancellationToken) : null;
        if (order is null || !(caller.IsStaff || caller.CustomerId == order.CustomerId))
        {
            return ServiceResult<ExplanationResponse>.NotFound($"No order with id '{(orderId.Length <= 100 ? orderId : orderId[..20] + "…")}'.");
        }
        if (!order.IsOpenForProduction || (await machines.ListAsync(order.FactoryId, 0, 1, cancellationToken)).Total == 0)
        {
            return ServiceResult<ExplanationResponse>.Conflict("orderId", $"order {orderId} is {Camel(order.Status)}: only submitted, confirmed, planned and in-production orders are on the plan.");
        }
        var plan = await plans.CurrentAsync(order.FactoryId, cancellationToken);
        var jobs = Enumerable.Range(0, plan.Units.Count).Where(j => plan.Units[j].OrderId == orderId).ToArray();
        if (jobs.Length == 0)
        {
            return ServiceResult<ExplanationResponse>.Conflict("orderId",
                $"order {orderId} has no work on plan version {plan.Version} yet (the plan updates within seconds of a change), or its work is done.");
        }
        var completion = jobs.Select(j => (Job: j, End: Enumerable.Range(0, plan.Instance.Jobs[j].Operations.Count).Max(o => plan.Schedule.Find(j, o)!.EndTick)))
            .OrderByDescending(x => x.End).ThenBy(x => x.Job).First();
        var explanation = ScheduleExplainer.Explain(plan.Instance, plan.Schedule, completion.Job);
        var due = PlanBuilder.Due(order, plan.Model);
        var planned = plan.Frame.ToTime(completion.End);
        var late = due is { } d && completion.End > d;
        var nowTick = plan.Frame.ToTick(time.GetUtcNow());
        var links = explanation.Chain.Select(l => Link(plan, l, caller, order, nowTick)).ToList();
        var unit = plan.Units[completion.Job];
        var summary = new System.Text.StringBuilder();
        summary.Append(CultureInfo.InvariantCulture, $"Order {orderId} is planned to complete at {Local(plan, planned)}");
        if (order.PromisedCompletion is { } promised)
        {
            summary.Append(CultureInfo.InvariantCulture, $", promised for {Local(plan, promised)}");
        }
        summary.Append(late ? $": {Minutes(completion.End - due!.Value)} late. " : due is null ? ". " : ": on time. ");
        summary.Append(CultureInfo.InvariantCulture, $"Its last unit to finish is unit {unit.Unit} of line {order.Lines.FirstOrDefault(l => l.Id == unit.LineId)?.LineNumber}; ");
        summary.Append(CultureInfo.InvariantCulture, $"the chain behind its completion has {links.Count} operation{(links.Count == 1 ? "" : "s")}");
        var longest = explanation.Chain.MaxBy(l => l.WaitTicks);
        summary.Append(longest is { WaitTicks: > 0 }
            ? string.Create(CultureInfo.InvariantCulture, $", the longest wait is {Minutes(longest.WaitTicks)} before {links[explanation.Chain.ToList().IndexOf(longest)].StepId ?? "another order's operation"} ({Phrase(longest.Reason)}).")
            : " and no waits.");
        return ServiceResult<ExplanationResponse>.Ok(new ExplanationResponse(orderId, order.PromisedCompletion, planned, late, links, summary.ToString()));
    }

    private static ExplanationLinkResponse Link(LivePlanSnapshot plan, ChainLink link, Caller caller, Order order, long nowTick)
    {
        var unit = plan.Units[link.Job];
        var visible = caller.IsStaff || unit.OrderId == order.Id;
        var machine = plan.Model.MachineAt(link.Machine);
        var step = unit.StepIds[link.Operation];
        var what = unit.OrderId == order.Id
            ? $"Step '{step}' of unit {unit.Unit}"
            : visible ? $"Step '{step}' of order {unit.OrderId}" : "Another order's operation";
        var reason = link.Reason == StartReason.Slack && link.StartTick == nowTick ? "it starts now, as early as the plan allows" : Phrase(link.Reason);
        var wait = link.WaitTicks > 0 ? $", after waiting {Minutes(link.WaitTicks)}" : "";
        var sentence = $"{what} runs on {machine.Name} from {Local(plan, plan.Frame.ToTime(link.StartTick))} to {Local(plan, plan.Frame.ToTime(link.EndTick))}: {reason}{wait}.";
        return new ExplanationLinkResponse(
            visible ? unit.OperationId(link.Operation) : null, visible ? unit.OrderId : null, visible ? step : null,
            machine.Id, machine.Name, plan.Frame.ToTime(link.StartTick), plan.Frame.ToTime(link.EndTick),
            System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(link.Reason.ToString()), link.WaitTicks, sentence);
    }

    private static string Phrase(StartReason reason) => reason switch
    {
        StartReason.ScheduleStart => "nothing holds it back",
        StartReason.Release => "it starts as soon as the order is released",
        StartReason.JobPredecessor => "it waits for the previous step of the same unit",
        StartReason.MachineBusy => "it waits for the machine, busy with the operation before it in this chain",
        StartReason.MachineUnavailable => "it waits for the machine to be available (outside its shifts or in downtime)",
        _ => "it could start earlier; the plan keeps it here (a pin, or cheaper or cleaner energy hours)",
    };

    private static string Local(LivePlanSnapshot plan, DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, plan.Model.Zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

    private static string Minutes(long minutes) => minutes switch
    {
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{minutes} min"),
        < 1440 => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h {minutes % 60} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{minutes / 1440} d {minutes % 1440 / 60} h"),
    };

    private static string Camel(OrderStatus status) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
