using System.Data.Common;
using Dapper;
using Microfactory.Server.Storage;
using Microfactory.Shopfloor.Machines;
using Microfactory.Shopfloor.Oee;

namespace Microfactory.Server.Features.Oee;

/// <summary>
/// SQL for OEE, SQLite and PostgreSQL alike: the telemetry of some machines over a window [from, to). Each list stops at
/// <c>limit</c> rows so an enormous window cannot load without bound (the caller refuses a list that reached it). The state
/// before the window and the meter readings at its edges are one indexed seek per machine
/// (ix_machine_state_changes_latest, ix_machine_energy_readings_machine), never a scan of the history.
/// </summary>
internal sealed class OeeStore(Database database)
{
    public async Task<OeeTelemetry> ReadAsync(IReadOnlyList<string> machineIds, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken)
    {
        if (machineIds.Count == 0)
        {
            return new OeeTelemetry([], new Dictionary<string, MachineState>(), [], []);
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        var window = new { ids = machineIds.ToArray(), fromMs = UnixTime.ToMs(from), toMs = UnixTime.ToMs(to), limit };
        var inIds = SqlLists.AnyOf(connection, "machine_id", "ids");

        // Ordered by (at, id): of two changes at the same instant the one recorded later comes later, and wins.
        var states = (await connection.QueryAsync<StateRow>(new CommandDefinition(
            $"""
            SELECT machine_id AS MachineId, state AS State, at_ms AS AtMs FROM machine_state_changes
            WHERE {inIds} AND at_ms >= @fromMs AND at_ms < @toMs ORDER BY at_ms, id LIMIT @limit
            """, window, cancellationToken: cancellationToken))).Select(r => new StateChange(r.MachineId, UnixTime.FromMs(r.AtMs), Parse(r.State))).ToList();
        var counts = (await connection.QueryAsync<CountRow>(new CommandDefinition(
            $"""
            SELECT machine_id AS MachineId, operation_id AS OperationId, good AS Good, scrap AS Scrap, at_ms AS AtMs FROM machine_counts
            WHERE {inIds} AND at_ms >= @fromMs AND at_ms < @toMs ORDER BY at_ms, id LIMIT @limit
            """, window, cancellationToken: cancellationToken))).Select(r => new StoredCount(r.MachineId, r.OperationId, r.Good, r.Scrap, UnixTime.FromMs(r.AtMs))).ToList();
        var meters = (await connection.QueryAsync<EnergyRow>(new CommandDefinition(
            $"""
            SELECT machine_id AS MachineId, kwh AS Kwh, at_ms AS AtMs FROM machine_energy_readings
            WHERE {inIds} AND at_ms >= @fromMs AND at_ms < @toMs ORDER BY at_ms, id LIMIT @limit
            """, window, cancellationToken: cancellationToken))).Select(Reading).ToList();

        var before = new Dictionary<string, MachineState>(StringComparer.Ordinal);
        foreach (var machineId in machineIds)
        {
            var edge = new { machineId, window.fromMs, window.toMs };
            if (await connection.QueryFirstOrDefaultAsync<string?>(new CommandDefinition(
                    "SELECT state FROM machine_state_changes WHERE machine_id = @machineId AND at_ms < @fromMs ORDER BY at_ms DESC, id DESC LIMIT 1",
                    edge, cancellationToken: cancellationToken)) is { } state)
            {
                before[machineId] = Parse(state);
            }
            meters.AddRange(await EdgeAsync(connection, "at_ms < @fromMs ORDER BY at_ms DESC, id DESC", edge, cancellationToken));
            meters.AddRange(await EdgeAsync(connection, "at_ms >= @toMs ORDER BY at_ms, id", edge, cancellationToken));
        }
        return new OeeTelemetry(states, before, counts, meters);
    }

    private static async Task<IEnumerable<MeterReading>> EdgeAsync(DbConnection connection, string condition, object edge, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<EnergyRow>(new CommandDefinition(
            $"SELECT machine_id AS MachineId, kwh AS Kwh, at_ms AS AtMs FROM machine_energy_readings WHERE machine_id = @machineId AND {condition} LIMIT 1",
            edge, cancellationToken: cancellationToken))).Select(Reading);

    private static MeterReading Reading(EnergyRow r) => new(r.MachineId, UnixTime.FromMs(r.AtMs), r.Kwh);

    // The table's CHECK constraint allows only the five names.
    private static MachineState Parse(string name) =>
        MachineStates.TryParse(name, out var state) ? state : throw new InvalidOperationException($"Stored machine state '{name}' is not one of {string.Join(", ", MachineStates.Names)}.");

    private sealed class StateRow
    {
        public string MachineId { get; set; } = "";
        public string State { get; set; } = "";
        public long AtMs { get; set; }
    }

    private sealed class CountRow
    {
        public string MachineId { get; set; } = "";
        public string? OperationId { get; set; }
        public long Good { get; set; }
        public long Scrap { get; set; }
        public long AtMs { get; set; }
    }

    private sealed class EnergyRow
    {
        public string MachineId { get; set; } = "";
        public double Kwh { get; set; }
        public long AtMs { get; set; }
    }
}
