using Dapper;
using Microfactory.Core.Suppliers;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Suppliers;

/// <summary>SQL for suppliers.</summary>
internal sealed class SupplierStore(Database database)
{
    private const string Columns = "id AS Id, name AS Name, country AS Country, lead_time_days AS LeadTimeDays, pact_endpoint AS PactEndpoint, contact_email AS ContactEmail";

    public async Task<(IReadOnlyList<Supplier> Items, long Total)> ListAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SupplierRow>($"SELECT {Columns} FROM suppliers ORDER BY name, id LIMIT @limit OFFSET @offset", new { limit, offset });
        var total = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM suppliers");
        return ([.. rows.Select(r => r.ToSupplier())], total);
    }

    public async Task<Supplier?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SupplierRow>($"SELECT {Columns} FROM suppliers WHERE id = @id", new { id });
        return row?.ToSupplier();
    }

    public async Task<bool> InsertAsync(Supplier supplier, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            """
            INSERT INTO suppliers (id, name, country, lead_time_days, pact_endpoint, contact_email, created_at_ms, updated_at_ms)
            VALUES (@Id, @Name, @Country, @LeadTimeDays, @PactEndpoint, @ContactEmail, @At, @At)
            ON CONFLICT DO NOTHING
            """,
            Parameters(supplier, at)) == 1;
    }

    public async Task<bool> UpdateAsync(Supplier supplier, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            """
            UPDATE suppliers SET name = @Name, country = @Country, lead_time_days = @LeadTimeDays, pact_endpoint = @PactEndpoint,
                   contact_email = @ContactEmail, updated_at_ms = @At
            WHERE id = @Id
            """,
            Parameters(supplier, at)) == 1;
    }

    private static object Parameters(Supplier s, DateTimeOffset at) =>
        new { s.Id, s.Name, s.Country, s.LeadTimeDays, PactEndpoint = s.PactEndpoint?.ToString(), s.ContactEmail, At = UnixTime.ToMs(at) };

    private sealed class SupplierRow
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Country { get; set; } = "";
        public int LeadTimeDays { get; set; }
        public string? PactEndpoint { get; set; }
        public string ContactEmail { get; set; } = "";

        public Supplier ToSupplier() => new(Id, Name, Country, LeadTimeDays, PactEndpoint is null ? null : new Uri(PactEndpoint), ContactEmail);
    }
}
