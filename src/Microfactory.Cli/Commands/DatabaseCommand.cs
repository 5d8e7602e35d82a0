using Microfactory.Cli.Commands.Db;
using Microfactory.Server.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Microfactory.Cli.Commands;

/// <summary>
/// The frame of a command that works on the platform's database through its application services: it refuses a
/// mistyped SQLite path (instead of creating an empty file), a database without schema or behind this <c>mf</c>,
/// and turns database errors into one line on stderr with exit code 1, as <c>mf factory show</c> does.
/// </summary>
internal static class DatabaseCommand
{
    private const string Hint = "Start the server once (mf serve) or run 'mf db migrate', or check --connection-string (or Microfactory__ConnectionString).";

    public static async Task<int> RunAsync(CliContext context, string name, string? connectionString, Func<ServiceProvider, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            await using var services = ServerConnection.CreateServices(connectionString);
            if (ServerConnection.MissingSqliteFile(services) is { } missing)
            {
                await context.Error.WriteLineAsync($"{name}: no SQLite database at {missing}. {Hint}");
                return CliApp.Failure;
            }
            var database = services.GetRequiredService<Database>();
            var schema = await SchemaStatus.ReadAsync(database, services.GetRequiredService<Migrator>(), CancellationToken.None);
            if (schema.Applied.Count == 0)
            {
                await context.Error.WriteLineAsync($"{name}: {database.Description} has no schema yet. {Hint}");
                return CliApp.Failure;
            }
            if (schema.Pending.Count > 0)
            {
                await context.Error.WriteLineAsync($"{name}: the schema of {database.Description} is at version {schema.CurrentVersion}, this mf needs {schema.LatestVersion}: run 'mf db migrate'.");
                return CliApp.Failure;
            }
            await Microfactory.Server.Features.Simulation.SimulationClockResume.ContinueAsync(services, CancellationToken.None);
            return await body(services);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or ArgumentException or IOException or TimeoutException)
        {
            await context.Error.WriteLineAsync($"{name}: cannot read the database: {ex.Message} Check --connection-string (or Microfactory__ConnectionString).");
            return CliApp.Failure;
        }
    }
}
