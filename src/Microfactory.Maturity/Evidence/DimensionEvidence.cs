using System.Collections.Immutable;

namespace Microfactory.Maturity.Evidence;

/// <summary>
/// The measured side of one dimension. <see cref="MeasuredLevel"/> is the lowest level any measured figure shows (see <see cref="EvidenceScorer.MeasuredLevel"/>),
/// the level the platform's data backs on every count; null when no figure could be measured (the dimension says
/// so rather than guessing).
/// </summary>
public sealed record DimensionEvidence(string DimensionId, int? MeasuredLevel, ImmutableArray<FigureEvidence> Figures)
{
    /// <summary>Why there is no measured level, in words; null when there is one.</summary>
    public string? NoDataReason => MeasuredLevel is not null ? null
        : Figures.IsEmpty ? "No figure of the platform measures this dimension; it rests on the self-assessment."
        : Figures.All(f => f.Status == FigureStatus.NotRecorded) ? "No data yet: the platform does not record this yet."
        : "No data yet: " + string.Join(" ", Figures.Select(f => f.Detail));
}
