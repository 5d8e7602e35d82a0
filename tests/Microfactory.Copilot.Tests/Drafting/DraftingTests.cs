using Microfactory.Copilot.Conversation;
using Microfactory.Copilot.Drafting;
using Microfactory.Copilot.Tests.Fixture;
using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Tests.Drafting;

public sealed class DraftingTests
{
    [Fact]
    public void SopDrafter_Routing_MarkedDraftOneSectionPerStepWithManualCitations()
    {
        var template = PlantData.Templates[0];
        var manual = Manuals.Index().Search("laser cutting steel", 1);

        var draft = SopDrafter.Draft(template, new Dictionary<string, IReadOnlyList<DocumentHit>> { ["cut"] = manual }, AnswerLanguage.English);

        Assert.Equal("draft", draft.Status);
        Assert.Equal("DRAFT: SOP for Wall shelf", draft.Title);
        Assert.StartsWith("# DRAFT: SOP for Wall shelf\n> Draft — generated from the platform's records; review and accept before use.", draft.Markdown, StringComparison.Ordinal);
        Assert.Contains("## 1. Laser cutting", draft.Markdown, StringComparison.Ordinal);
        Assert.Contains("## 2. Bending", draft.Markdown, StringComparison.Ordinal);
        Assert.Contains("- Time: setup 15 min, 2 min per piece", draft.Markdown, StringComparison.Ordinal);
        Assert.Equal(["template", "document-section"], draft.Citations.Select(c => c.Kind));
        Assert.Equal("laser-manual#cutting-steel", draft.Citations[1].Id);
    }

    [Fact]
    public void RootCauseHint_ScrapAfterDowntime_CountsWithinTheWindow()
    {
        var events = PlantData.History.Where(h => h.Period == Copilot.Tools.Period.ThisWeek).Select(h => h.Event).ToList();

        var draft = RootCauseHint.Draft("the factory this week", events, AnswerLanguage.English)!;

        // Scrap: sc_1 4 + sc_2 2 (press, 40 and 120 min after dt_7 ended), sc_3 1 (laser; rp_3 is a repair, not a downtime), sc_4 1 (press, a day later).
        Assert.Contains("8 parts scrapped in 4 reports.", draft.Markdown, StringComparison.Ordinal);
        Assert.Contains("- By machine: most on Press brake (7 of 8)", draft.Markdown, StringComparison.Ordinal);
        Assert.Contains("- By shift: most on early (6 of 8)", draft.Markdown, StringComparison.Ordinal);
        Assert.Contains("6 of the 8 scrapped parts were reported within 4 h after a downtime", draft.Markdown, StringComparison.Ordinal);
        Assert.Contains("Most scrap follows downtime", draft.Markdown, StringComparison.Ordinal);
        Assert.Equal(["dt_7", "sc_1", "sc_2", "sc_3", "sc_4"], draft.Citations.Select(c => c.Id));
    }

    [Fact]
    public void RootCauseHint_NoScrap_Null()
    {
        var downtimeOnly = PlantData.History.Select(h => h.Event).Where(e => e.Kind == MaintenanceEventKind.Downtime).ToList();

        Assert.Null(RootCauseHint.Draft("x", downtimeOnly, AnswerLanguage.English));
    }

    [Fact]
    public void MaintenanceGuide_Alarm_HistoryAndManualSections()
    {
        var alarm = PlantData.Alarms[0];
        var history = PlantData.History.Select(h => h.Event).ToList();
        var manual = Manuals.Index().Search("Press brake hydraulic pressure low", 2);

        var draft = MaintenanceGuide.Draft(alarm, history, manual, AnswerLanguage.TraditionalChinese);

        Assert.Equal("草稿：Press brake 警報處理指引", draft.Title);
        // dt_5 1 h + dt_7 2.5 h + dt_8 3.9167 h = 7.4 h; the leak repair twice.
        Assert.Contains("共 3 筆停機與維修紀錄，合計 7.4 小時；最常見：hydraulic leak repair（2 次）。", draft.Markdown, StringComparison.Ordinal);
        Assert.Equal("press-manual#low-hydraulic-pressure", draft.Citations.First(c => c.Kind == "document-section").Id);
        Assert.Equal(DraftKind.MaintenanceGuidance, draft.Kind);
    }
}
