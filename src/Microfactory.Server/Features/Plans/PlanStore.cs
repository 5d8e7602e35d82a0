using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Microfactory.Core.Orders;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Plans;

/// <summary>SQL for plan events, plan versions, pins, and the few order and machine writes the plan makes (status, downtime).</summary>
internal sealed class PlanStore(Database database)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RecordEventAsync(string id, PlanEvent planEvent, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO plan_events (id, factory_id, kind, subject_id, user_id, recorded_at_ms, version) VALUES (@id, @FactoryId, @Kind, @SubjectId, @UserId, @at, NULL)",
            new { id, planEvent.FactoryId, Kind = planEvent.Kind.ToString(), planEvent.SubjectId, planEvent.UserId, at = UnixTime.ToMs(at) });
    }

    /// <summary>Events no version has answered yet, oldest first.</summary>
    public async Task<IReadOnlyList<PlanEventRecord>> PendingEventsAsync(string factoryId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<EventRow>(
            "SELECT id AS Id, kind AS Kind, subject_id AS SubjectId, user_id AS UserId, recorded_at_ms AS RecordedAtMs FROM plan_events WHERE factory_id = @factoryId AND version IS NULL ORDER BY recorded_at_ms, id",
            new { factoryId });
        return [.. rows.Select(r => r.ToRecord())];
    }

    /// <summary>Every factory id (the worker keeps a plan for each).</summary>
    public async Task<IReadOnlyList<string>> FactoryIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<string>("SELECT id FROM factories ORDER BY id")];
    }

    /// <summary>A cheap summary of what the plan is made from (orders, machines, events): when it changes, the plan must be rebuilt.</summary>
    public async Task<string> FingerprintAsync(string factoryId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var orders = await connection.QuerySingleAsync<(long, long)>("SELECT count(*), COALESCE(max(updated_at_ms), 0) FROM orders WHERE factory_id = @factoryId", new { factoryId });
        var machines = await connection.QuerySingleAsync<(long, long)>("SELECT count(*), COALESCE(max(updated_at_ms), 0) FROM machines WHERE factory_id = @factoryId", new { factoryId });
        // Every event ever recorded, not the pending ones: a count that only grows cannot come back to a value already seen.
        var events = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM plan_events WHERE factory_id = @factoryId", new { factoryId });
        return string.Create(CultureInfo.InvariantCulture, $"o{orders.Item1}:{orders.Item2}|m{machines.Item1}:{machines.Item2}|e{events}");
    }

    /// <summary>Stores the next version of a factory's plan and marks the events it answers, in one transaction; returns its number.</summary>
    /// <summary>
    /// Stores the next version of a factory's plan. Two processes (the server and a CLI) may store at once: the one
    /// that loses the race for a number takes the next one instead of failing.
    /// </summary>
    public async Task<long> InsertVersionAsync(string factoryId, DateTimeOffset createdAt, string reason, IReadOnlyList<PlanEventRecord> events, PlanKpis kpis,
        IEnumerable<PlanOperation> operations, CancellationToken cancellationToken)
    {
        var rows = operations.ToList();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryInsertVersionAsync(factoryId, createdAt, reason, events, kpis, rows, cancellationToken);
            }
            catch (Exception e) when (attempt < 50 && UniqueViolations.Of(e, "plan_versions", "factory_id", "plan_versions_pkey"))
            {
            }
        }
    }

    private async Task<long> TryInsertVersionAsync(string factoryId, DateTimeOffset createdAt, string reason, IReadOnlyList<PlanEventRecord> events, PlanKpis kpis,
        IReadOnlyList<PlanOperation> operations, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var version = await connection.ExecuteScalarAsync<long>("SELECT COALESCE(max(version), 0) + 1 FROM plan_versions WHERE factory_id = @factoryId", new { factoryId }, transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO plan_versions (factory_id, version, created_at_ms, reason, events_json, kpis_json, operations_json)
            VALUES (@factoryId, @version, @at, @reason, @events, @kpis, @operations)
            """,
            new
            {
                factoryId, version, at = UnixTime.ToMs(createdAt), reason,
                events = JsonSerializer.Serialize(events, Json), kpis = JsonSerializer.Serialize(kpis, Json),
                operations = JsonSerializer.Serialize(operations.Select(o => new object[] { o.OperationId, o.MachineId, UnixTime.ToMs(o.Start), UnixTime.ToMs(o.End) }), Json),
            },
            transaction);
        if (events.Count > 0)
        {
            await connection.ExecuteAsync($"UPDATE plan_events SET version = @version WHERE {SqlLists.AnyOf(connection, "id", "ids")}",
                new { version, ids = events.Select(e => e.Id).ToArray() }, transaction);
        }
        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    public async Task<StoredVersion?> NewestVersionAsync(string factoryId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<VersionRow>(
            $"SELECT {VersionColumns}, operations_json AS OperationsJson FROM plan_versions WHERE factory_id = @factoryId ORDER BY version DESC LIMIT 1", new { factoryId });
        return row?.ToVersion(factoryId, withOperations: true);
    }

    public async Task<(IReadOnlyList<StoredVersion> Items, long Total)> ListVersionsAsync(string factoryId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<VersionRow>(
            $"SELECT {VersionColumns} FROM plan_versions WHERE factory_id = @factoryId ORDER BY version DESC LIMIT @limit OFFSET @offset", new { factoryId, limit, offset });
        var total = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM plan_versions WHERE factory_id = @factoryId", new { factoryId });
        return ([.. rows.Select(r => r.ToVersion(factoryId, withOperations: false))], total);
    }

    public async Task<IReadOnlyList<PlanPin>> PinsAsync(string factoryId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PinRow>(
            "SELECT operation_id AS OperationId, factory_id AS FactoryId, machine_id AS MachineId, start_ms AS StartMs, user_id AS UserId, created_at_ms AS CreatedAtMs FROM plan_pins WHERE factory_id = @factoryId ORDER BY operation_id",
            new { factoryId });
        return [.. rows.Select(r => new PlanPin(r.OperationId, r.FactoryId, r.MachineId, UnixTime.FromMs(r.StartMs), r.UserId, UnixTime.FromMs(r.CreatedAtMs)))];
    }

    /// <summary>Pins an operation, replacing an earlier pin of it.</summary>
    public async Task UpsertPinAsync(PlanPin pin, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM plan_pins WHERE operation_id = @OperationId", new { pin.OperationId }, transaction);
        await connection.ExecuteAsync(
            "INSERT INTO plan_pins (operation_id, factory_id, machine_id, start_ms, user_id, created_at_ms) VALUES (@OperationId, @FactoryId, @MachineId, @StartMs, @UserId, @CreatedAtMs)",
            new { pin.OperationId, pin.FactoryId, pin.MachineId, StartMs = UnixTime.ToMs(pin.Start), pin.UserId, CreatedAtMs = UnixTime.ToMs(pin.CreatedAt) }, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> DeletePinAsync(string operationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM plan_pins WHERE operation_id = @operationId", new { operationId }) > 0;
    }

    /// <summary>Orders whose work is on a stored plan become planned; orders whose work has started become in production (only forward, never back).</summary>
    public async Task AdvanceOrdersAsync(IReadOnlyCollection<string> planned, IReadOnlyCollection<string> started, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (planned.Count == 0 && started.Count == 0)
        {
            return;
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ms = UnixTime.ToMs(at);
        await Move(connection, transaction, planned, [OrderStatus.Submitted, OrderStatus.Confirmed], OrderStatus.Planned, ms);
        await Move(connection, transaction, started, [OrderStatus.Submitted, OrderStatus.Confirmed, OrderStatus.Planned], OrderStatus.InProduction, ms);
        await transaction.CommitAsync(cancellationToken);

        static async Task Move(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> ids, OrderStatus[] from, OrderStatus to, long ms)
        {
            if (ids.Count > 0)
            {
                await connection.ExecuteAsync(
                    $"UPDATE orders SET status = @to, updated_at_ms = @ms WHERE {SqlLists.AnyOf(connection, "id", "ids")} AND {SqlLists.AnyOf(connection, "status", "from")}",
                    new { to = to.ToString(), ms, ids = ids.ToArray(), from = from.Select(s => s.ToString()).ToArray() }, transaction);
            }
        }
    }

    /// <summary>Adds a downtime window to a machine (and marks the machine changed); false when one starts at the same millisecond.</summary>
    public async Task<bool> InsertDowntimeAsync(string machineId, Core.Time.TimeWindow window, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(
            "INSERT INTO machine_downtimes (machine_id, starts_at_ms, ends_at_ms, reason) VALUES (@machineId, @starts, @ends, @Reason) ON CONFLICT DO NOTHING",
            new { machineId, starts = UnixTime.ToMs(window.StartsAt), ends = UnixTime.ToMs(window.EndsAt), window.Reason }, transaction);
        if (inserted == 0)
        {
            return false;
        }
        await connection.ExecuteAsync("UPDATE machines SET updated_at_ms = @at WHERE id = @machineId", new { machineId, at = UnixTime.ToMs(at) }, transaction);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Removes the downtime window starting at <paramref name="startsAtMs"/>; false when there is none.</summary>
    public async Task<bool> DeleteDowntimeAsync(string machineId, long startsAtMs, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var deleted = await connection.ExecuteAsync("DELETE FROM machine_downtimes WHERE machine_id = @machineId AND starts_at_ms = @startsAtMs", new { machineId, startsAtMs }, transaction);
        if (deleted == 0)
        {
            return false;
        }
        await connection.ExecuteAsync("UPDATE machines SET updated_at_ms = @at WHERE id = @machineId", new { machineId, at = UnixTime.ToMs(at) }, transaction);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private const string VersionColumns = "version AS Version, created_at_ms AS CreatedAtMs, reason AS Reason, events_json AS EventsJson, kpis_json AS KpisJson";

    private sealed class EventRow
    {
        public string Id { get; set; } = "";
        public string Kind { get; set; } = "";
        public string SubjectId { get; set; } = "";
        public string? UserId { get; set; }
        public long RecordedAtMs { get; set; }

        public PlanEventRecord ToRecord() => new(Id, Enum.Parse<PlanEventKind>(Kind), SubjectId, UserId, UnixTime.FromMs(RecordedAtMs));
    }

    private sealed class VersionRow
    {
        public long Version { get; set; }
        public long CreatedAtMs { get; set; }
        public string Reason { get; set; } = "";
        public string EventsJson { get; set; } = "[]";
        public string KpisJson { get; set; } = "{}";
        public string? OperationsJson { get; set; }

        public StoredVersion ToVersion(string factoryId, bool withOperations) =>
            new(factoryId, Version, UnixTime.FromMs(CreatedAtMs), Reason,
                JsonSerializer.Deserialize<List<PlanEventRecord>>(EventsJson, Json) ?? [],
                JsonSerializer.Deserialize<PlanKpis>(KpisJson, Json)!,
                withOperations && OperationsJson is not null ? ParseOperations(OperationsJson) : null);

        private static List<PlanOperation> ParseOperations(string json)
        {
            using var document = JsonDocument.Parse(json);
            return [.. document.RootElement.EnumerateArray().Select(e => new PlanOperation(e[0].GetString()!, e[1].GetString()!,
                UnixTime.FromMs(e[2].GetInt64()), UnixTime.FromMs(e[3].GetInt64())))];
        }
    }

    private sealed class PinRow
    {
        public string OperationId { get; set; } = "";
        public string FactoryId { get; set; } = "";
        public string MachineId { get; set; } = "";
        public long StartMs { get; set; }
        public string? UserId { get; set; }
        public long CreatedAtMs { get; set; }
    }
}
