using Microfactory.Design.Capabilities;
using Microfactory.Design.Evaluation;
using Microfactory.Design.Materials;

namespace Microfactory.Design.Templates;

/// <summary>
/// Entry point for template documents: one YAML document per template version. Parsing checks
/// the structure, every expression (syntax, names, units, types) and every material and generator
/// reference, and reports all problems with line, column and path. Nothing is executed; expressions
/// are parsed into bounded syntax trees, and the YAML itself is read without recursion, with its
/// nesting depth bounded and aliases refused (<see cref="YamlTree"/>).
/// </summary>
public static class TemplateDocument
{
    /// <summary>Largest accepted document, in characters.</summary>
    public const int MaxLength = 200_000;

    /// <summary>Parses and validates a template document against a material catalogue.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="materials">Materials the template may reference (ids, units, properties).</param>
    public static TemplateParseResult Parse(string yaml, IMaterialCatalog materials) => Parse(yaml, materials, capabilities: null);

    /// <summary>
    /// What publishing checks, all problems at once: <see cref="Parse(string, IMaterialCatalog)"/>, plus every
    /// routing capability against the platform's, plus an evaluation with the default values (geometry
    /// included), so that a template whose defaults break a rule, overflow or draw nothing is refused with
    /// the path and line of the element at fault instead of failing for every customer later.
    /// </summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="materials">Materials the template may reference.</param>
    /// <param name="capabilities">Capabilities the platform's machines offer.</param>
    /// <param name="cancellationToken">Stops the default evaluation (an <see cref="OperationCanceledException"/>).</param>
    public static TemplateParseResult ParseForPublishing(string yaml, IMaterialCatalog materials, CapabilityCatalog capabilities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        var parsed = Parse(yaml, materials, capabilities);
        if (parsed.Template is not { } template)
        {
            return parsed;
        }
        var result = TemplateEvaluator.Evaluate(template, new Dictionary<string, string>(), materials, EvaluationOptions.Default, cancellationToken);
        if (result.IsSuccess)
        {
            return parsed;
        }
        var locations = template.Parts.Locations;
        var problems = result.Problems
            .Select(p => (Problem: p, At: locations.GetValueOrDefault(p.Source) ?? new SourceLocation(1, 1, "")))
            .Select(x => new TemplateProblem("the default values do not give a design: " + x.Problem.Message, x.At.Line, x.At.Column, x.At.Path))
            .OrderBy(p => p.Line).ThenBy(p => p.Column)
            .ToList();
        return new TemplateParseResult(null, problems);
    }

    private static TemplateParseResult Parse(string yaml, IMaterialCatalog materials, CapabilityCatalog? capabilities)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(materials);
        if (yaml.Length > MaxLength)
        {
            return new TemplateParseResult(null, [new TemplateProblem($"the document is {yaml.Length:N0} characters long; at most {MaxLength:N0} are allowed", 1, 1, "")]);
        }
        var problems = new List<TemplateProblem>();
        var root = YamlTree.Load(yaml, problems);
        if (root is null && problems.Count > 0)
        {
            return new TemplateParseResult(null, problems);
        }
        if (root is not YamlMap map)
        {
            problems.Add(new TemplateProblem("a template is exactly one YAML document whose top level is a mapping (id:, version:, parameters: …)", root?.Line ?? 1, root?.Column ?? 1, ""));
            return new TemplateParseResult(null, problems);
        }
        var nodes = new YamlNodes(yaml, problems);
        var builder = new TemplateBuilder(nodes, materials, capabilities);
        var template = builder.Build(map, yaml);
        return problems.Count > 0 || template is null
            ? new TemplateParseResult(null, [.. problems.OrderBy(p => p.Line).ThenBy(p => p.Column)])
            : new TemplateParseResult(template, []);
    }
}
