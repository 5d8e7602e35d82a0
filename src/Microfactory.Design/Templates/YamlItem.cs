using YamlDotNet.Core;

namespace Microfactory.Design.Templates;

// The tree a template document is read into: scalars, lists and mappings with their 1-based
// positions, built by YamlTree without recursion. Mapping keys are always scalars.

/// <summary>A node of a template document, at a 1-based line and column of the YAML text.</summary>
internal abstract class YamlItem(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}

/// <summary>A scalar: its text as YAML reads it (never null; "" for an empty value) and how it was written.</summary>
internal sealed class YamlText(string value, ScalarStyle style, int line, int column) : YamlItem(line, column)
{
    public string Value { get; } = value;

    public ScalarStyle Style { get; } = style;
}

/// <summary>A sequence.</summary>
internal sealed class YamlList(int line, int column) : YamlItem(line, column)
{
    public List<YamlItem> Items { get; } = [];
}

/// <summary>A mapping with scalar keys, in document order; keys are unique (YamlTree refuses repeats).</summary>
internal sealed class YamlMap(int line, int column) : YamlItem(line, column)
{
    private readonly Dictionary<string, YamlItem> _byKey = new(StringComparer.Ordinal);

    public List<(YamlText Key, YamlItem Value)> Entries { get; } = [];

    public int Count => Entries.Count;

    /// <summary>Adds an entry; false (and nothing added) when the key is already there.</summary>
    public bool TryAdd(YamlText key, YamlItem value)
    {
        if (!_byKey.TryAdd(key.Value, value))
        {
            return false;
        }
        Entries.Add((key, value));
        return true;
    }

    public YamlItem? Get(string key) => _byKey.GetValueOrDefault(key);
}
