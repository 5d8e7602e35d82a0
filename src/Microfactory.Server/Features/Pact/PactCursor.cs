using System.Globalization;
using System.Text;

namespace Microfactory.Server.Features.Pact;

/// <summary>
/// The position after the last footprint of a page (its creation time and id), opaque to clients. A keyset position
/// never expires and is the same whoever calls it again, so a pagination link stays valid far beyond the 180 s the
/// specification asks for, and footprints published meanwhile appear on later pages, not twice.
/// </summary>
internal static class PactCursor
{
    public static string Encode(DateTimeOffset createdAt, Guid id) =>
        PactSecrets.Base64Url(Encoding.ASCII.GetBytes($"1|{createdAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}|{id:D}"));

    public static (DateTimeOffset CreatedAt, Guid Id)? Decode(string cursor)
    {
        if (cursor.Length > 120)
        {
            return null;
        }
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            var parts = Encoding.ASCII.GetString(Convert.FromBase64String(padded)).Split('|');
            return parts.Length == 3 && parts[0] == "1" && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                && Guid.TryParseExact(parts[2], "D", out var id) && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
                ? (DateTimeOffset.FromUnixTimeMilliseconds(ms), id)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
