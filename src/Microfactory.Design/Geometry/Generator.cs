namespace Microfactory.Design.Geometry;

/// <summary>
/// A built-in geometry generator. Arguments arrive in the order of <see cref="GeneratorInfo.Arguments"/>:
/// numbers (lengths in millimetres, angles in radians; 0 for a text argument) and texts ("" for a
/// number argument), already type-checked by the template validator and bounded by the evaluator
/// (<see cref="GeneratorLimits"/>). Impossible combinations are refused with a message, never an
/// exception; only a cancelled request ends in an <see cref="OperationCanceledException"/>.
/// </summary>
internal abstract class Generator
{
    public abstract GeneratorInfo Info { get; }

    /// <summary>
    /// Generates, then checks the result against <see cref="GeneratorLimits.MaxElements"/>: each generator
    /// refuses what would be too large before it builds it, and this is the backstop for all of them.
    /// </summary>
    public GeneratorOutput Run(ReadOnlySpan<double> numbers, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var output = Generate(numbers, texts, cancellationToken);
        var elements = output.Drawing?.ElementCount ?? (output.Mesh is { } mesh ? mesh.Vertices.Count + mesh.Triangles.Count : 0);
        return elements > GeneratorLimits.MaxElements
            ? GeneratorOutput.Refuse($"the drawing would have {elements:N0} elements; at most {GeneratorLimits.MaxElements:N0} are allowed", [.. Info.Arguments.Select(a => a.Name)])
            : output;
    }

    protected abstract GeneratorOutput Generate(ReadOnlySpan<double> numbers, IReadOnlyList<string> texts, CancellationToken cancellationToken);

    protected static string Mm(double value) => Format.Mm(value);
}
