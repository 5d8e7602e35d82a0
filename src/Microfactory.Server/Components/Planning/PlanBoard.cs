using Microfactory.Core.Orders;
using Microfactory.Server.Access;
using Microfactory.Server.Features.Customers;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Plans;
using Microfactory.Server.Components.Shared;

namespace Microfactory.Server.Components.Planning;

/// <summary>
/// The planner's view of a factory's live plan: the Gantt's data, the open orders with their lateness risk, and the
/// KPIs of the version in force beside the version before it. Read-only; staff only (the pages and endpoints say so).
/// </summary>
internal sealed class PlanBoard(LivePlans plans, PlanStore planStore, OrderStore orders, CustomerStore customers, UserStore users, TimeProvider time)
{
    /// <summary>Below this much slack (or a tenth of the time left, whichever is more) an order is at risk.</summary>
    public static readonly TimeSpan AtRiskSlack = TimeSpan.FromHours(4);

    public async Task<PlanBoardView> BuildAsync(LivePlanSnapshot snapshot, CancellationToken cancellationToken)
    {
        var factory = snapshot.Model.Factory;
        var open = await orders.ListOpenAsync(snapshot.FactoryId, cancellationToken);
        var byId = open.ToDictionary(o => o.Id, StringComparer.Ordinal);
        // Orders on the plan that are no longer open (cancelled a moment ago) still label their bars until the repair.
        foreach (var id in snapshot.Units.Select(u => u.OrderId).Distinct(StringComparer.Ordinal).Where(id => !byId.ContainsKey(id)).ToList())
        {
            if (await orders.GetAsync(id, cancellationToken) is { } order)
            {
                byId[id] = order;
            }
        }
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var customerId in byId.Values.Select(o => o.CustomerId).Distinct(StringComparer.Ordinal))
        {
            if (await customers.GetAsync(customerId, cancellationToken) is { } customer)
            {
                names[customerId] = customer.Name;
            }
        }

        var now = time.GetUtcNow();
        var gantt = Gantt(snapshot, byId, names, now) with { Reason = await ReasonText.ReadableAsync(snapshot.Reason, snapshot, users, cancellationToken) };
        var completions = gantt.Operations.GroupBy(o => o.OrderId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(o => o.End), StringComparer.Ordinal);
        var risks = open.Select(o => Risk(o, names.GetValueOrDefault(o.CustomerId), completions.TryGetValue(o.Id, out var end) ? end : null, factory.TimeZoneId, now))
            .OrderBy(r => r.Risk).ThenBy(r => r.Slack ?? TimeSpan.MaxValue).ThenBy(r => r.Order.CreatedAt).ToList();

        var (recent, _) = await planStore.ListVersionsAsync(snapshot.FactoryId, 0, 2, cancellationToken);
        var previous = recent.FirstOrDefault(v => v.Version < snapshot.Version);
        return new PlanBoardView(factory, gantt, risks, snapshot.Kpis, previous?.Version, previous?.Kpis);
    }

    public async Task<PlanBoardView> BuildAsync(string factoryId, CancellationToken cancellationToken) =>
        await BuildAsync(await plans.CurrentAsync(factoryId, cancellationToken), cancellationToken);

    // The API's view of each operation (PlanResponses: pinned, late, started as GET …/plan says) with what the chart
    // needs besides: readable labels, how late, and the machines it may be pinned to.
    private static GanttPlan Gantt(LivePlanSnapshot snapshot, IReadOnlyDictionary<string, Order> orders, IReadOnlyDictionary<string, string> customers, DateTimeOffset now)
    {
        var model = snapshot.Model;
        var wire = PlanResponses.From(snapshot, now).Operations;
        var assignments = snapshot.Schedule.Assignments;
        var operations = new List<GanttOperation>(assignments.Count);
        for (var i = 0; i < assignments.Count; i++)
        {
            var (a, op) = (assignments[i], wire[i]);
            var job = snapshot.Instance.Jobs[a.Job];
            var lateBy = job.DueTick is { } due && a.EndTick > due ? a.EndTick - due : 0;
            operations.Add(new GanttOperation(
                op.OperationId, op.OrderId, OrderText.Label(op.OrderId), op.LineId, op.Unit, op.StepId, op.StepId.Replace('-', ' ').Replace('_', ' '),
                op.MachineId, op.Start, op.End, op.Pinned, op.Late, lateBy, op.Started,
                [.. job.Operations[a.Operation].Options.Select(o => model.MachineAt(o.Machine).Id)]));
        }
        var onPlan = snapshot.Units.Select(u => u.OrderId).Distinct(StringComparer.Ordinal);
        var ganttOrders = onPlan.Select(id => orders.TryGetValue(id, out var o)
            ? new GanttOrder(id, OrderText.Label(id), customers.GetValueOrDefault(o.CustomerId), o.Notes, o.PromisedCompletion)
            : new GanttOrder(id, OrderText.Label(id), null, null, null)).ToList();
        return new GanttPlan(snapshot.FactoryId, snapshot.Version, snapshot.CreatedAt, snapshot.Reason, model.Factory.TimeZoneId,
            [.. model.Machines.Select(m => new GanttMachine(m.Id, m.Name))], ganttOrders, operations);
    }

    private static OrderRisk Risk(Order order, string? customer, DateTimeOffset? planned, string timeZoneId, DateTimeOffset now)
    {
        var due = order.PromisedCompletion ?? EndOfDay(order.RequestedDate, timeZoneId);
        if (planned is null)
        {
            return new OrderRisk(order, customer, due, null, null, RiskLevel.NotPlanned);
        }
        if (due is null)
        {
            return new OrderRisk(order, customer, null, planned, null, RiskLevel.NoDueDate);
        }
        var slack = due.Value - planned.Value;
        var margin = TimeSpan.FromTicks(Math.Max(AtRiskSlack.Ticks, (due.Value - now).Ticks / 10));
        var risk = slack < TimeSpan.Zero ? RiskLevel.Late : slack < margin ? RiskLevel.AtRisk : RiskLevel.OnTrack;
        return new OrderRisk(order, customer, due, planned, slack, risk);
    }

    private static DateTimeOffset? EndOfDay(DateOnly? date, string timeZoneId)
    {
        if (date is not { } day || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
        {
            return null;
        }
        var local = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
