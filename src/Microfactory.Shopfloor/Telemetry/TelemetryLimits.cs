namespace Microfactory.Shopfloor.Telemetry;

/// <summary>The bounds every telemetry message is held to, whatever way it arrives.</summary>
public static class TelemetryLimits
{
    /// <summary>Largest payload of one message, in bytes (4 KiB): a state, count or energy message needs a few hundred.</summary>
    public const int MaxPayloadBytes = 4 * 1024;

    /// <summary>Longest factory id, machine id, message id or operation id, in characters.</summary>
    public const int MaxIdLength = 100;

    /// <summary>Longest state change reason, in characters.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Most parts (good or scrap) one count message may report.</summary>
    public const long MaxPartsPerMessage = 1_000_000;

    /// <summary>Largest meter reading, in kWh (a terawatt-hour: no machine's meter gets there).</summary>
    public const double MaxKwh = 1e9;

    /// <summary>How far ahead of the server's clock <c>at</c> may be: machine clocks drift, but not by more.</summary>
    public static TimeSpan MaxClockAhead { get; } = TimeSpan.FromMinutes(5);

    /// <summary>How far behind the server's clock <c>at</c> may be: a gateway may replay a long outage, but not years.</summary>
    public static TimeSpan MaxAge { get; } = TimeSpan.FromDays(366);
}
