using System.Globalization;

namespace Microfactory.Shopfloor.Telemetry;

/// <summary>Telemetry times on the wire: RFC 3339 date-times that state their offset (<c>Z</c> or <c>±hh:mm</c>); kept to the millisecond.</summary>
public static class TelemetryTimes
{
    /// <summary>Reads an RFC 3339 date-time with an explicit offset; a time without one is refused rather than guessed.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null || text.Length is < 20 or > 40 || text[10] is not ('T' or 't'))
        {
            return false;
        }
        var last = text[^1];
        var hasOffset = last is 'Z' or 'z' || (text.Length > 6 && text[^3] == ':' && text[^6] is '+' or '-');
        if (!hasOffset || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }
        value = Truncate(parsed);
        return true;
    }

    /// <summary><paramref name="value"/> in UTC, to the millisecond, as stored.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset value) => DateTimeOffset.FromUnixTimeMilliseconds(value.ToUnixTimeMilliseconds());
}
