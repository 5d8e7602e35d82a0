using System.Data.Common;
using Dapper;
using Microfactory.Core.Access;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Access;

/// <summary>SQL for users and their API keys.</summary>
internal sealed class UserStore(Database database)
{
    private const string UserColumns = "id AS Id, email AS Email, display_name AS DisplayName, role AS Role, password_hash AS PasswordHash, customer_id AS CustomerId, created_at_ms AS CreatedAtMs, disabled_at_ms AS DisabledAtMs";

    public async Task<UserAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(
            $"SELECT {UserColumns} FROM users WHERE email = @email", new { email = email.Trim().ToLowerInvariant() });
        return row?.ToAccount();
    }

    public async Task<UserAccount?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>($"SELECT {UserColumns} FROM users WHERE id = @id", new { id });
        return row?.ToAccount();
    }

    /// <summary>The active user that owns a non-revoked key with this hash, if any.</summary>
    public async Task<UserAccount?> FindByApiKeyHashAsync(string keyHash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(
            $"""
            SELECT u.id AS Id, u.email AS Email, u.display_name AS DisplayName, u.role AS Role, u.password_hash AS PasswordHash,
                   u.customer_id AS CustomerId, u.created_at_ms AS CreatedAtMs, u.disabled_at_ms AS DisabledAtMs
            FROM api_keys k JOIN users u ON u.id = k.user_id
            WHERE k.key_hash = @keyHash AND k.revoked_at_ms IS NULL AND u.disabled_at_ms IS NULL
            """,
            new { keyHash });
        return row?.ToAccount();
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<UserRow>($"SELECT {UserColumns} FROM users ORDER BY email LIMIT @limit OFFSET @offset", new { limit, offset });
        return [.. rows.Select(r => r.ToAccount())];
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM users");
    }

    /// <summary>Inserts a user; false when the email is taken.</summary>
    public async Task<bool> InsertAsync(UserAccount user, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO users (id, email, display_name, role, password_hash, customer_id, created_at_ms, disabled_at_ms)
            VALUES (@Id, @Email, @DisplayName, @Role, @PasswordHash, @CustomerId, @CreatedAtMs, NULL)
            ON CONFLICT DO NOTHING
            """,
            UserRow.From(user));
        return inserted == 1;
    }

    public async Task SetPasswordHashAsync(string userId, string passwordHash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("UPDATE users SET password_hash = @passwordHash WHERE id = @userId", new { userId, passwordHash });
    }

    /// <summary>Changes the display name and/or the disabled state (null leaves a field as it is); false when there is no such user.</summary>
    public async Task<bool> UpdateAsync(string userId, string? displayName, bool? disabled, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Disabling keeps the first moment a user was disabled; enabling clears it.
        return await connection.ExecuteAsync(
            """
            UPDATE users SET
                display_name = COALESCE(@displayName, display_name),
                disabled_at_ms = CASE WHEN @disable = 1 THEN COALESCE(disabled_at_ms, @at) WHEN @enable = 1 THEN NULL ELSE disabled_at_ms END
            WHERE id = @userId
            """,
            new { userId, displayName, disable = disabled == true ? 1 : 0, enable = disabled == false ? 1 : 0, at = UnixTime.ToMs(at) }) == 1;
    }

    public async Task InsertApiKeyAsync(ApiKeyRecord key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await InsertApiKeyAsync(connection, null, key);
    }

    public static Task InsertApiKeyAsync(DbConnection connection, DbTransaction? transaction, ApiKeyRecord key) =>
        connection.ExecuteAsync(
            """
            INSERT INTO api_keys (id, user_id, name, key_hash, created_at_ms, revoked_at_ms)
            VALUES (@Id, @UserId, @Name, @KeyHash, @CreatedAtMs, NULL)
            ON CONFLICT DO NOTHING
            """,
            new { key.Id, key.UserId, key.Name, key.KeyHash, CreatedAtMs = UnixTime.ToMs(key.CreatedAt) },
            transaction);

    public async Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ApiKeyRow>(
            "SELECT id AS Id, user_id AS UserId, name AS Name, key_hash AS KeyHash, created_at_ms AS CreatedAtMs, revoked_at_ms AS RevokedAtMs FROM api_keys WHERE user_id = @userId ORDER BY created_at_ms, id",
            new { userId });
        return [.. rows.Select(r => r.ToRecord())];
    }

    /// <summary>Revokes a key of this user; false when the user has no such active key.</summary>
    public async Task<bool> RevokeApiKeyAsync(string userId, string keyId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            "UPDATE api_keys SET revoked_at_ms = @at WHERE id = @keyId AND user_id = @userId AND revoked_at_ms IS NULL",
            new { keyId, userId, at = UnixTime.ToMs(at) });
        return changed == 1;
    }

    /// <summary>Revokes any user's key (an admin's action); false when there is no such active key.</summary>
    public async Task<bool> RevokeAnyApiKeyAsync(string keyId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            "UPDATE api_keys SET revoked_at_ms = @at WHERE id = @keyId AND revoked_at_ms IS NULL", new { keyId, at = UnixTime.ToMs(at) });
        return changed == 1;
    }

    // Storage rows are mutable classes so Dapper can convert column types that differ between engines
    // (SQLite INTEGER is long where PostgreSQL INTEGER is int).
    private sealed class UserRow
    {
        public string Id { get; set; } = "";
        public string Email { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string Role { get; set; } = "";
        public string? PasswordHash { get; set; }
        public string? CustomerId { get; set; }
        public long CreatedAtMs { get; set; }
        public long? DisabledAtMs { get; set; }

        public static UserRow From(UserAccount u) => new()
        {
            Id = u.Id, Email = u.Email, DisplayName = u.DisplayName, Role = u.Role.ToName(), PasswordHash = u.PasswordHash,
            CustomerId = u.CustomerId, CreatedAtMs = UnixTime.ToMs(u.CreatedAt), DisabledAtMs = u.DisabledAt is { } d ? UnixTime.ToMs(d) : null,
        };

        public UserAccount ToAccount() =>
            new(Id, Email, DisplayName, Roles.TryParse(Role, out var role) ? role : throw new InvalidDataException($"User {Id} has unknown role '{Role}'."),
                PasswordHash, CustomerId, UnixTime.FromMs(CreatedAtMs), DisabledAtMs is { } d ? UnixTime.FromMs(d) : null);
    }

    private sealed class ApiKeyRow
    {
        public string Id { get; set; } = "";
        public string UserId { get; set; } = "";
        public string Name { get; set; } = "";
        public string KeyHash { get; set; } = "";
        public long CreatedAtMs { get; set; }
        public long? RevokedAtMs { get; set; }

        public ApiKeyRecord ToRecord() => new(Id, UserId, Name, KeyHash, UnixTime.FromMs(CreatedAtMs), RevokedAtMs is { } r ? UnixTime.FromMs(r) : null);
    }
}
