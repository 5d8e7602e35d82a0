namespace Microfactory.Design.Evaluation;

/// <summary>Options for <see cref="TemplateEvaluator.Evaluate(Templates.Template, IReadOnlyDictionary{string, string}, Materials.IMaterialCatalog, EvaluationOptions?)"/>.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Default options: geometry included.</summary>
    public static readonly EvaluationOptions Default = new();

    /// <summary>Generate geometry files; a live preview of rules, BOM and price can turn it off.</summary>
    public bool IncludeGeometry { get; init; } = true;

    /// <summary>Only generate files of these formats (svg, dxf, stl); null for all.</summary>
    public IReadOnlySet<string>? Formats { get; init; }
}
