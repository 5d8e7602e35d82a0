namespace Microfactory.Design.Templates;

/// <summary>A named expression computed from parameters and earlier derived values.</summary>
/// <param name="Name">Identifier used in later expressions.</param>
/// <param name="Expression">The expression.</param>
/// <param name="Unit">Unit it is shown in (empty: a default for its dimension, e.g. mm for lengths).</param>
public sealed record DerivedValue(string Name, string Expression, string Unit);
