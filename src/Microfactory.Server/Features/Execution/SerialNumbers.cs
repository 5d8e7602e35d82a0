using System.Globalization;

namespace Microfactory.Server.Features.Execution;

/// <summary>
/// Serial numbers of produced units: <c>SN-{line}-{unit}</c> with the line id's random part in capitals and the unit
/// zero-padded to three digits (<c>SN-S0G1A3SDM16NMQ0V-007</c>). Derived, not drawn: two operations of one unit
/// starting at once agree on it, and it never repeats because line ids do not.
/// </summary>
internal static class SerialNumbers
{
    public const int MaxLength = 64;

    public static string Of(string lineId, int unit)
    {
        var underscore = lineId.IndexOf('_', StringComparison.Ordinal);
        var part = underscore >= 0 ? lineId[(underscore + 1)..] : lineId;
        return string.Create(CultureInfo.InvariantCulture, $"SN-{part.ToUpperInvariant()}-{unit:000}");
    }
}
