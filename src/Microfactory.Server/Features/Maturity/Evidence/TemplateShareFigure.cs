using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>orders.template-share: the factory's order lines (drafts and cancelled orders left out) that name a published template version.</summary>
internal sealed class TemplateShareFigure : IEvidenceFigure
{
    public string Figure => "orders.template-share";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var row = await q.Connection.QuerySingleAsync<(long Part, long Whole)>(
            """
            SELECT count(CASE WHEN EXISTS (SELECT 1 FROM templates t WHERE t.id = l.template_id AND t.version = l.template_version) THEN 1 END),
                   count(*)
            FROM order_lines l JOIN orders o ON o.id = l.order_id
            WHERE o.factory_id = @FactoryId AND o.status NOT IN ('Draft', 'Cancelled')
            """,
            new { q.FactoryId });
        return FigureReading.Share(Figure, row.Part, row.Whole,
            $"{row.Part} of {row.Whole} order lines at this factory were placed through a published template version.",
            "No orders placed at this factory yet (drafts and cancelled orders do not count).");
    }
}
