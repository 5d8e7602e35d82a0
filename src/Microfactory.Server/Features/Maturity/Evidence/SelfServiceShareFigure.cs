using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>customers.self-service-share: customers with orders at the factory who have an active customer sign-in of their own.</summary>
internal sealed class SelfServiceShareFigure : IEvidenceFigure
{
    public string Figure => "customers.self-service-share";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var row = await q.Connection.QuerySingleAsync<(long Part, long Whole)>(
            """
            SELECT count(CASE WHEN EXISTS (SELECT 1 FROM users u WHERE u.customer_id = c.customer_id AND u.role = 'customer' AND u.disabled_at_ms IS NULL) THEN 1 END),
                   count(*)
            FROM (SELECT DISTINCT customer_id FROM orders WHERE factory_id = @FactoryId) c
            """,
            new { q.FactoryId });
        return FigureReading.Share(Figure, row.Part, row.Whole,
            $"{row.Part} of {row.Whole} customers ordering at this factory sign in themselves.",
            "No customer has ordered at this factory yet.");
    }
}
