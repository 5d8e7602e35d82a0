using System.Globalization;
using System.Security.Cryptography;
using Microfactory.Server.Access;
using Microsoft.AspNetCore.DataProtection;

namespace Microfactory.Server.Features.Pact;

/// <summary>
/// PACT access tokens: the client id, when the token was issued and when it expires, sealed with the server's
/// data-protection keys (authenticated encryption; the keys persist, so tokens survive a restart). Opaque to clients,
/// checked without a table. A token is refused when it cannot be unsealed (not ours), when it has expired, and when
/// its client was revoked since.
/// </summary>
internal sealed class PactTokens(IDataProtectionProvider protection, WallClock time)
{
    public const string Prefix = "pat_";

    /// <summary>Longest Authorization value looked at; ours are about 200 characters.</summary>
    public const int MaxTokenLength = 2048;

    private readonly IDataProtector _protector = protection.CreateProtector("Microfactory.Pact.AccessToken.v1");

    public (string Token, DateTimeOffset ExpiresAt) Issue(PactClient client)
    {
        var now = time.GetUtcNow();
        var expires = now + PactOptions.TokenLifetime;
        Span<byte> nonce = stackalloc byte[8];
        RandomNumberGenerator.Fill(nonce);
        var payload = string.Join('|', client.Id, now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            expires.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), PactSecrets.Base64Url(nonce));
        return (Prefix + _protector.Protect(payload), expires);
    }

    /// <summary>What a presented token says: <see cref="TokenCheck.Invalid"/> when it is not one of ours, else its client and whether it expired.</summary>
    public TokenCheck Check(string token)
    {
        if (token.Length is < 5 or > MaxTokenLength || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return TokenCheck.Invalid;
        }
        string payload;
        try
        {
            payload = _protector.Unprotect(token[Prefix.Length..]);
        }
        catch (CryptographicException)
        {
            return TokenCheck.Invalid;
        }
        catch (FormatException)
        {
            return TokenCheck.Invalid;
        }
        var parts = payload.Split('|');
        if (parts.Length != 4 || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expiresMs))
        {
            return TokenCheck.Invalid;
        }
        var expired = time.GetUtcNow() >= DateTimeOffset.FromUnixTimeMilliseconds(expiresMs);
        return new TokenCheck(true, parts[0], expired);
    }
}

/// <summary>The outcome of reading a token: <see cref="Ours"/> when it was sealed by this server, for <see cref="ClientId"/>.</summary>
internal sealed record TokenCheck(bool Ours, string ClientId, bool Expired)
{
    public static TokenCheck Invalid { get; } = new(false, "", false);
}
