using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>
/// pact.client-share: of the platform's active API clients — PACT clients and the API keys of active users — the PACT
/// ones, which exchange footprints with partners in the standard's own protocol.
/// </summary>
internal sealed class PactClientShareFigure : IEvidenceFigure
{
    public string Figure => "pact.client-share";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var row = await q.Connection.QuerySingleAsync<(long Pact, long Keys)>(
            """
            SELECT
              (SELECT count(*) FROM pact_clients WHERE revoked_at_ms IS NULL),
              (SELECT count(*) FROM api_keys k JOIN users u ON u.id = k.user_id WHERE k.revoked_at_ms IS NULL AND u.disabled_at_ms IS NULL)
            """);
        return FigureReading.Share(Figure, row.Pact, row.Pact + row.Keys,
            $"{row.Pact} of {row.Pact + row.Keys} active API clients are PACT clients ({row.Keys} API {(row.Keys == 1 ? "key" : "keys")}).",
            "No API client is active yet.");
    }
}
