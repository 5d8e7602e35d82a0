using Dapper;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Alarms;

/// <summary>SQL for what the alarm rules look at: factories, their machines with their normal draws, each machine's current state spell and recent meter readings.</summary>
internal sealed class AlarmPictureStore(Database database)
{
    public async Task<IReadOnlyList<string>> FactoryIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<string>(new CommandDefinition("SELECT id FROM factories ORDER BY id", cancellationToken: cancellationToken))];
    }

    /// <summary>
    /// Every machine of the factory with its idle and working kW and its current state: the state of its latest report
    /// (latest by time, then by commit order) and since when, the first report of the trailing run of reports of that
    /// state, so a machine that says "down" twice has been down since the first time. Null state: it never reported.
    /// </summary>
    public async Task<IReadOnlyList<MachinePicture>> MachinesAsync(string factoryId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var machines = (await connection.QueryAsync<MachinePicture>(new CommandDefinition(
            """
            SELECT id AS MachineId, idle_power_kw AS IdlePowerKw, working_power_kw AS WorkingPowerKw, created_at_ms AS CreatedAtMs
            FROM machines WHERE factory_id = @factoryId ORDER BY id
            """, new { factoryId }, cancellationToken: cancellationToken))).ToList();
        foreach (var machine in machines)
        {
            var latest = await connection.QuerySingleOrDefaultAsync<StateRow>(new CommandDefinition(
                "SELECT state AS State, at_ms AS AtMs, id AS Id FROM machine_state_changes WHERE machine_id = @machineId ORDER BY at_ms DESC, id DESC LIMIT 1",
                new { machineId = machine.MachineId }, cancellationToken: cancellationToken));
            if (latest is not { } last)
            {
                continue;
            }
            var other = await connection.QuerySingleOrDefaultAsync<StateRow>(new CommandDefinition(
                "SELECT state AS State, at_ms AS AtMs, id AS Id FROM machine_state_changes WHERE machine_id = @machineId AND state <> @state ORDER BY at_ms DESC, id DESC LIMIT 1",
                new { machineId = machine.MachineId, state = last.State }, cancellationToken: cancellationToken));
            var since = other is { } before
                ? await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT min(at_ms) FROM machine_state_changes WHERE machine_id = @machineId AND (at_ms > @atMs OR (at_ms = @atMs AND id > @id))",
                    new { machineId = machine.MachineId, atMs = before.AtMs, id = before.Id }, cancellationToken: cancellationToken))
                : await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT min(at_ms) FROM machine_state_changes WHERE machine_id = @machineId", new { machineId = machine.MachineId }, cancellationToken: cancellationToken));
            machine.State = last.State;
            machine.SinceMs = since;
        }
        return machines;
    }

    /// <summary>The machine's cumulative meter readings in [<paramref name="fromMs"/>, <paramref name="toMs"/>], oldest first, at most the newest <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<(long AtMs, double Kwh)>> EnergyAsync(string machineId, long fromMs, long toMs, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long AtMs, double Kwh)>(new CommandDefinition(
            "SELECT at_ms, kwh FROM machine_energy_readings WHERE machine_id = @machineId AND at_ms >= @fromMs AND at_ms <= @toMs ORDER BY at_ms DESC, id DESC LIMIT @limit",
            new { machineId, fromMs, toMs, limit }, cancellationToken: cancellationToken));
        return [.. rows.Reverse()];
    }

    private sealed class StateRow
    {
        public string State { get; init; } = "";
        public long AtMs { get; init; }
        public long Id { get; init; }
    }
}
