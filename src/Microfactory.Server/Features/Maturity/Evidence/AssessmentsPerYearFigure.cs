using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>maturity.assessments-per-year: this factory's maturity assessments in the last 365 days.</summary>
internal sealed class AssessmentsPerYearFigure : IEvidenceFigure
{
    public string Figure => "maturity.assessments-per-year";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var count = await q.Connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM maturity_assessments WHERE factory_id = @FactoryId AND created_at_ms >= @since",
            new { q.FactoryId, since = q.DaysAgoMs(365) });
        return FigureReading.Count(Figure, count, $"{count} {(count == 1 ? "assessment" : "assessments")} of this factory in the last 365 days.");
    }
}
