using System.Globalization;
using System.Text.RegularExpressions;
using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Conversation;

/// <summary>Finds the platform's names and ids in a question: the longest catalogue name wins, ids are found by their shape.</summary>
internal static partial class SlotFiller
{
    private static readonly (string Cue, Period Period)[] Periods =
    [
        ("last shift", Period.LastShift), ("previous shift", Period.LastShift), ("this shift", Period.ThisShift), ("current shift", Period.ThisShift),
        ("yesterday", Period.Yesterday), ("today", Period.Today), ("so far", Period.Today), ("this week", Period.ThisWeek), ("last week", Period.LastWeek),
        ("上一班", Period.LastShift), ("上個班", Period.LastShift), ("上一個班", Period.LastShift), ("上班次", Period.LastShift), ("前一班", Period.LastShift),
        ("這一班", Period.ThisShift), ("這班", Period.ThisShift), ("本班", Period.ThisShift), ("當班", Period.ThisShift), ("目前班次", Period.ThisShift),
        ("昨天", Period.Yesterday), ("昨日", Period.Yesterday), ("今天", Period.Today), ("今日", Period.Today),
        ("本週", Period.ThisWeek), ("這週", Period.ThisWeek), ("這星期", Period.ThisWeek), ("本周", Period.ThisWeek), ("這周", Period.ThisWeek),
        ("上週", Period.LastWeek), ("上星期", Period.LastWeek), ("上周", Period.LastWeek),
    ];

    public static QuestionSlots Fill(QuestionText text, PlantCatalogue catalogue)
    {
        var order = Longest(text, catalogue.Orders)?.Name ?? OrderNumber(text.Original);
        var serial = catalogue.Serials.Where(s => text.Original.Contains(s, StringComparison.OrdinalIgnoreCase)).MaxBy(s => s.Length) ?? SerialAfterCue(text.Original);
        var (from, to) = TimeSlots.Find(text, catalogue.Now);
        return new QuestionSlots(
            Order: order,
            Machine: Longest(text, catalogue.Machines)?.Id,
            Template: Longest(text, catalogue.Templates)?.Id,
            Serial: serial,
            Period: Periods.Where(p => text.Has(p.Cue)).Select(p => (Period?)p.Period).FirstOrDefault(),
            Alarm: AlarmId().Match(text.Original) is { Success: true } alarm ? alarm.Value : null,
            Operation: catalogue.Operations.Where(o => text.Original.Contains(o, StringComparison.OrdinalIgnoreCase)).MaxBy(o => o.Length),
            Priority: Priority(text, order),
            From: from,
            To: to,
            Reason: Reason().Match(text.Original) is { Success: true } reason ? reason.Groups["reason"].Value.Trim().TrimEnd('.', '。', '?', '？') : null,
            OrderFilter: Filter(text));
    }

    /// <summary>The entry with the longest name found in the question (a name is found whole: "laser" is not in "lasers2").</summary>
    private static CatalogueEntry? Longest(QuestionText text, IReadOnlyList<CatalogueEntry> entries)
    {
        CatalogueEntry? best = null;
        var bestLength = 0;
        foreach (var entry in entries)
        {
            foreach (var name in entry.Names.Append(entry.Id))
            {
                var found = name.Any(Retrieval.TextTokens.IsHan)
                    ? text.Lower.Contains(name.ToLowerInvariant(), StringComparison.Ordinal)
                    : text.Words.Contains(new QuestionText(name).Words, StringComparison.Ordinal);
                if (found && name.Length > bestLength)
                {
                    (best, bestLength) = (entry, name.Length);
                }
            }
        }
        return best;
    }

    private static string? OrderNumber(string text) =>
        OrderShape().Match(text) is { Success: true } m ? m.Value.StartsWith("ord_", StringComparison.Ordinal) ? m.Value : m.Value.ToUpperInvariant() : null;

    private static string? SerialAfterCue(string text) => SerialCue().Match(text) is { Success: true } m ? m.Groups["serial"].Value : null;

    private static int? Priority(QuestionText text, string? order)
    {
        if (!text.Has("priority") && !text.Has("優先"))
        {
            return null;
        }
        var rest = order is null ? text.Original : text.Original.Replace(order, " ", StringComparison.OrdinalIgnoreCase);
        var numbers = SignedInteger().Matches(rest);
        return numbers.Count == 0 ? null : int.Parse(numbers[^1].Value, CultureInfo.InvariantCulture);
    }

    private static OrderFilter? Filter(QuestionText text) =>
        text.Has("late") || text.Has("behind") || text.Has("delay") || text.Has("延誤") || text.Has("延遲") || text.Has("遲") ? OrderFilter.Late
        : text.Has("all") || text.Has("所有") || text.Has("全部") ? OrderFilter.All
        : text.Has("open") || text.Has("未完成") || text.Has("進行中") ? OrderFilter.Open
        : null;

    // Bounded by what is not an ASCII letter or digit rather than \b: Han characters are word characters too, and
    // "訂單SO-1042的" names the order as well as "order SO-1042".
    [GeneratedRegex(@"(?<![A-Za-z0-9_-])(?:[A-Za-z]{2,4}-\d{2,}(?![A-Za-z0-9_-])|ord_[a-z0-9]+(?![A-Za-z0-9_]))")]
    private static partial Regex OrderShape();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])(?:alm_[A-Za-z0-9_]+|ALM-\d+(?![A-Za-z0-9_]))")]
    private static partial Regex AlarmId();

    [GeneratedRegex(@"(?:serial(?:\s+number)?|unit|序號|序列號|編號)\s*[:：]?\s*(?<serial>[A-Za-z0-9][A-Za-z0-9\-]{2,})", RegexOptions.IgnoreCase)]
    private static partial Regex SerialCue();

    [GeneratedRegex(@"(?<![\w:])-?\d+(?![\w:])")]
    private static partial Regex SignedInteger();

    [GeneratedRegex(@"(?:because(?: of)?|due to|reason[:：]?|因為|由於|原因[:：]?)\s*(?<reason>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Reason();
}
