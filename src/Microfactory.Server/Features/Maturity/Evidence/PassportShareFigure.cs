using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>
/// passports.shipped-share: of the units the factory finished in the last 365 days, the share whose passport is full —
/// an as-built record and the unit's actual footprint, which the passport carries. Every finished unit has a passport
/// (issued on demand from its records, at <c>/p/{serial}</c>); without its footprint the passport lacks the carbon part.
/// </summary>
internal sealed class PassportShareFigure : IEvidenceFigure
{
    public string Figure => "passports.shipped-share";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var row = await q.Connection.QuerySingleAsync<(long Part, long Whole)>(
            """
            SELECT count(CASE WHEN u.as_built_json IS NOT NULL
                               AND EXISTS (SELECT 1 FROM product_footprints f WHERE f.serial = u.serial AND f.kind = 'actual') THEN 1 END),
                   count(*)
            FROM units u
            WHERE u.factory_id = @FactoryId AND u.completed_at_ms IS NOT NULL AND u.completed_at_ms >= @since AND u.completed_at_ms <= @until
            """,
            new { q.FactoryId, since = q.DaysAgoMs(365), until = q.NowMs });
        return FigureReading.Share(Figure, row.Part, row.Whole,
            $"{row.Part} of the {row.Whole} units finished in the last year have a full passport (as-built record and actual footprint).",
            "No unit has been finished in the last year, so no passport has been issued yet.");
    }
}
