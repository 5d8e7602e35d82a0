using System.Globalization;
using System.Text.Json;
using Dapper;
using Microfactory.Core.Orders;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Quotes;

/// <summary>
/// SQL for quotes and their acceptance. Lines and options are stored as JSON: they are read and written whole, never
/// queried by part. Accepting writes the order and the acceptance in one transaction; the unique index on
/// quote_acceptances.quote_id lets exactly one of any number of concurrent accepts win, on either engine.
/// </summary>
internal sealed class QuoteStore(Database database)
{
    private const string UniqueQuote = "ux_quote_acceptances_quote";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string Columns =
        "q.id AS Id, q.customer_id AS CustomerId, q.factory_id AS FactoryId, q.created_by AS CreatedBy, q.created_at_ms AS CreatedAtMs, " +
        "q.expires_at_ms AS ExpiresAtMs, q.plan_version AS PlanVersion, q.requested_date AS RequestedDate, q.deadline_ms AS DeadlineMs, " +
        "q.lines_json AS LinesJson, q.options_json AS OptionsJson, a.order_id AS OrderId, a.idempotency_key AS IdempotencyKey, " +
        "a.option_kind AS OptionKind, a.accepted_by AS AcceptedBy, a.accepted_at_ms AS AcceptedAtMs";

    public async Task InsertAsync(Quote quote, object request, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO quotes (id, customer_id, factory_id, created_by, created_at_ms, expires_at_ms, plan_version, requested_date, deadline_ms,
                                request_json, lines_json, options_json)
            VALUES (@Id, @CustomerId, @FactoryId, @CreatedBy, @CreatedAtMs, @ExpiresAtMs, @PlanVersion, @RequestedDate, @DeadlineMs,
                    @RequestJson, @LinesJson, @OptionsJson)
            """,
            new
            {
                quote.Id, quote.CustomerId, quote.FactoryId, quote.CreatedBy, CreatedAtMs = UnixTime.ToMs(quote.CreatedAt),
                ExpiresAtMs = UnixTime.ToMs(quote.ExpiresAt), quote.PlanVersion,
                RequestedDate = quote.RequestedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DeadlineMs = UnixTime.ToMs(quote.Deadline),
                RequestJson = JsonSerializer.Serialize(request, Json), LinesJson = JsonSerializer.Serialize(quote.Lines, Json),
                OptionsJson = JsonSerializer.Serialize(quote.Options, Json),
            });
    }

    public async Task<Quote?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<QuoteRow>(
            $"SELECT {Columns} FROM quotes q LEFT JOIN quote_acceptances a ON a.quote_id = q.id WHERE q.id = @id", new { id });
        return row?.ToQuote();
    }

    /// <summary>
    /// Stores <paramref name="order"/> and <paramref name="acceptance"/> together, unless the quote already has an
    /// acceptance (stored before, or by a concurrent request that won): then nothing is written and that one is returned.
    /// </summary>
    public async Task<(bool Stored, QuoteAcceptance Acceptance)> AcceptAsync(QuoteAcceptance acceptance, Order order, CancellationToken cancellationToken)
    {
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                await OrderStore.InsertAsync(connection, transaction, order);
                await connection.ExecuteAsync(
                    """
                    INSERT INTO quote_acceptances (order_id, quote_id, idempotency_key, option_kind, accepted_by, accepted_at_ms)
                    VALUES (@OrderId, @QuoteId, @IdempotencyKey, @Option, @AcceptedBy, @AcceptedAtMs)
                    """,
                    new { acceptance.OrderId, acceptance.QuoteId, acceptance.IdempotencyKey, acceptance.Option, acceptance.AcceptedBy, AcceptedAtMs = UnixTime.ToMs(acceptance.AcceptedAt) },
                    transaction);
                await transaction.CommitAsync(cancellationToken);
                return (true, acceptance);
            }
            catch (Exception e) when (UniqueViolations.Of(e, "quote_acceptances", "quote_id", UniqueQuote))
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
        }
        var existing = await GetAsync(acceptance.QuoteId, cancellationToken);
        return (false, existing?.Acceptance ?? throw new InvalidOperationException($"Quote {acceptance.QuoteId} is accepted but its acceptance cannot be read."));
    }

    private sealed class QuoteRow
    {
        public string Id { get; set; } = "";
        public string CustomerId { get; set; } = "";
        public string FactoryId { get; set; } = "";
        public string CreatedBy { get; set; } = "";
        public long CreatedAtMs { get; set; }
        public long ExpiresAtMs { get; set; }
        public long PlanVersion { get; set; }
        public string? RequestedDate { get; set; }
        public long DeadlineMs { get; set; }
        public string LinesJson { get; set; } = "[]";
        public string OptionsJson { get; set; } = "[]";
        public string? OrderId { get; set; }
        public string? IdempotencyKey { get; set; }
        public string? OptionKind { get; set; }
        public string? AcceptedBy { get; set; }
        public long? AcceptedAtMs { get; set; }

        public Quote ToQuote() => new(
            Id, CustomerId, FactoryId, CreatedBy, UnixTime.FromMs(CreatedAtMs), UnixTime.FromMs(ExpiresAtMs), PlanVersion,
            RequestedDate is null ? null : DateOnly.ParseExact(RequestedDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), UnixTime.FromMs(DeadlineMs),
            JsonSerializer.Deserialize<List<QuoteLine>>(LinesJson, Json) ?? [],
            JsonSerializer.Deserialize<List<QuoteOption>>(OptionsJson, Json) ?? [],
            OrderId is null ? null : new QuoteAcceptance(Id, OrderId, IdempotencyKey!, OptionKind!, AcceptedBy!, UnixTime.FromMs(AcceptedAtMs!.Value)));
    }
}
