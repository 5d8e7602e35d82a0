using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>materials.emission-factor-share: materials with an emission factor above zero and a stated source.</summary>
internal sealed class EmissionFactorShareFigure : IEvidenceFigure
{
    public string Figure => "materials.emission-factor-share";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var row = await q.Connection.QuerySingleAsync<(long Part, long Whole)>(
            "SELECT count(CASE WHEN kg_co2e_per_unit > 0 AND trim(emission_factor_source) <> '' THEN 1 END), count(*) FROM materials");
        return FigureReading.Share(Figure, row.Part, row.Whole,
            $"{row.Part} of {row.Whole} materials have an emission factor with its source.", "No materials are recorded yet.");
    }
}
