using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>materials.recyclable-share: materials marked recyclable.</summary>
internal sealed class RecyclableShareFigure : IEvidenceFigure
{
    public string Figure => "materials.recyclable-share";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var row = await q.Connection.QuerySingleAsync<(long Part, long Whole)>(
            "SELECT count(CASE WHEN recyclability = 'Recyclable' THEN 1 END), count(*) FROM materials");
        return FigureReading.Share(Figure, row.Part, row.Whole,
            $"{row.Part} of {row.Whole} materials are recyclable.", "No materials are recorded yet.");
    }
}
