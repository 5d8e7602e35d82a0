using Dapper;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Pact;

/// <summary>SQL for <c>pact_events_in</c>: events are appended once (a repeated id from the same client and source is the same event); only the answer's state changes.</summary>
internal sealed class PactEventStore(Database database)
{
    private const string Columns =
        "id AS Id, client_id AS ClientId, event_type AS EventType, event_id AS EventId, source AS Source, event_time_ms AS EventTimeMs, " +
        "received_at_ms AS ReceivedAtMs, data_json AS DataJson, reply_source AS ReplySource, answer_state AS AnswerState, answer_type AS AnswerType, " +
        "answer_json AS AnswerJson, attempts AS Attempts, next_attempt_at_ms AS NextAttemptAtMs, last_error AS LastError, answered_at_ms AS AnsweredAtMs";

    /// <summary>Stores an accepted event; false when the client already sent this event (same source and id).</summary>
    public async Task<bool> InsertAsync(PactEventRecord e, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO pact_events_in (id, client_id, event_type, event_id, source, event_time_ms, received_at_ms, data_json, reply_source, answer_state,
                answer_type, answer_json, attempts, next_attempt_at_ms, last_error, answered_at_ms)
            VALUES (@Id, @ClientId, @EventType, @EventId, @Source, @EventTimeMs, @ReceivedAtMs, @DataJson, @ReplySource, @AnswerState, NULL, NULL, 0, @NextAttemptAtMs, NULL, NULL)
            ON CONFLICT (client_id, source, event_id) DO NOTHING
            """,
            new
            {
                e.Id, e.ClientId, e.EventType, e.EventId, e.Source, EventTimeMs = UnixTime.ToMs(e.EventTime), ReceivedAtMs = UnixTime.ToMs(e.ReceivedAt), e.DataJson,
                e.ReplySource, e.AnswerState, NextAttemptAtMs = e.NextAttemptAt is { } next ? UnixTime.ToMs(next) : (long?)null,
            }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<PactEventRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM pact_events_in WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    /// <summary>The events a client sent, oldest first (for the PACT client and for tests).</summary>
    public async Task<IReadOnlyList<PactEventRecord>> OfClientAsync(string clientId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM pact_events_in WHERE client_id = @clientId ORDER BY received_at_ms, id", new { clientId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRecord())];
    }

    /// <summary>Pending answers whose next attempt is due at <paramref name="now"/>, oldest first.</summary>
    public async Task<IReadOnlyList<PactEventRecord>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM pact_events_in WHERE answer_state = 'pending' AND next_attempt_at_ms <= @now ORDER BY next_attempt_at_ms, id LIMIT @limit",
            new { now = UnixTime.ToMs(now), limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRecord())];
    }

    /// <summary>When the next pending answer is due, or null when none is pending.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ms = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MIN(next_attempt_at_ms) FROM pact_events_in WHERE answer_state = 'pending'", cancellationToken: cancellationToken));
        return ms is { } value ? UnixTime.FromMs(value) : null;
    }

    /// <summary>Keeps the answer computed for a request, so every attempt sends the same event.</summary>
    public async Task SetAnswerAsync(string id, string answerType, string answerJson, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE pact_events_in SET answer_type = @answerType, answer_json = @answerJson WHERE id = @id AND answer_json IS NULL",
            new { id, answerType, answerJson }, cancellationToken: cancellationToken));
    }

    /// <summary>Records one attempt: the state it leaves the answer in, when to try again (pending only) and why it failed.</summary>
    public async Task RecordAttemptAsync(string id, string state, DateTimeOffset at, DateTimeOffset? nextAttemptAt, string? error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE pact_events_in SET answer_state = @state, attempts = attempts + 1, next_attempt_at_ms = @next, last_error = @error,
                answered_at_ms = CASE WHEN @state = 'delivered' THEN @at ELSE answered_at_ms END
            WHERE id = @id AND answer_state = 'pending'
            """,
            new { id, state, at = UnixTime.ToMs(at), next = nextAttemptAt is { } n ? UnixTime.ToMs(n) : (long?)null, error = error is { Length: > 500 } ? error[..500] : error },
            cancellationToken: cancellationToken));
    }

    /// <summary>Settable properties, so Dapper converts each engine's integer types (and an empty result's unknown ones) by name.</summary>
    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string ClientId { get; set; } = "";
        public string EventType { get; set; } = "";
        public string EventId { get; set; } = "";
        public string Source { get; set; } = "";
        public long EventTimeMs { get; set; }
        public long ReceivedAtMs { get; set; }
        public string DataJson { get; set; } = "";
        public string ReplySource { get; set; } = "";
        public string AnswerState { get; set; } = "";
        public string? AnswerType { get; set; }
        public string? AnswerJson { get; set; }
        public int Attempts { get; set; }
        public long? NextAttemptAtMs { get; set; }
        public string? LastError { get; set; }
        public long? AnsweredAtMs { get; set; }

        public PactEventRecord ToRecord() => new(
            Id, ClientId, EventType, EventId, Source, UnixTime.FromMs(EventTimeMs), UnixTime.FromMs(ReceivedAtMs), DataJson, ReplySource, AnswerState, AnswerType,
            AnswerJson, Attempts, NextAttemptAtMs is { } n ? UnixTime.FromMs(n) : null, LastError, AnsweredAtMs is { } a ? UnixTime.FromMs(a) : null);
    }
}
