using System.Collections.Immutable;

namespace Microfactory.Maturity.Model;

/// <summary>A model read from its document, or the problems that refuse the document (never both).</summary>
public sealed record ModelReadResult(MaturityModel? Model, ImmutableArray<ModelProblem> Problems);
