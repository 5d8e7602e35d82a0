using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>machines.calendar-share: the factory's machines with at least one weekly shift (finite, known capacity).</summary>
internal sealed class CalendarShareFigure : IEvidenceFigure
{
    public string Figure => "machines.calendar-share";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var row = await q.Connection.QuerySingleAsync<(long Part, long Whole)>(
            """
            SELECT count(CASE WHEN EXISTS (SELECT 1 FROM machine_shifts s WHERE s.machine_id = m.id) THEN 1 END), count(*)
            FROM machines m WHERE m.factory_id = @FactoryId
            """,
            new { q.FactoryId });
        return FigureReading.Share(Figure, row.Part, row.Whole,
            $"{row.Part} of {row.Whole} machines have a weekly shift calendar.", "No machines are recorded at this factory yet.");
    }
}
