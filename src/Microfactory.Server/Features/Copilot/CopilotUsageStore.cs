using Dapper;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Copilot;

/// <summary>SQL for <c>copilot_usage</c> (the same statements on SQLite and PostgreSQL). Rows are only ever appended.</summary>
internal sealed class CopilotUsageStore(Database database)
{
    public async Task InsertAsync(CopilotUsage usage, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO copilot_usage (asked_at_ms, user_id, role, engine, kind, language, latency_ms, answered)
            VALUES (@AskedAtMs, @UserId, @Role, @Engine, @Kind, @Language, @LatencyMs, @Answered)
            """,
            new
            {
                AskedAtMs = UnixTime.ToMs(usage.AskedAt), usage.UserId, usage.Role, usage.Engine, usage.Kind, usage.Language, usage.LatencyMs,
                Answered = usage.Answered ? 1 : 0,
            }, cancellationToken: cancellationToken));
    }

    /// <summary>The questions asked from <paramref name="since"/> on, oldest first.</summary>
    public async Task<IReadOnlyList<CopilotUsage>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            SELECT asked_at_ms AS AskedAtMs, user_id AS UserId, role AS Role, engine AS Engine, kind AS Kind, language AS Language, latency_ms AS LatencyMs
            FROM copilot_usage WHERE asked_at_ms >= @since ORDER BY asked_at_ms, id
            """,
            new { since = UnixTime.ToMs(since) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new CopilotUsage(UnixTime.FromMs(r.AskedAtMs), r.UserId, r.Role, r.Engine, r.Kind, r.Language, r.LatencyMs))];
    }

    private sealed class Row
    {
        public long AskedAtMs { get; init; }
        public string UserId { get; init; } = "";
        public string Role { get; init; } = "";
        public string Engine { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Language { get; init; } = "";
        public long LatencyMs { get; init; }
    }
}
