using System.Collections.Immutable;
using System.Data.Common;
using Dapper;
using Microfactory.Core.Factories;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Factories;

/// <summary>SQL for factories and their hourly energy profiles.</summary>
internal sealed class FactoryStore(Database database)
{
    private const string Columns = "id AS Id, name AS Name, site AS Site, time_zone AS TimeZone, latitude AS Latitude, longitude AS Longitude, address AS Address, currency AS Currency";

    public async Task<(IReadOnlyList<Factory> Items, long Total)> ListAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<FactoryRow>($"SELECT {Columns} FROM factories ORDER BY name, id LIMIT @limit OFFSET @offset", new { limit, offset })).ToList();
        var total = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM factories");
        var hours = await HoursAsync(connection, [.. rows.Select(r => r.Id)]);
        return ([.. rows.Select(r => r.ToFactory([.. hours[r.Id]]))], total);
    }

    public async Task<Factory?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FactoryRow>($"SELECT {Columns} FROM factories WHERE id = @id", new { id });
        return row?.ToFactory([.. (await HoursAsync(connection, [id]))[id]]);
    }

    public async Task<bool> ExistsAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM factories WHERE id = @id", new { id }) > 0;
    }

    /// <summary>Inserts a factory with its profile; false when the id is taken.</summary>
    public async Task<bool> InsertAsync(Factory factory, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO factories (id, name, site, time_zone, latitude, longitude, address, currency, created_at_ms, updated_at_ms)
            VALUES (@Id, @Name, @Site, @TimeZone, @Latitude, @Longitude, @Address, @Currency, @At, @At)
            ON CONFLICT DO NOTHING
            """,
            Parameters(factory, at), transaction);
        if (inserted == 0)
        {
            return false;
        }
        await WriteHoursAsync(connection, transaction, factory);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Replaces a factory and its profile; false when there is no such factory.</summary>
    public async Task<bool> UpdateAsync(Factory factory, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(
            """
            UPDATE factories SET name = @Name, site = @Site, time_zone = @TimeZone, latitude = @Latitude, longitude = @Longitude,
                   address = @Address, currency = @Currency, updated_at_ms = @At
            WHERE id = @Id
            """,
            Parameters(factory, at), transaction);
        if (updated == 0)
        {
            return false;
        }
        await connection.ExecuteAsync("DELETE FROM factory_energy_hours WHERE factory_id = @Id", new { factory.Id }, transaction);
        await WriteHoursAsync(connection, transaction, factory);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static object Parameters(Factory f, DateTimeOffset at) => new
    {
        f.Id, f.Name, f.Site, TimeZone = f.TimeZoneId, f.Location.Latitude, f.Location.Longitude, f.Location.Address, f.Currency,
        At = UnixTime.ToMs(at),
    };

    private static Task WriteHoursAsync(DbConnection connection, DbTransaction transaction, Factory factory) =>
        connection.ExecuteAsync(
            "INSERT INTO factory_energy_hours (factory_id, hour, price_per_kwh, grid_kg_co2e_per_kwh) VALUES (@FactoryId, @Hour, @Price, @Intensity)",
            factory.EnergyProfile.Select(r => new { FactoryId = factory.Id, r.Hour, Price = r.PricePerKwh, Intensity = r.GridKgCo2ePerKwh }),
            transaction);

    /// <summary>The energy profiles of several factories in one query, by factory id.</summary>
    private static async Task<ILookup<string, HourlyEnergyRate>> HoursAsync(DbConnection connection, string[] factoryIds)
    {
        var rows = factoryIds.Length == 0 ? [] : await connection.QueryAsync<HourRow>(
            $"SELECT factory_id AS FactoryId, hour AS Hour, price_per_kwh AS Price, grid_kg_co2e_per_kwh AS Intensity FROM factory_energy_hours WHERE {SqlLists.AnyOf(connection, "factory_id", "factoryIds")} ORDER BY hour",
            new { factoryIds });
        return rows.ToLookup(r => r.FactoryId, r => new HourlyEnergyRate(r.Hour, r.Price, r.Intensity), StringComparer.Ordinal);
    }

    private sealed class FactoryRow
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Site { get; set; } = "";
        public string TimeZone { get; set; } = "";
        public double Latitude { get; set; }
        public double Longitude { get; set; }
        public string Address { get; set; } = "";
        public string Currency { get; set; } = "";

        public Factory ToFactory(ImmutableArray<HourlyEnergyRate> hours) =>
            new(Id, Name, Site, TimeZone, new GeoLocation(Latitude, Longitude, Address), Currency, hours);
    }

    private sealed class HourRow
    {
        public string FactoryId { get; set; } = "";
        public int Hour { get; set; }
        public decimal Price { get; set; }
        public double Intensity { get; set; }
    }
}
