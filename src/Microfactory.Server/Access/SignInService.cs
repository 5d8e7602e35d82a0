using Microfactory.Server.Application;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Access;

/// <summary>
/// Password sign-in for the web UI: refuses at once while the account or the client is locked, checks the
/// password in the same time whether or not the account exists, counts failures, and on success opens a
/// server-side session that the cookie will name.
/// </summary>
internal sealed class SignInService(
    UserStore users,
    SessionStore sessions,
    PasswordVerifier passwords,
    SignInThrottle throttle,
    IdFactory ids,
    IOptions<SignInSettings> options,
    WallClock time,
    ILogger<SignInService> logger)
{
    public const string SessionPrefix = "ses";

    /// <param name="client">The client's throttle key (<see cref="SignInThrottle.ClientKey"/>).</param>
    /// <param name="userAgent">The browser's description, kept with the session so a user can recognise it.</param>
    public async Task<SignInOutcome> SignInAsync(string email, string password, string client, string? userAgent, CancellationToken cancellationToken)
    {
        var locked = await throttle.ActiveLockAsync(email, client, cancellationToken);
        if (locked is not null)
        {
            logger.LogWarning("Refused a sign-in for {Account} from {Client}: {Scope} locked until {Until}", SignInThrottle.AccountKey(email), client, locked.Scope, locked.Until);
            return new SignInOutcome(SignInStatus.Locked, Lock: locked);
        }
        var user = email.Length <= 254 ? await users.FindByEmailAsync(email, cancellationToken) : null;
        var verdict = passwords.Verify(user, password);
        if (user is null || verdict == PasswordVerificationResult.Failed)
        {
            var lockNow = await throttle.RecordFailureAsync(email, client, cancellationToken);
            logger.LogWarning("Failed sign-in for {Account} from {Client}{Locked}", SignInThrottle.AccountKey(email), client, lockNow is null ? "" : $"; {lockNow.Scope} now locked until {lockNow.Until:O}");
            return new SignInOutcome(SignInStatus.WrongCredentials, Lock: lockNow);
        }
        if (user.DisabledAt is not null)
        {
            logger.LogWarning("Refused a sign-in for disabled user {UserId} from {Client}", user.Id, client);
            return new SignInOutcome(SignInStatus.Disabled);
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await users.SetPasswordHashAsync(user.Id, passwords.Hash(user, password), cancellationToken);
        }
        await throttle.RecordSuccessAsync(email, cancellationToken);
        var session = await OpenSessionAsync(user.Id, client, userAgent, cancellationToken);
        logger.LogInformation("User {UserId} signed in from {Client}, session {SessionId}", user.Id, client, session.Id);
        return new SignInOutcome(SignInStatus.Succeeded, user, session);
    }

    private async Task<UserSession> OpenSessionAsync(string userId, string client, string? userAgent, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        var agent = string.IsNullOrWhiteSpace(userAgent) ? "unknown browser" : userAgent.Trim();
        var description = $"{client} · {(agent.Length <= 200 ? agent : agent[..200])}";
        var session = new UserSession(ids.New(SessionPrefix), userId, description, now, now, now + settings.SessionLifetime, null);
        await sessions.InsertAsync(session, cancellationToken);
        // Ended sessions are kept a while so a user or an admin can see them, then dropped.
        await sessions.DeleteEndedAsync(now - TimeSpan.FromDays(30), cancellationToken);
        return session;
    }
}
