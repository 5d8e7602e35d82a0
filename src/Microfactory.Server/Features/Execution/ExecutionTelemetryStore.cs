using Dapper;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Execution;

/// <summary>What execution reads from the telemetry tables: the parts counted for an operation, the machine state reports that move operations, a machine's metered energy.</summary>
internal sealed class ExecutionTelemetryStore(Database database)
{
    /// <summary>Good and scrap counted for one operation over all its count messages.</summary>
    public async Task<(long Good, long Scrap)> CountsOfOperationAsync(string operationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(
            "SELECT CAST(coalesce(sum(good), 0) AS BIGINT), CAST(coalesce(sum(scrap), 0) AS BIGINT) FROM machine_counts WHERE operation_id = @operationId",
            new { operationId }, cancellationToken: cancellationToken));
    }

    /// <summary>The id just before the first state report recorded at or after <paramref name="sinceMs"/> (where a replay starts).</summary>
    public async Task<long> IdBeforeAsync(long sinceMs, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var first = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT min(id) FROM machine_state_changes WHERE recorded_at_ms >= @sinceMs", new { sinceMs }, cancellationToken: cancellationToken));
        return first is { } id ? id - 1 : await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT coalesce(max(id), 0) FROM machine_state_changes", cancellationToken: cancellationToken));
    }

    /// <summary>State reports committed after <paramref name="afterId"/>, in commit order, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<OperationStateReport>> StateReportsAfterAsync(long afterId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<OperationStateReport>(new CommandDefinition(
            """
            SELECT id AS Id, machine_id AS MachineId, factory_id AS FactoryId, state AS State, at_ms AS AtMs, source AS Source, reason AS Reason, operation_id AS OperationId
            FROM machine_state_changes WHERE id > @afterId ORDER BY id LIMIT @limit
            """, new { afterId, limit }, cancellationToken: cancellationToken))];
    }

    /// <summary>The machines of a factory whose latest state report says down, with since when.</summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> DownMachinesAsync(string factoryId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string MachineId, string State, long AtMs)>(new CommandDefinition(
            """
            SELECT s.machine_id, s.state, s.at_ms FROM machine_state_changes s
            WHERE s.factory_id = @factoryId AND s.id = (SELECT t.id FROM machine_state_changes t WHERE t.machine_id = s.machine_id ORDER BY t.at_ms DESC, t.id DESC LIMIT 1)
            """, new { factoryId }, cancellationToken: cancellationToken));
        return rows.Where(r => r.State == "down").ToDictionary(r => r.MachineId, r => UnixTime.FromMs(r.AtMs), StringComparer.Ordinal);
    }

    /// <summary>The newest reading of a machine's cumulative meter, or null before the first.</summary>
    public async Task<double?> LastMeterKwhAsync(string machineId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<double?>(new CommandDefinition(
            "SELECT kwh FROM machine_energy_readings WHERE machine_id = @machineId ORDER BY at_ms DESC, id DESC LIMIT 1", new { machineId }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// kWh a machine's meter advanced over [from, to): readings interpolated linearly at both ends; null when the
    /// meter has no reading at or before <paramref name="from"/> and at or after <paramref name="to"/>. A meter that
    /// went backwards (a reset) counts that gap as nothing.
    /// </summary>
    public async Task<decimal?> EnergyKwhAsync(string machineId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var (fromMs, toMs) = (UnixTime.ToMs(from), UnixTime.ToMs(to));
        await using var connection = await database.OpenAsync(cancellationToken);
        var readings = (await connection.QueryAsync<(long AtMs, double Kwh)>(new CommandDefinition(
            """
            SELECT at_ms, kwh FROM machine_energy_readings WHERE machine_id = @machineId AND at_ms >= coalesce(
                (SELECT max(at_ms) FROM machine_energy_readings WHERE machine_id = @machineId AND at_ms <= @fromMs), @fromMs)
              AND at_ms <= coalesce((SELECT min(at_ms) FROM machine_energy_readings WHERE machine_id = @machineId AND at_ms >= @toMs), @toMs)
            ORDER BY at_ms
            """, new { machineId, fromMs, toMs }, cancellationToken: cancellationToken))).ToList();
        if (readings.Count < 2 || readings[0].AtMs > fromMs || readings[^1].AtMs < toMs)
        {
            return null;
        }
        double total = 0;
        for (var i = 1; i < readings.Count; i++)
        {
            var (a, b) = (readings[i - 1], readings[i]);
            var overlap = Math.Min(b.AtMs, toMs) - Math.Max(a.AtMs, fromMs);
            if (overlap <= 0 || b.AtMs == a.AtMs || b.Kwh < a.Kwh)
            {
                continue;
            }
            total += (b.Kwh - a.Kwh) * overlap / (b.AtMs - a.AtMs);
        }
        return Math.Round((decimal)total, 4);
    }
}
