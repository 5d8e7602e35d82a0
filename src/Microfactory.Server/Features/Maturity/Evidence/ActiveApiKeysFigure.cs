using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>api-keys.active: API keys that work (not revoked, their user not disabled) held by staff users: the platform's integrations.</summary>
internal sealed class ActiveApiKeysFigure : IEvidenceFigure
{
    public string Figure => "api-keys.active";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var count = await q.Connection.ExecuteScalarAsync<long>(
            """
            SELECT count(*) FROM api_keys k JOIN users u ON u.id = k.user_id
            WHERE k.revoked_at_ms IS NULL AND u.disabled_at_ms IS NULL AND u.role <> 'customer'
            """);
        return FigureReading.Count(Figure, count, $"{count} active API {(count == 1 ? "key" : "keys")} of staff users.");
    }
}
