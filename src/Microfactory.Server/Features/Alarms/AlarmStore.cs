using Dapper;
using Microfactory.Server.Storage;
using Microfactory.Shopfloor.Alarms;

namespace Microfactory.Server.Features.Alarms;

/// <summary>
/// SQL for <c>alarms</c> on both engines. Nothing is deleted: raising inserts (idempotent by key, and refused while an alarm
/// of the same condition is open), clearing and acknowledging set their columns once.
/// </summary>
internal sealed class AlarmStore(Database database)
{
    public const string IdPrefix = "alm";

    private const string Columns =
        "id AS Id, factory_id AS FactoryId, kind AS Kind, severity AS Severity, machine_id AS MachineId, operation_id AS OperationId, alarm_key AS AlarmKey, " +
        "message AS Message, raised_at_ms AS RaisedAtMs, cleared_at_ms AS ClearedAtMs, clear_reason AS ClearReason, acknowledged_at_ms AS AcknowledgedAtMs, " +
        "acknowledged_by AS AcknowledgedBy, ack_note AS AckNote";

    private const string Filter =
        "(@factoryId IS NULL OR factory_id = @factoryId) AND (@machineId IS NULL OR machine_id = @machineId) AND " +
        "(@state = 'all' OR (@state = 'cleared' AND cleared_at_ms IS NOT NULL) " +
        "OR (@state = 'acknowledged' AND cleared_at_ms IS NULL AND acknowledged_at_ms IS NOT NULL) " +
        "OR (@state = 'open' AND cleared_at_ms IS NULL AND acknowledged_at_ms IS NULL))";

    /// <summary>Alarms newest first; <paramref name="state"/> is open, acknowledged, cleared or all.</summary>
    public async Task<(IReadOnlyList<StoredAlarm> Items, long Total)> ListAsync(string? factoryId, string? machineId, string state, int offset, int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var parameters = new { factoryId, machineId, state, offset, limit };
        var rows = await connection.QueryAsync<AlarmRow>(new CommandDefinition(
            $"SELECT {Columns} FROM alarms WHERE {Filter} ORDER BY raised_at_ms DESC, id DESC LIMIT @limit OFFSET @offset", parameters, cancellationToken: cancellationToken));
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT count(*) FROM alarms WHERE {Filter}", parameters, cancellationToken: cancellationToken));
        return ([.. rows.Select(r => r.ToAlarm())], total);
    }

    public async Task<StoredAlarm?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QuerySingleOrDefaultAsync<AlarmRow>(new CommandDefinition(
            $"SELECT {Columns} FROM alarms WHERE id = @id", new { id }, cancellationToken: cancellationToken)))?.ToAlarm();
    }

    /// <summary>The alarms of a factory that are not cleared, oldest first.</summary>
    public async Task<IReadOnlyList<StoredAlarm>> NotClearedAsync(string factoryId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AlarmRow>(new CommandDefinition(
            $"SELECT {Columns} FROM alarms WHERE factory_id = @factoryId AND cleared_at_ms IS NULL ORDER BY raised_at_ms, id", new { factoryId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToAlarm())];
    }

    /// <summary>
    /// Applies a decision in one transaction, clearances first (so a new spell of the same condition can open): returns
    /// the changes that really happened. A clearance of an alarm already cleared and a raise whose key exists (or whose
    /// condition is already open) change nothing, so evaluating the same picture twice, or in two processes, is harmless.
    /// </summary>
    public async Task<IReadOnlyList<AlarmNotice>> ApplyAsync(string factoryId, AlarmDecision decision, Func<string> newId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changedKeys = new List<(AlarmChange Change, string Key)>();
        foreach (var clear in decision.Clear)
        {
            var cleared = await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE alarms SET cleared_at_ms = @at, clear_reason = @reason WHERE alarm_key = @key AND cleared_at_ms IS NULL",
                new { at = UnixTime.ToMs(clear.ClearedAt), reason = clear.Reason, key = clear.Key }, transaction, cancellationToken: cancellationToken));
            if (cleared > 0)
            {
                changedKeys.Add((AlarmChange.Cleared, clear.Key));
            }
        }
        foreach (var alarm in decision.Raise)
        {
            var raised = await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO alarms (id, factory_id, kind, severity, machine_id, operation_id, alarm_condition, alarm_key, message, raised_at_ms)
                VALUES (@id, @factoryId, @kind, @severity, @machineId, @operationId, @condition, @key, @message, @raisedAtMs)
                ON CONFLICT DO NOTHING
                """,
                new
                {
                    id = newId(), factoryId, kind = AlarmKinds.Name(alarm.Kind), severity = SeverityName(alarm.Severity), machineId = alarm.MachineId,
                    operationId = alarm.OperationId, condition = alarm.Condition, key = alarm.Key, message = alarm.Message, raisedAtMs = UnixTime.ToMs(alarm.RaisedAt),
                }, transaction, cancellationToken: cancellationToken));
            if (raised > 0)
            {
                changedKeys.Add((AlarmChange.Raised, alarm.Key));
            }
        }
        var notices = new List<AlarmNotice>(changedKeys.Count);
        foreach (var (change, key) in changedKeys)
        {
            var row = await connection.QuerySingleAsync<AlarmRow>(new CommandDefinition(
                $"SELECT {Columns} FROM alarms WHERE alarm_key = @key", new { key }, transaction, cancellationToken: cancellationToken));
            notices.Add(new AlarmNotice(change, row.ToAlarm()));
        }
        await transaction.CommitAsync(cancellationToken);
        return notices;
    }

    /// <summary>Records who acknowledged the alarm, when and with what note; false when it was acknowledged before (or does not exist).</summary>
    public async Task<bool> AcknowledgeAsync(string id, DateTimeOffset at, string userId, string? note, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE alarms SET acknowledged_at_ms = @at, acknowledged_by = @userId, ack_note = @note WHERE id = @id AND acknowledged_at_ms IS NULL",
            new { id, at = UnixTime.ToMs(at), userId, note }, cancellationToken: cancellationToken)) > 0;
    }

    internal static string SeverityName(AlarmSeverity severity) => severity == AlarmSeverity.Critical ? "critical" : "warning";

    private sealed class AlarmRow
    {
        public string Id { get; init; } = "";
        public string FactoryId { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Severity { get; init; } = "";
        public string MachineId { get; init; } = "";
        public string? OperationId { get; init; }
        public string AlarmKey { get; init; } = "";
        public string Message { get; init; } = "";
        public long RaisedAtMs { get; init; }
        public long? ClearedAtMs { get; init; }
        public string? ClearReason { get; init; }
        public long? AcknowledgedAtMs { get; init; }
        public string? AcknowledgedBy { get; init; }
        public string? AckNote { get; init; }

        public StoredAlarm ToAlarm() => new(
            Id, FactoryId, AlarmKinds.TryParse(Kind, out var kind) ? kind : throw new InvalidOperationException($"alarms.kind '{Kind}' of {Id} is not an alarm kind."),
            Severity == "critical" ? AlarmSeverity.Critical : AlarmSeverity.Warning, MachineId, OperationId, AlarmKey, Message, UnixTime.FromMs(RaisedAtMs),
            ClearedAtMs is { } cleared ? UnixTime.FromMs(cleared) : null, ClearReason,
            AcknowledgedAtMs is { } acknowledged ? UnixTime.FromMs(acknowledged) : null, AcknowledgedBy, AckNote);
    }
}
