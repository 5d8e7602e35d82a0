using Dapper;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Simulation;

/// <summary>SQL for the one row of <c>simulation_clock</c>.</summary>
internal sealed class SimulationClockStore(Database database)
{
    public async Task<DateTimeOffset?> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ms = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT simulated_ms FROM simulation_clock WHERE id = 1", cancellationToken: cancellationToken));
        return ms is { } value ? UnixTime.FromMs(value) : null;
    }

    public async Task SaveAsync(DateTimeOffset simulatedNow, DateTimeOffset realNow, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO simulation_clock (id, simulated_ms, saved_at_ms) VALUES (1, @simulated, @saved)
            ON CONFLICT (id) DO UPDATE SET simulated_ms = excluded.simulated_ms, saved_at_ms = excluded.saved_at_ms
            """, new { simulated = UnixTime.ToMs(simulatedNow), saved = UnixTime.ToMs(realNow) }, cancellationToken: cancellationToken));
    }
}
