using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>users.least-privilege-share: active staff users (admin, planner, operator, designer) who are not admins.</summary>
internal sealed class LeastPrivilegeFigure : IEvidenceFigure
{
    public string Figure => "users.least-privilege-share";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var row = await q.Connection.QuerySingleAsync<(long Part, long Whole)>(
            """
            SELECT count(CASE WHEN role <> 'admin' THEN 1 END), count(*) FROM users
            WHERE disabled_at_ms IS NULL AND role IN ('admin', 'planner', 'operator', 'designer')
            """);
        return FigureReading.Share(Figure, row.Part, row.Whole,
            $"{row.Part} of {row.Whole} active staff users work without admin rights.", "No active staff users.");
    }
}
