namespace Microfactory.Maturity.Model;

/// <summary>Why a model document was refused: where (1-based line and column, and the path such as <c>dimensions[2].levels</c>) and the rule.</summary>
public sealed record ModelProblem(int Line, int Column, string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Path.Length == 0 ? $"line {Line}, column {Column}: {Message}" : $"line {Line}, column {Column} ({Path}): {Message}";
}
