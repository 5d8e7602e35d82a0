using System.Globalization;

namespace Microfactory.Shopfloor.Alarms;

/// <summary>Numbers, durations and instants as people read them in alarm messages (invariant culture, UTC).</summary>
internal static class AlarmText
{
    public static string Kw(double kw) => kw.ToString("0.##", CultureInfo.InvariantCulture) + " kW";

    public static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>"1 h 7 min", "45 min", "30 s": rounded down to the minute from one minute on.</summary>
    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.FromMinutes(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)span.TotalSeconds)} s");
        }
        var hours = (long)span.TotalHours;
        var minutes = span.Minutes;
        return hours == 0 ? string.Create(CultureInfo.InvariantCulture, $"{minutes} min")
            : minutes == 0 ? string.Create(CultureInfo.InvariantCulture, $"{hours} h")
            : string.Create(CultureInfo.InvariantCulture, $"{hours} h {minutes} min");
    }
}
