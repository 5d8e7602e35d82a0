using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Microfactory.Design.Templates;

/// <summary>
/// Reads the YAML representation tree with positions, collecting problems instead of throwing,
/// and maps positions inside a scalar (an expression) back to line and column of the document.
/// </summary>
internal sealed class YamlNodes(string source, List<TemplateProblem> problems)
{
    private readonly string[] _lines = source.Split('\n');

    public List<TemplateProblem> Problems { get; } = problems;

    public void Add(string message, YamlNode? node, string path) =>
        Problems.Add(new TemplateProblem(message, (int)(node?.Start.Line ?? 1), (int)(node?.Start.Column ?? 1), path));

    public void Add(string message, int line, int column, string path) => Problems.Add(new TemplateProblem(message, line, column, path));

    /// <summary>Reports keys that the format does not know, which are almost always typos.</summary>
    public void CheckKeys(YamlMappingNode map, string path, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                Add($"unknown key '{name}'; expected one of: {string.Join(", ", allowed)}", key, Join(path, name));
            }
        }
    }

    public YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    /// <summary>A scalar's text; a problem if required and missing, or if the node is not a scalar.</summary>
    public (string? Text, YamlScalarNode? Node) Scalar(YamlMappingNode map, string key, string path, bool required)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                Add($"'{key}' is required", map, Join(path, key));
            }
            return (null, null);
        }
        if (node is not YamlScalarNode scalar || scalar.Value is null)
        {
            Add($"'{key}' must be a single value, not a list or mapping", node, Join(path, key));
            return (null, null);
        }
        return (scalar.Value, scalar);
    }

    public YamlMappingNode? Mapping(YamlMappingNode map, string key, string path, bool required)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                Add($"'{key}' is required", map, Join(path, key));
            }
            return null;
        }
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }
        Add($"'{key}' must be a mapping of names to entries", node, Join(path, key));
        return null;
    }

    public YamlSequenceNode? Sequence(YamlMappingNode map, string key, string path)
    {
        var node = Get(map, key);
        if (node is null || node is YamlSequenceNode)
        {
            return node as YamlSequenceNode;
        }
        Add($"'{key}' must be a list", node, Join(path, key));
        return null;
    }

    /// <summary>A list of plain texts (also accepts one text for a one-element list).</summary>
    public IReadOnlyList<string> Texts(YamlMappingNode map, string key, string path)
    {
        var node = Get(map, key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode { Value: { } single }:
                return single.Length == 0 ? [] : [single];
            case YamlSequenceNode sequence:
                var texts = new List<string>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { } text })
                    {
                        texts.Add(text);
                    }
                    else
                    {
                        Add($"every item of '{key}' must be a single value", item, Join(path, key));
                    }
                }
                return texts;
            default:
                Add($"'{key}' must be a list of values", node, Join(path, key));
                return [];
        }
    }

    /// <summary>Maps a 1-based (line, column) inside a scalar's text to the document.</summary>
    public (int Line, int Column) Locate(YamlScalarNode node, int line, int column)
    {
        var startLine = (int)node.Start.Line;
        var startColumn = (int)node.Start.Column;
        switch (node.Style)
        {
            case ScalarStyle.Literal or ScalarStyle.Folded:
                // Block scalars start on the line after the indicator; their indentation is that of the first content line.
                return (startLine + line, Indentation(startLine + 1) + column);
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted when line == 1:
                return (startLine, startColumn + column);
            default:
                return line == 1 ? (startLine, startColumn + column - 1) : (startLine + line - 1, Indentation(startLine + line - 1) + column);
        }
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private int Indentation(int line)
    {
        if (line < 1 || line > _lines.Length)
        {
            return 0;
        }
        var text = _lines[line - 1];
        return text.Length - text.TrimStart(' ').Length;
    }
}
