using System.Globalization;
using Microfactory.Core.Factories;

namespace Microfactory.Cli.Commands;

/// <summary>
/// Times as the factory's people read them: in the factory's time zone, with the offset, to the minute
/// (<c>2026-12-03 14:30 +08:00</c>). Promises, plans and downtimes are shown this way by every command.
/// </summary>
internal sealed class FactoryClock
{
    private readonly TimeZoneInfo _zone;

    public FactoryClock(Factory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _zone = TimeZoneInfo.FindSystemTimeZoneById(factory.TimeZoneId);
        ZoneId = factory.TimeZoneId;
    }

    public string ZoneId { get; }

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);

    /// <summary>The instant of a wall-clock time at the factory (a time skipped by daylight saving counts from the end of the jump).</summary>
    public DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (_zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddMinutes(1);
        }
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, _zone), TimeSpan.Zero);
    }

    public string Format(DateTimeOffset instant) => Local(instant).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    public string Format(DateTimeOffset? instant) => instant is { } value ? Format(value) : "—";

    /// <summary>Without the offset, for tables whose heading names the zone.</summary>
    public string Short(DateTimeOffset instant) => Local(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
