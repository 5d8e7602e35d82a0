namespace Microfactory.Design.Geometry;

/// <summary>
/// A built-in geometry generator. Arguments arrive in the order of <see cref="GeneratorInfo.Arguments"/>,
/// lengths in millimetres and angles in radians, already type-checked by the template validator.
/// Impossible combinations are refused with a message, never an exception.
/// </summary>
internal abstract class Generator
{
    public abstract GeneratorInfo Info { get; }

    public abstract GeneratorOutput Generate(ReadOnlySpan<double> arguments);

    protected static string Mm(double value) => Format.Mm(value);
}
