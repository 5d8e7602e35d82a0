using System.Data.Common;
using Dapper;
using Microfactory.Core.Machines;
using Microfactory.Core.Time;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Machines;

/// <summary>SQL for machines with their capabilities, weekly shifts and downtime windows.</summary>
internal sealed class MachineStore(Database database)
{
    private const string Columns = "id AS Id, factory_id AS FactoryId, name AS Name, model AS Model, idle_power_kw AS IdlePowerKw, working_power_kw AS WorkingPowerKw, hourly_rate AS HourlyRate";

    public async Task<(IReadOnlyList<Machine> Items, long Total)> ListAsync(string? factoryId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        const string filter = "(@factoryId IS NULL OR factory_id = @factoryId)";
        var rows = (await connection.QueryAsync<MachineRow>(
            $"SELECT {Columns} FROM machines WHERE {filter} ORDER BY name, id LIMIT @limit OFFSET @offset", new { factoryId, limit, offset })).ToList();
        var total = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM machines WHERE {filter}", new { factoryId });
        return (await LoadAsync(connection, rows), total);
    }

    public async Task<Machine?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<MachineRow>($"SELECT {Columns} FROM machines WHERE id = @id", new { id });
        return row is null ? null : (await LoadAsync(connection, [row]))[0];
    }

    /// <summary>Inserts a machine with its calendar; false when the id is taken.</summary>
    public async Task<bool> InsertAsync(Machine machine, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO machines (id, factory_id, name, model, idle_power_kw, working_power_kw, hourly_rate, created_at_ms, updated_at_ms)
            VALUES (@Id, @FactoryId, @Name, @Model, @IdlePowerKw, @WorkingPowerKw, @HourlyRate, @At, @At)
            ON CONFLICT DO NOTHING
            """,
            Parameters(machine, at), transaction);
        if (inserted == 0)
        {
            return false;
        }
        await WriteChildrenAsync(connection, transaction, machine);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Replaces a machine and its calendar; false when there is no such machine.</summary>
    public async Task<bool> UpdateAsync(Machine machine, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(
            """
            UPDATE machines SET factory_id = @FactoryId, name = @Name, model = @Model, idle_power_kw = @IdlePowerKw,
                   working_power_kw = @WorkingPowerKw, hourly_rate = @HourlyRate, updated_at_ms = @At
            WHERE id = @Id
            """,
            Parameters(machine, at), transaction);
        if (updated == 0)
        {
            return false;
        }
        foreach (var table in new[] { "machine_capabilities", "machine_shifts", "machine_downtimes" })
        {
            await connection.ExecuteAsync($"DELETE FROM {table} WHERE machine_id = @Id", new { machine.Id }, transaction);
        }
        await WriteChildrenAsync(connection, transaction, machine);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static object Parameters(Machine m, DateTimeOffset at) =>
        new { m.Id, m.FactoryId, m.Name, m.Model, m.IdlePowerKw, m.WorkingPowerKw, m.HourlyRate, At = UnixTime.ToMs(at) };

    private static async Task WriteChildrenAsync(DbConnection connection, DbTransaction transaction, Machine machine)
    {
        await connection.ExecuteAsync(
            "INSERT INTO machine_capabilities (machine_id, capability_id) VALUES (@MachineId, @CapabilityId)",
            machine.Capabilities.Select(c => new { MachineId = machine.Id, CapabilityId = c }), transaction);
        await connection.ExecuteAsync(
            "INSERT INTO machine_shifts (machine_id, day_of_week, start_minute, end_minute) VALUES (@MachineId, @Day, @Start, @End)",
            machine.Calendar.Shifts.Select(s => new { MachineId = machine.Id, Day = (int)s.Day, Start = s.StartMinute, End = s.EndMinute }), transaction);
        await connection.ExecuteAsync(
            "INSERT INTO machine_downtimes (machine_id, starts_at_ms, ends_at_ms, reason) VALUES (@MachineId, @Starts, @Ends, @Reason)",
            machine.Calendar.Downtimes.Select(d => new { MachineId = machine.Id, Starts = UnixTime.ToMs(d.StartsAt), Ends = UnixTime.ToMs(d.EndsAt), d.Reason }), transaction);
    }

    /// <summary>Completes machine rows with their capabilities, shifts and downtimes: three queries for the whole page, not three per machine.</summary>
    private static async Task<IReadOnlyList<Machine>> LoadAsync(DbConnection connection, IReadOnlyList<MachineRow> rows)
    {
        if (rows.Count == 0)
        {
            return [];
        }
        var ids = rows.Select(r => r.Id).ToArray();
        var capabilities = (await connection.QueryAsync<CapabilityRow>(
                $"SELECT machine_id AS MachineId, capability_id AS CapabilityId FROM machine_capabilities WHERE {SqlLists.AnyOf(connection, "machine_id", "ids")} ORDER BY capability_id", new { ids }))
            .ToLookup(c => c.MachineId, c => c.CapabilityId, StringComparer.Ordinal);
        var shifts = (await connection.QueryAsync<ShiftRow>(
                $"SELECT machine_id AS MachineId, day_of_week AS Day, start_minute AS StartMinute, end_minute AS EndMinute FROM machine_shifts WHERE {SqlLists.AnyOf(connection, "machine_id", "ids")} ORDER BY day_of_week, start_minute",
                new { ids }))
            .ToLookup(s => s.MachineId, StringComparer.Ordinal);
        var downtimes = (await connection.QueryAsync<DowntimeRow>(
                $"SELECT machine_id AS MachineId, starts_at_ms AS StartsAtMs, ends_at_ms AS EndsAtMs, reason AS Reason FROM machine_downtimes WHERE {SqlLists.AnyOf(connection, "machine_id", "ids")} ORDER BY starts_at_ms",
                new { ids }))
            .ToLookup(d => d.MachineId, StringComparer.Ordinal);
        return [.. rows.Select(row => new Machine(row.Id, row.FactoryId, row.Name, row.Model, [.. capabilities[row.Id]], row.IdlePowerKw, row.WorkingPowerKw, row.HourlyRate,
            new AvailabilityCalendar(
                [.. shifts[row.Id].Select(s => new WeeklyShift((DayOfWeek)s.Day, s.StartMinute, s.EndMinute))],
                [.. downtimes[row.Id].Select(d => new TimeWindow(UnixTime.FromMs(d.StartsAtMs), UnixTime.FromMs(d.EndsAtMs), d.Reason))])))];
    }

    private sealed class MachineRow
    {
        public string Id { get; set; } = "";
        public string FactoryId { get; set; } = "";
        public string Name { get; set; } = "";
        public string Model { get; set; } = "";
        public double IdlePowerKw { get; set; }
        public double WorkingPowerKw { get; set; }
        public decimal HourlyRate { get; set; }
    }

    private sealed class CapabilityRow
    {
        public string MachineId { get; set; } = "";
        public string CapabilityId { get; set; } = "";
    }

    private sealed class ShiftRow
    {
        public string MachineId { get; set; } = "";
        public int Day { get; set; }
        public int StartMinute { get; set; }
        public int EndMinute { get; set; }
    }

    private sealed class DowntimeRow
    {
        public string MachineId { get; set; } = "";
        public long StartsAtMs { get; set; }
        public long EndsAtMs { get; set; }
        public string Reason { get; set; } = "";
    }
}
