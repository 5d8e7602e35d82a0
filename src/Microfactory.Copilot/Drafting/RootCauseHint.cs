using Microfactory.Copilot.Conversation;
using Microfactory.Copilot.Conversation.Answers;
using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Drafting;

/// <summary>
/// A root-cause hint from scrap and downtime records: where scrap concentrates (machine, shift, reason) and how much of it
/// came soon after a downtime on the same machine — a pattern to check, not a verdict.
/// </summary>
public static class RootCauseHint
{
    /// <summary>Scrap reported within this long after a downtime ends counts as following it.</summary>
    public static TimeSpan FollowWindow { get; } = TimeSpan.FromHours(4);

    /// <summary>Drafts the hint; null when the records hold no scrap.</summary>
    /// <param name="scope">What the records cover ("the press brake this week").</param>
    /// <param name="events">Scrap and downtime records.</param>
    /// <param name="language">The draft's language.</param>
    /// <param name="zone">The factory's time zone, in which the draft shows times (null: as the records give them).</param>
    /// <returns>The draft, or null.</returns>
    public static Draft? Draft(string scope, IReadOnlyList<MaintenanceEvent> events, AnswerLanguage language, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var scrap = events.Where(e => e.Kind == MaintenanceEventKind.Scrap && e.ScrapCount > 0).ToList();
        if (scrap.Count == 0)
        {
            return null;
        }
        var text = new DraftText(language, language == AnswerLanguage.TraditionalChinese ? $"{scope} 報廢根因提示" : $"Root-cause hint for scrap on {scope}", zone);
        var total = scrap.Sum(e => e.ScrapCount);
        text.Line(text.T($"{total} parts scrapped in {scrap.Count} reports.", $"共 {scrap.Count} 筆報廢回報，{total} 件。"));
        Top(text, scrap, e => e.MachineName, text.T("machine", "機台"));
        Top(text, scrap, e => e.Shift ?? "—", text.T("shift", "班次"));
        Top(text, scrap, e => e.Reason, text.T("reason", "原因"));
        var downtimes = events.Where(e => e.Kind == MaintenanceEventKind.Downtime && e.To is not null).ToList();
        var following = scrap.Where(s => downtimes.Any(d => d.MachineId == s.MachineId && s.From >= d.To && s.From - d.To!.Value <= FollowWindow)).ToList();
        text.Heading(text.T("After downtime", "停機之後"));
        text.Line(text.T($"{following.Sum(e => e.ScrapCount)} of the {total} scrapped parts were reported within {FollowWindow.TotalHours:0} h after a downtime on the same machine ended.",
            $"{total} 件報廢中有 {following.Sum(e => e.ScrapCount)} 件發生在同一機台停機結束後 {FollowWindow.TotalHours:0} 小時內。"));
        foreach (var d in downtimes.Where(d => following.Any(s => s.MachineId == d.MachineId && s.From >= d.To && s.From - d.To!.Value <= FollowWindow)))
        {
            text.Line($"- {text.Time(d.From)}–{text.Time(d.To)} {d.MachineName}: {d.Reason}");
            text.Cite(d.Cite());
        }
        text.Heading(text.T("Hint", "提示"));
        text.Line(following.Count * 2 >= scrap.Count
            ? text.T("Most scrap follows downtime: check the restart (warm-up, first-part inspection, tool and program set-up) after repairs.",
                     "多數報廢發生在停機之後：請檢查維修後的重新啟動（暖機、首件檢驗、刀具與程式設定）。")
            : text.T("Scrap does not cluster after downtime: check the top reason and shift above (material, tool wear, operator instructions).",
                     "報廢並未集中在停機之後：請檢查上述最常見的原因與班次（材料、刀具磨耗、作業指導）。"));
        foreach (var s in scrap)
        {
            text.Cite(s.Cite());
        }
        return text.Finish(DraftKind.RootCauseHint);
    }

    private static void Top(DraftText text, List<MaintenanceEvent> scrap, Func<MaintenanceEvent, string> key, string what)
    {
        var groups = scrap.GroupBy(key, StringComparer.Ordinal).Select(g => (Key: g.Key, Parts: g.Sum(e => e.ScrapCount)))
            .OrderByDescending(g => g.Parts).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var total = scrap.Sum(e => e.ScrapCount);
        text.Line(text.T($"- By {what}: most on {groups[0].Key} ({groups[0].Parts} of {total})", $"- 依{what}：以 {groups[0].Key} 最多（{total} 件中 {groups[0].Parts} 件）"));
    }
}
