using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>factories.network-size: factories on this platform (more than one: networked production).</summary>
internal sealed class NetworkSizeFigure : IEvidenceFigure
{
    public string Figure => "factories.network-size";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var count = await q.Connection.ExecuteScalarAsync<long>("SELECT count(*) FROM factories");
        return FigureReading.Count(Figure, count, count == 1 ? "This is the only factory on the platform." : $"{count} factories work on this platform.");
    }
}
