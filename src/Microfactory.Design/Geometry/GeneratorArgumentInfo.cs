namespace Microfactory.Design.Geometry;

/// <summary>One argument a generator takes.</summary>
/// <param name="Name">Argument name as written under <c>args:</c>.</param>
/// <param name="Quantity">"length" (any length unit), "angle" (deg or rad), "number" (plain) or "text" (a text, e.g. a text parameter).</param>
/// <param name="Default">Default written as an expression, or null when the argument is required.</param>
/// <param name="Help">What the argument means.</param>
public sealed record GeneratorArgumentInfo(string Name, string Quantity, string? Default, string Help);
