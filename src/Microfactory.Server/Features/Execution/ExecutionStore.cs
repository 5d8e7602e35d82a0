using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microfactory.Core.Orders;
using Microfactory.Shopfloor.Execution;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Execution;

/// <summary>SQL for the audit trail of operations (<c>operation_events</c>), their current state (<c>operation_runs</c>) and produced units.</summary>
internal sealed class ExecutionStore(Database database)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string RunColumns =
        "operation_id AS OperationId, factory_id AS FactoryId, order_id AS OrderId, line_id AS LineId, unit AS Unit, step_id AS StepId, machine_id AS MachineId, " +
        "state AS State, sequence AS Sequence, started_at_ms AS StartedAtMs, ended_at_ms AS EndedAtMs, changed_at_ms AS ChangedAtMs, run_ms AS RunMs, " +
        "good AS Good, scrap AS Scrap, operator_id AS OperatorId";

    private const string UnitColumns =
        "serial AS Serial, factory_id AS FactoryId, order_id AS OrderId, line_id AS LineId, line_number AS LineNumber, unit AS Unit, template_id AS TemplateId, " +
        "template_version AS TemplateVersion, status AS Status, started_at_ms AS StartedAtMs, completed_at_ms AS CompletedAtMs, as_built_json AS AsBuiltJson";

    /// <summary>The order a line belongs to, or null for an unknown line.</summary>
    public async Task<string?> OrderOfLineAsync(string lineId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>("SELECT order_id FROM order_lines WHERE id = @lineId", new { lineId });
    }

    public async Task<OperationRun?> RunAsync(string operationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<RunRow>($"SELECT {RunColumns} FROM operation_runs WHERE operation_id = @operationId", new { operationId });
        return row?.ToRun();
    }

    /// <summary>The started operations of one unit.</summary>
    public async Task<IReadOnlyList<OperationRun>> RunsOfUnitAsync(string lineId, int unit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. (await connection.QueryAsync<RunRow>($"SELECT {RunColumns} FROM operation_runs WHERE line_id = @lineId AND unit = @unit ORDER BY started_at_ms, operation_id",
            new { lineId, unit })).Select(r => r.ToRun())];
    }

    /// <summary>The operations running or paused on a machine.</summary>
    public async Task<IReadOnlyList<OperationRun>> ActiveOnMachineAsync(string machineId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. (await connection.QueryAsync<RunRow>(
            $"SELECT {RunColumns} FROM operation_runs WHERE machine_id = @machineId AND state IN ('Running', 'Paused') ORDER BY started_at_ms, operation_id",
            new { machineId })).Select(r => r.ToRun())];
    }

    /// <summary>Every started operation of the factory's orders that are still on its plan (submitted to in production), by id.</summary>
    public async Task<IReadOnlyDictionary<string, OperationRun>> RunsOfOpenOrdersAsync(string factoryId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RunRow>(
            $"""
            SELECT {string.Join(", ", RunColumns.Split(", ").Select(c => "r." + c))} FROM operation_runs r JOIN orders o ON o.id = r.order_id
            WHERE r.factory_id = @factoryId AND o.status IN ('Submitted', 'Confirmed', 'Planned', 'InProduction')
            """, new { factoryId });
        return rows.Select(r => r.ToRun()).ToDictionary(r => r.OperationId, StringComparer.Ordinal);
    }

    /// <summary>The audit trail of one operation, oldest first.</summary>
    public async Task<IReadOnlyList<OperationEvent>> EventsAsync(string operationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. (await connection.QueryAsync<EventRow>(
            """
            SELECT operation_id AS OperationId, sequence AS Sequence, kind AS Kind, machine_id AS MachineId, at_ms AS AtMs, good AS Good, scrap AS Scrap,
                   source AS Source, user_id AS UserId, reason AS Reason, recorded_at_ms AS RecordedAtMs
            FROM operation_events WHERE operation_id = @operationId ORDER BY sequence
            """, new { operationId })).Select(r => r.ToEvent())];
    }

    public async Task<ProducedUnit?> UnitAsync(string serial, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QuerySingleOrDefaultAsync<UnitRow>($"SELECT {UnitColumns} FROM units WHERE serial = @serial", new { serial }))?.ToUnit();
    }

    public async Task<IReadOnlyList<ProducedUnit>> UnitsOfOrderAsync(string orderId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. (await connection.QueryAsync<UnitRow>($"SELECT {UnitColumns} FROM units WHERE order_id = @orderId ORDER BY line_number, unit", new { orderId })).Select(r => r.ToUnit())];
    }

    /// <summary>The serials of the units of some orders, in one query (the copilot's catalogue names every serial its user may see).</summary>
    public async Task<IReadOnlyList<string>> SerialsOfOrdersAsync(IReadOnlyList<string> orderIds, CancellationToken cancellationToken)
    {
        if (orderIds.Count == 0)
        {
            return [];
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT serial FROM units WHERE {SqlLists.AnyOf(connection, "order_id", "ids")} ORDER BY order_id, line_number, unit",
            new { ids = orderIds.ToArray() }, cancellationToken: cancellationToken))];
    }

    /// <summary>Units of a factory completed in [<paramref name="from"/>, <paramref name="to"/>), oldest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<ProducedUnit>> CompletedAtFactoryAsync(string factoryId, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. (await connection.QueryAsync<UnitRow>(
            $"SELECT {UnitColumns} FROM units WHERE factory_id = @factoryId AND status = 'Completed' AND completed_at_ms >= @fromMs AND completed_at_ms < @toMs " +
            "ORDER BY completed_at_ms, serial LIMIT @limit",
            new { factoryId, fromMs = UnixTime.ToMs(from), toMs = UnixTime.ToMs(to), limit })).Select(r => r.ToUnit())];
    }

    /// <summary>
    /// Appends the event and applies the move in one transaction. False when the operation moved meanwhile (another
    /// event took the sequence number, or its state is no longer the one the move was checked against): nothing is written.
    /// </summary>
    public async Task<bool> ApplyAsync(ExecutionWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var e = write.Event;
        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO operation_events (operation_id, sequence, factory_id, order_id, kind, machine_id, at_ms, good, scrap, source, user_id, reason, recorded_at_ms)
            VALUES (@OperationId, @Sequence, @FactoryId, @OrderId, @Kind, @MachineId, @AtMs, @Good, @Scrap, @Source, @UserId, @Reason, @RecordedAtMs)
            ON CONFLICT DO NOTHING
            """,
            new
            {
                e.OperationId, e.Sequence, write.Run.FactoryId, write.Run.OrderId, Kind = e.Action.ToString(), e.MachineId, AtMs = UnixTime.ToMs(e.At), e.Good, e.Scrap,
                e.Source, e.UserId, e.Reason, RecordedAtMs = UnixTime.ToMs(e.RecordedAt),
            }, transaction);
        if (inserted == 0 || !await WriteRunAsync(connection, transaction, write))
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }
        var ms = UnixTime.ToMs(e.At);
        var u = write.Unit;
        await connection.ExecuteAsync(
            """
            INSERT INTO units (serial, factory_id, order_id, line_id, line_number, unit, template_id, template_version, status, started_at_ms, completed_at_ms, as_built_json)
            VALUES (@Serial, @FactoryId, @OrderId, @LineId, @LineNumber, @Unit, @TemplateId, @TemplateVersion, @Status, @StartedAtMs, NULL, NULL)
            ON CONFLICT DO NOTHING
            """,
            new { u.Serial, u.FactoryId, u.OrderId, u.LineId, u.LineNumber, u.Unit, u.TemplateId, u.TemplateVersion, Status = nameof(UnitStatus.InProduction), StartedAtMs = ms }, transaction);
        string[] before = [nameof(OrderStatus.Submitted), nameof(OrderStatus.Confirmed), nameof(OrderStatus.Planned)];
        await connection.ExecuteAsync(
            $"UPDATE orders SET status = @to, updated_at_ms = @ms WHERE id = @id AND {SqlLists.AnyOf(connection, "status", "before")}",
            new { to = nameof(OrderStatus.InProduction), ms = UnixTime.ToMs(e.RecordedAt), id = u.OrderId, before }, transaction);
        if (write.CompletesUnit)
        {
            await connection.ExecuteAsync(
                "UPDATE units SET status = @status, completed_at_ms = @ms, as_built_json = @json WHERE serial = @serial",
                new { status = nameof(UnitStatus.Completed), ms, json = JsonSerializer.Serialize(u.AsBuilt, Json), serial = u.Serial }, transaction);
            var completed = await connection.ExecuteScalarAsync<long>(
                "SELECT count(*) FROM units WHERE order_id = @orderId AND status = @status", new { orderId = u.OrderId, status = nameof(UnitStatus.Completed) }, transaction);
            if (completed >= write.OrderUnits)
            {
                await connection.ExecuteAsync(
                    "UPDATE orders SET status = @to, updated_at_ms = @ms WHERE id = @id AND status = @from",
                    new { to = nameof(OrderStatus.Completed), from = nameof(OrderStatus.InProduction), ms = UnixTime.ToMs(e.RecordedAt), id = u.OrderId }, transaction);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task<bool> WriteRunAsync(DbConnection connection, DbTransaction transaction, ExecutionWrite write)
    {
        var r = write.Run;
        var values = new
        {
            r.OperationId, r.FactoryId, r.OrderId, r.LineId, r.Unit, r.StepId, r.MachineId, State = r.State.ToString(), r.Sequence,
            StartedAtMs = UnixTime.ToMs(r.StartedAt), EndedAtMs = r.EndedAt is { } end ? UnixTime.ToMs(end) : (long?)null, ChangedAtMs = UnixTime.ToMs(r.ChangedAt),
            r.RunMs, r.Good, r.Scrap, r.OperatorId, Expected = write.ExpectedSequence,
        };
        if (write.ExpectedSequence == 0)
        {
            return await connection.ExecuteAsync(
                """
                INSERT INTO operation_runs (operation_id, factory_id, order_id, line_id, unit, step_id, machine_id, state, sequence, started_at_ms, ended_at_ms, changed_at_ms, run_ms, good, scrap, operator_id)
                VALUES (@OperationId, @FactoryId, @OrderId, @LineId, @Unit, @StepId, @MachineId, @State, @Sequence, @StartedAtMs, @EndedAtMs, @ChangedAtMs, @RunMs, @Good, @Scrap, @OperatorId)
                ON CONFLICT DO NOTHING
                """, values, transaction) == 1;
        }
        return await connection.ExecuteAsync(
            """
            UPDATE operation_runs SET state = @State, sequence = @Sequence, ended_at_ms = @EndedAtMs, changed_at_ms = @ChangedAtMs, run_ms = @RunMs, good = @Good, scrap = @Scrap
            WHERE operation_id = @OperationId AND sequence = @Expected
            """, values, transaction) == 1;
    }

    private sealed class RunRow
    {
        public string OperationId { get; init; } = "";
        public string FactoryId { get; init; } = "";
        public string OrderId { get; init; } = "";
        public string LineId { get; init; } = "";
        public int Unit { get; init; }
        public string StepId { get; init; } = "";
        public string MachineId { get; init; } = "";
        public string State { get; init; } = "";
        public int Sequence { get; init; }
        public long StartedAtMs { get; init; }
        public long? EndedAtMs { get; init; }
        public long ChangedAtMs { get; init; }
        public long RunMs { get; init; }
        public int Good { get; init; }
        public int Scrap { get; init; }
        public string? OperatorId { get; init; }

        public OperationRun ToRun() => new(OperationId, FactoryId, OrderId, LineId, Unit, StepId, MachineId, Enum.Parse<OperationState>(State), Sequence,
            UnixTime.FromMs(StartedAtMs), EndedAtMs is { } end ? UnixTime.FromMs(end) : null, UnixTime.FromMs(ChangedAtMs), RunMs, Good, Scrap, OperatorId);
    }

    private sealed class EventRow
    {
        public string OperationId { get; init; } = "";
        public int Sequence { get; init; }
        public string Kind { get; init; } = "";
        public string MachineId { get; init; } = "";
        public long AtMs { get; init; }
        public int? Good { get; init; }
        public int? Scrap { get; init; }
        public string Source { get; init; } = "";
        public string? UserId { get; init; }
        public string? Reason { get; init; }
        public long RecordedAtMs { get; init; }

        public OperationEvent ToEvent() => new(OperationId, Sequence, Enum.Parse<OperationAction>(Kind), MachineId, UnixTime.FromMs(AtMs), Good, Scrap, Source, UserId, Reason,
            UnixTime.FromMs(RecordedAtMs));
    }

    private sealed class UnitRow
    {
        public string Serial { get; init; } = "";
        public string FactoryId { get; init; } = "";
        public string OrderId { get; init; } = "";
        public string LineId { get; init; } = "";
        public int LineNumber { get; init; }
        public int Unit { get; init; }
        public string TemplateId { get; init; } = "";
        public string TemplateVersion { get; init; } = "";
        public string Status { get; init; } = "";
        public long StartedAtMs { get; init; }
        public long? CompletedAtMs { get; init; }
        public string? AsBuiltJson { get; init; }

        public ProducedUnit ToUnit() => new(Serial, FactoryId, OrderId, LineId, LineNumber, Unit, TemplateId, TemplateVersion, Enum.Parse<UnitStatus>(Status),
            UnixTime.FromMs(StartedAtMs), CompletedAtMs is { } done ? UnixTime.FromMs(done) : null,
            AsBuiltJson is null ? null : JsonSerializer.Deserialize<AsBuiltRecord>(AsBuiltJson, Json));
    }
}
