using System.Globalization;

namespace Microfactory.Server.Components.Shared;

/// <summary>
/// Instants as people at the factory read them: in the factory's IANA zone, with the zone named, so that a promise
/// reads the same wherever the customer is ("Thu 3 Dec 2026, 14:20 Hong Kong time").
/// </summary>
internal static class FactoryTime
{
    public static string Format(DateTimeOffset instant, string timeZoneId)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Zone(timeZoneId));
        return local.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " " + ZoneName(timeZoneId);
    }

    /// <summary>The same, without the year and the zone: for lists where the zone is said once.</summary>
    public static string Short(DateTimeOffset instant, string timeZoneId) =>
        TimeZoneInfo.ConvertTime(instant, Zone(timeZoneId)).ToString("ddd d MMM, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Hong Kong time" for Asia/Hong_Kong; "UTC" for UTC.</summary>
    public static string ZoneName(string timeZoneId)
    {
        if (timeZoneId is "UTC" or "Etc/UTC")
        {
            return "UTC";
        }
        var city = timeZoneId[(timeZoneId.LastIndexOf('/') + 1)..].Replace('_', ' ');
        return city + " time";
    }

    /// <summary>A span for people: "45 min", "3 h 05 min", "2 d 4 h" (the sign is the caller's to say).</summary>
    public static string Span(TimeSpan span)
    {
        var minutes = (long)Math.Round(Math.Abs(span.TotalMinutes));
        if (minutes < 60)
        {
            return $"{minutes} min";
        }
        if (minutes < 24 * 60)
        {
            return $"{minutes / 60} h {minutes % 60:00} min";
        }
        var hours = (long)Math.Round(minutes / 60.0);
        return $"{hours / 24} d {hours % 24} h";
    }

    private static TimeZoneInfo Zone(string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
}
