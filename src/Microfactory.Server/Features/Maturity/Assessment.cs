using System.Collections.Immutable;

namespace Microfactory.Server.Features.Maturity;

/// <summary>A kept self-assessment of one factory against one version of the maturity model.</summary>
internal sealed record Assessment(
    string Id,
    string FactoryId,
    string ModelId,
    string ModelVersion,
    string AuthorId,
    string AuthorName,
    string? Note,
    ImmutableArray<AssessmentAnswer> Answers,
    DateTimeOffset CreatedAt)
{
    /// <summary>The self-assessed level per dimension.</summary>
    public IReadOnlyDictionary<string, int> Levels => Answers.ToDictionary(a => a.DimensionId, a => a.Level, StringComparer.Ordinal);
}

/// <summary>One answer: the level claimed, why, a link to evidence, and what the platform measured when it was given.</summary>
internal sealed record AssessmentAnswer(string DimensionId, int Level, int? MeasuredLevel, string? Note, string? EvidenceLink);
