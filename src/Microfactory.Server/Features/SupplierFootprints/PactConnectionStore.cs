using Dapper;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.SupplierFootprints;

/// <summary>SQL for <c>supplier_pact_connections</c>: one connection per supplier, replaced whole by PUT or configuration.</summary>
internal sealed class PactConnectionStore(Database database)
{
    private const string Columns =
        "supplier_id AS SupplierId, base_url AS BaseUrl, auth_base_url AS AuthBaseUrl, client_id AS ClientId, client_secret_protected AS ProtectedSecret, " +
        "enabled AS Enabled, origin AS Origin, updated_at_ms AS UpdatedAtMs, last_sync_at_ms AS LastSyncAtMs, last_sync_summary AS LastSyncSummary";

    public async Task<PactConnection?> GetAsync(string supplierId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM supplier_pact_connections WHERE supplier_id = @supplierId", new { supplierId });
        return row?.ToConnection();
    }

    public async Task<IReadOnlyList<PactConnection>> EnabledAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>($"SELECT {Columns} FROM supplier_pact_connections WHERE enabled = 1 ORDER BY supplier_id");
        return [.. rows.Select(r => r.ToConnection())];
    }

    /// <summary>Inserts or replaces the supplier's connection; the time and outcome of its last sync are kept.</summary>
    public async Task PutAsync(PactConnection c, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO supplier_pact_connections (supplier_id, base_url, auth_base_url, client_id, client_secret_protected, enabled, origin, updated_at_ms)
            VALUES (@SupplierId, @BaseUrl, @AuthBaseUrl, @ClientId, @ProtectedSecret, @Enabled, @Origin, @UpdatedAtMs)
            ON CONFLICT (supplier_id) DO UPDATE SET base_url = excluded.base_url, auth_base_url = excluded.auth_base_url, client_id = excluded.client_id,
                client_secret_protected = excluded.client_secret_protected, enabled = excluded.enabled, origin = excluded.origin, updated_at_ms = excluded.updated_at_ms
            """,
            new
            {
                c.SupplierId,
                BaseUrl = c.BaseUrl.ToString(),
                AuthBaseUrl = c.AuthBaseUrl?.ToString(),
                c.ClientId,
                c.ProtectedSecret,
                Enabled = c.Enabled ? 1 : 0,
                c.Origin,
                UpdatedAtMs = UnixTime.ToMs(c.UpdatedAt),
            });
    }

    public async Task RecordSyncAsync(string supplierId, DateTimeOffset at, string summary, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE supplier_pact_connections SET last_sync_at_ms = @at, last_sync_summary = @summary WHERE supplier_id = @supplierId",
            new { supplierId, at = UnixTime.ToMs(at), summary = summary.Length <= 2000 ? summary : summary[..2000] + "…" });
    }

    private sealed class Row
    {
        public string SupplierId { get; set; } = "";
        public string BaseUrl { get; set; } = "";
        public string? AuthBaseUrl { get; set; }
        public string ClientId { get; set; } = "";
        public string ProtectedSecret { get; set; } = "";
        public long Enabled { get; set; }
        public string Origin { get; set; } = "";
        public long UpdatedAtMs { get; set; }
        public long? LastSyncAtMs { get; set; }
        public string? LastSyncSummary { get; set; }

        public PactConnection ToConnection() => new(
            SupplierId, new Uri(BaseUrl), AuthBaseUrl is null ? null : new Uri(AuthBaseUrl), ClientId, ProtectedSecret, Enabled != 0, Origin,
            UnixTime.FromMs(UpdatedAtMs), LastSyncAtMs is { } at ? UnixTime.FromMs(at) : null, LastSyncSummary);
    }
}
