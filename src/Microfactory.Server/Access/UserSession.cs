namespace Microfactory.Server.Access;

/// <summary>
/// A signed-in browser. The sign-in cookie carries <see cref="Id"/>; the session is valid while it is not
/// revoked, was used within the idle timeout and is younger than <see cref="ExpiresAt"/>.
/// </summary>
internal sealed record UserSession(
    string Id, string UserId, string Client, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt);
