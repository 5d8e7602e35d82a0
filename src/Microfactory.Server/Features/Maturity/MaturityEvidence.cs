using Microfactory.Maturity.Evidence;
using Microfactory.Server.Features.Maturity.Evidence;
using Microfactory.Server.Storage;

namespace Microfactory.Server.Features.Maturity;

/// <summary>Reads every registered figure for a factory over one connection and scores them with the model.</summary>
internal sealed class MaturityEvidence(Database database, IEnumerable<IEvidenceFigure> figures, MaturityModelSource source, TimeProvider time)
{
    private readonly IReadOnlyList<IEvidenceFigure> _figures = [.. figures];

    public async Task<EvidenceReport> MeasureAsync(string factoryId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var wanted = source.Model.Dimensions.SelectMany(d => d.Evidence).Select(e => e.Figure).ToHashSet(StringComparer.Ordinal);
        var readings = new Dictionary<string, FigureReading>(StringComparer.Ordinal);
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            var query = new EvidenceQuery(connection, factoryId, now);
            foreach (var figure in _figures.Where(f => wanted.Contains(f.Figure)))
            {
                readings[figure.Figure] = await figure.ReadAsync(query, cancellationToken);
            }
        }
        return new EvidenceReport(factoryId, now, readings, EvidenceScorer.Score(source.Model, readings));
    }
}

/// <summary>What the platform's data showed for a factory at <see cref="MeasuredAt"/>.</summary>
internal sealed record EvidenceReport(string FactoryId, DateTimeOffset MeasuredAt, IReadOnlyDictionary<string, FigureReading> Readings, IReadOnlyList<DimensionEvidence> Dimensions)
{
    public IReadOnlyDictionary<string, int?> MeasuredLevels => Dimensions.ToDictionary(d => d.DimensionId, d => d.MeasuredLevel, StringComparer.Ordinal);

    /// <summary>The measured levels that exist, for scoring.</summary>
    public IReadOnlyDictionary<string, int> KnownLevels => Dimensions.Where(d => d.MeasuredLevel is not null).ToDictionary(d => d.DimensionId, d => d.MeasuredLevel!.Value, StringComparer.Ordinal);
}
