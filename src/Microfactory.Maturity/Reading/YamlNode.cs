namespace Microfactory.Maturity.Reading;

// The tree a model document is read into: scalars, lists and mappings with 1-based positions. Mapping keys are scalars.

/// <summary>A node of the document at a 1-based line and column.</summary>
internal abstract class YamlNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}

/// <summary>A scalar as YAML reads it ("" for an empty value).</summary>
internal sealed class YamlScalar(string value, int line, int column) : YamlNode(line, column)
{
    public string Value { get; } = value;
}

/// <summary>A sequence.</summary>
internal sealed class YamlSequence(int line, int column) : YamlNode(line, column)
{
    public List<YamlNode> Items { get; } = [];
}

/// <summary>A mapping with unique scalar keys, in document order.</summary>
internal sealed class YamlMapping(int line, int column) : YamlNode(line, column)
{
    private readonly Dictionary<string, YamlNode> _byKey = new(StringComparer.Ordinal);

    public List<(YamlScalar Key, YamlNode Value)> Entries { get; } = [];

    public bool TryAdd(YamlScalar key, YamlNode value)
    {
        if (!_byKey.TryAdd(key.Value, value))
        {
            return false;
        }
        Entries.Add((key, value));
        return true;
    }

    public YamlNode? Get(string key) => _byKey.GetValueOrDefault(key);
}
