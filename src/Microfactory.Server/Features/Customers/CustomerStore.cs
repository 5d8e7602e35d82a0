using Dapper;
using Microfactory.Core.Customers;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Customers;

/// <summary>SQL for customers.</summary>
internal sealed class CustomerStore(Database database)
{
    private const string Columns = "id AS Id, name AS Name, email AS Email, company AS Company, address AS Address";

    /// <summary>A page of customers; <paramref name="onlyId"/> restricts the list to one customer (a customer listing itself).</summary>
    public async Task<(IReadOnlyList<Customer> Items, long Total)> ListAsync(string? onlyId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        const string filter = "(@onlyId IS NULL OR id = @onlyId)";
        var rows = await connection.QueryAsync<CustomerRow>($"SELECT {Columns} FROM customers WHERE {filter} ORDER BY name, id LIMIT @limit OFFSET @offset", new { onlyId, limit, offset });
        var total = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM customers WHERE {filter}", new { onlyId });
        return ([.. rows.Select(r => r.ToCustomer())], total);
    }

    public async Task<Customer?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CustomerRow>($"SELECT {Columns} FROM customers WHERE id = @id", new { id });
        return row?.ToCustomer();
    }

    public async Task<bool> InsertAsync(Customer customer, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            """
            INSERT INTO customers (id, name, email, company, address, created_at_ms, updated_at_ms)
            VALUES (@Id, @Name, @Email, @Company, @Address, @At, @At)
            ON CONFLICT DO NOTHING
            """,
            new { customer.Id, customer.Name, customer.Email, customer.Company, customer.Address, At = UnixTime.ToMs(at) }) == 1;
    }

    public async Task<bool> UpdateAsync(Customer customer, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE customers SET name = @Name, email = @Email, company = @Company, address = @Address, updated_at_ms = @At WHERE id = @Id",
            new { customer.Id, customer.Name, customer.Email, customer.Company, customer.Address, At = UnixTime.ToMs(at) }) == 1;
    }

    private sealed class CustomerRow
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Email { get; set; } = "";
        public string? Company { get; set; }
        public string? Address { get; set; }

        public Customer ToCustomer() => new(Id, Name, Email, Company, Address);
    }
}
