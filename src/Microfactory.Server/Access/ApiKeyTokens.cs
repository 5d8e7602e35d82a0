using System.Security.Cryptography;
using System.Text;

namespace Microfactory.Server.Access;

/// <summary>
/// API keys are 32 random bytes shown once as <c>mf_…</c> (base64url) and stored only as their SHA-256
/// hash. A slow password hash is not needed: the key has 256 bits of entropy, so the hash cannot be
/// reversed by guessing, and a fast hash keeps every API call cheap.
/// </summary>
internal static class ApiKeyTokens
{
    public const string Prefix = "mf_";

    public static string Generate()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return Prefix + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
