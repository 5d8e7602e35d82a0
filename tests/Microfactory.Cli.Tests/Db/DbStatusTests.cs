using Dapper;
using Microfactory.Cli.Commands;
using Microfactory.Cli.Tests.Commands;
using Microfactory.Server.Storage;
using Microfactory.Server.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Microfactory.Cli.Tests.Db;

public sealed class DbStatusTests
{
    private static readonly Migration Latest = Migrator.All[^1];

    private static string Label(Migration m) => $"{m.Version:0000}_{m.Name}";

    [Fact]
    public async Task Help_Db_ListsTheCommandsItPromises()
    {
        var (exit, output, _) = await CliRun.RunAsync("db", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("migrate", output, StringComparison.Ordinal);
        Assert.Contains("status", output, StringComparison.Ordinal);
        Assert.Contains("schema version", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_MigratedSqlite_ReportsCurrentAndExitsZero()
    {
        var database = CliRun.NewSqliteConnectionString();
        await CliRun.RunAsync("db", "migrate", "-c", database);

        var (exit, output, error) = await CliRun.RunAsync("db", "status", "-c", database);

        Assert.True(exit == 0, error);
        Assert.Contains("Engine          SQLite", output, StringComparison.Ordinal);
        Assert.Contains($"SQLite {SqlitePath(database)}", output, StringComparison.Ordinal);
        Assert.Contains($"Schema version  {Latest.Version} ({Label(Latest)}, applied ", output, StringComparison.Ordinal);
        Assert.Contains($"Latest known    {Latest.Version} ({Label(Latest)})", output, StringComparison.Ordinal);
        Assert.Contains("Pending         none", output, StringComparison.Ordinal);
        Assert.EndsWith("Up to date.", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NeverMigrated_ListsEveryMigrationAndExitsBehind()
    {
        var database = CliRun.NewSqliteConnectionString();
        await File.WriteAllBytesAsync(SqlitePath(database), []); // an empty file is an empty SQLite database

        var (exit, output, _) = await CliRun.RunAsync("db", "status", "-c", database);

        Assert.Equal(3, exit);
        Assert.Contains("0 (never migrated)", output, StringComparison.Ordinal);
        // The table wraps a long list at the console width: compare with the runs of spaces and line breaks as one space.
        var flowing = System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " ");
        Assert.Contains("Pending " + string.Join(", ", Migrator.All.Select(Label)), flowing, StringComparison.Ordinal);
        Assert.Contains("run 'mf db migrate'", output, StringComparison.Ordinal);
        Assert.Empty(await TablesAsync(database)); // status changes nothing
    }

    [Fact]
    public async Task Status_LatestMigrationMissing_NamesItAndExitsBehind()
    {
        var database = CliRun.NewSqliteConnectionString();
        await CliRun.RunAsync("db", "migrate", "-c", database);
        await ExecuteAsync(database, "DELETE FROM schema_migrations WHERE version = @version", new { version = Latest.Version });

        var (exit, output, _) = await CliRun.RunAsync("db", "status", "-c", database);

        Assert.Equal(3, exit);
        Assert.Contains("Pending         " + Label(Latest), output, StringComparison.Ordinal);
        Assert.Contains("Behind by 1 migration(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_DatabaseMigratedByANewerMf_ExitsAhead()
    {
        var database = CliRun.NewSqliteConnectionString();
        await CliRun.RunAsync("db", "migrate", "-c", database);
        await ExecuteAsync(database, "INSERT INTO schema_migrations (version, name, applied_at_ms) VALUES (9999, 'from_the_future', 0)");

        var (exit, output, _) = await CliRun.RunAsync("db", "status", "-c", database);

        Assert.Equal(4, exit);
        Assert.Contains("9999_from_the_future", output, StringComparison.Ordinal);
        Assert.Contains("newer than this mf", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_MissingSqliteFile_FailsWithoutCreatingIt()
    {
        var database = CliRun.NewSqliteConnectionString();

        var (exit, _, error) = await CliRun.RunAsync("db", "status", "-c", database);

        Assert.Equal(1, exit);
        Assert.Contains($"no SQLite database at {SqlitePath(database)}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(SqlitePath(database)));
    }

    [Fact]
    public async Task Status_UnreachablePostgres_FailsWithAHint()
    {
        var (exit, output, error) = await CliRun.RunAsync("db", "status", "-c", "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("mf db status: cannot read the database", error, StringComparison.Ordinal);
        Assert.Contains("--connection-string", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_Postgres_BehindBeforeMigrateAndCurrentAfter()
    {
        var database = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();

        var (before, beforeOutput, _) = await CliRun.RunAsync("db", "status", "-c", database);
        var (migrated, _, migrateError) = await CliRun.RunAsync("db", "migrate", "-c", database);
        var (after, afterOutput, afterError) = await CliRun.RunAsync("db", "status", "-c", database);

        Assert.Equal(3, before);
        Assert.Contains("Engine          PostgreSQL", beforeOutput, StringComparison.Ordinal);
        Assert.Contains("0 (never migrated)", beforeOutput, StringComparison.Ordinal);
        Assert.True(migrated == 0, migrateError);
        Assert.True(after == 0, afterError);
        Assert.Contains($"Schema version  {Latest.Version} ({Label(Latest)}", afterOutput, StringComparison.Ordinal);
        Assert.Contains("Up to date.", afterOutput, StringComparison.Ordinal);
    }

    private static string SqlitePath(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;

    private static async Task ExecuteAsync(string connectionString, string sql, object? parameters = null)
    {
        await using var services = ServerConnection.CreateServices(connectionString);
        await using var connection = await services.GetRequiredService<Database>().OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    private static async Task<IReadOnlyList<string>> TablesAsync(string connectionString)
    {
        await using var services = ServerConnection.CreateServices(connectionString);
        await using var connection = await services.GetRequiredService<Database>().OpenAsync();
        return [.. await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")];
    }
}
