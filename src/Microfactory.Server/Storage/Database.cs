using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Microfactory.Server.Storage;

/// <summary>
/// Opens connections to the configured database. The engine is chosen by the connection string:
/// one with <c>Host=</c> is PostgreSQL, anything else is an SQLite file. SQLite connections run
/// with <c>synchronous=FULL</c> in WAL mode so that an acknowledged write survives a crash or a
/// power cut, and with foreign keys enforced.
/// </summary>
internal sealed class Database : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly string _sqliteConnectionString = "";

    public Database(string connectionString)
    {
        Engine = DetectEngine(connectionString);
        if (Engine == DatabaseEngine.Postgres)
        {
            _postgres = NpgsqlDataSource.Create(connectionString);
            Description = $"PostgreSQL {new NpgsqlConnectionStringBuilder(connectionString).Host}/{new NpgsqlConnectionStringBuilder(connectionString).Database}";
        }
        else
        {
            SqliteBootstrap.EnsureInitialised();
            var builder = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true, Pooling = true };
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
            _sqliteConnectionString = builder.ToString();
            Description = $"SQLite {Path.GetFullPath(builder.DataSource)}";
        }
    }

    public DatabaseEngine Engine { get; }

    /// <summary>Where the data lives, for logs and <c>mf</c> output (never includes a password).</summary>
    public string Description { get; }

    public static DatabaseEngine DetectEngine(string connectionString) =>
        connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? DatabaseEngine.Postgres : DatabaseEngine.Sqlite;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }
        var connection = new SqliteConnection(_sqliteConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000;";
        await pragmas.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
