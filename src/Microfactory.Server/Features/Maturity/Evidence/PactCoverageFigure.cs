using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>
/// suppliers.pact-coverage: the platform's suppliers (shared by its factories) that exchange footprints over PACT, against
/// the 80 % of digitally integrated suppliers a microfactory aims for. A supplier counts when we pull from it (an enabled
/// PACT connection), when it names a PACT endpoint, or when we hold a footprint it sent (pulled or uploaded).
/// </summary>
internal sealed class PactCoverageFigure : IEvidenceFigure
{
    public const double Target = 0.8;

    public string Figure => "suppliers.pact-coverage";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var row = await q.Connection.QuerySingleAsync<(long Part, long Whole)>(
            """
            SELECT count(CASE WHEN (s.pact_endpoint IS NOT NULL AND s.pact_endpoint <> '')
                                OR EXISTS (SELECT 1 FROM supplier_pact_connections c WHERE c.supplier_id = s.id AND c.enabled = 1)
                                OR EXISTS (SELECT 1 FROM supplier_footprints f WHERE f.supplier_id = s.id) THEN 1 END),
                   count(*)
            FROM suppliers s
            """);
        var needed = (long)Math.Ceiling(Target * row.Whole) - row.Part;
        return FigureReading.Share(Figure, row.Part, row.Whole,
            $"{row.Part} of {row.Whole} suppliers exchange footprints over PACT; "
            + (needed > 0 ? $"{needed} more reach the 80 % target." : "the 80 % target is met."),
            "No suppliers are recorded yet.");
    }
}
