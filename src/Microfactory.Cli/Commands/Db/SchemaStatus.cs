using Dapper;
using Microfactory.Server.Storage;

namespace Microfactory.Cli.Commands.Db;

/// <summary>
/// Where a database's schema stands against the migrations this build of <c>mf</c> knows:
/// the versions applied (with when), the pending ones, and any the database has that this build
/// does not (it was migrated by a newer release).
/// </summary>
internal sealed record SchemaStatus(DatabaseEngine Engine, string Description, IReadOnlyList<AppliedMigration> Applied, IReadOnlyList<Migration> Known)
{
    /// <summary>The highest applied version; 0 for a database that was never migrated.</summary>
    public int CurrentVersion => Applied.Count == 0 ? 0 : Applied.Max(a => a.Version);

    /// <summary>The highest version this build knows.</summary>
    public int LatestVersion => Known.Count == 0 ? 0 : Known[^1].Version;

    public IReadOnlyList<Migration> Pending => [.. Known.Where(k => Applied.All(a => a.Version != k.Version))];

    public IReadOnlyList<AppliedMigration> Unknown => [.. Applied.Where(a => Known.All(k => k.Version != a.Version))];

    public static async Task<SchemaStatus> ReadAsync(Database database, Migrator migrator, CancellationToken cancellationToken)
    {
        // AppliedVersionsAsync answers [] without creating the table when the database was never migrated.
        var versions = await migrator.AppliedVersionsAsync(cancellationToken);
        IReadOnlyList<AppliedMigration> applied = [];
        if (versions.Count > 0)
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            var rows = await connection.QueryAsync<Row>("SELECT version AS Version, name AS Name, applied_at_ms AS AppliedAtMs FROM schema_migrations ORDER BY version");
            applied = [.. rows.Select(r => new AppliedMigration((int)r.Version, r.Name, DateTimeOffset.FromUnixTimeMilliseconds(r.AppliedAtMs)))];
        }
        return new SchemaStatus(database.Engine, database.Description, applied, Migrator.All);
    }

    private sealed class Row
    {
        public long Version { get; set; }

        public string Name { get; set; } = "";

        public long AppliedAtMs { get; set; }
    }
}
