namespace Microfactory.Design.Templates;

/// <summary>The outcome of <see cref="TemplateDocument.Parse"/>: a template, or the problems that refuse it (never both).</summary>
public sealed record TemplateParseResult(Template? Template, IReadOnlyList<TemplateProblem> Problems)
{
    /// <summary>True when the document is a valid template.</summary>
    public bool IsValid => Template is not null;
}
