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

    /// <summary>Inserts a customer; <see cref="CustomerWrite.Missing"/> when the id is taken.</summary>
    public async Task<CustomerWrite> InsertAsync(Customer customer, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await WriteAsync(() => connection.ExecuteAsync(
            """
            INSERT INTO customers (id, name, email, email_key, company, address, created_at_ms, updated_at_ms)
            VALUES (@Id, @Name, @Email, @EmailKey, @Company, @Address, @At, @At)
            ON CONFLICT (id) DO NOTHING
            """,
            Parameters(customer, at)));
    }

    /// <summary>Replaces a customer; <see cref="CustomerWrite.Missing"/> when there is none with its id.</summary>
    public async Task<CustomerWrite> UpdateAsync(Customer customer, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await WriteAsync(() => connection.ExecuteAsync(
            "UPDATE customers SET name = @Name, email = @Email, email_key = @EmailKey, company = @Company, address = @Address, updated_at_ms = @At WHERE id = @Id",
            Parameters(customer, at)));
    }

    /// <summary>The form in which two addresses are the same one: trimmed, lower case.</summary>
    public static string EmailKey(string email) => email.Trim().ToLowerInvariant();

    private static object Parameters(Customer c, DateTimeOffset at) =>
        new { c.Id, c.Name, c.Email, EmailKey = EmailKey(c.Email), c.Company, c.Address, At = UnixTime.ToMs(at) };

    private static async Task<CustomerWrite> WriteAsync(Func<Task<int>> write)
    {
        try
        {
            return await write() == 1 ? CustomerWrite.Done : CustomerWrite.Missing;
        }
        catch (Exception ex) when (UniqueViolations.Of(ex, "customers", "email_key", "ux_customers_email_key"))
        {
            return CustomerWrite.EmailTaken;
        }
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
