using YamlDotNet.Core;

namespace Microfactory.Design.Templates;

/// <summary>
/// Reads the document's tree (<see cref="YamlTree"/>) with positions, collecting problems instead of throwing,
/// and maps positions inside a scalar (an expression) back to line and column of the document.
/// </summary>
internal sealed class YamlNodes(string source, List<TemplateProblem> problems)
{
    private readonly string[] _lines = source.Split('\n');

    public List<TemplateProblem> Problems { get; } = problems;

    public void Add(string message, YamlItem? node, string path) =>
        Problems.Add(new TemplateProblem(message, node?.Line ?? 1, node?.Column ?? 1, path));

    public void Add(string message, int line, int column, string path) => Problems.Add(new TemplateProblem(message, line, column, path));

    /// <summary>Reports keys that the format does not know, which are almost always typos.</summary>
    public void CheckKeys(YamlMap map, string path, params string[] allowed)
    {
        foreach (var (key, _) in map.Entries)
        {
            var name = key.Value;
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                Add($"unknown key '{name}'; expected one of: {string.Join(", ", allowed)}", key, Join(path, name));
            }
        }
    }

    public YamlItem? Get(YamlMap map, string key) => map.Get(key);

    /// <summary>A scalar's text; a problem if required and missing, or if the node is not a scalar.</summary>
    public (string? Text, YamlText? Node) Scalar(YamlMap map, string key, string path, bool required)
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
        if (node is not YamlText scalar)
        {
            Add($"'{key}' must be a single value, not a list or mapping", node, Join(path, key));
            return (null, null);
        }
        return (scalar.Value, scalar);
    }

    public YamlMap? Mapping(YamlMap map, string key, string path, bool required)
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
        if (node is YamlMap mapping)
        {
            return mapping;
        }
        Add($"'{key}' must be a mapping of names to entries", node, Join(path, key));
        return null;
    }

    public YamlList? Sequence(YamlMap map, string key, string path)
    {
        var node = Get(map, key);
        if (node is null || node is YamlList)
        {
            return node as YamlList;
        }
        Add($"'{key}' must be a list", node, Join(path, key));
        return null;
    }

    /// <summary>A list of plain texts (also accepts one text for a one-element list).</summary>
    public IReadOnlyList<string> Texts(YamlMap map, string key, string path)
    {
        var node = Get(map, key);
        switch (node)
        {
            case null:
                return [];
            case YamlText { Value: var single }:
                return single.Length == 0 ? [] : [single];
            case YamlList sequence:
                var texts = new List<string>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlText { Value: var text })
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
    public (int Line, int Column) Locate(YamlText node, int line, int column)
    {
        var startLine = node.Line;
        var startColumn = node.Column;
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
