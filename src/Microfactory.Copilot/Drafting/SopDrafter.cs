using Microfactory.Copilot.Conversation;
using Microfactory.Copilot.Conversation.Answers;
using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Drafting;

/// <summary>Drafts an SOP: one section per routing step with its machines, times, the routing's instructions and the manuals' sections.</summary>
public static class SopDrafter
{
    /// <summary>Drafts the SOP of a template.</summary>
    /// <param name="template">The template with its routing.</param>
    /// <param name="manualSections">Manual sections found for each step, by step id (missing steps have none).</param>
    /// <param name="language">The draft's language.</param>
    /// <returns>The draft.</returns>
    public static Draft Draft(TemplateDetails template, IReadOnlyDictionary<string, IReadOnlyList<DocumentHit>> manualSections, AnswerLanguage language)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(manualSections);
        var t = template.Template;
        var text = new DraftText(language, TitleOf(language, t.Title));
        text.Cite(t.Cite());
        text.Line(text.T($"Scope: making {t.Title} (template {t.Id}, version {t.Version}), {template.Routing.Count} steps.",
            $"範圍：製作 {t.Title}（模板 {t.Id}，版本 {t.Version}），共 {template.Routing.Count} 道工序。"));
        var number = 1;
        foreach (var step in template.Routing)
        {
            text.Heading($"{number++}. {step.Name}");
            text.Line(text.T($"- Machine: {string.Join(" or ", step.MachineNames)} (capability {step.Capability})", $"- 機台：{string.Join("或", step.MachineNames)}（能力 {step.Capability}）"));
            text.Line(text.T($"- Time: setup {Say.Number(step.SetupMinutes)} min, {Say.Number(step.RunMinutes)} min per piece", $"- 工時：換線 {Say.Number(step.SetupMinutes)} 分鐘，每件 {Say.Number(step.RunMinutes)} 分鐘"));
            if (step.Instructions.Length > 0)
            {
                text.Line(text.T($"- Routing instructions: {step.Instructions}", $"- 工藝說明：{step.Instructions}"));
            }
            foreach (var hit in manualSections.GetValueOrDefault(step.StepId) ?? [])
            {
                text.Line(text.T($"- From the manual, {hit.Heading}: {CatalogueAnswers.Excerpt(hit.Text)}", $"- 手冊（{hit.Heading}）：{CatalogueAnswers.Excerpt(hit.Text)}"));
                text.Cite(hit.Cite());
            }
            text.Line(text.T("- Check: count good and scrap parts and report them at Finish.", "- 檢查：於完成時回報良品與報廢數量。"));
        }
        return text.Finish(DraftKind.Sop);

        static string TitleOf(AnswerLanguage language, string title) => language == AnswerLanguage.TraditionalChinese ? $"{title} 標準作業程序" : $"SOP for {title}";
    }
}
