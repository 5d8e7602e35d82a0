using System.Globalization;
using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Arguments;

namespace Microfactory.Copilot.Conversation.Answers;

/// <summary>Proposals of actions. Nothing runs here: the proposal goes back to the user, who confirms it (or not).</summary>
internal static class ActionAnswers
{
    public static async Task<CopilotAnswer> PinAsync(AnswerContext a)
    {
        if (a.Slots.Operation is not { } operation || a.Slots.Machine is not { } machine || a.Slots.From is not { } start)
        {
            return Refuse(a, "pin_operation") ?? a.Clarify("To pin, name the operation, the machine and the start (for example: pin L1.1.cut on the laser at 14:00).",
                "要固定工序，請提供工序、機台與開始時間（例如：把 L1.1.cut 固定在雷射切割機 14:00）。");
        }
        var name = a.MachineName(machine, a.Catalogue.Machine(machine)?.Name ?? machine);
        return await ProposeAsync(a, "pin_operation", new PinArguments(operation, machine, start),
            a.T($"Pin operation {operation} on {name} at {a.Time(start)}?", $"要把工序 {operation} 固定在 {name}，於 {a.Time(start)} 開始嗎？"));
    }

    public static async Task<CopilotAnswer> DowntimeAsync(AnswerContext a)
    {
        if (a.Slots.Machine is not { } machine || a.Slots.From is not { } from || a.Slots.To is not { } to)
        {
            return Refuse(a, "record_downtime") ?? a.Clarify("To record a downtime, name the machine, from and to (for example: record downtime on the laser from 14:00 to 16:00 because of a nozzle change).",
                "要登記停機，請提供機台與起訖時間（例如：登記雷射切割機 14:00 到 16:00 停機，原因換噴嘴）。");
        }
        var reason = a.Slots.Reason ?? a.T("recorded through the copilot", "經由助理登記");
        var name = a.MachineName(machine, a.Catalogue.Machine(machine)?.Name ?? machine);
        return await ProposeAsync(a, "record_downtime", new DowntimeArguments(machine, from, to, reason),
            a.T($"Record downtime on {name} from {a.Time(from)} to {a.Time(to)} ({reason})? The plan will move work off it.",
                $"要登記 {name} 從 {a.Time(from)} 到 {a.Time(to)} 停機（{reason}）嗎？計劃會把工作移離此機台。"));
    }

    public static async Task<CopilotAnswer> PriorityAsync(AnswerContext a)
    {
        if (a.Slots.Order is not { } order || a.Slots.Priority is not { } priority)
        {
            return Refuse(a, "change_priority") ?? a.Clarify($"Which order, and which priority (−10 to 10)? For example: set the priority of {a.ExampleOrder} to 5.",
                $"請提供訂單與優先級（−10 到 10），例如：把 {a.ExampleOrder} 的優先級設為 5。");
        }
        return await ProposeAsync(a, "change_priority", new PriorityArguments(order, priority),
            a.T($"Set the priority of order {order} to {priority.ToString(CultureInfo.InvariantCulture)}?", $"要把訂單 {order} 的優先級設為 {priority.ToString(CultureInfo.InvariantCulture)} 嗎？"));
    }

    /// <summary>A role that may not act is told so before being asked for details it could not use.</summary>
    private static CopilotAnswer? Refuse(AnswerContext a, string tool) => a.Tools.Find(tool) is { } t && !t.Allows(a.User.Role) ? a.NotAllowed() : null;

    private static async Task<CopilotAnswer> ProposeAsync<TArguments>(AnswerContext a, string tool, TArguments arguments, string summary)
    {
        var outcome = await a.CallAsync(tool, arguments);
        if (outcome is not { Status: ToolStatus.Proposed, Proposal: { } proposal })
        {
            return a.NotAnswered(outcome, summary);
        }
        a.Line(summary);
        a.Line(a.T("Nothing has changed yet: confirm to do it.", "尚未做任何變更：請確認後執行。"));
        return a.Finish(AnswerKind.Proposal, proposal with { Summary = summary });
    }
}
