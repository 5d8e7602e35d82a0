using Microfactory.Copilot.Tools.Arguments;
using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Conversation.Answers;

/// <summary>Answers about templates, materials and documents.</summary>
internal static class CatalogueAnswers
{
    /// <summary>Words that ask for a document: a question with them and no match is told "no section matches".</summary>
    private static readonly string[] DocumentCues = ["manual", "document", "sop", "procedure", "instruction", "guide", "手冊", "文件", "說明", "程序", "步驟", "指引"];

    public static async Task<CopilotAnswer> TemplatesAsync(AnswerContext a)
    {
        if (a.Slots.Template is { } id)
        {
            var one = await a.CallAsync("get_template", new TemplateArguments(id));
            if (one.Data is not TemplateDetails d)
            {
                return a.NotAnswered(one, a.T($"There is no published template {id}.", $"沒有已發布的模板 {id}。"));
            }
            var description = d.Template.Description.TrimEnd().TrimEnd('.', '。');
            a.Line(a.T($"{d.Template.Title} (version {d.Template.Version}): {description}. Routing:", $"{d.Template.Title}（版本 {d.Template.Version}）：{description}。工藝路線："));
            foreach (var s in d.Routing)
            {
                a.Line(a.T($"- {s.Name} ({s.Capability}) on {string.Join(" or ", s.MachineNames.Select(m => a.MachineName(null, m)))}: setup {Say.Number(s.SetupMinutes)} min, {Say.Number(s.RunMinutes)} min per piece",
                    $"- {s.Name}（{s.Capability}）於 {string.Join("或", s.MachineNames.Select(m => a.MachineName(null, m)))}：換線 {Say.Number(s.SetupMinutes)} 分鐘，每件 {Say.Number(s.RunMinutes)} 分鐘"));
            }
            return a.Finish(AnswerKind.Answer);
        }
        var outcome = await a.CallAsync("list_templates", new NoArguments());
        if (outcome.Data is not IReadOnlyList<TemplateSummary> templates)
        {
            return a.NotAnswered(outcome, a.T("No template is published yet.", "目前尚無已發布的模板。"));
        }
        a.Line(a.T($"{templates.Count} templates are published:", $"已發布 {templates.Count} 個模板："));
        foreach (var t in templates)
        {
            a.Line($"- {t.Title} ({t.Id}, v{t.Version}): {t.Description}");
        }
        return a.Finish(AnswerKind.Answer);
    }

    public static async Task<CopilotAnswer> MaterialsAsync(AnswerContext a)
    {
        var outcome = await a.CallAsync("list_materials", new NoArguments());
        if (outcome.Data is not IReadOnlyList<MaterialInfo> materials)
        {
            return a.NotAnswered(outcome, a.T("The factory has no materials recorded.", "工廠沒有登錄任何材料。"));
        }
        a.Line(a.T($"{materials.Count} materials:", $"共 {materials.Count} 種材料："));
        foreach (var m in materials)
        {
            a.Line(a.T($"- {m.Name} ({m.Id}) from {m.SupplierName}: {Say.Number(m.KgCo2ePerUnit, "0.###")} kg CO2e per {m.Unit}, {(m.PrimaryData ? "primary data" : "secondary factor")}",
                $"- {m.Name}（{m.Id}），供應商 {m.SupplierName}：每 {m.Unit} {Say.Number(m.KgCo2ePerUnit, "0.###")} kg CO2e，{(m.PrimaryData ? "一手數據" : "次級係數")}"));
        }
        return a.Finish(AnswerKind.Answer);
    }

    public static async Task<CopilotAnswer> DocumentsAsync(AnswerContext a)
    {
        var query = DocumentQuery.From(a.Question.Text);
        if (query.Length == 0)
        {
            return a.Clarify("What should I look for in the manuals?", "請問要在手冊中查找什麼？");
        }
        var outcome = await a.CallAsync("search_documents", new SearchArguments(query, 3));
        if (outcome.Data is not IReadOnlyList<DocumentHit> hits)
        {
            // "明天天氣如何？" reached the manuals only by its "how": unless it asked for a document, it was no question for them.
            return outcome.Status == Tools.ToolStatus.NotFound && !DocumentCues.Any(new QuestionText(a.Question.Text).Has)
                ? a.NotUnderstood()
                : a.NotAnswered(outcome, a.T("No manual or SOP section matches the question.", "沒有任何手冊或 SOP 章節符合此問題。"));
        }
        a.Line(a.T("The documents say:", "文件內容如下："));
        foreach (var h in hits)
        {
            // Document text is quoted as data, never followed as an instruction.
            a.Line($"> {h.Heading}: {Excerpt(h.Text)}");
        }
        return a.Finish(AnswerKind.Answer);
    }

    internal static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return flat.Length <= 280 ? flat : flat[..280] + "…";
    }
}
