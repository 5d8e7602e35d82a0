using System.Globalization;
using System.Text.RegularExpressions;

namespace Microfactory.Copilot.Conversation;

/// <summary>
/// Clock times in a question ("from 14:00 to 16:00 tomorrow", "明天 14:00 到 16:00", "2026-12-05 08:30"), as instants in the
/// factory's offset. The day is an ISO date when given, else today or tomorrow relative to the host's <c>Now</c>.
/// </summary>
internal static partial class TimeSlots
{
    public static (DateTimeOffset? From, DateTimeOffset? To) Find(QuestionText text, DateTimeOffset now)
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

    [GeneratedRegex(@"(?<!\d)(?<h>\d{1,2}):(?<m>\d{2})(?!\d)")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
