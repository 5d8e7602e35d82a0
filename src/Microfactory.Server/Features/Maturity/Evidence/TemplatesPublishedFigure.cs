using Dapper;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>templates.published: distinct parametric templates in the platform's shared catalogue.</summary>
internal sealed class TemplatesPublishedFigure : IEvidenceFigure
{
    public string Figure => "templates.published";

    public async Task<FigureReading> ReadAsync(EvidenceQuery q, CancellationToken cancellationToken)
    {
        var count = await q.Connection.ExecuteScalarAsync<long>("SELECT count(DISTINCT id) FROM templates");
        return FigureReading.Count(Figure, count, $"{count} parametric {(count == 1 ? "template is" : "templates are")} published in the shared catalogue.");
    }
}
