using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using Microfactory.Shopfloor.Machines;
using Microfactory.Shopfloor.Telemetry;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Telemetry;

/// <summary>
/// SQL for telemetry, SQLite and PostgreSQL alike: the dedupe ledger and the three append-only tables. A batch is
/// written in one transaction; the ledger insert (<c>ON CONFLICT DO NOTHING</c>) says which keys are new, and only
/// those rows reach the data tables. How the rows travel differs by engine, for speed: PostgreSQL gets multi-row
/// statements (one round trip per few hundred messages, the new keys come back by <c>RETURNING</c>); SQLite, in
/// process, gets the same few single-row statements prepared once per batch and run per message (its parameter lookup
/// by name is linear, so a statement of thousands of parameters costs quadratic time: 250 µs a message against 5).
/// </summary>
internal sealed class TelemetryStore(Database database)
{
    /// <summary>Rows per statement: at most 10 parameters a row keeps every statement far below both engines' parameter limits.</summary>
    private const int RowsPerStatement = 250;

    /// <summary>
    /// Writes <paramref name="messages"/> (no two with the same machine, kind and key) in one transaction; true at the
    /// index of each message that was new, false where the ledger already had it (a duplicate, nothing written).
    /// </summary>
    public async Task<bool[]> WriteAsync(IReadOnlyList<TelemetryMessage> messages, string source, string? userId, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        var fresh = new bool[messages.Count];
        if (messages.Count == 0)
        {
            return fresh;
        }
        var recordedMs = UnixTime.ToMs(recordedAt);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (database.Engine == DatabaseEngine.Sqlite)
        {
            WriteRowByRow(connection, transaction, messages, source, userId, recordedMs, fresh, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return fresh;
        }
        var added = new HashSet<(string Machine, string Kind, string Key)>();
        for (var start = 0; start < messages.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, messages.Count - start);
            await InsertLedgerAsync(connection, transaction, messages, start, count, recordedMs, added, cancellationToken);
        }
        var states = new List<StateReport>();
        var counts = new List<CountReport>();
        var energy = new List<EnergyReport>();
        for (var i = 0; i < messages.Count; i++)
        {
            var m = messages[i];
            if (!added.Contains((m.MachineId, TelemetryKinds.Name(m.Kind), m.Key.Text)))
            {
                continue;
            }
            fresh[i] = true;
            switch (m)
            {
                case StateReport s: states.Add(s); break;
                case CountReport c: counts.Add(c); break;
                case EnergyReport e: energy.Add(e); break;
            }
        }
        await InsertRowsAsync(connection, transaction, states, StateColumns,
            s => [s.MachineId, s.FactoryId, MachineStates.Name(s.State), UnixTime.ToMs(s.At), source, s.Reason, s.OperationId, userId, s.Key.Text, recordedMs], cancellationToken);
        await InsertRowsAsync(connection, transaction, counts, CountColumns,
            c => [c.MachineId, c.OperationId, c.Good, c.Scrap, UnixTime.ToMs(c.At), source, c.Key.Text, recordedMs], cancellationToken);
        await InsertRowsAsync(connection, transaction, energy, EnergyColumns,
            e => [e.MachineId, e.Kwh, UnixTime.ToMs(e.At), source, e.Key.Text, recordedMs], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return fresh;
    }

    /// <summary>The state change with the latest <c>at</c> (ties: the one recorded later); null before the first.</summary>
    public async Task<StoredStateChange?> CurrentStateAsync(string machineId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<StoredStateChange>(new CommandDefinition(
            """
            SELECT machine_id AS MachineId, factory_id AS FactoryId, state AS State, at_ms AS AtMs, source AS Source, reason AS Reason,
                   operation_id AS OperationId, user_id AS UserId, message_key AS MessageKey, recorded_at_ms AS RecordedAtMs
            FROM machine_state_changes WHERE machine_id = @machineId ORDER BY at_ms DESC, id DESC LIMIT 1
            """, new { machineId }, cancellationToken: cancellationToken));
    }

    /// <summary>Every state change of a machine in the order it was recorded: the audit trail.</summary>
    public async Task<IReadOnlyList<StoredStateChange>> StateChangesAsync(string machineId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<StoredStateChange>(new CommandDefinition(
            """
            SELECT machine_id AS MachineId, factory_id AS FactoryId, state AS State, at_ms AS AtMs, source AS Source, reason AS Reason,
                   operation_id AS OperationId, user_id AS UserId, message_key AS MessageKey, recorded_at_ms AS RecordedAtMs
            FROM machine_state_changes WHERE machine_id = @machineId ORDER BY id
            """, new { machineId }, cancellationToken: cancellationToken))];
    }

    /// <summary>What is stored for a machine: rows per table and the sums of the counts.</summary>
    public async Task<TelemetryTotals> TotalsAsync(string machineId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var totals = await connection.QuerySingleAsync<TelemetryTotals>(new CommandDefinition(
            """
            SELECT (SELECT count(*) FROM machine_state_changes WHERE machine_id = @machineId) AS StateChanges,
                   (SELECT count(*) FROM machine_counts WHERE machine_id = @machineId) AS CountMessages,
                   (SELECT CAST(coalesce(sum(good), 0) AS BIGINT) FROM machine_counts WHERE machine_id = @machineId) AS Good,
                   (SELECT CAST(coalesce(sum(scrap), 0) AS BIGINT) FROM machine_counts WHERE machine_id = @machineId) AS Scrap,
                   (SELECT count(*) FROM machine_energy_readings WHERE machine_id = @machineId) AS EnergyReadings,
                   (SELECT count(*) FROM telemetry_ledger WHERE machine_id = @machineId) AS LedgerEntries
            """, new { machineId }, cancellationToken: cancellationToken));
        return totals;
    }

    /// <summary>The factory of a machine; null when there is no such machine.</summary>
    public async Task<string?> MachineFactoryAsync(string machineId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT factory_id FROM machines WHERE id = @machineId", new { machineId }, cancellationToken: cancellationToken));
    }

    /// <summary>When the machine was created; null when there is no such machine.</summary>
    public async Task<DateTimeOffset?> MachineCreatedAtAsync(string machineId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ms = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT created_at_ms FROM machines WHERE id = @machineId", new { machineId }, cancellationToken: cancellationToken));
        return ms is { } value ? UnixTime.FromMs(value) : null;
    }

    /// <summary>
    /// Each machine's good and scrap parts counted in [<paramref name="from"/>, <paramref name="to"/>) and the energy its
    /// meter measured in that window: the sum of the rises between readings (a drop is a meter reset and counts 0), the
    /// rise from the last reading before the window to the first inside it prorated by time. Machines with nothing
    /// reported are missing from the answer.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, MachineDayTotals>> WindowTotalsAsync(IReadOnlyList<string> machineIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, MachineDayTotals>(StringComparer.Ordinal);
        if (machineIds.Count == 0)
        {
            return result;
        }
        var (fromMs, toMs) = (UnixTime.ToMs(from), UnixTime.ToMs(to));
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = machineIds.ToArray();
        var counts = await connection.QueryAsync<(string MachineId, long Good, long Scrap)>(new CommandDefinition(
            $"""
            SELECT machine_id, CAST(coalesce(sum(good), 0) AS BIGINT), CAST(coalesce(sum(scrap), 0) AS BIGINT) FROM machine_counts
            WHERE {SqlLists.AnyOf(connection, "machine_id", "ids")} AND at_ms >= @fromMs AND at_ms < @toMs GROUP BY machine_id
            """, new { ids, fromMs, toMs }, cancellationToken: cancellationToken));
        // Rises between consecutive readings inside the window, and each machine's first reading inside it.
        var inside = await connection.QueryAsync<(string MachineId, double Rises, long FirstAtMs, double FirstKwh)>(new CommandDefinition(
            $"""
            SELECT machine_id, CAST(coalesce(sum(CASE WHEN rise > 0 THEN rise ELSE 0 END), 0) AS DOUBLE PRECISION), min(at_ms),
                   CAST(coalesce(max(CASE WHEN n = 1 THEN kwh END), 0) AS DOUBLE PRECISION)
            FROM (SELECT machine_id, at_ms, kwh, kwh - lag(kwh) OVER (PARTITION BY machine_id ORDER BY at_ms, id) AS rise,
                         row_number() OVER (PARTITION BY machine_id ORDER BY at_ms, id) AS n
                  FROM machine_energy_readings WHERE {SqlLists.AnyOf(connection, "machine_id", "ids")} AND at_ms >= @fromMs AND at_ms < @toMs) r
            GROUP BY machine_id
            """, new { ids, fromMs, toMs }, cancellationToken: cancellationToken));
        var before = (await connection.QueryAsync<(string MachineId, long AtMs, double Kwh)>(new CommandDefinition(
            $"""
            SELECT e.machine_id, e.at_ms, e.kwh FROM machine_energy_readings e
            WHERE {SqlLists.AnyOf(connection, "e.machine_id", "ids")} AND e.at_ms = (SELECT max(x.at_ms) FROM machine_energy_readings x WHERE x.machine_id = e.machine_id AND x.at_ms < @fromMs)
            """, new { ids, fromMs }, cancellationToken: cancellationToken))).GroupBy(b => b.MachineId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        foreach (var (machineId, good, scrap) in counts)
        {
            result[machineId] = new MachineDayTotals(good, scrap, 0);
        }
        foreach (var (machineId, rises, firstAtMs, firstKwh) in inside)
        {
            var kwh = rises;
            if (before.TryGetValue(machineId, out var last) && firstKwh > last.Kwh && firstAtMs > last.AtMs)
            {
                kwh += (firstKwh - last.Kwh) * (firstAtMs - fromMs) / (firstAtMs - last.AtMs);
            }
            var known = result.GetValueOrDefault(machineId) ?? new MachineDayTotals(0, 0, 0);
            result[machineId] = known with { EnergyKwh = kwh };
        }
        return result;
    }

    private const string StateColumns = "machine_state_changes (machine_id, factory_id, state, at_ms, source, reason, operation_id, user_id, message_key, recorded_at_ms)";
    private const string CountColumns = "machine_counts (machine_id, operation_id, good, scrap, at_ms, source, message_key, recorded_at_ms)";
    private const string EnergyColumns = "machine_energy_readings (machine_id, kwh, at_ms, source, message_key, recorded_at_ms)";

    /// <summary>
    /// The SQLite path, synchronous on purpose: SQLite runs in process and Microsoft.Data.Sqlite's async methods only
    /// wrap the synchronous ones, so an async state machine per row would be pure cost (it tripled the CPU per message).
    /// </summary>
    private static void WriteRowByRow(DbConnection connection, DbTransaction transaction, IReadOnlyList<TelemetryMessage> messages, string source, string? userId,
        long recordedMs, bool[] fresh, CancellationToken cancellationToken)
    {
        using var ledger = Prepared(connection, transaction, "INSERT INTO telemetry_ledger (machine_id, kind, message_key, recorded_at_ms) VALUES (@p0, @p1, @p2, @p3) ON CONFLICT DO NOTHING", 4);
        using var state = Prepared(connection, transaction, $"INSERT INTO {StateColumns} VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)", 10);
        using var count = Prepared(connection, transaction, $"INSERT INTO {CountColumns} VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)", 8);
        using var energy = Prepared(connection, transaction, $"INSERT INTO {EnergyColumns} VALUES (@p0, @p1, @p2, @p3, @p4, @p5)", 6);
        for (var i = 0; i < messages.Count; i++)
        {
            var m = messages[i];
            cancellationToken.ThrowIfCancellationRequested();
            if (Run(ledger, [m.MachineId, TelemetryKinds.Name(m.Kind), m.Key.Text, recordedMs]) == 0)
            {
                continue;
            }
            fresh[i] = true;
            _ = m switch
            {
                StateReport s => Run(state, [s.MachineId, s.FactoryId, MachineStates.Name(s.State), UnixTime.ToMs(s.At), source, s.Reason, s.OperationId, userId, s.Key.Text, recordedMs]),
                CountReport c => Run(count, [c.MachineId, c.OperationId, c.Good, c.Scrap, UnixTime.ToMs(c.At), source, c.Key.Text, recordedMs]),
                EnergyReport e => Run(energy, [e.MachineId, e.Kwh, UnixTime.ToMs(e.At), source, e.Key.Text, recordedMs]),
                _ => throw new ArgumentException($"Unknown telemetry message {m.GetType().Name}.", nameof(messages)),
            };
        }
    }

    private static DbCommand Prepared(DbConnection connection, DbTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            Add(command, "p" + i.ToString(CultureInfo.InvariantCulture), null);
        }
        return command;
    }

    private static int Run(DbCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        return command.ExecuteNonQuery();
    }

    private static async Task InsertLedgerAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<TelemetryMessage> messages, int start, int count,
        long recordedMs, HashSet<(string, string, string)> added, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder("INSERT INTO telemetry_ledger (machine_id, kind, message_key, recorded_at_ms) VALUES ");
        Add(command, "r", recordedMs);
        for (var i = 0; i < count; i++)
        {
            var m = messages[start + i];
            var n = i.ToString(CultureInfo.InvariantCulture);
            sql.Append(i == 0 ? "" : ",").Append("(@m").Append(n).Append(",@k").Append(n).Append(",@q").Append(n).Append(",@r)");
            Add(command, "m" + n, m.MachineId);
            Add(command, "k" + n, TelemetryKinds.Name(m.Kind));
            Add(command, "q" + n, m.Key.Text);
        }
        sql.Append(" ON CONFLICT DO NOTHING RETURNING machine_id, kind, message_key");
        command.CommandText = sql.ToString();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            added.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
    }

    private static async Task InsertRowsAsync<T>(DbConnection connection, DbTransaction transaction, List<T> rows, string table, Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        for (var start = 0; start < rows.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder("INSERT INTO ").Append(table).Append(" VALUES ");
            for (var i = 0; i < count; i++)
            {
                var row = values(rows[start + i]);
                sql.Append(i == 0 ? "(" : ",(");
                for (var c = 0; c < row.Length; c++)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"p{i}_{c}");
                    sql.Append(c == 0 ? "@" : ",@").Append(name);
                    Add(command, name, row[c]);
                }
                sql.Append(')');
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
