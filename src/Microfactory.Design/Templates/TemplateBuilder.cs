using System.Text.RegularExpressions;
using Microfactory.Design.Capabilities;
using Microfactory.Design.Expressions;
using Microfactory.Design.Materials;

namespace Microfactory.Design.Templates;

/// <summary>
/// Builds a <see cref="Template"/> from the YAML tree, section by section (one partial file per
/// section). Problems are collected, not thrown, so a designer sees all of them at once.
/// </summary>
internal sealed partial class TemplateBuilder(YamlNodes yaml, IMaterialCatalog materials, CapabilityCatalog? capabilities)
{
    private const int MaxEntries = 200;

    private static readonly string[] TopLevelKeys =
        ["id", "version", "title", "designer", "category", "description", "licence", "parameters", "rules", "derived", "bom", "routing", "geometry", "passport", "mass"];

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "and", "or", "not", "if", "then", "else", "true", "false", "pi",
    };

    private readonly Dictionary<string, (int Slot, StaticType Type)> _scope = new(StringComparer.Ordinal);

    /// <summary>For every name in scope, the parameters it depends on (a parameter depends on itself).</summary>
    private readonly Dictionary<string, IReadOnlyList<string>> _dependsOn = new(StringComparer.Ordinal);

    /// <summary>Names whose own definition was refused: expressions using them are not reported again.</summary>
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);

    /// <summary>Where each element the evaluator reports on is written (see <see cref="CompiledTemplateParts.Locations"/>).</summary>
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    private void Locate(string source, YamlItem node, string path) => _locations[source] = new SourceLocation(node.Line, node.Column, path);

    public Template? Build(YamlMap root, string source)
    {
        yaml.CheckKeys(root, "", TopLevelKeys);
        var metadata = ReadMetadata(root);
        var parameters = ReadParameters(root);
        Locate("parameter", yaml.Get(root, "parameters") ?? root, "parameters");
        Locate("bom", yaml.Get(root, "bom") ?? root, "bom");
        var derived = ReadDerived(root, parameters.Count);
        var rules = ReadRules(root);
        var bom = ReadBom(root);
        var routing = ReadRouting(root);
        var geometry = ReadGeometry(root);
        var passport = ReadPassport(root);
        var mass = ReadMass(root);
        if (yaml.Problems.Count > 0 || metadata is null)
        {
            return null;
        }
        return new Template(metadata, source, passport, new CompiledTemplateParts(parameters, rules, derived, bom, routing, geometry, mass, _locations));
    }

    private TemplateMetadata? ReadMetadata(YamlMap root)
    {
        var (id, idNode) = yaml.Scalar(root, "id", "", required: true);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            yaml.Add($"id '{id}' must be 3 to 64 lowercase letters, digits and '-', starting with a letter", idNode, "id");
        }
        var (versionText, versionNode) = yaml.Scalar(root, "version", "", required: true);
        var version = default(TemplateVersion);
        if (versionText is not null && !TemplateVersion.TryParse(versionText, out version))
        {
            yaml.Add($"version '{versionText}' must be a semantic version MAJOR.MINOR.PATCH, e.g. 1.0.0", versionNode, "version");
        }
        var title = RequiredText(root, "title", 200);
        var designer = RequiredText(root, "designer", 200);
        var category = RequiredText(root, "category", 100);
        var licence = RequiredText(root, "licence", 100);
        var (description, _) = yaml.Scalar(root, "description", "", required: false);
        return id is null || versionText is null ? null
            : new TemplateMetadata(id, version, title, designer, category, (description ?? "").Trim(), licence);
    }

    private string RequiredText(YamlMap map, string key, int maxLength)
    {
        var (text, node) = yaml.Scalar(map, key, "", required: true);
        if (text is not null && (text.Trim().Length == 0 || text.Length > maxLength))
        {
            yaml.Add($"'{key}' must be between 1 and {maxLength} characters", node, key);
        }
        return text?.Trim() ?? "";
    }

    /// <summary>The optional product mass expression; without it the mass is the sum of the BOM lines' masses.</summary>
    private Compiled? ReadMass(YamlMap root)
    {
        var (text, node) = yaml.Scalar(root, "mass", "", required: false);
        if (node is not null)
        {
            Locate("mass", node, "mass");
        }
        return text is null ? null : Expression(text, node!, "mass", StaticType.Number(Units.Dimension.MassDim), "'mass'")?.Node;
    }

    private PassportNotes ReadPassport(YamlMap root)
    {
        var map = yaml.Mapping(root, "passport", "", required: false);
        if (map is null)
        {
            return new PassportNotes([], "", "");
        }
        yaml.CheckKeys(map, "passport", "disassembly", "materials", "circularity");
        var steps = yaml.Texts(map, "disassembly", "passport");
        var (materialNotes, _) = yaml.Scalar(map, "materials", "passport", required: false);
        var (circularity, _) = yaml.Scalar(map, "circularity", "passport", required: false);
        return new PassportNotes(steps, (materialNotes ?? "").Trim(), (circularity ?? "").Trim());
    }

    /// <summary>Declares a new name in scope; reports a clash or a malformed name.</summary>
    private bool Declare(string name, YamlItem node, string path, int slot, StaticType type, IReadOnlyList<string> dependsOn)
    {
        if (!NamePattern().IsMatch(name) || Reserved.Contains(name))
        {
            yaml.Add($"'{name}' is not a valid name: use lowercase letters, digits and '_', starting with a letter, and not a keyword", node, path);
            return false;
        }
        if (!_scope.TryAdd(name, (slot, type)))
        {
            yaml.Add($"the name '{name}' is already used by a parameter or derived value", node, path);
            return false;
        }
        _dependsOn[name] = dependsOn;
        return true;
    }

    /// <summary>
    /// Parses and binds one expression, mapping any error to the YAML position. Returns the
    /// compiled node, its type and the parameters it depends on, or null after reporting.
    /// </summary>
    private (Compiled Node, StaticType Type, IReadOnlyList<string> Parameters)? Expression(string text, YamlText node, string path)
    {
        var (tree, parseError) = Parser.Parse(text);
        var error = parseError;
        BindResult? bound = null;
        if (tree is not null && _failed.Count > 0 && SyntaxNames.Of(tree).Any(_failed.Contains))
        {
            return null;
        }
        if (tree is not null)
        {
            bound = Binder.Bind(tree, _scope, materials);
            error = bound.Error;
        }
        if (error is not null || bound?.Node is null)
        {
            var (line, column) = yaml.Locate(node, error!.Position.Line, error.Position.Column);
            yaml.Add(error.Message, line, column, path);
            return null;
        }
        IReadOnlyList<string> parameters = [.. bound.Names.SelectMany(n => _dependsOn[n]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        return (bound.Node, bound.Type!, parameters);
    }

    /// <summary>Like <see cref="Expression"/>, and also requires a type; reports what was found instead.</summary>
    private (Compiled Node, StaticType Type, IReadOnlyList<string> Parameters)? Expression(string text, YamlText node, string path, StaticType expected, string what)
    {
        var result = Expression(text, node, path);
        if (result is null)
        {
            return null;
        }
        var type = result.Value.Type;
        if (type.Kind != expected.Kind || (type.Kind == ValueKind.Number && type.Dimension != expected.Dimension))
        {
            yaml.Add($"{what} must be {expected.Describe()}, but this expression gives {type.Describe()}", node, path);
            return null;
        }
        return result;
    }

    private IEnumerable<(YamlMap Map, string Path)> Entries(YamlMap root, string section)
    {
        var sequence = yaml.Sequence(root, section, "");
        if (sequence is null)
        {
            yield break;
        }
        if (sequence.Items.Count > MaxEntries)
        {
            yaml.Add($"'{section}' has {sequence.Items.Count} entries; at most {MaxEntries} are allowed", sequence, section);
            yield break;
        }
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var path = $"{section}[{i}]";
            if (sequence.Items[i] is YamlMap map)
            {
                yield return (map, path);
            }
            else
            {
                yaml.Add("each entry must be a mapping (key: value lines)", sequence.Items[i], path);
            }
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{2,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,63}$")]
    private static partial Regex LocalIdPattern();
}
