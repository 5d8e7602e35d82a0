using System.CommandLine;
using Microfactory.Cli.Commands.Db;
using Microfactory.Server.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Microfactory.Cli.Commands;

/// <summary><c>mf db …</c>: database maintenance.</summary>
internal static class DbCommands
{
    public static Command Create(CliContext context)
    {
        var db = new Command("db", "Database maintenance: apply migrations (migrate), show the schema version and pending migrations (status).");
        db.Subcommands.Add(Migrate(context));
        db.Subcommands.Add(DbStatusCommand.Create(context));
        return db;
    }

    private static Command Migrate(CliContext context)
    {
        var connection = ServerConnection.ConnectionStringOption();
        var command = new Command("migrate", "Apply the numbered schema migrations the database has not seen yet (the server also does this at start).")
        {
            connection,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                await using var services = ServerConnection.CreateServices(result.GetValue(connection));
                var database = services.GetRequiredService<Database>();
                var applied = await services.GetRequiredService<Migrator>().MigrateAsync(cancellationToken);
                var versions = await services.GetRequiredService<Migrator>().AppliedVersionsAsync(cancellationToken);
                context.Console.MarkupLineInterpolated($"[bold]{database.Description}[/]");
                foreach (var migration in applied)
                {
                    context.Console.MarkupLineInterpolated($"  applied [green]{migration.Version:0000}_{migration.Name}[/]");
                }
                context.Console.MarkupLineInterpolated($"Schema version {(versions.Count == 0 ? 0 : versions[^1])}; {applied.Count} migration(s) applied now.");
                return 0;
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or ArgumentException or IOException)
            {
                await context.Error.WriteLineAsync($"mf db migrate: cannot migrate: {ex.Message} Check --connection-string (or Microfactory__ConnectionString).");
                return CliApp.Failure;
            }
        });
        return command;
    }
}
