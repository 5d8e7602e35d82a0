using Microfactory.Copilot.Drafting;
using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Arguments;
using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Conversation.Answers;

/// <summary>Answers that are drafts: an SOP, maintenance guidance, a root-cause hint. Their data comes through the tools, as the user.</summary>
internal static class DraftAnswers
{
    public static async Task<CopilotAnswer> SopAsync(AnswerContext a)
    {
        if (a.Slots.Template is not { } id)
        {
            return a.Clarify("For which template? Name it, for example the wall shelf.", "請問是哪一個模板？例如壁架。");
        }
        var outcome = await a.CallAsync("get_template", new TemplateArguments(id));
        if (outcome.Data is not TemplateDetails template)
        {
            return a.NotAnswered(outcome, a.T($"There is no published template {id}.", $"沒有已發布的模板 {id}。"));
        }
        var sections = new Dictionary<string, IReadOnlyList<DocumentHit>>(StringComparer.Ordinal);
        foreach (var step in template.Routing)
        {
            var search = await a.CallAsync("search_documents", new SearchArguments($"{step.Name} {step.Capability} {string.Join(' ', step.MachineNames)}", 2));
            if (search.Status == ToolStatus.NotAllowed)
            {
                return a.NotAllowed();
            }
            sections[step.StepId] = search.Data as IReadOnlyList<DocumentHit> ?? [];
        }
        return Finish(a, SopDrafter.Draft(template, sections, a.Language));
    }

    public static async Task<CopilotAnswer> GuidanceAsync(AnswerContext a)
    {
        var alarms = await a.CallAsync("get_alarms", new AlarmArguments(a.Slots.Alarm is null ? a.Slots.Machine : null, OpenOnly: a.Slots.Alarm is null));
        var alarm = (alarms.Data as IReadOnlyList<AlarmRecord>)?.FirstOrDefault(x => a.Slots.Alarm is null || string.Equals(x.Id, a.Slots.Alarm, StringComparison.OrdinalIgnoreCase));
        if (alarm is null)
        {
            return a.NotAnswered(alarms.Status == ToolStatus.Ok ? ToolOutcome.NotFound : alarms,
                a.T($"There is no open alarm {a.Slots.Alarm ?? "for " + a.NamedMachine()} to give guidance for.", $"{a.Slots.Alarm ?? a.NamedMachine()} 沒有未解除的警報可供指引。"));
        }
        var history = new List<MaintenanceEvent>();
        foreach (var period in (Period[])[Period.LastWeek, Period.ThisWeek])
        {
            var records = await a.CallAsync("get_maintenance_history", new MachinePeriodArguments(alarm.MachineId, period));
            history.AddRange(records.Data as IReadOnlyList<MaintenanceEvent> ?? []);
        }
        var manual = await a.CallAsync("search_documents", new SearchArguments($"{alarm.MachineName} {alarm.Kind} {alarm.Message}", 3));
        return Finish(a, MaintenanceGuide.Draft(alarm, history, manual.Data as IReadOnlyList<DocumentHit> ?? [], a.Language, a.Catalogue.Zone));
    }

    public static async Task<CopilotAnswer> RootCauseAsync(AnswerContext a)
    {
        var period = a.Slots.Period ?? Period.ThisWeek;
        var outcome = await a.CallAsync("get_maintenance_history", new MachinePeriodArguments(a.Slots.Machine, period));
        var scope = $"{a.NamedMachine()} {Say.Period(a.Language, period)}";
        var draft = outcome.Data is IReadOnlyList<MaintenanceEvent> events ? RootCauseHint.Draft(scope, events, a.Language, a.Catalogue.Zone) : null;
        if (draft is null)
        {
            return a.NotAnswered(outcome.Status == ToolStatus.Ok ? ToolOutcome.NotFound : outcome,
                a.T($"No scrap is recorded for {scope}, so there is nothing to look for a cause of.", $"{scope}沒有報廢紀錄，因此無需分析原因。"));
        }
        return Finish(a, draft);
    }

    private static CopilotAnswer Finish(AnswerContext a, Draft draft)
    {
        // The draft's own sources are the answer's: records it did not use are not cited.
        a.KeepCitations(_ => false);
        a.Cite(draft.Citations);
        a.Line(draft.Markdown.TrimEnd());
        return a.Finish(AnswerKind.Draft, draft: draft);
    }
}
