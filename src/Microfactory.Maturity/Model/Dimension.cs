using System.Collections.Immutable;

namespace Microfactory.Maturity.Model;

/// <summary>
/// One dimension of the model: the question a person answers, its six levels (index = level number, 0–5), its
/// weight in the overall index (greater than 0) and the figures that measure it.
/// </summary>
public sealed record Dimension(string Id, string GroupId, string Name, string Question, double Weight, ImmutableArray<MaturityLevel> Levels, ImmutableArray<EvidenceRule> Evidence);
