using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Arguments;
using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Conversation.Answers;

/// <summary>Answers about the live plan and the shop floor: KPIs, machine states, OEE, alarms, history.</summary>
internal static class PlantAnswers
{
    public static async Task<CopilotAnswer> PlanAsync(AnswerContext a)
    {
        var outcome = await a.CallAsync("get_live_plan", new NoArguments());
        if (outcome.Data is not PlanSnapshot p)
        {
            return a.NotAnswered(outcome, a.T("There is no live plan yet.", "目前尚無生產計劃。"));
        }
        var k = p.Kpis;
        a.Line(a.T($"Plan version {p.Number} (made {a.Time(p.MadeAt)}: {p.Reason}) plans {p.OpenOrders} orders, {p.LateOrders} of them late.",
            $"計劃版本 {p.Number}（{a.Time(p.MadeAt)} 產生：{p.Reason}）排入 {p.OpenOrders} 張訂單，其中 {p.LateOrders} 張延誤。"));
        a.Line(a.T($"On-time rate {Say.Percent(a.Language, k.OnTimeRate)}, weighted tardiness {Say.Number(k.WeightedTardinessHours, "0.#")} h, makespan {Say.Number(k.MakespanHours, "0.#")} h, utilisation {Say.Percent(a.Language, k.Utilisation)}, {Say.Number(k.EnergyKwh, "0.#")} kWh costing {Say.Number(k.EnergyCost, "0.00")} {k.Currency}, {Say.Kg(k.KgCo2e)}.",
            $"準時率 {Say.Percent(a.Language, k.OnTimeRate)}，加權延遲 {Say.Number(k.WeightedTardinessHours, "0.#")} 小時，總工期 {Say.Number(k.MakespanHours, "0.#")} 小時，利用率 {Say.Percent(a.Language, k.Utilisation)}，耗電 {Say.Number(k.EnergyKwh, "0.#")} kWh（電費 {Say.Number(k.EnergyCost, "0.00")} {k.Currency}），{Say.Kg(k.KgCo2e)}。"));
        return a.Finish(AnswerKind.Answer);
    }

    public static async Task<CopilotAnswer> StatesAsync(AnswerContext a)
    {
        var outcome = await a.CallAsync("get_machine_states", new MachineArguments(a.Slots.Machine));
        if (outcome.Data is not IReadOnlyList<MachineStatus> states)
        {
            return a.NotAnswered(outcome, a.T($"I have no state reported for {a.NamedMachine()}.", $"{a.NamedMachine()} 沒有回報狀態。"));
        }
        if (a.Slots.Machine is null && AskedState(a) is { } asked)
        {
            // "which machine is down?": the machines in that state, or that there are none.
            states = [.. states.Where(s => s.State == asked)];
            if (states.Count == 0)
            {
                a.KeepCitations(_ => false);
                a.Line(a.T($"No machine is {asked}.", $"目前沒有{Say.State(a.Language, asked)}的機台。"));
                return a.Finish(AnswerKind.Answer);
            }
            a.KeepCitations(c => states.Any(s => s.MachineId == c.Id));
        }
        foreach (var s in states)
        {
            var name = a.MachineName(s.MachineId, s.Name);
            var operation = s.OperationId is null ? string.Empty : a.T($", working on {s.OperationId}", $"，正在加工 {s.OperationId}");
            a.Line(a.T($"{name} is {s.State} since {a.Time(s.Since)}{operation}.", $"{name} 自 {a.Time(s.Since)} 起{Say.State(a.Language, s.State)}{operation}。"));
        }
        return a.Finish(AnswerKind.Answer);
    }

    private static string? AskedState(AnswerContext a)
    {
        var text = new QuestionText(a.Question.Text);
        return text.Has("down") || text.Has("停機") || text.Has("故障") ? "down"
            : text.Has("running") || text.Has("運轉") || text.Has("在跑") ? "running"
            : text.Has("idle") || text.Has("閒置") ? "idle"
            : null;
    }

    public static async Task<CopilotAnswer> OeeAsync(AnswerContext a)
    {
        var period = a.Slots.Period ?? Period.Today;
        var outcome = await a.CallAsync("get_oee", new MachinePeriodArguments(a.Slots.Machine, period));
        var when = Say.Period(a.Language, period);
        if (outcome.Data is not IReadOnlyList<OeeFigures> figures || figures.All(f => f.Oee is null))
        {
            return a.NotAnswered(outcome.Status == ToolStatus.Ok ? ToolOutcome.NotFound : outcome,
                a.T($"There are no OEE figures for {a.NamedMachine()} for {when}: no planned production time in the data.", $"{a.NamedMachine()} 在{when}沒有 OEE 資料：資料中沒有計劃生產時間。"));
        }
        foreach (var f in figures)
        {
            var name = a.MachineName(f.MachineId, f.Name);
            a.Line(a.T($"OEE of {name} for {when} ({a.Time(f.From)}–{a.Time(f.To)}): {Say.Percent(a.Language, f.Oee)} — availability {Say.Percent(a.Language, f.Availability)}, performance {Say.Percent(a.Language, f.Performance)}, quality {Say.Percent(a.Language, f.Quality)}; {f.Good} good, {f.Scrap} scrap.",
                $"{name} 在{when}（{a.Time(f.From)}–{a.Time(f.To)}）的 OEE 為 {Say.Percent(a.Language, f.Oee)}——可用率 {Say.Percent(a.Language, f.Availability)}，效能 {Say.Percent(a.Language, f.Performance)}，品質 {Say.Percent(a.Language, f.Quality)}；良品 {f.Good} 件，報廢 {f.Scrap} 件。"));
        }
        return a.Finish(AnswerKind.Answer);
    }

    public static async Task<CopilotAnswer> AlarmsAsync(AnswerContext a)
    {
        var outcome = await a.CallAsync("get_alarms", new AlarmArguments(a.Slots.Machine, OpenOnly: true));
        if (outcome.Data is not IReadOnlyList<AlarmRecord> alarms)
        {
            return a.NotAnswered(outcome, a.T($"There are no open alarms for {a.NamedMachine()}.", $"{a.NamedMachine()} 目前沒有未解除的警報。"));
        }
        a.Line(a.T($"{alarms.Count} open alarms:", $"共有 {alarms.Count} 個未解除的警報："));
        foreach (var x in alarms)
        {
            a.Line(a.T($"- {x.Id} on {a.MachineName(x.MachineId, x.MachineName)} ({x.Kind}, {x.State}) since {a.Time(x.RaisedAt)}: {x.Message}",
                $"- {x.Id}：{a.MachineName(x.MachineId, x.MachineName)}（{x.Kind}，{x.State}）自 {a.Time(x.RaisedAt)}：{x.Message}"));
        }
        return a.Finish(AnswerKind.Answer);
    }

    public static async Task<CopilotAnswer> HistoryAsync(AnswerContext a)
    {
        var period = a.Slots.Period ?? Period.ThisWeek;
        var when = Say.Period(a.Language, period);
        var outcome = await a.CallAsync("get_maintenance_history", new MachinePeriodArguments(a.Slots.Machine, period));
        var events = (outcome.Data as IReadOnlyList<MaintenanceEvent>)?.Where(e => e.Kind != MaintenanceEventKind.Scrap).ToList();
        if (events is not { Count: > 0 })
        {
            return a.NotAnswered(outcome.Status == ToolStatus.Ok ? ToolOutcome.NotFound : outcome,
                a.T($"There is no downtime or maintenance recorded for {a.NamedMachine()} {when}.", $"{a.NamedMachine()} 在{when}沒有停機或維修紀錄。"));
        }
        var hours = events.Sum(e => e.Hours);
        a.Line(a.T($"{events.Count} downtime and maintenance records for {a.NamedMachine()} {when}, {Say.Number(hours, "0.#")} h in all:",
            $"{a.NamedMachine()} 在{when}共有 {events.Count} 筆停機與維修紀錄，合計 {Say.Number(hours, "0.#")} 小時："));
        foreach (var e in events)
        {
            a.Line($"- {a.Time(e.From)}–{a.Time(e.To)} {a.MachineName(e.MachineId, e.MachineName)}: {e.Reason} ({Say.Number(e.Hours, "0.#")} h)");
        }
        // Only what was shown is cited: the scrap records the tool also returned are not part of this answer.
        var shown = events.Select(e => e.Cite()).ToHashSet();
        a.KeepCitations(shown.Contains);
        return a.Finish(AnswerKind.Answer);
    }
}
