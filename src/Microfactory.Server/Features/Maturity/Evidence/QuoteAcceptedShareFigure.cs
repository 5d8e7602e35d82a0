using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>
/// quotes.accepted-share: of the factory's quotes of the last 90 days that are decided — accepted, or expired without
/// being accepted — the accepted ones. Quotes still open are left out: they may yet go either way.
/// </summary>
internal sealed class QuoteAcceptedShareFigure : IEvidenceFigure
{
    public string Figure => "quotes.accepted-share";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var row = await q.Connection.QuerySingleAsync<(long Accepted, long Decided)>(
            """
            SELECT
              count(CASE WHEN EXISTS (SELECT 1 FROM quote_acceptances a WHERE a.quote_id = x.id) THEN 1 END),
              count(CASE WHEN EXISTS (SELECT 1 FROM quote_acceptances a WHERE a.quote_id = x.id) OR x.expires_at_ms <= @now THEN 1 END)
            FROM quotes x WHERE x.factory_id = @FactoryId AND x.created_at_ms >= @since
            """,
            new { q.FactoryId, now = q.NowMs, since = q.DaysAgoMs(90) });
        return FigureReading.Share(Figure, row.Accepted, row.Decided,
            $"{row.Accepted} of the {row.Decided} quotes decided in the last 90 days were accepted online.",
            "No quote of the last 90 days has been accepted or has expired yet.");
    }
}
