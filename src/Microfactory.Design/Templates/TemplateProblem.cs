namespace Microfactory.Design.Templates;

/// <summary>
/// Why a template document was refused. <see cref="Line"/> and <see cref="Column"/> are 1-based
/// positions in the YAML text (inside an expression when the problem is in one);
/// <see cref="Path"/> names the element, e.g. <c>derived.blank_width</c> or <c>bom[2].quantity</c>.
/// </summary>
public sealed record TemplateProblem(string Message, int Line, int Column, string Path)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Line}:{Column} {Path}: {Message}";
}
