namespace Microfactory.Design.Templates;

/// <summary>
/// A parameter as declared by the designer. <see cref="Min"/>, <see cref="Max"/>, <see cref="Step"/>
/// and a numeric <see cref="Default"/> are in <see cref="Unit"/> (empty for plain numbers).
/// </summary>
/// <param name="Name">Identifier used in expressions (letters, digits, '_').</param>
/// <param name="Type">The kind of value.</param>
/// <param name="Label">Short human label; the name when the template gives none.</param>
/// <param name="Unit">Display and input unit for numbers (e.g. "mm"); empty otherwise.</param>
/// <param name="Min">Smallest allowed value in <paramref name="Unit"/>, inclusive.</param>
/// <param name="Max">Largest allowed value in <paramref name="Unit"/>, inclusive.</param>
/// <param name="Step">Values must be a whole number of steps above <paramref name="Min"/> (or zero).</param>
/// <param name="Default">Default value as a customer would type it.</param>
/// <param name="Help">Help text shown beside the field.</param>
/// <param name="Options">For <see cref="ParameterType.Choice"/>: the allowed values.</param>
public sealed record TemplateParameter(
    string Name,
    ParameterType Type,
    string Label,
    string Unit,
    double? Min,
    double? Max,
    double? Step,
    string Default,
    string Help,
    IReadOnlyList<string> Options);
