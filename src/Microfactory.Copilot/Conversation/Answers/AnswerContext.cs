using System.Text;
using System.Text.Json;
using Microfactory.Copilot.Tools;

namespace Microfactory.Copilot.Conversation.Answers;

/// <summary>
/// One answer being composed: calls tools as the user, collects the records they return, and ends as a
/// <see cref="CopilotAnswer"/> whose sources list every record used.
/// </summary>
internal sealed class AnswerContext(CopilotToolSet tools, PlantCatalogue catalogue, CopilotUser user, ParsedQuestion question, CancellationToken cancellationToken)
{
    private readonly List<string> _lines = [];
    private readonly List<Citation> _citations = [];

    public CopilotToolSet Tools => tools;

    public PlantCatalogue Catalogue => catalogue;

    public CopilotUser User => user;

    public ParsedQuestion Question => question;

    public QuestionSlots Slots => question.Slots;

    public AnswerLanguage Language => question.Language;

    public CancellationToken CancellationToken => cancellationToken;

    public string T(string english, string chinese) => Say.T(Language, english, chinese);

    /// <summary>An order number to show in "for example …": one the user may see, else the usual shape.</summary>
    public string ExampleOrder => catalogue.Orders.FirstOrDefault()?.Name ?? "SO-1042";

    /// <summary>What the engine can answer, for a question it did not understand.</summary>
    public CopilotAnswer NotUnderstood() => Clarify(
        "I can answer about orders (why late, status), the plan and its KPIs, machine states, OEE, alarms, downtime, footprints, supplier coverage, passports, templates, materials and the manuals, and draft SOPs and maintenance guidance. Please rephrase.",
        "我可以回答訂單（延誤原因、狀態）、生產計劃與 KPI、機台狀態、OEE、警報、停機、碳足跡、供應商覆蓋率、產品護照、模板、材料與手冊的問題，也能起草 SOP 與維修指引。請換個方式提問。") with { Kind = AnswerKind.NotUnderstood };

    /// <summary>A time in the factory's zone, to the minute.</summary>
    public string Time(DateTimeOffset? at) => Say.Time(at is { } t ? catalogue.Local(t) : null);

    /// <summary>Calls a tool as the user and keeps the records it cites.</summary>
    public async Task<ToolOutcome> CallAsync<TArguments>(string tool, TArguments arguments)
    {
        var json = JsonSerializer.SerializeToElement(arguments, ToolJson.Options);
        var outcome = await tools.InvokeAsync(user, tool, json, cancellationToken).ConfigureAwait(false);
        Cite(outcome.Citations);
        return outcome;
    }

    public void Line(string line) => _lines.Add(line);

    public void Cite(IEnumerable<Citation> citations)
    {
        foreach (var citation in citations)
        {
            if (!_citations.Contains(citation))
            {
                _citations.Add(citation);
            }
        }
    }

    /// <summary>Drops the records a tool returned that the answer does not use.</summary>
    public void KeepCitations(Func<Citation, bool> keep) => _citations.RemoveAll(c => !keep(c));

    /// <summary>A machine's name in the answer's language (the catalogue's Chinese name when it has one).</summary>
    public string MachineName(string? machineId, string name) =>
        Language == AnswerLanguage.TraditionalChinese && catalogue.Machines.FirstOrDefault(m => m.Id == machineId || m.Name == name)?.ChineseName is { } zh ? zh : name;

    /// <summary>The name of the machine the question names, for answers that found nothing.</summary>
    public string NamedMachine() =>
        catalogue.Machine(Slots.Machine) is { } m ? MachineName(m.Id, m.Name) : T("the factory", "全廠");

    public CopilotAnswer Finish(AnswerKind kind, ActionProposal? proposal = null, Drafting.Draft? draft = null)
    {
        var text = new StringBuilder(string.Join("\n", _lines));
        if (_citations.Count > 0)
        {
            text.Append("\n\n").Append(T("Sources:", "來源："));
            foreach (var c in _citations)
            {
                text.Append("\n- ").Append(c.Kind).Append(' ').Append(c.Id).Append(" — ").Append(c.Title).Append(" (").Append(c.Link).Append(')');
            }
        }
        return new CopilotAnswer(question, kind, text.ToString(), [.. _citations], proposal, draft);
    }

    /// <summary>The answer for a tool outcome that holds no data: not allowed, nothing found, or a missing value.</summary>
    public CopilotAnswer NotAnswered(ToolOutcome outcome, string noData)
    {
        _lines.Clear();
        _citations.Clear();
        switch (outcome.Status)
        {
            case ToolStatus.NotAllowed:
                return NotAllowed();
            case ToolStatus.Invalid:
                Line(T($"I cannot ask the platform that: {outcome.Message}", $"無法查詢：{outcome.Message}"));
                return Finish(AnswerKind.Clarify);
            default:
                Line(noData);
                return Finish(AnswerKind.NoData);
        }
    }

    /// <summary>Refuses without saying anything about the data (not even whether it exists).</summary>
    public CopilotAnswer NotAllowed()
    {
        _lines.Clear();
        _citations.Clear();
        var role = Say.Role(Language, user.Role);
        Line(T($"As {(role.Length > 0 && "aeiou".Contains(role[0], StringComparison.Ordinal) ? "an" : "a")} {role} you may not ask this; the platform does not show it to your role.", $"您的角色（{role}）無權查詢此項目；平台不向此角色顯示這些資料。"));
        return Finish(AnswerKind.NotAllowed);
    }

    public CopilotAnswer Clarify(string english, string chinese)
    {
        Line(T(english, chinese));
        return Finish(AnswerKind.Clarify);
    }
}
