using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Access;

/// <summary>
/// Limits password guessing: failures are counted per account and per client, and a subject that reaches
/// its limit within the window is locked for a while. Accounts are keyed by the e-mail as typed, whether
/// or not a user has it, so an unknown e-mail locks exactly like a known one and a lockout tells nothing.
/// The counters live in the database, so restarting the server does not reset them.
/// </summary>
internal sealed class SignInThrottle(SignInThrottleStore store, IOptions<SignInSettings> options, WallClock time)
{
    public const string AccountScope = "account";
    public const string ClientScope = "client";

    private SignInSettings Options => options.Value;

    /// <summary>When a lock on the account or the client is in force, the lock that ends last; null when sign-in may be tried.</summary>
    public async Task<SignInLock?> ActiveLockAsync(string email, string client, CancellationToken cancellationToken)
    {
        var locks = await store.ActiveLocksAsync(AccountKey(email), client, time.GetUtcNow(), cancellationToken);
        return locks.Count == 0 ? null : locks.Select(l => new SignInLock(l.Scope, l.Until)).MaxBy(l => l.Until);
    }

    /// <summary>Counts a failed sign-in for the account and the client; returns the lock when this failure caused or met one.</summary>
    public async Task<SignInLock?> RecordFailureAsync(string email, string client, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var windowStart = now - Options.FailureWindow;
        var lockUntil = now + Options.Lockout;
        var account = await store.RecordFailureAsync(AccountScope, AccountKey(email), Options.AccountFailureLimit, now, windowStart, lockUntil, cancellationToken);
        var byClient = await store.RecordFailureAsync(ClientScope, client, Options.ClientFailureLimit, now, windowStart, lockUntil, cancellationToken);
        return (account, byClient) switch
        {
            (null, null) => null,
            ({ } a, null) => new SignInLock(AccountScope, a),
            (null, { } c) => new SignInLock(ClientScope, c),
            ({ } a, { } c) => a >= c ? new SignInLock(AccountScope, a) : new SignInLock(ClientScope, c),
        };
    }

    /// <summary>A successful sign-in clears the account's failures; the client's stay, so one good account cannot launder a client's guesses.</summary>
    public Task RecordSuccessAsync(string email, CancellationToken cancellationToken) =>
        store.ResetAsync(AccountScope, AccountKey(email), cancellationToken);

    /// <summary>The key an e-mail is counted under: trimmed, lower case, at most 254 characters (longer input is no e-mail anyway).</summary>
    public static string AccountKey(string email)
    {
        var key = email.Trim().ToLowerInvariant();
        return key.Length <= 254 ? key : key[..254];
    }

    /// <summary>
    /// The key a client is counted under: its IPv4 address, or the /64 network of an IPv6 address (one host
    /// commonly holds a whole /64, so counting single IPv6 addresses would not limit anybody).
    /// </summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
