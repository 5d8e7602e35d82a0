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
        if (FlowNesting(yaml) is { } deep)
        {
            return Refused(new TemplateProblem($"brackets are nested more than {MaxFlowNesting} levels deep", deep.Line, deep.Column, ""));
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

    private const int MaxFlowNesting = 32;

    /// <summary>
    /// The YAML loader recurses once per nested [ or {; a document of brackets alone could exhaust the
    /// stack, which no catch can handle. Quoted text (within a line) and comments are skipped.
    /// </summary>
    private static (int Line, int Column)? FlowNesting(string yaml)
    {
        var depth = 0;
        var line = 1;
        var lineStart = 0;
        var quote = '\0';
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                // Quotes end at the line end for this count: a stray quote must not switch the guard off.
                quote = '\0';
                continue;
            }
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }
            switch (c)
            {
                case '\'' or '"':
                    quote = c;
                    break;
                case '#':
                    while (i + 1 < yaml.Length && yaml[i + 1] != '\n')
                    {
                        i++;
                    }
                    break;
                case '[' or '{':
                    if (++depth > MaxFlowNesting)
                    {
                        return (line, i - lineStart + 1);
                    }
                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }
        return null;
    }

    private static TemplateParseResult Refused(TemplateProblem problem) => new(null, [problem]);
}
