using Microfactory.Design.Materials;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Microfactory.Design.Templates;

/// <summary>
/// Entry point for template documents: one YAML document per template version. Parsing checks
/// the structure, every expression (syntax, names, units, types) and every material and generator
/// reference, and reports all problems with line, column and path. Nothing is executed; expressions
/// are parsed into bounded syntax trees.
/// </summary>
public static class TemplateDocument
{
    /// <summary>Largest accepted document, in characters.</summary>
    public const int MaxLength = 200_000;

    /// <summary>Parses and validates a template document against a material catalogue.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="materials">Materials the template may reference (ids, units, properties).</param>
    public static TemplateParseResult Parse(string yaml, IMaterialCatalog materials)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(materials);
        var problems = new List<TemplateProblem>();
        if (yaml.Length > MaxLength)
        {
            return Refused(new TemplateProblem($"the document is {yaml.Length} characters long; at most {MaxLength} are allowed", 1, 1, ""));
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
            return Refused(new TemplateProblem("the YAML cannot be read: " + message, (int)e.Start.Line, (int)e.Start.Column, ""));
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return Refused(new TemplateProblem("a template is exactly one YAML document whose top level is a mapping (id:, version:, parameters: …)", 1, 1, ""));
        }
        var nodes = new YamlNodes(yaml, problems);
        var builder = new TemplateBuilder(nodes, materials);
        var template = builder.Build(root, yaml);
        return problems.Count > 0 || template is null
            ? new TemplateParseResult(null, [.. problems.OrderBy(p => p.Line).ThenBy(p => p.Column)])
            : new TemplateParseResult(template, []);
    }

    private static TemplateParseResult Refused(TemplateProblem problem) => new(null, [problem]);
}
