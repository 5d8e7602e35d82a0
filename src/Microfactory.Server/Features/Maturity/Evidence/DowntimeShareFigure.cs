using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>machines.downtime-share: the factory's machines with downtime (planned maintenance or a stoppage) recorded that ends within the last 365 days or later.</summary>
internal sealed class DowntimeShareFigure : IEvidenceFigure
{
    public string Figure => "machines.downtime-share";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var row = await q.Connection.QuerySingleAsync<(long Part, long Whole)>(
            """
            SELECT count(CASE WHEN EXISTS (SELECT 1 FROM machine_downtimes d WHERE d.machine_id = m.id AND d.ends_at_ms >= @since) THEN 1 END), count(*)
            FROM machines m WHERE m.factory_id = @FactoryId
            """,
            new { q.FactoryId, since = q.DaysAgoMs(365) });
        return FigureReading.Share(Figure, row.Part, row.Whole,
            $"{row.Part} of {row.Whole} machines have downtime recorded or planned in the last 365 days or ahead.", "No machines are recorded at this factory yet.");
    }
}
