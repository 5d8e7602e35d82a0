namespace Microfactory.Server.Storage;

/// <summary>Times are stored as Unix milliseconds (UTC) in both engines: portable, sortable, no zone ambiguity.</summary>
internal static class UnixTime
{
    public static long ToMs(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
