using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Arguments;
using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Conversation.Answers;

/// <summary>Answers about orders: why late, status, lists.</summary>
internal static class OrderAnswers
{
    public static async Task<CopilotAnswer> LatenessAsync(AnswerContext a)
    {
        if (a.Slots.Order is not { } number)
        {
            return a.Clarify($"Which order? Give its number, for example {a.ExampleOrder}.", $"請問是哪一張訂單？請提供訂單編號，例如 {a.ExampleOrder}。");
        }
        var outcome = await a.CallAsync("explain_order", new OrderArguments(number));
        if (outcome.Data is not OrderExplanation e)
        {
            return a.NotAnswered(outcome, a.T($"I found no order {number} that you can see.", $"查無您可查看的訂單 {number}。"));
        }
        var o = e.Order;
        a.Line(o.IsLate
            ? a.T($"Order {o.Number} is planned to finish at {a.Time(o.PlannedCompletionAt)}, {Say.Number(o.LatenessHours, "0.#")} h after its promise of {a.Time(o.PromisedAt)}.",
                  $"訂單 {o.Number} 預計於 {a.Time(o.PlannedCompletionAt)} 完成，比承諾的 {a.Time(o.PromisedAt)} 晚 {Say.Number(o.LatenessHours, "0.#")} 小時。")
            : a.T($"Order {o.Number} is not late: it is planned to finish at {a.Time(o.PlannedCompletionAt)}, {Promise(a, o)}.",
                  $"訂單 {o.Number} 沒有延誤：預計於 {a.Time(o.PlannedCompletionAt)} 完成，{Promise(a, o)}。"));
        if (e.Chain.Count == 0)
        {
            a.Line(a.T("The plan holds no operations for it yet.", "計劃中尚無此訂單的工序。"));
            return a.Finish(AnswerKind.Answer);
        }
        a.Line(a.T("It finishes then because of this chain:", "完成時間由以下關鍵鏈決定："));
        var step = 1;
        foreach (var link in e.Chain)
        {
            a.Line($"{step++}. {Link(a, link)}");
        }
        return a.Finish(AnswerKind.Answer);
    }

    public static async Task<CopilotAnswer> StatusAsync(AnswerContext a)
    {
        if (a.Slots.Order is not { } number)
        {
            return a.Clarify($"Which order? Give its number, for example {a.ExampleOrder}.", $"請問是哪一張訂單？請提供訂單編號，例如 {a.ExampleOrder}。");
        }
        var outcome = await a.CallAsync("get_order", new OrderArguments(number));
        if (outcome.Data is not OrderSummary o)
        {
            return a.NotAnswered(outcome, a.T($"I found no order {number} that you can see.", $"查無您可查看的訂單 {number}。"));
        }
        a.Line(a.T($"Order {o.Number} for {o.CustomerName} is {o.Status}; {Promise(a, o)}, planned completion {a.Time(o.PlannedCompletionAt)}.",
            $"訂單 {o.Number}（客戶 {o.CustomerName}）狀態為{Say.Status(a.Language, o.Status)}；{Promise(a, o)}，預計完成 {a.Time(o.PlannedCompletionAt)}。"));
        if (o.IsLate)
        {
            a.Line(a.T($"It is {Say.Number(o.LatenessHours, "0.#")} h late.", $"目前延誤 {Say.Number(o.LatenessHours, "0.#")} 小時。"));
        }
        return a.Finish(AnswerKind.Answer);
    }

    public static async Task<CopilotAnswer> ListAsync(AnswerContext a)
    {
        var filter = a.Slots.OrderFilter ?? OrderFilter.Open;
        var outcome = await a.CallAsync("list_orders", new OrderListArguments(filter));
        if (outcome.Data is not IReadOnlyList<OrderSummary> orders)
        {
            return a.NotAnswered(outcome, filter == OrderFilter.Late
                ? a.T("No order you can see is late.", "您可查看的訂單中沒有延誤的訂單。")
                : a.T("There are no orders you can see.", "沒有您可查看的訂單。"));
        }
        a.Line(filter == OrderFilter.Late
            ? a.T($"{orders.Count} orders are late:", $"共有 {orders.Count} 張訂單延誤：")
            : a.T($"{orders.Count} orders:", $"共 {orders.Count} 張訂單："));
        foreach (var o in orders)
        {
            a.Line(o.IsLate
                ? a.T($"- {o.Number} ({o.Status}): planned {a.Time(o.PlannedCompletionAt)}, {Say.Number(o.LatenessHours, "0.#")} h late",
                      $"- {o.Number}（{Say.Status(a.Language, o.Status)}）：預計 {a.Time(o.PlannedCompletionAt)}，延誤 {Say.Number(o.LatenessHours, "0.#")} 小時")
                : a.T($"- {o.Number} ({o.Status}): planned {a.Time(o.PlannedCompletionAt)}, {Promise(a, o)}",
                      $"- {o.Number}（{Say.Status(a.Language, o.Status)}）：預計 {a.Time(o.PlannedCompletionAt)}，{Promise(a, o)}"));
        }
        return a.Finish(AnswerKind.Answer);
    }

    /// <summary>The order's promise (or the date the plan holds it to), or that there is none yet: never a bare dash.</summary>
    private static string Promise(AnswerContext a, OrderSummary o) => o.PromisedAt is { } at
        ? a.T($"promised {a.Time(at)}", $"承諾 {a.Time(at)}")
        : a.T("not promised yet", "尚未承諾日期");

    private static string Link(AnswerContext a, ChainLink l)
    {
        var machine = a.MachineName(null, l.MachineName);
        var span = $"{a.Time(l.Start)}–{a.Time(l.End)}";
        return l.Cause switch
        {
            ChainCause.Release => a.T($"{l.StepName} on {machine} starts at release, {span}.", $"{l.StepName}（{machine}）於訂單釋放時開始，{span}。"),
            ChainCause.PreviousStep => a.T($"{l.StepName} on {machine} waits for the previous step, {span}.", $"{l.StepName}（{machine}）等待前一道工序，{span}。"),
            ChainCause.MachineBusy when string.IsNullOrEmpty(l.Detail) => a.T($"{l.StepName} waits for {machine}, busy with other work, {span}.", $"{l.StepName} 等待 {machine}（正在處理其他工作），{span}。"),
            ChainCause.MachineBusy => a.T($"{l.StepName} waits for {machine}, busy with {l.Detail}, {span}.", $"{l.StepName} 等待 {machine}（正在處理 {l.Detail}），{span}。"),
            ChainCause.Downtime => a.T($"{l.StepName} waits for {machine} to come back from downtime ({l.Detail}), {span}.", $"{l.StepName} 等待 {machine} 停機結束（{l.Detail}），{span}。"),
            ChainCause.Material => a.T($"{l.StepName} on {machine} waits for material ({l.Detail}), {span}.", $"{l.StepName}（{machine}）等待物料（{l.Detail}），{span}。"),
            _ => a.T($"{l.StepName} on {machine} waits for the next shift, {span}.", $"{l.StepName}（{machine}）等待下一班次，{span}。"),
        };
    }
}
