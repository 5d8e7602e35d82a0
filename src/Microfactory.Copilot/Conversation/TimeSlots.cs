using System.Globalization;
using System.Text.RegularExpressions;

namespace Microfactory.Copilot.Conversation;

/// <summary>
/// Clock times in a question ("from 14:00 to 16:00 tomorrow", "明天 14:00 到 16:00", "2026-12-05 08:30"), as instants in the
/// factory's offset. The day is an ISO date when given, else today or tomorrow relative to the host's <c>Now</c>. A
/// duration ("for two hours", "兩小時", "90 分鐘") ends the window that long after its start, which is now (to the minute)
/// when no clock time is given: "記錄折彎機停機兩小時" is a stop from now on.
/// </summary>
internal static partial class TimeSlots
{
    private static readonly string[] EnglishNumbers = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static (DateTimeOffset? From, DateTimeOffset? To) Find(QuestionText text, DateTimeOffset now)
    {
        var (from, to) = Clock(text, now);
        if (Duration(text.Original) is { } duration && to is null)
        {
            from ??= now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute));
            to = from + duration;
        }
        return (from, to);
    }

    private static (DateTimeOffset? From, DateTimeOffset? To) Clock(QuestionText text, DateTimeOffset now)
    {
        var times = ClockTime().Matches(text.Original);
        if (times.Count == 0)
        {
            return (null, null);
        }
        var day = DateOnly.FromDateTime(now.DateTime);
        if (IsoDate().Match(text.Original) is { Success: true } date)
        {
            day = DateOnly.ParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        else if (text.Has("tomorrow") || text.Has("明天") || text.Has("明日"))
        {
            day = day.AddDays(1);
        }
        DateTimeOffset? At(Match m)
        {
            var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            return hour is > 23 || minute > 59 ? null : new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), now.Offset);
        }
        return (At(times[0]), times.Count > 1 ? At(times[1]) : null);
    }

    /// <summary>"for 2 hours", "for an hour", "for half an hour", "for 90 minutes", "兩小時", "兩個半小時", "半小時", "30 分鐘"; at most a week.</summary>
    private static TimeSpan? Duration(string text)
    {
        double? hours = null;
        if (EnglishDuration().Match(text) is { Success: true } english)
        {
            var n = english.Groups["n"].Value.ToLowerInvariant();
            var count = english.Groups["halfan"].Success ? 0.5
                : n == "an" ? 1
                : Array.IndexOf(EnglishNumbers, n) is var word and >= 0 ? Math.Max(word, 1)
                : double.Parse(n, CultureInfo.InvariantCulture);
            count += english.Groups["andahalf"].Success ? 0.5 : 0;
            hours = english.Groups["unit"].Value.StartsWith('m') ? count / 60 : count;
        }
        else if (ChineseDuration().Matches(text).FirstOrDefault(m => m.Groups["n"].Success || m.Groups["half"].Success) is { } chinese)
        {
            var count = (chinese.Groups["n"].Success ? ChineseNumber(chinese.Groups["n"].Value) : 0) + (chinese.Groups["half"].Success ? 0.5 : 0);
            hours = chinese.Groups["unit"].Value == "分鐘" ? count / 60 : count;
        }
        return hours is > 0 and <= 7 * 24 ? TimeSpan.FromMinutes(Math.Round(hours.Value * 60)) : null;
    }

    /// <summary>Arabic digits, or Chinese numerals up to 99 (兩, 十二, 二十五).</summary>
    private static double ChineseNumber(string n)
    {
        if (char.IsAsciiDigit(n[0]))
        {
            return double.Parse(n, CultureInfo.InvariantCulture);
        }
        const string digits = "零一二三四五六七八九";
        int Digit(char c) => c == '兩' ? 2 : digits.IndexOf(c, StringComparison.Ordinal);
        var ten = n.IndexOf('十', StringComparison.Ordinal);
        return ten < 0 ? Digit(n[0]) : (ten == 0 ? 1 : Digit(n[0])) * 10 + (ten == n.Length - 1 ? 0 : Digit(n[^1]));
    }

    [GeneratedRegex(@"\bfor\s+(?:(?<halfan>half an)|(?<n>\d+(?:\.\d+)?|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?<unit>hours?|hrs?|minutes?|mins?)\b(?<andahalf>\s+and a half)?", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDuration();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?|[一二兩三四五六七八九十]{1,3})?\s*個?(?<half>半)?\s*(?<unit>小時|鐘頭|分鐘)")]
    private static partial Regex ChineseDuration();

    [GeneratedRegex(@"(?<!\d)(?<h>\d{1,2}):(?<m>\d{2})(?!\d)")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
