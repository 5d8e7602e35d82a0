using Microfactory.Copilot.Conversation;
using Microfactory.Copilot.Conversation.Answers;
using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Drafting;

/// <summary>Drafts guidance for an alarm: what it says, what the machine's history shows, what its manual says to do.</summary>
public static class MaintenanceGuide
{
    /// <summary>Drafts the guidance.</summary>
    /// <param name="alarm">The alarm.</param>
    /// <param name="history">The machine's downtime, repair and scrap records.</param>
    /// <param name="manualSections">The manual's sections that match the alarm, best first.</param>
    /// <param name="language">The draft's language.</param>
    /// <param name="zone">The factory's time zone, in which the draft shows times (null: as the records give them).</param>
    /// <returns>The draft.</returns>
    public static Draft Draft(AlarmRecord alarm, IReadOnlyList<MaintenanceEvent> history, IReadOnlyList<DocumentHit> manualSections, AnswerLanguage language, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(manualSections);
        var text = new DraftText(language, language == AnswerLanguage.TraditionalChinese ? $"{alarm.MachineName} 警報處理指引" : $"Guidance for the alarm on {alarm.MachineName}", zone);
        text.Cite(alarm.Cite());
        text.Line(text.T($"Alarm {alarm.Id} ({alarm.Kind}, {alarm.State}) since {text.Time(alarm.RaisedAt)}: {alarm.Message}",
            $"警報 {alarm.Id}（{alarm.Kind}，{alarm.State}）自 {text.Time(alarm.RaisedAt)}：{alarm.Message}"));
        text.Heading(text.T("History of the machine", "機台歷史"));
        var downtimes = history.Where(e => e.MachineId == alarm.MachineId && e.Kind != MaintenanceEventKind.Scrap).ToList();
        if (downtimes.Count == 0)
        {
            text.Line(text.T("No downtime or repair is recorded for it in the period.", "期間內沒有停機或維修紀錄。"));
        }
        else
        {
            var common = downtimes.GroupBy(e => e.Reason, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
            text.Line(text.T($"{downtimes.Count} downtime and repair records, {Say.Number(downtimes.Sum(e => e.Hours), "0.#")} h; most often: {common.Key} ({common.Count()}×).",
                $"共 {downtimes.Count} 筆停機與維修紀錄，合計 {Say.Number(downtimes.Sum(e => e.Hours), "0.#")} 小時；最常見：{common.Key}（{common.Count()} 次）。"));
            foreach (var e in downtimes.TakeLast(3))
            {
                text.Line($"- {text.Time(e.From)}: {e.Reason} ({Say.Number(e.Hours, "0.#")} h)");
                text.Cite(e.Cite());
            }
        }
        text.Heading(text.T("What the manual says", "手冊內容"));
        if (manualSections.Count == 0)
        {
            text.Line(text.T("No manual section matches this alarm.", "沒有符合此警報的手冊章節。"));
        }
        var step = 1;
        foreach (var hit in manualSections)
        {
            text.Line($"{step++}. {hit.Heading}: {CatalogueAnswers.Excerpt(hit.Text)}");
            text.Cite(hit.Cite());
        }
        text.Line(text.T("Acknowledge the alarm once the cause is found, and record any downtime taken.", "找到原因後請確認警報，並登記實際停機時間。"));
        return text.Finish(DraftKind.MaintenanceGuidance);
    }
}
