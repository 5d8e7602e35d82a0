using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Data;
using Microfactory.Copilot.Tools.Host;
using Microfactory.Core.Orders;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Customers;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Plans;

namespace Microfactory.Server.Features.Copilot;

/// <summary>Orders for the copilot over <see cref="OrderService"/> and <see cref="PlanExplanations"/>, as the asking user.</summary>
internal sealed class CopilotOrderTools(OrderService orders, PlanExplanations explanations, CustomerStore customers, LivePlans plans) : IOrderTools
{
    /// <summary>More orders than a chat answer can list; the copilot summarises the most urgent.</summary>
    public const int MaxOrders = 200;

    public async Task<IReadOnlyList<OrderSummary>> ListOrdersAsync(CopilotUser user, OrderFilter filter, CancellationToken cancellationToken)
    {
        var page = await orders.ListAsync(user.ToCaller(), new PageRequest(1, MaxOrders), cancellationToken);
        var summaries = new List<OrderSummary>();
        foreach (var order in page.Items.Where(o => filter == OrderFilter.All || o.IsOpenForProduction))
        {
            var summary = await SummaryAsync(order, cancellationToken);
            if (filter != OrderFilter.Late || summary.IsLate)
            {
                summaries.Add(summary);
            }
        }
        return [.. summaries.OrderByDescending(s => s.LatenessHours).ThenBy(s => s.PromisedAt ?? DateTimeOffset.MaxValue).ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    public async Task<OrderSummary?> GetOrderAsync(CopilotUser user, string order, CancellationToken cancellationToken)
    {
        var found = await orders.GetAsync(user.ToCaller(), order, cancellationToken);
        return found.Value is { } o ? await SummaryAsync(o, cancellationToken) : null;
    }

    public async Task<OrderExplanation?> ExplainOrderAsync(CopilotUser user, string order, CancellationToken cancellationToken)
    {
        var found = await orders.GetAsync(user.ToCaller(), order, cancellationToken);
        if (found.Value is not { } o)
        {
            return null;
        }
        var summary = await SummaryAsync(o, cancellationToken);
        var explained = await explanations.ExplainAsync(user.ToCaller(), o.Id, cancellationToken);
        if (explained.Value is not { } explanation)
        {
            return null;
        }
        var plan = await plans.CurrentOrNullAsync(o.FactoryId, cancellationToken);
        var version = new Citation("plan-version", plan?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "live",
            $"Plan version {plan?.Version}", "/plan");
        var links = explanation.Links;
        var chain = links.Select((l, i) => new ChainLink(Cause(l.Reason), l.StepId ?? "another order's operation", l.MachineName, l.Start, l.End,
            Detail(l, i > 0 ? links[i - 1] : null, o.Id), new Citation("machine", l.MachineId, l.MachineName, CopilotCallers.MachineLink(l.MachineId)))).ToList();
        return new OrderExplanation(summary with { PlannedCompletionAt = explanation.PlannedCompletion }, version, chain);
    }

    /// <summary>
    /// What a link waits for, named as a record and in no language: for a busy machine the operation before it in the chain
    /// (its step, with its order when that is another one the user may see; others' work stays anonymous), else the wait.
    /// </summary>
    private static string Detail(ExplanationLinkResponse link, ExplanationLinkResponse? before, string orderId) => link.Reason switch
    {
        "machineBusy" when before is not null => before.OrderId is null ? ""
            : before.OrderId == orderId ? before.StepId ?? before.MachineName : $"{before.StepId} ({before.OrderId})",
        "machineBusy" => "",
        _ => link.WaitMinutes > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{link.WaitMinutes} min") : "",
    };

    private static ChainCause Cause(string reason) => reason switch
    {
        "machineBusy" => ChainCause.MachineBusy,
        "machineUnavailable" => ChainCause.Shift,
        "release" => ChainCause.Release,
        _ => ChainCause.PreviousStep,
    };

    private async Task<OrderSummary> SummaryAsync(Order order, CancellationToken cancellationToken)
    {
        var customer = await customers.GetAsync(order.CustomerId, cancellationToken);
        DateTimeOffset? planned = null;
        var due = order.PromisedCompletion;
        decimal lateness = 0m;
        if (order.IsOpenForProduction && await plans.CurrentOrNullAsync(order.FactoryId, cancellationToken) is { } plan)
        {
            // Without a promise (an order placed without a quote) the plan is held to the requested date: that is its due.
            var dueTick = PlanBuilder.Due(order, plan.Model);
            due ??= dueTick is { } tick ? plan.Frame.ToTime(tick) : null;
            var ends = Enumerable.Range(0, plan.Units.Count).Where(j => plan.Units[j].OrderId == order.Id)
                .SelectMany(j => Enumerable.Range(0, plan.Instance.Jobs[j].Operations.Count).Select(o => plan.Schedule.Find(j, o)!.EndTick))
                .ToList();
            if (ends.Count > 0)
            {
                var end = ends.Max();
                planned = plan.Frame.ToTime(end);
                if (dueTick is { } d && end > d)
                {
                    lateness = Math.Round((end - d) / 60m, 2);
                }
            }
        }
        var status = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(order.Status.ToString());
        return new OrderSummary(order.Id, order.Id, customer?.Name ?? order.CustomerId, status, due, planned, lateness, order.Priority,
            CopilotCallers.OrderLink(order.Id));
    }
}
