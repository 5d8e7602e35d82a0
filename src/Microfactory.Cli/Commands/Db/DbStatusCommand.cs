using System.CommandLine;
using System.Globalization;
using Microfactory.Server.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Microfactory.Cli.Commands.Db;

/// <summary>
/// <c>mf db status</c>: engine, database, schema version applied and latest known, pending
/// migrations. Changes nothing (an SQLite file that does not exist is reported, not created).
/// The exit code tells scripts whether the schema is current.
/// </summary>
internal static class DbStatusCommand
{
    /// <summary>Exit code when migrations are pending.</summary>
    public const int Behind = 3;

    /// <summary>Exit code when the database has versions this build does not know (a newer release migrated it).</summary>
    public const int Ahead = 4;

    public static Command Create(CliContext context)
    {
        var connection = ServerConnection.ConnectionStringOption();
        var command = new Command("status",
            "Show the engine, the database, its schema version and the latest this mf knows, and the pending migrations. " +
            $"Exit code 0 when current, {Behind} when migrations are pending (run 'mf db migrate'), {Ahead} when the database is newer than this mf, 1 when it cannot be read.")
        {
            connection,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                await using var services = ServerConnection.CreateServices(result.GetValue(connection));
                if (ServerConnection.MissingSqliteFile(services) is { } missing)
                {
                    await context.Error.WriteLineAsync($"mf db status: no SQLite database at {missing}. Check --connection-string (or Microfactory__ConnectionString); 'mf db migrate' creates it.");
                    return CliApp.Failure;
                }
                var status = await SchemaStatus.ReadAsync(services.GetRequiredService<Database>(), services.GetRequiredService<Migrator>(), cancellationToken);
                Render(context.Console, status);
                var (code, verdict) = Verdict(status);
                await context.Output.WriteLineAsync(verdict);
                return code;
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or ArgumentException or IOException or TimeoutException)
            {
                await context.Error.WriteLineAsync($"mf db status: cannot read the database: {ex.Message} Check --connection-string (or Microfactory__ConnectionString).");
                return CliApp.Failure;
            }
        });
        return command;
    }

    private static void Render(IAnsiConsole console, SchemaStatus status)
    {
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("Engine", status.Engine == DatabaseEngine.Postgres ? "PostgreSQL" : "SQLite");
        grid.AddRow("Database", Markup.Escape(status.Description));
        grid.AddRow("Schema version", status.Applied.Count == 0
            ? "0 (never migrated)"
            : Markup.Escape($"{status.CurrentVersion} ({status.Applied[^1].Label}, applied {status.Applied[^1].AppliedAt.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)})"));
        grid.AddRow("Latest known", Markup.Escape($"{status.LatestVersion} ({status.Known[^1].Version:0000}_{status.Known[^1].Name})"));
        grid.AddRow("Pending", status.Pending.Count == 0 ? "none" : Markup.Escape(string.Join(", ", status.Pending.Select(m => $"{m.Version:0000}_{m.Name}"))));
        if (status.Unknown.Count > 0)
        {
            grid.AddRow("Unknown to this mf", Markup.Escape(string.Join(", ", status.Unknown.Select(m => m.Label))));
        }
        console.Write(grid);
    }

    private static (int Code, string Verdict) Verdict(SchemaStatus status)
    {
        if (status.Unknown.Count > 0)
        {
            return (Ahead, $"The database is newer than this mf (version {status.CurrentVersion}, this mf knows up to {status.LatestVersion}): use a newer mf.");
        }
        if (status.Pending.Count > 0)
        {
            return (Behind, $"Behind by {status.Pending.Count} migration(s): run 'mf db migrate' (the server also migrates at start).");
        }
        return (0, "Up to date.");
    }
}
