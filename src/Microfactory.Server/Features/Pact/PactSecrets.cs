using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Microfactory.Server.Features.Pact;

/// <summary>
/// PACT client ids and secrets. A generated secret is 32 random bytes (<c>pcs_…</c>, base64url), shown once and stored
/// only as its SHA-256 hash: with 256 bits of entropy a slow hash adds nothing, and the token endpoint stays cheap.
/// Configured secrets must be at least <see cref="MinConfiguredSecretLength"/> characters. Hashes are compared in
/// constant time.
/// </summary>
internal static partial class PactSecrets
{
    public const int MinConfiguredSecretLength = 20;
    public const int MaxSecretLength = 256;
    public const int MaxClientIdLength = 100;

    public static string NewSecret()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return "pcs_" + Base64Url(bytes);
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));

    /// <summary>Client ids are plain tokens so they survive HTTP Basic, forms and URLs unchanged.</summary>
    public static bool IsClientId(string? id) => id is { Length: >= 3 and <= MaxClientIdLength } && ClientIdShape().IsMatch(id);

    public static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex(@"\A[A-Za-z0-9._-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex ClientIdShape();
}
