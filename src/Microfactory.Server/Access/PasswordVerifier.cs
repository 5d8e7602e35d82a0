using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Microfactory.Server.Access;

/// <summary>
/// Checks passwords so that the answer takes the same time whether or not the account exists: when there is
/// no user (or no password) to check against, the password is checked against a dummy hash made the same way
/// as real ones. Without that, an unknown e-mail answers in milliseconds and a known one after a full
/// key-stretching hash, which tells an attacker which accounts exist.
/// </summary>
internal sealed class PasswordVerifier
{
    private static readonly UserAccount Nobody = new("usr_nobody", "nobody@invalid", "nobody", Core.Access.Role.Customer, null, null, DateTimeOffset.UnixEpoch, null);
    private readonly IPasswordHasher<UserAccount> _hasher;
    private readonly string _dummyHash;

    public PasswordVerifier(IPasswordHasher<UserAccount> hasher)
    {
        _hasher = hasher;
        _dummyHash = hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
    }

    /// <summary>Verifies <paramref name="password"/> against the user's hash, or against the dummy hash when there is none (always failing then).</summary>
    public PasswordVerificationResult Verify(UserAccount? user, string password)
    {
        if (user?.PasswordHash is { } hash)
        {
            return _hasher.VerifyHashedPassword(user, hash, password);
        }
        _ = _hasher.VerifyHashedPassword(Nobody, _dummyHash, password);
        return PasswordVerificationResult.Failed;
    }

    public string Hash(UserAccount user, string password) => _hasher.HashPassword(user, password);
}
