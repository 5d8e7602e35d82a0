using Microfactory.Server.Storage;

namespace Microfactory.Server.Tests.Support;

/// <summary>A fresh, migrated database of one engine that belongs to one test: a temporary SQLite file or a new PostgreSQL database.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;

    private TestDatabase(string connectionString, string? sqliteFile)
    {
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        Database = new Database(connectionString);
    }

    public string ConnectionString { get; }

    public Database Database { get; }

    /// <summary>Engines by the names the theories use: "sqlite" and "postgres".</summary>
    public static TheoryData<string> Engines => new() { "sqlite", "postgres" };

    public static async Task<TestDatabase> CreateAsync(string engine, bool migrate = true)
    {
        TestDatabase database;
        if (engine == "postgres")
        {
            var server = await PostgresServer.SharedAsync();
            database = new TestDatabase(await server.CreateDatabaseAsync(), null);
        }
        else
        {
            var file = NewSqlitePath();
            database = new TestDatabase($"Data Source={file}", file);
        }
        if (migrate)
        {
            await new Migrator(database.Database, TimeProvider.System).MigrateAsync();
        }
        return database;
    }

    public static string NewSqlitePath()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mf-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "microfactory.db");
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString));
            try
            {
                Directory.Delete(Path.GetDirectoryName(_sqliteFile)!, recursive: true);
            }
            catch (IOException)
            {
                // another test's pooled connection may still hold the folder for a moment; temp files are harmless
            }
        }
    }
}
