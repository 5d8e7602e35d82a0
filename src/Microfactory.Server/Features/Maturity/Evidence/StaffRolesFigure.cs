using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>users.staff-roles: how many of the four staff roles active users hold.</summary>
internal sealed class StaffRolesFigure : IEvidenceFigure
{
    public string Figure => "users.staff-roles";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var roles = (await q.Connection.QueryAsync<string>(
            "SELECT DISTINCT role FROM users WHERE disabled_at_ms IS NULL AND role IN ('admin', 'planner', 'operator', 'designer') ORDER BY role")).ToList();
        return FigureReading.Count(Figure, roles.Count, roles.Count == 0 ? "No staff role is held." : $"{roles.Count} of 4 staff roles are held: {string.Join(", ", roles)}.");
    }
}
