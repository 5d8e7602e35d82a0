using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>suppliers.pact-coverage: the platform's suppliers (shared by its factories) with a PACT endpoint, against the 80 % a microfactory aims for.</summary>
internal sealed class PactCoverageFigure : IEvidenceFigure
{
    public const double Target = 0.8;

    public string Figure => "suppliers.pact-coverage";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var row = await q.Connection.QuerySingleAsync<(long Part, long Whole)>(
            "SELECT count(CASE WHEN pact_endpoint IS NOT NULL AND pact_endpoint <> '' THEN 1 END), count(*) FROM suppliers");
        var needed = (long)Math.Ceiling(Target * row.Whole) - row.Part;
        return FigureReading.Share(Figure, row.Part, row.Whole,
            $"{row.Part} of {row.Whole} suppliers have a PACT endpoint; "
            + (needed > 0 ? $"{needed} more reach the 80 % target." : "the 80 % target is met."),
            "No suppliers are recorded yet.");
    }
}
