using Microfactory.Maturity.Model;

namespace Microfactory.Maturity.Evidence;

/// <summary>One figure of a dimension: the rule from the model, the reading (null when the platform does not record it), and the level it shows.</summary>
public sealed record FigureEvidence(EvidenceRule Rule, FigureStatus Status, double? Value, int? Level, string Detail);
