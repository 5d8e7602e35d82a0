using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Microfactory.Core.Orders;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Orders;

/// <summary>SQL for orders and their lines; an order and its lines are always written in one transaction.</summary>
internal sealed class OrderStore(Database database)
{
    private const string Columns =
        "id AS Id, customer_id AS CustomerId, factory_id AS FactoryId, status AS Status, requested_date AS RequestedDate, notes AS Notes, created_at_ms AS CreatedAtMs, updated_at_ms AS UpdatedAtMs, " +
        "priority AS Priority, promised_completion_ms AS PromisedCompletionMs, quote_id AS QuoteId, quote_option AS QuoteOption, price_json AS PriceJson, earliest_start_ms AS EarliestStartMs";

    public async Task<(IReadOnlyList<Order> Items, long Total)> ListAsync(string? customerId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        const string filter = "(@customerId IS NULL OR customer_id = @customerId)";
        var rows = (await connection.QueryAsync<OrderRow>(
            $"SELECT {Columns} FROM orders WHERE {filter} ORDER BY created_at_ms DESC, id LIMIT @limit OFFSET @offset", new { customerId, limit, offset })).ToList();
        var total = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM orders WHERE {filter}", new { customerId });
        var lines = await LinesAsync(connection, [.. rows.Select(r => r.Id)]);
        return ([.. rows.Select(r => r.ToOrder([.. lines[r.Id]]))], total);
    }

    public async Task<Order?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<OrderRow>($"SELECT {Columns} FROM orders WHERE id = @id", new { id });
        return row?.ToOrder([.. (await LinesAsync(connection, [id]))[id]]);
    }

    /// <summary>The orders of a factory whose work belongs on its plan (submitted, confirmed, planned, in production), oldest first, with their lines.</summary>
    public async Task<IReadOnlyList<Order>> ListOpenAsync(string factoryId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        string[] open = [nameof(OrderStatus.Submitted), nameof(OrderStatus.Confirmed), nameof(OrderStatus.Planned), nameof(OrderStatus.InProduction)];
        var rows = (await connection.QueryAsync<OrderRow>(
            $"SELECT {Columns} FROM orders WHERE factory_id = @factoryId AND {SqlLists.AnyOf(connection, "status", "open")} ORDER BY created_at_ms, id", new { factoryId, open })).ToList();
        var lines = await LinesAsync(connection, [.. rows.Select(r => r.Id)]);
        return [.. rows.Select(r => r.ToOrder([.. lines[r.Id]]))];
    }

    /// <summary>Sets an order's priority; false when there is no such order.</summary>
    public async Task<bool> SetPriorityAsync(string id, int priority, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("UPDATE orders SET priority = @priority, updated_at_ms = @at WHERE id = @id", new { id, priority, at = UnixTime.ToMs(at) }) > 0;
    }

    public async Task InsertAsync(Order order, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await InsertAsync(connection, transaction, order);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Writes an order and its lines inside a caller's transaction (accepting a quote writes the acceptance in the same one).</summary>
    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, Order order)
    {
        await connection.ExecuteAsync(
            """
            INSERT INTO orders (id, customer_id, factory_id, status, requested_date, notes, created_at_ms, updated_at_ms,
                                priority, promised_completion_ms, quote_id, quote_option, price_json, earliest_start_ms)
            VALUES (@Id, @CustomerId, @FactoryId, @Status, @RequestedDate, @Notes, @CreatedAtMs, @UpdatedAtMs,
                    @Priority, @PromisedCompletionMs, @QuoteId, @QuoteOption, @PriceJson, @EarliestStartMs)
            """,
            Parameters(order), transaction);
        await WriteLinesAsync(connection, transaction, order);
    }

    public async Task<bool> UpdateAsync(Order order, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(
            """
            UPDATE orders SET factory_id = @FactoryId, status = @Status, requested_date = @RequestedDate, notes = @Notes, updated_at_ms = @UpdatedAtMs,
                              priority = @Priority, promised_completion_ms = @PromisedCompletionMs, quote_id = @QuoteId, quote_option = @QuoteOption,
                              price_json = @PriceJson, earliest_start_ms = @EarliestStartMs
            WHERE id = @Id
            """,
            Parameters(order), transaction);
        if (updated == 0)
        {
            return false;
        }
        await connection.ExecuteAsync("DELETE FROM order_lines WHERE order_id = @Id", new { order.Id }, transaction);
        await WriteLinesAsync(connection, transaction, order);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Moves an order from <paramref name="from"/> to <paramref name="to"/>; false when its status is no longer <paramref name="from"/> (or it is gone).</summary>
    public async Task<bool> SetStatusAsync(string id, OrderStatus from, OrderStatus to, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE orders SET status = @to, updated_at_ms = @at WHERE id = @id AND status = @from",
            new { id, from = from.ToString(), to = to.ToString(), at = UnixTime.ToMs(at) }) == 1;
    }

    private static object Parameters(Order o) => new
    {
        o.Id, o.CustomerId, o.FactoryId, Status = o.Status.ToString(),
        RequestedDate = o.RequestedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), o.Notes,
        CreatedAtMs = UnixTime.ToMs(o.CreatedAt), UpdatedAtMs = UnixTime.ToMs(o.UpdatedAt),
        o.Priority, PromisedCompletionMs = o.PromisedCompletion is { } promised ? UnixTime.ToMs(promised) : (long?)null, o.QuoteId, o.QuoteOption,
        PriceJson = o.Price is null ? null : JsonSerializer.Serialize(o.Price),
        EarliestStartMs = o.EarliestStart is { } earliest ? UnixTime.ToMs(earliest) : (long?)null,
    };

    private static Task WriteLinesAsync(DbConnection connection, DbTransaction transaction, Order order) =>
        connection.ExecuteAsync(
            """
            INSERT INTO order_lines (id, order_id, line_number, template_id, template_version, description, quantity, parameters_json)
            VALUES (@Id, @OrderId, @LineNumber, @TemplateId, @TemplateVersion, @Description, @Quantity, @ParametersJson)
            """,
            order.Lines.Select(l => new
            {
                l.Id, OrderId = order.Id, l.LineNumber, l.TemplateId, l.TemplateVersion, l.Description, l.Quantity,
                ParametersJson = JsonSerializer.Serialize(l.Parameters),
            }),
            transaction);

    /// <summary>The lines of several orders in one query, by order id.</summary>
    private static async Task<ILookup<string, OrderLine>> LinesAsync(DbConnection connection, string[] orderIds)
    {
        var rows = orderIds.Length == 0 ? [] : await connection.QueryAsync<LineRow>(
            $"""
            SELECT order_id AS OrderId, id AS Id, line_number AS LineNumber, template_id AS TemplateId, template_version AS TemplateVersion,
                   description AS Description, quantity AS Quantity, parameters_json AS ParametersJson
            FROM order_lines WHERE {SqlLists.AnyOf(connection, "order_id", "orderIds")} ORDER BY line_number
            """,
            new { orderIds });
        return rows.ToLookup(r => r.OrderId, r => new OrderLine(r.Id, r.LineNumber, r.TemplateId, r.TemplateVersion, r.Description, r.Quantity,
            (JsonSerializer.Deserialize<Dictionary<string, string>>(r.ParametersJson) ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal)), StringComparer.Ordinal);
    }

    private sealed class OrderRow
    {
        public string Id { get; set; } = "";
        public string CustomerId { get; set; } = "";
        public string FactoryId { get; set; } = "";
        public string Status { get; set; } = "";
        public string? RequestedDate { get; set; }
        public string? Notes { get; set; }
        public long CreatedAtMs { get; set; }
        public long UpdatedAtMs { get; set; }
        public int Priority { get; set; }
        public long? PromisedCompletionMs { get; set; }
        public string? QuoteId { get; set; }
        public string? QuoteOption { get; set; }
        public string? PriceJson { get; set; }
        public long? EarliestStartMs { get; set; }

        public Order ToOrder(ImmutableArray<OrderLine> lines) =>
            new(Id, CustomerId, FactoryId, Enum.Parse<OrderStatus>(Status),
                RequestedDate is null ? null : DateOnly.ParseExact(RequestedDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Notes, lines, UnixTime.FromMs(CreatedAtMs), UnixTime.FromMs(UpdatedAtMs),
                Priority, PromisedCompletionMs is { } promised ? UnixTime.FromMs(promised) : null, QuoteId, QuoteOption,
                PriceJson is null ? null : JsonSerializer.Deserialize<PriceBreakdown>(PriceJson),
                EarliestStartMs is { } earliest ? UnixTime.FromMs(earliest) : null);
    }

    private sealed class LineRow
    {
        public string OrderId { get; set; } = "";
        public string Id { get; set; } = "";
        public int LineNumber { get; set; }
        public string TemplateId { get; set; } = "";
        public string TemplateVersion { get; set; } = "";
        public string Description { get; set; } = "";
        public int Quantity { get; set; }
        public string ParametersJson { get; set; } = "{}";
    }
}
