using System.Text.RegularExpressions;

namespace Microfactory.Core.Ids;

/// <summary>
/// Shape and creation of entity ids: <c>{prefix}_{body}</c> where the body is 1–60 characters of
/// lower-case letters, digits and underscores. Seeded and imported data may choose readable bodies
/// (<c>mat_steel_dc01_1_5</c>); new entities get 16 random base-32 characters.
/// </summary>
public static partial class EntityIds
{
    public const int MaxBodyLength = 60;

    public static bool IsValid(string prefix, string? id) =>
        id is not null && id.Length > prefix.Length + 1 && id.Length <= prefix.Length + 1 + MaxBodyLength
        && id.StartsWith(prefix + "_", StringComparison.Ordinal) && BodyPattern().IsMatch(id.AsSpan(prefix.Length + 1));

    /// <summary>Creates a new id from 10 random bytes supplied by the caller (the host passes a cryptographic source).</summary>
    public static string Create(string prefix, ReadOnlySpan<byte> tenRandomBytes)
    {
        if (tenRandomBytes.Length != 10)
        {
            throw new ArgumentException("An id needs exactly 10 random bytes.", nameof(tenRandomBytes));
        }
        const string alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
        Span<char> body = stackalloc char[16];
        ulong acc = 0;
        int bits = 0, written = 0;
        foreach (var b in tenRandomBytes)
        {
            acc = (acc << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                body[written++] = alphabet[(int)((acc >> bits) & 31)];
            }
        }
        return string.Concat(prefix, "_", body);
    }

    [GeneratedRegex("^[a-z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern();
}
