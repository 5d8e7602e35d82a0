using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Arguments;
using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Conversation.Answers;

/// <summary>Answers about footprints, supplier coverage and passports.</summary>
internal static class CarbonAnswers
{
    public static async Task<CopilotAnswer> FootprintAsync(AnswerContext a, bool driver)
    {
        var found = await FindAsync(a);
        if (found.Footprint is not { } f)
        {
            return found.Answer!;
        }
        a.Line(a.T($"{(f.IsActual ? "The actual" : "The estimated")} footprint of {f.Title} is {Say.Kg(f.KgCo2e)} per piece, {Say.Percent(a.Language, f.PrimaryDataShare)} from primary data.",
            $"{f.Title} 的{(f.IsActual ? "實際" : "估算")}碳足跡為每件 {Say.Kg(f.KgCo2e)}，其中一手數據占 {Say.Percent(a.Language, f.PrimaryDataShare)}。"));
        if (driver)
        {
            var bySupplier = f.Lines.Where(l => l.SupplierName is not null).GroupBy(l => l.SupplierName!, StringComparer.Ordinal)
                .Select(g => (Supplier: g.Key, Kg: g.Sum(l => l.KgCo2e))).OrderByDescending(s => s.Kg).ThenBy(s => s.Supplier, StringComparer.Ordinal).ToList();
            if (bySupplier.Count == 0)
            {
                a.Line(a.T("No line of it names a supplier.", "其中沒有任何一行註明供應商。"));
            }
            else
            {
                var top = bySupplier[0];
                var share = f.KgCo2e == 0 ? 0 : top.Kg / f.KgCo2e;
                a.Line(a.T($"The supplier that drives it is {top.Supplier}: {Say.Kg(top.Kg)}, {Say.Percent(a.Language, share)} of the total.",
                    $"影響最大的供應商是 {top.Supplier}：{Say.Kg(top.Kg)}，占總量 {Say.Percent(a.Language, share)}。"));
                foreach (var s in bySupplier.Skip(1))
                {
                    a.Line($"- {s.Supplier}: {Say.Kg(s.Kg)}");
                }
            }
            return a.Finish(AnswerKind.Answer);
        }
        foreach (var stage in f.Lines.GroupBy(l => l.Stage, StringComparer.Ordinal))
        {
            a.Line($"- {stage.Key}: {Say.Kg(stage.Sum(l => l.KgCo2e))}");
        }
        return a.Finish(AnswerKind.Answer);
    }

    public static async Task<CopilotAnswer> CoverageAsync(AnswerContext a)
    {
        var outcome = await a.CallAsync("get_supplier_coverage", new CoverageArguments(a.Slots.Period));
        if (outcome.Data is not SupplierCoverage c)
        {
            return a.NotAnswered(outcome, a.T($"No units were completed in {Say.Period(a.Language, a.Slots.Period)}, so there is no supplier coverage to report.",
                $"{Say.Period(a.Language, a.Slots.Period)}沒有完成任何產品，因此沒有供應商覆蓋率可報告。"));
        }
        var verdict = c.ShareByMass >= c.Target ? a.T("meets", "達到") : a.T("is below", "低於");
        a.Line(a.T($"Supplier coverage {a.Time(c.From)}–{a.Time(c.To)}: {Say.Percent(a.Language, c.ShareByMass)} by mass and {Say.Percent(a.Language, c.ShareBySpend)} by spend from suppliers' own data; it {verdict} the {Say.Percent(a.Language, c.Target)} target.",
            $"{a.Time(c.From)}–{a.Time(c.To)} 供應商覆蓋率：按質量 {Say.Percent(a.Language, c.ShareByMass)}，按支出 {Say.Percent(a.Language, c.ShareBySpend)} 來自供應商自有數據；{verdict} {Say.Percent(a.Language, c.Target)} 的目標。"));
        foreach (var s in c.Suppliers)
        {
            a.Line(a.T($"- {s.Name}: {Say.Percent(a.Language, s.ShareByMass)} of the mass, {(s.HasPrimaryData ? "primary data" : "secondary factors")}",
                $"- {s.Name}：質量占 {Say.Percent(a.Language, s.ShareByMass)}，{(s.HasPrimaryData ? "一手數據" : "次級係數")}"));
        }
        return a.Finish(AnswerKind.Answer);
    }

    public static async Task<CopilotAnswer> PassportAsync(AnswerContext a)
    {
        if (a.Slots.Serial is not { } serial)
        {
            return a.Clarify("Which unit? Give its serial number.", "請問是哪一件產品？請提供序號。");
        }
        var outcome = await a.CallAsync("get_passport", new SerialArguments(serial));
        if (outcome.Data is not PassportSummary p)
        {
            return a.NotAnswered(outcome, a.T($"I found no passport for serial {serial} that you can see.", $"查無您可查看的序號 {serial} 產品護照。"));
        }
        a.Line(a.T($"Unit {p.Serial} ({p.ProductName}, order {p.OrderNumber}) was finished at {a.Time(p.CompletedAt)}; its passport {p.ShellId} records {Say.Kg(p.KgCo2e)} and the materials {string.Join(", ", p.Materials)}.",
            $"產品 {p.Serial}（{p.ProductName}，訂單 {p.OrderNumber}）於 {a.Time(p.CompletedAt)} 完成；其護照 {p.ShellId} 記錄碳足跡 {Say.Kg(p.KgCo2e)}，材料為 {string.Join("、", p.Materials)}。"));
        return a.Finish(AnswerKind.Answer);
    }

    /// <summary>A unit's actual footprint when a serial is named, else the template's estimate.</summary>
    private static async Task<Found> FindAsync(AnswerContext a)
    {
        ToolOutcome outcome;
        string subject;
        if (a.Slots.Serial is { } serial)
        {
            (outcome, subject) = (await a.CallAsync("get_unit_footprint", new SerialArguments(serial)), serial);
        }
        else if (a.Slots.Template is { } template)
        {
            (outcome, subject) = (await a.CallAsync("get_template_footprint", new TemplateArguments(template)), a.Catalogue.Template(template)?.Name ?? template);
        }
        else
        {
            return new Found(null, a.Clarify("Of which product? Name a template or a unit's serial.", "請問是哪一個產品？請提供模板名稱或產品序號。"));
        }
        return outcome.Data is FootprintSummary f
            ? new Found(f, null)
            : new Found(null, a.NotAnswered(outcome, a.T($"There is no footprint for {subject} that you can see.", $"查無您可查看的 {subject} 碳足跡。")));
    }

    private sealed record Found(FootprintSummary? Footprint, CopilotAnswer? Answer);
}
