using Dapper;
using Microfactory.Core.Customers;
using Microfactory.Server.Features.Customers;
using Microfactory.Server.Storage;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Storage;

/// <summary>Migrations over data that existed before them, and the SQLite the server runs.</summary>
public sealed class SchemaUpgradeTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task CustomerEmailMigration_OverExistingDuplicates_KeepsThemAndRefusesNewOnes(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, migrate: false);
        var before = Migrator.All.Where(m => m.Version < 4).ToList();
        await using (var connection = await db.Database.OpenAsync())
        {
            await connection.ExecuteAsync("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at_ms BIGINT NOT NULL)");
            foreach (var migration in before)
            {
                await connection.ExecuteAsync(Migrator.ForEngine(migration.Sql, db.Database.Engine));
                await connection.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at_ms) VALUES (@Version, @Name, 0)", new { migration.Version, migration.Name });
            }
            // Two customers that shared an address (in different case) before the rule existed.
            await connection.ExecuteAsync(
                "INSERT INTO customers (id, name, email, created_at_ms, updated_at_ms) VALUES ('cus_a', 'A', 'Shared@Example.com', 0, 0), ('cus_b', 'B', 'shared@example.com', 0, 0)");
        }
        Assert.NotEmpty(await new Migrator(db.Database, TimeProvider.System).MigrateAsync());

        var store = new CustomerStore(db.Database);
        Assert.Equal(2, (await store.ListAsync(null, 0, 10, default)).Total);
        Assert.Equal(CustomerWrite.EmailTaken, await store.InsertAsync(new Customer("cus_c", "C", "SHARED@example.com", null, null), At, default));
        // The second of the old pair may move to an address of its own, not keep claiming the shared one.
        Assert.Equal(CustomerWrite.EmailTaken, await store.UpdateAsync(new Customer("cus_b", "B", "shared@example.com", null, null), At, default));
        Assert.Equal(CustomerWrite.Done, await store.UpdateAsync(new Customer("cus_b", "B", "b@example.com", null, null), At, default));
        Assert.Equal(CustomerWrite.Done, await store.UpdateAsync(new Customer("cus_a", "A", "shared@example.com", null, null), At, default));
    }

    [Fact]
    public async Task Sqlite_IsTheBundled353OrLater()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", migrate: false);
        await using var connection = await db.Database.OpenAsync();
        var version = Version.Parse(await connection.ExecuteScalarAsync<string>("select sqlite_version()") ?? "0.0");
        Assert.True(version >= new Version(3, 53), $"SQLite {version} runs; the bundle should bring 3.53 or later.");
    }
}
