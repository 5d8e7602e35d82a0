namespace Microfactory.Design.Evaluation;

/// <summary>
/// A parameter or derived value of a design. Exactly one of <see cref="Number"/>,
/// <see cref="Text"/> and <see cref="Flag"/> is set; numbers are in <see cref="Unit"/>.
/// </summary>
/// <param name="Name">Parameter or derived value name.</param>
/// <param name="Number">Numeric value in <paramref name="Unit"/>.</param>
/// <param name="Unit">Unit symbol of the number (empty for plain numbers).</param>
/// <param name="Text">Value of a choice or text.</param>
/// <param name="Flag">Value of a boolean.</param>
/// <param name="Display">The value as a person reads it, e.g. "120 mm".</param>
public sealed record ResolvedValue(string Name, double? Number, string? Unit, string? Text, bool? Flag, string Display);
