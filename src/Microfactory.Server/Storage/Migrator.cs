using System.Data.Common;
using System.Globalization;
using Dapper;

namespace Microfactory.Server.Storage;

/// <summary>
/// Applies the numbered scripts under <c>Storage/Migrations</c> (embedded) that the database has not
/// seen yet, each in its own transaction, in version order. Safe to run at every start and from
/// several processes: PostgreSQL takes an advisory lock, SQLite an immediate write lock.
/// </summary>
internal sealed class Migrator(Database database, TimeProvider time)
{
    private const long PostgresLockKey = 0x4D46_4D49_4752; // "MFMIGR"

    public static IReadOnlyList<Migration> All { get; } = LoadEmbedded();

    /// <summary>Applies pending migrations and returns the ones it applied.</summary>
    public async Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (database.Engine == DatabaseEngine.Sqlite)
        {
            // WAL is a property of the file: set once, kept by every later connection.
            await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        }
        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at_ms BIGINT NOT NULL)");
        if (database.Engine == DatabaseEngine.Postgres)
        {
            await connection.ExecuteAsync("SELECT pg_advisory_lock(@key)", new { key = PostgresLockKey });
        }
        try
        {
            var applied = new List<Migration>();
            foreach (var migration in All)
            {
                if (await TryApplyAsync(connection, migration, cancellationToken))
                {
                    applied.Add(migration);
                }
            }
            return applied;
        }
        finally
        {
            if (database.Engine == DatabaseEngine.Postgres)
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = PostgresLockKey });
            }
        }
    }

    /// <summary>The versions already applied, in order.</summary>
    public async Task<IReadOnlyList<int>> AppliedVersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var exists = database.Engine == DatabaseEngine.Sqlite
            ? await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
            : await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_migrations'");
        if (exists == 0)
        {
            return [];
        }
        var versions = await connection.QueryAsync<int>("SELECT version FROM schema_migrations ORDER BY version");
        return [.. versions];
    }

    private async Task<bool> TryApplyAsync(DbConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        // Microsoft.Data.Sqlite begins IMMEDIATE transactions, so two processes cannot both decide a version is missing.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var done = await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM schema_migrations WHERE version = @version", new { version = migration.Version }, transaction);
        if (done > 0)
        {
            return false;
        }
        await connection.ExecuteAsync(ForEngine(migration.Sql, database.Engine), transaction: transaction);
        await connection.ExecuteAsync(
            "INSERT INTO schema_migrations (version, name, applied_at_ms) VALUES (@version, @name, @at)",
            new { version = migration.Version, name = migration.Name, at = time.GetUtcNow().ToUnixTimeMilliseconds() },
            transaction);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The engine's spelling of the tokens in migration scripts: <c>{{decimal}}</c>, <c>{{double}}</c> and
    /// <c>{{identity}}</c> (a 64-bit primary key the database numbers in insertion order: SQLite's rowid alias,
    /// PostgreSQL's identity column) and <c>{{without_rowid}}</c> after a table's closing parenthesis (SQLite keeps a
    /// table with a composite key in that key's b-tree alone, one b-tree write per row instead of two; nothing for PostgreSQL).
    /// </summary>
    internal static string ForEngine(string sql, DatabaseEngine engine) => engine switch
    {
        DatabaseEngine.Sqlite => sql.Replace("{{decimal}}", "TEXT", StringComparison.Ordinal).Replace("{{double}}", "REAL", StringComparison.Ordinal)
            .Replace("{{identity}}", "INTEGER PRIMARY KEY", StringComparison.Ordinal).Replace("{{without_rowid}}", "WITHOUT ROWID", StringComparison.Ordinal),
        _ => sql.Replace("{{decimal}}", "NUMERIC(19,4)", StringComparison.Ordinal).Replace("{{double}}", "DOUBLE PRECISION", StringComparison.Ordinal)
            .Replace("{{identity}}", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", StringComparison.Ordinal).Replace("{{without_rowid}}", "", StringComparison.Ordinal),
    };

    private static List<Migration> LoadEmbedded()
    {
        var assembly = typeof(Migrator).Assembly;
        const string prefix = "Microfactory.Server.Storage.Migrations.";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)))
        {
            var fileName = resource[prefix.Length..^".sql".Length];
            var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
            var version = int.Parse(fileName[..underscore], NumberStyles.None, CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(version, fileName[(underscore + 1)..], reader.ReadToEnd()));
        }
        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        return migrations;
    }
}
