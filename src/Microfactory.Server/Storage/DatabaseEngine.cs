namespace Microfactory.Server.Storage;

/// <summary>The two engines the platform runs on: SQLite embedded by default, PostgreSQL for scale.</summary>
internal enum DatabaseEngine
{
    Sqlite,
    Postgres,
}
