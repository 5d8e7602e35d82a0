using Dapper;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Access;

/// <summary>
/// SQL for failed sign-in counters. Each failure is one atomic upsert, so concurrent failures are all
/// counted on both engines without a read-modify-write race.
/// </summary>
internal sealed class SignInThrottleStore(Database database)
{
    /// <summary>The latest lock end among these subjects that is still in the future, per scope.</summary>
    public async Task<IReadOnlyList<(string Scope, DateTimeOffset Until)>> ActiveLocksAsync(
        string account, string client, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<LockRow>(
            """
            SELECT scope AS Scope, locked_until_ms AS LockedUntilMs FROM sign_in_throttle
            WHERE ((scope = 'account' AND subject = @account) OR (scope = 'client' AND subject = @client)) AND locked_until_ms > @now
            """,
            new { account, client, now = UnixTime.ToMs(now) });
        return [.. rows.Select(r => (r.Scope, UnixTime.FromMs(r.LockedUntilMs)))];
    }

    /// <summary>
    /// Counts one failure of a subject: a window that started at or before <paramref name="windowStart"/> is over and
    /// counting starts again at one. When the count reaches <paramref name="limit"/> the subject is locked until
    /// <paramref name="lockUntil"/>. Returns the lock end when the subject is locked after this failure.
    /// </summary>
    public async Task<DateTimeOffset?> RecordFailureAsync(
        string scope, string subject, int limit, DateTimeOffset now, DateTimeOffset windowStart, DateTimeOffset lockUntil, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Both engines evaluate every SET expression against the row as it was before the update.
        await connection.ExecuteAsync(
            """
            INSERT INTO sign_in_throttle (scope, subject, failures, window_started_at_ms, locked_until_ms)
            VALUES (@scope, @subject, 1, @now, CASE WHEN 1 >= @limit THEN @lockUntil ELSE NULL END)
            ON CONFLICT (scope, subject) DO UPDATE SET
                failures = CASE WHEN sign_in_throttle.window_started_at_ms <= @windowStart THEN 1 ELSE sign_in_throttle.failures + 1 END,
                window_started_at_ms = CASE WHEN sign_in_throttle.window_started_at_ms <= @windowStart THEN @now ELSE sign_in_throttle.window_started_at_ms END,
                locked_until_ms = CASE
                    WHEN (CASE WHEN sign_in_throttle.window_started_at_ms <= @windowStart THEN 1 ELSE sign_in_throttle.failures + 1 END) >= @limit THEN @lockUntil
                    ELSE sign_in_throttle.locked_until_ms END
            """,
            new { scope, subject, limit, now = UnixTime.ToMs(now), windowStart = UnixTime.ToMs(windowStart), lockUntil = UnixTime.ToMs(lockUntil) });
        var until = await connection.ExecuteScalarAsync<long?>(
            "SELECT locked_until_ms FROM sign_in_throttle WHERE scope = @scope AND subject = @subject", new { scope, subject });
        // Counters whose window and lock are both over carry no information any more.
        await connection.ExecuteAsync(
            "DELETE FROM sign_in_throttle WHERE window_started_at_ms <= @windowStart AND (locked_until_ms IS NULL OR locked_until_ms <= @now)",
            new { windowStart = UnixTime.ToMs(windowStart), now = UnixTime.ToMs(now) });
        return until is { } ms && ms > UnixTime.ToMs(now) ? UnixTime.FromMs(ms) : null;
    }

    /// <summary>Forgets the failures of a subject (after a successful sign-in to that account).</summary>
    public async Task ResetAsync(string scope, string subject, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM sign_in_throttle WHERE scope = @scope AND subject = @subject", new { scope, subject });
    }

    /// <summary>The failures counted for a subject in its current window (0 when none), for tests and diagnostics.</summary>
    public async Task<int> FailuresAsync(string scope, string subject, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int?>(
            "SELECT failures FROM sign_in_throttle WHERE scope = @scope AND subject = @subject", new { scope, subject }) ?? 0;
    }

    private sealed class LockRow
    {
        public string Scope { get; set; } = "";
        public long LockedUntilMs { get; set; }
    }
}
