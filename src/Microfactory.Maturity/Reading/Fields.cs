using System.Globalization;
using Microfactory.Maturity.Model;

namespace Microfactory.Maturity.Reading;

/// <summary>Reads typed fields out of a mapping, adding a problem with line, column and path for each one that is missing or malformed.</summary>
internal sealed class Fields(YamlMapping mapping, string path, List<ModelProblem> problems)
{
    public YamlMapping Mapping { get; } = mapping;

    public string Path { get; } = path;

    public static Fields? Of(YamlNode? node, string path, List<ModelProblem> problems, int line, int column)
    {
        if (node is YamlMapping mapping)
        {
            return new Fields(mapping, path, problems);
        }
        problems.Add(node is null
            ? new ModelProblem(line, column, path, $"{Name(path)} is required")
            : new ModelProblem(node.Line, node.Column, path, $"{Name(path)} must be a mapping of names to values"));
        return null;
    }

    /// <summary>Refuses keys the format does not have, so a misspelt one is reported rather than ignored.</summary>
    public void Only(params string[] known)
    {
        foreach (var (key, _) in Mapping.Entries.Where(e => !known.Contains(e.Key.Value, StringComparer.Ordinal)))
        {
            Problem(key, Join(key.Value), $"'{key.Value}' is not a field here; the fields are: {string.Join(", ", known)}");
        }
    }

    public string? Text(string key, int maxLength, bool required = true)
    {
        var node = Mapping.Get(key);
        if (node is null)
        {
            if (required)
            {
                Problem(Mapping, Join(key), $"{key} is required");
            }
            return null;
        }
        if (node is not YamlScalar scalar)
        {
            Problem(node, Join(key), $"{key} must be text, not a list or mapping");
            return null;
        }
        var value = scalar.Value.Trim();
        if (value.Length == 0 && required)
        {
            Problem(node, Join(key), $"{key} must not be empty");
            return null;
        }
        if (value.Length > maxLength)
        {
            Problem(node, Join(key), $"{key} must be at most {maxLength} characters long");
            return null;
        }
        return value.Length == 0 ? null : value;
    }

    public string? Id(string key, bool required = true)
    {
        var value = Text(key, 60, required);
        if (value is not null && !IsId(value))
        {
            Problem(Mapping.Get(key)!, Join(key), $"{key} '{value}' must be lower-case letters, digits and single hyphens, starting with a letter");
            return null;
        }
        return value;
    }

    public int? Integer(string key, int min, int max, bool required = true)
    {
        var text = Text(key, 20, required);
        if (text is null)
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Problem(Mapping.Get(key)!, Join(key), $"{key} must be a whole number from {min} to {max}");
            return null;
        }
        return value;
    }

    public double? Number(string key, double min, double max, bool required = true)
    {
        var text = Text(key, 30, required);
        return text is null ? null : ParseNumber(Mapping.Get(key)!, text, Join(key), key, min, max);
    }

    public double? ParseNumber(YamlNode node, string text, string path, string name, double min, double max)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < min || value > max)
        {
            Problem(node, path, $"{name} must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        return value;
    }

    public bool Flag(string key)
    {
        var text = Text(key, 10, required: false);
        switch (text)
        {
            case null or "false":
                return false;
            case "true":
                return true;
            default:
                Problem(Mapping.Get(key)!, Join(key), $"{key} must be true or false");
                return false;
        }
    }

    /// <summary>The list under <paramref name="key"/> (empty when absent and optional).</summary>
    public List<YamlNode> List(string key, bool required = true)
    {
        var node = Mapping.Get(key);
        if (node is YamlSequence sequence)
        {
            return sequence.Items;
        }
        if (node is null && !required)
        {
            return [];
        }
        Problem(node ?? Mapping, Join(key), node is null ? $"{key} is required" : $"{key} must be a list");
        return [];
    }

    public YamlMapping? Map(string key, bool required = true)
    {
        var node = Mapping.Get(key);
        if (node is YamlMapping map)
        {
            return map;
        }
        if (node is not null || required)
        {
            Problem(node ?? Mapping, Join(key), node is null ? $"{key} is required" : $"{key} must be a mapping");
        }
        return null;
    }

    public void Problem(YamlNode at, string path, string message) => problems.Add(new ModelProblem(at.Line, at.Column, path, message));

    public string Join(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public static bool IsId(string value) =>
        value.Length is > 0 and <= 60 && value[0] is >= 'a' and <= 'z' && !value.Contains("--", StringComparison.Ordinal) && value[^1] != '-'
        && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static string Name(string path) => path.Length == 0 ? "the document" : path;
}
