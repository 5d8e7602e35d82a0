using Dapper;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Access;

/// <summary>SQL for browser sessions.</summary>
internal sealed class SessionStore(Database database)
{
    private const string Columns =
        "s.id AS Id, s.user_id AS UserId, s.client AS Client, s.created_at_ms AS CreatedAtMs, s.last_seen_at_ms AS LastSeenAtMs, s.expires_at_ms AS ExpiresAtMs, s.revoked_at_ms AS RevokedAtMs";

    public async Task InsertAsync(UserSession session, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO user_sessions (id, user_id, client, created_at_ms, last_seen_at_ms, expires_at_ms, revoked_at_ms)
            VALUES (@Id, @UserId, @Client, @CreatedAtMs, @LastSeenAtMs, @ExpiresAtMs, NULL)
            """,
            new
            {
                session.Id, session.UserId, session.Client, CreatedAtMs = UnixTime.ToMs(session.CreatedAt),
                LastSeenAtMs = UnixTime.ToMs(session.LastSeenAt), ExpiresAtMs = UnixTime.ToMs(session.ExpiresAt),
            });
    }

    /// <summary>
    /// The session and its user when the session is live at <paramref name="now"/>: not revoked, not expired,
    /// used since <paramref name="idleSince"/>, and its user not disabled.
    /// </summary>
    public async Task<(UserSession Session, UserAccount User)?> FindLiveAsync(string id, DateTimeOffset now, DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<LiveRow>(
            $"""
            SELECT {Columns}, u.email AS Email, u.display_name AS DisplayName, u.role AS Role, u.customer_id AS CustomerId, u.created_at_ms AS UserCreatedAtMs
            FROM user_sessions s JOIN users u ON u.id = s.user_id
            WHERE s.id = @id AND s.revoked_at_ms IS NULL AND s.expires_at_ms > @now AND s.last_seen_at_ms > @idleSince AND u.disabled_at_ms IS NULL
            """,
            new { id, now = UnixTime.ToMs(now), idleSince = UnixTime.ToMs(idleSince) });
        if (row is null)
        {
            return null;
        }
        if (!Microfactory.Core.Access.Roles.TryParse(row.Role, out var role))
        {
            throw new InvalidDataException($"User {row.UserId} has unknown role '{row.Role}'.");
        }
        return (row.ToSession(), new UserAccount(row.UserId, row.Email, row.DisplayName, role, null, row.CustomerId, UnixTime.FromMs(row.UserCreatedAtMs), null));
    }

    public async Task TouchAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("UPDATE user_sessions SET last_seen_at_ms = @at WHERE id = @id AND last_seen_at_ms < @at", new { id, at = UnixTime.ToMs(at) });
    }

    /// <summary>The user's sessions that are neither revoked nor past their lifetime, most recently used first.</summary>
    public async Task<IReadOnlyList<UserSession>> ListOpenAsync(string userId, DateTimeOffset now, DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SessionRow>(
            $"""
            SELECT {Columns} FROM user_sessions s
            WHERE s.user_id = @userId AND s.revoked_at_ms IS NULL AND s.expires_at_ms > @now AND s.last_seen_at_ms > @idleSince
            ORDER BY s.last_seen_at_ms DESC, s.id
            """,
            new { userId, now = UnixTime.ToMs(now), idleSince = UnixTime.ToMs(idleSince) });
        return [.. rows.Select(r => r.ToSession())];
    }

    /// <summary>Ends one session; false when it was already ended or never existed.</summary>
    public async Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE user_sessions SET revoked_at_ms = @at WHERE id = @id AND revoked_at_ms IS NULL", new { id, at = UnixTime.ToMs(at) }) == 1;
    }

    /// <summary>Ends every session of a user except <paramref name="keepId"/> (when given); returns how many were ended.</summary>
    public async Task<int> RevokeAllAsync(string userId, string? keepId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return keepId is null
            ? await connection.ExecuteAsync(
                "UPDATE user_sessions SET revoked_at_ms = @at WHERE user_id = @userId AND revoked_at_ms IS NULL", new { userId, at = UnixTime.ToMs(at) })
            : await connection.ExecuteAsync(
                "UPDATE user_sessions SET revoked_at_ms = @at WHERE user_id = @userId AND revoked_at_ms IS NULL AND id <> @keepId", new { userId, keepId, at = UnixTime.ToMs(at) });
    }

    /// <summary>Deletes sessions that ended before <paramref name="before"/>: they can never be used again.</summary>
    public async Task<int> DeleteEndedAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "DELETE FROM user_sessions WHERE revoked_at_ms < @before OR expires_at_ms < @before", new { before = UnixTime.ToMs(before) });
    }

    // Mutable rows so Dapper can convert column types that differ between engines.
    private class SessionRow
    {
        public string Id { get; set; } = "";
        public string UserId { get; set; } = "";
        public string Client { get; set; } = "";
        public long CreatedAtMs { get; set; }
        public long LastSeenAtMs { get; set; }
        public long ExpiresAtMs { get; set; }
        public long? RevokedAtMs { get; set; }

        public UserSession ToSession() =>
            new(Id, UserId, Client, UnixTime.FromMs(CreatedAtMs), UnixTime.FromMs(LastSeenAtMs), UnixTime.FromMs(ExpiresAtMs), RevokedAtMs is { } r ? UnixTime.FromMs(r) : null);
    }

    private sealed class LiveRow : SessionRow
    {
        public string Email { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string Role { get; set; } = "";
        public string? CustomerId { get; set; }
        public long UserCreatedAtMs { get; set; }
    }
}
